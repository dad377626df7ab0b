"""Log an interaction in a few keystrokes (Ctrl+L from anywhere): people (type-ahead), kind, when,
summary, notes and follow-up items with optional due dates. Ctrl+Return saves. The same dialog
edits an existing interaction."""

from __future__ import annotations

import datetime as dt
import importlib

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relapp import clock
from relapp.errors import UserError
from relapp.services import contacts, interactions
from relapp.services.interactions import KIND_LABELS, FollowUpInput
from relapp.store.models import INTERACTION_KINDS
from relapp.ui.events import EventsHub
from relapp.ui.widgets import ErrorLabel


class FollowUpRow(QWidget):
    """One action item: text, optional due date, and whose promise it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Action item, e.g. Send the deck"))
        self.text.setAccessibleName(self.tr("Follow-up text"))
        self.has_due = QCheckBox(self.tr("due"))
        self.has_due.setAccessibleName(self.tr("Follow-up has a due date"))
        self.due = QDateEdit(QDate(clock.today()).addDays(7))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setEnabled(False)
        self.due.setAccessibleName(self.tr("Follow-up due date"))
        self.direction = QComboBox()
        self.direction.addItem(self.tr("I owe them"), "i_owe")
        self.direction.addItem(self.tr("They owe me"), "they_owe")
        self.direction.setAccessibleName(self.tr("Whose promise"))
        self.remove = QPushButton("\u2715")
        self.remove.setAccessibleName(self.tr("Remove follow-up"))
        self.remove.setFixedWidth(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.has_due)
        layout.addWidget(self.due)
        layout.addWidget(self.direction)
        layout.addWidget(self.remove)
        self.has_due.toggled.connect(self.due.setEnabled)

    def value(self) -> FollowUpInput | None:
        text = self.text.text().strip()
        if not text:
            return None
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return FollowUpInput(text, due, self.direction.currentData())  # type: ignore[arg-type]


class LogDialog(QDialog):
    def __init__(
        self,
        hub: EventsHub,
        contact_ids: list[int] | None = None,
        parent: QWidget | None = None,
        *,
        interaction_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.interaction_id = interaction_id
        self.saved_id: int | None = None
        self.had_follow_ups = False
        self.setWindowTitle(
            self.tr("Edit Interaction") if interaction_id else self.tr("Log Interaction")
        )
        self.setMinimumWidth(560)

        # People: type-ahead over names, picked people listed below.
        self.people_ids: list[int] = []
        self.people_model = QStringListModel(self)
        self.people_view = QListView()
        self.people_view.setModel(self.people_model)
        self.people_view.setMaximumHeight(72)
        self.people_view.setAccessibleName(self.tr("People in this interaction"))
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Type a name and press Enter to add"))
        self.person.setAccessibleName(self.tr("Add a person"))
        self._suggestions: list[tuple[int, str, str]] = []
        self.suggestion_model = QStringListModel(self)
        self.completer = QCompleter(self.suggestion_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.person.setCompleter(self.completer)
        self.person.textEdited.connect(self._suggest)
        self.person.returnPressed.connect(self._add_typed_person)
        self.completer.activated[str].connect(self._add_suggestion)
        self.remove_person = QPushButton(self.tr("Remove selected"))
        self.remove_person.clicked.connect(self._remove_selected_person)

        self.kind = QComboBox()
        for kind in INTERACTION_KINDS:
            self.kind.addItem(KIND_LABELS[kind], kind)
        self.kind.setCurrentIndex(INTERACTION_KINDS.index("meeting"))
        self.when = QDateTimeEdit(QDateTime(clock.now()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.initiated = QComboBox()
        self.initiated.addItem(self.tr("\u2014"), None)
        self.initiated.addItem(self.tr("I reached out"), "me")
        self.initiated.addItem(self.tr("They reached out"), "them")
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("What was it about?"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            self.tr("What did you learn? What are they working on, excited about, finding hard?")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 5 + 12)

        self.follow_rows: list[FollowUpRow] = []
        self.follow_box = QVBoxLayout()
        self.add_follow = QPushButton(self.tr("+ Add &follow-up"))
        self.add_follow.clicked.connect(lambda: self.add_follow_up_row().text.setFocus())

        form = QFormLayout()
        people_box = QVBoxLayout()
        people_box.addWidget(self.person)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people_view, 1)
        people_row.addWidget(self.remove_person, 0, Qt.AlignmentFlag.AlignTop)
        people_box.addLayout(people_row)
        for label, widget in (
            (self.tr("&With"), people_box),
            (self.tr("&Kind"), self.kind),
            (self.tr("W&hen"), self.when),
            (self.tr("&Initiated by"), self.initiated),
            (self.tr("&Summary"), self.summary),
            (self.tr("&Notes"), self.notes),
        ):
            form.addRow(label, widget)
            if isinstance(widget, QWidget):
                widget.setAccessibleName(label.replace("&", ""))
                buddy = form.labelForField(widget)
                if isinstance(buddy, QLabel):
                    buddy.setBuddy(widget)
        form.labelForField(people_box).setBuddy(self.person)  # type: ignore[union-attr]
        follow = QVBoxLayout()
        follow.addLayout(self.follow_box)
        follow.addWidget(self.add_follow, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Follow-ups"), follow)

        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+Return)")
        )
        # Enter adds the typed person; only Ctrl+Return (or clicking Save) saves: see keyPressEvent.
        for button in buttons.buttons():
            button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if interaction_id is not None:
            self._load(interaction_id)
        else:
            for cid in contact_ids or []:
                if cid is not None and contacts.exists(cid):
                    self.add_person(cid)
            self.add_follow_up_row()
        (self.summary if self.people_ids else self.person).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # A plain Enter must not save half-typed work (QDialog would press the default button).
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()
            return
        super().keyPressEvent(event)

    # --- people ------------------------------------------------------------------------------
    def add_person(self, contact_id: int) -> None:
        if contact_id in self.people_ids:
            return
        name = contacts.names([contact_id]).get(contact_id)
        if name is None:
            return
        self.people_ids.append(contact_id)
        self.people_model.setStringList([*self.people_model.stringList(), name])
        self.error.hide()

    def _suggest(self, text: str) -> None:
        self._suggestions = contacts.find_by_name(text, limit=12)
        self.suggestion_model.setStringList([self._label(s) for s in self._suggestions])

    @staticmethod
    def _label(s: tuple[int, str, str]) -> str:
        return f"{s[1]} \u2014 {s[2]}" if s[2] else s[1]

    def _add_suggestion(self, label: str) -> None:
        for s in self._suggestions:
            if self._label(s) == label:
                self.add_person(s[0])
                break
        self.person.clear()

    def _add_typed_person(self) -> None:
        text = self.person.text().strip()
        if not text:
            self.summary.setFocus()
            return
        matches = contacts.find_by_name(text, limit=2)
        exact = [m for m in matches if m[1].lower() == text.lower() or self._label(m) == text]
        pick = exact[:1] or (matches if len(matches) == 1 else [])
        if pick:
            self.add_person(pick[0][0])
            self.person.clear()
        else:
            self.show_error(
                self.tr(
                    "No single contact matches \u201c{0}\u201d; pick one from the list."
                ).format(text)
            )

    def _remove_selected_person(self) -> None:
        row = self.people_view.currentIndex().row()
        if 0 <= row < len(self.people_ids):
            del self.people_ids[row]
            names = self.people_model.stringList()
            del names[row]
            self.people_model.setStringList(names)

    # --- follow-ups --------------------------------------------------------------------------
    def add_follow_up_row(self) -> FollowUpRow:
        row = FollowUpRow(self)
        row.remove.clicked.connect(lambda: self._remove_follow_row(row))
        self.follow_rows.append(row)
        self.follow_box.addWidget(row)
        return row

    def _remove_follow_row(self, row: FollowUpRow) -> None:
        self.follow_rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    # --- load / save -------------------------------------------------------------------------
    def _load(self, interaction_id: int) -> None:
        info = interactions.get_interaction(interaction_id)
        for cid, _name in info.contacts:
            self.add_person(cid)
        self.person.setEnabled(False)
        self.remove_person.setEnabled(False)
        self.kind.setCurrentIndex(max(0, self.kind.findData(info.kind)))
        self.when.setDateTime(QDateTime(info.occurred_at))
        self.initiated.setCurrentIndex(max(0, self.initiated.findData(info.initiated_by)))
        self.summary.setText(info.summary)
        self.notes.setPlainText(info.notes)
        self.add_follow.setEnabled(False)
        self.add_follow.setToolTip(self.tr("Edit follow-ups from the timeline"))

    def show_error(self, message: str) -> None:
        self.error.show_error(message)

    def accept(self) -> None:
        if self.person.text().strip() and self.person.isEnabled():
            self._add_typed_person()
            if self.person.text().strip():
                return
        when: dt.datetime = self.when.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[assignment]
        items = [v for v in (r.value() for r in self.follow_rows) if v is not None]
        try:
            if self.interaction_id is None:
                self.saved_id = interactions.log_interaction(
                    contact_ids=self.people_ids,
                    kind=self.kind.currentData(),
                    when=when,
                    summary=self.summary.text(),
                    notes=self.notes.toPlainText(),
                    initiated_by=self.initiated.currentData(),
                    follow_ups=items,
                )
            else:
                interactions.update_interaction(
                    interaction_id=self.interaction_id,
                    kind=self.kind.currentData(),
                    when=when,
                    summary=self.summary.text(),
                    notes=self.notes.toPlainText(),
                    initiated_by=self.initiated.currentData(),
                )
                self.saved_id = self.interaction_id
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.had_follow_ups = bool(items)
        self.hub.interactions_changed.emit()
        if items:
            self.hub.follow_ups_changed.emit()
        super().accept()

    # --- entry points ------------------------------------------------------------------------
    @classmethod
    def log(
        cls, hub: EventsHub, contact_ids: list[int], parent: QWidget | None = None
    ) -> int | None:
        dialog = cls(hub, contact_ids, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.had_follow_ups and dialog.saved_id is not None and parent is not None:
            _offer_draft(parent, dialog.saved_id)
        return dialog.saved_id

    @classmethod
    def edit(cls, hub: EventsHub, interaction_id: int, parent: QWidget | None = None) -> bool:
        return (
            cls(hub, None, parent, interaction_id=interaction_id).exec()
            == QDialog.DialogCode.Accepted
        )


def _offer_draft(window: QWidget, interaction_id: int) -> None:
    """After logging action items, offer the follow-up draft (when that feature is installed)."""
    try:
        module = importlib.import_module("relapp.ui.draft_dialog")
    except ModuleNotFoundError:
        return
    module.show_follow_up_draft(window, interaction_id)
