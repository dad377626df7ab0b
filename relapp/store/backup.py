"""Consistent copies of the database file with SQLite's online backup API, and restoring one.

Used before every migration and, through :mod:`relapp.services.backups`, daily, before imports and
on request. A copy is taken in one step (one read transaction), so it is a complete, valid database
even while this or another process writes. Copies are single self-contained files (rollback
journal, not WAL), written to ``NAME.part`` first and renamed into place, readable by the user
alone (0600 in a 0700 folder on POSIX). :func:`restore_into` goes the other way: it writes a backup
into the live database file through the same API, under SQLite's own locks, so a process that still
has the file open sees the restored data instead of writing into a replaced file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import peewee

from relapp import clock
from relapp.errors import DatabaseError
from relapp.paths import backup_dir, ensure_private_dir
from relapp.store.integrity import readonly_uri

STAMP_FORMAT = "%Y%m%d-%H%M%S"


def _create_private(path: Path) -> None:
    """Create ``path`` empty, 0600 on POSIX (SQLite keeps an existing file's mode)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _backup_connection(
    source: sqlite3.Connection, target: Path, *, private_dir: bool = True, verify: bool = False
) -> Path:
    if private_dir:
        ensure_private_dir(target.parent)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    _create_private(tmp)
    dest = sqlite3.connect(str(tmp))
    try:
        source.backup(dest)  # pages=-1: one step, one consistent snapshot
        dest.execute("PRAGMA journal_mode=DELETE")  # a single file, readable without -wal/-shm
        dest.commit()
        if verify:
            # A backup of a damaged database would only push good backups out of the rotation.
            found = [str(r[0]) for r in dest.execute("PRAGMA quick_check").fetchall()]
            if found != ["ok"]:
                raise DatabaseError(
                    "the database is damaged, so no backup was made "
                    f"({found[0] if found else 'unknown error'}); restore an earlier backup"
                )
    except sqlite3.DatabaseError as exc:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise DatabaseError(
            f"the database is damaged, so no backup was made ({exc}); restore an earlier backup"
        ) from exc
    except BaseException:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise
    dest.close()
    os.replace(tmp, target)
    _fsync_dir(target.parent)
    return target


def copy_database(db: peewee.SqliteDatabase, target: Path, *, private_dir: bool = True) -> Path:
    """Write a consistent copy of ``db`` to ``target`` (created 0600 on POSIX) and return it; the
    copy is checked page by page first, and a damaged database is refused with DatabaseError.
    With ``private_dir`` (the backups folder) the folder is made 0700 too; a folder the user
    picked is left as it is."""
    return _backup_connection(db.connection(), target, private_dir=private_dir, verify=True)


def copy_file(source: Path, target: Path) -> Path:
    """Consistent copy of the database file ``source`` (which may be in use) to ``target``.
    Raises ``sqlite3.DatabaseError`` when ``source`` cannot be read as a database."""
    src = sqlite3.connect(readonly_uri(source), uri=True, timeout=10)
    try:
        return _backup_connection(src, target)
    finally:
        src.close()


def restore_into(source: Path, target: Path) -> None:
    """Replace the contents of the database file ``target`` with the database ``source``.

    Done with the backup API inside SQLite's locking (waits up to 10 s for other writers), in one
    transaction: ``target`` holds either all of its old pages or all of the new ones, never a mix.
    A missing ``target`` is created 0600."""
    if not target.exists():
        _create_private(target)
    src = sqlite3.connect(readonly_uri(source), uri=True, timeout=10)
    try:
        dest = sqlite3.connect(str(target), timeout=10)
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()


def set_aside(path: Path, label: str = "damaged") -> Path:
    """Rename a database file that must not be used or overwritten (with its ``-wal`` and ``-shm``)
    to ``NAME.<label>-<stamp>`` beside it, and return the new path. Nothing is deleted."""
    base = path.with_name(f"{path.name}.{label}-{stamp()}")
    new, n = base, 1
    while new.exists():
        n += 1
        new = base.with_name(f"{base.name}-{n}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, new.with_name(new.name + suffix))
    os.replace(path, new)
    _fsync_dir(path.parent)
    return new


def stamp() -> str:
    """The time stamp used in backup file names (``YYYYmmdd-HHMMSS``), from the app clock."""
    return clock.now().strftime(STAMP_FORMAT)


def backup_before_migration(db: peewee.SqliteDatabase, *, path: Path, from_version: int) -> Path:
    target = backup_dir(path) / f"{path.stem}-pre-migration-v{from_version}-{stamp()}.sqlite3"
    return copy_database(db, target)
