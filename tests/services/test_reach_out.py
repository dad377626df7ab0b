"""The reach-out ranking on hand-built timelines: exact order, scores and reasons; dismiss, snooze,
and logging an interaction taking people off the list."""

from __future__ import annotations

import datetime as dt

import pytest

from relapp import clock
from relapp.errors import NotFoundError, ValidationError
from relapp.services import contacts, interactions, reach_out, settings
from relapp.services.interactions import FollowUpInput

TODAY = dt.date(2026, 3, 2)


def at(days_ago: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12, 0))


def person(name: str, relationship: str = "other", cadence: int | None = None) -> int:
    first, last = contacts.split_name(name)
    return contacts.create_contact(
        first_name=first, last_name=last, relationship=relationship, cadence_days=cadence
    )


def talk(cid: int, days_ago: int, summary: str = "", follow_ups=()) -> int:
    return interactions.log_interaction(
        contact_ids=[cid], kind="call", when=at(days_ago), summary=summary, follow_ups=follow_ups
    )


@pytest.fixture(autouse=True)
def _today(db):
    clock.set_now(TODAY)


def names(entries):
    return [e.contact for e in entries]


def test_manager_with_promise_ranks_above_overdue_coworker_and_reason_names_both_facts():
    coworker = person("Carl Coworker", "coworker")  # 60-day cadence
    talk(coworker, 70, "Coffee catch-up")
    manager = person("Maria Manager", "manager")  # 14-day cadence
    talk(
        manager,
        21,
        "Planning the Q3 launch",
        [FollowUpInput("Send the deck", TODAY + dt.timedelta(days=3))],
    )
    entries = reach_out.reach_out(today=TODAY)
    assert [(e.contact_id, e.contact, e.score) for e in entries] == [
        (manager, "Maria Manager", 26.0),  # 30 x 1.5 / 2.5 + 8 for the open promise
        (coworker, "Carl Coworker", 16.2),  # 30 x (70/60) / (130/60)
    ]
    assert entries[0].reason == (
        'last talked 21 days ago ("Planning the Q3 launch"), 7 days past your 14-day rhythm; '
        'you promised "Send the deck", due in 3 days'
    )
    assert (
        entries[1].reason
        == 'last talked 70 days ago ("Coffee catch-up"), 10 days past your 60-day rhythm'
    )
    assert entries[0].to_json() == {
        "contact_id": manager,
        "contact": "Maria Manager",
        "reason": entries[0].reason,
        "score": 26.0,
    }


def test_promises_both_ways_and_overdue_raise_the_score():
    a = person("Ann Alpha", "coworker")
    talk(
        a,
        61,
        "Roadmap",
        [
            FollowUpInput("Intro to Bob", TODAY - dt.timedelta(days=2)),
            FollowUpInput("Share slides", TODAY + dt.timedelta(days=20)),
        ],
    )
    interactions.add_follow_up(contact_id=a, text="Budget numbers", direction="they_owe")
    (entry,) = reach_out.reach_out(today=TODAY)
    # 30 x (61/60) / (121/60) = 15.12; + 2 x 8 mine + 4 late + 3 theirs
    assert entry.score == 38.1
    assert entry.reason == (
        'last talked 61 days ago ("Roadmap"), 1 day past your 60-day rhythm; '
        'you promised "Intro to Bob", 2 days late (and 1 more promise); they promised "Budget numbers"'
    )


def test_a_promise_due_this_week_makes_a_candidate_before_the_check_in_is_due():
    c = person("Pia Promise", "coworker")
    talk(c, 20, "Design review", [FollowUpInput("Send feedback", TODAY + dt.timedelta(days=1))])
    quiet = person("Quinn Quiet", "coworker")
    talk(quiet, 20, "Standup")
    (entry,) = reach_out.reach_out(today=TODAY)
    assert (entry.contact_id, entry.score) == (c, 8.0)
    assert (
        entry.reason
        == 'last talked 20 days ago ("Design review"); you promised "Send feedback", due tomorrow'
    )


