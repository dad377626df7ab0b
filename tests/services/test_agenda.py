"""The agenda engine and the reminder delivery pass, with a fixed clock and a real database file.

Property-based (hypothesis): any interaction resets the cadence; a snooze never marks anything
done; 29 February milestones; the year-end wrap of "next 14 days"; exactly-once delivery across
repeated passes, failed sends and restarts (the database file re-opened); a missed week caught up
once. Plus ranking, quiet hours, the delivery time and the claim that keeps two passes apart.
"""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from relapp import clock
from relapp.services import agenda, contacts, interactions, milestones, reminders, settings
from relapp.services.dates import occurrence_in_year
from relapp.store import init_db
from relapp.store.db import close_db, database

TODAY = dt.date(2026, 3, 2)
FAST = hsettings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
KINDS = st.sampled_from(
    ["coffee", "call", "video", "meeting", "email", "message", "lunch", "event", "other"]
)


def wipe() -> None:
    db = database.obj
    for table in (
        "delivered",
        "follow_up",
        "interaction_contact",
        "interaction",
        "milestone",
        "contact_tag",
        "contact_detail",
        "contact",
        "setting",
    ):
        db.execute_sql(f"DELETE FROM {table}")


def person(
    name: str, *, relationship: str = "other", cadence: int | None = None, created: dt.date = TODAY
) -> int:
    first, last = contacts.split_name(name)
    cid = contacts.create_contact(
        first_name=first, last_name=last, relationship=relationship, cadence_days=cadence
    )
    # A contact with a cadence and no interaction is due from the day it was added.
    database.obj.execute_sql(
        "UPDATE contact SET created_at = ? WHERE id = ?", (f"{created} 08:00:00", cid)
    )
    from relapp.services import checkins

    checkins.refresh([cid])
    return cid


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0))


@pytest.fixture(autouse=True)
def _clock(db):
    clock.set_now(at(TODAY, 10))
    settings.set("quiet_hours_enabled", False)


