"""Check-in cadence: how often I want to be in touch with someone, and when that is next due.

A contact's cadence comes from, in order: its own setting (0 = no check-ins), the shortest cadence
among its tags, the default for its relationship (settings ``cadence.<relationship>``), or none.
Due = last interaction + cadence; a contact with a cadence and no interaction is due from the day
it was added. A snooze moves the due date without pretending an interaction happened; any logged
interaction clears it. Both derived values are stored on the contact (``effective_cadence``,
``checkin_due``, indexed) and recomputed here in one set-based UPDATE, with the contact's recent
activity as day numbers (``last_day``, ``third_last_day``, ``started_*_day``) that health reads to
grade every contact in one pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from relapp.services import settings
from relapp.store.db import database
from relapp.store.models import RELATIONSHIPS, Contact


def relationship_defaults() -> dict[str, int]:
    return {rel: int(settings.get(f"cadence.{rel}")) for rel in RELATIONSHIPS}


def _relationship_case() -> tuple[str, list[object]]:
    parts: list[str] = []
    params: list[object] = []
    for rel, days in relationship_defaults().items():
        parts.append("WHEN ? THEN ?")
        params.extend([rel, days])
    return "CASE relationship " + " ".join(parts) + " ELSE 0 END", params


_DAY = "CAST(julianday(substr({}, 1, 10)) - 2440587.5 AS INTEGER)"  # days since 1970-01-01

# The third most recent interaction, the third most recent with a known starter and the last one
# each side started, per contact, in one window pass over the links (schema v4 fills the same).
_ACTIVITY = f"""
WITH links AS (
  SELECT ic.contact_id AS cid, ic.occurred_at AS at, i.initiated_by AS ib,
         row_number() OVER (PARTITION BY ic.contact_id ORDER BY ic.occurred_at DESC) AS n,
         row_number() OVER (PARTITION BY ic.contact_id, coalesce(i.initiated_by IN ('me', 'them'), 0)
                            ORDER BY ic.occurred_at DESC) AS k
  FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id {{where}}
), act AS (
  SELECT cid,
         max(CASE WHEN n = 3 THEN at END) AS third,
         max(CASE WHEN k = 3 AND ib IN ('me', 'them') THEN at END) AS started_third,
         max(CASE WHEN ib = 'me' THEN at END) AS me,
         max(CASE WHEN ib = 'them' THEN at END) AS them
  FROM links GROUP BY cid
)
UPDATE contact SET
  third_last_day = {_DAY.format("act.third")},
  started_third_day = {_DAY.format("act.started_third")},
  started_me_day = {_DAY.format("act.me")},
  started_them_day = {_DAY.format("act.them")}
FROM act WHERE act.cid = contact.id
"""


def refresh(contact_ids: Iterable[int] | None = None, *, activity: bool = True) -> None:
    """Recompute last interaction, effective cadence, check-in due date and recent activity.

    ``contact_ids=None`` refreshes every contact; ``activity=False`` skips the activity pass when
    only cadences changed (a settings or tag cadence change), since interactions did not."""
    db = database.obj
    rel_case, rel_params = _relationship_case()
    where, where_params = "", list[object]()
    if contact_ids is not None:
        ids = sorted({int(i) for i in contact_ids})
        if not ids:
            return
        where = f" WHERE id IN ({','.join('?' * len(ids))})"
        where_params = list[object](ids)
    db.execute_sql(
        f"""
        UPDATE contact SET
          last_interaction_at = (SELECT max(ic.occurred_at) FROM interaction_contact ic
                                 WHERE ic.contact_id = contact.id),
          effective_cadence = CASE
            WHEN cadence_days IS NOT NULL THEN nullif(cadence_days, 0)
            ELSE coalesce(
              (SELECT min(t.cadence_days) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
               WHERE ct.contact_id = contact.id AND t.cadence_days > 0),
              nullif({rel_case}, 0))
          END
        {where}
        """,
        rel_params + where_params,
    )
    db.execute_sql(
        f"""
        UPDATE contact SET last_day = {_DAY.format("last_interaction_at")}, checkin_due = CASE
            WHEN effective_cadence IS NULL OR archived THEN NULL
            ELSE max(
              CASE WHEN last_interaction_at IS NULL THEN date(created_at)
                   ELSE date(last_interaction_at, '+' || effective_cadence || ' days') END,
              coalesce(checkin_snoozed_until, ''))
          END
        {where}
        """,
        where_params,
    )
    if activity:
        db.execute_sql(
            "UPDATE contact SET third_last_day = NULL, started_third_day = NULL, "
            f"started_me_day = NULL, started_them_day = NULL{where}",
            where_params,
        )
        links_where = where.replace(" WHERE id IN", " WHERE ic.contact_id IN")
        db.execute_sql(_ACTIVITY.format(where=links_where), where_params)


def snooze_checkin(*, contact_id: int, until: dt.date) -> None:
    """Move a contact's check-in to ``until`` without logging anything."""
    Contact.update(checkin_snoozed_until=until).where(Contact.id == contact_id).execute()
    refresh([contact_id])


def check_in_state(due: dt.date | None, today: dt.date, cadence: int | None) -> str:
    """Grade a check-in: ``none``, ``on_track``, ``due_soon`` (within a week or a fifth of the
    cadence), ``due`` (today) or ``overdue``."""
    if due is None or not cadence:
        return "none"
    delta = (due - today).days
    if delta < 0:
        return "overdue"
    if delta == 0:
        return "due"
    if delta <= max(1, min(7, cadence // 5)):
        return "due_soon"
    return "on_track"
