"""How long the start-up integrity check, a backup snapshot and a restore take on a large database.

Builds a demo database (``--contacts``, default 20,000, with their interactions), then times, as
medians of ``--runs``: the floor (open read-only and read one row), ``check_file`` (PRAGMA
quick_check), a snapshot with the online backup API, and a restore into place. Prints medians and
ratios against the floor measured in the same run. Usage: ``python bench/bench_backups.py``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path


def median_time(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="relapp-bench-"))
    os.environ["RELAPP_DATA_DIR"] = str(folder)
    from relapp.services import backups, demo
    from relapp.store import init_db
    from relapp.store.db import close_db
    from relapp.store.integrity import check_file, readonly_uri

    path = folder / "relapp.sqlite3"
    init_db(path)
    demo.populate(contacts=args.contacts, seed=1)
    size = path.stat().st_size + Path(str(path) + "-wal").stat().st_size

    def floor() -> None:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        con.execute("SELECT id FROM contact LIMIT 1").fetchone()
        con.close()

    t_floor = median_time(floor, args.runs)
    t_check = median_time(lambda: check_file(path), args.runs)
    snaps: list[Path] = []
    t_snap = median_time(lambda: snaps.append(backups.snapshot("manual")), args.runs)
    close_db()
    t_restore = median_time(
        lambda: backups.restore(snaps[0], db_file=path, reopen=False), max(1, args.runs // 2)
    )
    interactions = sqlite3.connect(path).execute("SELECT count(*) FROM interaction").fetchone()[0]
    print(
        f"database: {args.contacts:,} contacts, {interactions:,} interactions, {size / 1e6:.0f} MB"
    )
    print(f"floor (open + one row)     {t_floor * 1000:8.1f} ms")
    for name, t in (
        ("quick_check at start-up", t_check),
        ("snapshot (backup API)", t_snap),
        ("restore (incl. copy)", t_restore),
    ):
        print(f"{name:<26} {t * 1000:8.1f} ms   {t / t_floor:8.0f}x floor")


if __name__ == "__main__":
    main()
