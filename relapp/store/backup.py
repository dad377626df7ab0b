"""Consistent copies of the database file with SQLite's online backup API.

Used before every migration (and, from the backups feature, daily and before imports). A copy is
made while the app may be writing and is always a complete, valid database.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import peewee

from relapp.paths import backup_dir, ensure_private_dir


def copy_database(db: peewee.SqliteDatabase, target: Path) -> Path:
    """Write a consistent copy of ``db`` to ``target`` (created 0600 on POSIX) and return it."""
    ensure_private_dir(target.parent)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    if os.name == "posix":
        os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600))
    dest = sqlite3.connect(str(tmp))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    os.replace(tmp, target)
    return target


def backup_before_migration(db: peewee.SqliteDatabase, *, path: Path, from_version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir(path) / f"{path.stem}-pre-migration-v{from_version}-{stamp}.sqlite3"
    return copy_database(db, target)
