"""The real start-up path (``relapp --db FILE``) in a fresh process, offscreen: it opens (and
creates) the database, shows the window, installs the extensions, quits cleanly and leaves the
clean-exit mark that lets the next start skip the page scan."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_for(ms: int, message: str) -> str:
    """Script tail: start relapp with the child's arguments; once the event loop starts, print
    ``message``, then quit after ``ms`` milliseconds."""
    return f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def exec_a_while(*_args):
    print({message!r}, flush=True)
    QTimer.singleShot({ms}, QApplication.instance().quit)
    return _exec()
QApplication.exec = exec_a_while
from relapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


RUN_BRIEFLY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def exec_briefly(*_args):
    app = QApplication.instance()
    def report():
        window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
        import gc
        print("visible", window.isVisible(), "extensions", ",".join(sorted(window.extensions)),
              "gc", gc.isenabled(), flush=True)
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
    assert "gc True" in done.stdout  # the collector, paused during start-up, runs again
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


LARGE_FILE_PROBE = """
import sys
import relapp.ui.recovery as recovery
import relapp.ui.recovery_dialog as recovery_dialog
recovery.SCAN_ALWAYS_BELOW = 0  # behave as with a large file
def choose_quit(dialog):
    print("recovery offered:", dialog.report.kind, flush=True)
    return recovery_dialog.Choice.QUIT
recovery_dialog.RecoveryDialog.run = choose_quit
from PySide6.QtWidgets import QMessageBox
def report(parent, title, text, *args, **kwargs):
    print("message:", title, flush=True)
QMessageBox.critical = staticmethod(report)
""" + run_for(5000, "window opened")


def test_damage_in_a_large_cleanly_closed_file_is_found_in_the_background(tmp_path: Path) -> None:
    """A large file closed cleanly opens after the quick header-and-schema check; the page scan
    then runs in the background, finds the damage, says so and closes without the clean-exit
    mark, so the next start scans first and offers the recovery dialog. Nothing is written."""
    import sqlite3

    from relapp.services import demo
    from relapp.store import init_db
    from relapp.store.db import close_db
    from relapp.store.integrity import clean_mark, mark_clean_exit
    from tests.corruption import damage_pages, page_size

    db = tmp_path / "damaged.sqlite3"
    init_db(db)
    demo.populate(contacts=400, interactions_per_contact=2)
    close_db()
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    # The second half of the file: data and index pages (the schema sits at the start), so the
    # quick header-and-schema check passes.
    pages = db.stat().st_size // page_size(db)
    damage_pages(db, first=pages // 2 + 1, count=pages - pages // 2)
    before = db.read_bytes()
    mark_clean_exit(db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELAPP_DATA_DIR": str(tmp_path / "data")}

    def start_app() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", LARGE_FILE_PROBE, "--db", str(db)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    first = start_app()
    assert "window opened" in first.stdout and "message: The database is damaged" in first.stdout
    assert first.returncode == 2 and not clean_mark(db).exists()
    second = start_app()
    assert "recovery offered: damaged" in second.stdout and "window opened" not in second.stdout
    assert second.returncode == 1  # the user chose Quit
    assert db.read_bytes() == before  # never written


def test_no_display_is_one_clear_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["RELAPP_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "relapp", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2 and "no display" in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_minimized_without_a_tray_still_shows_the_window(tmp_path: Path) -> None:
    """--minimized starts in the tray; where there is none (offscreen here), the window shows."""
    done = start(tmp_path, "--db", str(tmp_path / "m.sqlite3"), "--minimized")
    assert done.returncode == 0, done.stderr
    assert "visible True" in done.stdout and "tray" in done.stdout


RUN_AND_REPORT_RAISES = """
import os, sys, time
from relapp.ui.main_window import MainWindow
_init = MainWindow.__init__
def slow_init(self, *args, **kwargs):
    print("building the window", flush=True)  # the database is claimed by now
    time.sleep(float(os.environ.get("SLOW_START", "0")))  # as when opening a large file
    _init(self, *args, **kwargs)
MainWindow.__init__ = slow_init
_raise = MainWindow.bring_to_front
def bring_to_front(self):
    print("raised", flush=True)
    _raise(self)
MainWindow.bring_to_front = bring_to_front
""" + run_for(4000, "window shown")


def test_a_second_launch_while_the_first_starts_raises_it_instead(tmp_path: Path) -> None:
    """Launched twice in quick succession: the second waits for the first to finish starting,
    asks it to show its window and exits; only one window ever opens."""
    db = tmp_path / "twice.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELAPP_DATA_DIR": str(tmp_path / "data")}
    first = subprocess.Popen(
        [sys.executable, "-c", RUN_AND_REPORT_RAISES, "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "SLOW_START": "1.5"},  # still starting when the second one asks
    )
    assert first.stdout is not None and first.stdout.readline() == "building the window\n"
    second = subprocess.run(
        [sys.executable, "-c", RUN_AND_REPORT_RAISES, "--db", str(db)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    out, err = first.communicate(timeout=60)
    assert second.returncode == 0, second.stderr
    assert "building the window" not in second.stdout  # it never opened a window
    assert first.returncode == 0, err
    assert out.count("window shown") == 1 and "raised" in out


HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from relapp.ui.single_instance import SingleInstance
app = QCoreApplication([])
s = SingleInstance(Path(sys.argv[1]))
assert s.claim()
print("holding", flush=True)
time.sleep(30)
"""

REFUSE_QUICKLY = """
import sys
import relapp.ui.single_instance as single_instance
single_instance.STARTING_WAIT_MS = 500
from PySide6.QtWidgets import QMessageBox
def report(parent, title, text, *args, **kwargs):
    print("message:", text.replace(chr(10), " "), flush=True)
QMessageBox.information = staticmethod(report)
from relapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_lock_held_by_a_live_program_that_never_answers_is_explained(tmp_path: Path) -> None:
    db = tmp_path / "held.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELAPP_DATA_DIR": str(tmp_path / "data")}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        done = subprocess.run(
            [sys.executable, "-c", REFUSE_QUICKLY, "--db", str(db)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 1, done.stderr
    assert "already starting on" in done.stdout and ".lock" in done.stdout
    assert not db.exists()  # nothing was opened or created
