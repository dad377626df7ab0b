"""The small dialog shown after "Celebrate": the congratulation draft, editable, with Copy and (when
the contact has an email) "Open in Mail", which hands a ``mailto:`` link to the desktop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relapp.services.congratulations import Draft, mailto_url


class CelebrateDialog(QDialog):
    """Shows ``draft`` for ``heading`` (who and what was celebrated)."""

    def __init__(
        self, *, heading: str, draft: Draft, email: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Celebrate"))
        self.email = email
        self.opened_url: str | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.subject = QLineEdit(draft.subject, self)
        self.subject.setAccessibleName(self.tr("Subject"))
        form.addRow(self.tr("&Subject:"), self.subject)
        self.body = QPlainTextEdit(draft.body, self)
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setMinimumSize(420, 150)
        form.addRow(self.tr("&Message:"), self.body)
        layout.addLayout(form)
        if email:
            to = QLabel(self.tr("To: %1").replace("%1", email), self)
        else:
            to = QLabel(self.tr("No email address on file: copy the message instead."), self)
        to.setWordWrap(True)
        layout.addWidget(to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy message"))
        self.mail_button = QPushButton(self.tr("Open in &Mail"), self)
        self.mail_button.setAccessibleName(self.tr("Open in mail program"))
        self.mail_button.setEnabled(bool(email))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.mail_button.clicked.connect(self.open_mail)
        layout.addWidget(buttons)
        self.body.setFocus()

    def draft(self) -> Draft:
        """The draft as the user has edited it."""
        return Draft(subject=self.subject.text(), body=self.body.toPlainText())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.draft().text())
        self.copy_button.setText(self.tr("Copied \u2713"))

    def mailto(self) -> str | None:
        if not self.email:
            return None
        d = self.draft()
        return mailto_url(to=self.email, subject=d.subject, body=d.body)

    def open_mail(self) -> None:
        url = self.mailto()
        if url:
            self.opened_url = url
            QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))


def show_celebration_draft(parent: QWidget, done: Any) -> CelebrateDialog:
    """After a celebration was logged (``calendar.celebrate``'s result): the congratulation draft,
    non-blocking, deleted when closed."""
    heading = parent.tr("Celebration logged: %1").replace("%1", done.entry.text())
    dialog = CelebrateDialog(heading=heading, draft=done.draft, email=done.email, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
