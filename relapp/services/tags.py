"""Tags: free-form labels on contacts ("conference", "board"), each with an optional default
check-in cadence that applies to its contacts without a cadence of their own."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import peewee

from relapp.errors import NotFoundError, ValidationError
from relapp.services import checkins
from relapp.store.db import database
from relapp.store.models import ContactTag, Tag


def _tag_id(name: str) -> int:
    name = name.strip()
    tag = Tag.get_or_none(Tag.name == name)
    if tag is None:
        tag = Tag.create(name=name)
    return int(tag.id)


def set_contact_tags(contact_id: int, tags: Iterable[str]) -> None:
    """Replace the contact's tags (created as needed; case-insensitive names)."""
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    ids = {_tag_id(t) for t in tags if t and t.strip()}
    if ids:
        ContactTag.insert_many([{"contact": contact_id, "tag": i} for i in sorted(ids)]).execute()


@dataclass(frozen=True)
class TagInfo:
    name: str
    count: int
    cadence_days: int | None


def list_tags() -> list[TagInfo]:
    query = (
        Tag.select(Tag.name, Tag.cadence_days, peewee.fn.COUNT(ContactTag.contact).alias("n"))
        .join(ContactTag, peewee.JOIN.LEFT_OUTER)
        .group_by(Tag.id)
        .order_by(Tag.name)
    )
    return [TagInfo(t.name, t.n, t.cadence_days) for t in query]  # type: ignore[attr-defined]


def get_tag(*, name: str) -> TagInfo:
    """The tag called ``name`` (case-insensitive), with its contact count and cadence;
    NotFoundError when there is none."""
    tag = Tag.get_or_none(Tag.name == name.strip())
    if tag is None:
        raise NotFoundError(f"no tag named {name.strip()!r}")
    count = ContactTag.select().where(ContactTag.tag == tag.id).count()
    return TagInfo(tag.name, count, tag.cadence_days)


def _check_cadence(cadence_days: int | None) -> None:
    if cadence_days is not None and not 0 < cadence_days <= 3650:
        raise ValidationError("a tag cadence must be between 1 and 3650 days", field="cadence_days")


def _existing_tag_id(name: str) -> int:
    tag = Tag.get_or_none(Tag.name == name.strip())
    if tag is None:
        raise NotFoundError(f"no tag named {name.strip()!r}")
    return int(tag.id)


def set_tag_cadence(*, name: str, cadence_days: int | None, create: bool = True) -> None:
    """Set (or clear, with None) the default check-in cadence of a tag and refresh due dates.

    With ``create=False`` an unknown tag is a NotFoundError instead of a new, empty tag."""
    set_tag_cadences(cadences={name: cadence_days}, create=create)


def set_tag_cadences(*, cadences: Mapping[str, int | None], create: bool = False) -> None:
    """Set several tags' cadences in one transaction with one refresh of the stored due dates.

    Every value is checked before anything is written; an unknown tag is a NotFoundError
    (unless ``create``), and on any error nothing changes."""
    for cadence in cadences.values():
        _check_cadence(cadence)
    if not cadences:
        return
    with database.atomic():
        for name, cadence in cadences.items():
            tag_id = _tag_id(name) if create else _existing_tag_id(name)
            Tag.update(cadence_days=cadence).where(Tag.id == tag_id).execute()
        checkins.refresh(activity=False)
