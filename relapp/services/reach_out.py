""" "Reach out this week": the few people most worth a message at a date, each with its reason.

Focus beats volume: the list is short (settings ``reach_out_limit``). A contact is a candidate when
its check-in is due (stored, indexed ``checkin_due``) or a promise of mine to them falls due within
a week; nobody I was in touch with during the last week, nobody archived and nobody dismissed or
snoozed (``reach_out_dismissed_until``; logging an interaction clears it). Ranking is one SQL
statement with an aggregate over open follow-ups:

    r     = days since last talk / cadence                   (1 when due and never met)
    score = 30 x r / (r + 1)     (15 when just due, 20 at twice the cadence, never above 30)
          + 8 per open promise of mine (at most 3) + 4 more per overdue one (at most 3)
          + 3 per open promise of theirs (at most 2)

Only the top entries are then described in words ("last talked 45 days ago ("Call about the Q3
launch"), 31 days past your 14-day rhythm; you promised "Send the deck"").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp import clock
from relapp.errors import NotFoundError, ValidationError
from relapp.services import settings
from relapp.services.health import days_ago, named_sql, plural
from relapp.store.db import database

QUIET_DAYS = 7  # in touch within this many days: not on the list
PROMISE_HORIZON_DAYS = 7  # a promise due within this many days makes someone a candidate
MAX_LIMIT = 50
SNOOZE_WEEKS = (1, 2)


@dataclass(frozen=True)
class ReachOutEntry:
    contact_id: int
    contact: str
    reason: str
    score: float
    days_since: int | None
    cadence: int | None
    last_summary: str = ""
    promise: str = ""  # the first open promise of mine, if any

    def to_json(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "contact": self.contact,
            "reason": self.reason,
            "score": self.score,
        }


# One sequential pass over the contacts (the "+" keeps SQLite off indexes that would visit the
# rows in random order, which costs more than reading them all in order); open follow-ups are
# aggregated once. d / (d + cadence) is r / (r + 1), with d the days since the last talk.
_DAYS = "max(0.0, julianday(:today) - julianday(substr(c.last_interaction_at, 1, 10)))"
_RANK_SQL = f"""
WITH f AS MATERIALIZED (
  SELECT contact_id AS cid,
         sum(direction = 'i_owe') AS mine,
         sum(direction = 'i_owe' AND due < :today) AS late,
         sum(direction = 'i_owe' AND due <= :horizon) AS soon,
         sum(direction = 'they_owe') AS theirs
  FROM follow_up WHERE done_at IS NULL GROUP BY contact_id
)
SELECT c.id, c.display_name, c.last_interaction_at, c.effective_cadence,
  CASE WHEN c.checkin_due IS NULL OR c.checkin_due > :today THEN 0
       WHEN c.last_interaction_at IS NULL THEN 15.0
       ELSE 30.0 * {_DAYS} / ({_DAYS} + c.effective_cadence) END
  + 8 * min(coalesce(f.mine, 0), 3) + 4 * min(coalesce(f.late, 0), 3)
  + 3 * min(coalesce(f.theirs, 0), 2) AS score
FROM contact c LEFT JOIN f ON f.cid = c.id
WHERE +c.archived = 0
  AND (+c.checkin_due <= :today OR c.id IN (SELECT cid FROM f WHERE soon > 0))
  AND (c.reach_out_dismissed_until IS NULL OR c.reach_out_dismissed_until <= :today)
  AND (+c.last_interaction_at IS NULL OR +c.last_interaction_at < :quiet)
