"""Unhandled exceptions: log the traceback, show a copyable report, keep the app running.

:func:`install_excepthook` replaces ``sys.excepthook`` (which PySide6 calls for an exception raised
in a slot, a timer or a virtual override) and ``threading.excepthook``. Each error is written to the
rotating log (see :mod:`relapp.logging_setup`) and, when a QApplication exists, shown in the crash
dialog (:mod:`relapp.ui.crash_dialog`) on the GUI thread. The event loop goes on, so every other
window, and whatever the user typed in it, stays as it was. One dialog collects the errors that
follow while it is open (an error in a paint event repeats at every repaint); an error raised while
the report itself is being shown is logged and printed, never handled again (no loop). Qt is
imported only when a QApplication exists, so the CLI can install the hook too.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections import deque
from types import TracebackType
from typing import Any

from relapp import __version__

log = logging.getLogger("relapp.crash")

MAX_KEPT = 50  # reports kept in memory
REPEATS_LOGGED = 3  # the same traceback in a row is logged this often, then every 100th time


def format_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    thread: str | None = None,
) -> str:
    """The text a user can paste into a bug report: version, platform, then the traceback."""
    import platform  # only when a report is written (not on the start-up path)

    lines = [
        f"relapp {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Platform: {platform.platform()}",
    ]
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None:
        lines.append(
            f"Qt {qt.qVersion()}, PySide6 {getattr(sys.modules.get('PySide6'), '__version__', '?')}"
        )
    if thread:
        lines.append(f"Thread: {thread}")
    lines.append("")
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return "\n".join(lines)


class _Hook:
    """The installed hook: state shared by ``sys.excepthook`` and ``threading.excepthook``."""

    def __init__(self, app: Any = None) -> None:
        self.app = app
        self.previous_sys = sys.excepthook
        self.previous_threading = threading.excepthook
        self.handling = False
        self.dialog: Any = None
        self.bridge: Any = None
        # The latest reports, newest last (diagnostics, tests); an error in a paint event repeats
        # at every repaint, so the same report in a row is counted, not kept or logged again.
        self.reports: deque[str] = deque(maxlen=MAX_KEPT)
        self.count = 0
        self.repeats = 0
        if self._qt_app() is not None:
            self._make_bridge()

    # -- Qt side ------------------------------------------------------------------------------
    def _qt_app(self) -> Any:
        if "PySide6.QtWidgets" not in sys.modules:
            return None
        from PySide6.QtWidgets import QApplication

        return self.app or QApplication.instance()

    def _make_bridge(self) -> None:
        """A QObject living on the GUI thread that receives reports from worker threads."""
        from PySide6.QtCore import QObject, Qt, Signal

        class _Bridge(QObject):
            report = Signal(str)

        self.bridge = _Bridge()
        self.bridge.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _on_gui_thread(self) -> bool:
        app = self._qt_app()
        if app is None:
            return False
        from PySide6.QtCore import QThread

        return QThread.currentThread() is app.thread()

    def _show(self, report: str) -> None:
        if self.handling:  # an error while showing a report: do not go round again
            return
        self.handling = True
        try:
            from relapp.ui.crash_dialog import CrashDialog

            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add_report(report)
            else:
                self.dialog = CrashDialog(report)
                self.dialog.show()
                self.dialog.raise_()
        except Exception:  # the dialog itself failed: the log and stderr must do
            log.exception("could not show the crash report")
            traceback.print_exc()
        finally:
            self.handling = False

    # -- the hooks ----------------------------------------------------------------------------
    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        *,
        thread: str | None = None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self.previous_sys(exc_type, exc, tb)
            return
        if self.handling:
            # Raised while the report is being shown: print it, never handle it again.
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            report = format_report(exc_type, exc, tb, thread=thread)
            self.count += 1
            same = bool(self.reports) and self.reports[-1] == report
            self.repeats = self.repeats + 1 if same else 0
            if self.repeats < REPEATS_LOGGED:
                log.error(
                    "unhandled exception%s",
                    f" in thread {thread}" if thread else "",
                    exc_info=(exc_type, exc, tb),
                )
            elif self.repeats % 100 == 0:
                log.error("the same unhandled exception, %d times in a row", self.repeats + 1)
            if not same:
                self.reports.append(report)
        except Exception:
            sys.__excepthook__(exc_type, exc, tb)
            return
        if self._qt_app() is None:
            self.previous_sys(exc_type, exc, tb)  # no window: print as Python would
        elif self._on_gui_thread():
            self._show(report)
        elif self.bridge is not None:
            self.bridge.report.emit(report)

    def sys_hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self.handle(exc_type, exc, tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread=name)

    def uninstall(self) -> None:
        if sys.excepthook == self.sys_hook:
            sys.excepthook = self.previous_sys
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self.previous_threading
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None


_installed: _Hook | None = None


def install_excepthook(app: Any = None) -> _Hook:
    """Install the hooks (again: replaces the previous install) and return the handler, whose
    ``uninstall()`` puts the previous hooks back. ``app`` is the QApplication, or None to use
    the current one if any (the CLI passes nothing)."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    hook = _Hook(app)
    sys.excepthook = hook.sys_hook
    threading.excepthook = hook.thread_hook
    _installed = hook
    return hook


def installed() -> _Hook | None:
    return _installed
