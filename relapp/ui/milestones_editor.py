"""Editing a contact's milestones: :class:`MilestonesEditor` (a list with Add, Edit and Delete, to be
mounted in the contact profile panel), :class:`MilestoneDialog` (kind, month and day with an
optional year, yearly or one-off, reminder lead days, label, note) and "Record a Win" (an
achievement as a one-off milestone, from the Contact menu).

The dialog saves through :mod:`relapp.services.milestones`; a date that does not exist (31 April,
30 February, 29 February 2023) is refused there and shown in the dialog, which stays open with
what was typed. A birthday edited here *is* the contact's birthday (one source of truth), so
saving one also emits ``contacts_changed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relapp import clock
from relapp.errors import UserError, ValidationError
from relapp.services import milestones
from relapp.services.dates import MONTH_NAMES
from relapp.services.milestones import KIND_LABELS, MilestoneInfo
from relapp.ui.events import EventsHub, connect_refresh
from relapp.ui.win_dialog import WinDialog, error_label


def describe(m: MilestoneInfo) -> str:
    """``"Work anniversary - 3 June 2019, every year"``: the editor's line for a milestone."""
    when = f"{m.day} {MONTH_NAMES[m.month]}" + (f" {m.year}" if m.year else "")
    return f"{m.title} \u2014 {when}" + ("" if m.recurring else " (once)")


class MilestoneDialog(QDialog):
    """Add (``milestone=None``) or edit a milestone of ``contact_id``; saves on OK."""

    def __init__(
        self,
        *,
        contact_id: int,
        milestone: MilestoneInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.milestone = milestone
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit Milestone") if milestone else self.tr("Add Milestone"))
        self.setMinimumWidth(400)
        form = QFormLayout()
        self.kind = QComboBox(self)
        for key, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), key)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.month = QComboBox(self)
        for number in range(1, 13):
            self.month.addItem(MONTH_NAMES[number], number)
        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        date_row = QHBoxLayout()
        date_row.addWidget(self.month, 2)
        date_row.addWidget(self.day, 1)
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.month)  # a row holding a layout gets no buddy by itself
        form.addRow(date_label, date_row)
        self.has_year = QCheckBox(self.tr("&Year known:"), self)
        self.year = QSpinBox(self)
        self.year.setRange(1, 9999)
        self.year.setValue(clock.today().year)
        form.addRow(self.has_year, self.year)
        self.recurring = QComboBox(self)
        self.recurring.addItem(self.tr("Every year"), True)
        self.recurring.addItem(self.tr("Once (one-off)"), False)
        form.addRow(self.tr("&Repeats:"), self.recurring)
        self.lead_days = QSpinBox(self)
        self.lead_days.setRange(-1, 60)
        self.lead_days.setSpecialValueText(self.tr("Default for the kind"))
        self.lead_days.setSuffix(self.tr(" days before"))
        self.lead_days.setValue(-1)
        form.addRow(self.tr("Re&mind:"), self.lead_days)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. Shipped the mobile app"))
        form.addRow(self.tr("&Label:"), self.label)
        self.note = QLineEdit(self)
        form.addRow(self.tr("&Note:"), self.note)
        for widget, name in (
            (self.kind, "Kind"),
            (self.month, "Month"),
            (self.day, "Day"),
            (self.has_year, "Year known"),
            (self.year, "Year"),
            (self.recurring, "Repeats"),
            (self.lead_days, "Reminder lead days"),
            (self.label, "Label"),
            (self.note, "Note"),
        ):
            widget.setAccessibleName(self.tr(name))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_year.toggled.connect(self.year.setEnabled)
        if milestone is not None:
            self._load(milestone)
        self.year.setEnabled(self.has_year.isChecked())
        self._kind_changed()

    def _load(self, m: MilestoneInfo) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind)))
        self.month.setCurrentIndex(m.month - 1)
        self.day.setValue(m.day)
        self.has_year.setChecked(m.year is not None)
        if m.year is not None:
            self.year.setValue(m.year)
        self.recurring.setCurrentIndex(0 if m.recurring else 1)
        self.lead_days.setValue(-1 if m.lead_days is None else m.lead_days)
        self.label.setText(m.label)
        self.note.setText(m.note)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        birthday = kind == "birthday"
        if birthday:
            self.recurring.setCurrentIndex(0)
        elif kind == "achievement" and self.milestone is None:
            self.recurring.setCurrentIndex(1)
            self.has_year.setChecked(True)
        self.recurring.setEnabled(not birthday)
        self.label.setEnabled(not birthday)

    def set_date(self, month: int, day: int, year: int | None = None) -> None:
        """Fill the date fields (as a user would)."""
        self.month.setCurrentIndex(month - 1)
        self.day.setValue(day)
        self.has_year.setChecked(year is not None)
        if year is not None:
            self.year.setValue(year)

    def values(self) -> dict[str, Any]:
        lead = self.lead_days.value()
        return {
            "kind": self.kind.currentData(),
            "month": int(self.month.currentData()),
            "day": self.day.value(),
            "year": self.year.value() if self.has_year.isChecked() else None,
            "recurring": bool(self.recurring.currentData()),
            "lead_days": None if lead < 0 else lead,
            "label": self.label.text(),
            "note": self.note.text(),
        }

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        target = {
            "date": self.day,
            "year": self.year,
            "kind": self.kind,
            "lead_days": self.lead_days,
        }.get(field or "")
        if target is not None:
            target.setFocus()

    def accept(self) -> None:
        """Save; on bad input show why and stay open with what was typed."""
        try:
            if self.milestone is None:
                self.saved_id = milestones.add_milestone(
                    contact_id=self.contact_id, **self.values()
                )
            else:
                milestones.update_milestone(milestone_id=self.milestone.id, **self.values())
                self.saved_id = self.milestone.id
        except ValidationError as exc:
            self.show_error(str(exc), exc.field)
            return
        except UserError as exc:
            self.show_error(str(exc))
            return
        super().accept()


class MilestoneListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[MilestoneInfo] = []

    def set_items(self, items: list[MilestoneInfo]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        m = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(m)
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.note or None
        if role == Qt.ItemDataRole.UserRole:
            return m
        return None


class MilestonesEditor(QWidget):
    """The contact's milestones with Add, Edit and Delete; ``set_contact(None)`` empties it."""

    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.contact_id: int | None = None
        self.dialog: MilestoneDialog | None = None
        self.confirm_delete = self._ask  # replaceable (tests answer without a modal box)
        self.model = MilestoneListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Milestones"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.add_button = QPushButton(self.tr("&Add\u2026"), self)
        self.edit_button = QPushButton(self.tr("Ed&it\u2026"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        for button, name in (
            (self.add_button, "Add milestone"),
            (self.edit_button, "Edit milestone"),
            (self.delete_button, "Delete milestone"),
        ):
            button.setAccessibleName(self.tr(name))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Milestones"), self))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        connect_refresh(hub, self.refresh, "milestones_changed", "contacts_changed")
        self.refresh()

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        items = milestones.milestones_for(self.contact_id) if self.contact_id is not None else []
        self.model.set_items(items)
        self._update_buttons()

    def selected(self) -> MilestoneInfo | None:
        index = self.list.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.contact_id is not None)
        self.edit_button.setEnabled(self.selected() is not None)
        self.delete_button.setEnabled(self.selected() is not None)

    def _open(self, milestone: MilestoneInfo | None) -> None:
        if self.contact_id is None:
            return
        self.dialog = MilestoneDialog(contact_id=self.contact_id, milestone=milestone, parent=self)
        self.dialog.accepted.connect(self._saved)  # a bound method: no cycle through the dialog
        self.dialog.open()

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        if self.selected() is not None:
            self._open(self.selected())

    def _activated(self, _index: QModelIndex) -> None:
        self.edit()

    def _current_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _saved(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        kind_before = dialog.milestone.kind if dialog.milestone else None
        self.hub.milestones_changed.emit()
        if "birthday" in (kind_before, dialog.values()["kind"]):
            self.hub.contacts_changed.emit()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete Milestone"), self.tr("Delete \u201c%1\u201d?").replace("%1", text)
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        m = self.selected()
        if m is None or not self.confirm_delete(describe(m)):
            return
        milestones.delete_milestone(milestone_id=m.id)
        self.hub.milestones_changed.emit()
        if m.kind == "birthday":
            self.hub.contacts_changed.emit()


def record_win(window: Any) -> WinDialog | None:
    """Contact menu action: record a win for the selected contact (returns the open dialog)."""
    contact_id = window.current_contact_id()
    if contact_id is None:
        QMessageBox.information(
            window, window.tr("Record a Win"), window.tr("Select a contact first.")
        )
        return None
    from relapp.services.contacts import names

    dialog = WinDialog(
        contact_id=contact_id, contact_name=names([contact_id]).get(contact_id, ""), parent=window
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    # The hub's signals, not a closure over ``window``: the dialog is the window's child, and a
    # connection on it holding the window would free the window while the dialog is deleted.
    hub = window.hub
    dialog.saved_message = window.tr("Win recorded")
    dialog.accepted.connect(hub.milestones_changed)
    dialog.accepted.connect(dialog.announce)
    dialog.announced.connect(hub.status_message)
    dialog.open()
    return dialog
