"""Backups as the user meets them: daily backups rotated over a fixed clock, event backups, "back
up now", and restore, which checks the backup, keeps the current database first and never
overwrites a damaged one. Also the privacy helpers and the modes of every file relapp writes."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from relapp import clock
from relapp.errors import UserError
from relapp.services import backups, contacts, interactions, privacy, settings
from relapp.store import db as store_db
from relapp.store.models import Contact
from tests.corruption import damage_pages, fill, integrity

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def names() -> list[str]:
    return sorted(c.first_name for c in Contact.select())


def names_in(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT first_name FROM contact"))
    finally:
        con.close()


def test_daily_backup_once_a_day_and_only_when_enabled(db) -> None:
    clock.set_now(dt.datetime(2025, 3, 3, 10, 0))
    first = backups.daily_backup()
    assert first is not None and first.exists()
    clock.set_now(dt.datetime(2025, 3, 3, 18, 0))
    assert backups.daily_backup() is None  # already made today
    settings.set("backup.daily_enabled", False)
    clock.set_now(dt.datetime(2025, 3, 4, 10, 0))
    assert backups.daily_backup() is None
    assert [b.reason for b in backups.list_backups()] == ["daily"]


def test_rotation_keeps_seven_days_and_four_older_weeks(db) -> None:
    start = dt.date(2025, 1, 1)  # a Wednesday
    for i in range(56):  # eight weeks of days, a second run on some days
        day = start + dt.timedelta(days=i)
        clock.set_now(dt.datetime.combine(day, dt.time(9, 0)))
        backups.daily_backup()
        if i % 5 == 0:
            clock.set_now(dt.datetime.combine(day, dt.time(23, 0)))
            backups.snapshot("daily")
    kept = [b.created for b in backups.list_backups() if b.reason == "daily"]
    last = dt.date(2025, 2, 25)  # day 55, a Tuesday
    assert [k.date() for k in kept[:7]] == [last - dt.timedelta(days=n) for n in range(7)]
    assert dt.datetime(2025, 2, 20, 23, 0) in kept  # the newest backup of a day is the one kept
    assert dt.datetime(2025, 2, 20, 9, 0) not in kept
    # then the newest backup (the Sunday) of each of the four weeks before the kept days
    assert [k.date() for k in kept[7:]] == [
        dt.date(2025, 2, 16),
        dt.date(2025, 2, 9),
        dt.date(2025, 2, 2),
        dt.date(2025, 1, 26),
    ]


def test_rotation_settings_are_honoured(db) -> None:
    settings.set("backup.keep_daily", 2)
    settings.set("backup.keep_weekly", 0)
    for i in range(10):
        clock.set_now(dt.date(2025, 5, 1) + dt.timedelta(days=i))
        backups.daily_backup()
    assert [b.created.date() for b in backups.list_backups()] == [
        dt.date(2025, 5, 10),
        dt.date(2025, 5, 9),
    ]


def test_event_backups_keep_the_newest_few_and_manual_ones_stay(db) -> None:
    for i in range(12):
        clock.set_now(dt.datetime(2025, 6, 1, 9, 0) + dt.timedelta(minutes=i))
        backups.snapshot("import")
        backups.back_up_now()
    found = backups.list_backups()
    assert sum(b.reason == "import" for b in found) == backups.KEEP_EVENT
    assert sum(b.reason == "manual" for b in found) == 12
    newest_import = max(b.created for b in found if b.reason == "import")
    assert newest_import == dt.datetime(2025, 6, 1, 9, 11)


def test_two_backups_in_one_second_do_not_collide(db) -> None:
    clock.set_now(dt.datetime(2025, 6, 1, 9, 0))
    a, b = backups.snapshot("manual"), backups.snapshot("manual")
    assert a != b and a.exists() and b.exists()


def test_back_up_now_to_a_file_or_folder(db, tmp_path: Path) -> None:
    contacts.create_contact(first_name="Ada")
    out = tmp_path / "out"
    out.mkdir()
    target = backups.back_up_now(out / "mine.sqlite3")
    assert names_in(target) == ["Ada"]
    with pytest.raises(UserError, match="already exists"):
        backups.back_up_now(target)
    in_folder = backups.back_up_now(out)
    assert in_folder.parent == out and names_in(in_folder) == ["Ada"]
    with pytest.raises(UserError, match="does not exist"):
        backups.back_up_now(tmp_path / "nowhere" / "x.sqlite3")


def test_restore_keeps_a_copy_of_the_current_database_first(db, db_path: Path) -> None:
    contacts.create_contact(first_name="Ada")
    saved = backups.snapshot("manual")
    contacts.create_contact(first_name="Bob")
    result = backups.restore(saved)
    assert names() == ["Ada"]  # reopened: services work on the restored data
    assert result.previous is not None and result.previous.parent == db_path.parent / "backups"
    assert names_in(result.previous) == ["Ada", "Bob"]  # nothing lost: the replaced data is kept
    assert integrity(db_path) == ["ok"]
    contacts.create_contact(first_name="Cy")
    assert names() == ["Ada", "Cy"]


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db, db_path: Path) -> None:
    fill()
    saved = backups.snapshot("manual")
    damage_pages(saved, first=3, count=10)
    before = sorted(c.display_name for c in Contact.select())
    with pytest.raises(UserError, match="cannot restore: .*damaged.*nothing was changed"):
        backups.restore(saved)
    assert sorted(c.display_name for c in Contact.select()) == before
    assert [b.reason for b in backups.list_backups()] == ["manual"]  # no pre-restore copy made


def test_restore_refuses_foreign_and_newer_files(db, tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="not a relapp database"):
        backups.restore(foreign)
    newer = backups.snapshot("manual")
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 999")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="newer version"):
        backups.restore(newer)
    with pytest.raises(UserError, match="no backup file"):
        backups.restore(tmp_path / "missing.sqlite3")


def test_restore_over_a_damaged_database_sets_it_aside(db, db_path: Path) -> None:
    fill(20)
    saved = backups.snapshot("manual")
    contacts.create_contact(first_name="Zed")
    store_db.close_db()
    damage_pages(db_path, first=3, count=10)
    damaged = db_path.read_bytes()
    result = backups.restore(saved, db_file=db_path)
    assert result.previous is not None and result.previous.name.startswith(
        "relapp.sqlite3.damaged-"
    )
    assert result.previous.read_bytes() == damaged  # kept byte for byte, not overwritten
    assert names() == names_in(saved) and "Zed" not in names()


def test_newest_good_backup_skips_damaged_ones(db) -> None:
    fill(20)
    clock.set_now(dt.datetime(2025, 1, 1, 9, 0))
    good = backups.snapshot("daily")
    clock.set_now(dt.datetime(2025, 1, 2, 9, 0))
    bad = backups.snapshot("daily")
    damage_pages(bad, first=3, count=10)
    assert backups.newest_good_backup().path == good


def test_snapshot_while_another_process_writes(db, db_path: Path) -> None:
    """A backup taken while `relapp log` runs in another process is complete and consistent."""
    cid = contacts.create_contact(first_name="Ada")
    code = (
        "import sys\nfrom relapp.cli import main\n"
        f"for i in range(150):\n    assert main(['--db', {str(db_path)!r}, 'log', '{cid}', '--kind', 'call']) == 0\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL)
    copies = []
    try:
        while proc.poll() is None and len(copies) < 40:
            copies.append(backups.snapshot("manual"))
    finally:
        assert proc.wait(60) == 0
    assert copies
    for c in copies:
        assert integrity(c) == ["ok"]
    interactions_now = len(interactions.timeline(cid))
    assert interactions_now == 150


def test_folder_is_shared(tmp_path: Path) -> None:
    if os.name != "posix":
        assert not privacy.folder_is_shared(tmp_path)
        return
    shared, private = tmp_path / "shared", tmp_path / "private"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    private.mkdir()
    os.chmod(private, 0o700)
    assert privacy.folder_is_shared(shared)
    assert not privacy.folder_is_shared(private)
    assert not privacy.folder_is_shared(
        private / "not-yet" / "export.csv"
    )  # nearest existing folder
    assert privacy.folder_is_shared(shared / "export.vcf")
    os.chmod(shared, 0o750)
    assert privacy.folder_is_shared(shared)  # group can read it
    os.chmod(shared, 0o711)
    assert not privacy.folder_is_shared(shared)


@posix
def test_every_file_relapp_writes_is_private(db, db_path: Path, tmp_path: Path) -> None:
    from relapp.logging_setup import setup_logging

    old = os.umask(0o022)  # a typical umask: without care, files would be world-readable
    try:
        contacts.create_contact(first_name="Ada")
        snap = backups.snapshot("manual")
        daily = backups.daily_backup()
        log_file = setup_logging(tmp_path / "logs")
        logging.getLogger("relapp.test").warning("hello")
        result = backups.restore(snap)
    finally:
        os.umask(old)
        root = logging.getLogger()
        for h in [h for h in root.handlers if getattr(h, "_relapp_handler", False)]:
            root.removeHandler(h)
            h.close()
    files = [db_path, snap, daily, log_file, result.previous]
    for f in files:
        assert f is not None and stat.S_IMODE(f.stat().st_mode) == 0o600, f
        assert privacy.is_private(f)
    for folder in (snap.parent, log_file.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
