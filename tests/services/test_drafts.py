"""Follow-up drafts: the exact note, the mailto URL, and the "send the note" reminder."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from relapp import clock
from relapp.errors import NotFoundError
from relapp.services import contacts, drafts, interactions, settings
from relapp.services.interactions import FollowUpInput

TODAY = dt.date(2026, 3, 2)
NOON = dt.datetime(2026, 3, 2, 12, 0)


@pytest.fixture(autouse=True)
def _today(db):
    clock.set_now(dt.datetime(2026, 3, 2, 15, 30))


def test_note_restates_every_action_item():
    ada = contacts.create_contact(
        first_name="Ada", last_name="Lovelace", emails=["ada@example.org", "ada@home.example"]
    )
    iid = interactions.log_interaction(
        contact_ids=[ada],
        kind="coffee",
        when=NOON,
        summary="Coffee catch-up about the Q3 launch",
        follow_ups=[
            FollowUpInput("Send the deck", TODAY + dt.timedelta(days=2)),
            FollowUpInput("Introduce her to Ben"),
            FollowUpInput("Share the hiring plan", None, "they_owe"),
        ],
    )
    d = drafts.compose(interaction_id=iid, today=TODAY)
    assert d.body == (
        "Hi Ada,\n"
        "\n"
        "Thank you for the coffee today. It was good to talk about the Q3 launch.\n"
        "\n"
        "As promised, I will:\n"
        "- Send the deck\n"
        "- Introduce her to Ben\n"
        "\n"
        "And as you kindly offered:\n"
        "- Share the hiring plan\n"
        "\n"
        "Talk soon,\n"
    )
    assert d.subject == "Follow-up: Coffee catch-up about the Q3 launch"
    assert d.action_items == ["Send the deck", "Introduce her to Ben", "Share the hiring plan"]
    assert d.to == ["ada@example.org"]
    url = urlsplit(d.mailto)
    assert (url.scheme, unquote(url.path)) == ("mailto", "ada@example.org")
    query = parse_qs(url.query)
    assert query["subject"] == [d.subject]
    assert query["body"] == [d.body.replace("\n", "\r\n")]


def test_group_note_without_email_or_items():
    a = contacts.create_contact(first_name="Ada", last_name="L")
    b = contacts.create_contact(first_name="Ben", last_name="K", nickname="Benny")
    c = contacts.create_contact(first_name="Cy", last_name="M", emails=["cy@example.org"])
    iid = interactions.log_interaction(
        contact_ids=[a, b, c], kind="meeting", when=NOON - dt.timedelta(days=3)
    )
    d = drafts.compose(interaction_id=iid, today=TODAY)
    assert d.body == "Hi Ada, Benny and Cy,\n\nThank you for the meeting on Friday.\n\nTalk soon,\n"
    assert d.subject == "Thanks for the meeting"
    assert d.to == ["cy@example.org"]
    solo = interactions.log_interaction(
        contact_ids=[a], kind="call", when=NOON - dt.timedelta(days=10)
    )
    lone = drafts.compose(interaction_id=solo, today=TODAY)
    assert lone.mailto is None
    assert "Thank you for the call on 20 February." in lone.body


def test_shared_action_items_appear_once_in_a_group_note():
    a = contacts.create_contact(first_name="Ada")
    b = contacts.create_contact(first_name="Ben")
    iid = interactions.log_interaction(
        contact_ids=[a, b], kind="call", when=NOON, follow_ups=[FollowUpInput("Send the notes")]
    )
    d = drafts.compose(interaction_id=iid, today=TODAY)
    assert d.body.count("- Send the notes") == 1
    assert d.body.startswith("Hi Ada and Ben,")


def test_reminder_created_once_due_tomorrow_and_completed_when_sent():
    ada = contacts.create_contact(first_name="Ada", last_name="Lovelace")
    iid = interactions.log_interaction(
        contact_ids=[ada], kind="call", when=NOON, follow_ups=[FollowUpInput("Send the deck")]
    )
    d = drafts.open_draft(interaction_id=iid, today=TODAY)
    again = drafts.open_draft(interaction_id=iid, today=TODAY)
    assert d.reminder_id is not None and again.reminder_id == d.reminder_id
    open_items = {f.text: f for f in interactions.open_follow_ups(contact_id=ada)}
    reminder = open_items["Send follow-up note to Ada Lovelace"]
    assert (reminder.due, reminder.direction, reminder.interaction_id) == (
        TODAY + dt.timedelta(days=1),
        "i_owe",
        iid,
    )
    assert again.action_items == ["Send the deck"]  # the reminder is not an action item of the note
    assert not drafts.is_sent(interaction_id=iid)
    assert drafts.mark_sent(interaction_id=iid) == 1
    assert drafts.is_sent(interaction_id=iid)
    assert [f.text for f in interactions.open_follow_ups(contact_id=ada)] == ["Send the deck"]
    assert drafts.mark_sent(interaction_id=iid) == 0


def test_no_reminder_when_the_setting_is_off():
    settings.set("follow_up_draft_reminder", False)
    ada = contacts.create_contact(first_name="Ada")
    iid = interactions.log_interaction(contact_ids=[ada], kind="call", when=NOON)
    assert drafts.open_draft(interaction_id=iid, today=TODAY).reminder_id is None
    assert interactions.open_follow_ups(contact_id=ada) == []


def test_unknown_interaction():
    with pytest.raises(NotFoundError):
        drafts.compose(interaction_id=5)
    with pytest.raises(NotFoundError):
        drafts.mark_sent(interaction_id=5)
