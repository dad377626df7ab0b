"""Benchmark: the milestone calendar at 100,000 contacts, against a bare indexed SQL floor.

Builds the database once with ``relapp.services.demo.populate(contacts=N,
interactions_per_contact=0)`` (cached in ``bench/.cache/``) and adds, with plain SQL, open
follow-ups due across the year and celebrations of a share of this year's milestones, so every
part of a month's read does real work. Then times, in the same run and on the same connection,
medians over the twelve months of a year (each repeated ``--repeats`` times):

- floor: the bare indexed query a month needs at least, fetched as tuples: milestones by
  ``month_day`` joined to their contact's name, plus the open follow-ups due in the month;
- ``milestones.occurrences_between`` for the month (the shared occurrence engine);
- ``calendar.month_view`` (what the grid and the day list show: occurrences, follow-ups due,
  and which were celebrated this year);
- ``calendar.upcoming`` (the "Next 30 days" list, from the 15th of each month);
- ``calendar.page`` (what one refresh of the Calendar view reads: the month and the next 30
  days from the 15th, in one pass over the union of both ranges);
- with ``--export``: one ``export_ics`` of the whole database (every milestone and follow-up).

Usage: ``python bench/bench_calendar.py [--contacts N] [--repeats R] [--export]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
TODAY = dt.date(2026, 3, 2)
YEAR = TODAY.year


def build(path: Path, contacts: int) -> None:
    from relapp.services import demo
    from relapp.store import init_db
    from relapp.store.db import close_db

    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = init_db(tmp, backup=False)
    counts = demo.populate(contacts=contacts, interactions_per_contact=0, today=TODAY, seed=5)
    rng = random.Random(5)
    stamp = f"{TODAY} 09:00:00"
    follow_ups = []
    for _ in range(contacts // 5):  # one open follow-up for every fifth contact, due this year
        due = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365))
        follow_ups.append(
            (
                str(uuid.uuid4()),
                stamp,
                stamp,
                rng.randint(1, contacts),
                "Send the notes",
                "i_owe",
                due.isoformat(),
            )
        )
    ms = db.execute_sql(
        "SELECT uid, contact_id, month, day FROM milestone WHERE recurring = 1"
    ).fetchall()
    celebrated = rng.sample(
        ms, len(ms) // 10
    )  # a tenth of the yearly milestones celebrated this year
    inters, links = [], []
    next_id = (db.execute_sql("SELECT max(id) FROM interaction").fetchone()[0] or 0) + 1
    for n, (uid, cid, month, day) in enumerate(celebrated):
        when = f"{YEAR}-{month:02d}-{min(day, 28):02d} 12:00:00"
        inters.append(
            (
                next_id + n,
                str(uuid.uuid4()),
                stamp,
                stamp,
                when,
                "celebration",
                "Celebrated",
                "",
                uid,
            )
        )
        links.append((next_id + n, cid, when))
    cur = db.cursor()
    with db.atomic():
        cur.executemany(
            "INSERT INTO follow_up (uid, created_at, updated_at, contact_id, text, direction, due) "
            "VALUES (?,?,?,?,?,?,?)",
            follow_ups,
        )
        cur.executemany(
            "INSERT INTO interaction (id, uid, created_at, updated_at, occurred_at, kind, summary, "
            "notes, milestone_uid) VALUES (?,?,?,?,?,?,?,?,?)",
            inters,
        )
        cur.executemany(
            "INSERT INTO interaction_contact (interaction_id, contact_id, occurred_at) VALUES (?,?,?)",
            links,
        )
    close_db()
    tmp.rename(path)
    print(
        f"built {path.name} in {time.perf_counter() - t0:.1f} s: {counts}, "
        f"{len(follow_ups)} open follow-ups, {len(inters)} celebrations",
        flush=True,
    )


def month_bounds(month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(YEAR, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return first, last


def median_ms(fn: Callable[[int], object], repeats: int) -> tuple[float, float, int]:
    """Median and worst time in ms of ``fn(month)`` over the twelve months, ``repeats`` rounds;
    plus the size of the biggest result."""
    for month in range(1, 13):
        fn(month)  # warm-up: page cache, statement cache
    times, biggest = [], 0
    for _ in range(repeats):
        for month in range(1, 13):
            t0 = time.perf_counter()
            result = fn(month)
            times.append((time.perf_counter() - t0) * 1000)
            biggest = max(biggest, len(result))  # type: ignore[arg-type]
    return statistics.median(times), max(times), biggest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--export", action="store_true", help="also time one .ics export of everything"
    )
    args = parser.parse_args(argv)

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"calendar-{args.contacts}.sqlite3"
    if not path.exists():
        build(path, args.contacts)

    from relapp import clock
    from relapp.services import calendar, milestones
    from relapp.store import init_db

    clock.set_now(dt.datetime.combine(TODAY, dt.time(9, 0)))
    db = init_db(path, backup=False)
    floor_sql = (
        "SELECT m.id, m.uid, m.kind, m.label, m.month, m.day, m.year, m.recurring, c.id, c.display_name "
        "FROM milestone m JOIN contact c ON c.id = m.contact_id "
        "WHERE m.month_day BETWEEN ? AND ? AND +c.archived = 0"
    )
    follow_sql = (
        "SELECT f.id, f.text, f.due, c.id, c.display_name FROM follow_up f JOIN contact c ON c.id = f.contact_id "
        "WHERE f.due BETWEEN ? AND ? AND +f.done_at IS NULL AND +c.archived = 0"
    )

    def floor(month: int) -> list[object]:
        first, last = month_bounds(month)
        rows = db.execute_sql(floor_sql, (month * 100 + 1, month * 100 + 31)).fetchall()
        return rows + db.execute_sql(follow_sql, (first.isoformat(), last.isoformat())).fetchall()

    def occurrences(month: int) -> list[object]:
        return list(milestones.occurrences_between(*month_bounds(month)))

    def month_view(month: int) -> list[object]:
        view = calendar.month_view(year=YEAR, month=month)
        return [e for entries in view.days.values() for e in entries]

    def upcoming(month: int) -> list[object]:
        return list(calendar.upcoming(start=dt.date(YEAR, month, 15), days=30))

    def page(month: int) -> list[object]:
        view, upcoming = calendar.page(
            year=YEAR, month=month, start=dt.date(YEAR, month, 15), days=30
        )
        return [e for entries in view.days.values() for e in entries] + list(upcoming)

    plan = db.execute_sql("EXPLAIN QUERY PLAN " + floor_sql, (601, 631)).fetchall()
    print("floor plan:", "; ".join(str(row[-1]) for row in plan))
    results = {}
    for name, fn in (
        ("floor (bare indexed SQL)", floor),
        ("occurrences_between", occurrences),
        ("month_view", month_view),
        ("upcoming (30 days)", upcoming),
        ("page (month + 30 days)", page),
    ):
        results[name] = median_ms(fn, args.repeats)
    base = results["floor (bare indexed SQL)"][0]
    print(f"\n{args.contacts:,} contacts; medians over 12 months x {args.repeats}")
    print(f"{'what':28} {'median ms':>10} {'worst ms':>9} {'ratio':>7} {'rows':>7}")
    for name, (med, worst, rows) in results.items():
        print(f"{name:28} {med:10.1f} {worst:9.1f} {med / base:6.1f}x {rows:7,}")

    if args.export:
        from relapp.services.ical_export import export_ics

        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            count = export_ics(path=Path(tmp) / "all.ics")
            took = time.perf_counter() - t0
            size = (Path(tmp) / "all.ics").stat().st_size
        print(
            f"\nexport_ics: {count:,} events, {size / 1e6:.1f} MB in {took:.1f} s "
            f"({took / count * 1e6:.0f} us per event)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
