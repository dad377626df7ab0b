"""Is this database file healthy? A check that runs before the file is opened for real.

:func:`check_file` never writes to the file: it reads the 100-byte header, then opens the file
read-only and runs ``PRAGMA quick_check`` (or the slower ``integrity_check`` with ``full=True``).
The answer is an :class:`IntegrityReport` whose ``problem`` is a sentence a user can act on. A
missing or empty file is healthy (it becomes a new database). Start-up (``relapp.ui.recovery``),
restore and the backup list all use it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import NamedTuple

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_DETAIL_LINES = 5


class IntegrityReport(NamedTuple):
    """``kind`` is one of ``ok``, ``new`` (missing or empty), ``unreadable``, ``not_sqlite``,
    ``damaged``. ``detail`` holds SQLite's own words, for the log and the "details" box."""

    path: Path
    kind: str
    problem: str = ""
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.kind in ("ok", "new")


def readonly_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only (safe for any characters in the path)."""
    return Path(path).expanduser().absolute().as_uri() + "?mode=ro"


def _header_problem(head: bytes) -> str | None:
    if len(head) < 100 or head[:16] != SQLITE_HEADER:
        return "it is not an SQLite database, or its first page is damaged"
    page_size = int.from_bytes(head[16:18], "big")
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size & (page_size - 1):
        return "its header is damaged (impossible page size)"
    return None


def clean_mark(path: Path) -> Path:
    return path.with_name(path.name + ".clean-exit")


def mark_clean_exit(path: Path | str) -> None:
    """Record that the app closed ``path`` cleanly (the next start may skip the page scan)."""
    with contextlib.suppress(OSError):
        clean_mark(Path(path)).touch(mode=0o600)


def take_clean_exit_mark(path: Path | str) -> bool:
    """True when the last session closed ``path`` cleanly; the mark is removed, so a session that
    crashes or is killed leaves none and the next start scans every page."""
    mark = clean_mark(Path(path))
    try:
        mark.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


def check_file(path: Path | str, *, full: bool = False, scan: bool = True) -> IntegrityReport:
    """Check the database file at ``path`` without changing it. ``scan=False`` checks the header,
    the schema and the version only (milliseconds at any size) instead of every page."""
    path = Path(path).expanduser()
    try:
        if not path.exists():
            return IntegrityReport(path, "new")
        if path.is_dir():
            return IntegrityReport(path, "unreadable", f"{path} is a folder, not a database file")
        size = path.stat().st_size
        if size == 0:
            return IntegrityReport(path, "new")
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return IntegrityReport(path, "unreadable", f"{path} cannot be read: {exc.strerror or exc}")
    problem = _header_problem(head)
    if problem:
        return IntegrityReport(path, "not_sqlite", f"{path} cannot be opened: {problem}")
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=10)
    except sqlite3.Error as exc:
        return IntegrityReport(path, "unreadable", f"{path} cannot be opened: {exc}", str(exc))
    try:
        if scan:
            rows = conn.execute(
                "PRAGMA integrity_check" if full else "PRAGMA quick_check"
            ).fetchall()
        else:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            rows = [("ok",)]
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "unable to open" in str(exc) or "readonly" in str(exc):
            return IntegrityReport(path, "unreadable", f"{path} cannot be opened: {exc}", str(exc))
        return _damaged(path, str(exc))
    except sqlite3.DatabaseError as exc:
        return _damaged(path, str(exc))
    finally:
        conn.close()
    messages = [str(r[0]) for r in rows]
    if messages != ["ok"]:
        return _damaged(path, "\n".join(messages[:MAX_DETAIL_LINES]))
    return IntegrityReport(path, "ok")


def _damaged(path: Path, detail: str) -> IntegrityReport:
    lines = [line for line in detail.splitlines() if line.strip() and not line.startswith("***")]
    first = (lines or ["unknown error"])[0]
    return IntegrityReport(
        path, "damaged", f"{path} is damaged: SQLite found errors in it ({first})", detail
    )


def is_healthy(path: Path | str, *, full: bool = False) -> bool:
    """True when ``path`` exists and passes the check (a missing file is not a usable backup)."""
    report = check_file(path, full=full)
    return report.kind == "ok"
