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
from relapp.services.contacts import MAX_FIELD, make_display_name, normalize_email, normalize_phone
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
            raw = os.urandom(16 * 1000)
            pool = []
            for i in range(0, len(raw), 16):
                h = raw[i : i + 16].hex()
                variant = "89ab"[int(h[16], 16) & 3]
                pool.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}")
            self._pool = pool
        return self._pool.pop()


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


def prepare(rec: Record) -> Prepared:
    """Normalise one record; raises ValidationError when the row cannot be imported at all."""
    warnings = [p.message for p in rec.problems if not p.fatal]
    extra = rec.extra
    texts = {
        "first_name": _clean(rec.first_name, "first name"),
        "last_name": _clean(rec.last_name, "last name"),
        "nickname": _clean(rec.nickname, "nickname"),
        "company": _clean(rec.company, "company"),
        "title": _clean(rec.title, "title"),
        "notes": _clean(rec.notes, "notes"),
    }
    for key in PROFILE_TEXT_FIELDS:
        texts[key] = _clean(extra[key], key) if key in extra else ""
    details: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for kind, items in (("email", rec.emails), ("phone", rec.phones), ("link", rec.links)):
        for d in items:
            value = _clean(d.value, kind)
            if not value:
                continue
            if kind == "email":
                if not _EMAIL.match(value):
                    warnings.append(f"{value!r} is not an email address; left out")
                    continue
                norm = normalize_email(value)
            elif kind == "phone":
                norm = normalize_phone(value)
            else:
                norm = value.lower()
            if (kind, norm) in seen:
                continue
            seen.add((kind, norm))
            details.append((kind, value, _clean(d.label, "label"), norm))
    name = make_display_name(texts["first_name"], texts["last_name"], texts["nickname"])
    if not name:
        email = next((d[1] for d in details if d[0] == "email"), "")
        if not email:
            raise ValidationError("no name and no valid email address")
        texts["first_name"] = email.split("@", 1)[0]
        name = texts["first_name"]
        warnings.append("no name: the email address stands in for it")
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
