"""Relationship health on hand-built timelines: exact bands, points and reasons."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relapp import clock
from relapp.errors import NotFoundError
from relapp.services import checkins, contacts, health, interactions
from relapp.services.interactions import FollowUpInput
from relapp.store.models import Contact, Interaction

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
    "SELECT :last_day AS last_day, :cad AS effective_cadence, :third AS third_last_day, "
    ":started_third AS started_third_day, :me_day AS started_me_day, :them_day AS started_them_day"
)


# Days ago, often right on the edges of the 90- and 180-day windows and of the cadences.
_DAYS_AGO = st.one_of(
    st.integers(0, 1000),
    st.sampled_from([0, 1, 7, 14, 15, 28, 29, 30, 31, 89, 90, 91, 179, 180, 181]),
)


def _nth_newest(days: list[int], n: int) -> int | None:
    return sorted(days, reverse=True)[n - 1] if len(days) >= n else None


@given(
    cadence=st.one_of(st.none(), st.integers(1, 400)),
    timeline=st.lists(st.tuples(_DAYS_AGO, st.sampled_from(["me", "them", None])), max_size=12),
    late=st.integers(0, 5),
)
def test_sql_points_agree_with_grade(cadence, timeline, late):
    """band_counts grades everyone in SQL from the stored activity days; for any timeline it
    must give grade()'s points (overdue promises are added the same way in both)."""
    import sqlite3

    t = health.day_number(TODAY)
    days = [t - ago for ago, _ in timeline]
    known = [t - ago for ago, by in timeline if by]
    f = health.Facts(
        1,
        None if not days else TODAY - dt.timedelta(days=t - max(days)),
        cadence,
        sum(d >= t - 90 for d in days),
        sum(ago <= 180 for ago, by in timeline if by == "me"),
        sum(ago <= 180 for ago, by in timeline if by == "them"),
        late,
        late,
        0,
    )
    values = {
        "last_day": max(days, default=None),
        "cad": cadence,
        "third": _nth_newest(days, 3),
        "started_third": _nth_newest(known, 3),
        "me_day": max((t - ago for ago, by in timeline if by == "me"), default=None),
        "them_day": max((t - ago for ago, by in timeline if by == "them"), default=None),
        **health.points_values(TODAY),
    }
    sql, params = health.named_sql(f"SELECT {health.POINTS_SQL} FROM ({_ONE_ROW})", values)
    with sqlite3.connect(":memory:") as conn:
        (row,) = conn.execute(sql, params).fetchall()
    assert row[0] + health.late_points(late) == health.grade(f, TODAY).points


_EVENT = st.tuples(
    st.one_of(_DAYS_AGO, st.integers(-10, -1)),  # negative: logged ahead of the date asked about
    st.sampled_from(["me", "them", None]),
    st.booleans(),  # with a promise of mine due five days after it
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    people=st.lists(
        st.tuples(
            st.sampled_from(["manager", "client", "friend", "coworker", "other"]),
            st.lists(_EVENT, max_size=7),
            st.integers(0, 3),  # 1: the newest becomes 100 days ago by them; 2: delete theirs
        ),
        min_size=1,
        max_size=5,
    ),
    asked=st.integers(-20, 20),  # the date asked about, relative to TODAY
)
def test_band_counts_agree_with_grading_each_contact(db, people, asked):
    """For any timelines built through the services (logging, editing, deleting, promises,
    archiving), band_counts over the stored activity equals grading every active contact."""
    Contact.delete().execute()  # one database for every example
    Interaction.delete().execute()
    for n, (rel, events, change) in enumerate(people):
        cid = person(f"P{n} Person", rel)
        logged = []
        for ago, by, promise in events:
            promises = (
                [FollowUpInput("Send it", TODAY - dt.timedelta(days=ago - 5))] if promise else []
            )
            logged.append((ago, by, talk(cid, ago, by=by, follow_ups=promises)))
        if logged and change == 1:
            interactions.update_interaction(
                interaction_id=min(logged, key=lambda e: e[0])[2],
                kind="call",
                when=at(100),
                initiated_by="them",
            )
        elif change == 2:
            for _, by, iid in logged:
                if by == "them":
                    interactions.delete_interaction(interaction_id=iid)
        elif change == 3:
            contacts.archive_contact(contact_id=cid)
    day = TODAY + dt.timedelta(days=asked)
    active = [c.id for c in Contact.select(Contact.id).where(~Contact.archived)]
    graded = health.health_bands(active, today=day)
    expected = Counter(h.band for h in graded.values())
    assert health.band_counts(today=day) == {b: expected.get(b, 0) for b in health.BANDS}
    assert health.bands(active, today=day) == {cid: h.band for cid, h in graded.items()}


def test_deleting_every_interaction_clears_the_stored_activity():
    c = person("Dana Deleted", "client")
    logged = [talk(c, d, by=by) for d, by in ((3, "them"), (5, "me"), (8, "them"))]
    assert health.band_counts(today=TODAY)["thriving"] == 1
    for iid in logged:
        interactions.delete_interaction(interaction_id=iid)
    row = Contact.get_by_id(c)
    activity = (row.last_day, row.third_last_day, row.started_third_day)
    assert activity + (row.started_me_day, row.started_them_day) == (None,) * 5
    assert health.band_counts(today=TODAY)["cooling"] == 1  # "no interaction logged yet"


def test_refresh_recomputes_activity_from_whatever_the_timeline_now_holds():
    """Whatever removed the interactions (an import undone, a merge), refresh starts afresh."""
    c = person("Rex Refresh", "client")
    for d, by in ((3, "them"), (5, "me"), (8, "them")):
        talk(c, d, by=by)
    Interaction.delete().execute()
    checkins.refresh([c])
    row = Contact.get_by_id(c)
    assert (row.third_last_day, row.started_third_day, row.started_them_day) == (None,) * 3
