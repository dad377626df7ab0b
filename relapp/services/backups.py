"""Backups: snapshots on request, daily while running, before imports; rotation; restore.

Every backup is a consistent copy made with SQLite's online backup API (see
:mod:`relapp.store.backup`), named ``<db stem>-<reason>-<YYYYmmdd-HHMMSS>.sqlite3`` in the
``backups`` folder beside the database (0700, files 0600). Reasons: ``daily``, ``manual``,
``import``, ``pre-restore``, ``pre-migration-vN``. Rotation keeps the newest daily backup of each
of the last ``backup.keep_daily`` days, then the newest of each of ``backup.keep_weekly`` older
weeks; the newest :data:`KEEP_EVENT` of each event kind (import, pre-restore, pre-migration);
manual backups are never deleted automatically. :func:`restore` checks the backup, keeps a copy
of the current database (or sets a damaged one aside), then writes the backup into place.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from relapp import clock
from relapp.errors import NotFoundError, UserError
from relapp.paths import backup_dir, default_db_path, ensure_private_dir
from relapp.services import settings
from relapp.store import backup as store_backup
from relapp.store.db import BUSY_MESSAGE, close_db, database, db_path, init_db
from relapp.store.integrity import check_file, readonly_uri

log = logging.getLogger(__name__)

KEEP_EVENT = 5  # newest backups kept per event kind (import, pre-restore, pre-migration)
PART_MAX_AGE = 3600.0  # seconds; an older *.part file is a leftover of an interrupted backup
_REASON = re.compile(r"^[a-z][a-z0-9-]*$")
_NAME = re.compile(
    r"^(?P<reason>[a-z][a-z0-9-]*?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$"
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int

    @property
    def family(self) -> str:
        """``pre-migration-v3`` -> ``pre-migration``; other reasons are their own family."""
        return "pre-migration" if self.reason.startswith("pre-migration") else self.reason


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    previous: Path | None  # the copy (or the set-aside damaged file) of what was there before


def _db_file(path: Path | None = None) -> Path:
    return Path(path or db_path() or default_db_path()).expanduser()


def _open_db_file() -> Path:
    current = db_path()
    if current is None or database.obj is None:
        raise UserError("no database is open")
    return current


def _target(reason: str, db_file: Path, folder: Path | None = None) -> Path:
    if not _REASON.match(reason):
        raise ValueError(f"bad backup reason {reason!r}")
    folder = folder or backup_dir(db_file)
    base = folder / f"{db_file.stem}-{reason}-{store_backup.stamp()}"
    target, n = base.with_name(base.name + ".sqlite3"), 1
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}.sqlite3")
    return target


def snapshot(reason: str) -> Path:
    """A consistent copy of the open database in the backups folder, made while the app (or
    another process) may be writing; returns its path. ``reason`` names it (``import``...)."""
    current = _open_db_file()
    target = store_backup.copy_database(database.obj, _target(reason, current))
    log.info("backup (%s) written to %s", reason, target)
    if reason != "manual":
        rotate()
    return target


def back_up_now(target: Path | None = None) -> Path:
    """Back up the open database now: into the backups folder, or to ``target`` (a new file, or
    an existing folder to put it in). Returns the new file."""
    if target is None:
        return snapshot("manual")
    current = _open_db_file()
    target = Path(target).expanduser()
    if target.is_dir():
        target = _target("manual", current, folder=target)
    if target.exists():
        raise UserError(f"{target} already exists; choose a new file name")
    if not target.parent.is_dir():
        raise UserError(f"cannot write {target}: folder {target.parent} does not exist")
    try:
        store_backup.copy_database(database.obj, target, private_dir=False)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror or exc}") from exc
    log.info("backup written to %s", target)
    return target


def list_backups(db_file: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_file`` (default: the open database), newest first."""
    db_file = _db_file(db_file)
    folder = backup_dir(db_file)
    if not folder.is_dir():
        return []
    found = []
    prefix = db_file.stem + "-"
    for entry in folder.iterdir():
        if not entry.name.startswith(prefix) or not entry.is_file():
            continue
        m = _NAME.match(entry.name[len(prefix) :])
        if not m:
            continue
        created = dt.datetime.strptime(m["stamp"], store_backup.STAMP_FORMAT)
        st = entry.stat()
        found.append(
            (
                created,
                int(m["n"] or 1),
                st.st_mtime_ns,
                BackupInfo(entry, created, m["reason"], st.st_size),
            )
        )
    found.sort(key=lambda t: t[:3], reverse=True)
    return [t[3] for t in found]


