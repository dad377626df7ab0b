"""The Today view's item model: three section rows (check-ins, follow-ups and promises, celebrations
this week) whose children are agenda items; it only formats what
:func:`relapp.services.agenda.compute_agenda` returned."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from relapp import clock
from relapp.services import agenda
from relapp.services.health import plural
from relapp.ui.theme import status_color

SECTIONS = ("check_ins", "follow_ups", "celebrations")
COLUMNS = ("Who", "When", "Details")
Index = QModelIndex | QPersistentModelIndex


def when_text(days_late: int) -> str:
    if days_late > 0:
        return f"overdue {plural(days_late, 'day')}"
    if days_late == 0:
        return "due today"
    return "tomorrow" if days_late == -1 else f"in {plural(-days_late, 'day')}"


class TodayModel(QAbstractItemModel):
    """Three section rows (internal id 0) whose children are agenda items (internal id = section + 1)."""

    TITLES = ("Check-ins", "Follow-ups and promises", "Celebrations this week")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = clock.today()
        self.rows: list[list[Any]] = [[], [], []]
        self.totals = [0, 0, 0]

    def set_agenda(self, result: agenda.Agenda) -> None:
        self.beginResetModel()
        self.today = result.date
        self.rows = [
            [c for c in result.check_ins if c.state in ("due", "overdue")],
            list(result.follow_ups),
            list(result.celebrations),
        ]
        dropped = len(result.check_ins) - len(self.rows[0])
        self.totals = [
            result.check_ins_total - dropped,
            result.follow_ups_total,
            result.celebrations_total,
        ]
        self.endResetModel()

    # --- structure -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(SECTIONS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.rows[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def item(self, index: Index) -> Any:
        """The agenda item behind a row, or None for a section row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.rows[int(index.internalId()) - 1][index.row()]

    # --- content ----------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                section = index.row()
                shown, total = len(self.rows[section]), self.totals[section]
                more = f", {total - shown} more not shown" if total > shown else ""
                return f"{self.tr(self.TITLES[section])} ({total}{more})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            text = self._text(item, index.column())
            if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
                return f"{text}, {self._text(item, 1)}"
            return text
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            late = getattr(item, "overdue_days", None)
            if late is not None and late > 0:
                return status_color("overdue")
            if late == 0 or (isinstance(item, agenda.CelebrationItem) and item.date == self.today):
                return status_color("due")
        return None

    def _text(self, item: Any, column: int) -> str:
        if isinstance(item, agenda.CheckInItem):
            if column == 0:
                return item.contact
            if column == 1:
                return when_text(item.overdue_days)
            last = (
                f"last {item.last_interaction:%d %b %Y}"
                if item.last_interaction
                else "nothing logged yet"
            )
            ask = f" \u2014 next: {item.ask_next}" if item.ask_next else ""
            return f"every {item.cadence_days} days, {last}{ask}"
        if isinstance(item, agenda.FollowUpItem):
            if column == 0:
                return item.contact
            if column == 1:
                return when_text(item.overdue_days)
            return (f"promised: {item.text}" if item.is_promise else item.text).replace("\n", " ")
        if column == 0:
            return item.contact
        if column == 1:
            n = item.days_until(self.today)
            return "today" if n == 0 else f"{item.date:%a %d %b}"
        years = f", {item.years} years" if item.years else ""
        done = " \u2714 celebrated" if item.celebrated else ""
        return f"{item.title}{years}{done}"
