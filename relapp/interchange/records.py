"""The neutral contact record every reader yields and every writer takes.

A :class:`Record` holds what one row of a CSV file or one vCard says about a person, already
parsed (dates as :class:`~relapp.services.dates.PartialDate`, lists split) but not yet checked
against the database. ``problems`` lists what was wrong with the row: a *fatal* problem rejects
the row (e.g. a ragged row), a warning only drops the bad value (e.g. an unparsable birthday).
:data:`TARGETS` names what a CSV column can be mapped to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from relapp.fields import PROFILE_TEXT_FIELDS
from relapp.services.dates import PartialDate

# Profile fields carried in ``Record.extra`` (relapp's own columns).
PROFILE_FIELDS = ("relationship", *PROFILE_TEXT_FIELDS, "cadence_days", "archived")


class Detail(NamedTuple):
    """An email address, phone number or link, with an optional label ("work", "School").
    A named tuple: readers make one per value of every row, and a tuple is made in C."""

    value: str
    label: str = ""


@dataclass(frozen=True)
class MilestoneRecord:
    kind: str
    date: PartialDate
    label: str = ""
    recurring: bool = True
    lead_days: int | None = None
    note: str = ""
    uid: str | None = None


@dataclass(frozen=True)
class Problem:
    message: str
    fatal: bool = False
    column: str = ""


@dataclass(slots=True)
class Record:
    line: int = 0
    first_name: str = ""
    last_name: str = ""
    nickname: str = ""
    company: str = ""
    title: str = ""
    notes: str = ""
    emails: list[Detail] = field(default_factory=list)
    phones: list[Detail] = field(default_factory=list)
    links: list[Detail] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    birthday: PartialDate | None = None
    extra: dict[str, str] = field(default_factory=dict)
    uid: str | None = None
    connected_on: dt.date | None = None
    milestones: list[MilestoneRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """False when a fatal problem rejects the row."""
        return not self.problems or not any(p.fatal for p in self.problems)

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name.strip(), self.last_name.strip()) if p)
        return name or self.nickname.strip()

    def warn(self, message: str, *, column: str = "") -> None:
        self.problems.append(Problem(message, False, column))

    def reject(self, message: str, *, column: str = "") -> None:
        self.problems.append(Problem(message, True, column))


# What a CSV column can be imported as: key -> label shown in the mapping editor.
TARGETS: dict[str, str] = {
    "": "(ignore)",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "full_name": "Full name",
    "nickname": "Nickname",
    "company": "Company",
    "title": "Job title",
    "email": "Email",
    "email_label": "Email label",
    "phone": "Phone",
    "phone_label": "Phone label",
    "link": "Website / link",
    "link_label": "Link label",
    "tags": "Tags / groups",
    "birthday": "Birthday",
    "birth_year": "Birth year",
    "birth_month": "Birth month",
    "birth_day": "Birth day",
    "anniversary": "Anniversary",
    "connected_on": "First interaction date",
    "notes": "Notes",
    "uid": "UID",
    "relationship": "Relationship",
    "how_met": "How we met",
    "location": "Location",
    "timezone": "Time zone",
    "works_on": "Works on",
    "excited_about": "Excited about",
    "finds_hard": "Finds hard",
    "preferences": "Preferences",
    "topics_next": "Topics for next time",
    "cadence_days": "Check-in cadence (days)",
}
