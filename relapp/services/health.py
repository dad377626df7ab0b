"""Relationship health: how a relationship is doing, graded and explained in words.

The facts come from SQL aggregates in one statement for any number of contacts (never one query
per contact): recency against the check-in cadence (stored ``last_interaction_at`` and
``effective_cadence``), interactions in the last 90 days, reciprocity (who started the
conversations of the last 180 days), open promises each way and my overdue ones. :func:`grade`
turns the facts into points, a band (thriving, steady, cooling, at risk) and one reason per fact,
so a badge can always say *why*. Pure domain code: no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from relapp import clock
from relapp.errors import NotFoundError
from relapp.store.db import database

BANDS = ("thriving", "steady", "cooling", "at_risk")
BAND_LABELS = {
    "thriving": "Thriving",
    "steady": "Steady",
    "cooling": "Cooling",
    "at_risk": "At risk",
}
FREQUENCY_DAYS = 90  # "how often you met lately"
RECIPROCITY_DAYS = 180  # who started the conversations
RECIPROCITY_MIN = 3  # conversations with a known starter before reciprocity is judged
_CHUNK = 500


class Facts(NamedTuple):
    """What health is computed from, for one contact at one date."""

    contact_id: int
    last_interaction: dt.date | None
    cadence: int | None
    interactions_90: int = 0
    started_by_me: int = 0
    started_by_them: int = 0
    i_owe_open: int = 0
    i_owe_overdue: int = 0
    they_owe_open: int = 0


class Health(NamedTuple):
    contact_id: int
    band: str  # one of BANDS
    points: int
    reasons: list[str]
    days_since: int | None = None
    cadence: int | None = None
    interactions_90: int = 0
    started_by_me: int = 0
    started_by_them: int = 0
    i_owe_open: int = 0
    i_owe_overdue: int = 0
    they_owe_open: int = 0

    @property
    def label(self) -> str:
        return BAND_LABELS[self.band]

    @property
    def explanation(self) -> str:
        """The band and its reasons as one paragraph (tooltips, plain text)."""
        return f"{self.label}: " + "; ".join(self.reasons) + "."


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def days_ago(days: int) -> str:
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def band_for(points: int) -> str:
    if points >= 3:
        return "thriving"
    if points >= 1:
        return "steady"
    if points >= -1:
        return "cooling"
    return "at_risk"


def grade(f: Facts, today: dt.date) -> Health:
    """Points, band and reasons for one contact's facts. Each fact adds or takes points:
    recency against the cadence (+2 to -3), frequency (+1/-1), reciprocity (+1/-1) and my
    overdue promises (-1 or -2); thriving >= 3, steady >= 1, cooling >= -1, else at risk."""
    points, reasons = 0, []
    cad = f.cadence or None
    days = None if f.last_interaction is None else max(0, (today - f.last_interaction).days)
    if days is None:
        points -= 1
        reasons.append("no interaction logged yet")
    elif cad:
        ago = days_ago(days)
        if days * 2 <= cad:
            points += 2
            reasons.append(f"in touch {ago}, well within your {cad}-day rhythm")
        elif days <= cad:
            points += 1
            reasons.append(f"in touch {ago}, within your {cad}-day rhythm")
        elif days <= 2 * cad:
            points -= 1
            reasons.append(
                f"last talked {ago}, {plural(days - cad, 'day')} past your {cad}-day rhythm"
            )
        else:
            points -= 3
            reasons.append(f"last talked {ago}, more than twice your {cad}-day rhythm")
    elif days <= 30:
        points += 1
        reasons.append(f"in touch {days_ago(days)}")
    elif days <= 180:
        reasons.append(f"last talked {days_ago(days)}")
    else:
        points -= 2
        reasons.append(f"last talked {days_ago(days)}, over six months")
    n = f.interactions_90
    if n >= 3:
        points += 1
        reasons.append(f"{plural(n, 'interaction')} in the last 90 days")
    elif n == 0 and days is not None:
        points -= 1
        reasons.append("no interactions in the last 90 days")
    elif days is not None:
        reasons.append(f"{plural(n, 'interaction')} in the last 90 days")
    me, them = f.started_by_me, f.started_by_them
    if me + them >= RECIPROCITY_MIN:
        if them == 0:
            points -= 1
            reasons.append(f"you started all {me} recent conversations; they started none")
        elif me == 0:
            reasons.append(f"they started all {them} recent conversations")
        else:
            points += 1
            reasons.append(
                f"give and take in recent conversations: you started {me}, they started {them}"
            )
    if f.i_owe_overdue:
        points += late_points(f.i_owe_overdue)
        reasons.append(
            "1 promise of yours is overdue"
            if f.i_owe_overdue == 1
            else f"{f.i_owe_overdue} promises of yours are overdue"
        )
    pending = f.i_owe_open - f.i_owe_overdue
    if pending > 0:
        reasons.append(f"{plural(pending, 'open promise')} of yours, not yet due")
    if f.they_owe_open:
        reasons.append(f"{plural(f.they_owe_open, 'open promise')} of theirs")
    return Health(
        contact_id=f.contact_id,
        band=band_for(points),
        points=points,
        reasons=reasons,
        days_since=days,
        cadence=cad,
        interactions_90=n,
        started_by_me=me,
        started_by_them=them,
        i_owe_open=f.i_owe_open,
        i_owe_overdue=f.i_owe_overdue,
        they_owe_open=f.they_owe_open,
    )


def _stamp(day: dt.date) -> str:
    return day.isoformat() + " 00:00:00"


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def named_sql(sql: str, values: dict[str, object]) -> tuple[str, list[object]]:
    """``:name`` parameters (lists expand to ``?,?,?``) for peewee's positional ``execute_sql``."""
    params: list[object] = []

    def sub(m: re.Match[str]) -> str:
        value = values[m.group(1)]
        if isinstance(value, list):
            params.extend(value)
            return ",".join("?" * len(value))
        params.append(value)
        return "?"

    return re.sub(r"(?<![:\w]):([a-z_][a-z_0-9]*)", sub, sql), params


