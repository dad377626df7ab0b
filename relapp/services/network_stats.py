"""Aggregates for "Network at a glance": a year of interactions per day and week, contacts by health
band and promises kept on time versus late. Each is one SQL aggregate (the view only draws).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp import clock
from relapp.services import health
from relapp.store.db import database

WEEKS = 53


@dataclass(frozen=True)
class Activity:
    """Interactions per day for the ``WEEKS`` weeks ending with the week of ``end`` (weeks start on
    Monday, so the grid has 7 rows and ``WEEKS`` columns like a contribution graph)."""

    start: dt.date  # a Monday
    end: dt.date
    per_day: dict[dt.date, int]

    @property
    def weeks(self) -> list[tuple[dt.date, int]]:
        """(Monday, interactions that week) for every column of the grid, oldest first."""
        out = []
        for w in range(WEEKS):
            monday = self.start + dt.timedelta(weeks=w)
            out.append(
                (monday, sum(self.per_day.get(monday + dt.timedelta(days=d), 0) for d in range(7)))
            )
        return out

    @property
    def total(self) -> int:
        return sum(self.per_day.values())

    @property
    def busiest_day(self) -> int:
        return max(self.per_day.values(), default=0)


@dataclass(frozen=True)
class PromiseStats:
    """Promises with a due date over a period: kept on time, kept late, still open and overdue,
    still open and not yet due; for mine (``i_owe``) and theirs (``they_owe``)."""

    mine_on_time: int = 0
    mine_late: int = 0
    mine_overdue: int = 0
    mine_pending: int = 0
    theirs_on_time: int = 0
    theirs_late: int = 0
    theirs_overdue: int = 0
    theirs_pending: int = 0

    @property
    def mine_kept_rate(self) -> float | None:
        done = self.mine_on_time + self.mine_late + self.mine_overdue
        return None if not done else self.mine_on_time / done


def activity(*, end: dt.date | None = None) -> Activity:
    """Interactions per day over the last year (distinct interactions, not participants)."""
    end = end or clock.today()
    start = end - dt.timedelta(days=end.weekday()) - dt.timedelta(weeks=WEEKS - 1)
    # One index range count per day (the occurred_at index is covering) is cheaper than a
    # GROUP BY over a year of rows, which sorts them all again.
    rows = database.execute_sql(
        """WITH RECURSIVE days(d) AS (
             SELECT ? UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < ?)
           SELECT d, (SELECT count(*) FROM interaction
                      WHERE occurred_at >= d AND occurred_at < date(d, '+1 day')) AS n
           FROM days""",
        [start.isoformat(), end.isoformat()],
    )
    return Activity(start, end, {dt.date.fromisoformat(d): n for d, n in rows if n})


def band_counts(*, today: dt.date | None = None) -> dict[str, int]:
    """Active contacts per health band (see :mod:`relapp.services.health`)."""
    return health.band_counts(today=today)


def promise_stats(*, today: dt.date | None = None, days: int = 365) -> PromiseStats:
    """Promises due from ``days`` days ago onwards, by outcome, one aggregate."""
    today = today or clock.today()
    since = (today - dt.timedelta(days=days)).isoformat()
    row = database.execute_sql(
        """SELECT
             sum(direction = 'i_owe' AND done_at IS NOT NULL AND date(done_at) <= due),
             sum(direction = 'i_owe' AND done_at IS NOT NULL AND date(done_at) > due),
             sum(direction = 'i_owe' AND done_at IS NULL AND due < :t),
             sum(direction = 'i_owe' AND done_at IS NULL AND due >= :t),
             sum(direction = 'they_owe' AND done_at IS NOT NULL AND date(done_at) <= due),
             sum(direction = 'they_owe' AND done_at IS NOT NULL AND date(done_at) > due),
             sum(direction = 'they_owe' AND done_at IS NULL AND due < :t),
             sum(direction = 'they_owe' AND done_at IS NULL AND due >= :t)
           FROM follow_up WHERE +due >= :since  -- a sequential pass beats the due index here
        """.replace(":t", "?1").replace(":since", "?2"),
        [today.isoformat(), since],
    ).fetchone()
    return PromiseStats(*(int(v or 0) for v in row))


@dataclass(frozen=True)
class Snapshot:
    """Everything the Network view draws, computed together."""

    today: dt.date
    activity: Activity
    bands: dict[str, int]
    promises: PromiseStats


def snapshot(*, today: dt.date | None = None, worker_thread: bool = False) -> Snapshot:
    """The three aggregates at ``today``. With ``worker_thread=True`` (a thread of its own, so
    the window stays responsive at 100,000 contacts) the thread's own connection is closed at
    the end; peewee opens one connection per thread."""
    today = today or clock.today()
    try:
        return Snapshot(
            today, activity(end=today), band_counts(today=today), promise_stats(today=today)
        )
    finally:
        if worker_thread and database.obj is not None and not database.obj.is_closed():
            database.obj.close()
