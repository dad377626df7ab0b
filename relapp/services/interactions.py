"""Interactions (coffee, call, meeting, email, lunch...) and the follow-ups logged with them.

``log_interaction`` is the one write path the Log dialog, the CLI, the Today view and the importers
share: one transaction creates the interaction, links every participant, adds its follow-ups and
resets each participant's check-in (any interaction counts, and clears a check-in snooze).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from relapp import clock
from relapp.errors import NotFoundError, ValidationError
from relapp.services import checkins
from relapp.services.contacts import MAX_FIELD
from relapp.store.db import database
from relapp.store.models import (
    DIRECTIONS,
    INTERACTION_KINDS,
    Contact,
    FollowUp,
    Interaction,
    InteractionContact,
)

KIND_LABELS = {
    "coffee": "Coffee",
    "call": "Call",
    "video": "Video call",
    "meeting": "Meeting",
    "email": "Email",
    "message": "Message",
    "lunch": "Lunch",
    "event": "Event",
    "celebration": "Celebration",
    "other": "Other",
}


@dataclass(frozen=True)
class FollowUpInput:
    text: str
    due: dt.date | None = None
    direction: str = "i_owe"


@dataclass
class FollowUpInfo:
    id: int
    uid: str
    contact_id: int
    contact_name: str
    text: str
    direction: str
    due: dt.date | None
    done_at: dt.datetime | None
    snoozed_until: dt.datetime | None
    interaction_id: int | None


@dataclass
class InteractionInfo:
    id: int
    uid: str
    occurred_at: dt.datetime
    kind: str
    summary: str
    notes: str
    initiated_by: str | None
    contacts: list[tuple[int, str]] = field(default_factory=list)
    follow_ups: list[FollowUpInfo] = field(default_factory=list)
    milestone_uid: str | None = None


def _check_text(name: str, value: str) -> str:
    if len(value) > MAX_FIELD:
        raise ValidationError(f"{name} is too long ({len(value):,} characters)", field=name)
    return value.strip()


def _check_follow_up(fu: FollowUpInput) -> FollowUpInput:
    text = _check_text("follow-up", fu.text)
    if not text:
        raise ValidationError("a follow-up needs some text", field="follow_ups")
    if fu.direction not in DIRECTIONS:
        raise ValidationError(f"unknown direction {fu.direction!r}", field="direction")
    return FollowUpInput(text, fu.due, fu.direction)


def log_interaction(
    *,
    contact_ids: Sequence[int],
    kind: str,
    when: dt.datetime | None = None,
    summary: str = "",
    notes: str = "",
    initiated_by: str | None = None,
    follow_ups: Sequence[FollowUpInput] = (),
    milestone_uid: str | None = None,
) -> int:
    """Record an interaction with one or more contacts and return its id."""
    ids = list(dict.fromkeys(int(i) for i in contact_ids))
    if not ids:
        raise ValidationError("pick at least one contact", field="contacts")
    if kind not in INTERACTION_KINDS:
        raise ValidationError(
            f"unknown kind {kind!r} (choose from {', '.join(INTERACTION_KINDS)})", field="kind"
        )
    if initiated_by not in (None, "me", "them"):
        raise ValidationError("initiated by must be 'me' or 'them'", field="initiated_by")
    when = (when or clock.now()).replace(microsecond=0, tzinfo=None)
    summary, notes = _check_text("summary", summary), _check_text("notes", notes)
    items = [_check_follow_up(f) for f in follow_ups]
    found = {c.id for c in Contact.select(Contact.id).where(Contact.id.in_(ids))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"no contact with id {missing[0]}")
    with database.atomic():
        inter = Interaction.create(
            occurred_at=when,
            kind=kind,
            summary=summary,
            notes=notes,
            initiated_by=initiated_by,
            milestone_uid=milestone_uid,
        )
        InteractionContact.insert_many(
            [{"interaction": inter.id, "contact": cid, "occurred_at": when} for cid in ids]
        ).execute()
        for fu in items:
            for cid in ids:
                FollowUp.create(
                    contact=cid,
                    interaction=inter.id,
                    text=fu.text,
                    due=fu.due,
                    direction=fu.direction,
                )
        Contact.update(checkin_snoozed_until=None, reach_out_dismissed_until=None).where(
            Contact.id.in_(ids)
        ).execute()
        checkins.refresh(ids)
    return int(inter.id)


def update_interaction(
    *,
    interaction_id: int,
    kind: str,
    when: dt.datetime,
    summary: str = "",
    notes: str = "",
    initiated_by: str | None = None,
) -> None:
    inter = Interaction.get_or_none(Interaction.id == interaction_id)
    if inter is None:
        raise NotFoundError(f"no interaction with id {interaction_id}")
    if kind not in INTERACTION_KINDS:
        raise ValidationError(f"unknown kind {kind!r}", field="kind")
    inter.kind, inter.occurred_at = kind, when.replace(microsecond=0, tzinfo=None)
    inter.summary, inter.notes = _check_text("summary", summary), _check_text("notes", notes)
    inter.initiated_by = initiated_by
    ids = [link.contact_id for link in inter.participants]
    with database.atomic():
        inter.save()
        InteractionContact.update(occurred_at=inter.occurred_at).where(
            InteractionContact.interaction == inter.id
        ).execute()
        checkins.refresh(ids)


def delete_interaction(*, interaction_id: int) -> None:
    ids = [
        link.contact_id
        for link in InteractionContact.select().where(
            InteractionContact.interaction == interaction_id
        )
    ]
    with database.atomic():
        Interaction.delete().where(Interaction.id == interaction_id).execute()
        checkins.refresh(ids)


def _follow_up_info(f: FollowUp, name: str = "") -> FollowUpInfo:
    return FollowUpInfo(
        id=f.id,
        uid=f.uid,
        contact_id=f.contact_id,
        contact_name=name,
        text=f.text,
        direction=f.direction,
        due=f.due,
        done_at=f.done_at,
        snoozed_until=f.snoozed_until,
        interaction_id=f.interaction_id,
    )


def timeline(contact_id: int, *, limit: int | None = None) -> list[InteractionInfo]:
    """The contact's interactions, newest first, each with its participants and follow-ups."""
    query = (
        Interaction.select()
        .join(InteractionContact)
        .where(InteractionContact.contact == contact_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    if limit:
        query = query.limit(limit)
    inters = list(query)
    if not inters:
        return []
    ids = [i.id for i in inters]
    people: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    for link in (
        InteractionContact.select(InteractionContact.interaction, Contact.id, Contact.display_name)
        .join(Contact)
        .where(InteractionContact.interaction.in_(ids))
        .order_by(Contact.display_name)
    ):
        people[link.interaction_id].append((link.contact.id, link.contact.display_name))
    fups: dict[int, list[FollowUpInfo]] = {i: [] for i in ids}
    for f in (
        FollowUp.select()
        .where(FollowUp.interaction.in_(ids) & (FollowUp.contact == contact_id))
        .order_by(FollowUp.id)
    ):
        if f.interaction_id is not None:
            fups[f.interaction_id].append(_follow_up_info(f))
    return [
        InteractionInfo(
            id=i.id,
            uid=i.uid,
            occurred_at=i.occurred_at,
            kind=i.kind,
            summary=i.summary,
            notes=i.notes,
            initiated_by=i.initiated_by,
            contacts=people[i.id],
            follow_ups=fups[i.id],
            milestone_uid=i.milestone_uid,
        )
        for i in inters
    ]


# --- follow-ups and promises ----------------------------------------------------------------------


def add_follow_up(
    *,
    contact_id: int,
    text: str,
    due: dt.date | None = None,
    direction: str = "i_owe",
    interaction_id: int | None = None,
) -> int:
    fu = _check_follow_up(FollowUpInput(text, due, direction))
    if not Contact.select().where(Contact.id == contact_id).exists():
        raise NotFoundError(f"no contact with id {contact_id}")
    return int(
        FollowUp.create(
            contact=contact_id,
            text=fu.text,
            due=fu.due,
            direction=fu.direction,
            interaction=interaction_id,
        ).id
    )


def _follow_up(follow_up_id: int) -> FollowUp:
    f = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if f is None:
        raise NotFoundError(f"no follow-up with id {follow_up_id}")
    return f


def complete_follow_up(*, follow_up_id: int, done: bool = True) -> None:
    f = _follow_up(follow_up_id)
    f.done_at = clock.now() if done else None
    f.save()


def snooze_follow_up(*, follow_up_id: int, until: dt.datetime) -> None:
    """Hide a follow-up's reminder until ``until``; it stays open (never marked done)."""
    f = _follow_up(follow_up_id)
    f.snoozed_until = until.replace(microsecond=0, tzinfo=None)
    f.save()


def update_follow_up(*, follow_up_id: int, text: str, due: dt.date | None, direction: str) -> None:
    fu = _check_follow_up(FollowUpInput(text, due, direction))
    f = _follow_up(follow_up_id)
    f.text, f.due, f.direction = fu.text, fu.due, fu.direction
    f.save()


def delete_follow_up(*, follow_up_id: int) -> None:
    FollowUp.delete().where(FollowUp.id == follow_up_id).execute()


def open_follow_ups(*, contact_id: int | None = None) -> list[FollowUpInfo]:
    query = (
        FollowUp.select(FollowUp, Contact.display_name)
        .join(Contact)
        .where(FollowUp.done_at.is_null())
        .order_by(FollowUp.due.is_null(), FollowUp.due, FollowUp.id)
    )
    if contact_id is not None:
        query = query.where(FollowUp.contact == contact_id)
    return [_follow_up_info(f, f.contact.display_name) for f in query]


def get_interaction(interaction_id: int) -> InteractionInfo:
    inter = Interaction.get_or_none(Interaction.id == interaction_id)
    if inter is None:
        raise NotFoundError(f"no interaction with id {interaction_id}")
    people = [
        (link.contact.id, link.contact.display_name)
        for link in InteractionContact.select(InteractionContact, Contact.id, Contact.display_name)
        .join(Contact)
        .where(InteractionContact.interaction == interaction_id)
        .order_by(Contact.display_name)
    ]
    fups = [
        _follow_up_info(f)
        for f in FollowUp.select()
        .where(FollowUp.interaction == interaction_id)
        .order_by(FollowUp.id)
    ]
    return InteractionInfo(
        id=inter.id,
        uid=inter.uid,
        occurred_at=inter.occurred_at,
        kind=inter.kind,
        summary=inter.summary,
        notes=inter.notes,
        initiated_by=inter.initiated_by,
        contacts=people,
        follow_ups=fups,
        milestone_uid=inter.milestone_uid,
    )
