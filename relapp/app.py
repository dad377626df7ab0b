"""Start-up of the windowed app, written down as one linear sequence.

:func:`run` does, in order:

1. resolve the database path (``--db``, ``RELAPP_DB`` or the user data folder) and set up logging;
2. create the QApplication (name, icon, theme, crash hook);
3. single instance: if relapp already runs on this database, ask it to show its window and exit;
4. check the database file is healthy (offer a backup if not) and open it (migrations run here,
   with a backup of the file first);
5. build the events hub and the main window;
6. show the window (unless ``--minimized`` and a tray exists), install the window extensions
   (tray, reminder scheduler, daily backups) declared in :mod:`relapp.ui.registry` once the window
   has first been painted, and enter the event loop.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path

from relapp import APP_NAME, __version__

log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    # Start-up creates many long-lived objects (PySide6's enum classes, widgets, dataclasses) and
    # hardly any garbage, so the cyclic collector would walk them again and again for nothing: it
    # is paused until the window has been painted (or start-up ends another way).
    gc.disable()
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    from relapp.cli import db_path_from
    from relapp.logging_setup import setup_logging
    from relapp.paths import log_dir

    # 1. paths and logging
    path = db_path_from(args).resolve()
    setup_logging(log_dir())
    log.info("relapp %s starting on %s", __version__, path)

    # 2. the application (on Linux without a display, Qt would abort with a misleading message)
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "relapp: error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            "the commands work without one: see 'relapp --help'",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication, QMessageBox

    from relapp.crash import install_excepthook
    from relapp.ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("relapp")
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.relapp.Relapp")
    install_excepthook(app)
    app.setWindowIcon(app_icon())

    # 3. single instance: the first relapp on a file holds its lock; a later launch waits until
    #    the first one answers (once its window is up, or before it asks the user anything).
    from relapp.ui import single_instance

    instance = single_instance.SingleInstance(path)
    if not instance.claim():
        if instance.notify_running(wait_ms=single_instance.STARTING_WAIT_MS):
            log.info("relapp already runs on %s; asked it to show its window", path)
            return 0
        log.warning("%s is locked by a relapp that does not answer", instance.lock_path)
        QMessageBox.information(
            None,
            "relapp",
            f"relapp is already starting on {path}.\n\nIf no relapp window appears, another "
            f"program holds its lock: close it, or delete {instance.lock_path}, and start again.",
        )
        return 1
    windows: list = []

    def answer_later_launches() -> None:
        instance.listen(lambda: windows[0].bring_to_front() if windows else None)

    # 4. the database (checked before it is opened; see relapp.ui.recovery)
    from relapp.errors import UserError
    from relapp.store import init_db
    from relapp.ui.recovery import ensure_openable, scan_at_start

    scanned = scan_at_start(path)
    chosen = ensure_openable(path, scan=scanned, before_asking=answer_later_launches)
    if chosen is None:
        return 1
    path = Path(chosen)
    try:
        init_db(path)
    except UserError as exc:
        QMessageBox.critical(None, "relapp", str(exc))
        return 2

    from relapp.services import settings
    from relapp.ui.theme import apply_theme

    apply_theme(app, settings.get("theme"))

    # 5. hub and window; a large file that skipped the page scan is scanned in the background
    from relapp.ui.events import EventsHub
    from relapp.ui.integrity_watch import IntegrityWatch
    from relapp.ui.main_window import MainWindow

    hub = EventsHub()
    window = MainWindow(hub)
    windows.append(window)
    watch = IntegrityWatch(window, path)
    if not scanned:
        window.first_painted.connect(watch.start)

    # 6. show and run: the tray and schedulers are installed right after the first paint, unless
    #    relapp starts in the tray (then the tray must exist first).
    minimized = args.minimized or settings.get("start_minimized")
    if minimized:
        window.install_extensions()
    if not (minimized and window.tray is not None and window.tray.is_available()):
        window.show()
    if not minimized:
        window.first_painted.connect(window.install_extensions)
        window.first_painted.connect(answer_later_launches)
        window.first_painted.connect(gc.enable)
    else:
        answer_later_launches()
        gc.enable()
    code = app.exec()
    instance.close()
    from relapp.store.db import close_db
    from relapp.store.integrity import mark_clean_exit

    close_db()
    if watch.damaged:
        return 2  # no clean-exit mark: the next start scans and offers a backup
    mark_clean_exit(path)
    return int(code)
