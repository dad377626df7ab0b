"""Parsing single values as other tools write them: dates in their many spellings, names,
multi-value cells, and the neutralising of spreadsheet formulas in CSV cells.

Pure functions, no I/O. Dates accept ISO (``1985-03-15``), year-less (``--03-15``, ``--0315``),
compact (``19850315``), US or European slashes (``3/15/1985``, ``15/3/85``; the order given by the
format unless the numbers decide it), Outlook's empty ``0/0/00`` and month names
(``15 Mar 2023``, ``March 15, 1985``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from relapp.errors import ValidationError
from relapp.services.dates import PartialDate

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_YEARLESS = re.compile(r"^--(\d{2})-?(\d{2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T.*)?$")
_SLASH = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?$")
_DAY_MON = re.compile(r"^(\d{1,2})[ -]([A-Za-z]+)\.?,?(?:[ -](\d{4}))?$")
_MON_DAY = re.compile(r"^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?$")
_EMPTY_DATES = {"0/0/00", "0/0/0000", "00/00/0000", "0.0.00", "0000-00-00", "1/1/1601"}


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        # Two-digit years in contact exports are birth years: 00-29 -> 2000s, else 1900s.
        year += 2000 if year < 30 else 1900
    if year in (0, 1604, 1900) and len(text) == 4:
        return None  # "no year" markers: Apple's 1604, some tools' 1900/0000
    return year


def parse_date(text: str, *, order: str = "mdy") -> PartialDate | None:
    """Parse a date as contact tools write it; empty markers give None; anything unparsable
    raises :class:`ValidationError`. ``order`` ("mdy" or "dmy") settles 3/4/1985."""
    return _parse_date(text.strip(), order)


@functools.lru_cache(maxsize=8192)  # birthdays repeat in big files; PartialDate is immutable
def _parse_date(value: str, order: str) -> PartialDate | None:
    if not value or value in _EMPTY_DATES:
        return None
    try:
        m = _ISO.match(value) or _COMPACT.match(value)
        if m:
            return PartialDate(int(m.group(2)), int(m.group(3)), _year(m.group(1)))
        m = _YEARLESS.match(value)
        if m:
            return PartialDate(int(m.group(1)), int(m.group(2)))
        m = _SLASH.match(value)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a == 0 or b == 0:
                return None
            month, day = (a, b) if order == "mdy" else (b, a)
            if month > 12 >= day:
                month, day = day, month
            return PartialDate(month, day, _year(m.group(3)))
        m = _DAY_MON.match(value)
        if m and m.group(2).lower() in _MONTHS:
            return PartialDate(_MONTHS[m.group(2).lower()], int(m.group(1)), _year(m.group(3)))
        m = _MON_DAY.match(value)
        if m and m.group(1).lower() in _MONTHS:
            return PartialDate(_MONTHS[m.group(1).lower()], int(m.group(2)), _year(m.group(3)))
    except ValidationError as exc:
        raise ValidationError(f"{value!r} is not a date ({exc})") from None
    raise ValidationError(f"{value!r} is not a date")


def parse_full_date(text: str, *, order: str = "mdy") -> dt.date | None:
    """Like :func:`parse_date` but a year is required (for "Connected On")."""
    pd = parse_date(text, order=order)
    if pd is None:
        return None
    if pd.year is None:
        raise ValidationError(f"{text.strip()!r} has no year")
    return dt.date(pd.year, pd.month, pd.day)


def split_name(full: str) -> tuple[str, str]:
    """``"Ada King Lovelace"`` -> ``("Ada King", "Lovelace")``; one word is a first name."""
    parts = full.split()
    if not parts:
        return "", ""
    if len(parts) == 1:
        return parts[0], ""
    return " ".join(parts[:-1]), parts[-1]


def split_multi(cell: str, separator: str = " ::: ") -> list[str]:
    """Split a multi-value cell (Google's ``a ::: b``), dropping empty parts."""
    return [p.strip() for p in cell.split(separator) if p.strip()]


def _needs_guard(text: str) -> bool:
    """True when ``text`` starts, after any number of ``'``, with a formula character."""
    rest = text.lstrip("'")
    return rest[:1] in FORMULA_START


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run as a formula. A cell that already starts
    with ``'`` before such a character gets one more, so :func:`unneutralise` is exact."""
    return "'" + cell if _needs_guard(cell) else cell


def unneutralise(cell: str) -> str:
    """Undo :func:`neutralise`: strip exactly the one ``'`` it added."""
    if cell[:1] == "'" and _needs_guard(cell[1:]):
        return cell[1:]
    return cell


def clean_phone(value: str) -> str:
    """A phone as written, minus a spreadsheet's leading apostrophe (``'+1 555...``)."""
    value = value.strip()
    if value[:2] in ("'+", "'0"):
        value = value[1:]
    return value
