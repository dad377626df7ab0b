"""Start-up with a damaged database: pages of a real file overwritten with garbage are detected,
the dialog says so and offers the newest good backup; restoring keeps the damaged file aside byte
for byte; quitting or opening another file leaves it untouched. The real dialog is driven by
clicking its buttons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from relapp import clock
from relapp.services import backups, contact_list
from relapp.store import init_db
from relapp.store.db import close_db
from relapp.ui.recovery import ensure_openable
from relapp.ui.recovery_dialog import Choice, RecoveryDialog
from tests.corruption import damage_pages, fill, integrity


@pytest.fixture
def damaged_with_backup(db, db_path: Path) -> tuple[Path, backups.BackupInfo, bytes]:
    fill(60)
    clock.set_now(dt.datetime(2025, 4, 1, 9, 0))
    backups.daily_backup()
    close_db()
    damage_pages(db_path, first=3, count=12)
    return db_path, backups.list_backups(db_path)[0], db_path.read_bytes()


def clicker(qtbot, button_name: str, seen: list[RecoveryDialog]):
    def pick(dialog: RecoveryDialog) -> Choice:
        qtbot.addWidget(dialog)
        seen.append(dialog)
        qtbot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)
        return dialog.choice

    return pick


def never_called(dialog: RecoveryDialog) -> Choice:
    raise AssertionError("no dialog expected for a healthy file")


def test_healthy_or_new_file_opens_without_a_dialog(db, db_path: Path, tmp_path: Path) -> None:
    assert ensure_openable(db_path, pick=never_called) == db_path
    assert ensure_openable(tmp_path / "new.sqlite3", pick=never_called) == tmp_path / "new.sqlite3"


def test_damaged_pages_are_detected_and_the_backup_restored(qtbot, damaged_with_backup) -> None:
    path, backup, damaged = damaged_with_backup
    seen: list[RecoveryDialog] = []
    assert ensure_openable(path, pick=clicker(qtbot, "restore_button", seen)) == path
    assert len(seen) == 1
    dialog = seen[0]
    text = dialog.message.text()
    assert "damaged" in text and "2025-04-01 09:00" in text and "not be overwritten" in text
    assert dialog.restore_button.isEnabled() and dialog.choice is Choice.RESTORE
    # the damaged file is kept aside, byte for byte
    aside = [
        p
        for p in path.parent.glob("relapp.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    # the restored file is healthy and holds the backup's data
    assert integrity(path) == ["ok"]
    init_db(path)
    assert contact_list.total_contacts() == 60


def test_quit_leaves_the_damaged_file_untouched(qtbot, damaged_with_backup) -> None:
    path, _, damaged = damaged_with_backup
    seen: list[RecoveryDialog] = []
    assert ensure_openable(path, pick=clicker(qtbot, "quit_button", seen)) is None
    assert path.read_bytes() == damaged
    assert not list(path.parent.glob("*.damaged-*"))


def test_open_another_file(qtbot, damaged_with_backup, tmp_path: Path) -> None:
    path, _, damaged = damaged_with_backup
    other = tmp_path / "other.sqlite3"
    init_db(other)
    close_db()
    seen: list[RecoveryDialog] = []
    chosen = ensure_openable(
        path, pick=clicker(qtbot, "open_button", seen), pick_file=lambda parent: other
    )
    assert chosen == other and path.read_bytes() == damaged


def test_cancelled_file_choice_asks_again(qtbot, damaged_with_backup) -> None:
    path, _, damaged = damaged_with_backup
    answers = iter([Choice.OPEN_OTHER, Choice.QUIT])
    assert (
        ensure_openable(path, pick=lambda d: next(answers), pick_file=lambda parent: None) is None
    )
    assert path.read_bytes() == damaged


def test_garbage_file_without_backups_offers_only_open_or_quit(qtbot, db_path: Path) -> None:
    db_path.write_bytes(b"\x00garbage" * 1000)
    seen: list[RecoveryDialog] = []
    assert ensure_openable(db_path, pick=clicker(qtbot, "quit_button", seen)) is None
    dialog = seen[0]
    assert not dialog.restore_button.isEnabled()
    assert (
        "not an SQLite database" in dialog.message.text()
        and "No usable backup" in dialog.message.text()
    )
    assert db_path.read_bytes() == b"\x00garbage" * 1000


def test_a_damaged_newest_backup_is_skipped(qtbot, db, db_path: Path) -> None:
    fill(30)
    clock.set_now(dt.datetime(2025, 4, 1, 9, 0))
    good = backups.daily_backup()
    clock.set_now(dt.datetime(2025, 4, 2, 9, 0))
    bad = backups.daily_backup()
    assert good and bad
    close_db()
    damage_pages(bad, first=3, count=12)
    damage_pages(db_path, first=3, count=12)
    seen: list[RecoveryDialog] = []
    assert ensure_openable(db_path, pick=clicker(qtbot, "restore_button", seen)) == db_path
    assert seen[0].backup is not None and seen[0].backup.path == good
    assert integrity(db_path) == ["ok"]


def test_clean_exit_skips_the_page_scan_once(tmp_path) -> None:
    """After a clean exit the start-up check reads header and schema only; the mark is used up,
    so a later start (as after a crash) scans every page again."""
    from relapp.store import init_db
    from relapp.store.db import close_db
    from relapp.store.integrity import check_file, clean_mark, mark_clean_exit, take_clean_exit_mark

    path = tmp_path / "clean.sqlite3"
    init_db(path)
    close_db()
    mark_clean_exit(path)
    assert clean_mark(path).exists()
    assert take_clean_exit_mark(path) is True
    assert take_clean_exit_mark(path) is False  # used up
    assert check_file(path, scan=False).ok and check_file(path).ok
    # A damaged page is only found by the scan; the header and schema still read.
    data = bytearray(path.read_bytes())
    page = 4096 * 3
    data[page : page + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    assert check_file(path, scan=False).ok
    assert not check_file(path).ok


def test_scan_at_start_policy(tmp_path, monkeypatch) -> None:
    """Small files are always scanned; a large one only after an unclean exit."""
    from relapp.store import init_db
    from relapp.store.db import close_db
    from relapp.store.integrity import mark_clean_exit
    from relapp.ui import recovery

    path = tmp_path / "policy.sqlite3"
    init_db(path)
    close_db()
    mark_clean_exit(path)
    assert recovery.scan_at_start(path) is True  # small: scanned although it closed cleanly
    monkeypatch.setattr(recovery, "SCAN_ALWAYS_BELOW", 0)
    mark_clean_exit(path)
    assert recovery.scan_at_start(path) is False  # large and clean: background scan instead
    assert recovery.scan_at_start(path) is True  # the mark is used up: next time, scanned