def backup_problem(path: Path) -> str | None:
    """Why ``path`` cannot be restored (damaged, not relapp's, too new), or None when it can."""
    from relapp.store.migrations import LATEST

    report = check_file(path)
    if report.kind == "new":
        return f"{path} is missing or empty"
    if not report.ok:
        return report.problem
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"{path} cannot be read: {exc}"
    if version > LATEST:
        return f"{path} was written by a newer version of relapp (schema {version}); please update relapp"
    if version < 1 or "contact" not in tables:
        return f"{path} is not a relapp database"
    return None


def newest_good_backup(db_file: Path | None = None) -> BackupInfo | None:
    """The newest backup of ``db_file`` that passes the integrity check, or None."""
    for info in list_backups(db_file):
        if backup_problem(info.path) is None:
            return info
        log.warning("skipping unusable backup %s", info.path)
    return None


def has_backup_on(day: dt.date, reason: str = "daily", db_file: Path | None = None) -> bool:
    return any(b.reason == reason and b.created.date() == day for b in list_backups(db_file))


def daily_backup() -> Path | None:
    """Make today's daily backup if it is enabled and not made yet; returns it, or None."""
    if not settings.get("backup.daily_enabled"):
        return None
    if has_backup_on(clock.today()):
        return None
    return snapshot("daily")


def _keep_dailies(dailies: list[BackupInfo], keep_daily: int, keep_weekly: int) -> set[Path]:
    keep: set[Path] = set()
    days: set[dt.date] = set()
    rest = []
    for b in dailies:  # newest first
        day = b.created.date()
        if day in days:
            continue
        if len(days) < keep_daily:
            days.add(day)
            keep.add(b.path)
        else:
            rest.append(b)
    weeks: set[tuple[int, int]] = set()
    for b in rest:
        week = tuple(b.created.isocalendar())[:2]
        if week in weeks or any(d.isocalendar()[:2] == week for d in days):
            continue  # a week already represented by a kept daily backup
        if len(weeks) >= keep_weekly:
            break
        weeks.add(week)  # type: ignore[arg-type]
        keep.add(b.path)
    return keep


def rotate(db_file: Path | None = None) -> list[Path]:
    """Delete the backups the retention rules no longer keep; returns what was deleted."""
    keep_daily = max(1, int(settings.get("backup.keep_daily")))
    keep_weekly = max(0, int(settings.get("backup.keep_weekly")))
    backups = list_backups(db_file)
    keep = _keep_dailies([b for b in backups if b.reason == "daily"], keep_daily, keep_weekly)
    counts: dict[str, int] = {}
    for b in backups:
        if b.reason in ("daily", "manual"):
            continue
        counts[b.family] = counts.get(b.family, 0) + 1
        if counts[b.family] <= KEEP_EVENT:
            keep.add(b.path)
    deleted = []
    for b in backups:
        if b.reason != "manual" and b.path not in keep:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    folder = backup_dir(_db_file(db_file))
    if folder.is_dir():
        for part in folder.glob("*.part"):
            if time.time() - part.stat().st_mtime > PART_MAX_AGE:
                part.unlink(missing_ok=True)
    if deleted:
        log.info("rotated backups: %d deleted", len(deleted))
    return deleted


def restore(path: Path, *, db_file: Path | None = None, reopen: bool = True) -> RestoreResult:
    """Replace the database with the backup ``path``.

    The backup is verified first (nothing changes if it is unusable). The current database is
    closed; a healthy one is copied to a ``pre-restore`` backup, a damaged or unreadable one is
    renamed aside (``NAME.damaged-<stamp>``), never overwritten. The backup is then written into
    place in one transaction and, with ``reopen``, opened (and migrated) with ``init_db``."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise NotFoundError(f"no backup file {path}")
    target = _db_file(db_file)
    if target.exists() and path.resolve() == target.resolve():
        raise UserError(f"{path} is the database itself; choose a backup file")
    problem = backup_problem(path)
    if problem:
        raise UserError(f"cannot restore: {problem}; nothing was changed")
    was_open = db_path() is not None and not database.obj.is_closed()
    close_db()
    previous: Path | None = None
    try:
        if target.exists() and target.stat().st_size > 0:
            if check_file(target).ok:
                ensure_private_dir(backup_dir(target))
                previous = store_backup.copy_file(target, _target("pre-restore", target))
            else:
                previous = store_backup.set_aside(target)
            log.info("kept the previous database at %s", previous)
        store_backup.restore_into(path, target)
    except (OSError, sqlite3.Error) as exc:
        if was_open and check_file(target).kind == "ok":
            init_db(target)  # the copy failed or the restore rolled back: carry on as before
        reason = (
            BUSY_MESSAGE if "locked" in str(exc) else (getattr(exc, "strerror", None) or str(exc))
        )
        raise UserError(
            f"cannot restore from {path}: {reason}; the database was not changed"
        ) from exc
    log.info("restored %s from %s", target, path)
    if reopen:
        init_db(target)
        rotate(target)
    return RestoreResult(database=target, restored_from=path, previous=previous)
