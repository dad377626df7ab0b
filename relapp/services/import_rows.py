"""One import row made ready for the database: text cleaned, emails checked, details normalised
(``contacts.normalize_email`` / ``normalize_phone``, the same keys the duplicate index holds),
relationship and cadence validated; plus the per-row :class:`Outcome` and fast uid making.

Pure functions and small classes, no database access: :mod:`relapp.services.import_bulk` writes
what :func:`prepare` returns.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from relapp.errors import ValidationError
from relapp.fields import PROFILE_TEXT_FIELDS
from relapp.interchange.records import Record
from relapp.services.contacts import MAX_FIELD
from relapp.store.models import RELATIONSHIPS

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")


class UidSource:
    """Random (version 4) UUID strings, made from one ``os.urandom`` call per 1,000: the bulk path
    makes one per contact and milestone, and ``uuid.uuid4()`` alone would cost a tenth of an import."""

    def __init__(self) -> None:
        self._pool: list[str] = []

    def __call__(self) -> str:
        if not self._pool:
            h = os.urandom(16 * 1000).hex()
            self._pool = [
                f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-"
                f"{_VARIANT[h[i + 16]]}{h[i + 17 : i + 20]}-{h[i + 20 : i + 32]}"
                for i in range(0, len(h), 32)
            ]
        return self._pool.pop()


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}  # RFC 4122 variant bits


@dataclass
class Outcome:
    """What happened (or would happen) to one row."""

    line: int
    name: str
    action: str  # created, merged, skipped, rejected
    reason: str = ""
    match_id: int | None = None
    match_name: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass
class Prepared:
    rec: Record
    name: str
    texts: dict[str, str]
    relationship: str
    cadence: int | None
    archived: int
    details: list[tuple[str, str, str, str]]  # kind, value, label, normalized
    warnings: list[str]


def _clean(value: str, what: str) -> str:
    if not value:
        return ""
    if value.isprintable() and len(value) <= MAX_FIELD:
        return value.strip()  # the common case, checked in C
    if len(value) > MAX_FIELD:
        raise ValidationError(f"{what.replace('_', ' ')} is too long ({len(value):,} characters)")
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)
    return value.strip()


_NO_PROFILE = dict.fromkeys(PROFILE_TEXT_FIELDS, "")
_NON_DIGIT = re.compile(r"\D")
_ASCII_NON_DIGITS = str.maketrans(
    "", "", "".join(chr(c) for c in range(128) if not chr(c).isdigit())
)


def _phone_key(value: str) -> str:
    """``contacts.normalize_phone``, with ASCII (nearly every phone) done by ``str.translate``
    instead of a regex substitution per separator: the same keys (tested)."""
    digits = value.translate(_ASCII_NON_DIGITS) if value.isascii() else _NON_DIGIT.sub("", value)
    return digits[-10:] if len(digits) > 10 else digits


def _texts(rec: Record) -> dict[str, str]:
    first, last, nick = rec.first_name, rec.last_name, rec.nickname
    company, title, notes = rec.company, rec.title, rec.notes
    joined = first + last + nick + company + title + notes
    if joined.isprintable() and len(joined) <= MAX_FIELD:  # the common case: one check in C
        texts = {
            "first_name": first.strip(),
            "last_name": last.strip(),
            "nickname": nick.strip(),
            "company": company.strip(),
            "title": title.strip(),
            "notes": notes.strip(),
        }
    else:
        texts = {
            "first_name": _clean(first, "first name"),
            "last_name": _clean(last, "last name"),
            "nickname": _clean(nick, "nickname"),
            "company": _clean(company, "company"),
            "title": _clean(title, "title"),
            "notes": _clean(notes, "notes"),
        }
    extra = rec.extra
    if extra:
        for key in PROFILE_TEXT_FIELDS:
            texts[key] = _clean(extra[key], key) if key in extra else ""
    else:
        texts.update(_NO_PROFILE)
    return texts


def _details(rec: Record, warnings: list[str]) -> list[tuple[str, str, str, str]]:
    """(kind, value, label, normalized key) per email, phone and link, duplicates left out."""
    details: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for d in rec.emails:
        value = _clean(d.value, "email")
        if not value:
            continue
        if not _EMAIL.match(value):
            warnings.append(f"{value!r} is not an email address; left out")
            continue
        norm = value.lower()  # contacts.normalize_email of a stripped value
        if ("email", norm) not in seen:
            seen.add(("email", norm))
            details.append(("email", value, _clean(d.label, "label") if d.label else "", norm))
    for kind, items in (("phone", rec.phones), ("link", rec.links)):
        for d in items:
            value = _clean(d.value, kind)
            if not value:
                continue
            norm = _phone_key(value) if kind == "phone" else value.lower()
            if (kind, norm) not in seen:
                seen.add((kind, norm))
                details.append((kind, value, _clean(d.label, "label") if d.label else "", norm))
    return details


def prepare(rec: Record) -> Prepared:
    """Normalise one record; raises ValidationError when the row cannot be imported at all."""
    warnings = [p.message for p in rec.problems if not p.fatal] if rec.problems else []
    texts = _texts(rec)
    details = _details(rec, warnings) if rec.emails or rec.phones or rec.links else []
    first, last = texts["first_name"], texts["last_name"]
    # contacts.make_display_name of stripped parts
    name = (f"{first} {last}" if last else first) if first else (last or texts["nickname"])
    if not name:
        email = next((d[1] for d in details if d[0] == "email"), "")
        if not email:
            raise ValidationError("no name and no valid email address")
        texts["first_name"] = email.split("@", 1)[0]
        name = texts["first_name"]
        warnings.append("no name: the email address stands in for it")
    extra = rec.extra
    if not extra:
        return Prepared(rec, name, texts, "other", None, 0, details, warnings)
    rel = extra.get("relationship", "").strip().lower() or "other"
    if rel not in RELATIONSHIPS:
        warnings.append(f"unknown relationship {rel!r}; set to 'other'")
        rel = "other"
    cadence: int | None = None
    if extra.get("cadence_days", "").strip():
        try:
            cadence = int(extra["cadence_days"])
            if not 0 <= cadence <= 3650:
                raise ValueError
        except ValueError:
            warnings.append(
                f"check-in cadence {extra['cadence_days']!r} is not 0-3650 days; left out"
            )
            cadence = None
    archived = 1 if extra.get("archived", "").strip().lower() in ("1", "true", "yes") else 0
    return Prepared(rec, name, texts, rel, cadence, archived, details, warnings)
