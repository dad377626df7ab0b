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
from collections.abc import Iterable
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Facts:
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


@dataclass(frozen=True)
class Health:
    contact_id: int
    band: str  # one of BANDS
    points: int
    reasons: list[str] = field(default_factory=list)
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
        points -= 1 if f.i_owe_overdue == 1 else 2
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


def _facts_sql(*, all_contacts: bool) -> str:
    # With an id list, the (contact_id, occurred_at) index drives the interaction aggregate and
    # the contact_id index the follow-ups ("+done_at" keeps the planner off the done_at index,
    # which would visit every open follow-up). For every contact, one sequential pass over the
    # interactions beats visiting them in date order through their index. The stored last
    # interaction is used unless it lies after the date asked about.
    recent_from = (
        "interaction i JOIN interaction_contact ic ON ic.interaction_id = i.id "
        "WHERE +i.occurred_at >= :since180 AND +i.occurred_at < :end"
        if all_contacts
        else "interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
        "WHERE ic.contact_id IN (:ids) AND ic.occurred_at >= :since180 AND ic.occurred_at < :end"
    )
    fu_ids = "" if all_contacts else "AND contact_id IN (:ids)"
    contact_ids = "+c.archived = 0" if all_contacts else "c.id IN (:ids)"
    return f"""
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
                   FROM {recent_from} GROUP BY ic.contact_id) r ON r.cid = c.id
        LEFT JOIN (SELECT contact_id AS cid,
                          sum(direction = 'i_owe') AS mine,
                          sum(direction = 'i_owe' AND due < :today) AS late,
                          sum(direction = 'they_owe') AS theirs
                   FROM follow_up WHERE +done_at IS NULL {fu_ids} GROUP BY contact_id) f ON f.cid = c.id
        WHERE {contact_ids}
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
        sql, params = named_sql(_facts_sql(all_contacts=False), _values(today, chunk))
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


# grade()'s points as SQL over the columns of _facts_sql, for counting bands over everyone
# without building 100,000 Health objects; tests check it agrees with grade() on every input.
_POINTS_SQL = """
  (CASE WHEN last IS NULL THEN -1
        WHEN cad > 0 THEN CASE WHEN days * 2 <= cad THEN 2 WHEN days <= cad THEN 1
                               WHEN days <= 2 * cad THEN -1 ELSE -3 END
        WHEN days <= 30 THEN 1 WHEN days <= 180 THEN 0 ELSE -2 END)
  + (CASE WHEN n90 >= 3 THEN 1 WHEN n90 = 0 AND last IS NOT NULL THEN -1 ELSE 0 END)
  + (CASE WHEN me + them >= :recip_min THEN (CASE WHEN them = 0 THEN -1 WHEN me = 0 THEN 0 ELSE 1 END)
          ELSE 0 END)
  + (CASE WHEN late = 0 THEN 0 WHEN late = 1 THEN -1 ELSE -2 END)
"""


def points_sql(facts_sql: str) -> str:
    """``SELECT id, points`` over a statement returning the facts columns."""
    return f"""
        SELECT id, {_POINTS_SQL} AS points FROM (
          SELECT id, last, cad, n90, me, them, late,
                 max(0, julianday(:today) - julianday(substr(last, 1, 10))) AS days
          FROM ({facts_sql}))
    """


def band_counts(*, today: dt.date | None = None) -> dict[str, int]:
    """How many active contacts are in each band: one aggregate statement over everyone."""
    today = today or clock.today()
    counts = dict.fromkeys(BANDS, 0)
    sql = f"""
        SELECT CASE WHEN points >= 3 THEN 'thriving' WHEN points >= 1 THEN 'steady'
                    WHEN points >= -1 THEN 'cooling' ELSE 'at_risk' END AS band, count(*)
        FROM ({points_sql(_facts_sql(all_contacts=True))}) GROUP BY band
    """
    values = {**_values(today), "recip_min": RECIPROCITY_MIN}
    for band, n in database.execute_sql(*named_sql(sql, values)):
        counts[band] = n
    return counts
