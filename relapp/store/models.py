"""peewee models: contacts and their details, tags, interactions, follow-ups, milestones, the log of
delivered notifications, import batches and settings.

Every user-visible record carries a stable ``uid`` (exports use it; re-imports recognise it) and
``created_at`` / ``updated_at``. A contact's check-in due date is stored and indexed
(``checkin_due``), maintained by the services whenever interactions or cadences change, so the
agenda is one indexed query.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import peewee as pw

from relapp.store.db import database


def new_uid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """Now, local time without microseconds, from the app clock (tests and --date can fix it).
    (The name is historical: relapp stores local wall-clock times, as the user sees them.)"""
    from relapp import clock

    return clock.now().replace(microsecond=0)


RELATIONSHIPS = (
    "coworker",
    "client",
    "mentor",
    "mentee",
    "manager",
    "report",
    "collaborator",
    "friend",
    "other",
)

INTERACTION_KINDS = (
    "coffee",
    "call",
    "video",
    "meeting",
    "email",
    "message",
    "lunch",
    "event",
    "celebration",
    "other",
)

MILESTONE_KINDS = (
    "birthday",
    "work_anniversary",
    "promotion",
    "new_job",
    "achievement",
    "custom",
)

DETAIL_KINDS = ("email", "phone", "link")

# Follow-up direction: a promise I made (I owe them) or one they made to me (they owe me).
DIRECTIONS = ("i_owe", "they_owe")


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class Stamped(BaseModel):
    id = pw.AutoField()
    uid = pw.CharField(unique=True, default=new_uid)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow)

    def save(self, *args, **kwargs):
        self.updated_at = utcnow()
        return super().save(*args, **kwargs)


class ImportBatch(BaseModel):
    """One import run, so "last imported" can filter the list and the import can be undone."""

    id = pw.AutoField()
    created_at = pw.DateTimeField(default=utcnow)
    source = pw.TextField(default="")
    format = pw.CharField(default="")
    created_count = pw.IntegerField(default=0)
    merged_count = pw.IntegerField(default=0)
    skipped_count = pw.IntegerField(default=0)
    rejected_count = pw.IntegerField(default=0)
    undone_at = pw.DateTimeField(null=True)
    undo_data = pw.TextField(default="")  # JSON: contacts as they were before a merge


class Contact(Stamped):
    first_name = pw.TextField(default="")
    last_name = pw.TextField(default="")
    nickname = pw.TextField(default="")
    display_name = pw.TextField(index=True)  # "First Last", kept by the services; sort key
    company = pw.TextField(default="")
    title = pw.TextField(default="")
    relationship = pw.CharField(default="other")
    how_met = pw.TextField(default="")
    location = pw.TextField(default="")
    timezone = pw.TextField(default="")
    works_on = pw.TextField(default="")
    excited_about = pw.TextField(default="")
    finds_hard = pw.TextField(default="")
    preferences = pw.TextField(default="")
    topics_next = pw.TextField(default="")
    notes = pw.TextField(default="")
    cadence_days = pw.IntegerField(null=True)  # the contact's own cadence; None = inherit
    archived = pw.BooleanField(default=False, index=True)
    # Derived, stored for indexed queries; maintained by services.checkins.refresh().
    last_interaction_at = pw.DateTimeField(null=True, index=True)
    effective_cadence = pw.IntegerField(null=True)
    checkin_due = pw.DateField(null=True, index=True)
    # Recent activity as day numbers (days since 1970-01-01), for health over every contact:
    # the last interaction, the third most recent, the third most recent with a known starter,
    # and the last one I / they started. Maintained by services.checkins.refresh().
    last_day = pw.IntegerField(null=True)
    third_last_day = pw.IntegerField(null=True)
    started_third_day = pw.IntegerField(null=True)
    started_me_day = pw.IntegerField(null=True)
    started_them_day = pw.IntegerField(null=True)
    checkin_snoozed_until = pw.DateField(null=True)
    reach_out_dismissed_until = pw.DateField(null=True)
    import_batch = pw.ForeignKeyField(
        ImportBatch, null=True, on_delete="SET NULL", backref="contacts"
    )


class ContactDetail(BaseModel):
    """An email address, phone number or link of a contact, with an optional label."""

    id = pw.AutoField()
    contact_id: int
    contact = pw.ForeignKeyField(Contact, backref="details", on_delete="CASCADE")
    kind = pw.CharField()  # one of DETAIL_KINDS
    value = pw.TextField()
    label = pw.TextField(default="")
    normalized = pw.TextField(index=True)  # lower-cased email / digits-only phone, for matching
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("contact", "kind", "position"), False),)


class Tag(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(unique=True, collation="NOCASE")
    cadence_days = pw.IntegerField(null=True)  # default cadence for contacts with this tag


class ContactTag(BaseModel):
    contact_id: int
    tag_id: int
    contact = pw.ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    tag = pw.ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")

    class Meta:
        primary_key = pw.CompositeKey("contact", "tag")


class Interaction(Stamped):
    occurred_at = pw.DateTimeField(index=True)
    kind = pw.CharField(default="meeting")
    summary = pw.TextField(default="")
    notes = pw.TextField(default="")
    initiated_by = pw.CharField(null=True)  # "me", "them" or None
    milestone_uid = pw.CharField(null=True, index=True)  # for celebrations: which milestone
    participants: Any  # backref from InteractionContact
    follow_ups: Any  # backref from FollowUp


class InteractionContact(BaseModel):
    interaction_id: int
    contact_id: int
    interaction = pw.ForeignKeyField(Interaction, backref="participants", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, backref="interaction_links", on_delete="CASCADE")
    occurred_at = pw.DateTimeField()  # copy of the interaction's, for (contact, date) queries

    class Meta:
        primary_key = pw.CompositeKey("interaction", "contact")
        indexes = ((("contact", "occurred_at"), False),)


class FollowUp(Stamped):
    contact_id: int
    interaction_id: int | None
    contact = pw.ForeignKeyField(Contact, backref="follow_ups", on_delete="CASCADE")
    interaction = pw.ForeignKeyField(
        Interaction, null=True, backref="follow_ups", on_delete="SET NULL"
    )
    text = pw.TextField()
    direction = pw.CharField(default="i_owe")
    due = pw.DateField(null=True, index=True)
    snoozed_until = pw.DateTimeField(null=True)
    done_at = pw.DateTimeField(null=True, index=True)


class Milestone(Stamped):
    contact_id: int
    contact = pw.ForeignKeyField(Contact, backref="milestones", on_delete="CASCADE")
    kind = pw.CharField(default="custom")
    label = pw.TextField(default="")  # for custom and achievement kinds
    month = pw.IntegerField()
    day = pw.IntegerField()
    year = pw.IntegerField(null=True)
    recurring = pw.BooleanField(default=True)
    lead_days = pw.IntegerField(null=True)  # None = the default for the kind
    note = pw.TextField(default="")
    month_day = pw.IntegerField(index=True)  # month * 100 + day, for calendar range queries


class Delivered(BaseModel):
    """One row per delivered reminder occurrence, so nothing is notified twice."""

    id = pw.AutoField()
    key = pw.CharField(unique=True)
    delivered_at = pw.DateTimeField(default=utcnow)
    channel = pw.CharField(default="")


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = pw.TextField()  # JSON


ALL_MODELS: tuple[type[BaseModel], ...] = (
    ImportBatch,
    Contact,
    ContactDetail,
    Tag,
    ContactTag,
    Interaction,
    InteractionContact,
    FollowUp,
    Milestone,
    Delivered,
    Setting,
)
