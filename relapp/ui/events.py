"""The events hub: one QObject whose past-tense signals tell every view what changed.

Services know nothing of it. The UI code that calls a service emits the matching signal right
after (``hub.contacts_changed.emit()``); views connect and re-query. Requests that cross views
("open this contact", "log an interaction with these people") go through the hub too, so no view
holds a reference to another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


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


def connect_refresh(hub: EventsHub, slot, *signals: str) -> None:  # type: ignore[no-untyped-def]
    """Connect ``slot`` to the named signals and to ``data_replaced``."""
    for name in (*signals, "data_replaced"):
        getattr(hub, name).connect(slot)
