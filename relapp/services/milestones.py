"""Milestones: birthdays, work anniversaries, promotions, new jobs, achievements and custom dates.

A contact's birthday *is* its birthday milestone (at most one per contact): the contact editor, the
CLI and the importers all go through :func:`set_birthday`, so there is one source of truth.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relapp.errors import NotFoundError, ValidationError
from relapp.services.dates import PartialDate, occurrence_in_year, validate_month_day
from relapp.store.models import MILESTONE_KINDS, Milestone

KIND_LABELS = {
    "birthday": "Birthday",
    "work_anniversary": "Work anniversary",
    "promotion": "Promotion",
    "new_job": "New job",
    "achievement": "Achievement",
    "custom": "Custom",
}


@dataclass(frozen=True)
class MilestoneInfo:
    id: int
    uid: str
    contact_id: int
    kind: str
    label: str
    month: int
    day: int
    year: int | None
    recurring: bool
    lead_days: int | None
    note: str

    @property
    def date(self) -> PartialDate:
        return PartialDate(self.month, self.day, self.year)

    @property
    def title(self) -> str:
        return self.label or KIND_LABELS.get(self.kind, self.kind)


def _info(m: Milestone) -> MilestoneInfo:
    return MilestoneInfo(
        id=m.id,
        uid=m.uid,
        contact_id=m.contact_id,
        kind=m.kind,
        label=m.label,
        month=m.month,
        day=m.day,
        year=m.year,
        recurring=bool(m.recurring),
        lead_days=m.lead_days,
        note=m.note,
    )


def _check(kind: str, month: int, day: int, year: int | None, lead_days: int | None) -> None:
    if kind not in MILESTONE_KINDS:
        raise ValidationError(f"unknown milestone kind {kind!r}", field="kind")
    validate_month_day(month, day, year)
    if lead_days is not None and not 0 <= lead_days <= 60:
        raise ValidationError("reminder lead days must be between 0 and 60", field="lead_days")


def add_milestone(
    *,
    contact_id: int,
    kind: str,
    month: int,
    day: int,
    year: int | None = None,
    recurring: bool = True,
    lead_days: int | None = None,
    label: str = "",
    note: str = "",
    uid: str | None = None,
) -> int:
    _check(kind, month, day, year, lead_days)
    if kind == "birthday":
        set_birthday(contact_id=contact_id, birthday=PartialDate(month, day, year))
        existing = Milestone.get(Milestone.contact == contact_id, Milestone.kind == "birthday")
        if lead_days is not None or note:
            existing.lead_days, existing.note = lead_days, note
            existing.save()
        return int(existing.id)
    if not recurring and year is None:
        raise ValidationError("a one-off date needs a year", field="year")
    extra = {"uid": uid} if uid else {}
    m = Milestone.create(
        contact=contact_id,
        kind=kind,
        label=label.strip(),
        month=month,
        day=day,
        year=year,
        recurring=recurring,
        lead_days=lead_days,
        note=note.strip(),
        month_day=month * 100 + day,
        **extra,
    )
    return int(m.id)


def update_milestone(
    *,
    milestone_id: int,
    kind: str,
    month: int,
    day: int,
    year: int | None = None,
    recurring: bool = True,
    lead_days: int | None = None,
    label: str = "",
    note: str = "",
) -> None:
    m = Milestone.get_or_none(Milestone.id == milestone_id)
    if m is None:
        raise NotFoundError(f"no milestone with id {milestone_id}")
    _check(kind, month, day, year, lead_days)
    if kind == "birthday" and m.kind != "birthday":
        other = Milestone.get_or_none(
            Milestone.contact == m.contact_id, Milestone.kind == "birthday"
        )
        if other is not None:
            raise ValidationError("this contact already has a birthday", field="kind")
    if not recurring and year is None:
        raise ValidationError("a one-off date needs a year", field="year")
    m.kind, m.month, m.day, m.year = kind, month, day, year
    m.recurring, m.lead_days, m.label, m.note = recurring, lead_days, label.strip(), note.strip()
    m.month_day = month * 100 + day
    m.save()


def delete_milestone(*, milestone_id: int) -> None:
    Milestone.delete().where(Milestone.id == milestone_id).execute()


def milestones_for(contact_id: int) -> list[MilestoneInfo]:
    rows = Milestone.select().where(Milestone.contact == contact_id).order_by(Milestone.month_day)
    return [_info(m) for m in rows]


def get_birthday(contact_id: int) -> PartialDate | None:
    m = Milestone.get_or_none(Milestone.contact == contact_id, Milestone.kind == "birthday")
    return PartialDate(m.month, m.day, m.year) if m else None


def set_birthday(*, contact_id: int, birthday: PartialDate | None) -> None:
    """Set, change or (with None) remove the contact's birthday milestone."""
    existing = Milestone.get_or_none(Milestone.contact == contact_id, Milestone.kind == "birthday")
    if birthday is None:
        if existing is not None:
            existing.delete_instance()
        return
    if existing is None:
        Milestone.create(
            contact=contact_id,
            kind="birthday",
            month=birthday.month,
            day=birthday.day,
            year=birthday.year,
            recurring=True,
            month_day=birthday.month * 100 + birthday.day,
        )
    elif (existing.month, existing.day, existing.year) != (
        birthday.month,
        birthday.day,
        birthday.year,
    ):
        existing.month, existing.day, existing.year = birthday.month, birthday.day, birthday.year
        existing.month_day = birthday.month * 100 + birthday.day
        existing.save()


