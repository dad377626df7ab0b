"""The store's safety layer on real files: online-backup copies (also while another connection
writes), restoring into a live file, setting a damaged file aside, the integrity check, file modes,
and the busy/retry behaviour when another process holds the write lock."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
from pathlib import Path

import pytest

from relapp.services import contacts
from relapp.store import backup, init_db
from relapp.store import db as store_db
from relapp.store.integrity import check_file, is_healthy
from tests.corruption import damage_pages, fill, integrity

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_copy_is_a_complete_single_file_database(db, db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(first_name="Ada", notes="likes engines")
    target = backup.copy_database(db, tmp_path / "bk" / "copy.sqlite3")
    assert integrity(target) == ["ok"]
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("SELECT first_name FROM contact").fetchall() == [("Ada",)]
    con.close()
    assert not list(target.parent.glob("*.part"))


def test_copy_while_another_connection_writes_is_consistent(
    db, db_path: Path, tmp_path: Path
) -> None:
    stop = threading.Event()
    written = []

    def writer() -> None:
        con = sqlite3.connect(db_path, timeout=10)
        n = 0
        while not stop.is_set():
            n += 1
            with con:
                con.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{n}", "x" * 500))
            written.append(n)
        con.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = []
        for i in range(8):
            time.sleep(0.01)
            copies.append(backup.copy_database(db, tmp_path / f"c{i}.sqlite3"))
    finally:
        stop.set()
        thread.join()
    counts = []
    for c in copies:
        assert integrity(c) == ["ok"]
        con = sqlite3.connect(c)
        keys = {r[0] for r in con.execute("SELECT key FROM setting WHERE key LIKE 'k%'")}
        con.close()
        # a snapshot holds a prefix of what was committed: k1..kN, no gaps
        assert keys == {f"k{i}" for i in range(1, len(keys) + 1)}
        counts.append(len(keys))
    assert counts == sorted(counts) and counts[-1] > 0 and written


def test_restore_into_a_live_file_is_seen_by_other_connections(
    db, db_path: Path, tmp_path: Path
) -> None:
    contacts.create_contact(first_name="Ada")
    saved = backup.copy_database(db, tmp_path / "saved.sqlite3")
    contacts.create_contact(first_name="Bob")
    other = sqlite3.connect(db_path)  # another process would hold the file like this
    store_db.close_db()
    backup.restore_into(saved, db_path)
    assert [r[0] for r in other.execute("SELECT first_name FROM contact")] == ["Ada"]
    other.close()
    assert integrity(db_path) == ["ok"]


def test_set_aside_moves_the_file_with_its_wal_and_never_deletes(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"damaged")
    (tmp_path / "x.sqlite3-wal").write_bytes(b"wal")
    new = backup.set_aside(path)
    assert not path.exists() and not (tmp_path / "x.sqlite3-wal").exists()
    assert new.name.startswith("x.sqlite3.damaged-") and new.read_bytes() == b"damaged"
    assert Path(str(new) + "-wal").read_bytes() == b"wal"
    path.write_bytes(b"again")
    second = backup.set_aside(path)
    assert second != new and second.read_bytes() == b"again" and new.read_bytes() == b"damaged"


def test_integrity_check_kinds(db, db_path: Path, tmp_path: Path) -> None:
    assert check_file(tmp_path / "missing.sqlite3").kind == "new"
    assert check_file(db_path).kind == "ok" and is_healthy(db_path)
    text = tmp_path / "notes.txt"
    text.write_text("hello, not a database\n" * 20)
    report = check_file(text)
    assert (
        report.kind == "not_sqlite" and not report.ok and "not an SQLite database" in report.problem
    )
    assert check_file(tmp_path).kind == "unreadable"
    fill()
    store_db.close_db()
    before = db_path.read_bytes()
    damage_pages(db_path, first=3, count=8)
    damaged = db_path.read_bytes()
    report = check_file(db_path)
    assert report.kind == "damaged" and "damaged" in report.problem and report.detail
    assert db_path.read_bytes() == damaged != before  # the check never writes


def test_truncated_file_is_damaged(db, db_path: Path) -> None:
    fill()
    store_db.close_db()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    assert check_file(db_path).kind == "damaged"


@posix
def test_database_and_backups_are_private(db, db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(first_name="Ada")
    assert mode(db_path) == 0o600
    for side in ("-wal", "-shm"):
        p = Path(str(db_path) + side)
        if p.exists():
            assert mode(p) == 0o600
    old = os.umask(0o022)
    try:
        target = backup.backup_before_migration(db, path=db_path, from_version=1)
    finally:
        os.umask(old)
    assert mode(target) == 0o600 and mode(target.parent) == 0o700


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("BEGIN IMMEDIATE")
    return con


def test_write_that_stays_locked_gives_the_busy_message(db, db_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_db, "RETRY_DELAYS", (0.01, 0.01))
    db.execute_sql("PRAGMA busy_timeout = 50")
    holder = _hold_write_lock(db_path)
    try:
        with pytest.raises(store_db.DatabaseBusyError, match="the database is busy .*try again"):
            contacts.create_contact(first_name="Ada")
    finally:
        holder.rollback()
        holder.close()
    contacts.create_contact(first_name="Ada")  # the lock is gone: works, nothing half-written
    assert [c.display_name for c in contacts.Contact.select()] == ["Ada"]


def test_a_lock_released_within_the_retries_is_waited_out(db, db_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_db, "RETRY_DELAYS", (0.2, 0.2, 0.2))
    db.execute_sql("PRAGMA busy_timeout = 20")
    holder = _hold_write_lock(db_path)
    timer = threading.Timer(0.25, lambda: (holder.rollback(), holder.close()))
    timer.start()
    try:
        cid = store_db.retry_locked(lambda: contacts.create_contact(first_name="Bea"))
    finally:
        timer.join()
    assert contacts.get_contact(cid).first_name == "Bea"


def test_transactions_take_the_write_lock_first(db, db_path: Path) -> None:
    """A read-then-write transaction never fails on a stale snapshot: BEGIN IMMEDIATE."""
    contacts.create_contact(first_name="Ada")
    other = sqlite3.connect(db_path, timeout=5, isolation_level=None)
    with db.atomic():
        n = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
        # another writer cannot slip in between our read and our write
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("PRAGMA busy_timeout = 10")
            other.execute("INSERT INTO setting (key, value) VALUES ('x', '1')")
        db.execute_sql("INSERT INTO setting (key, value) VALUES ('count', ?)", (str(n),))
    other.close()


def test_init_db_reopens_after_restore(db, db_path: Path, tmp_path: Path) -> None:
    contacts.create_contact(first_name="Ada")
    saved = backup.copy_database(db, tmp_path / "saved.sqlite3")
    store_db.close_db()
    backup.restore_into(saved, db_path)
    init_db(db_path)
    assert [c.first_name for c in contacts.Contact.select()] == ["Ada"]


def test_a_damaged_database_is_not_backed_up(tmp_path) -> None:
    """A backup of a damaged file would push good backups out of the rotation: refused."""
    import pytest

    from relapp.errors import DatabaseError
    from relapp.services import backups, demo
    from relapp.store import init_db
    from relapp.store.db import close_db
    from tests.corruption import damage_pages, page_size

    path = tmp_path / "damaged.sqlite3"
    init_db(path)
    demo.populate(contacts=300, interactions_per_contact=2)
    close_db()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    damage_pages(path, first=path.stat().st_size // page_size(path) // 2, count=8)
    init_db(path)
    with pytest.raises(DatabaseError, match="damaged, so no backup was made"):
        backups.snapshot("manual")
    folder = path.parent / "backups"
    assert not folder.exists() or not any(folder.iterdir())  # nothing half-written left behind