# The facts of the contacts in :ids: the (contact_id, occurred_at) index drives the interaction
# aggregate and the contact_id index the follow-ups ("+done_at" keeps the planner off the done_at
# index, which would visit every open follow-up). The stored last interaction is used unless it
# lies after the date asked about.
_FACTS_SQL = """
        SELECT c.id AS id,
               CASE WHEN c.last_interaction_at IS NULL OR c.last_interaction_at < :end
                    THEN c.last_interaction_at
                    ELSE (SELECT max(x.occurred_at) FROM interaction_contact x
                          WHERE x.contact_id = c.id AND x.occurred_at < :end) END AS last,
               c.effective_cadence AS cad,
               coalesce(r.n90, 0) AS n90, coalesce(r.me, 0) AS me, coalesce(r.them, 0) AS them,
               coalesce(f.mine, 0) AS mine, coalesce(f.late, 0) AS late,
               coalesce(f.theirs, 0) AS theirs
        FROM contact c
        LEFT JOIN (SELECT ic.contact_id AS cid,
                          sum(ic.occurred_at >= :since90) AS n90,
                          sum(i.initiated_by = 'me') AS me,
                          sum(i.initiated_by = 'them') AS them
                   FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                   WHERE ic.contact_id IN (:ids)
                     AND ic.occurred_at >= :since180 AND ic.occurred_at < :end
                   GROUP BY ic.contact_id) r ON r.cid = c.id
        LEFT JOIN (SELECT contact_id AS cid,
                          sum(direction = 'i_owe') AS mine,
                          sum(direction = 'i_owe' AND due < :today) AS late,
                          sum(direction = 'they_owe') AS theirs
                   FROM follow_up WHERE +done_at IS NULL AND contact_id IN (:ids)
                   GROUP BY contact_id) f ON f.cid = c.id
        WHERE c.id IN (:ids)
"""


def _row_facts(row: tuple, today: dt.date) -> Facts:
    return Facts(row[0], _date(row[1]), row[2], row[3], row[4], row[5], row[6], row[7], row[8])


def _values(today: dt.date, ids: list[int] | None = None) -> dict[str, object]:
    return {
        "since90": _stamp(today - dt.timedelta(days=FREQUENCY_DAYS)),
        "since180": _stamp(today - dt.timedelta(days=RECIPROCITY_DAYS)),
        "end": _stamp(today + dt.timedelta(days=1)),
        "today": today.isoformat(),
        "ids": ids or [],
    }


def facts(contact_ids: Iterable[int], *, today: dt.date | None = None) -> dict[int, Facts]:
    """The health facts of ``contact_ids`` (unknown ids are left out), a few statements in all."""
    today = today or clock.today()
    ids = sorted({int(i) for i in contact_ids})
    out: dict[int, Facts] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        sql, params = named_sql(_FACTS_SQL, _values(today, chunk))
        for row in database.execute_sql(sql, params):
            out[row[0]] = _row_facts(row, today)
    return out


def health_bands(contact_ids: Iterable[int], *, today: dt.date | None = None) -> dict[int, Health]:
    """Health of each contact in ``contact_ids`` (the visible rows of a list), keyed by id."""
    today = today or clock.today()
    return {cid: grade(f, today) for cid, f in facts(contact_ids, today=today).items()}


def health_for(contact_id: int, *, today: dt.date | None = None) -> Health:
    """One contact's health with its reasons; NotFoundError when there is no such contact."""
    found = health_bands([contact_id], today=today)
    if contact_id not in found:
        raise NotFoundError(f"no contact with id {contact_id}")
    return found[contact_id]


_EPOCH = dt.date(1970, 1, 1)


def day_number(day: dt.date) -> int:
    """Days since 1970-01-01: how the contact table stores its recent activity (schema v4)."""
    return (day - _EPOCH).days


