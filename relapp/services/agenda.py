"""The agenda: what needs me on a given day, computed from the data (no reminder rows to go stale).

Three sections, each for any date (``today=``) and a window of ``days`` days starting that day:
check-ins (from the stored, indexed ``Contact.checkin_due`` kept by :mod:`relapp.services.checkins`;
overdue and due ones first, ranked by relative overdueness, days overdue / cadence, so a manager two
weeks late outranks an acquaintance two weeks late), follow-ups and promises (overdue, due today,
upcoming in the window; done ones never, snoozed ones hidden until ``snoozed_until``) and
celebrations (yearly milestones in the window, through :func:`milestones.occurrences_between`, which
handles 29 February and the year end). Counts come from SQL; only the first ``limit`` rows of each
section are turned into objects, so a 100,000-contact agenda stays cheap. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from relapp import clock
from relapp.errors import ValidationError
from relapp.services import settings, wins
from relapp.services.checkins import check_in_state
from relapp.services.dates import occurrence_in_year
from relapp.services.milestones import KIND_LABELS
from relapp.store.db import database

MAX_DAYS = 366


@dataclass(frozen=True)
class CheckInItem:
    contact_id: int
    contact_uid: str
    contact: str
    relationship: str
    last_interaction: dt.date | None
    cadence_days: int
    due: dt.date
    overdue_days: int  # negative: due in that many days
    state: str  # checkins.check_in_state: due_soon, due, overdue (on_track when far ahead)
    ask_next: str  # topics for next time, else "Congratulate on: <a recent win>", else works_on

    @property
    def overdueness(self) -> float:
        """Days overdue relative to the cadence: the ranking key of the reach-out list."""
        return self.overdue_days / self.cadence_days


@dataclass(frozen=True)
class FollowUpItem:
    id: int
    uid: str
    contact_id: int
    contact: str
    text: str
    direction: str  # "i_owe" (a follow-up I owe) or "they_owe" (a promise made to me)
    due: dt.date
    overdue_days: int  # negative: due in that many days
    snoozed_until: dt.datetime | None

    @property
    def bucket(self) -> str:
        """``overdue``, ``today`` or ``upcoming``."""
        if self.overdue_days > 0:
            return "overdue"
        return "today" if self.overdue_days == 0 else "upcoming"

    @property
    def is_promise(self) -> bool:
        return self.direction == "they_owe"


@dataclass(frozen=True)
class CelebrationItem:
    milestone_id: int
    milestone_uid: str
    contact_id: int
    contact: str
    kind: str
    title: str  # "Birthday", "Work anniversary" or the custom label
    date: dt.date
    years: int | None
    lead_days: int
    celebrated: bool = False  # an interaction was logged for this milestone around the date

    def days_until(self, today: dt.date) -> int:
        return (self.date - today).days


@dataclass
class Agenda:
    date: dt.date
    days: int
    check_ins: list[CheckInItem] = field(default_factory=list)
    follow_ups: list[FollowUpItem] = field(default_factory=list)
    celebrations: list[CelebrationItem] = field(default_factory=list)
    # Totals before ``limit`` (equal to the list lengths without a limit).
    check_ins_total: int = 0
    follow_ups_total: int = 0
    celebrations_total: int = 0

    @property
    def end(self) -> dt.date:
        return self.date + dt.timedelta(days=self.days - 1)


def default_lead_days(kind: str) -> int:
    """Days of notice before a milestone of ``kind`` unless the milestone sets its own."""
    key = f"lead_days.{kind}"
    return int(settings.get(key if key in settings.SPECS else "lead_days.other"))


def _as_date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_datetime(value: object) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _moment(today: dt.date, now: dt.datetime | None) -> dt.datetime:
    """The instant snoozes are compared with: ``now`` on the day itself, else the end of ``today``."""
    if now is not None and now.date() == today:
        return now.replace(microsecond=0, tzinfo=None)
    if now is None and today == clock.today():
        return clock.now()
    return dt.datetime.combine(today, dt.time(23, 59, 59))


def _check_days(days: int) -> None:
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(f"--days must be between 1 and {MAX_DAYS}", field="days")


# --- check-ins -----------------------------------------------------------------------------------


def check_ins(
    *, today: dt.date, until: dt.date, limit: int | None = None
) -> tuple[list[CheckInItem], int]:
    """Check-ins due on or before ``until``, most relatively overdue first; and how many in all.

    The ranking reads only ``(archived, checkin_due, effective_cadence)`` (covered by one index when
    the schema has it); the wide contact rows are read for the ``limit`` winners only."""
    db = database.obj
    end = until.isoformat()
    total = db.execute_sql(
        "SELECT count(*) FROM contact WHERE archived = 0 AND checkin_due <= ?", (end,)
    ).fetchone()[0]
    rows = db.execute_sql(
        "SELECT c.id, c.uid, c.display_name, c.relationship, c.last_interaction_at, c.effective_cadence, "
        "c.checkin_due, c.topics_next, c.works_on FROM "
        "(SELECT id, (julianday(?) - julianday(checkin_due)) / effective_cadence AS rank FROM contact "
        " WHERE archived = 0 AND checkin_due <= ? ORDER BY rank DESC, checkin_due, id LIMIT ?) r "
        "JOIN contact c ON c.id = r.id ORDER BY r.rank DESC, c.display_name COLLATE NOCASE, c.id",
        (today.isoformat(), end, -1 if limit is None else limit),
    )
    rows = list(rows)
    # Only rows without topics for next time can use a win: skip the query when there are none.
    latest = wins.latest_recent_wins(
        contact_ids=[r[0] for r in rows if not (r[7] or "").strip()], today=today
    )
    items = []
    for cid, uid, name, rel, last, cadence, due, topics, works in rows:
        due_d = _as_date(due)
        assert due_d is not None
        items.append(
            CheckInItem(
                contact_id=cid,
                contact_uid=uid,
                contact=name,
                relationship=rel,
                last_interaction=_as_date(last),
                cadence_days=int(cadence),
                due=due_d,
                overdue_days=(today - due_d).days,
                state=check_in_state(due_d, today, cadence),
                ask_next=_ask_next(topics, latest.get(cid), works),
            )
        )
    return items, int(total)


def _ask_next(topics: str | None, win: wins.Win | None, works: str | None) -> str:
    """What to ask at the check-in: explicit topics, else a recent win, else what they work on."""
    if (topics or "").strip():
        return (topics or "").strip()
    if win is not None:
        return f"Congratulate on: {win.label}"
    return (works or "").strip()


# --- follow-ups and promises -----------------------------------------------------------------------

# Open, dated, not snoozed past the moment, of a contact not archived. Reads only
# (done_at, due, snoozed_until, contact_id): one covering index when the schema has it.
_FU_WHERE = (
    "done_at IS NULL AND due <= ? AND (snoozed_until IS NULL OR snoozed_until <= ?) "
    "AND contact_id NOT IN (SELECT id FROM contact WHERE archived = 1)"
)


def follow_ups(
    *, today: dt.date, until: dt.date, now: dt.datetime | None = None, limit: int | None = None
) -> tuple[list[FollowUpItem], int]:
    """Open follow-ups and promises due on or before ``until`` (overdue ones included), oldest due
    first; those snoozed past the moment of the agenda are hidden. Also returns the total."""
    db = database.obj
    moment = _moment(today, now).strftime("%Y-%m-%d %H:%M:%S")
    params: list[object] = [until.isoformat(), moment]
    total = db.execute_sql(f"SELECT count(*) FROM follow_up WHERE {_FU_WHERE}", params).fetchone()[
        0
    ]
    rows = db.execute_sql(
        "SELECT f.id, f.uid, f.contact_id, c.display_name, f.text, f.direction, f.due, f.snoozed_until FROM "
        f"(SELECT id FROM follow_up WHERE {_FU_WHERE} ORDER BY due LIMIT ?) r "
        "JOIN follow_up f ON f.id = r.id JOIN contact c ON c.id = f.contact_id "
        "ORDER BY f.due, c.display_name COLLATE NOCASE, f.id",
        [*params, -1 if limit is None else limit],
    )
    items = []
    for fid, uid, cid, name, text, direction, due, snoozed in rows:
        due_d = _as_date(due)
        assert due_d is not None
        items.append(
            FollowUpItem(
                id=fid,
                uid=uid,
                contact_id=cid,
                contact=name,
                text=text,
                direction=direction,
                due=due_d,
                overdue_days=(today - due_d).days,
                snoozed_until=_as_datetime(snoozed),
            )
        )
    return items, int(total)


# --- celebrations ----------------------------------------------------------------------------------


def _month_day_ranges(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """``month*100+day`` ranges covering [start, end] in date order, split at the year end; a range
    ending on 28 February reaches 29 February (celebrated on the 28th in common years)."""
    if (end - start).days >= 365:
        return [(101, 1231)]
    if start.year == end.year:
        ranges = [(start.month * 100 + start.day, end.month * 100 + end.day)]
    else:
        ranges = [(start.month * 100 + start.day, 1231), (101, end.month * 100 + end.day)]
    return [(lo, 229 if hi == 228 else hi) for lo, hi in ranges]


def celebrations(
    *, start: dt.date, end: dt.date, limit: int | None = None
) -> list[CelebrationItem]:
    """Every milestone occurrence from ``start`` to ``end`` inclusive (the first ``limit``), by
    date then name, with its lead days (the milestone's own, else the default for its kind).
    :func:`count_celebrations` counts them all.

    The same rules as :func:`milestones.occurrences_between` (a test holds them equal), read as
    plain rows: one range query on the ``month_day`` index per year segment, ``+archived`` so the
    planner never walks all contacts instead."""
    found = _celebration_rows(start, end)
    return _celebration_items(found if limit is None else found[:limit], start)


def _celebration_items(found: list[tuple], start: dt.date) -> list[CelebrationItem]:
    done = _celebrated({r[4] for r in found}, start - dt.timedelta(days=61)) if found else {}
    out = []
    for on, name, kind, mid, uid, cid, title, years, lead in found:
        window = (on - dt.timedelta(days=lead + 1), on + dt.timedelta(days=7))
        out.append(
            CelebrationItem(
                milestone_id=mid,
                milestone_uid=uid,
                contact_id=cid,
                contact=name,
                kind=kind,
                title=title,
                date=on,
                years=years,
                lead_days=lead,
                celebrated=any(window[0] <= d <= window[1] for d in done.get(uid, ())),
            )
        )
    return out


def count_celebrations(*, start: dt.date, end: dt.date) -> int:
    return len(_celebration_rows(start, end))


def _celebration_rows(start: dt.date, end: dt.date) -> list[tuple]:
    if end < start:
        return []
    defaults: dict[str, int] = {}
    found = []
    for lo, hi in _month_day_ranges(start, end):
        rows = database.obj.execute_sql(
            "SELECT m.id, m.uid, m.contact_id, c.display_name, m.kind, m.label, m.month, m.day, m.year, "
            "m.recurring, m.lead_days FROM milestone m JOIN contact c ON c.id = m.contact_id "
            "WHERE m.month_day BETWEEN ? AND ? AND +c.archived = 0",
            (lo, hi),
        )
        for mid, uid, cid, name, kind, label, month, day, year, recurring, lead in rows:
            if lead is None:
                if kind not in defaults:
                    defaults[kind] = default_lead_days(kind)
                lead = defaults[kind]
            title = label or KIND_LABELS.get(kind, kind)
            if not recurring:
                if year is not None:
                    on = dt.date(year, month, day)
                    if start <= on <= end:
                        found.append((on, name, kind, mid, uid, cid, title, None, lead))
                continue
            for y in range(start.year, end.year + 1):
                on = occurrence_in_year(month, day, y)
                if start <= on <= end and (year is None or y >= year):
                    years = y - year if year is not None and y > year else None
                    found.append((on, name, kind, mid, uid, cid, title, years, lead))
    found.sort(key=lambda r: (r[0], r[1].lower(), r[2]))
    return found


def _celebrated(uids: set[str], since: dt.date) -> dict[str, list[dt.date]]:
    """Dates of the celebration interactions logged for these milestones since ``since``."""
    out: dict[str, list[dt.date]] = {}
    chunk = sorted(uids)
    for i in range(0, len(chunk), 500):
        part = chunk[i : i + 500]
        rows = database.obj.execute_sql(
            f"SELECT milestone_uid, occurred_at FROM interaction INDEXED BY interaction_milestone_uid WHERE milestone_uid IN ({','.join('?' * len(part))}) "
            "AND +occurred_at >= ?",
            [*part, since.isoformat()],
        )
        for uid, when in rows:
            day = _as_date(when)
            if day is not None:
                out.setdefault(uid, []).append(day)
    return out


# --- the whole agenda --------------------------------------------------------------------------------


def compute_agenda(
    *,
    today: dt.date | None = None,
    days: int = 7,
    now: dt.datetime | None = None,
    limit: int | None = None,
) -> Agenda:
    """The agenda for ``today`` (default: the clock's) over ``days`` days starting that day.

    ``limit`` caps each section's rows (the totals still count everything); ``now`` is the moment
    snoozes are compared with (default: now on the real today, else the end of ``today``)."""
    _check_days(days)
    today = today or clock.today()
    end = today + dt.timedelta(days=days - 1)
    cis, ci_total = check_ins(today=today, until=end, limit=limit)
    fus, fu_total = follow_ups(today=today, until=end, now=now, limit=limit)
    rows = _celebration_rows(today, end)
    cels = _celebration_items(rows if limit is None else rows[:limit], today)
    cel_total = len(rows)
    return Agenda(today, days, cis, fus, cels, ci_total, fu_total, cel_total)


def due_count(*, today: dt.date | None = None, now: dt.datetime | None = None) -> int:
    """How many things need me today: check-ins and follow-ups due or overdue, celebrations today
    (the number on the tray icon)."""
    today = today or clock.today()
    db = database.obj
    moment = _moment(today, now).strftime("%Y-%m-%d %H:%M:%S")
    day = today.isoformat()
    ci = db.execute_sql(
        "SELECT count(*) FROM contact WHERE archived = 0 AND checkin_due <= ?", (day,)
    ).fetchone()[0]
    fu = db.execute_sql(
        f"SELECT count(*) FROM follow_up WHERE {_FU_WHERE}", (day, moment)
    ).fetchone()[0]
    return int(ci) + int(fu) + count_celebrations(start=today, end=today)


def to_json(agenda: Agenda) -> dict[str, object]:
    """The ``relapp agenda --json`` object of DESIGN.md, exactly."""
    return {
        "date": agenda.date.isoformat(),
        "follow_ups": [
            {
                "contact_id": f.contact_id,
                "contact": f.contact,
                "text": f.text,
                "due": f.due.isoformat(),
                "overdue_days": f.overdue_days,
            }
            for f in agenda.follow_ups
        ],
        "check_ins": [
            {
                "contact_id": c.contact_id,
                "contact": c.contact,
                "last_interaction": c.last_interaction.isoformat() if c.last_interaction else None,
                "cadence_days": c.cadence_days,
                "due": c.due.isoformat(),
                "overdue_days": c.overdue_days,
            }
            for c in agenda.check_ins
        ],
        "celebrations": [
            {
                "contact_id": m.contact_id,
                "contact": m.contact,
                "kind": m.kind,
                "date": m.date.isoformat(),
                "years": m.years,
            }
            for m in agenda.celebrations
        ],
    }
