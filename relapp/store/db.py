"""Opening the database: checks that give one clear error, the pragmas, then migrations.

``init_db(path)`` is the only way in. It refuses a path whose folder does not exist, a file that is
not SQLite, and a database written by a newer relapp, each as a :class:`DatabaseError`. Several
processes may share one file (the window and ``relapp log``): every transaction starts with
``BEGIN IMMEDIATE`` (it takes the write lock first, so it never fails half-way on a stale snapshot),
waits up to the busy timeout for another writer, is retried a few times, and then gives up with a
clear :class:`DatabaseBusyError` instead of a traceback. :func:`retry_locked` retries a whole
short transaction the same way.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import peewee

from relapp.errors import DatabaseError, UserError, ValidationError

log = logging.getLogger(__name__)
_peewee_log = logging.getLogger("peewee")

database = peewee.DatabaseProxy()

T = TypeVar("T")

BUSY_MESSAGE = "the database is busy (another relapp is writing); try again"
# Pauses (seconds) between attempts once the busy timeout has run out; len + 1 attempts in all.
RETRY_DELAYS: tuple[float, ...] = (0.2, 0.5)

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
        if not path.is_file():
            raise DatabaseError(f"cannot open database {path}: it is not a regular file")
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise DatabaseError(f"cannot read database {path}: {exc.strerror}") from exc
        if head and head != SQLITE_HEADER:
            raise DatabaseError(f"{path} is not a relapp database (not an SQLite file)")
        if head:
            _check_version_read_only(path)


def _check_version_read_only(path: Path) -> None:
    """Refuse a database from a newer relapp before anything (even a pragma) writes to it."""
    from relapp.store.migrations import LATEST

    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"cannot open database {path}: {exc}") from exc
    if version > LATEST:
        raise DatabaseError(
            f"{path} was written by a newer version of relapp (schema {version}, this version "
            f"understands up to {LATEST}); please update relapp"
        )


class DatabaseBusyError(UserError):
    """Another process kept the database locked through every retry."""

    def __init__(self, message: str = BUSY_MESSAGE) -> None:
        super().__init__(message)


def is_locked_error(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "busy" errors (worth retrying), False otherwise."""
    if not isinstance(exc, (peewee.OperationalError, sqlite3.OperationalError)):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class RelappDatabase(peewee.SqliteDatabase):
    """SqliteDatabase whose transactions take the write lock up front and retry when it is busy.

    ``BEGIN IMMEDIATE`` waits for other writers (busy timeout) before anything is read, so a
    transaction never has to be abandoned half-way with SQLITE_BUSY_SNAPSHOT; single statements
    outside a transaction are retried the same way. Nothing is retried once a transaction has
    done work: that is :func:`retry_locked`'s job (it re-runs the whole transaction).
    """

    def _log_query(self, sql: str, params: Any = None) -> None:
        # peewee logs each query *with its parameters* at DEBUG: notes and summaries would reach
        # the log file. Log the SQL alone (the rule: no user text in logs, even when debugging).
        if _peewee_log.isEnabledFor(logging.DEBUG):
            _peewee_log.debug("%s", sql)

    def begin(self, lock_type: str | None = None) -> None:
        _with_retries(lambda: super(RelappDatabase, self).begin(lock_type or "IMMEDIATE"))

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        conn = self._state.conn  # type: ignore[attr-defined]  # peewee: per-thread connection
        try:
            if self.in_transaction() or (conn is not None and conn.in_transaction):
                return super().execute_sql(sql, params)
            return _with_retries(lambda: super(RelappDatabase, self).execute_sql(sql, params))
        except UnicodeEncodeError as exc:
            # A lone UTF-16 surrogate (from a broken file or clipboard) cannot be stored as UTF-8:
            # refuse the write clearly; the transaction it was part of rolls back.
            raise ValidationError(
                "some text contains a character that cannot be stored (an unpaired surrogate, "
                f"at position {exc.start}); remove it and try again"
            ) from None
        except peewee.DatabaseError as exc:
            damaged = damaged_error(exc, self.database)
            if damaged is None:
                raise
            raise damaged from exc


def damaged_error(exc: BaseException, path: object = None) -> DatabaseError | None:
    """A clear :class:`DatabaseError` when ``exc`` says the file is damaged (SQLITE_CORRUPT,
    SQLITE_NOTADB), else None. Other errors (constraints, programming errors) are not masked."""
    if type(exc) not in (peewee.DatabaseError, sqlite3.DatabaseError):
        return None
    text = str(exc)
    if "malformed" not in text and "not a database" not in text:
        return None
    where = f"the database {path}" if path else "the database"
    return DatabaseError(
        f"{where} is damaged ({text}); restore a backup: see 'relapp backup --list', "
        "then 'relapp restore FILE' (the damaged file is kept)"
    )


def _with_retries(fn: Callable[[], T]) -> T:
    for delay in (*RETRY_DELAYS, None):
        try:
            return fn()
        except (peewee.OperationalError, sqlite3.OperationalError) as exc:
            if not is_locked_error(exc):
                raise
            if delay is None:
                log.warning("database still locked after %d attempts", len(RETRY_DELAYS) + 1)
                raise DatabaseBusyError() from exc
            time.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def retry_locked(fn: Callable[[], T]) -> T:
    """Run ``fn`` in one short transaction; if the database stays locked, roll back and run it
    again (a few times), then raise :class:`DatabaseBusyError`. ``fn`` must be safe to repeat
    (it is, when all it does is write inside this transaction)."""

    def attempt() -> T:
        with database.atomic():
            return fn()

    return _with_retries(attempt)


def make_database(path: Path | str) -> peewee.SqliteDatabase:
    """A configured, unopened database for ``path`` (see :class:`RelappDatabase`)."""
    return RelappDatabase(str(path), pragmas=PRAGMAS, timeout=10, check_same_thread=False)


def init_db(
    path: Path | str, *, migrate: bool = True, backup: bool = True
) -> peewee.SqliteDatabase:
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
