"""Contacts: create, edit, archive, delete, tag, look up by id or name, and the JSON shape of the
CLI. Every write keeps the search index and the stored check-in due date current.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import peewee

from relapp.errors import NotFoundError, ValidationError
from relapp.fields import CONTACT_TEXT_FIELDS
from relapp.services import checkins, milestones
from relapp.services import tags as tags_service
from relapp.services.dates import PartialDate, parse_partial_date
from relapp.store import search_index
from relapp.store.db import database
from relapp.store.models import (
    RELATIONSHIPS,
    Contact,
    ContactDetail,
    ContactTag,
    Tag,
)

TEXT_FIELDS = CONTACT_TEXT_FIELDS
MAX_FIELD = 100_000  # characters; a longer value is refused rather than stored

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")


@dataclass
class ContactInfo:
    """Everything the profile shows about one contact, read in one go."""

    id: int
    uid: str
    display_name: str
    first_name: str = ""
    last_name: str = ""
    nickname: str = ""
    company: str = ""
    title: str = ""
    relationship: str = "other"
    how_met: str = ""
    location: str = ""
    timezone: str = ""
    works_on: str = ""
    excited_about: str = ""
    finds_hard: str = ""
    preferences: str = ""
    topics_next: str = ""
    notes: str = ""
    cadence_days: int | None = None
    effective_cadence: int | None = None
    archived: bool = False
    last_interaction_at: dt.datetime | None = None
    checkin_due: dt.date | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    birthday: PartialDate | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


def make_display_name(first: str, last: str, nickname: str = "") -> str:
    name = " ".join(p for p in (first.strip(), last.strip()) if p)
    return name or nickname.strip()


def split_name(full: str) -> tuple[str, str]:
    """``"Ada King Lovelace"`` -> ``("Ada King", "Lovelace")``; one word is a first name."""
    parts = full.strip().split()
    if not parts:
        return "", ""
    if len(parts) == 1:
        return parts[0], ""
    return " ".join(parts[:-1]), parts[-1]


def normalize_email(value: str) -> str:
    return value.strip().lower()


def normalize_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits[-10:] if len(digits) > 10 else digits


def _normalized(kind: str, value: str) -> str:
    if kind == "email":
        return normalize_email(value)
    if kind == "phone":
        return normalize_phone(value)
    return value.strip().lower()


def validate_email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value):
        raise ValidationError(f"{value!r} does not look like an email address", field="emails")
    return value


def _clean_text(name: str, value: object) -> str:
    text = "" if value is None else str(value)
    if len(text) > MAX_FIELD:
        raise ValidationError(
            f"{name.replace('_', ' ')} is too long ({len(text):,} characters; the limit is {MAX_FIELD:,})",
            field=name,
        )
    # Control characters other than newline and tab are dropped; they only ever come from bad files.
    return "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32).strip()


def _check_fields(fields: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    for key, value in fields.items():
        if key in TEXT_FIELDS:
            clean[key] = _clean_text(key, value)
        elif key == "relationship":
            rel = str(value or "other").strip().lower()
            if rel not in RELATIONSHIPS:
                raise ValidationError(
                    f"unknown relationship {value!r} (choose from {', '.join(RELATIONSHIPS)})",
                    field="relationship",
                )
            clean[key] = rel
        elif key == "cadence_days":
            if value is not None and (not isinstance(value, int) or not 0 <= value <= 3650):
                raise ValidationError(
                    "check-in cadence must be a number of days from 0 to 3650", field="cadence_days"
                )
            clean[key] = value
        else:
            raise TypeError(f"unknown contact field {key!r}")
    return clean


def _set_details(contact_id: int, kind: str, values: Sequence[str]) -> None:
    ContactDetail.delete().where(
        (ContactDetail.contact == contact_id) & (ContactDetail.kind == kind)
    ).execute()
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for raw in values:
        label = ""
        value = raw
        if isinstance(raw, tuple):
            value, label = raw
        value = _clean_text(kind, value)
        if not value:
            continue
        if kind == "email":
            value = validate_email(value)
        norm = _normalized(kind, value)
        if norm in seen:
            continue
        seen.add(norm)
        rows.append(
            {
                "contact": contact_id,
                "kind": kind,
                "value": value,
                "label": label,
                "normalized": norm,
                "position": len(rows),
            }
        )
    if rows:
        ContactDetail.insert_many(rows).execute()


def _coerce_birthday(birthday: PartialDate | str | None) -> PartialDate | None:
    if birthday is None or isinstance(birthday, PartialDate):
        return birthday
    return parse_partial_date(birthday) if birthday.strip() else None


_UNSET = object()


def create_contact(
    *,
    first_name: str = "",
    last_name: str = "",
    emails: Sequence[str] = (),
    phones: Sequence[str] = (),
    links: Sequence[str] = (),
    tags: Iterable[str] = (),
    birthday: PartialDate | str | None = None,
    uid: str | None = None,
    **fields: object,
) -> int:
    """Create a contact and return its id. A name (first, last or nickname) is required."""
    clean = _check_fields({"first_name": first_name, "last_name": last_name, **fields})
    display = make_display_name(
        str(clean["first_name"]), str(clean["last_name"]), str(clean.get("nickname", ""))
    )
    if not display:
        raise ValidationError("a name is required", field="first_name")
    bday = _coerce_birthday(birthday)
    with database.atomic():
        extra = {"uid": uid} if uid else {}
        contact = Contact.create(display_name=display, **clean, **extra)
        cid = int(contact.id)
        _set_details(cid, "email", emails)
        _set_details(cid, "phone", phones)
        _set_details(cid, "link", links)
        tags_service.set_contact_tags(cid, tags)
        if bday is not None:
            milestones.set_birthday(contact_id=cid, birthday=bday)
        checkins.refresh([cid])
        search_index.reindex(database.obj, [cid])
    return cid


def update_contact(
    *,
    contact_id: int,
    emails: Sequence[str] | None = None,
    phones: Sequence[str] | None = None,
    links: Sequence[str] | None = None,
    tags: Iterable[str] | None = None,
    birthday: PartialDate | str | None | object = _UNSET,
    **fields: object,
) -> None:
    """Change the given fields; lists given replace the old ones, lists omitted are kept."""
    contact = _get(contact_id)
    clean = _check_fields(fields)
    for key, value in clean.items():
        setattr(contact, key, value)
    contact.display_name = make_display_name(
        contact.first_name, contact.last_name, contact.nickname
    )
    if not contact.display_name:
        raise ValidationError("a name is required", field="first_name")
    with database.atomic():
        contact.save()
        if emails is not None:
            _set_details(contact_id, "email", emails)
        if phones is not None:
            _set_details(contact_id, "phone", phones)
        if links is not None:
            _set_details(contact_id, "link", links)
        if tags is not None:
            tags_service.set_contact_tags(contact_id, tags)
        if birthday is not _UNSET:
            milestones.set_birthday(contact_id=contact_id, birthday=_coerce_birthday(birthday))  # type: ignore[arg-type]
        checkins.refresh([contact_id])
        search_index.reindex(database.obj, [contact_id])


def archive_contact(*, contact_id: int, archived: bool = True) -> None:
    contact = _get(contact_id)
    contact.archived = archived
    with database.atomic():
        contact.save()
        checkins.refresh([contact_id])


def delete_contact(*, contact_id: int) -> None:
    """Delete a contact with its details, tags, milestones and follow-ups. Interactions that
    involved only this contact go too; shared ones stay for the other participants."""
    from relapp.store.models import Interaction, InteractionContact

    _get(contact_id)
    with database.atomic():
        solo = (
            InteractionContact.select(InteractionContact.interaction)
            .where(InteractionContact.contact == contact_id)
            .where(
                ~peewee.fn.EXISTS(
                    InteractionContact.alias("o")
                    .select()
                    .where(
                        (peewee.SQL('"o"."interaction_id"') == InteractionContact.interaction)
                        & (peewee.SQL('"o"."contact_id"') != contact_id)
                    )
                )
            )
        )
        solo_ids = [row.interaction_id for row in solo]
        Contact.delete().where(Contact.id == contact_id).execute()
        if solo_ids:
            Interaction.delete().where(Interaction.id.in_(solo_ids)).execute()
        search_index.reindex(database.obj, [contact_id])


def _get(contact_id: int) -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFoundError(f"no contact with id {contact_id}")
    return contact


def exists(contact_id: int) -> bool:
    return Contact.select().where(Contact.id == contact_id).exists()


def get_contact(contact_id: int) -> ContactInfo:
    c = _get(contact_id)
    details: dict[str, list[str]] = {"email": [], "phone": [], "link": []}
    for d in (
        ContactDetail.select()
        .where(ContactDetail.contact == contact_id)
        .order_by(ContactDetail.kind, ContactDetail.position)
    ):
        details.setdefault(d.kind, []).append(d.value)
    tags = [
        t.name
        for t in Tag.select(Tag.name)
        .join(ContactTag)
        .where(ContactTag.contact == contact_id)
        .order_by(Tag.name)
    ]
    return ContactInfo(
        id=c.id,
        uid=c.uid,
        display_name=c.display_name,
        **{name: getattr(c, name) for name in TEXT_FIELDS},
        relationship=c.relationship,
        cadence_days=c.cadence_days,
        effective_cadence=c.effective_cadence,
        archived=bool(c.archived),
        last_interaction_at=c.last_interaction_at,
        checkin_due=c.checkin_due,
        emails=details["email"],
        phones=details["phone"],
        links=details["link"],
        tags=tags,
        birthday=milestones.get_birthday(contact_id),
        created_at=c.created_at,
        updated_at=c.updated_at,
    )


def names(contact_ids: Iterable[int]) -> dict[int, str]:
    ids = list(contact_ids)
    if not ids:
        return {}
    return {
        c.id: c.display_name
        for c in Contact.select(Contact.id, Contact.display_name).where(Contact.id.in_(ids))
    }


def find_by_name(
    text: str, *, limit: int = 20, include_archived: bool = False
) -> list[tuple[int, str, str]]:
    """Contacts whose name starts with (or contains a word starting with) ``text``:
    ``(id, name, company)`` for type-ahead pickers."""
    expr = search_index.match_expression(text)
    if expr is None:
        return []
    sql = (
        "SELECT c.id, c.display_name, c.company FROM contact c "
        "WHERE c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?) "
        + ("" if include_archived else "AND c.archived = 0 ")
        + "ORDER BY c.display_name COLLATE NOCASE LIMIT ?"
    )
    return [(int(r[0]), r[1], r[2]) for r in database.execute_sql(sql, (f"name : ({expr})", limit))]


def resolve_contact(ref: str) -> int:
    """An id, or a name that matches exactly one contact (case-insensitive; an exact full name
    wins over partial matches). An ambiguous name is an error listing the candidates."""
    ref = ref.strip()
    if ref.isdigit():
        _get(int(ref))
        return int(ref)
    exact = list(
        Contact.select(Contact.id, Contact.display_name, Contact.company).where(
            peewee.fn.lower(Contact.display_name) == ref.lower()
        )
    )
    if len(exact) == 1:
        return int(exact[0].id)
    candidates = [(c.id, c.display_name, c.company) for c in exact] or find_by_name(
        ref, include_archived=True
    )
    if len(candidates) == 1:
        return candidates[0][0]
    if not candidates:
        raise NotFoundError(f"no contact matches {ref!r}")
    listing = "; ".join(f"{i}: {n}" + (f" ({co})" if co else "") for i, n, co in candidates[:10])
    raise ValidationError(
        f"{ref!r} matches {len(candidates)} contacts, use an id: {listing}", field="contact"
    )


# --- the CLI's JSON shape -----------------------------------------------------------------------


def to_json(info: ContactInfo) -> dict[str, object]:
    return {
        "id": info.id,
        "uid": info.uid,
        "name": info.display_name,
        "first_name": info.first_name,
        "last_name": info.last_name,
        "nickname": info.nickname,
        "emails": info.emails,
        "phones": info.phones,
        "links": info.links,
        "company": info.company,
        "title": info.title,
        "relationship": info.relationship,
        "tags": info.tags,
        "birthday": info.birthday.iso() if info.birthday else None,
        "cadence_days": info.effective_cadence,
        "last_interaction": info.last_interaction_at.date().isoformat()
        if info.last_interaction_at
        else None,
        "checkin_due": info.checkin_due.isoformat() if info.checkin_due else None,
        "notes": info.notes,
        "archived": info.archived,
    }
