"""Wins: achievements recorded as one-off milestones (:func:`relapp.services.calendar.record_win`),
read back so they resurface - in a contact's timeline at their date, in the prep brief ("Recent
wins" and a congratulating conversation starter) and in the agenda's "what to ask next".

A win is a milestone of kind ``achievement`` that is not recurring and has a year, so it has one
real date. "Recent" means dated within the last :data:`RECENT_DAYS` days up to today (a win dated
in the future is not recent yet). Reads go through the ``milestone.contact_id`` index, never a scan
of all milestones. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from relapp.services.milestones import KIND_LABELS
from relapp.store.db import database

KIND = "achievement"
RECENT_DAYS = 90
ID_CHUNK = 500  # contact ids per IN (...) query

_COLUMNS = "m.id, m.contact_id, m.kind, m.label, m.month, m.day, m.year"
_WIN = "m.kind = 'achievement' AND m.recurring = 0 AND m.year IS NOT NULL"


@dataclass(frozen=True)
class Win:
    milestone_id: int
    contact_id: int
    label: str  # "Shipped the mobile app"
    date: dt.date


def _win(row: tuple) -> Win | None:
    mid, cid, kind, label, month, day, year = row
    try:
        on = dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return Win(mid, cid, (label or "").strip() or KIND_LABELS.get(kind, kind), on)


def _newest_first(found: Iterable[Win]) -> list[Win]:
    return sorted(found, key=lambda w: (w.date, w.milestone_id), reverse=True)


def wins_for(*, contact_id: int) -> list[Win]:
    """Every dated win of the contact, newest first (for the timeline)."""
    rows = database.obj.execute_sql(
        f"SELECT {_COLUMNS} FROM milestone m WHERE m.contact_id = ? AND {_WIN}", (contact_id,)
    )
    return _newest_first(w for w in map(_win, rows) if w is not None)


def recent_wins(*, contact_id: int, today: dt.date, days: int = RECENT_DAYS) -> list[Win]:
    """The contact's wins dated from ``days`` days before ``today`` to ``today``, newest first."""
    since = today - dt.timedelta(days=days)
    return [w for w in wins_for(contact_id=contact_id) if since <= w.date <= today]


def latest_recent_wins(
    *, contact_ids: Iterable[int], today: dt.date, days: int = RECENT_DAYS
) -> dict[int, Win]:
    """The most recent win dated within ``days`` days up to ``today`` of each of ``contact_ids``.

    Through the ``milestone.contact_id`` index, in chunks, so the cost follows the number of
    contacts asked about (the agenda asks once for the check-in rows it shows)."""
    since = today - dt.timedelta(days=days)
    ids = sorted(set(contact_ids))
    found: list[Win] = []
    for i in range(0, len(ids), ID_CHUNK):
        part = ids[i : i + ID_CHUNK]
        rows = database.obj.execute_sql(
            f"SELECT {_COLUMNS} FROM milestone m WHERE m.contact_id IN "
            f"({','.join('?' * len(part))}) AND {_WIN} AND m.year >= ?",
            [*part, since.year],
        )
        found += [w for w in map(_win, rows) if w is not None and since <= w.date <= today]
    latest: dict[int, Win] = {}
    for w in _newest_first(found):
        latest.setdefault(w.contact_id, w)
    return latest
