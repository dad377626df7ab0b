"""Keeping relapp's files private: who else can read a folder, and making files user-only.

The database, its backups and the logs are created 0600 in 0700 folders on POSIX (see
:mod:`relapp.paths` and :mod:`relapp.store.backup`). Exports go wherever the user says; before
writing into a folder other users can read, the export dialog asks first, using
:func:`folder_is_shared`. On Windows these checks answer "private" (ACLs are not mode bits).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def _existing(path: Path) -> Path | None:
    path = Path(path).expanduser()
    while not path.exists():
        if path.parent == path:
            return None
        path = path.parent
    return path


def folder_is_shared(path: Path | str) -> bool:
    """True when the folder ``path`` (or, for a file or a path not created yet, the nearest
    existing folder above it) can be read or listed by users other than its owner."""
    if os.name != "posix":
        return False
    found = _existing(Path(path))
    if found is None:
        return False
    if not found.is_dir():
        found = found.parent
    mode = found.stat().st_mode
    return bool(mode & (stat.S_IRGRP | stat.S_IROTH))


def is_private(path: Path | str) -> bool:
    """True when only the owner has any access to ``path`` (mode bits; always True off POSIX)."""
    if os.name != "posix":
        return True
    return not Path(path).stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO)


def make_private(path: Path | str) -> None:
    """Set ``path`` to 0600 (file) or 0700 (folder) on POSIX; a failure is ignored (not ours)."""
    if os.name != "posix":
        return
    p = Path(path)
    with contextlib.suppress(OSError):
        os.chmod(p, 0o700 if p.is_dir() else 0o600)
