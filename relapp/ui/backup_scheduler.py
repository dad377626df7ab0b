"""The daily backup while the window runs (window extension ``backups``).

A :class:`BackupScheduler` checks a minute after start-up and then once an hour (a QTimer, never a
loop) whether today's daily backup exists, and makes it if not (and if the ``backup.daily_enabled``
setting allows). Two checks are never closer than :data:`MIN_GAP_S`, whoever triggers them. A
failed backup is logged and shown in the status bar; it never interrupts the user.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from relapp.errors import UserError
from relapp.services import backups

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000
MIN_GAP_S = 60 * 60.0


class BackupScheduler(QObject):
    def __init__(self, hub: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._last_check: float | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(FIRST_CHECK_MS)
        self.first.timeout.connect(self.check)
        self.first.start()

    def check(self, *, force: bool = False) -> Path | None:
        """Make today's daily backup if it is due; returns it, or None."""
        now = time.monotonic()
        if not force and self._last_check is not None and now - self._last_check < MIN_GAP_S:
            return None
        self._last_check = now
        try:
            path = backups.daily_backup()
        except (UserError, OSError, sqlite3.Error) as exc:
            log.warning("daily backup failed: %s", exc)
            self.hub.status_message.emit(
                self.tr("The daily backup failed: {error}").format(error=exc)
            )
            return None
        if path is not None:
            log.info("daily backup written to %s", path)
            self.hub.status_message.emit(self.tr("Daily backup saved"))
        return path

    def stop(self) -> None:
        self.timer.stop()
        self.first.stop()


def install(window: Any) -> BackupScheduler:
    """Window extension: start the daily backup timer; the window keeps the returned object."""
    return BackupScheduler(window.hub, window)
