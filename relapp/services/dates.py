"""Dates as people write them: full ISO dates, year-less month-days (``--03-15``), and the yearly
recurrence rule for milestones (29 February is celebrated on 28 February in other years).
Pure functions, no database."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from relapp.errors import ValidationError

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEARLESS = re.compile(r"^--(\d{1,2})-?(\d{1,2})$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A month and day with an optional year (birthdays often come without one)."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        validate_month_day(self.month, self.day, self.year)

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso()


MONTH_NAMES = calendar.month_name


def validate_month_day(month: int, day: int, year: int | None = None) -> None:
    if not 1 <= month <= 12:
        raise ValidationError(f"month {month} does not exist", field="date")
    if year is not None and not 1 <= year <= 9999:
        raise ValidationError(f"year {year} is out of range", field="date")
    # Without a year, 29 February is allowed (someone born on a leap day).
    longest = calendar.monthrange(year if year is not None else 2000, month)[1]
    if not 1 <= day <= longest:
        where = f"{MONTH_NAMES[month]} {year}" if year else MONTH_NAMES[month]
        raise ValidationError(
            f"{MONTH_NAMES[month]} {day} does not exist ({where} has {longest} days)", field="date"
        )


def parse_partial_date(text: str) -> PartialDate:
    """Parse ``YYYY-MM-DD`` or ``--MM-DD`` (also ``--MMDD``); raise ValidationError otherwise."""
    value = text.strip()
    m = _ISO.match(value)
    if m:
        return PartialDate(int(m.group(2)), int(m.group(3)), int(m.group(1)))
    m = _YEARLESS.match(value)
    if m:
        return PartialDate(int(m.group(1)), int(m.group(2)))
    raise ValidationError(
        f"{text!r} is not a date (use YYYY-MM-DD, or --MM-DD without a year)", field="date"
    )


def parse_iso_date(text: str, *, field: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            f"{text!r} is not a valid date (use YYYY-MM-DD)", field=field
        ) from None


def parse_when(text: str) -> dt.datetime:
    """A date (``YYYY-MM-DD``, taken at noon) or a datetime (``YYYY-MM-DDTHH:MM``)."""
    value = text.strip()
    try:
        if len(value) <= 10:
            return dt.datetime.combine(dt.date.fromisoformat(value), dt.time(12, 0))
        return dt.datetime.fromisoformat(value).replace(tzinfo=None, microsecond=0)
    except ValueError:
        raise ValidationError(
            f"{text!r} is not a valid date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)", field="when"
        ) from None


def occurrence_in_year(month: int, day: int, year: int) -> dt.date:
    """The day a yearly date falls on in ``year``: 29 February becomes 28 February in common years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def next_occurrence(month: int, day: int, on_or_after: dt.date) -> dt.date:
    this_year = occurrence_in_year(month, day, on_or_after.year)
    if this_year >= on_or_after:
        return this_year
    return occurrence_in_year(month, day, on_or_after.year + 1)
