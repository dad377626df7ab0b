"""Start-up recovery: a damaged or unreadable database is explained, never overwritten.

:func:`ensure_openable` runs before ``init_db``. It checks the file with the quick integrity check
(:func:`relapp.store.integrity.check_file`); a healthy or new file is returned as is. Otherwise a
:class:`~relapp.ui.recovery_dialog.RecoveryDialog` says what is wrong and offers: restore the
newest good backup (the damaged file is first renamed aside to ``NAME.damaged-<stamp>``, never
deleted or written), open another file, or quit. The choice is made by a ``pick`` function (the
dialog's ``exec`` by default), so tests drive the real dialog by clicking its buttons. The dialog's
module is loaded only when a file fails the check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from relapp.errors import UserError
from relapp.store.integrity import check_file, take_clean_exit_mark

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from relapp.ui.recovery_dialog import Choice, RecoveryDialog

log = logging.getLogger(__name__)


SCAN_ALWAYS_BELOW = (
    64 * 1024 * 1024
)  # bytes; about 10,000 contacts, scanned in a fraction of a second


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def scan_at_start(path: Path) -> bool:
    """Whether the start-up check should scan every page before the window opens: after a crash
    or a kill, on first use, and whenever the file is small enough for it to be quick. A large
    file that relapp itself closed cleanly is scanned in the background instead. Uses up the
    clean-exit mark, so a session that crashes leaves none."""
    clean = take_clean_exit_mark(path)
    return not clean or _file_size(path) < SCAN_ALWAYS_BELOW


def ensure_openable(
    path: Path,
    parent: QWidget | None = None,
    *,
    pick: Callable[[RecoveryDialog], Choice] | None = None,
    pick_file: Callable[[QWidget | None], Path | None] | None = None,
    scan: bool = True,
    before_asking: Callable[[], None] | None = None,
) -> Path | None:
    """The database file to open: ``path`` if healthy (or new), a repaired ``path`` after a
    restore, another file the user chose, or None when the user quits. ``before_asking`` runs
    before the dialog opens (start-up answers later launches from then on)."""
    path = Path(path)
    error = ""
    # ``scan=False`` (see :func:`scan_at_start`) checks the header and schema only; the page scan
    # then runs in the background once the window is up (relapp.ui.integrity_watch).
    while True:
        report = check_file(path, scan=scan)
        scan = True
        if report.ok:
            return path
        log.warning("database %s failed the start-up check (%s)", path, report.kind)
        from relapp.services import backups  # only a damaged file needs them

        good = backups.newest_good_backup(path)
        if before_asking is not None:
            before_asking()
        from relapp.ui.recovery_dialog import Choice, RecoveryDialog, ask_for_file

        dialog = RecoveryDialog(report, good, parent, error=error)
        choice = pick(dialog) if pick is not None else dialog.run()
        dialog.deleteLater()
        error = ""
        if choice is Choice.RESTORE and good is not None:
            try:
                result = backups.restore(good.path, db_file=path, reopen=False)
            except UserError as exc:
                error = str(exc)
                continue
            log.info(
                "restored %s from a backup; the damaged file was kept at %s", path, result.previous
            )
            continue  # check the restored file like any other
        if choice is Choice.OPEN_OTHER:
            other = (pick_file or ask_for_file)(parent)
            if other is not None:
                path = other
            continue
        return None
