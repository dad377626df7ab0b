"""The events hub: one QObject whose past-tense signals tell every view what changed.

Services know nothing of it. The UI code that calls a service emits the matching signal right
after (``hub.contacts_changed.emit()``); views connect and re-query. Requests that cross views
("open this contact", "log an interaction with these people") go through the hub too, so no view
holds a reference to another.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class EventsHub(QObject):
    contacts_changed = Signal()  # created, edited, archived, deleted, imported, tagged
    interactions_changed = Signal()  # logged, edited, deleted (check-ins move too)
    follow_ups_changed = Signal()  # added, done, snoozed, edited
    milestones_changed = Signal()  # added, edited, deleted, celebrated
    settings_changed = Signal()
    data_replaced = Signal()  # restore from backup, undo of an import: refresh everything

    contact_requested = Signal(int)  # show this contact in the Contacts view
    log_interaction_requested = Signal(list)  # open the Log dialog with these contact ids picked
    status_message = Signal(str)  # a short message for the status bar

    def everything_changed(self) -> None:
        self.data_replaced.emit()


# What a relationship's health (and the Network view) is computed from: timelines, promises,
# contacts' cadences and the settings that set default cadences.
HEALTH_SIGNALS = (
    "interactions_changed",
    "follow_ups_changed",
    "contacts_changed",
    "settings_changed",
)
# Every change to the data (reminders and the tray's count depend on all of it).
DATA_SIGNALS = (*HEALTH_SIGNALS, "milestones_changed")


def connect_refresh(hub: EventsHub, slot, *signals: str) -> None:  # type: ignore[no-untyped-def]
    """Connect ``slot`` to the named signals and to ``data_replaced``."""
    for name in (*signals, "data_replaced"):
        getattr(hub, name).connect(slot)


class DeferredRefresh(QObject):
    """Refresh a view once per burst of hub signals, and not while it is hidden.

    The named signals (and ``data_replaced``) mark the view stale; a visible view refreshes on the
    next event-loop turn (one refresh for any number of signals), a hidden one when it is next
    shown. ``schedule()`` asks for the same from the view's own code (a theme switch, say)."""

    def __init__(
        self, view: QWidget, refresh: Callable[[], None], hub: EventsHub, *signals: str
    ) -> None:
        super().__init__(view)
        self.view = view
        self._refresh = refresh
        self.stale = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.run)
        connect_refresh(hub, self.schedule, *signals)
        view.installEventFilter(self)

    def schedule(self) -> None:
        self.stale = True
        if self.view.isVisible():
            self.timer.start()

    def run(self) -> None:
        self.timer.stop()
        self.stale = False
        self._refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.run()
        return False
