"""The Calendar view: a month grid with markers per kind (birthdays, work anniversaries, promotions,
new jobs, achievements, custom dates, follow-ups due) and a legend, navigation by month and year
and "Today", the list of what falls on the selected day, and the next 30 days beside the grid.

Enter or double-click on an entry opens the contact; "Celebrate" on a milestone logs a celebration
and shows a congratulation draft. Also the File menu's "Export Calendar (.ics)" action. Data comes
from :mod:`relapp.services.calendar`; hub signals refresh the view (coalesced, and deferred while
the view is hidden, so a burst of changes costs one reload).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relapp import clock
from relapp.errors import UserError
from relapp.services import calendar as cal_service
from relapp.services.calendar import CalendarEntry, MonthView
from relapp.ui.calendar_widgets import ENTRY_ROLE, EntryListModel, Legend, MarkedCalendar
from relapp.ui.celebrate_dialog import CelebrateDialog, show_celebration_draft
from relapp.ui.events import EventsHub, connect_refresh

UPCOMING_DAYS = 30


class CalendarView(QWidget):
    """Registered as the "calendar" view; constructed as ``CalendarView(hub, parent)``."""

    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.month: MonthView | None = None
        self.celebrate_dialog: CelebrateDialog | None = None
        self._current: CalendarEntry | None = None
        self._active: QListView | None = None  # the list the current entry comes from
        self._dirty = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._reload_if_visible)
        self._build()
        connect_refresh(
            hub,
            self._schedule,
            "milestones_changed",
            "contacts_changed",
            "follow_ups_changed",
            "interactions_changed",
        )
        self.refresh()

    # --- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.calendar = MarkedCalendar(self)
        self.calendar.setSelectedDate(QDate(clock.today()))
        self.prev_year = QPushButton(self.tr("\u00ab Year"), self)
        self.prev_year.setAccessibleName(self.tr("Previous year"))
        self.prev_year.setToolTip(self.tr("Show the same month a year earlier"))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.next_year = QPushButton(self.tr("Year \u00bb"), self)
        self.next_year.setAccessibleName(self.tr("Next year"))
        self.next_year.setToolTip(self.tr("Show the same month a year later"))
        nav = QHBoxLayout()
        nav.addWidget(self.prev_year)
        nav.addStretch(1)
        nav.addWidget(self.today_button)
        nav.addStretch(1)
        nav.addWidget(self.next_year)

        self.day_label = QLabel(self)
        self.day_model = EntryListModel(parent=self)
        self.day_list = self._list(self.day_model, self.tr("Entries on the selected day"))
        self.day_label.setBuddy(self.day_list)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(nav)
        lv.addWidget(self.calendar, 3)
        self.legend = Legend(left)
        lv.addWidget(self.legend)
        lv.addWidget(self.day_label)
        lv.addWidget(self.day_list, 2)

        self.upcoming_model = EntryListModel(show_dates=True, parent=self)
        self.upcoming_list = self._list(self.upcoming_model, self.tr("Next 30 days"))
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        upcoming_label = QLabel(self.tr("&Next 30 days"), right)
        upcoming_label.setBuddy(self.upcoming_list)
        rv.addWidget(upcoming_label)
        rv.addWidget(self.upcoming_list)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 420])
        splitter.setChildrenCollapsible(False)

        self.open_button = QPushButton(self.tr("&Open Contact"), self)
        self.open_button.setAccessibleName(self.tr("Open the contact of the selected entry"))
        self.celebrate_button = QPushButton(self.tr("&Celebrate\u2026"), self)
        self.celebrate_button.setAccessibleName(self.tr("Celebrate the selected milestone"))
        self.celebrate_button.setToolTip(
            self.tr("Log a celebration and get a congratulation draft")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.celebrate_button)

        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)

        # Bound methods only (no lambdas holding ``self`` in a child's connection: that keeps
        # the view alive, or frees it while a child is being deleted).
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.selectionChanged.connect(self._show_day)
        self.today_button.clicked.connect(self.go_today)
        self.prev_year.clicked.connect(self._previous_year)
        self.next_year.clicked.connect(self._next_year)
        self.open_button.clicked.connect(self.open_contact)
        self.celebrate_button.clicked.connect(self.celebrate)
        self._update_buttons()

    def _list(self, model: EntryListModel, name: str) -> QListView:
        view = QListView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setUniformItemSizes(True)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        view.activated.connect(self._activated)
        view.selectionModel().currentChanged.connect(self._current_changed)
        return view

    def _list_of(self, index: QModelIndex) -> QListView:
        return self.upcoming_list if index.model() is self.upcoming_model else self.day_list

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._set_current(self._list_of(current), current)
        elif self._active is not None and self._active.model() is _previous.model():
            self._set_current(self._active, current)

    # --- loading -----------------------------------------------------------------------------------

    def _schedule(self) -> None:
        self._dirty = True
        self._timer.start()

    def _reload_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.day_model.set_palette(self.palette())
            self.upcoming_model.set_palette(self.palette())

    def refresh(self) -> None:
        """Reload the shown month and the next 30 days (selection kept where possible)."""
        self._timer.stop()
        self._dirty = False
        month, upcoming = cal_service.page(
            year=self.calendar.yearShown(),
            month=self.calendar.monthShown(),
            start=clock.today(),
            days=UPCOMING_DAYS,
        )
        self._show_month(month)
        self._reset(self.upcoming_list, self.upcoming_model, upcoming)

    def _load_month(self) -> None:
        self._show_month(
            cal_service.month_view(year=self.calendar.yearShown(), month=self.calendar.monthShown())
        )

    def _show_month(self, month: MonthView) -> None:
        self.month = month
        self.calendar.set_markers(month.markers())
        self._show_day()

    def _reset(self, view: QListView, model: EntryListModel, entries: list[CalendarEntry]) -> None:
        """Refill a list, keeping the same entry selected when it is still there."""
        current = view.currentIndex().data(ENTRY_ROLE) if view.currentIndex().isValid() else None
        model.set_entries(entries)
        if current is not None:
            key = (current.date, current.milestone_id, current.follow_up_id)
            for row, e in enumerate(entries):
                if (e.date, e.milestone_id, e.follow_up_id) == key:
                    view.setCurrentIndex(model.index(row))
                    break
        if view is self._active:
            self._set_current(view, view.currentIndex())

    def current_contact_id(self) -> int | None:
        """The contact of the selected entry (Ctrl+B, Ctrl+L and Ctrl+E act on it)."""
        return self._current.contact_id if self._current is not None else None

    def selected_date(self) -> dt.date:
        return self.calendar.selectedDate().toPython()  # type: ignore[no-any-return]

    def _show_day(self) -> None:
        day = self.selected_date()
        if self.month is None or (day.year, day.month) != (self.month.year, self.month.month):
            entries = cal_service.entries_between(start=day, end=day)
        else:
            entries = self.month.entries_on(day)
        long = self.calendar.selectedDate().toString("dddd d MMMM yyyy")
        self.day_label.setText(
            self.tr("On %1:").replace("%1", long)
            if entries
            else self.tr("Nothing on %1").replace("%1", long)
        )
        self._reset(self.day_list, self.day_model, entries)

    # --- navigation --------------------------------------------------------------------------------

    def go_today(self) -> None:
        today = QDate(clock.today())
        self.calendar.setSelectedDate(today)
        self.calendar.setCurrentPage(today.year(), today.month())
        self.calendar.setFocus()

    def _page_changed(self, _year: int, _month: int) -> None:
        self._load_month()

    def _previous_year(self) -> None:
        self.shift_years(-1)

    def _next_year(self) -> None:
        self.shift_years(1)

    def shift_years(self, years: int) -> None:
        self.calendar.setSelectedDate(self.calendar.selectedDate().addYears(years))

    def select_date(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(QDate(day))

    # --- entries -----------------------------------------------------------------------------------

    def _set_current(self, view: QListView, index: QModelIndex) -> None:
        self._active = view
        self._current = index.data(ENTRY_ROLE) if index.isValid() else None
        self._update_buttons()

    def current_entry(self) -> CalendarEntry | None:
        return self._current

    def _update_buttons(self) -> None:
        e = self._current
        self.open_button.setEnabled(e is not None)
        can = e is not None and e.is_celebration and not e.celebrated
        self.celebrate_button.setEnabled(can)
        if e is not None and e.celebrated:
            self.celebrate_button.setToolTip(self.tr("Already celebrated this year"))
        else:
            self.celebrate_button.setToolTip(
                self.tr("Log a celebration and get a congratulation draft")
            )

    def _activated(self, index: QModelIndex) -> None:
        self._set_current(self._list_of(index), index)
        self.open_contact()

    def open_contact(self) -> None:
        if self._current is not None:
            self.hub.contact_requested.emit(self._current.contact_id)

    def celebrate(self) -> None:
        """Log a celebration for the selected milestone and show the congratulation draft."""
        e = self._current
        if e is None or e.milestone_id is None or e.celebrated:
            return
        try:
            done = cal_service.celebrate(milestone_id=e.milestone_id, on=e.date)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Celebrate"), str(exc))
            return
        self.hub.interactions_changed.emit()
        self.hub.milestones_changed.emit()
        self.hub.status_message.emit(
            self.tr("Celebration logged for %1").replace("%1", e.contact_name)
        )
        self.refresh()
        self.celebrate_dialog = show_celebration_draft(self, done)
        self.celebrate_dialog.destroyed.connect(self._dialog_gone)

    def _dialog_gone(self) -> None:
        self.celebrate_dialog = None


# --- File > Export Calendar (.ics) -------------------------------------------------------------------


def run_export(parent: QWidget, path: Path) -> int | None:
    """Export to ``path``; a clear message box on failure. Returns the number of events or None."""
    from relapp.services.ical_export import export_ics

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return export_ics(path=path)
    except UserError as exc:
        error = str(exc)
    finally:
        QApplication.restoreOverrideCursor()
    QMessageBox.warning(parent, parent.tr("Export Calendar"), error)
    return None


def export_calendar(window: Any) -> None:
    """Menu action: ask for a file name, write milestones and follow-ups as an .ics file."""
    name, _filter = QFileDialog.getSaveFileName(
        window,
        window.tr("Export Calendar"),
        str(Path.home() / "relapp.ics"),
        window.tr("iCalendar (*.ics)"),
    )
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    from relapp.ui.export_dialog import may_write

    if not may_write(window, path):
        return
    count = run_export(window, path)
    if count is not None:
        window.hub.status_message.emit(
            window.tr("Exported %1 events to %2").replace("%1", str(count)).replace("%2", str(path))
        )
