"""Create or edit a contact. Validation happens in the service; an error is shown in the dialog,
next to the field when known, and the dialog stays open with everything that was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relapp.errors import ValidationError
from relapp.services import contacts
from relapp.services.checkins import relationship_defaults
from relapp.store.models import RELATIONSHIPS
from relapp.ui.events import EventsHub
from relapp.ui.widgets import ErrorLabel

LONG_FIELDS = (
    ("how_met", "How we met"),
    ("works_on", "What they work on"),
    ("excited_about", "What excites them"),
    ("finds_hard", "What they find hard"),
    ("preferences", "Preferences and interests"),
    ("topics_next", "Topics for next time"),
)


def _lines(text: str) -> list[str]:
    return [p.strip() for chunk in text.splitlines() for p in chunk.split(",") if p.strip()]


class ContactDialog(QDialog):
    def __init__(
        self, hub: EventsHub, contact_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.contact_id = contact_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit Contact") if contact_id else self.tr("New Contact"))
        self.setMinimumWidth(520)

        self.fields: dict[str, QWidget] = {}
        basics = QWidget()
        form = QFormLayout(basics)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_name = self._line("first_name", form, self.tr("&First name"))
        self.last_name = self._line("last_name", form, self.tr("&Last name"))
        self.nickname = self._line("nickname", form, self.tr("Nic&kname"))
        self.company = self._line("company", form, self.tr("&Company"))
        self.title_edit = self._line("title", form, self.tr("&Role / title"))
        self.relationship = QComboBox()
        for rel in RELATIONSHIPS:
            self.relationship.addItem(rel.capitalize(), rel)
        self._add(form, "relationship", self.tr("Relations&hip"), self.relationship)
        self.emails = self._line("emails", form, self.tr("E&mails"), self.tr("comma-separated"))
        self.phones = self._line("phones", form, self.tr("P&hones"), self.tr("comma-separated"))
        self.links = self._line(
            "links", form, self.tr("Lin&ks"), self.tr("LinkedIn, website\u2026 comma-separated")
        )
        self.tags = self._line("tags", form, self.tr("&Tags"), self.tr("e.g. conference, design"))
        self.birthday = self._line(
            "birthday",
            form,
            self.tr("&Birthday"),
            self.tr("YYYY-MM-DD, or --MM-DD without the year"),
        )
        self.cadence = QSpinBox()
        self.cadence.setRange(-1, 3650)
        self.cadence.setSpecialValueText(self.tr("Default for the relationship"))
        self.cadence.setSuffix(self.tr(" days"))
        self._add(form, "cadence_days", self.tr("Check in &every"), self.cadence)
        self.location = self._line("location", form, self.tr("Locat&ion"))

        about = QWidget()
        about_form = QFormLayout(about)
        self.long_edits: dict[str, QPlainTextEdit] = {}
        for key, label in LONG_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            self.long_edits[key] = edit
            self._add(about_form, key, self.tr(label), edit)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self._add(about_form, "notes", self.tr("&Notes"), self.notes)

        tabs = QTabWidget()
        tabs.addTab(basics, self.tr("Basics"))
        tabs.addTab(about, self.tr("About them"))
        self.tabs = tabs

        self.error = ErrorLabel()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.relationship.currentIndexChanged.connect(self._update_cadence_hint)
        if contact_id is not None:
            self._load(contact_id)
        else:
            self.relationship.setCurrentIndex(RELATIONSHIPS.index("coworker"))
            self.cadence.setValue(-1)
        self._update_cadence_hint()
        self.first_name.setFocus()

    # --- building ----------------------------------------------------------------------------
    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        form.addRow(label, widget)
        buddy = form.labelForField(widget)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.fields[key] = widget

    def _line(self, key: str, form: QFormLayout, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self._add(form, key, label, edit)
        return edit

    def _update_cadence_hint(self) -> None:
        days = relationship_defaults().get(self.relationship.currentData(), 0)
        text = (
            self.tr("Default ({0} days)").format(days)
            if days
            else self.tr("Default (no regular check-in)")
        )
        self.cadence.setSpecialValueText(text)

    def _load(self, contact_id: int) -> None:
        info = contacts.get_contact(contact_id)
        self.first_name.setText(info.first_name)
        self.last_name.setText(info.last_name)
        self.nickname.setText(info.nickname)
        self.company.setText(info.company)
        self.title_edit.setText(info.title)
        self.relationship.setCurrentIndex(max(0, self.relationship.findData(info.relationship)))
        self.emails.setText(", ".join(info.emails))
        self.phones.setText(", ".join(info.phones))
        self.links.setText(", ".join(info.links))
        self.tags.setText(", ".join(info.tags))
        self.birthday.setText(info.birthday.iso() if info.birthday else "")
        self.cadence.setValue(-1 if info.cadence_days is None else info.cadence_days)
        self.location.setText(info.location)
        for key, edit in self.long_edits.items():
            edit.setPlainText(getattr(info, key))
        self.notes.setPlainText(info.notes)

    # --- saving ------------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        cadence = self.cadence.value()
        values: dict[str, object] = {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "nickname": self.nickname.text(),
            "company": self.company.text(),
            "title": self.title_edit.text(),
            "relationship": self.relationship.currentData(),
            "emails": _lines(self.emails.text()),
            "phones": _lines(self.phones.text()),
            "links": _lines(self.links.text()),
            "tags": _lines(self.tags.text()),
            "birthday": self.birthday.text().strip() or None,
            "cadence_days": None if cadence < 0 else cadence,
            "location": self.location.text(),
            "notes": self.notes.toPlainText(),
        }
        for key, edit in self.long_edits.items():
            values[key] = edit.toPlainText()
        return values

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.show_error(message)
        widget = self.fields.get(field or "")
        if field == "date":
            widget = self.birthday
        if widget is not None:
            page = 0 if self.tabs.widget(0).isAncestorOf(widget) else 1
            self.tabs.setCurrentIndex(page)
            widget.setFocus()

    def accept(self) -> None:
        values = self.values()
        try:
            if self.contact_id is None:
                self.saved_id = contacts.create_contact(**values)  # type: ignore[arg-type]
            else:
                contacts.update_contact(contact_id=self.contact_id, **values)  # type: ignore[arg-type]
                self.saved_id = self.contact_id
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        self.hub.contacts_changed.emit()
        self.hub.milestones_changed.emit()
        super().accept()

    # --- entry points ------------------------------------------------------------------------
    @classmethod
    def create(cls, hub: EventsHub, parent: QWidget | None = None) -> int | None:
        dialog = cls(hub, None, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            hub.contact_requested.emit(dialog.saved_id)
            return dialog.saved_id
        return None

    @classmethod
    def edit(cls, hub: EventsHub, contact_id: int, parent: QWidget | None = None) -> bool:
        dialog = cls(hub, contact_id, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
