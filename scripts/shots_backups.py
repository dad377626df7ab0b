"""Screenshots of the backup dialogs for the docs: the start-up recovery dialog (over a made-up
damaged file report) and File > Restore from Backup… (after one backup of the demo data)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget


def recovery_dialog(window: Any) -> QWidget:
    from relapp.services import backups
    from relapp.store.integrity import IntegrityReport
    from relapp.ui.recovery import RecoveryDialog

    path = Path.home() / ".local/share/relapp/relapp.sqlite3"
    report = IntegrityReport(
        path,
        "damaged",
        f"{path} is damaged: SQLite found errors in it (Page 41: btree page has bad header)",
        "*** in database main ***\nPage 41: btree page has bad header",
    )
    found = backups.list_backups()
    dialog = RecoveryDialog(report, found[0] if found else None, window)
    dialog.resize(600, 320)
    return dialog


def restore_dialog(window: Any) -> QWidget:
    from relapp.services import backups
    from relapp.ui.backup_actions import RestoreDialog

    if not backups.list_backups():
        backups.snapshot("manual")
    dialog = RestoreDialog(backups.list_backups(), window)
    return dialog


SHOTS = [
    ("restore-dialog.png", restore_dialog),
    ("recovery-dialog.png", recovery_dialog),
]
