"""The Today view: overdue and due check-ins (with the last interaction and what to ask next),
follow-ups and promises due, and celebrations this week, as three sections of one tree.

Each row offers Log Interaction (the lead's dialog, through the hub), Mark Done, Snooze (1 hour,
tomorrow, next week, pick a date) and Open Contact, from the buttons above the tree, the row's
context menu and keyboard shortcuts (Enter opens the contact). Mark Done on a celebration (or its
"Celebrate" context action) logs the celebration and opens the congratulation draft, the same
non-blocking dialog the Calendar view shows. The model is a small
``QAbstractItemModel`` over :func:`relapp.services.agenda.compute_agenda`; the view refreshes on hub
signals (coalesced) and calls services only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from relapp import clock
from relapp.errors import UserError
from relapp.services import agenda, checkins, interactions, reminders
from relapp.services import calendar as cal_service
from relapp.services.health import plural
from relapp.ui.celebrate_dialog import CelebrateDialog, show_celebration_draft
from relapp.ui.events import EventsHub, connect_refresh
from relapp.ui.today_model import TodayModel

ROW_LIMIT = 200  # per section; the header says how many more there are


class DatePickDialog(QDialog):
    """Pick the day a snooze ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Snooze until"))
        tomorrow = clock.today() + dt.timedelta(days=1)
        self.calendar.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.calendar.setSelectedDate(self.calendar.minimumDate())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    @classmethod
    def pick(cls, parent: QWidget | None = None) -> dt.date | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        d = dialog.calendar.selectedDate()
        return dt.date(d.year(), d.month(), d.day())


