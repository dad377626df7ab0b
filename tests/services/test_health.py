"""Relationship health on hand-built timelines: exact bands, points and reasons."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relapp import clock
from relapp.errors import NotFoundError
from relapp.services import contacts, health, interactions
from relapp.services.interactions import FollowUpInput

TODAY = dt.date(2026, 3, 2)


def at(days_ago: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12, 0))


def person(name: str, relationship: str = "other", cadence: int | None = None) -> int:
    first, last = contacts.split_name(name)
    return contacts.create_contact(
        first_name=first, last_name=last, relationship=relationship, cadence_days=cadence
    )


def talk(cid: int, days_ago: int, by: str | None = None, follow_ups=()) -> int:
    return interactions.log_interaction(
        contact_ids=[cid], kind="call", when=at(days_ago), initiated_by=by, follow_ups=follow_ups
    )


@pytest.fixture(autouse=True)
def _today(db):
    clock.set_now(TODAY)


def test_manager_past_cadence_with_a_promise_is_cooling():
    m = person("Maria Manager", "manager")  # 14-day cadence from the relationship
    talk(m, 21, by="me", follow_ups=[FollowUpInput("Send the deck", TODAY + dt.timedelta(days=3))])
    h = health.health_for(m, today=TODAY)
    assert h.band == "cooling"
    assert h.points == -1
    assert h.reasons == [
        "last talked 21 days ago, 7 days past your 14-day rhythm",
        "1 interaction in the last 90 days",
        "1 open promise of yours, not yet due",
    ]
    assert h.explanation == (
        "Cooling: last talked 21 days ago, 7 days past your 14-day rhythm; 1 interaction in the last 90 days; "
        "1 open promise of yours, not yet due."
    )
    assert (h.days_since, h.cadence, h.i_owe_open, h.i_owe_overdue) == (21, 14, 1, 0)


def test_recent_frequent_reciprocal_client_is_thriving():
    c = person("Chen Client", "client")  # 30 days
    talk(c, 40, by="me")
    talk(c, 20, by="them")
    talk(c, 3, by="me")
    h = health.health_for(c, today=TODAY)
    assert (h.band, h.points) == ("thriving", 4)
    assert h.reasons == [
        "in touch 3 days ago, well within your 30-day rhythm",
        "3 interactions in the last 90 days",
        "give and take in recent conversations: you started 2, they started 1",
    ]


def test_neglected_friend_with_overdue_promises_is_at_risk():
    f = person("Frida Friend", "friend")  # 60 days
    talk(
        f,
        200,
        by="me",
        follow_ups=[
            FollowUpInput("Return the book", TODAY - dt.timedelta(days=150)),
            FollowUpInput("Send photos", TODAY - dt.timedelta(days=100)),
        ],
    )
    interactions.add_follow_up(contact_id=f, text="Lend me the tent", direction="they_owe")
    h = health.health_for(f, today=TODAY)
    assert (h.band, h.points) == ("at_risk", -6)
    assert h.reasons == [
        "last talked 200 days ago, more than twice your 60-day rhythm",
        "no interactions in the last 90 days",
        "2 promises of yours are overdue",
        "1 open promise of theirs",
    ]


def test_one_sided_conversations_cost_a_point_and_done_promises_do_not_count():
    c = person("Otto Coworker", "coworker")  # 60 days
    for d in (50, 30, 10):
        iid = talk(c, d, by="me")
    f = interactions.add_follow_up(
        contact_id=c, text="Old promise", due=TODAY - dt.timedelta(days=5), interaction_id=iid
    )
    interactions.complete_follow_up(follow_up_id=f)
    h = health.health_for(c, today=TODAY)
    assert h.reasons == [
        "in touch 10 days ago, well within your 60-day rhythm",
        "3 interactions in the last 90 days",
        "you started all 3 recent conversations; they started none",
    ]
    assert (h.band, h.points) == ("steady", 2)


def test_never_met_and_no_cadence():
    new = person("Nina New", "mentor")
    other = person("Olga Other")  # relationship "other": no cadence
    talk(other, 10)
    hb = health.health_bands([new, other, 9999], today=TODAY)
    assert set(hb) == {new, other}
    assert (hb[new].band, hb[new].reasons) == ("cooling", ["no interaction logged yet"])
    assert (hb[other].band, hb[other].reasons) == (
        "steady",
        ["in touch 10 days ago", "1 interaction in the last 90 days"],
    )


def test_interactions_after_the_date_do_not_count():
    c = person("Tim Timeline", "report")  # 14 days
    talk(c, 20, by="them")
    talk(c, 5, by="me")
    talk(c, -3, by="me")  # logged for a future date
    h = health.health_for(c, today=TODAY - dt.timedelta(days=10))
    assert h.reasons == [
        "in touch 10 days ago, within your 14-day rhythm",
        "1 interaction in the last 90 days",
    ]
    assert (h.band, h.started_by_me, h.started_by_them) == ("steady", 0, 1)


def test_unknown_contact_is_a_clear_error():
    with pytest.raises(NotFoundError, match="no contact with id 42"):
        health.health_for(42, today=TODAY)


def test_band_counts_match_the_batch_api_for_every_active_contact():
    ids = [
        person(f"P{i} Person", rel)
        for i, rel in enumerate(["manager", "client", "friend", "coworker", "other"] * 3)
    ]
    for n, cid in enumerate(ids):
        for k in range(n % 4):
            talk(cid, 7 + 25 * k + n, by=("me", "them", None)[k % 3])
    contacts.archive_contact(contact_id=ids[0])
    expected = Counter(
        h.band for cid, h in health.health_bands(ids, today=TODAY).items() if cid != ids[0]
    )
    counts = health.band_counts(today=TODAY)
    assert counts == {b: expected.get(b, 0) for b in health.BANDS}
    assert sum(counts.values()) == len(ids) - 1


@given(
    last=st.one_of(st.none(), st.integers(0, 1000)),
    cadence=st.one_of(st.none(), st.integers(1, 400)),
    n90=st.integers(0, 50),
    me=st.integers(0, 20),
    them=st.integers(0, 20),
    mine=st.integers(0, 5),
    late=st.integers(0, 5),
    theirs=st.integers(0, 5),
)
def test_grade_is_total_and_consistent(last, cadence, n90, me, them, mine, late, theirs):
    late = min(late, mine)
    f = health.Facts(
        1,
        None if last is None else TODAY - dt.timedelta(days=last),
        cadence,
        n90,
        me,
        them,
        mine,
        late,
        theirs,
    )
    h = health.grade(f, TODAY)
    assert h.band == health.band_for(h.points)
    assert h.reasons and all(r and r == r.strip() for r in h.reasons)
    assert -7 <= h.points <= 4
    # More overdue promises never improve the grade.
    worse = health.grade(
        health.Facts(1, f.last_interaction, cadence, n90, me, them, mine + 1, late + 1, theirs),
        TODAY,
    )
    assert worse.points <= h.points


_ONE_ROW = (
    "SELECT :id AS id, :last AS last, :cad AS cad, :n90 AS n90, :me AS me, :them AS them, "
    ":mine AS mine, :late AS late, :theirs AS theirs"
)


@given(
    last=st.one_of(st.none(), st.integers(-5, 1000)),
    cadence=st.one_of(st.none(), st.integers(1, 400)),
    n90=st.integers(0, 50),
    me=st.integers(0, 20),
    them=st.integers(0, 20),
    late=st.integers(0, 5),
)
def test_sql_points_agree_with_grade(last, cadence, n90, me, them, late):
    """band_counts grades everyone in SQL; it must give grade()'s points for every input."""
    import sqlite3

    last_day = None if last is None else TODAY - dt.timedelta(days=last)
    f = health.Facts(1, last_day, cadence, n90, me, them, late, late, 0)
    values = {
        "id": 1,
        "last": None if last_day is None else f"{last_day.isoformat()} 12:00:00",
        "cad": cadence,
        "n90": n90,
        "me": me,
        "them": them,
        "mine": late,
        "late": late,
        "theirs": 0,
        "today": TODAY.isoformat(),
        "recip_min": health.RECIPROCITY_MIN,
    }
    sql, params = health.named_sql(health.points_sql(_ONE_ROW), values)
    with sqlite3.connect(":memory:") as conn:
        (row,) = conn.execute(sql, params).fetchall()
    assert row[1] == health.grade(f, TODAY).points