class Recorder:
    """A sender that records what it was asked to show, failing on demand."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.fail = False

    def __call__(self, title: str, body: str) -> str | None:
        if self.fail:
            return None
        self.sent.append((title, body))
        return "test"


# --- check-ins ----------------------------------------------------------------------------------


@FAST
@given(
    cadence=st.integers(1, 120),
    talks=st.lists(st.tuples(st.integers(0, 400), KINDS), min_size=1, max_size=6),
)
def test_any_interaction_resets_the_cadence(cadence, talks):
    wipe()
    cid = person("Ada Lovelace", cadence=cadence, created=TODAY - dt.timedelta(days=500))
    start = TODAY - dt.timedelta(days=500)
    latest = None
    for offset, kind in talks:
        when = at(start + dt.timedelta(days=offset))
        interactions.log_interaction(contact_ids=[cid], kind=kind, when=when)
        latest = max(latest or when, when)
        due = latest.date() + dt.timedelta(days=cadence)
        info = contacts.get_contact(cid)
        assert info.checkin_due == due
        # Listed the day it falls due (0 days overdue), not the day before.
        items, _ = agenda.check_ins(today=due, until=due)
        assert [(i.contact_id, i.overdue_days, i.state) for i in items] == [(cid, 0, "due")]
        assert (
            agenda.check_ins(today=due - dt.timedelta(days=1), until=due - dt.timedelta(days=1))[0]
            == []
        )


def test_contact_with_cadence_and_no_interaction_is_due_now_and_relationship_default_applies():
    mgr = person("Maya Manager", relationship="manager", created=TODAY)
    person("Oscar Other", relationship="other", created=TODAY)  # no default cadence: never listed
    items, total = agenda.check_ins(today=TODAY, until=TODAY)
    assert [(i.contact_id, i.cadence_days, i.state) for i in items] == [
        (mgr, 14, "due")
    ] and total == 1


def test_ranking_by_relative_overdueness_manager_outranks_acquaintance_equally_late():
    mgr = person("Maya Manager", relationship="manager")
    friend = person("Fred Friend", relationship="friend")
    interactions.log_interaction(
        contact_ids=[mgr], kind="call", when=at(TODAY - dt.timedelta(days=28))
    )
    interactions.log_interaction(
        contact_ids=[friend], kind="call", when=at(TODAY - dt.timedelta(days=74))
    )
    result = agenda.compute_agenda(today=TODAY, days=1)
    assert [(c.contact, c.overdue_days) for c in result.check_ins] == [
        ("Maya Manager", 14),
        ("Fred Friend", 14),
    ]
    assert result.check_ins[0].overdueness == 1.0 and result.check_ins[1].overdueness == 14 / 60


def test_states_graded_and_ask_next_falls_back_to_works_on():
    cid = person("Ada Lovelace", cadence=30)
    contacts.update_contact(contact_id=cid, works_on="the analytical engine")
    interactions.log_interaction(
        contact_ids=[cid], kind="call", when=at(TODAY - dt.timedelta(days=27))
    )
    result = agenda.compute_agenda(today=TODAY, days=7)
    (item,) = result.check_ins
    assert (item.state, item.overdue_days, item.ask_next) == (
        "due_soon",
        -3,
        "the analytical engine",
    )


# --- follow-ups, promises and snoozes --------------------------------------------------------------


def test_follow_up_buckets_done_excluded_promises_kept():
    cid = person("Ada Lovelace")
    f_over = interactions.add_follow_up(
        contact_id=cid, text="Send deck", due=TODAY - dt.timedelta(days=2)
    )
    f_today = interactions.add_follow_up(
        contact_id=cid, text="Intro", due=TODAY, direction="they_owe"
    )
    f_next = interactions.add_follow_up(
        contact_id=cid, text="Review", due=TODAY + dt.timedelta(days=3)
    )
    f_done = interactions.add_follow_up(
        contact_id=cid, text="Old", due=TODAY - dt.timedelta(days=1)
    )
    interactions.add_follow_up(contact_id=cid, text="Someday")  # no due date: not in the agenda
    interactions.complete_follow_up(follow_up_id=f_done)
    result = agenda.compute_agenda(today=TODAY, days=7)
    got = [(f.id, f.bucket, f.is_promise) for f in result.follow_ups]
    assert got == [
        (f_over, "overdue", False),
        (f_today, "today", True),
        (f_next, "upcoming", False),
    ]


@FAST
@given(
    due_offset=st.integers(-10, 3),
    choice=st.sampled_from(["hour", "tomorrow", "next_week", "date"]),
    pick=st.integers(1, 40),
    minute=st.integers(8 * 60, 20 * 60),
)
def test_snooze_never_marks_done_and_hides_until_snoozed_until(due_offset, choice, pick, minute):
    wipe()
    settings.set("quiet_hours_enabled", False)
    now = dt.datetime.combine(TODAY, dt.time(0, 0)) + dt.timedelta(minutes=minute)
    cid = person("Ada Lovelace", cadence=10)
    interactions.log_interaction(
        contact_ids=[cid], kind="call", when=at(TODAY - dt.timedelta(days=12))
    )
    due = TODAY + dt.timedelta(days=due_offset)
    fid = interactions.add_follow_up(contact_id=cid, text="Send the deck", due=due)
    count_before = database.obj.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
    until = reminders.snooze_target(choice, now=now, day=TODAY + dt.timedelta(days=pick))
    assert until > now
    interactions.snooze_follow_up(follow_up_id=fid, until=until)
    contacts_before = contacts.get_contact(cid).last_interaction_at
    from relapp.services import checkins

    checkins.snooze_checkin(contact_id=cid, until=until.date())
    row = database.obj.execute_sql("SELECT done_at FROM follow_up WHERE id = ?", (fid,)).fetchone()
    assert row[0] is None  # never done
    assert (
        contacts.get_contact(cid).last_interaction_at == contacts_before
    )  # no interaction invented
    assert (
        database.obj.execute_sql("SELECT count(*) FROM interaction").fetchone()[0] == count_before
    )
    far = max(due, until.date())
    # Hidden while snoozed, back once the snooze is over (if due by then).
    assert fid not in [f.id for f in agenda.follow_ups(today=now.date(), until=far, now=now)[0]]
    back = agenda.follow_ups(today=until.date(), until=far, now=until)[0]
    assert fid in [f.id for f in back]
    # The reminder moves too: nothing before the snooze ends, once after.
    rec = Recorder()
    reminders.run_pass(now=until - dt.timedelta(minutes=1), send=rec)
    assert not any("Follow up" in t for t, _ in rec.sent)
    late = max(until, reminders.delivery_settings().at(due))
    res = reminders.run_pass(now=late, send=rec)
    assert any(k.startswith("followup:") for k in res.delivered)


def test_snooze_all_until_tomorrow_moves_due_items_without_marking_anything():
    cid = person("Ada Lovelace", cadence=7)
    interactions.log_interaction(
        contact_ids=[cid], kind="call", when=at(TODAY - dt.timedelta(days=9))
    )
    fid = interactions.add_follow_up(contact_id=cid, text="Send deck", due=TODAY)
    assert agenda.due_count(today=TODAY, now=at(TODAY, 10)) == 2
    assert reminders.snooze_all_until_tomorrow(now=at(TODAY, 10)) == 2
    assert agenda.due_count(today=TODAY, now=at(TODAY, 10)) == 0
    tomorrow = TODAY + dt.timedelta(days=1)
    assert agenda.due_count(today=tomorrow, now=at(tomorrow, 10)) == 2
    assert (
        database.obj.execute_sql("SELECT done_at FROM follow_up WHERE id = ?", (fid,)).fetchone()[0]
        is None
    )


# --- celebrations ------------------------------------------------------------------------------------


@FAST
@given(year=st.integers(1901, 2199), born=st.one_of(st.none(), st.integers(1900, 1899 + 100)))
def test_leap_day_milestone_falls_on_28_february_in_common_years(year, born):
    wipe()
    cid = person("Leap Person")
    if born is not None and not calendar.isleap(born):
        born = 1988
    milestones.set_birthday(contact_id=cid, birthday=milestones.PartialDate(2, 29, born))
    items = agenda.celebrations(start=dt.date(year, 2, 20), end=dt.date(year, 3, 5))
    expected = dt.date(year, 2, 29) if calendar.isleap(year) else dt.date(year, 2, 28)
    if born is not None and year < born:
        assert items == []
        return
    assert [(c.date, c.contact_id) for c in items] == [(expected, cid)]
    assert items[0].years == (year - born if born is not None and year > born else None)


@FAST
@given(
    start=st.dates(dt.date(2020, 12, 10), dt.date(2031, 1, 5)),
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    span=st.integers(1, 30),
)
def test_next_days_window_wraps_the_year_end(start, month, day, span):
    wipe()
    day = min(day, 29 if month == 2 else calendar.monthrange(2001, month)[1])
    cid = person("Wrap Person")
    milestones.add_milestone(contact_id=cid, kind="work_anniversary", month=month, day=day)
    end = start + dt.timedelta(days=span - 1)
    expected = sorted(
        {occurrence_in_year(month, day, y) for y in (start.year, end.year)}
        & {start + dt.timedelta(days=i) for i in range(span)}
    )
    got = [c.date for c in agenda.celebrations(start=start, end=end)]
    assert got == expected
    # The same rules as milestones.occurrences_between, which the calendar uses.
    assert got == [o.date for o in milestones.occurrences_between(start, end)]


def test_next_14_days_from_christmas_lists_new_year_birthdays():
    a = person("Ada Lovelace")
    b = person("Bob Babbage")
    milestones.set_birthday(contact_id=a, birthday=milestones.PartialDate(1, 3, 1990))
    milestones.set_birthday(contact_id=b, birthday=milestones.PartialDate(12, 30))
    result = agenda.compute_agenda(today=dt.date(2026, 12, 25), days=14)
    assert [(c.contact, c.date, c.years) for c in result.celebrations] == [
        ("Bob Babbage", dt.date(2026, 12, 30), None),
        ("Ada Lovelace", dt.date(2027, 1, 3), 37),
    ]


# --- delivery: exactly once, restarts, catching up ---------------------------------------------------


def seed_items(n_follow: int, n_check: int, n_cele: int, base: dt.date) -> None:
    for i in range(n_follow):
        cid = person(f"Fo{i} Person")
        interactions.add_follow_up(
            contact_id=cid, text=f"thing {i}", due=base + dt.timedelta(days=i % 5)
        )
    for i in range(n_check):
        cid = person(f"Ch{i} Person", cadence=5 + i)
        interactions.log_interaction(
            contact_ids=[cid], kind="call", when=at(base - dt.timedelta(days=4))
        )
    for i in range(n_cele):
        cid = person(f"Ce{i} Person")
        d = base + dt.timedelta(days=i % 6)
        milestones.add_milestone(
            contact_id=cid,
            kind="custom",
            label="Launch day",
            month=d.month,
            day=d.day,
            lead_days=i % 3,
        )


@FAST
@given(
    n=st.tuples(st.integers(0, 4), st.integers(0, 3), st.integers(0, 3)),
    steps=st.lists(
        st.tuples(st.integers(0, 40), st.booleans(), st.booleans()), min_size=1, max_size=8
    ),
    threshold=st.integers(0, 5),
)
def test_exactly_once_across_passes_failures_and_restarts(db_path: Path, n, steps, threshold):
    wipe()
    settings.set("quiet_hours_enabled", False)
    settings.set("digest_threshold", threshold)
    seed_items(*n, base=TODAY)
    rec = Recorder()
    seen: list[str] = []
    now = at(TODAY, 7)
    for hours, fail, restart in steps:
        now += dt.timedelta(hours=hours)
        if restart:
            close_db()
            init_db(db_path)
        rec.fail = fail
        result = reminders.run_pass(now=now, send=rec)
        seen.extend(result.delivered)
        assert all(not reminders.is_delivered(k) for k in result.failed)  # "not yet delivered" kept
        assert (result.failed == []) or fail
    assert len(seen) == len(set(seen))  # never twice
    # Nothing lost: a final pass delivers exactly what was due and never delivered...
    rec.fail = False
    final = reminders.run_pass(now=now, send=rec)
    due_now = set(final.delivered) | set(seen)
    assert not set(final.delivered) & set(seen)
    # ...and one more pass (after a restart) delivers nothing.
    close_db()
    init_db(db_path)
    assert reminders.run_pass(now=now, send=rec).delivered == []
    assert {o.key for o in reminders.due_occurrences(now=now)} == set()
    assert all(reminders.is_delivered(k) for k in due_now)


def test_missed_week_is_caught_up_once_as_one_digest():
    settings.set("digest_threshold", 3)
    week_ago = TODAY - dt.timedelta(days=7)
    seed_items(3, 2, 3, base=week_ago)  # due on various days of the missed week
    rec = Recorder()
    result = reminders.run_pass(now=at(TODAY, 10), send=rec)
    assert result.notifications == 1 and len(rec.sent) == 1
    title, body = rec.sent[0]
    assert title == "relapp: 8 reminders" and len(result.delivered) == 8
    assert "Launch day" in body and "Follow up with Fo0 Person" in body
    assert reminders.run_pass(now=at(TODAY, 11), send=rec).delivered == []
    assert reminders.run_pass(now=at(TODAY + dt.timedelta(days=1), 10), send=rec).delivered == []
    assert len(rec.sent) == 1


@FAST
@given(
    gap=st.integers(2, 21),
    n=st.tuples(st.integers(0, 4), st.integers(0, 3), st.integers(0, 3)),
    threshold=st.integers(1, 6),
)
def test_a_missed_stretch_is_caught_up_once(gap, n, threshold):
    """Whatever fell due while relapp was closed for ``gap`` days arrives in the first pass, as
    one digest when there are more than ``threshold`` items, and never again."""
    wipe()
    settings.set("quiet_hours_enabled", False)
    settings.set("digest_threshold", threshold)
    closed_on = TODAY - dt.timedelta(days=gap)
    seed_items(*n, base=closed_on)
    expected = {o.key for o in reminders.due_occurrences(now=at(TODAY, 10))}
    rec = Recorder()
    result = reminders.run_pass(now=at(TODAY, 10), send=rec)
    assert set(result.delivered) == expected
    if len(expected) > threshold:
        assert result.notifications == 1 and len(rec.sent) == 1
    else:
        assert result.notifications == len(rec.sent) == len(expected)
    for later in (at(TODAY, 18), at(TODAY + dt.timedelta(days=1), 10)):
        again = reminders.run_pass(now=later, send=rec)
        assert not set(again.delivered) & expected  # never twice


def test_celebration_on_the_day_arrives_at_the_delivery_time_and_heads_up_before():
    settings.set("delivery_time", "09:30")
    cid = person("Ada Lovelace")
    milestones.set_birthday(contact_id=cid, birthday=milestones.PartialDate(3, 5, 1990))
    m = milestones.milestones_for(cid)[0]
    rec = Recorder()
    # Heads-up 3 days before (default lead days for birthdays), at the delivery time.
    assert reminders.run_pass(now=dt.datetime(2026, 3, 2, 9, 29), send=rec).delivered == []
    assert reminders.run_pass(now=dt.datetime(2026, 3, 2, 9, 30), send=rec).delivered == [
        f"celebration:{m.uid}:2026-03-05:lead"
    ]
    assert rec.sent[-1][0] == "Ada Lovelace turns 36 in 3 days"
    assert reminders.run_pass(now=dt.datetime(2026, 3, 5, 9, 0), send=rec).delivered == []
    assert reminders.run_pass(now=dt.datetime(2026, 3, 5, 9, 30), send=rec).delivered == [
        f"celebration:{m.uid}:2026-03-05"
    ]
    assert rec.sent[-1][0] == "Ada Lovelace turns 36 today"


def test_quiet_hours_hold_everything_until_they_end():
    settings.set("quiet_hours_enabled", True)
    settings.set("quiet_hours_start", "21:00")
    settings.set("quiet_hours_end", "08:00")
    cid = person("Ada Lovelace")
    interactions.add_follow_up(contact_id=cid, text="Send deck", due=TODAY - dt.timedelta(days=1))
    rec = Recorder()
    held = reminders.run_pass(now=dt.datetime(2026, 3, 2, 7, 0), send=rec)
    assert held.quiet and rec.sent == []
    assert reminders.next_wakeup(now=dt.datetime(2026, 3, 2, 7, 0)) == dt.datetime(2026, 3, 2, 8, 0)
    assert reminders.run_pass(now=dt.datetime(2026, 3, 2, 8, 0), send=rec).delivered
    assert rec.sent[0][0] == "Follow up with Ada Lovelace (overdue by 1 day)"


def test_a_pass_skips_what_another_pass_has_claimed():
    for name in ("Ada Lovelace", "Bob Babbage"):
        interactions.add_follow_up(contact_id=person(name), text="Send deck", due=TODAY)
    inner: list[reminders.PassResult] = []
    rec = Recorder()

    def sender(title: str, body: str) -> str | None:
        if not inner:  # while the first is being sent, a second pass runs (another process)
            inner.append(reminders.run_pass(now=at(TODAY, 10), send=rec))
        return rec(title, body)

    outer = reminders.run_pass(now=at(TODAY, 10), send=sender)
    both = outer.delivered + inner[0].delivered
    assert sorted(both) == sorted(set(both)) and len(both) == 2
    # The inner pass never saw the key the outer one held; the outer one skipped what the inner sent.
    assert outer.skipped == inner[0].delivered and len(rec.sent) == 2


def test_a_raising_sender_releases_the_claim():
    interactions.add_follow_up(contact_id=person("Ada Lovelace"), text="Send deck", due=TODAY)

    def boom(title: str, body: str) -> str | None:
        raise RuntimeError("no notifier")

    result = reminders.run_pass(now=at(TODAY, 10), send=boom)
    assert result.delivered == [] and len(result.failed) == 1
    assert not reminders.is_delivered(result.failed[0])
    assert reminders.run_pass(now=at(TODAY, 10), send=Recorder()).delivered == result.failed


def test_agenda_json_contract_has_exactly_the_documented_keys():
    cid = person("Ada Lovelace", cadence=7)
    milestones.set_birthday(contact_id=cid, birthday=milestones.PartialDate(3, 4, 1990))
    interactions.add_follow_up(contact_id=cid, text="Send deck", due=TODAY)
    data = agenda.to_json(agenda.compute_agenda(today=TODAY, days=7))
    assert set(data) == {"date", "follow_ups", "check_ins", "celebrations"}
    assert set(data["follow_ups"][0]) == {"contact_id", "contact", "text", "due", "overdue_days"}
    assert set(data["check_ins"][0]) == {
        "contact_id",
        "contact",
        "last_interaction",
        "cadence_days",
        "due",
        "overdue_days",
    }
    assert data["celebrations"] == [
        {
            "contact_id": cid,
            "contact": "Ada Lovelace",
            "kind": "birthday",
            "date": "2026-03-04",
            "years": 36,
        }
    ]


def test_ask_next_prefers_a_recent_win_over_works_on_but_not_over_topics():
    from relapp.services import calendar

    ada = person("Ada Lovelace", cadence=30)
    contacts.update_contact(contact_id=ada, works_on="the analytical engine")
    bob = person("Bob Topics", cadence=30)
    contacts.update_contact(contact_id=bob, topics_next="The reorg")
    cy = person("Cy Old", cadence=30)
    contacts.update_contact(contact_id=cy, works_on="pottery")
    calendar.record_win(contact_id=ada, text="Wrote a paper", date=TODAY - dt.timedelta(days=40))
    calendar.record_win(
        contact_id=ada, text="Shipped the engine", date=TODAY - dt.timedelta(days=5)
    )
    calendar.record_win(contact_id=ada, text="Not yet", date=TODAY + dt.timedelta(days=2))
    calendar.record_win(contact_id=bob, text="Won an award", date=TODAY - dt.timedelta(days=3))
    calendar.record_win(contact_id=cy, text="Old news", date=TODAY - dt.timedelta(days=91))
    asks = {c.contact: c.ask_next for c in agenda.compute_agenda(today=TODAY, days=7).check_ins}
    assert asks == {
        "Ada Lovelace": "Congratulate on: Shipped the engine",
        "Bob Topics": "The reorg",
        "Cy Old": "pottery",
    }
