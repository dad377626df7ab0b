"""Test set-up shared by every test: headless Qt, an isolated data folder, a real database file.

``QT_QPA_PLATFORM=offscreen`` is set before anything imports Qt. Every test gets its own data
folder (``RELAPP_DATA_DIR``) so nothing touches the user's files; the ``db`` fixture opens a fresh
SQLite file there through the same ``init_db`` the app uses. The clock is reset after each test.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from relapp import clock  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("RELAPP_DATA_DIR", str(data))
    monkeypatch.delenv("RELAPP_DB", raising=False)
    monkeypatch.delenv("RELAPP_FAKE_NOW", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield
    clock.set_now(None)
    from relapp.store.db import close_db

    close_db()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "relapp.sqlite3"


@pytest.fixture
def db(db_path: Path):
    """A fresh, migrated database file, opened as the app opens it."""
    from relapp.store import init_db

    return init_db(db_path)


@pytest.fixture
def run_cli(db_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run ``relapp --db <test db> ARGS...`` in-process; returns (exit code, stdout, stderr)."""
    from relapp.cli import main

    def run(*args: str, db: Path | None = None) -> tuple[int, str, str]:
        code = main(["--db", str(db or db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
