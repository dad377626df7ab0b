"""The prep brief and conversation starters: exact text for a hand-built contact, and the starter
rules on their own."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relapp import clock
from relapp.errors import NotFoundError
from relapp.services import brief, contacts, interactions, milestones, settings
from relapp.services.interactions import FollowUpInput
from relapp.services.starters import (
    StarterInputs,
    ask_question,
    clause,
    conversation_starters,
    to_you,
    topic_of,
)

TODAY = dt.date(2026, 3, 2)


def at(days_ago: int, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour, 0))


@pytest.fixture
def ada(db) -> int:
    clock.set_now(TODAY)
    cid = contacts.create_contact(
        first_name="Ada",
        last_name="Lovelace",
        relationship="manager",
        title="Head of Product",
        company="Northwind Analytics",
        how_met="Introduced by a mutual friend",
        tags=["board", "data"],
        works_on="The data migration to the new warehouse",
        excited_about="their team's first offsite",
        finds_hard="getting buy-in from finance",
        preferences="Tea, not coffee",
        topics_next="Ask how the offsite went\nShare the article on team rituals",
        emails=["ada@northwind.example"],
        birthday="1986-03-12",
    )
    milestones.add_milestone(contact_id=cid, kind="work_anniversary", month=4, day=30, year=2021)
    interactions.log_interaction(
        contact_ids=[cid], kind="coffee", when=at(40), summary="Coffee catch-up"
    )
    interactions.log_interaction(
        contact_ids=[cid], kind="call", when=at(30), summary="Hiring plan", initiated_by="them"
    )
    interactions.log_interaction(
        contact_ids=[cid],
        kind="meeting",
        when=at(21),
        initiated_by="me",
        summary="Quarterly review",
        follow_ups=[
            FollowUpInput("Send the deck", TODAY - dt.timedelta(days=1)),
            FollowUpInput("Budget numbers", None, "they_owe"),
        ],
    )
    interactions.log_interaction(contact_ids=[cid], kind="lunch", when=at(60))
    return cid


EXPECTED = """\
Prep brief: Ada Lovelace \u2014 2026-03-02

Manager \u00b7 Head of Product at Northwind Analytics
Met: Introduced by a mutual friend
Tags: board, data
Health: Cooling: last talked 21 days ago, 7 days past your 14-day rhythm; 4 interactions in the last 90 days; 1 promise of yours is overdue; 1 open promise of theirs.

Last interactions
- 2026-02-09 (21 days ago) \u2014 Meeting: Quarterly review
- 2026-01-31 (30 days ago) \u2014 Call: Hiring plan
- 2026-01-21 (40 days ago) \u2014 Coffee catch-up

Open promises
- You owe them: Send the deck (due 2026-03-01, 1 day late)
- They owe you: Budget numbers (no due date)

About them
- Works on: The data migration to the new warehouse
- Excited about: their team's first offsite
- Finds hard: getting buy-in from finance
- Preferences: Tea, not coffee

Topics for next time
- Ask how the offsite went
- Share the article on team rituals

Upcoming milestones
- 12 March (in 10 days): Birthday (turns 40)

