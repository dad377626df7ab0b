"""Shared by the benchmarks: the large demo database (built once, cached in ``bench/.cache/``) and
a median timer. The data comes from ``relapp.services.demo.populate``, the same generator the app's
demo uses, at 100,000 contacts and 10 interactions each (1,000,000 interactions)."""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
TODAY = dt.date(2026, 3, 2)


def large_db(contacts: int = 100_000, per_contact: int = 10, *, seed: int = 11) -> Path:
    """Path of the cached benchmark database, built (and migrated) on first use."""
    from relapp.services import demo
    from relapp.store import init_db
    from relapp.store.db import close_db
    from relapp.store.migrations import LATEST

    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    path = CACHE / f"large-{contacts}x{per_contact}-s{seed}-v{LATEST}.sqlite3"
    if path.exists():
        return path
    older = sorted(CACHE.glob(f"large-{contacts}x{per_contact}-s{seed}-v*.sqlite3"))
    if older:  # the same data at an older schema: migrate a copy (as users' files are)
        t0 = time.perf_counter()
        tmp = path.with_suffix(".building")
        shutil.copyfile(older[-1], tmp)
        init_db(tmp, backup=False)
        close_db()
        tmp.rename(path)
        print(f"migrated {older[-1].name} to {path.name} in {time.perf_counter() - t0:.1f} s")
        return path
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    init_db(tmp, backup=False)
    counts = demo.populate(
        contacts=contacts, interactions_per_contact=per_contact, today=TODAY, seed=seed
    )
    close_db()
    tmp.rename(path)
    print(f"built {path.name} in {time.perf_counter() - t0:.1f} s: {counts}", flush=True)
    return path


def median_ms(fn: Callable[[], object], repeats: int, *, warmup: int = 1) -> tuple[float, object]:
    """Median wall time of ``fn`` in ms over ``repeats`` calls (after ``warmup`` untimed ones),
    and the last result."""
    result = None
    for _ in range(warmup):
        result = fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result