# grade()'s points, less overdue promises, as SQL over the activity stored on each contact (day
# numbers kept by services.checkins.refresh), valid for a contact with nothing logged after :t.
# Windowed counts follow from the stored days: three or more interactions in the last 90 days
# <=> the third most recent is inside the window; none <=> the last one is before it; reciprocity
# needs RECIPROCITY_MIN (3) conversations with a known starter in 180 days <=> the third most
# recent of those is inside it. Tests hold it equal to grade() on every input.
POINTS_SQL = """
  (CASE WHEN last_day IS NULL THEN -1
        WHEN effective_cadence > 0 THEN
          CASE WHEN (:t - last_day) * 2 <= effective_cadence THEN 2
               WHEN :t - last_day <= effective_cadence THEN 1
               WHEN :t - last_day <= 2 * effective_cadence THEN -1 ELSE -3 END
        WHEN :t - last_day <= 30 THEN 1 WHEN :t - last_day <= 180 THEN 0 ELSE -2 END)
  + (CASE WHEN third_last_day >= :since90 THEN 1 WHEN last_day < :since90 THEN -1 ELSE 0 END)
  + (CASE WHEN started_third_day >= :since180 THEN
            CASE WHEN started_them_day IS NULL OR started_them_day < :since180 THEN -1
                 WHEN started_me_day IS NULL OR started_me_day < :since180 THEN 0 ELSE 1 END
          ELSE 0 END)
"""
_GRADED_BY_SQL = "archived = 0 AND (last_day IS NULL OR last_day <= :t)"


def late_points(overdue: int) -> int:
    """What overdue promises of mine cost: one -1, two or more -2."""
    return 0 if overdue <= 0 else -1 if overdue == 1 else -2


def points_values(today: dt.date) -> dict[str, object]:
    """The parameters of :data:`POINTS_SQL` for ``today``."""
    t = day_number(today)
    return {"t": t, "since90": t - FREQUENCY_DAYS, "since180": t - RECIPROCITY_DAYS}


def band_counts(*, today: dt.date | None = None) -> dict[str, int]:
    """How many active contacts are in each band, graded from the activity stored on each
    contact: one pass over a covering index for everyone, one for those with overdue promises
    of mine, and the full facts only for contacts with something logged after ``today``."""
    today = today or clock.today()
    values = {**points_values(today), "today": today.isoformat()}
    points: Counter[int] = Counter()
    everyone = f"""
        SELECT {POINTS_SQL} AS points, count(*) FROM contact
        WHERE {_GRADED_BY_SQL} GROUP BY points
    """
    for p, n in database.execute_sql(*named_sql(everyone, values)):
        points[p] += n
    overdue = f"""
        SELECT {POINTS_SQL} AS points, late.n, count(*) FROM contact
        JOIN (SELECT contact_id AS cid, count(*) AS n FROM follow_up
              WHERE done_at IS NULL AND direction = 'i_owe' AND due < :today
              GROUP BY contact_id) late ON late.cid = contact.id
        WHERE {_GRADED_BY_SQL} GROUP BY points, late.n
    """
    for p, late, n in database.execute_sql(*named_sql(overdue, values)):
        points[p] -= n
        points[p + late_points(late)] += n
    counts = dict.fromkeys(BANDS, 0)
    for p, n in points.items():
        counts[band_for(p)] += n
    later = database.execute_sql(
        "SELECT id FROM contact WHERE archived = 0 AND last_day > ?", [day_number(today)]
    )
    for h in health_bands([row[0] for row in later], today=today).values():
        counts[h.band] += 1
    return counts


def bands(contact_ids: Iterable[int], *, today: dt.date | None = None) -> dict[int, str]:
    """The band of each contact in ``contact_ids`` (the list's badge column; unknown ids are left
    out), from the activity stored on each contact: one indexed statement for the lot. Contacts
    with something logged after ``today`` are graded from their full facts."""
    today = today or clock.today()
    ids = sorted({int(i) for i in contact_ids})
    out: dict[int, str] = {}
    later: list[int] = []
    t = day_number(today)
    for start in range(0, len(ids), _CHUNK):
        values = {
            **points_values(today),
            "today": today.isoformat(),
            "ids": ids[start : start + _CHUNK],
        }
        sql = f"""
            SELECT id, last_day, {POINTS_SQL} AS points,
                   (SELECT count(*) FROM follow_up f WHERE f.contact_id = contact.id
                      AND +f.done_at IS NULL AND f.direction = 'i_owe' AND f.due < :today) AS late
            FROM contact WHERE id IN (:ids)
        """
        for cid, last_day, points, late in database.execute_sql(*named_sql(sql, values)):
            if last_day is not None and last_day > t:
                later.append(cid)
            else:
                out[cid] = band_for(points + late_points(late))
    out.update((cid, h.band) for cid, h in health_bands(later, today=today).items())
    return out
