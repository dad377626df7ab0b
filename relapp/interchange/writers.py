"""Writers: relapp's own CSV (every field, round-trips), Google-compatible CSV, vCard 3.0 / 4.0.

Each takes an open text stream and an iterable of :class:`Record` and writes one contact at a
time. Every CSV cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
``@``, tab or carriage return) is neutralised with a leading ``'``; relapp's reader removes exactly
that prefix again. vCards are built with :mod:`vobject`; ``UID`` is the contact's uid.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

import vobject

from relapp.interchange.csvformats import RELAPP_COLUMNS
from relapp.interchange.records import PROFILE_FIELDS, Detail, Record
from relapp.interchange.values import neutralise

WRITE_FORMATS = ("csv", "google", "vcard", "vcard4")


def _lines(details: list[Detail], attr: str) -> str:
    return "\n".join(getattr(d, attr).replace("\n", " ") for d in details)


def relapp_row(rec: Record) -> dict[str, str]:
    row = {
        "uid": rec.uid or "",
        "first_name": rec.first_name,
        "last_name": rec.last_name,
        "nickname": rec.nickname,
        "company": rec.company,
        "title": rec.title,
        "notes": rec.notes,
        "emails": _lines(rec.emails, "value"),
        "email_labels": _lines(rec.emails, "label") if any(d.label for d in rec.emails) else "",
        "phones": _lines(rec.phones, "value"),
        "phone_labels": _lines(rec.phones, "label") if any(d.label for d in rec.phones) else "",
        "links": _lines(rec.links, "value"),
        "link_labels": _lines(rec.links, "label") if any(d.label for d in rec.links) else "",
        "tags": "\n".join(neutralise(t.replace("\n", " ")) for t in rec.tags),
        "birthday": rec.birthday.iso() if rec.birthday else "",
        "milestones": json.dumps(
            [
                {
                    "kind": m.kind,
                    "date": m.date.iso(),
                    "label": m.label,
                    "recurring": m.recurring,
                    "lead_days": m.lead_days,
                    "note": m.note,
                    "uid": m.uid,
                }
                for m in rec.milestones
            ],
            ensure_ascii=False,
        )
        if rec.milestones
        else "",
    }
    for key in PROFILE_FIELDS:
        row[key] = rec.extra.get(key, "")
    return row


def write_relapp_csv(out: TextIO, records: Iterable[Record]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(RELAPP_COLUMNS)
    n = 0
    for rec in records:
        row = relapp_row(rec)
        writer.writerow([neutralise(row[c]) for c in RELAPP_COLUMNS])
        n += 1
    return n


GOOGLE_HEADER = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Nickname",
    "Organization Name",
    "Organization Title",
    "Birthday",
    "Notes",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "E-mail 3 - Label",
    "E-mail 3 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Phone 3 - Label",
    "Phone 3 - Value",
    "Website 1 - Label",
    "Website 1 - Value",
    "Website 2 - Label",
    "Website 2 - Value",
)


def _slots(details: list[Detail], n: int) -> list[str]:
    """Google's n label/value pairs; extra values share the last slot with ' ::: '."""
    cells: list[str] = []
    for i in range(n):
        part = details[i : i + 1] if i < n - 1 else details[i:]
        cells.append(part[0].label if part else "")
        cells.append(" ::: ".join(d.value for d in part))
    return cells


def write_google_csv(out: TextIO, records: Iterable[Record]) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(GOOGLE_HEADER)
    n = 0
    for rec in records:
        labels = " ::: ".join(["* myContacts", *rec.tags])
        row = [
            rec.first_name,
            "",
            rec.last_name,
            rec.nickname,
            rec.company,
            rec.title,
            rec.birthday.iso() if rec.birthday else "",
            rec.notes,
            labels,
            *_slots(rec.emails, 3),
            *_slots(rec.phones, 3),
            *_slots(rec.links, 2),
        ]
        writer.writerow([neutralise(c) for c in row])
        n += 1
    return n


def _bday_text(rec: Record, version: str) -> str | None:
    if rec.birthday is None:
        return None
    b = rec.birthday
    if b.year is None:
        return f"--{b.month:02d}{b.day:02d}" if version == "4.0" else f"--{b.month:02d}-{b.day:02d}"
    return f"{b.year:04d}{b.month:02d}{b.day:02d}" if version == "4.0" else b.iso()


def record_to_vcard(rec: Record, *, version: str = "3.0") -> str:
    card = vobject.vCard()
    card.add("version").value = version
    if rec.uid:
        card.add("uid").value = rec.uid
    card.add("n").value = vobject.vcard.Name(family=rec.last_name, given=rec.first_name)
    card.add("fn").value = rec.display_name or (rec.emails[0].value if rec.emails else "")
    if rec.nickname:
        card.add("nickname").value = rec.nickname
    if rec.company:
        card.add("org").value = [rec.company]
    if rec.title:
        card.add("title").value = rec.title
    for kind, details in (("email", rec.emails), ("tel", rec.phones), ("url", rec.links)):
        for d in details:
            line = card.add(kind)
            line.value = d.value
            if d.label:
                line.type_param = d.label if version == "4.0" else d.label.upper()
    if rec.tags:
        card.add("categories").value = list(rec.tags)
    bday = _bday_text(rec, version)
    if bday:
        card.add("bday").value = bday
    for m in rec.milestones:
        if m.kind == "custom" and m.label == "Anniversary":
            card.add("anniversary" if version == "4.0" else "x-anniversary").value = m.date.iso()
    if rec.notes:
        card.add("note").value = rec.notes
    for key in PROFILE_FIELDS:
        if rec.extra.get(key):
            card.add("x-relapp-" + key.replace("_", "-")).value = rec.extra[key]
    return str(card.serialize())


def write_vcard(out: TextIO, records: Iterable[Record], *, version: str = "3.0") -> int:
    n = 0
    for rec in records:
        out.write(record_to_vcard(rec, version=version))
        n += 1
    return n
