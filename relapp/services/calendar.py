"""The milestone calendar: what falls on each day of a month (milestone occurrences by kind and the
follow-ups due), the next 30 days, celebrating a milestone, and recording a win.

A month is read with :func:`relapp.services.milestones.occurrences_between` (one indexed query on
``month_day``) plus one indexed query on ``follow_up.due`` and one on ``interaction.milestone_uid``
for what was already celebrated - never a scan of all milestones in Python.

"Celebrated this year": a celebration interaction linked to the milestone (``milestone_uid``) that
falls in the occurrence's *celebration window*, from 30 days before the occurrence until 30 days
before the next one. So congratulating someone a few days early (a 2 January birthday celebrated
on 30 December, from the "next 30 days" list) counts for the right year. A one-off milestone
happens once: any celebration of it counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from peewee import SQL, NodeList

from relapp import clock
from relapp.errors import NotFoundError, ValidationError
from relapp.services import contacts, interactions, milestones
from relapp.services.congratulations import Draft, congratulation_draft, mailto_url, occasion
from relapp.services.dates import occurrence_in_year
from relapp.store.db import database
from relapp.store.models import Contact, FollowUp, Interaction, Milestone

FOLLOW_UP = "follow_up"
#: Every kind the calendar marks, in legend order.
KINDS: tuple[str, ...] = (*milestones.KIND_LABELS, FOLLOW_UP)
KIND_LABELS: dict[str, str] = {**milestones.KIND_LABELS, FOLLOW_UP: "Follow-up due"}
WINDOW_DAYS = 30  # a celebration counts from this many days before the occurrence
UID_CHUNK = 900  # milestone uids per IN (...) query
MAX_WIN_TEXT = 200


@dataclass(frozen=True)
class CalendarEntry:
    """One thing on one day: a milestone occurrence or a follow-up that is due."""

    date: dt.date
    kind: str  # a milestone kind, or FOLLOW_UP
    contact_id: int
    contact_name: str
    title: str  # "Birthday", a label ("Shipped the mobile app"), or the follow-up's text
    years: int | None = None
    milestone_id: int | None = None
    milestone_uid: str | None = None
    follow_up_id: int | None = None
    celebrated: bool = False

    @property
    def is_celebration(self) -> bool:
        """True for milestones (they can be celebrated); False for follow-ups."""
        return self.milestone_id is not None

    @property
    def detail(self) -> str:
        return occasion(self.kind, self.years) if self.is_celebration else ""

    def text(self) -> str:
        """``"Ana Silva - Birthday (turning 40)"``: the line a list shows."""
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.contact_name} \u2014 {self.title}{extra}"


@dataclass
class MonthView:
    """Every entry of one month, by day, in display order."""

    year: int
    month: int
    days: dict[dt.date, list[CalendarEntry]] = field(default_factory=dict)

    def entries_on(self, day: dt.date) -> list[CalendarEntry]:
        return self.days.get(day, [])

    def kinds_on(self, day: dt.date) -> list[str]:
        """The kinds marked on ``day``, in legend order, each once."""
        present = {e.kind for e in self.days.get(day, [])}
        return [k for k in KINDS if k in present]

    def markers(self) -> dict[dt.date, list[str]]:
        return {day: self.kinds_on(day) for day in self.days}


@dataclass(frozen=True)
class Celebration:
    """What :func:`celebrate` did: the interaction it logged, and a draft to send."""

    interaction_id: int
    entry: CalendarEntry
    draft: Draft
    email: str | None
    mailto: str | None


# --- reading ---------------------------------------------------------------------------------------


def rows(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a peewee query as tuples (peewee's stubs type ``.tuples()`` as model objects)."""
    return iter(query.tuples())


def fetch_raw(query: Any) -> list[tuple[Any, ...]]:
    """The rows of a peewee query as SQLite returns them (no per-value conversion: dates stay ISO
    strings), fetched in one call - several times faster than model rows for thousands of rows."""
    return list(database.execute(query).fetchall())


def _window(info: milestones.MilestoneInfo, on: dt.date) -> tuple[dt.date, dt.date] | None:
    """The celebration window of the occurrence on ``on`` (start inclusive, end exclusive);
    None for a one-off (any celebration counts)."""
    if not info.recurring:
        return None
    nxt = occurrence_in_year(info.month, info.day, on.year + 1)
    pad = dt.timedelta(days=WINDOW_DAYS)
    return on - pad, nxt - pad


