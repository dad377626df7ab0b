"""Benchmark: the agenda at 100,000 contacts and 1,000,000 interactions, against a plain SQL floor.

Builds the database once with ``relapp.services.demo.populate`` (cached in ``bench/.cache/``), then
times, in the same run and on the same connection, medians over repeats of:

- floor: the bare indexed query ``SELECT id FROM contact WHERE checkin_due <= ?`` (every due
  check-in id, no ranking, no objects);
- the agenda as the Today view and the tray compute it (``compute_agenda(limit=200)``: counts of
  everything, the first 200 rows of each section ranked, celebrations of the week);
- the tray's due count (``due_count``);
- the whole agenda unlimited (every due row as an object, what ``relapp agenda --json`` prints);
- one reminder delivery pass's candidate list (``reminders.due_occurrences``).

Usage: ``python bench/bench_agenda.py [--contacts N] [--per-contact K] [--repeats R]``. Prints
medians in ms and ratios against the floor; target: the agenda median under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import TODAY, large_db, median_ms  # noqa: E402


def measure(path: Path, label: str, repeats: int) -> float:
    from relapp import clock
    from relapp.services import agenda, reminders
    from relapp.store import init_db
    from relapp.store.db import close_db, database

    init_db(path, backup=False)
    clock.set_now(dt.datetime.combine(TODAY, dt.time(10, 0)))
    db = database.obj
    n_contacts = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    n_inter = db.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
    print(
        f"\n== {label}: {n_contacts:,} contacts, {n_inter:,} interactions; agenda for {TODAY}, repeats={repeats}"
    )

    day = TODAY.isoformat()
    floor, ids = median_ms(
        lambda: db.execute_sql("SELECT id FROM contact WHERE checkin_due <= ?", (day,)).fetchall(),
        repeats,
    )
    rows = [("floor: SELECT id ... WHERE checkin_due <= ?", floor, f"{len(ids):,} ids")]  # type: ignore[arg-type]
    t, a = median_ms(lambda: agenda.compute_agenda(today=TODAY, days=7, limit=200), repeats)
    rows.append(
        (
            "agenda, 7 days (Today view / tray, 200 per section)",
            t,
            f"{a.check_ins_total:,} check-ins, {a.follow_ups_total:,} follow-ups, "  # type: ignore[attr-defined]
            f"{a.celebrations_total:,} celebrations",
        )
    )  # type: ignore[attr-defined]
    agenda_ms = t
    t, n = median_ms(lambda: agenda.due_count(today=TODAY), repeats)
    rows.append(("due count (tray icon)", t, f"{n:,}"))
    few = max(3, repeats // 3)
    t, a = median_ms(lambda: agenda.compute_agenda(today=TODAY, days=7), few)
    rows.append(
        (
            "agenda unlimited (agenda --json)",
            t,
            f"{len(a.check_ins) + len(a.follow_ups) + len(a.celebrations):,} rows",
        )
    )  # type: ignore[attr-defined]
    now = dt.datetime.combine(TODAY, dt.time(10, 0))
    t, occ = median_ms(lambda: reminders.due_occurrences(now=now), few)
    rows.append(("reminder pass: due, undelivered occurrences", t, f"{len(occ):,}"))  # type: ignore[arg-type]
    close_db()

    width = max(len(r[0]) for r in rows)
    for name, ms, note in rows:
        print(f"{name:<{width}}  {ms:8.2f} ms  {ms / floor:6.1f}x floor  ({note})")
    verdict = "PASS" if agenda_ms < 50 else "MISS"
    print(f"target: agenda median < 50 ms -> {verdict} ({agenda_ms:.1f} ms)")
    return agenda_ms


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("--per-contact", type=int, default=10)
    ap.add_argument("--repeats", type=int, default=15)
    args = ap.parse_args(argv)

    path = large_db(args.contacts, args.per_contact, seed=11)
    measure(path, "schema as shipped", args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
