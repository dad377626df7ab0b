"""The contact list's item model: lazy over SQL, so 100,000 contacts cost a list of ids.

The model keeps the ordered ids of the current filter (one indexed query) and reads the columns
of the rows being painted a page at a time through :mod:`relapp.services.contact_list`. It only
formats; filtering and sorting happen in SQL.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from relapp import clock
from relapp.services import contact_list
from relapp.services.contact_list import ContactFilter, ContactRow
from relapp.ui.theme import band_color

FIRST_LOAD = 512  # ids read before the first paint; the rest right after
COMPLETE_AFTER_MS = 150  # after the first paint; any row past the prefix is read at once anyway
PAGE = 64  # rows read (and health graded) per visit to the database; a screenful or two
ContactIdRole = Qt.ItemDataRole.UserRole + 1

COL_NAME, COL_COMPANY, COL_RELATIONSHIP, COL_LAST, COL_DUE, COL_HEALTH = range(6)
# The roles data() answers; a view asks each cell for about eight (font, alignment, decoration,
# check state...) at every paint, and the others are turned away before any work.
_ROLES = frozenset(
    int(r.value)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
) | {int(ContactIdRole)}
HEADERS = ("Name", "Company", "Relationship", "Last contact", "Check-in", "Health")
SORT_KEYS = {COL_NAME: "name", COL_LAST: "last_interaction", COL_DUE: "checkin_due"}
HEALTH_LABELS = {
    "thriving": "Thriving",
    "steady": "Steady",
    "cooling": "Cooling",
    "at_risk": "At risk",
}


def _health_service():  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module("relapp.services.health")
    except ModuleNotFoundError:
        return None


def relative_day(day: dt.date | None, today: dt.date) -> str:
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if delta < 0:
        return f"{-delta} days ago" if -delta < 60 else day.strftime("%d %b %Y")
    return f"in {delta} days" if delta < 60 else day.strftime("%d %b %Y")


class ContactListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._shown: tuple[str, tuple] = ("", ())  # the search text and filters behind _ids
        self._rows: dict[int, ContactRow] = {}
        self._health: dict[int, str] = {}  # contact id -> band, for the rows read so far
        self._filter = ContactFilter()
        self._sort = "name"
        self._descending = False
        self._health_mod = _health_service()
        # The order of every contact the filter admits before its text, kept until the data or
        # the sort changes: a keystroke filters this list instead of sorting in SQL again.
        self._base: list[int] | None = None
        self._rank: dict[int, int] = {}
        self._base_key: tuple[object, ...] = ()
        # Progressive first load: with no search text the model starts from a count and the
        # first screenful of ids, and reads the rest of the order right after the first paint
        # (or the moment a row past the prefix is asked for).
        self._total: int | None = None
        self._complete_timer = QTimer(self)
        self._complete_timer.setSingleShot(True)
        self._complete_timer.timeout.connect(self._complete)

    # --- loading ---------------------------------------------------------------------------
    def set_filter(self, f: ContactFilter) -> None:
        self._filter = f
        self._apply()

    @property
    def current_filter(self) -> ContactFilter:
        return self._filter

    @property
    def base_count(self) -> int:
        """How many contacts the filter admits before its search text."""
        if self._total is not None:
            return self._total
        return len(self._base or [])

    def invalidate(self) -> None:
        """The data changed: the next filter re-reads the order from the database."""
        self._base = None
        self._total = None
        self._shown = ("", ())

    def reload(self) -> None:
        self.invalidate()
        self._apply()

    def _apply(self) -> None:
        f = self._filter
        key = (f.tag, f.relationship, f.archived, f.import_batch, self._sort, self._descending)
        if self._base is None or key != self._base_key:
            self._rank = {}
            self._base_key = key
            if not f.text and not self._descending:
                self._base = contact_list.base_ids(f, sort=self._sort, limit=FIRST_LOAD)
                self._total = len(self._base)
                if self._total == FIRST_LOAD:
                    self._total = contact_list.count(f)
                    self._complete_timer.start(COMPLETE_AFTER_MS)
                else:
                    self._total = None  # that was everything
            else:
                self._base = contact_list.base_ids(f, sort=self._sort, descending=self._descending)
                self._total = None
        elif f.text and self._total is not None:
            self._complete()
        matches = contact_list.matching_ids(f.text)
        self.beginResetModel()
        if matches is not None and self._narrows(f.text, key):
            # Typing on: every word is still a prefix search, so the new matches are among the
            # rows already shown, in the same order; filter those instead of the whole list.
            self._ids = contact_list.apply_text(self._ids, matches)
        else:
            self._ids = contact_list.apply_text(
                self._base, matches, self._rank_map() if matches is not None else None
            )
        self._shown = (f.text, key)
        self._rows.clear()
        self._health.clear()
        self.endResetModel()

    def _narrows(self, text: str, key: tuple) -> bool:
        """Whether ``text`` only narrows the search whose rows are shown: it extends that text,
        under the same filters, and neither is a one-letter search (which looks at names only)."""
        shown_text, shown_key = self._shown
        return (
            key == shown_key
            and self._ids is not self._base
            and len(shown_text.strip()) > 1
            and text.startswith(shown_text)
        )

    def _complete(self) -> None:
        """Read the whole order behind a progressive first load (same prefix, same rows)."""
        if self._total is None or self._base is None:
            return
        self._complete_timer.stop()
        full = contact_list.base_ids(self._filter, sort=self._sort)
        expected, self._total = self._total, None
        if self._ids is self._base:
            self._ids = full
        self._base = full
        self._rank = {}
        if len(full) != expected:  # another process wrote in between: start over cleanly
            QTimer.singleShot(0, self.reload)

    def _row(self, row: int) -> ContactRow | None:
        if row >= len(self._ids):
            self._complete()
            if row >= len(self._ids):
                return None
        cid = self._ids[row]
        found = self._rows.get(cid)
        if found is None:
            start = (row // PAGE) * PAGE
            page = self._ids[start : start + PAGE]
            self._rows.update(contact_list.rows(page))
            if self._health_mod is not None:
                self._health.update(self._health_mod.bands(page))
            found = self._rows.get(cid)
        return found

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._total is not None and self._ids is self._base:
            return self._total
        return len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(HEADERS) if self._health_mod is not None else len(HEADERS) - 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _ROLES or not index.isValid() or index.row() >= self.rowCount():
            return None
        if role == ContactIdRole:
            return self.contact_id(index.row())
        row = self._row(index.row())
        if row is None:
            return None
        col = index.column()
        today = clock.today()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return row.name
            if col == COL_COMPANY:
                return " \u00b7 ".join(x for x in (row.company, row.title) if x)
            if col == COL_RELATIONSHIP:
                return row.relationship.capitalize()
            if col == COL_LAST:
                return (
                    relative_day(row.last_interaction, today)
                    if row.last_interaction
                    else self.tr("never")
                )
            if col == COL_DUE:
                if row.checkin_due is None:
                    return ""
                late = (today - row.checkin_due).days
                if late > 0:
                    return (
                        self.tr("{0} day overdue").format(late)
                        if late == 1
                        else self.tr("{0} days overdue").format(late)
                    )
                return relative_day(row.checkin_due, today)
            if col == COL_HEALTH:
                return HEALTH_LABELS.get(self._health.get(row.id, ""), "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_HEALTH and self._health_mod is not None and row.id in self._health:
                # The reasons are read when the pointer rests on the badge, not for every row.
                h = self._health_mod.health_bands([row.id], today=today).get(row.id)
                return "\n".join(h.reasons) if h is not None else None
            if col == COL_DUE and row.cadence:
                return self.tr("Check in every {0} days").format(row.cadence)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == COL_DUE
            and row.checkin_due is not None
            and row.checkin_due < today
        ):
            return QColor("#c0392b") if _light() else QColor("#ff7b72")
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_HEALTH:
            band = self._health.get(row.id)
            if band is not None:
                return band_color(band)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_NAME:
            return row.name
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort, descending = SORT_KEYS.get(column, "name"), order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            self._apply()

    # --- helpers for the view ----------------------------------------------------------------
    def contact_id(self, row: int) -> int | None:
        if row >= len(self._ids):
            self._complete()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _rank_map(self) -> dict[int, int]:
        """Position of every id in the base order, built on first need."""
        self._complete()
        if not self._rank and self._base:
            self._rank = {cid: pos for pos, cid in enumerate(self._base)}
        return self._rank

    def row_of(self, contact_id: int) -> int:
        if self._ids is self._base:
            return self._rank_map().get(contact_id, -1)
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1


def _light() -> bool:
    app = QApplication.instance()
    if app is None:
        return True
    return app.palette().color(QPalette.ColorRole.Window).lightness() >= 128  # type: ignore[attr-defined]