def _celebrations(uids: Iterable[str], start: dt.date, end: dt.date) -> dict[str, list[dt.date]]:
    """Dates of celebration interactions for ``uids`` from ``start`` to ``end``: one range query on
    the interaction date, keeping only celebrations (few), matched to ``uids`` in memory - the cost
    follows the celebrations logged in the range, not the thousands of milestones in a month."""
    wanted = set(uids)
    lo, hi = start.isoformat(), (end + dt.timedelta(days=1)).isoformat()
    cursor = database.execute_sql(
        "SELECT milestone_uid, occurred_at FROM interaction "
        # "+" keeps SQLite on the milestone_uid index (celebrations only), not the date index.
        "WHERE milestone_uid > '' AND +occurred_at >= ? AND +occurred_at < ?",
        (lo, hi),
    )
    out: dict[str, list[dt.date]] = {}
    for uid, when in cursor:  # occurred_at as stored: "YYYY-MM-DD HH:MM:SS"
        if uid in wanted:
            out.setdefault(uid, []).append(dt.date.fromisoformat(str(when)[:10]))
    return out


def _entries(start: dt.date, end: dt.date) -> list[CalendarEntry]:
    """Milestone occurrences and open follow-ups due from ``start`` to ``end``, sorted by date."""
    occs = milestones.occurrences_between(start, end)
    pad = dt.timedelta(days=WINDOW_DAYS)
    # A one-off may have been celebrated any time; a wide but bounded range covers it.
    done = _celebrations(
        (o.milestone.uid for o in occs),
        start - pad - dt.timedelta(days=366),
        end + pad + dt.timedelta(days=366),
    )
    out: list[CalendarEntry] = []
    for o in occs:
        info, dates = o.milestone, done.get(o.milestone.uid, [])
        window = _window(info, o.date)
        celebrated = (
            bool(dates) if window is None else any(window[0] <= d < window[1] for d in dates)
        )
        out.append(
            CalendarEntry(
                date=o.date,
                kind=info.kind,
                contact_id=info.contact_id,
                contact_name=o.contact_name,
                title=info.title,
                years=o.years,
                milestone_id=info.id,
                milestone_uid=info.uid,
                celebrated=celebrated,
            )
        )
    out.extend(_follow_ups_due(start, end))
    out.sort(key=lambda e: (e.date, e.kind == FOLLOW_UP, e.contact_name.lower(), e.kind))
    return out


def _follow_ups_due(start: dt.date, end: dt.date) -> list[CalendarEntry]:
    """Open follow-ups due in [start, end] of contacts not archived: one query on the ``due`` index
    (the unary ``+`` keeps SQLite from preferring ``done_at IS NULL``, which matches every open one)."""
    done_at = NodeList((SQL("+"), FollowUp.done_at), glue="")
    archived = NodeList((SQL("+"), Contact.archived), glue="")
    query = (
        FollowUp.select(FollowUp.id, FollowUp.text, FollowUp.due, Contact.id, Contact.display_name)
        .join(Contact)
        .where(FollowUp.due.between(start, end) & done_at.is_null() & (archived == 0))
    )
    return [
        CalendarEntry(
            date=dt.date.fromisoformat(str(due)[:10]),
            kind=FOLLOW_UP,
            contact_id=cid,
            contact_name=name,
            title=text,
            follow_up_id=fid,
        )
        for fid, text, due, cid, name in fetch_raw(query)
    ]


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        raise ValidationError(f"{year}-{month} is not a month", field="month")
    first = dt.date(year, month, 1)
    return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(
        days=1
    )


def _group(year: int, month: int, entries: Iterable[CalendarEntry]) -> MonthView:
    first, last = _month_range(year, month)
    view = MonthView(year, month)
    for entry in entries:
        if first <= entry.date <= last:
            view.days.setdefault(entry.date, []).append(entry)
    return view


def month_view(*, year: int, month: int) -> MonthView:
    """Everything in one month, by day."""
    return _group(year, month, _entries(*_month_range(year, month)))


def page(
    *, year: int, month: int, start: dt.date | None = None, days: int = 30
) -> tuple[MonthView, list[CalendarEntry]]:
    """What the Calendar view shows at once: the month, and the ``days`` days from ``start``
    (default today). When the two overlap (the usual case: this month and the next 30 days) they
    are read in one pass over the union of both ranges."""
    first, last = _month_range(year, month)
    start = start or clock.today()
    end = start + dt.timedelta(days=max(1, days) - 1)
    if start > last + dt.timedelta(days=1) or end < first - dt.timedelta(days=1):
        return month_view(year=year, month=month), _entries(start, end)
    both = _entries(min(first, start), max(last, end))
    return _group(year, month, both), [e for e in both if start <= e.date <= end]


def entries_between(*, start: dt.date, end: dt.date) -> list[CalendarEntry]:
    """Every entry from ``start`` to ``end`` inclusive, sorted by date."""
    return _entries(start, end)