Conversation starters
1. How is the data migration to the new warehouse going?
2. Any progress on "Budget numbers"?
3. How did the offsite go?
"""


def test_brief_text_is_exact(ada):
    b = brief.prep_brief(contact_id=ada, today=TODAY)
    assert brief.brief_text(b) == EXPECTED
    assert [f.text for f in b.i_owe] == ["Send the deck"]
    assert [f.text for f in b.they_owe] == ["Budget numbers"]
    assert b.emails == ["ada@northwind.example"]


def test_milestones_window_and_years(ada):
    b = brief.prep_brief(contact_id=ada, today=dt.date(2026, 4, 1))
    assert [(m.date, m.title) for m in b.milestones] == [
        (dt.date(2026, 4, 30), "Work anniversary (5 years)")
    ]


def test_empty_contact_brief_falls_back_to_general_starters(db):
    clock.set_now(TODAY)
    cid = contacts.create_contact(first_name="Bare")
    settings.set(
        "conversation_starters",
        [
            "What are you reading?",
            "Any trips planned?",
            "  ",
            "What are you reading?",
            "Best meal lately?",
        ],
    )
    text = brief.brief_text(brief.prep_brief(contact_id=cid, today=TODAY))
    assert (
        "- nothing logged yet" in text
        and "Open promises\n- none" in text
        and "About them\n- nothing noted yet" in text
    )
    assert text.endswith(
        "Conversation starters\n1. What are you reading?\n2. Any trips planned?\n3. Best meal lately?\n"
    )


def test_unknown_contact(db):
    with pytest.raises(NotFoundError):
        brief.prep_brief(contact_id=77, today=TODAY)


# --- starters -----------------------------------------------------------------------------------


def test_starters_from_profile_and_timeline_one_per_topic():
    inp = StarterInputs(
        works_on="the Q3 launch; hiring",
        excited_about="learning Rust",
        finds_hard="time zones with the Tokyo team",
        last_summary="Coffee catch-up about the Q3 launch",  # same topic as works_on: not asked twice
        last_follow_ups=[
            ("i_owe", "Send the deck", False),
            ("they_owe", "Share their roadmap", True),
        ],
    )
    assert conversation_starters(inp, ["General?"], count=5) == [
        "How is the Q3 launch going?",
        "How is learning Rust coming along?",
        "Anything I could do to help with time zones with the Tokyo team?",
        "General?",
    ]


def test_starters_from_the_last_conversation():
    inp = StarterInputs(
        last_summary="Quick call: blockers on the design system refresh",
        last_follow_ups=[
            ("they_owe", "Share their roadmap", False),
            ("i_owe", "Ask how the new hire is doing", False),
        ],
    )
    assert conversation_starters(inp, []) == [
        'Any progress on "Share their roadmap"?',
        "How is the new hire doing?",
        "What happened next with the design system refresh?",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ask about their daughter's first school year",
            (
                "your daughter's first school year",
                "What's the latest on your daughter's first school year?",
            ),
        ),
        ("ask how they are settling in.", ("you", "How are you settling in?")),
        ("Ask how the offsite went", ("the offsite", "How did the offsite go?")),
        ("Share the article on team rituals", None),
    ],
)
def test_ask_notes_become_questions(text, expected):
    assert ask_question(text) == expected


def test_text_helpers():
    assert clause("The data migration. Then more") == "the data migration"
    assert clause("Northwind launch") == "Northwind launch"
    assert clause("Getting buy-in\nsecond line") == "getting buy-in"
    assert to_you("Their team and they themselves") == "Your team and you yourself"
    assert topic_of("Video sync on a pricing experiment") == "a pricing experiment"
    assert topic_of("Quarterly review") == ""


@given(
    st.text(max_size=80),
    st.text(max_size=80),
    st.text(max_size=80),
    st.lists(st.text(max_size=30), max_size=6),
)
def test_starters_never_crash_and_never_repeat(works, summary, topics, general):
    out = conversation_starters(
        StarterInputs(works_on=works, last_summary=summary, topics_next=topics), general
    )
    assert len(out) <= 3
    assert len({q.lower() for q in out}) == len(out)
    assert all(q.strip() for q in out)


# --- wins ---------------------------------------------------------------------------------------


def test_recent_wins_in_the_brief_newest_first_and_a_congratulating_starter(ada):
    from relapp.services import calendar

    calendar.record_win(contact_id=ada, text="Gave the keynote at PyCon", date=dt.date(2026, 1, 10))
    calendar.record_win(contact_id=ada, text="Shipped the mobile app", date=dt.date(2026, 2, 20))
    calendar.record_win(
        contact_id=ada, text="Ran a marathon", date=dt.date(2025, 11, 30)
    )  # 92 days
    calendar.record_win(contact_id=ada, text="Future win", date=dt.date(2026, 3, 20))
    b = brief.prep_brief(contact_id=ada, today=TODAY)
    assert [w.label for w in b.recent_wins] == [
        "Shipped the mobile app",
        "Gave the keynote at PyCon",
    ]
    text = brief.brief_text(b)
    assert (
        "Topics for next time\n- Ask how the offsite went\n- Share the article on team rituals\n\n"
        "Recent wins\n- 20 February (10 days ago): Shipped the mobile app\n"
        "- 10 January (51 days ago): Gave the keynote at PyCon\n\nUpcoming milestones"
    ) in text
    assert "marathon" not in text
    assert (
        "Upcoming milestones\n- 12 March (in 10 days): Birthday (turns 40)\n- 20 March (in 18 days): Future win"
        in text
    )
    assert (
        b.starters[0] == "Congratulations on shipping the mobile app \u2014 how did you celebrate?"
    )
    assert "1. Congratulations on shipping the mobile app" in text


def test_a_win_older_than_90_days_is_not_in_the_brief(ada):
    from relapp.services import calendar

    calendar.record_win(contact_id=ada, text="Shipped the mobile app", date=dt.date(2025, 12, 1))
    b = brief.prep_brief(contact_id=ada, today=TODAY)  # 91 days later
    assert b.recent_wins == []
    text = brief.brief_text(b)
    assert "Recent wins" not in text and "Congratulations" not in text
    assert brief.prep_brief(contact_id=ada, today=dt.date(2026, 3, 1)).recent_wins  # 90 days: in


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Shipped the mobile app", "Congratulations on shipping the mobile app"),
        ("Gave the keynote at PyCon", "Congratulations on giving the keynote at PyCon"),
        ("Promoted to Staff Engineer", "Congratulations on being promoted to Staff Engineer"),
        ("Launched their podcast.", "Congratulations on launching your podcast"),
        ("Applied for a patent", "Congratulations on applying for a patent"),
        ("Their first marathon", "Congratulations on your first marathon"),
        ("New job at Northwind", "Congratulations on your new job at Northwind"),
        ("Series A funding", "Congratulations on your Series A funding"),
        ("Her book was published", "Congratulations on the news that your book was published"),
    ],
)
def test_congratulation_starter_phrasing(label, expected):
    from relapp.services.starters import congratulation_starter

    assert congratulation_starter(label) == f"{expected} \u2014 how did you celebrate?"


@given(st.text(max_size=60))
def test_congratulation_starter_never_crashes(label):
    from relapp.services.starters import congratulation_starter

    out = congratulation_starter(label)
    assert out == "" or out.startswith("Congratulations on ")