ORDER BY score DESC, c.display_name COLLATE NOCASE, c.id
LIMIT :limit
"""


def _limit(limit: int | None) -> int:
    if limit is None:
        limit = int(settings.get("reach_out_limit"))
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(
            f"the reach-out list holds 1 to {MAX_LIMIT} people (got {limit})", field="limit"
        )
    return limit


def ranked(
    *, today: dt.date | None = None, limit: int | None = None
) -> list[tuple[int, str, str | None, int | None, float]]:
    """The top ``limit`` candidates as ``(id, name, last_interaction_at, cadence, score)``:
    the bare ranking, one statement, no reasons."""
    today = today or clock.today()
    values = {
        "today": today.isoformat(),
        "horizon": (today + dt.timedelta(days=PROMISE_HORIZON_DAYS)).isoformat(),
        "quiet": (today - dt.timedelta(days=QUIET_DAYS - 1)).isoformat() + " 00:00:00",
        "limit": _limit(limit),
    }
    sql, params = named_sql(_RANK_SQL, values)
    return [
        (r[0], r[1], r[2], r[3], round(float(r[4]), 1)) for r in database.execute_sql(sql, params)
    ]


def _last_summaries(ids: list[int], today: dt.date) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    end = (today + dt.timedelta(days=1)).isoformat() + " 00:00:00"
    rows = database.execute_sql(
        f"""SELECT ic.contact_id, i.summary, i.kind FROM interaction_contact ic
            JOIN interaction i ON i.id = ic.interaction_id
            WHERE ic.contact_id IN ({marks}) AND ic.occurred_at = (
              SELECT max(x.occurred_at) FROM interaction_contact x
              WHERE x.contact_id = ic.contact_id AND x.occurred_at < ?)
            ORDER BY i.id""",
        [*ids, end],
    )
    out: dict[int, str] = {}
    for cid, summary, kind in rows:
        out[cid] = shorten(summary or kind.capitalize())
    return out


def shorten(text: str, width: int = 60) -> str:
    """One line of at most ``width`` characters, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    return line[: width - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "\u2026"


def _promises(ids: list[int]) -> dict[int, list[tuple[str, str, dt.date | None]]]:
    """Open promises (direction, text, due) of ``ids``, soonest due first."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = database.execute_sql(
        f"""SELECT contact_id, direction, text, due FROM follow_up
            WHERE +done_at IS NULL AND contact_id IN ({marks})
            ORDER BY due IS NULL, due, id""",
        ids,
    )
    out: dict[int, list[tuple[str, str, dt.date | None]]] = {}
    for cid, direction, text, due in rows:
        out.setdefault(cid, []).append(
            (direction, text, dt.date.fromisoformat(str(due)[:10]) if due else None)
        )
    return out


def _due_phrase(due: dt.date | None, today: dt.date) -> str:
    if due is None:
        return ""
    delta = (due - today).days
    if delta < 0:
        return f", {plural(-delta, 'day')} late"
    if delta == 0:
        return ", due today"
    if delta == 1:
        return ", due tomorrow"
    return f", due in {delta} days"


def describe(
    *,
    days: int | None,
    cadence: int | None,
    summary: str,
    promises: list[tuple[str, str, dt.date | None]],
    today: dt.date,
) -> str:
    """The one-line reason: the last talk (and its topic) against the rhythm, then promises."""
    if days is None:
        first = "no interaction logged yet" + (
            f"; you wanted to check in every {cadence} days" if cadence else ""
        )
    else:
        first = f"last talked {days_ago(days)}" + (f' ("{summary}")' if summary else "")
        if cadence and days > cadence:
            first += f", {plural(days - cadence, 'day')} past your {cadence}-day rhythm"
        elif cadence and days == cadence:
            first += f", due today on your {cadence}-day rhythm"
    parts = [first]
    mine = [p for p in promises if p[0] == "i_owe"]
    theirs = [p for p in promises if p[0] == "they_owe"]
    if mine:
        text = f'you promised "{shorten(mine[0][1], 50)}"{_due_phrase(mine[0][2], today)}'
        if len(mine) > 1:
            text += f" (and {plural(len(mine) - 1, 'more promise')})"
        parts.append(text)
    if theirs:
        parts.append(f'they promised "{shorten(theirs[0][1], 50)}"')
    return "; ".join(parts)


def reach_out(*, today: dt.date | None = None, limit: int | None = None) -> list[ReachOutEntry]:
    """The people most worth a message at ``today`` (default: the clock), best first."""
    today = today or clock.today()
    top = ranked(today=today, limit=limit)
    ids = [r[0] for r in top]
    summaries = _last_summaries(ids, today)
    promises = _promises(ids)
    out = []
    for cid, name, last, cadence, score in top:
        days = None if not last else max(0, (today - dt.date.fromisoformat(str(last)[:10])).days)
        mine = [p for p in promises.get(cid, []) if p[0] == "i_owe"]
        reason = describe(
            days=days,
            cadence=cadence,
            summary=summaries.get(cid, ""),
            promises=promises.get(cid, []),
            today=today,
        )
        out.append(
            ReachOutEntry(
                contact_id=cid,
                contact=name,
                reason=reason,
                score=score,
                days_since=days,
                cadence=cadence,
                last_summary=summaries.get(cid, ""),
                promise=mine[0][1] if mine else "",
            )
        )
    return out


def _set_dismissed(contact_id: int, until: dt.date | None) -> None:
    cursor = database.execute_sql(
        "UPDATE contact SET reach_out_dismissed_until = ? WHERE id = ?",
        [until.isoformat() if until else None, contact_id],
    )
    if not cursor.rowcount:
        raise NotFoundError(f"no contact with id {contact_id}")


def dismiss(*, contact_id: int, today: dt.date | None = None) -> dt.date:
    """Not now: hide the person until their check-in comes round again (their cadence from
    today, at least a week; 30 days without a cadence). Returns the day they may reappear."""
    today = today or clock.today()
    row = database.execute_sql(
        "SELECT effective_cadence FROM contact WHERE id = ?", [contact_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no contact with id {contact_id}")
    until = today + dt.timedelta(days=max(7, row[0] or 30))
    _set_dismissed(contact_id, until)
    return until


def snooze(*, contact_id: int, weeks: int, today: dt.date | None = None) -> dt.date:
    """Hide the person for ``weeks`` weeks (1 to 8). Returns the day they may reappear."""
    if not 1 <= weeks <= 8:
        raise ValidationError("snooze for 1 to 8 weeks", field="weeks")
    until = (today or clock.today()) + dt.timedelta(weeks=weeks)
    _set_dismissed(contact_id, until)
    return until


def restore(*, contact_id: int) -> None:
    """Undo a dismissal or snooze."""
    _set_dismissed(contact_id, None)