def test_never_met_contact_with_a_cadence_is_due():
    n = person("Nora New", "mentor")  # added today (real time): due from the day it was added
    (entry,) = reach_out.reach_out(today=dt.date.today() + dt.timedelta(days=1))
    assert (entry.contact_id, entry.score, entry.days_since) == (n, 15.0, None)
    assert entry.reason == "no interaction logged yet; you wanted to check in every 30 days"


def test_focus_not_a_wall_of_names():
    for i in range(30):
        talk(person(f"Person {i:02d}", "coworker"), 61 + i)
    assert len(reach_out.reach_out(today=TODAY)) == 5
    settings.set("reach_out_limit", 3)
    top = reach_out.reach_out(today=TODAY)
    assert names(top) == ["Person 29", "Person 28", "Person 27"]  # longest silence first
    assert len(reach_out.reach_out(today=TODAY, limit=12)) == 12
    for bad in (0, -1, 51):
        with pytest.raises(ValidationError, match="1 to 50"):
            reach_out.reach_out(today=TODAY, limit=bad)


def test_archived_and_recently_contacted_people_are_left_out():
    gone = person("Gus Gone", "coworker")
    talk(gone, 90)
    contacts.archive_contact(contact_id=gone)
    recent = person("Rita Recent", "coworker")
    talk(recent, 3, follow_ups=[FollowUpInput("Send the notes", TODAY - dt.timedelta(days=1))])
    assert reach_out.reach_out(today=TODAY) == []


def test_logging_an_interaction_removes_the_person():
    a, b = person("Ada Overdue", "manager"), person("Ben Overdue", "manager")
    talk(a, 30)
    talk(b, 40)
    assert names(reach_out.reach_out(today=TODAY)) == ["Ben Overdue", "Ada Overdue"]
    interactions.log_interaction(contact_ids=[b], kind="message", when=at(0))
    assert names(reach_out.reach_out(today=TODAY)) == ["Ada Overdue"]


def test_dismiss_and_snooze():
    a, b, c = (person(n, "manager") for n in ("Ada A", "Ben B", "Cy C"))
    for cid in (a, b, c):
        talk(cid, 30)
    assert reach_out.dismiss(contact_id=a, today=TODAY) == TODAY + dt.timedelta(days=14)
    assert reach_out.snooze(contact_id=b, weeks=1, today=TODAY) == TODAY + dt.timedelta(days=7)
    assert names(reach_out.reach_out(today=TODAY)) == ["Cy C"]
    assert names(reach_out.reach_out(today=TODAY + dt.timedelta(days=6))) == ["Cy C"]
    assert names(reach_out.reach_out(today=TODAY + dt.timedelta(days=7))) == ["Ben B", "Cy C"]
    assert names(reach_out.reach_out(today=TODAY + dt.timedelta(days=14))) == [
        "Ada A",
        "Ben B",
        "Cy C",
    ]
    reach_out.snooze(contact_id=c, weeks=2, today=TODAY)
    assert names(reach_out.reach_out(today=TODAY)) == []
    interactions.log_interaction(
        contact_ids=[c], kind="email", when=at(35)
    )  # logging clears a snooze
    reach_out.restore(contact_id=a)
    assert names(reach_out.reach_out(today=TODAY)) == ["Ada A", "Cy C"]
    with pytest.raises(ValidationError):
        reach_out.snooze(contact_id=a, weeks=0, today=TODAY)
    with pytest.raises(NotFoundError):
        reach_out.dismiss(contact_id=999, today=TODAY)


def test_long_summaries_are_shortened_to_one_line():
    c = person("Lou Long", "manager")
    talk(
        c,
        20,
        "A very long summary\nthat goes on about many different things for far too long to fit",
    )
    (entry,) = reach_out.reach_out(today=TODAY)
    assert entry.last_summary == "A very long summary that goes on about many different\u2026"
    assert "\n" not in entry.reason
