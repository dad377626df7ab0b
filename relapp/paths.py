"""Where relapp keeps its files: the database, backups and logs, from platformdirs.

Every location can be overridden: the database with ``--db PATH`` or ``RELAPP_DB``, the whole data
folder with ``RELAPP_DATA_DIR`` (tests use it). Nothing is created at import time; call
:func:`ensure_private_dir` when a folder is about to be written.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from relapp import APP_AUTHOR, APP_NAME

DB_FILENAME = "relapp.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("RELAPP_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    env = os.environ.get("RELAPP_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME


def backup_dir(db_path: Path | None = None) -> Path:
    """Backups sit beside the database they protect, in a ``backups`` folder."""
    base = (db_path or default_db_path()).expanduser().resolve().parent
    return base / "backups"


def log_dir() -> Path:
    override = os.environ.get("RELAPP_DATA_DIR")
    if override:
        return Path(override).expanduser() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The user's config folder (XDG_CONFIG_HOME on Linux), used for autostart entries."""
    return Path(platformdirs.user_config_dir())


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user alone (0700 on POSIX)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)
    return path
