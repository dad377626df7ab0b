"""Schema versions: a first-version file migrates with its data intact and a backup beside it; a
newer or foreign file is refused without being touched."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from relapp.errors import DatabaseError
from relapp.services import checkins, contact_list, health
from relapp.store import init_db
from relapp.store.migrations import LATEST, V1_SCHEMA, V2_SCHEMA, V3_SCHEMA


def make_v1_file(path: Path) -> None:
    """A database exactly as schema version 1 wrote it, with one contact in it."""
    con = sqlite3.connect(path)
    con.executescript(V1_SCHEMA)
    con.execute(
        "INSERT INTO contact (uid, created_at, updated_at, first_name, last_name, nickname, display_name, company,"
        " title, relationship, how_met, location, timezone, works_on, excited_about, finds_hard, preferences,"
        " topics_next, notes, archived) VALUES ('u-1', '2025-01-01 10:00:00', '2025-01-01 10:00:00', 'Ada',"
        " 'Lovelace', '', 'Ada Lovelace', 'Analytical Engines', 'Mathematician', 'mentor', '', '', '', '', '', '',"
        " '', '', 'loves difference engines', 0)"
    )
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_v1_file_migrates_with_data_and_backup(db_path: Path) -> None:
    make_v1_file(db_path)
    before = digest(db_path)
    db = init_db(db_path)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST
    ids = contact_list.ordered_ids(contact_list.ContactFilter(text="difference"))
    assert len(ids) == 1  # the v2 search index was filled from the existing contact
    row = db.execute_sql("SELECT display_name, company, uid FROM contact").fetchone()
    assert row == ("Ada Lovelace", "Analytical Engines", "u-1")
    backups = list((db_path.parent / "backups").glob("*pre-migration-v1*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT display_name FROM contact").fetchall() == [("Ada Lovelace",)]
    con.close()
    assert before  # the original bytes were read before migrating


def test_new_database_needs_no_backup(db_path: Path) -> None:
    init_db(db_path)
    assert not (db_path.parent / "backups").exists()


def test_newer_schema_is_refused_and_untouched(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE future (x)")
    con.execute(f"PRAGMA user_version = {LATEST + 1}")
    con.commit()
    con.close()
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="newer version of relapp"):
        init_db(db_path)
    assert digest(db_path) == before


def test_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text, not a database\n")
    with pytest.raises(DatabaseError, match="not a relapp database"):
        init_db(path)
    assert path.read_text() == "just some text, not a database\n"


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        init_db(tmp_path / "no" / "such" / "x.db")


def test_new_file_is_private(db_path: Path) -> None:
    init_db(db_path)
    assert db_path.stat().st_mode & 0o777 == 0o600


def make_v3_file(path: Path) -> None:
    """A schema-3 file (frozen DDL) with two people and a timeline, as relapp 3 wrote it."""
    con = sqlite3.connect(path)
    con.executescript(V1_SCHEMA + V2_SCHEMA + V3_SCHEMA)
    for cid, name in ((1, "Ada Lovelace"), (2, "Alan Turing")):
        con.execute(
            "INSERT INTO contact (id, uid, created_at, updated_at, first_name, last_name, nickname,"
            " display_name, company, title, relationship, how_met, location, timezone, works_on,"
            " excited_about, finds_hard, preferences, topics_next, notes, archived,"
            " last_interaction_at) VALUES (?, ?, '2025-01-01 10:00:00', '2025-01-01 10:00:00', ?,"
            " '', '', ?, '', '', 'client', '', '', '', '', '', '', '', '', '', 0, NULL)",
            (cid, f"u-{cid}", name, name),
        )
    timeline = [  # (interaction id, contact ids, when, started by)
        (1, (1, 2), "2026-02-27 09:30:00", "me"),
        (2, (1,), "2026-02-10 12:00:00", "them"),
        (3, (1,), "2026-01-03 18:00:00", None),
        (4, (1,), "2025-12-24 08:00:00", "them"),
        (5, (2,), "2025-06-01 08:00:00", "them"),
    ]
    for iid, cids, when, by in timeline:
        con.execute(
            "INSERT INTO interaction (id, uid, created_at, updated_at, occurred_at, kind, summary,"
            " notes, initiated_by) VALUES (?, ?, ?, ?, ?, 'call', '', '', ?)",
            (iid, f"i-{iid}", when, when, when, by),
        )
        for cid in cids:
            con.execute("INSERT INTO interaction_contact VALUES (?, ?, ?)", (iid, cid, when))
    con.execute(
        "UPDATE contact SET last_interaction_at = (SELECT max(occurred_at) FROM"
        " interaction_contact WHERE contact_id = contact.id)"
    )
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()


def test_v3_file_gains_each_contacts_recent_activity(db_path: Path) -> None:
    make_v3_file(db_path)
    db = init_db(db_path)
    assert db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST
    columns = "last_day, third_last_day, started_third_day, started_me_day, started_them_day"
    migrated = db.execute_sql(f"SELECT id, {columns} FROM contact ORDER BY id").fetchall()
    day = health.day_number
    assert migrated == [
        (
            1,
            day(dt.date(2026, 2, 27)),
            day(dt.date(2026, 1, 3)),
            day(dt.date(2025, 12, 24)),  # the third with a known starter skips the unknown one
            day(dt.date(2026, 2, 27)),
            day(dt.date(2026, 2, 10)),
        ),
        (
            2,
            day(dt.date(2026, 2, 27)),
            None,
            None,
            day(dt.date(2026, 2, 27)),
            day(dt.date(2025, 6, 1)),
        ),
    ]
    checkins.refresh()  # what the services keep up afterwards agrees with the migration
    assert db.execute_sql(f"SELECT id, {columns} FROM contact ORDER BY id").fetchall() == migrated
    assert list((db_path.parent / "backups").glob("*pre-migration-v3*.sqlite3"))
