"""iCalendar export: milestones as all-day events (yearly ones with ``RRULE:FREQ=YEARLY``, one-offs
as single events) and open follow-ups with a due date as all-day events on that date, built with
the ``icalendar`` library and written atomically (temporary file, then ``os.replace``).

Choices, written down once:
- ``UID`` is the record's own uid + ``@relapp``, so a re-export updates events in calendar apps
  instead of duplicating them.
- ``DTSTART`` is the milestone's own date when its year is known (born 1988-02-29, joined
  2019-06-03), else the same day in :data:`REFERENCE_YEAR` (2000, a leap year, so 29 February
  exists). A yearly 29 February uses ``RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1``: the last day of
  February, i.e. 29 February in leap years and 28 February otherwise - the app's own rule.
- Follow-ups are exported as ``VEVENT`` rather than ``VTODO``: many calendar apps import events
  only, and a due date is what the user wants to see in the calendar.
- Events are marked ``TRANSP:TRANSPARENT`` (they do not make the user look busy). Milestones and
  follow-ups of archived contacts are left out, as in the calendar view.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path

import icalendar
from peewee import SQL, NodeList

from relapp import __version__, clock
from relapp.errors import UserError
from relapp.services.calendar import rows
from relapp.services.milestones import KIND_LABELS
from relapp.store.models import Contact, FollowUp, Milestone

REFERENCE_YEAR = 2000
UID_SUFFIX = "@relapp"


def _utc(value: dt.datetime) -> dt.datetime:
    """A naive local time (as the store keeps them) in UTC."""
    return value.astimezone(dt.timezone.utc)


def _rrule(month: int, day: int) -> dict[str, object]:
    if month == 2 and day == 29:
        return {"FREQ": "YEARLY", "BYMONTH": 2, "BYMONTHDAY": -1}
    return {"FREQ": "YEARLY"}


class _Shared:
    """Property values many events share, encoded once (``Component.add`` costs ~40 us a call,
    which is most of the export time at 100,000 contacts)."""

    def __init__(self, stamp: dt.datetime) -> None:
        self.stamp = icalendar.vDDDTypes(stamp)
        self.transp = icalendar.vText("TRANSPARENT")
        self.yearly = icalendar.vRecur(_rrule(1, 1))
        self.last_of_feb = icalendar.vRecur(_rrule(2, 29))
        self._categories: dict[str, icalendar.vCategory] = {}
        self._modified: dict[dt.datetime, icalendar.vDDDTypes] = {}

    def categories(self, label: str) -> icalendar.vCategory:
        if label not in self._categories:
            self._categories[label] = icalendar.vCategory([label])
        return self._categories[label]

    def modified(self, value: dt.datetime) -> icalendar.vDDDTypes:
        if value not in self._modified:
            self._modified[value] = icalendar.vDDDTypes(_utc(value))
        return self._modified[value]


def _event(
    shared: _Shared,
    uid: str,
    summary: str,
    day: dt.date,
    category: str,
    updated: dt.datetime | None,
) -> icalendar.Event:
    """An all-day, transparent event on ``day``."""
    event = icalendar.Event()
    event["uid"] = icalendar.vText(f"{uid}{UID_SUFFIX}")
    event["dtstamp"] = shared.stamp
    event["summary"] = icalendar.vText(summary)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event["transp"] = shared.transp
    event["categories"] = shared.categories(category)
    if updated:
        event["last-modified"] = shared.modified(updated)
    return event


def _milestone_events(shared: _Shared) -> list[icalendar.Event]:
    archived = NodeList((SQL("+"), Contact.archived), glue="")
    query = (
        Milestone.select(
            Milestone.uid,
            Milestone.kind,
            Milestone.label,
            Milestone.month,
            Milestone.day,
            Milestone.year,
            Milestone.recurring,
            Milestone.note,
            Milestone.updated_at,
            Contact.display_name,
        )
        .join(Contact)
        .where(archived == 0)
        .order_by(Milestone.id)
    )
    events = []
    for uid, kind, label, month, day, year, recurring, note, updated, name in rows(query):
        kind_label = KIND_LABELS.get(kind, kind)
        start = dt.date(year or REFERENCE_YEAR, month, day)
        event = _event(shared, uid, f"{name}: {label or kind_label}", start, kind_label, updated)
        if recurring:
            event["rrule"] = shared.last_of_feb if (month, day) == (2, 29) else shared.yearly
        lines = []
        if year and recurring:
            lines.append(f"Born {year}" if kind == "birthday" else f"Since {year}")
        if note:
            lines.append(note)
        if lines:
            event["description"] = icalendar.vText("\n".join(lines))
        events.append(event)
    return events


def _follow_up_events(shared: _Shared) -> list[icalendar.Event]:
    archived = NodeList((SQL("+"), Contact.archived), glue="")
    query = (
        FollowUp.select(
            FollowUp.uid,
            FollowUp.text,
            FollowUp.due,
            FollowUp.direction,
            FollowUp.updated_at,
            Contact.display_name,
        )
        .join(Contact)
        .where(FollowUp.due.is_null(False) & FollowUp.done_at.is_null() & (archived == 0))
        .order_by(FollowUp.due, FollowUp.id)
    )
    events = []
    for uid, text, due, direction, updated, name in rows(query):
        owes = "Follow up with" if direction == "i_owe" else "Waiting on"
        events.append(_event(shared, uid, f"{owes} {name}: {text}", due, "Follow-up", updated))
    return events


def build_calendar() -> icalendar.Calendar:
    """The whole calendar (milestones and open follow-ups) as an ``icalendar.Calendar``."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//relapp//relapp {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "relapp milestones")
    shared = _Shared(_utc(clock.now()))
    for event in (*_milestone_events(shared), *_follow_up_events(shared)):
        cal.add_component(event)
    return cal


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``:
    either the whole new file is there or the old one is untouched. OSError -> UserError."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder")
    if not path.parent.is_dir():
        raise UserError(f"cannot write {path}: folder {path.parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc


def export_ics(*, path: Path) -> int:
    """Write the calendar to ``path`` (an ``.ics`` file); returns how many events it holds."""
    cal = build_calendar()
    count = len(cal.subcomponents)
    write_atomically(Path(path), cal.to_ical())
    return count