class TodayView(QWidget):
    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.model = TodayModel(self)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Today summary"))
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Today's agenda"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(lambda _i: self.open_contact())

        self.log_action = self._action(
            self.tr("&Log Interaction\u2026"), self.log_interaction, "Ctrl+Shift+L"
        )
        self.done_action = self._action(self.tr("Mark &Done"), self.mark_done, "Ctrl+D")
        self.open_action = self._action(self.tr("&Open Contact"), self.open_contact, "Ctrl+O")
        self.celebrate_action = QAction(self.tr("&Celebrate\u2026"), self)
        self.celebrate_action.setToolTip(
            self.tr("Log a celebration and get a congratulation draft")
        )
        self.celebrate_action.triggered.connect(lambda _checked=False: self.mark_done())
        self.celebrate_dialog: CelebrateDialog | None = None
        self.snooze_menu = QMenu(self.tr("&Snooze"), self)
        self.snooze_actions = {
            "hour": self.snooze_menu.addAction(self.tr("For 1 &hour")),
            "tomorrow": self.snooze_menu.addAction(self.tr("Until &tomorrow")),
            "next_week": self.snooze_menu.addAction(self.tr("Until &next week")),
            "date": self.snooze_menu.addAction(self.tr("Until a &date\u2026")),
        }
        for choice, action in self.snooze_actions.items():
            action.triggered.connect(lambda _checked=False, c=choice: self.snooze(c))

        bar = QHBoxLayout()
        for action in (self.log_action, self.done_action):
            bar.addWidget(self._button(action))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze the selected item"))
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.snooze_button)
        bar.addWidget(self._button(self.open_action))
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(30)
        self._pending.timeout.connect(self.refresh)
        connect_refresh(
            hub,
            self._pending.start,
            "contacts_changed",
            "interactions_changed",
            "follow_ups_changed",
            "milestones_changed",
            "settings_changed",
        )
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.refresh()

    def _action(self, text: str, slot: Any, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setAccessibleName(action.text().replace("&", "").rstrip("\u2026"))
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # --- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        key = self.current_key()
        result = agenda.compute_agenda(days=7, limit=ROW_LIMIT)
        self.model.set_agenda(result)
        self.tree.expandAll()
        counts = [self.model.totals[0], sum(1 for f in self.model.rows[1] if f.overdue_days >= 0)]
        today = [c for c in self.model.rows[2] if c.date == result.date]
        self.summary.setText(
            self.tr("{day}: {ci}, {fu} due, {ce} today").format(
                day=f"{result.date:%A %d %B}",
                ci=plural(counts[0], "check-in"),
                fu=plural(counts[1], "follow-up"),
                ce=plural(len(today), "celebration"),
            )
        )
        self._select_key(key)
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.model.today != clock.today():
            self.refresh()

    def current_item(self) -> Any:
        return self.model.item(self.tree.currentIndex())

    def current_contact_id(self) -> int | None:
        """The contact of the selected reminder (Ctrl+B, Ctrl+L and Ctrl+E act on it)."""
        item = self.current_item()
        return getattr(item, "contact_id", None) if item is not None else None

    def current_key(self) -> tuple[str, int] | None:
        item = self.current_item()
        if item is None:
            return None
        return (
            type(item).__name__,
            getattr(item, "id", None) or getattr(item, "milestone_id", 0) or item.contact_id,
        )

    def _select_key(self, key: tuple[str, int] | None) -> None:
        if key is None:
            return
        for section, rows in enumerate(self.model.rows):
            for row, item in enumerate(rows):
                if (
                    type(item).__name__,
                    getattr(item, "id", None)
                    or getattr(item, "milestone_id", 0)
                    or item.contact_id,
                ) == key:
                    parent = self.model.index(section, 0)
                    self.tree.setCurrentIndex(self.model.index(row, 0, parent))
                    return

    def select(self, section: int, row: int) -> None:
        """Select a row (for keyboard users and tests)."""
        self.tree.setCurrentIndex(self.model.index(row, 0, self.model.index(section, 0)))

    def _update_actions(self) -> None:
        item = self.current_item()
        self.log_action.setEnabled(item is not None)
        self.open_action.setEnabled(item is not None)
        celebration = isinstance(item, agenda.CelebrationItem)
        self.done_action.setEnabled(item is not None and not (celebration and item.celebrated))
        self.celebrate_action.setEnabled(celebration and not item.celebrated)
        self.snooze_button.setEnabled(item is not None and not celebration)
        self.snooze_actions["hour"].setEnabled(isinstance(item, agenda.FollowUpItem))

    def _context_menu(self, pos: Any) -> None:
        if self.model.item(self.tree.indexAt(pos)) is None:
            return
        self.tree.setCurrentIndex(self.tree.indexAt(pos))
        menu = QMenu(self)
        menu.addAction(self.log_action)
        menu.addAction(self.done_action)
        if self.celebrate_action.isEnabled():
            menu.addAction(self.celebrate_action)
        if self.snooze_button.isEnabled():
            menu.addMenu(self.snooze_menu)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # --- row actions -----------------------------------------------------------------------------
    def log_interaction(self) -> None:
        item = self.current_item()
        if item is not None:
            self.hub.log_interaction_requested.emit([item.contact_id])

    def open_contact(self) -> None:
        item = self.current_item()
        if item is not None:
            self.hub.contact_requested.emit(item.contact_id)

    def mark_done(self) -> None:
        """A follow-up is completed; a check-in is logged as done ("Checked in"); a celebration is
        logged as celebrated (a celebration interaction linked to the milestone) and its
        congratulation draft is shown."""
        item = self.current_item()
        try:
            if isinstance(item, agenda.FollowUpItem):
                interactions.complete_follow_up(follow_up_id=item.id)
                self.hub.follow_ups_changed.emit()
                self.hub.status_message.emit(self.tr("Done: {0}").format(item.text[:60]))
            elif isinstance(item, agenda.CheckInItem):
                interactions.log_interaction(
                    contact_ids=[item.contact_id], kind="other", summary="Checked in"
                )
                self.hub.interactions_changed.emit()
                self.hub.status_message.emit(self.tr("Checked in with {0}").format(item.contact))
            elif isinstance(item, agenda.CelebrationItem) and not item.celebrated:
                self.celebrate(item)
        except UserError as exc:
            self.hub.status_message.emit(str(exc))

    def celebrate(self, item: agenda.CelebrationItem) -> None:
        """Log the celebration (:func:`relapp.services.calendar.celebrate`) and open the draft."""
        done = cal_service.celebrate(milestone_id=item.milestone_id, on=item.date)
        self.hub.interactions_changed.emit()
        self.hub.milestones_changed.emit()
        self.hub.status_message.emit(
            self.tr("Celebration logged for %1").replace("%1", item.contact)
        )
        self.celebrate_dialog = show_celebration_draft(self, done)
        self.celebrate_dialog.destroyed.connect(self._dialog_gone)

    def _dialog_gone(self) -> None:
        self.celebrate_dialog = None

    def snooze(self, choice: str, day: dt.date | None = None) -> None:
        item = self.current_item()
        if item is None or isinstance(item, agenda.CelebrationItem):
            return
        if choice == "date" and day is None:
            day = DatePickDialog.pick(self)
            if day is None:
                return
        until = reminders.snooze_target(choice, day=day)
        if isinstance(item, agenda.FollowUpItem):
            interactions.snooze_follow_up(follow_up_id=item.id, until=until)
            self.hub.follow_ups_changed.emit()
        else:
            checkins.snooze_checkin(contact_id=item.contact_id, until=until.date())
            self.hub.contacts_changed.emit()
        self.hub.status_message.emit(self.tr("Snoozed until {0}").format(f"{until:%a %d %b %H:%M}"))
