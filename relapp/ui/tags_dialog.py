"""Contact > Manage Tags… (Ctrl+Shift+T): every tag with its number of contacts and its default
check-in cadence, which applies to the tag's contacts without a cadence of their own.

The cadence is edited in the table (a spin box delegate) or in the spin box under it for the
selected tag; 0 shows as "No default". Nothing is written until Save, which applies every change in
one go through :func:`relapp.services.tags.set_tag_cadences` (stored due dates are refreshed there)
and then tells the views through the events hub. Cancel discards; errors stay in the dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relapp.errors import UserError
from relapp.services import tags
from relapp.ui.events import EventsHub

MAX_CADENCE = 3650
_Index = QModelIndex | QPersistentModelIndex


@dataclass
class TagRow:
    name: str
    contacts: int
    saved: int | None  # the cadence in the database
    cadence: int | None  # the cadence as edited here


class TagsModel(QAbstractTableModel):
    """Tags as rows; only the cadence column is editable (EditRole: days, 0 = no default)."""

    TAG, CONTACTS, CADENCE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TagRow] = []

    def set_rows(self, infos: list[tags.TagInfo]) -> None:
        self.beginResetModel()
        self.rows = [TagRow(t.name, t.count, t.cadence_days, t.cadence_days) for t in infos]
        self.endResetModel()

    def changes(self) -> dict[str, int | None]:
        """Tag name -> new cadence (None = no default), for the rows edited here."""
        return {r.name: r.cadence for r in self.rows if r.cadence != r.saved}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Tag"), self.tr("Contacts"), self.tr("Check-in cadence"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.CADENCE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cadence_text(self, days: int | None) -> str:
        if not days:
            return self.tr("No default")
        if days == 1:
            return self.tr("every day")
        return self.tr("every {n} days").format(n=days)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TAG:
                return row.name
            if col == self.CONTACTS:
                return str(row.contacts)
            return self.cadence_text(row.cadence)
        if role == Qt.ItemDataRole.EditRole and col == self.CADENCE:
            return row.cadence or 0
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.CONTACTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.cadence != row.saved:
            font = QFont()
            font.setBold(True)  # edited, not saved yet
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.CADENCE:
            return self.cadence_text(row.cadence)
        return None

    def setData(  # noqa: N802 - Qt API
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != self.CADENCE:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        try:
            days = int(value or 0)
        except (TypeError, ValueError):
            return False
        if not 0 <= days <= MAX_CADENCE:
            return False
        self.rows[index.row()].cadence = days or None
        first = self.index(index.row(), 0)
        self.dataChanged.emit(first, self.index(index.row(), self.CADENCE))
        return True


def cadence_spin_box(parent: QWidget | None = None) -> QSpinBox:
    """0 to 3650 days, with 0 shown as "No default"."""
    spin = QSpinBox(parent)
    spin.setRange(0, MAX_CADENCE)
    spin.setSpecialValueText(QCoreApplication.translate("TagsDialog", "No default"))
    spin.setSuffix(QCoreApplication.translate("TagsDialog", " days"))
    spin.setAccessibleName(
        QCoreApplication.translate("TagsDialog", "Default check-in cadence in days")
    )
    return spin


class CadenceDelegate(QStyledItemDelegate):
    """Edits the cadence column with a spin box."""

    def createEditor(  # noqa: N802 - Qt API
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        return cadence_spin_box(parent)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(  # noqa: N802 - Qt API
        self, editor: QWidget, model: Any, index: _Index
    ) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class TagsDialog(QDialog):
    def __init__(self, hub: EventsHub | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("Manage Tags"))
        self.resize(520, 420)
        intro = QLabel(
            self.tr(
                "A tag's cadence applies to its contacts without a check-in cadence of their own; "
                "with several tags, the shortest wins."
            )
        )
        intro.setWordWrap(True)
        self.model = TagsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tags"))
        self.table.setItemDelegateForColumn(TagsModel.CADENCE, CadenceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TagsModel.TAG, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TagsModel.CONTACTS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TagsModel.CADENCE, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No tags yet. Add tags to contacts in the contact editor."))
        self.empty.setWordWrap(True)
        self.cadence = cadence_spin_box()
        self.cadence.setEnabled(False)
        self.cadence.valueChanged.connect(self._spin_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Error"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Cadence of the selected tag:"), self.cadence)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.dataChanged.connect(self._sync_spin)
        self.load()

    def load(self) -> None:
        """Read the tags again (edits not saved are dropped)."""
        self.model.set_rows(tags.list_tags())
        has_rows = bool(self.model.rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
        self._sync_spin()

    def select_tag(self, name: str) -> bool:
        """Select the row of tag ``name`` (case-insensitive); False when there is none."""
        for i, row in enumerate(self.model.rows):
            if row.name.casefold() == name.casefold():
                self.table.selectRow(i)
                return True
        return False

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._sync_spin()

    def _sync_spin(self, *_args: object) -> None:
        row = self.current_row()
        self.cadence.setEnabled(row is not None)
        value = (self.model.rows[row].cadence or 0) if row is not None else 0
        if self.cadence.value() != value:
            self.cadence.blockSignals(True)
            self.cadence.setValue(value)
            self.cadence.blockSignals(False)

    def _spin_changed(self, value: int) -> None:
        row = self.current_row()
        if row is not None:
            self.model.setData(self.model.index(row, TagsModel.CADENCE), value)

    def save(self) -> None:
        changes = self.model.changes()
        if changes:
            try:
                tags.set_tag_cadences(cadences=changes)
            except UserError as exc:
                self.status.setText(str(exc))
                return
            if self.hub is not None:
                self.hub.contacts_changed.emit()
                self.hub.settings_changed.emit()
                self.hub.status_message.emit(self.tr("Tag cadences saved"))
        self.accept()


def open_tags_dialog(window: Any) -> TagsDialog:
    """Contact > Manage Tags…"""
    dialog = TagsDialog(window.hub, window if isinstance(window, QWidget) else None)
    dialog.open()
    return dialog
