"""Contacts through the services: validation, search, tags, archive/delete, check-in cadence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relapp import clock
from relapp.errors import NotFoundError, ValidationError
from relapp.services import checkins, contact_list, contacts, interactions, milestones, tags
from relapp.services import settings as app_settings
from relapp.services.contact_list import ContactFilter


def search(text: str, **kw) -> list[int]:
    return contact_list.ordered_ids(ContactFilter(text=text, **kw))


def test_create_and_read_back(db) -> None:
    cid = contacts.create_contact(
        first_name="Grace",
        last_name="Hopper",
        company="Navy",
        title="Rear Admiral",
        relationship="mentor",
        emails=["grace@navy.example", "GRACE@navy.example"],
        phones=["+1 555 123 4567"],
        tags=["compilers", "mentors"],
        birthday="1906-12-09",
        works_on="COBOL",
        notes="Carries a nanosecond of wire",
    )
    info = contacts.get_contact(cid)
    assert info.display_name == "Grace Hopper"
    assert info.emails == ["grace@navy.example"]  # duplicate (case-insensitive) dropped
    assert info.tags == ["compilers", "mentors"]
    assert info.birthday is not None and info.birthday.iso() == "1906-12-09"
    assert info.effective_cadence == 30  # mentor default
    data = contacts.to_json(info)
    assert (
        data["birthday"] == "1906-12-09"
        and data["cadence_days"] == 30
        and data["last_interaction"] is None
    )


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"first_name": "  "}, "first_name"),
        ({"first_name": "A", "emails": ["not-an-email"]}, "emails"),
        ({"first_name": "A", "relationship": "nemesis"}, "relationship"),
        ({"first_name": "A", "birthday": "2023-02-30"}, "date"),
        ({"first_name": "A", "cadence_days": -3}, "cadence_days"),
        ({"first_name": "A", "notes": "x" * 100_001}, "notes"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(db, kwargs, field) -> None:
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(**kwargs)
    assert info.value.field == field
    assert contact_list.total_contacts() == 0


def test_search_covers_name_company_email_tags_and_notes(db) -> None:
    a = contacts.create_contact(
        first_name="Amara",
        last_name="Okafor",
        company="Northwind",
        emails=["amara@nw.example"],
        tags=["design"],
    )
    b = contacts.create_contact(
        first_name="Ben", last_name="Lindqvist", notes="Plays the cello on weekends"
    )
    assert search("amar") == [a]
    assert search("north") == [a]
    assert search("nw.example") == [a]
    assert search("design") == [a]
    assert search("cello") == [b]
    assert search("okafor amara") == [a]
    assert search("zzz") == []
    assert search("***") == []  # punctuation only: nothing, and no FTS syntax error


def test_search_ignores_accents(db) -> None:
    cid = contacts.create_contact(first_name="Chloé", last_name="Ibáñez")
    assert search("chloe ibanez") == [cid]


def test_update_keeps_index_current(db) -> None:
    cid = contacts.create_contact(first_name="Dmitri", company="Atlas")
    contacts.update_contact(contact_id=cid, company="Helios", tags=["energy"])
    assert search("atlas") == []
    assert search("helios energy") == [cid]


def test_archive_and_delete(db) -> None:
    keep = contacts.create_contact(first_name="Keep")
    gone = contacts.create_contact(first_name="Gone")
    shared = interactions.log_interaction(
        contact_ids=[keep, gone], kind="lunch", summary="Team lunch"
    )
    solo = interactions.log_interaction(contact_ids=[gone], kind="call")
    contacts.archive_contact(contact_id=keep)
    assert contact_list.ordered_ids(ContactFilter()) == [gone]
    assert contact_list.ordered_ids(ContactFilter(archived=True)) == [keep]
    contacts.delete_contact(contact_id=gone)
    with pytest.raises(NotFoundError):
        contacts.get_contact(gone)
    assert [i.id for i in interactions.timeline(keep)] == [shared]
    with pytest.raises(NotFoundError):
        interactions.get_interaction(solo)
    assert search("gone", archived=True) == [] and search("gone") == []


def test_resolve_contact_by_id_name_and_ambiguity(db) -> None:
    a = contacts.create_contact(first_name="Maya", last_name="Patel")
    contacts.create_contact(first_name="Maya", last_name="Chen")
    assert contacts.resolve_contact(str(a)) == a
    assert contacts.resolve_contact("maya patel") == a
    with pytest.raises(ValidationError, match="matches 2 contacts"):
        contacts.resolve_contact("Maya")
    with pytest.raises(NotFoundError):
        contacts.resolve_contact("Nobody")


def test_cadence_sources_in_order(db) -> None:
    clock.set_now(dt.datetime(2026, 3, 1, 9))
    own = contacts.create_contact(
        first_name="Own", relationship="coworker", cadence_days=10, tags=["vip"]
    )
    tagged = contacts.create_contact(first_name="Tagged", relationship="coworker", tags=["vip"])
    by_rel = contacts.create_contact(first_name="Rel", relationship="manager")
    none = contacts.create_contact(first_name="None", relationship="other")
    off = contacts.create_contact(first_name="Off", relationship="manager", cadence_days=0)
    tags.set_tag_cadence(name="vip", cadence_days=20)
    got = {
        cid: contacts.get_contact(cid).effective_cadence for cid in (own, tagged, by_rel, none, off)
    }
    assert got == {own: 10, tagged: 20, by_rel: 14, none: None, off: None}
    app_settings.set("cadence.manager", 7)
    checkins.refresh()
    assert contacts.get_contact(by_rel).effective_cadence == 7


def test_checkin_due_is_now_without_interactions_and_resets_on_any(db) -> None:
    clock.set_now(dt.datetime(2026, 3, 1, 9))
    cid = contacts.create_contact(first_name="Priya", relationship="manager")
    assert contacts.get_contact(cid).checkin_due == dt.date(2026, 3, 1)
    interactions.log_interaction(contact_ids=[cid], kind="email", when=dt.datetime(2026, 3, 5, 12))
    assert contacts.get_contact(cid).checkin_due == dt.date(2026, 3, 19)
    checkins.snooze_checkin(contact_id=cid, until=dt.date(2026, 4, 1))
    info = contacts.get_contact(cid)
    assert info.checkin_due == dt.date(2026, 4, 1) and info.last_interaction_at.date() == dt.date(
        2026, 3, 5
    )
    interactions.log_interaction(
        contact_ids=[cid], kind="message", when=dt.datetime(2026, 3, 10, 12)
    )
    assert contacts.get_contact(cid).checkin_due == dt.date(
        2026, 3, 24
    )  # snooze cleared by a real contact


@settings(max_examples=40, deadline=None)
@given(
    days=st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=6),
    cadence=st.integers(1, 120),
)
def test_due_is_latest_interaction_plus_cadence(days, cadence) -> None:
    from pathlib import Path
    from tempfile import mkdtemp

    from relapp.store import init_db

    init_db(Path(mkdtemp()) / "h.db")
    cid = contacts.create_contact(first_name="H", cadence_days=cadence)
    start = dt.datetime(2025, 1, 1, 12)
    for d in days:
        interactions.log_interaction(
            contact_ids=[cid], kind="call", when=start + dt.timedelta(days=d)
        )
    assert (
        contacts.get_contact(cid).checkin_due
        == (start + dt.timedelta(days=max(days) + cadence)).date()
    )


def test_birthday_is_the_birthday_milestone(db) -> None:
    cid = contacts.create_contact(first_name="Leap", birthday="--02-29")
    [m] = milestones.milestones_for(cid)
    assert (m.kind, m.month, m.day, m.year) == ("birthday", 2, 29, None)
    contacts.update_contact(contact_id=cid, birthday="1990-07-01")
    [m] = milestones.milestones_for(cid)
    assert (m.month, m.day, m.year) == (7, 1, 1990)
    contacts.update_contact(contact_id=cid, birthday=None)
    assert milestones.milestones_for(cid) == []


def test_counts_agree_with_the_listed_ids_for_every_filter(db) -> None:
    ids = [
        contacts.create_contact(first_name=f"P{i}", last_name="Person", relationship=rel)
        for i, rel in enumerate(["client", "mentor", "client", "friend", "client"])
    ]
    tags.set_contact_tags(ids[0], ["vip"])
    for cid in ids[3:]:
        contacts.archive_contact(contact_id=cid)
    for f in (
        ContactFilter(),
        ContactFilter(archived=True),
        ContactFilter(relationship="client"),
        ContactFilter(archived=True, relationship="client"),
        ContactFilter(tag="vip"),
        ContactFilter(text="P1"),
    ):
        assert contact_list.count(f) == len(contact_list.ordered_ids(f)), f
    assert (
        contact_list.count(ContactFilter()),
        contact_list.count(ContactFilter(archived=True)),
    ) == (3, 2)
