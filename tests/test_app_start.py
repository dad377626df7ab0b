"""The real start-up path (``relapp --db FILE``) in a fresh process, offscreen: it opens (and
creates) the database, shows the window, installs the extensions, quits cleanly and leaves the
clean-exit mark that lets the next start skip the page scan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

RUN_BRIEFLY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def exec_briefly(*_args):
    app = QApplication.instance()
    def report():
        window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
        print("visible", window.isVisible(), "extensions", ",".join(sorted(window.extensions)), flush=True)
        app.quit()
    QTimer.singleShot(300, report)
    return _exec()
QApplication.exec = exec_briefly
from relapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELAPP_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-c", RUN_BRIEFLY, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_window_starts_and_exits_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "start.sqlite3"
    done = start(tmp_path, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "visible True" in done.stdout
    assert "reminders" in done.stdout and "tray" in done.stdout
    assert db.exists() and Path(f"{db}.clean-exit").exists()
    assert (tmp_path / "data" / "logs" / "relapp.log").exists()
    again = start(tmp_path, "--db", str(db))  # the mark is used up and written again
    assert again.returncode == 0 and Path(f"{db}.clean-exit").exists()


def test_a_file_that_is_not_a_database_is_refused_without_a_window(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    done = subprocess.run(
        [sys.executable, "-m", "relapp", "--db", str(junk), "contacts"],
        capture_output=True,
        text=True,
        env={**os.environ, "RELAPP_DATA_DIR": str(tmp_path / "data")},
        timeout=60,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert junk.read_text() == "not a database"
