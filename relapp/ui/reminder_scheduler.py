"""The reminder scheduler of the running app: when to run a delivery pass, never a polling loop.

A pass (:func:`relapp.services.reminders.run_pass`, delivering through
:func:`relapp.notifications.notify`) runs shortly after start, then whenever one single-shot timer
fires: it is re-armed after every pass to the next interesting moment
(:func:`reminders.next_wakeup`: the delivery time, midnight, the end of quiet hours, a snooze
ending). Edits (hub signals) run a pass after a short debounce. A coarse one-minute watch compares
the wall clock with the monotonic clock, without touching the database: a jump (the machine woke
up, the clock was changed) or a new date runs a pass and refreshes the Today view and the tray.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from relapp import clock
from relapp.services import reminders
from relapp.ui.events import DATA_SIGNALS, connect_refresh

log = logging.getLogger(__name__)

START_DELAY_MS = 1_500  # let the window paint first
DEBOUNCE_MS = 2_000  # after edits
WATCH_MS = 60_000  # wall-clock jump / date change check (no database access)
JUMP_S = 90  # a wall-clock jump beyond this counts as a wake-up or clock change
MAX_SLEEP_MS = 6 * 3600 * 1000  # re-arm at least this often, in case a timer drifts
MIN_SLEEP_MS = 1_000


class ReminderScheduler(QObject):
    def __init__(
        self, window: Any, *, send: Callable[[str, str], str | None] | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.send = send
        self.passes = 0
        self.last_result: reminders.PassResult | None = None
        self.next_at: dt.datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_pass)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_pass)
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.check_clock)
        connect_refresh(window.hub, self.debounce.start, *DATA_SIGNALS)
        self._mark_clock()
        self.watch.start()
        self.timer.start(START_DELAY_MS)

    def _mark_clock(self) -> None:
        self._wall = time.time()
        self._mono = time.monotonic()
        self._date = clock.today()

    def check_clock(self) -> bool:
        """Run a pass when the date changed or the wall clock jumped (sleep, clock change)."""
        drift = (time.time() - self._wall) - (time.monotonic() - self._mono)
        changed = abs(drift) > JUMP_S or clock.today() != self._date
        self._mark_clock()
        if changed:
            log.info("clock jump or new day; running a reminder pass")
            self._refresh_views()
            self.run_pass()
        return changed

    def _refresh_views(self) -> None:
        view = getattr(self.window, "views", {}).get("today")
        if view is not None and hasattr(view, "refresh"):
            view.refresh()

    def run_pass(self) -> reminders.PassResult | None:
        self.debounce.stop()
        result = None
        try:
            from relapp import notifications

            send = self.send if self.send is not None else notifications.notify
            result = reminders.run_pass(send=send)
            self.passes += 1
            self.last_result = result
            if result.delivered or result.failed:
                log.info(
                    "reminder pass: %d delivered, %d failed",
                    len(result.delivered),
                    len(result.failed),
                )
        except Exception:  # noqa: BLE001 - a failed pass must not take the app down; retry later
            log.exception("reminder pass failed")
        tray = getattr(self.window, "tray", None)
        if tray is not None and hasattr(tray, "update_count"):
            tray.update_count()
        self.arm()
        return result

    def arm(self) -> int:
        """Start the single-shot timer for the next interesting moment; returns the delay in ms."""
        try:
            self.next_at = reminders.next_wakeup()
            ms = int((self.next_at - clock.now()).total_seconds() * 1000) + 500
        except Exception:  # noqa: BLE001
            log.exception("could not compute the next reminder time")
            ms = 15 * 60 * 1000
        ms = max(MIN_SLEEP_MS, min(ms, MAX_SLEEP_MS))
        self.timer.start(ms)
        return ms


def install(window: Any) -> ReminderScheduler:
    """The ``reminders`` extension."""
    return ReminderScheduler(window)
