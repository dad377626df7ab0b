"""Opening the database: checks that give one clear error, the pragmas, then migrations.

``init_db(path)`` is the only way in. It refuses a path whose folder does not exist, a file that is
not SQLite, and a database written by a newer relapp, each as a :class:`DatabaseError`.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from relapp.errors import DatabaseError

database = peewee.DatabaseProxy()

SQLITE_HEADER = b"SQLite format 3\x00"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "cache_size": -64000,
    "synchronous": "normal",
    "busy_timeout": 10000,
}


def _check_file(path: Path) -> None:
    if not path.parent.is_dir():
        raise DatabaseError(f"cannot open database {path}: folder {path.parent} does not exist")
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"cannot open database {path}: it is a folder")
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise DatabaseError(f"cannot read database {path}: {exc.strerror}") from exc
        if head and head != SQLITE_HEADER:
            raise DatabaseError(f"{path} is not a relapp database (not an SQLite file)")


def make_database(path: Path | str) -> peewee.SqliteDatabase:
    """A configured, unopened SqliteDatabase for ``path``."""
    return peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=10, check_same_thread=False)


def init_db(path: Path | str, *, migrate: bool = True, backup: bool = True) -> peewee.SqliteDatabase:
    """Open ``path`` (creating a new file if needed), bind the models and bring the schema up to
    date. Returns the database. Raises :class:`DatabaseError` with a clear message on failure."""
    from relapp.store import migrations  # late: migrations import the models

    path = Path(path).expanduser()
    _check_file(path)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and os.name == "posix":
        # Created readable by the user alone; SQLite keeps the mode for -wal and -shm.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    db = make_database(path)
    close_db()
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if migrate:
            migrations.migrate(db, path=path, backup=backup)
    except DatabaseError:
        close_db()
        raise
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        close_db()
        raise DatabaseError(f"cannot open database {path}: {exc}") from exc
    except peewee.OperationalError as exc:  # pragma: no cover - same family as above
        close_db()
        raise DatabaseError(f"cannot open database {path}: {exc}") from exc
    return db


def close_db() -> None:
    """Close the current database, if any."""
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()


def db_path() -> Path | None:
    """The file behind the current database, or None when none is open."""
    obj = database.obj
    return Path(obj.database) if obj is not None else None
