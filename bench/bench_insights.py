"""Benchmark: relationship health and the reach-out ranking at 100,000 contacts and 1,000,000
interactions, against bare SQL floors measured in the same run on the same connection.

Builds the database once with ``relapp.services.demo.populate(contacts=100_000,
interactions_per_contact=10)`` (cached in ``bench/.cache/``), then times medians of:

- floor A: ``SELECT count(*) FROM interaction_contact WHERE contact_id IN (50 ids)`` (the index
  range the badge column reads, no aggregate, no objects);
- ``health_bands(50 visible ids)``: bands with their reasons (one aggregate statement + grading);
- ``bands(50 visible ids)``: the list's badge column, from the activity stored on each contact;
- ``health_for(one id)``: the profile badge;
- the same 50 badges done the naive way, one ``health_for`` per contact (for comparison);
- floor B: every due id (``SELECT id FROM contact WHERE checkin_due <= ?``) and the open
  follow-ups counted per contact: the two reads the ranking cannot avoid, with no scoring;
- ``reach_out.ranked(limit=5)``: the bare one-statement ranking;
- ``reach_out.reach_out(limit=5)``: ranking plus the reasons in words (what the view shows);
- ``health.band_counts()``: every active contact graded (the Network view's bars);
- ``network_stats.activity()`` and ``promise_stats()`` (the Network view's other pictures).

Usage: ``python bench/bench_insights.py [--contacts N] [--per-contact K] [--repeats R]``.
Target: health and ranking medians under 200 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import TODAY, large_db, median_ms  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--per-contact", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args(argv)

    path = large_db(args.contacts, args.per_contact)

    from relapp import clock
    from relapp.services import contact_list, health, network_stats, reach_out
    from relapp.store import init_db
    from relapp.store.db import database

    init_db(path, backup=False)
    clock.set_now(TODAY)
    db = database.obj
    n_contacts = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    n_inter = db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
    print(
        f"{n_contacts:,} contacts, {n_inter:,} interactions, as of {TODAY}; medians of {args.repeats}"
    )

    ids = contact_list.ordered_ids(contact_list.ContactFilter())
    page = ids[len(ids) // 2 : len(ids) // 2 + 50]  # 50 rows in the middle of the list by name
    marks = ",".join("?" * len(page))
    rows: list[tuple[str, float, float | None]] = []

    def run(
        name: str, fn: Callable[[], object], floor: float | None, repeats: int | None = None
    ) -> object:
        ms, result = median_ms(fn, repeats or args.repeats)
        rows.append((name, ms, floor))
        return result

    floor_a, _ = median_ms(
        lambda: db.execute_sql(
            f"SELECT count(*) FROM interaction_contact WHERE contact_id IN ({marks})", page
        ).fetchone(),
        args.repeats,
    )
    rows.append(("floor A: count 50 contacts' interaction links (index range)", floor_a, None))
    run("health_bands(50 visible ids)", lambda: health.health_bands(page, today=TODAY), floor_a)
    run(
        "bands(50 visible ids): the list's badges", lambda: health.bands(page, today=TODAY), floor_a
    )
    run("health_for(one id)", lambda: health.health_for(page[0], today=TODAY), floor_a)
    run(
        "naive: 50 x health_for (one query per contact)",
        lambda: [health.health_for(i, today=TODAY) for i in page],
        floor_a,
        5,
    )

    today = TODAY.isoformat()

    def floor_b_fn() -> object:
        a = db.execute_sql("SELECT id FROM contact WHERE checkin_due <= ?", [today]).fetchall()
        b = db.execute_sql(
            "SELECT contact_id, count(*) FROM follow_up WHERE done_at IS NULL GROUP BY contact_id"
        ).fetchall()
        return a, b

    floor_b, _ = median_ms(floor_b_fn, args.repeats)
    rows.append(("floor B: every due id + open follow-ups per contact (bare)", floor_b, None))
    run(
        "reach_out.ranked(limit=5): one statement",
        lambda: reach_out.ranked(today=TODAY, limit=5),
        floor_b,
    )
    entries = run(
        "reach_out.reach_out(limit=5): ranking + reasons",
        lambda: reach_out.reach_out(today=TODAY, limit=5),
        floor_b,
    )
    run(
        "reach_out.reach_out(limit=20)", lambda: reach_out.reach_out(today=TODAY, limit=20), floor_b
    )

    def floor_c_fn() -> object:
        return db.execute_sql(
            "SELECT count(*) FROM interaction WHERE occurred_at >= ?",
            [(TODAY - dt.timedelta(days=180)).isoformat()],
        ).fetchone()

    floor_c, _ = median_ms(floor_c_fn, args.repeats)
    rows.append(("floor C: count the last 180 days' interactions (index range)", floor_c, None))
    bands = run(
        "health.band_counts(): every active contact graded",
        lambda: health.band_counts(today=TODAY),
        floor_c,
        5,
    )
    run(
        "network_stats.activity(): a year per day",
        lambda: network_stats.activity(end=TODAY),
        floor_c,
    )
    run("network_stats.promise_stats()", lambda: network_stats.promise_stats(today=TODAY), floor_c)

    width = max(len(r[0]) for r in rows)
    for name, ms, floor in rows:
        ratio = f"{ms / floor:8.1f}x" if floor else "   floor"
        print(f"{name:<{width}}  {ms:9.2f} ms  {ratio}")
    print("bands:", bands)
    for e in entries:  # type: ignore[attr-defined]
        print(f"  {e.score:5.1f}  {e.contact}: {e.reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