def years_on(m: MilestoneInfo, on: dt.date) -> int | None:
    """How many years a yearly milestone marks on ``on`` (turning 40, 5 years), if the year is known."""
    if m.year is None or not m.recurring:
        return None
    years = on.year - m.year
    return years if years > 0 else None


@dataclass(frozen=True)
class Occurrence:
    """A milestone falling on a given day: a yearly one in some year, or a one-off on its date."""

    date: dt.date
    milestone: MilestoneInfo
    contact_name: str
    years: int | None


def _month_day_ranges(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """``month*100+day`` ranges covering [start, end], split at the year end; widened to include
    29 February when 28 February of a common year is in range."""
    if (end - start).days >= 365:
        return [(101, 1231)]
    ranges = []
    if start.year == end.year:
        ranges.append((start.month * 100 + start.day, end.month * 100 + end.day))
    else:
        ranges.append((start.month * 100 + start.day, 1231))
        ranges.append((101, end.month * 100 + end.day))
    return [(lo, 229 if hi == 228 else hi) for lo, hi in ranges]


def occurrences_between(
    start: dt.date, end: dt.date, *, include_archived: bool = False
) -> list[Occurrence]:
    """Every milestone occurrence from ``start`` to ``end`` inclusive, sorted by date then name.

    One indexed query on ``month_day`` (no scan in Python), read as plain tuples; 29 February
    falls on 28 February in common years; one-off milestones only on their own date."""
    from relapp.store.db import database

    if end < start:
        return []
    ranges = _month_day_ranges(start, end)
    where = " OR ".join("m.month_day BETWEEN ? AND ?" for _ in ranges)
    params: list[object] = [bound for pair in ranges for bound in pair]
    # "+ 0" keeps SQLite from driving the query by the (unselective) archived index.
    archived = "" if include_archived else " AND c.archived + 0 = 0"
    cursor = database.execute_sql(
        "SELECT m.id, m.uid, m.contact_id, m.kind, m.label, m.month, m.day, m.year, m.recurring, "
        "m.lead_days, m.note, c.display_name FROM milestone m JOIN contact c ON c.id = m.contact_id "
        f"WHERE ({where}){archived}",
        params,
    )
    out: list[Occurrence] = []
    years = range(start.year, end.year + 1)
    for row in cursor:
        info = MilestoneInfo(
            id=row[0],
            uid=row[1],
            contact_id=row[2],
            kind=row[3],
            label=row[4],
            month=row[5],
            day=row[6],
            year=row[7],
            recurring=bool(row[8]),
            lead_days=row[9],
            note=row[10],
        )
        name = row[11]
        if not info.recurring:
            if info.year is not None:
                day = dt.date(info.year, info.month, info.day)
                if start <= day <= end:
                    out.append(Occurrence(day, info, name, None))
            continue
        for year in years:
            day = occurrence_in_year(info.month, info.day, year)
            if start <= day <= end and (info.year is None or year >= info.year):
                out.append(Occurrence(day, info, name, years_on(info, day)))
    out.sort(key=lambda o: (o.date, o.contact_name.lower(), o.milestone.kind))
    return out