def upcoming(*, start: dt.date | None = None, days: int = 30) -> list[CalendarEntry]:
    """The next ``days`` days from ``start`` (default today), today included."""
    start = start or clock.today()
    return _entries(start, start + dt.timedelta(days=max(1, days) - 1))


# --- celebrating -----------------------------------------------------------------------------------


def _milestone(milestone_id: int) -> tuple[milestones.MilestoneInfo, str]:
    row = (
        Milestone.select(Milestone, Contact.id, Contact.display_name)
        .join(Contact)
        .where(Milestone.id == milestone_id)
        .first()
    )
    if row is None:
        raise NotFoundError(f"no milestone with id {milestone_id}")
    return milestones._info(row), row.contact.display_name


def current_occurrence(info: milestones.MilestoneInfo, today: dt.date) -> dt.date:
    """The occurrence whose celebration window holds ``today`` (a one-off: its date)."""
    if not info.recurring:
        return dt.date(info.year or today.year, info.month, info.day)
    ahead = today + dt.timedelta(days=WINDOW_DAYS)
    this_year = occurrence_in_year(info.month, info.day, ahead.year)
    return (
        this_year
        if this_year <= ahead
        else occurrence_in_year(info.month, info.day, ahead.year - 1)
    )


def is_celebrated(milestone: milestones.MilestoneInfo, year: int) -> bool:
    """Whether the milestone's occurrence in ``year`` was celebrated (see the module docstring)."""
    if not milestone.recurring:
        return Interaction.select().where(Interaction.milestone_uid == milestone.uid).exists()
    on = occurrence_in_year(milestone.month, milestone.day, year)
    window = _window(milestone, on)
    assert window is not None
    dates = _celebrations([milestone.uid], window[0], window[1]).get(milestone.uid, [])
    return any(window[0] <= d < window[1] for d in dates)


def _entry(
    info: milestones.MilestoneInfo, name: str, on: dt.date, celebrated: bool
) -> CalendarEntry:
    return CalendarEntry(
        date=on,
        kind=info.kind,
        contact_id=info.contact_id,
        contact_name=name,
        title=info.title,
        years=milestones.years_on(info, on),
        milestone_id=info.id,
        milestone_uid=info.uid,
        celebrated=celebrated,
    )


def draft_for(*, milestone_id: int, on: dt.date | None = None) -> tuple[Draft, str | None]:
    """The congratulation draft for a milestone's occurrence, and the contact's first email."""
    info, _name = _milestone(milestone_id)
    on = on or current_occurrence(info, clock.today())
    person = contacts.get_contact(info.contact_id)
    draft = congratulation_draft(
        kind=info.kind,
        first_name=person.first_name or person.nickname or person.display_name,
        years=milestones.years_on(info, on),
        label=info.label,
        company=person.company,
    )
    return draft, (person.emails[0] if person.emails else None)


def celebrate(
    *, milestone_id: int, on: dt.date | None = None, when: dt.datetime | None = None
) -> Celebration:
    """Log a "celebration" interaction linked to the milestone (``milestone_uid``) and return it
    with a congratulation draft (and a ``mailto:`` URL when the contact has an email).

    ``on`` is the occurrence being celebrated (default: the current one); ``when`` the time of
    the interaction (default: now)."""
    info, name = _milestone(milestone_id)
    on = on or current_occurrence(info, clock.today())
    entry = _entry(info, name, on, True)
    summary = f"Celebrated: {entry.title}" + (f" ({entry.detail})" if entry.detail else "")
    interaction_id = interactions.log_interaction(
        contact_ids=[info.contact_id],
        kind="celebration",
        when=when,
        summary=summary,
        milestone_uid=info.uid,
    )
    draft, email = draft_for(milestone_id=milestone_id, on=on)
    mailto = mailto_url(to=email, subject=draft.subject, body=draft.body) if email else None
    return Celebration(
        interaction_id=interaction_id, entry=entry, draft=draft, email=email, mailto=mailto
    )


# --- wins ------------------------------------------------------------------------------------------


def record_win(*, contact_id: int, text: str, date: dt.date) -> int:
    """Record an achievement ("a win") as a one-off milestone on ``date``; returns its id."""
    label = " ".join(text.split())
    if not label:
        raise ValidationError("describe the win in a few words", field="text")
    if len(label) > MAX_WIN_TEXT:
        raise ValidationError(
            f"keep the win short (at most {MAX_WIN_TEXT} characters)", field="text"
        )
    if not contacts.exists(contact_id):
        raise NotFoundError(f"no contact with id {contact_id}")
    return milestones.add_milestone(
        contact_id=contact_id,
        kind="achievement",
        label=label,
        month=date.month,
        day=date.day,
        year=date.year,
        recurring=False,
    )
