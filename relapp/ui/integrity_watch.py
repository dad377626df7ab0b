"""The page-by-page integrity scan of a large database, run in the background after start.

At start a large file that relapp closed cleanly gets only the header-and-schema check, so the
window opens at once; this scan then reads every page on a worker thread, on its own read-only
connection. If it finds damage, relapp says so and closes without the clean-exit mark: the next
start scans before opening and offers the newest good backup (relapp.ui.recovery). The file is
never written here.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from relapp.store.integrity import IntegrityReport, check_file

log = logging.getLogger(__name__)


class IntegrityWatch(QObject):
    finished = Signal(object)  # the IntegrityReport, delivered on the GUI thread

    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = Path(path)
        self.damaged = False
        self.finished.connect(self._on_finished)

    def start(self) -> None:
        threading.Thread(target=self._run, name="relapp-integrity", daemon=True).start()

    def _run(self) -> None:
        report = check_file(self.path)
        self.finished.emit(report)

    def _on_finished(self, report: IntegrityReport) -> None:
        if report.ok:
            log.info("background integrity check of %s: ok", self.path)
            return
        self.damaged = True
        log.error("background integrity check of %s: %s", self.path, report.kind)
        from PySide6.QtWidgets import QMessageBox  # only when damage is found

        QMessageBox.critical(
            self.window,
            self.tr("The database is damaged"),
            self.tr(
                "{0}\n\nrelapp will close now without writing to it. When you start relapp again it "
                "will offer to restore the newest good backup; the damaged file is kept."
            ).format(report.problem),
        )
        self.window.quit_requested = True
        QApplication.quit()
