"""CLI commands that look after the database file: ``backup`` and ``restore``.

``relapp backup`` writes a consistent copy (into the backups folder, or to FILE); ``--list`` shows
the backups. ``relapp restore FILE`` does not open the current database first (it may be the damaged
thing being replaced): it checks FILE, keeps a copy of the current database (or sets a damaged one
aside) and writes FILE into place.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from relapp.services import backups


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup", help="back up the database now (to the backups folder, or to FILE)"
    )
    p.add_argument(
        "file", nargs="?", help="a new file (or an existing folder) to write the backup to"
    )
    p.add_argument("--list", action="store_true", help="list the backups instead, newest first")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept)"
    )
    p.add_argument("file", help="the backup file to restore (see 'relapp backup --list')")
    p.set_defaults(handler=cmd_restore, needs_db=False)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"  # pragma: no cover


def cmd_backup(args: argparse.Namespace) -> int:
    if args.list:
        found = backups.list_backups()
        for info in found:
            print(
                f"{info.created:%Y-%m-%d %H:%M:%S}  {info.reason:<18} {_size(info.size):>9}  {info.path}"
            )
        if not found:
            print("no backups yet: try 'relapp backup'")
        return 0
    target = backups.back_up_now(Path(args.file) if args.file else None)
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from relapp.cli import db_path_from

    result = backups.restore(Path(args.file), db_file=db_path_from(args))
    print(f"restored {result.database} from {result.restored_from}")
    if result.previous is not None:
        print(f"the previous database was kept at {result.previous}")
    return 0
