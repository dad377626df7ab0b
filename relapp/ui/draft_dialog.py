"""The follow-up draft dialog, offered right after logging an interaction with action items: a short
thank-you restating them, editable, to copy or open in the mail program (``mailto:``), and "Mark
sent", which completes the "Send follow-up note" reminder the draft created (settings
``follow_up_draft_reminder``). Entry point: :func:`show_follow_up_draft(window, interaction_id)`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relapp.errors import UserError
from relapp.services import drafts
from relapp.ui.events import EventsHub


class FollowUpDraftDialog(QDialog):
    def __init__(
        self,
        interaction_id: int,
        hub: EventsHub | None = None,
        parent: QWidget | None = None,
        *,
        remind: bool = True,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.interaction_id = interaction_id
        had_reminder = drafts.compose(interaction_id=interaction_id).reminder_id is not None
        # remind=False only reads (screenshots); the app always lets the setting decide.
        if remind:
            self.draft = drafts.open_draft(interaction_id=interaction_id)
        else:
            self.draft = drafts.compose(interaction_id=interaction_id)
        if hub is not None and self.draft.reminder_id is not None and not had_reminder:
            hub.follow_ups_changed.emit()
        names = ", ".join(name for _, name in self.draft.contacts)
        self.setWindowTitle(self.tr("Follow-up note \u2014 {names}").replace("{names}", names))
        self.resize(560, 460)

        self.to = QLineEdit(", ".join(self.draft.to))
        self.to.setPlaceholderText(self.tr("No email address on file"))
        self.to.setAccessibleName(self.tr("To"))
        self.subject = QLineEdit(self.draft.subject)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(self.draft.body)
        self.body.setAccessibleName(self.tr("Message"))
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Subject:"), self.subject)
        self.note = QLabel()
        self.note.setWordWrap(True)
        if self.draft.reminder_id is not None:
            self.note.setText(
                self.tr(
                    "A reminder to send this note is due tomorrow; \u201cMark sent\u201d completes it."
                )
            )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the note"))
        self.copy_button.clicked.connect(self.copy_text)
        self.mail_button = QPushButton(self.tr("&Open in Mail"))
        self.mail_button.setAccessibleName(self.tr("Open the note in the mail program"))
        self.mail_button.clicked.connect(self.open_in_mail)
        self.to.textChanged.connect(lambda text: self.mail_button.setEnabled(bool(text.strip())))
        self.mail_button.setEnabled(bool(self.draft.to))
        self.sent_button = QPushButton(self.tr("&Mark Sent"))
        self.sent_button.setAccessibleName(self.tr("Mark the note as sent"))
        self.sent_button.clicked.connect(self.mark_sent)
        for button in (self.copy_button, self.mail_button, self.sent_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.body.setFocus()

    def recipients(self) -> list[str]:
        return [a.strip() for a in self.to.text().replace(";", ",").split(",") if a.strip()]

    def mailto(self) -> str | None:
        return drafts.mailto_url(self.recipients(), self.subject.text(), self.body.toPlainText())

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def open_in_mail(self) -> bool:
        url = self.mailto()
        if url is None:
            return False
        opened = QDesktopServices.openUrl(QUrl(url))
        if not opened:
            QMessageBox.information(
                self,
                "relapp",
                self.tr("No mail program answered. Copy the note and paste it instead."),
            )
        return bool(opened)

    def mark_sent(self) -> None:
        drafts.mark_sent(interaction_id=self.interaction_id)
        if self.hub is not None:
            self.hub.follow_ups_changed.emit()
            self.hub.status_message.emit(self.tr("Follow-up note marked as sent"))
        self.accept()


def show_follow_up_draft(window: Any, interaction_id: int) -> FollowUpDraftDialog | None:
    """Open the draft for ``interaction_id`` (window-modal, returns at once with the dialog)."""
    try:
        dialog = FollowUpDraftDialog(interaction_id, getattr(window, "hub", None), window)
    except UserError as exc:
        QMessageBox.warning(window, "relapp", str(exc))
        return None
    dialog.open()
    return dialog
