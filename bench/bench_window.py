"""Benchmark: the window at 100,000 contacts and 1,000,000 interactions.

1. Start-up: time from process start to the main window shown (first paint done), and the peak
   memory of that process, for ``relapp`` on the large database, next to a bare PySide6
   ``QMainWindow().show()`` measured the same way in the same run. Each is a fresh process, so
   imports count. Targets: within 2x of the bare window and under 120 MiB.
2. Search per keystroke: typing names, companies and note words into the contact list's search
   field, one character at a time; each keystroke is timed from ``setText`` to the list model reset
   and the visible rows read (what the view paints). Floor: the bare FTS5 prefix query returning 50
   ids. Target: median within one frame (16 ms).

Usage: ``python bench/bench_window.py [--repeats N]``. Prints medians and ratios.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _data import TODAY, large_db, median_ms  # noqa: E402

# Both children print "shown <maxrss KiB>" once their main window has been painted for the first
# time (the zero-delay timer fires after the whole window, children included, has been painted and
# flushed), then quit. The event filter sits on the main window alone: an application-wide Python
# filter would see every event of every object, and wrapping those objects for Python makes
# PySide6 build enum classes for each type it meets (129 of them, about 20 ms, in relapp's window
# and fewer in the bare one), so the probe would slow down the thing it measures.
FIRST_PAINT = """
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
def report():
    print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    QApplication.instance().quit()
class FirstPaint(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, report)
        return False
watcher = FirstPaint()
"""

BARE = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1180, 760); w.installEventFilter(watcher); w.show()
app.exec()
"""
)

RELAPP = (
    FIRST_PAINT
    + """
_real_exec = QApplication.exec
def exec_until_painted(*_args):
    for widget in QApplication.instance().topLevelWidgets():
        if type(widget).__name__ == "MainWindow":
            widget.installEventFilter(watcher)
    return _real_exec()
QApplication.exec = exec_until_painted
from relapp.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""
)


def start_once(code: str, *args: str) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RELAPP_FAKE_NOW": TODAY.isoformat()}
    # As installed: pip writes bytecode at install time, so nothing is compiled at start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    line = proc.stdout.readline()  # type: ignore[union-attr]
    elapsed = time.perf_counter() - t0
    proc.wait()
    if not line.startswith("shown"):
        raise SystemExit(f"start-up run failed: {line!r}")
    return elapsed * 1000, int(line.split()[1]) / 1024  # ms, MiB


def bench_startup(db: Path, repeats: int) -> None:
    data_dir = db.parent / "startup-data"
    data_dir.mkdir(exist_ok=True)
    os.environ["RELAPP_DATA_DIR"] = str(data_dir)
    os.environ["XDG_CONFIG_HOME"] = str(data_dir / "config")
    bare, app = [], []
    subprocess.run(
        [
            sys.executable,
            "-m",
            "compileall",
            "-q",
            str(Path(__file__).resolve().parents[1] / "relapp"),
        ],
        check=True,
    )
    start_once(BARE)
    start_once(RELAPP, str(db))  # warm the page cache
    for _ in range(repeats):
        bare.append(start_once(BARE))
        app.append(start_once(RELAPP, str(db)))
    b_ms, b_mem = statistics.median(t for t, _ in bare), statistics.median(m for _, m in bare)
    a_ms, a_mem = statistics.median(t for t, _ in app), statistics.median(m for _, m in app)
    print(f"start-up   bare PySide6 window   {b_ms:7.0f} ms  {b_mem:6.0f} MiB")
    print(
        f"start-up   relapp, 100k contacts {a_ms:7.0f} ms  {a_mem:6.0f} MiB   ratio {a_ms / b_ms:.2f}x "
        f"(target < 2x and < 120 MiB)"
    )


QUERIES = (
    "Amara Okafor",
    "Lindqvist",
    "Northwind",
    "Tandem Software",
    "data migration",
    "jazz",
    "Priya Patel",
    "hiring",
    "conference",
    "keiko",
)


def bench_search(db: Path, repeats: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from relapp import clock
    from relapp.store import init_db
    from relapp.store.db import database
    from relapp.store.search_index import match_expression
    from relapp.ui.contacts_view import ContactsView
    from relapp.ui.events import EventsHub

    clock.set_now(TODAY)
    app = QApplication.instance() or QApplication([])
    init_db(db)
    view = ContactsView(EventsHub())
    view.resize(1200, 760)
    view.show()
    app.processEvents()
    visible = 30

    def keystroke(text: str) -> None:
        view.search.setText(text)
        view.apply_filter()  # what the zero-delay timer runs on the next event-loop turn
        model = view.model
        for row in range(min(visible, model.rowCount())):
            model.index(row, 0).data()
            model.index(row, 3).data()

    per_key: list[float] = []
    for _ in range(repeats):
        for query in QUERIES:
            for i in range(1, len(query) + 1):
                t0 = time.perf_counter()
                keystroke(query[:i])
                per_key.append((time.perf_counter() - t0) * 1000)
            keystroke("")

    def floor() -> None:
        for query in QUERIES:
            expr = match_expression(query[:3])
            database.execute_sql(
                "SELECT rowid FROM contact_search WHERE contact_search MATCH ? LIMIT 50", (expr,)
            ).fetchall()

    floor_ms = median_ms(floor, 20)[0] / len(QUERIES)
    per_key.sort()
    med = statistics.median(per_key)
    p90 = per_key[int(len(per_key) * 0.9)]
    print(f"search     bare FTS5 prefix query, 50 ids         {floor_ms:7.2f} ms")
    print(
        f"search     keystroke to list updated (n={len(per_key)})  median {med:6.2f} ms  p90 {p90:6.2f} ms  "
        f"worst {per_key[-1]:6.1f} ms  ratio {med / floor_ms:.1f}x (target median < 16 ms)"
    )
    t0 = time.perf_counter()
    keystroke("")
    print(
        f"search     clearing the search (all 100k rows back)  {(time.perf_counter() - t0) * 1000:6.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="window start-up and search benchmarks")
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    db = large_db()
    bench_startup(db, args.repeats)
    bench_search(db, max(1, args.repeats // 2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
