"""Item models of the import wizard: the column mapping (editable), the preview of the first rows
(problems marked per row) and the list of what a dry run or an import did with each row.

All three are :class:`QAbstractTableModel` subclasses that only format what the services return;
``set_rows`` resets them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from relapp.interchange import TARGETS, Record
from relapp.services.import_bulk import Outcome

Index = QModelIndex | QPersistentModelIndex


def target_text(target: str) -> str:
    base, _, label = target.partition(":")
    text = TARGETS.get(base, base)
    return f"{text} ({label})" if label else text


class _RowsModel(QAbstractTableModel):
    """A read-mostly table over ``self._rows`` with one column per entry of ``HEADERS``; the
    headers are translated in the context of the subclass's name."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _reset(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QApplication.translate(type(self).__name__, self.HEADERS[section])
        return None


class MappingModel(_RowsModel):
    """One row per CSV column: its name, an example value, and what it is imported as."""

    COLUMN, EXAMPLE, TARGET = range(3)
    HEADERS = ("Column in the file", "Example", "Import as")
    mapping_edited = Signal()

    def set_rows(
        self, header: list[str], mapping: dict[str, str], examples: dict[str, str]
    ) -> None:
        self._reset([[h, examples.get(h, "")[:60], mapping.get(h, "")] for h in header])

    def mapping(self) -> dict[str, str]:
        return {column: target for column, _, target in self._rows}

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.TARGET else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return target_text(row[2]) if index.column() == self.TARGET else row[index.column()]
        if role == Qt.ItemDataRole.EditRole and index.column() == self.TARGET:
            return row[2]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][2] = str(value)
        self.dataChanged.emit(index, index)
        self.mapping_edited.emit()
        return True


class TargetDelegate(QStyledItemDelegate):
    """A combo box of import targets for the "Import as" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setAccessibleName(QApplication.translate("TargetDelegate", "Import as"))
        for key, text in TARGETS.items():
            combo.addItem(text, key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        current = str(index.data(Qt.ItemDataRole.EditRole) or "")
        pos = editor.findData(current)
        if pos < 0:  # a target with a fixed label ("phone:mobile"): offer it as it is
            editor.addItem(target_text(current), current)
            pos = editor.count() - 1
        editor.setCurrentIndex(pos)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewModel(_RowsModel):
    """The first rows as they will be read, with their problems."""

    LINE, NAME, EMAILS, PHONES, COMPANY, BIRTHDAY, PROBLEMS = range(7)
    HEADERS = ("Line", "Name", "Emails", "Phones", "Company", "Birthday", "Problems")

    def set_rows(self, rows: list[tuple[Record, list[str], list[str]]]) -> None:
        """``rows``: (record, fatal problems, warnings)."""
        self._reset(rows)

    def problem_rows(self) -> list[int]:
        return [i for i, (_, fatal, warn) in enumerate(self._rows) if fatal or warn]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec, fatal, warnings = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.LINE:
                return str(rec.line)
            if col == self.NAME:
                return rec.display_name
            if col == self.EMAILS:
                return ", ".join(d.value for d in rec.emails)
            if col == self.PHONES:
                return ", ".join(d.value for d in rec.phones)
            if col == self.COMPANY:
                return rec.company
            if col == self.BIRTHDAY:
                return rec.birthday.iso() if rec.birthday else ""
            if col == self.PROBLEMS:
                if fatal:
                    return QApplication.translate("PreviewModel", "Rejected: ") + "; ".join(fatal)
                return "; ".join(warnings)
        if role == Qt.ItemDataRole.ToolTipRole and (fatal or warnings):
            return "\n".join(fatal + warnings)
        if role == Qt.ItemDataRole.DecorationRole and col == self.LINE and (fatal or warnings):
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if fatal
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and (fatal or warnings):
            return "rejected" if fatal else "warning"
        return None


class OutcomeModel(_RowsModel):
    """What happens to each row that is not simply created: merged, skipped, rejected."""

    LINE, NAME, ACTION, MATCH, REASON = range(5)
    HEADERS = ("Line", "In the file", "Action", "Matches", "Why")
    ACTIONS = {"created": "Create", "merged": "Merge", "skipped": "Skip", "rejected": "Reject"}

    def set_rows(self, rows: list[Outcome]) -> None:
        self._reset(list(rows))

    def outcomes(self) -> list[Outcome]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        o = self._rows[index.row()]
        col = index.column()
        if col == self.LINE:
            return str(o.line)
        if col == self.NAME:
            return o.name
        if col == self.ACTION:
            return QApplication.translate("OutcomeModel", self.ACTIONS.get(o.action, o.action))
        if col == self.MATCH:
            return f"{o.match_name} (#{o.match_id})" if o.match_id else ""
        return "; ".join([o.reason, *o.warnings]) if o.reason else "; ".join(o.warnings)
