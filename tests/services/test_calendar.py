"""The milestone calendar's services on a real database file: month view by day and kind, the next
30 days across the year end, the leap-day rule, celebrations (logged, linked, "done" for the right
year), congratulation drafts and mailto links, and wins as one-off achievements."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relapp import clock
from relapp.errors import NotFoundError, ValidationError
from relapp.services import calendar, contacts, interactions, milestones
from relapp.services.congratulations import congratulation_draft, mailto_url, ordinal
from relapp.services.dates import occurrence_in_year, validate_month_day
from relapp.store.models import Interaction, Milestone


def person(first: str = "Ana", **kw) -> int:
    return contacts.create_contact(first_name=first, last_name="Silva", **kw)


def test_month_view_marks_each_kind_on_its_day(db) -> None:
    ana = person(company="Northwind", birthday="1985-06-03")
    ben = person("Ben")
    milestones.add_milestone(contact_id=ana, kind="work_anniversary", month=6, day=20, year=2020)
    milestones.add_milestone(
        contact_id=ben, kind="promotion", month=6, day=20, year=2025, recurring=False
    )
    milestones.add_milestone(
        contact_id=ben, kind="new_job", month=7, day=1
    )  # next month: not shown
    interactions.add_follow_up(contact_id=ben, text="Send the deck", due=dt.date(2025, 6, 20))
    done = interactions.add_follow_up(contact_id=ben, text="Old promise", due=dt.date(2025, 6, 21))
    interactions.complete_follow_up(follow_up_id=done)

    view = calendar.month_view(year=2025, month=6)

    assert view.kinds_on(dt.date(2025, 6, 3)) == ["birthday"]
    assert view.kinds_on(dt.date(2025, 6, 20)) == ["work_anniversary", "promotion", "follow_up"]
    assert view.kinds_on(dt.date(2025, 6, 21)) == []  # done follow-ups are not due
    assert set(view.markers()) == {dt.date(2025, 6, 3), dt.date(2025, 6, 20)}
    birthday = view.entries_on(dt.date(2025, 6, 3))[0]
    assert birthday.text() == "Ana Silva \u2014 Birthday (turning 40)"
    anniversary = view.entries_on(dt.date(2025, 6, 20))[0]
    assert anniversary.years == 5 and anniversary.detail == "5 years"
    follow_up = view.entries_on(dt.date(2025, 6, 20))[-1]
    assert follow_up.title == "Send the deck" and not follow_up.is_celebration
    # The one-off promotion of 2025 is not there in 2026.
    assert calendar.month_view(year=2026, month=6).kinds_on(dt.date(2026, 6, 20)) == [
        "work_anniversary"
    ]


def test_archived_contacts_leave_the_calendar(db) -> None:
    ana = person(birthday="--06-03")
    interactions.add_follow_up(contact_id=ana, text="Call back", due=dt.date(2025, 6, 4))
    contacts.archive_contact(contact_id=ana)
    view = calendar.month_view(year=2025, month=6)
    assert view.days == {}


def test_leap_day_birthday_falls_on_28_february_in_common_years(db) -> None:
    person(birthday="1988-02-29")
    assert calendar.month_view(year=2023, month=2).kinds_on(dt.date(2023, 2, 28)) == ["birthday"]
    leap = calendar.month_view(year=2024, month=2)
    assert leap.kinds_on(dt.date(2024, 2, 29)) == ["birthday"]
    assert leap.kinds_on(dt.date(2024, 2, 28)) == []
    assert leap.entries_on(dt.date(2024, 2, 29))[0].years == 36


def test_next_30_days_wraps_the_year_end(db) -> None:
    ana = person(birthday="--01-05")
    interactions.add_follow_up(contact_id=ana, text="New year call", due=dt.date(2026, 1, 2))
    interactions.add_follow_up(contact_id=ana, text="Too late", due=dt.date(2026, 1, 20))
    got = calendar.upcoming(start=dt.date(2025, 12, 20), days=30)
    assert [(e.date, e.kind) for e in got] == [
        (dt.date(2026, 1, 2), "follow_up"),
        (dt.date(2026, 1, 5), "birthday"),
    ]
    clock.set_now(dt.date(2025, 12, 20))
    assert calendar.upcoming() == got


def test_bad_month_is_refused(db) -> None:
    with pytest.raises(ValidationError, match="not a month"):
        calendar.month_view(year=2025, month=13)


def test_celebrate_logs_a_linked_interaction_and_marks_the_year_done(db) -> None:
    clock.set_now(dt.datetime(2025, 6, 3, 10, 0))
    ana = person(birthday="1985-06-03", emails=["ana@example.com"])
    m = milestones.milestones_for(ana)[0]
    assert not calendar.is_celebrated(m, 2025)

    done = calendar.celebrate(milestone_id=m.id)

    inter = interactions.timeline(ana)[0]
    assert inter.id == done.interaction_id
    assert inter.kind == "celebration" and inter.milestone_uid == m.uid
    assert inter.summary == "Celebrated: Birthday (turning 40)"
    assert calendar.is_celebrated(m, 2025) and not calendar.is_celebrated(m, 2026)
    assert calendar.month_view(year=2025, month=6).entries_on(dt.date(2025, 6, 3))[0].celebrated
    assert not calendar.month_view(year=2026, month=6).entries_on(dt.date(2026, 6, 3))[0].celebrated
    assert done.draft.subject == "Happy 40th birthday!"
    assert done.draft.body.startswith("Hi Ana,")
    assert done.email == "ana@example.com"
    assert done.mailto is not None and done.mailto.startswith(
        "mailto:ana@example.com?subject=Happy%2040th%20birthday"
    )


def test_early_congratulations_count_for_the_coming_occurrence(db) -> None:
    """A 2 January birthday congratulated on 30 December is done for the new year, not the old."""
    ana = person(birthday="--01-02")
    m = milestones.milestones_for(ana)[0]
    clock.set_now(dt.datetime(2025, 12, 30, 18, 0))
    entry = calendar.upcoming(days=5)[0]
    assert entry.date == dt.date(2026, 1, 2) and not entry.celebrated
    done = calendar.celebrate(milestone_id=m.id)
    assert done.entry.date == dt.date(2026, 1, 2)
    assert calendar.is_celebrated(m, 2026) and not calendar.is_celebrated(m, 2025)
    assert calendar.upcoming(days=5)[0].celebrated


def test_celebrate_without_email_has_no_mailto_and_unknown_milestone_is_an_error(db) -> None:
    ana = person(company="Northwind")
    mid = milestones.add_milestone(
        contact_id=ana, kind="work_anniversary", month=6, day=20, year=2020
    )
    done = calendar.celebrate(milestone_id=mid, on=dt.date(2025, 6, 20))
    assert done.email is None and done.mailto is None
    assert done.draft.subject == "Congratulations on 5 years at Northwind!"
    before = Interaction.select().count()
    with pytest.raises(NotFoundError):
        calendar.celebrate(milestone_id=9999)
    assert Interaction.select().count() == before


def test_one_off_celebrated_once_counts_whatever_the_year(db) -> None:
    ana = person()
    mid = calendar.record_win(
        contact_id=ana, text="  Gave the   keynote ", date=dt.date(2025, 3, 14)
    )
    m = milestones.milestones_for(ana)[0]
    assert (m.id, m.kind, m.label, m.recurring, m.year) == (
        mid,
        "achievement",
        "Gave the keynote",
        False,
        2025,
    )
    assert calendar.month_view(year=2025, month=3).kinds_on(dt.date(2025, 3, 14)) == ["achievement"]
    assert calendar.month_view(year=2026, month=3).days == {}
    calendar.celebrate(milestone_id=mid, when=dt.datetime(2025, 4, 1, 9, 0))
    assert calendar.is_celebrated(m, 2025)
    entry = calendar.month_view(year=2025, month=3).entries_on(dt.date(2025, 3, 14))[0]
    assert entry.celebrated and entry.text() == "Ana Silva \u2014 Gave the keynote"


def test_record_win_refuses_bad_input_and_leaves_the_database_alone(db) -> None:
    ana = person()
    with pytest.raises(ValidationError, match="describe the win"):
        calendar.record_win(contact_id=ana, text="   ", date=dt.date(2025, 1, 1))
    with pytest.raises(ValidationError, match="keep the win short"):
        calendar.record_win(contact_id=ana, text="x" * 201, date=dt.date(2025, 1, 1))
    with pytest.raises(NotFoundError):
        calendar.record_win(contact_id=999, text="Won", date=dt.date(2025, 1, 1))
    assert Milestone.select().count() == 0


@pytest.mark.parametrize(
    ("kind", "years", "label", "subject"),
    [
        ("birthday", 40, "", "Happy 40th birthday!"),
        ("birthday", None, "", "Happy birthday!"),
        ("work_anniversary", 5, "", "Congratulations on 5 years at Acme!"),
        ("work_anniversary", 1, "", "Congratulations on 1 year at Acme!"),
        ("promotion", None, "Head of Product", "Congratulations on the promotion!"),
        ("new_job", None, "", "Congratulations on the new job!"),
        ("achievement", None, "Shipped the app", "Congratulations: Shipped the app!"),
        ("custom", None, "Wedding anniversary", "Wedding anniversary"),
    ],
)
def test_drafts(kind: str, years: int | None, label: str, subject: str) -> None:
    draft = congratulation_draft(
        kind=kind, first_name="Ana", years=years, label=label, company="Acme"
    )
    assert draft.subject == subject
    assert draft.body.startswith("Hi Ana,\n\n")
    if label:
        assert label in draft.body


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 40, 101, 111, 112)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "40th", "101st", "111th", "112th",
    ]  # fmt: skip


@given(subject=st.text(max_size=60), body=st.text(max_size=200))
def test_mailto_round_trips_any_text(subject: str, body: str) -> None:
    url = mailto_url(to="ana+work@example.com", subject=subject, body=body)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "ana+work@example.com"
    assert not any(ch in url for ch in " \n\r#") and url.count("&") == 1
    query = parse_qs(parts.query, keep_blank_values=True)
    assert query["subject"] == [subject]
    expected = body.replace("\r\n", "\n").replace("\n", "\r\n")
    assert query["body"] == [expected]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    year=st.one_of(st.none(), st.integers(1900, 2030)),
    shown=st.integers(2000, 2040),
)
def test_a_yearly_milestone_is_marked_on_exactly_one_day_of_its_month(
    db, month, day, year, shown
) -> None:
    Milestone.delete().execute()
    try:
        validate_month_day(month, day, year)
    except ValidationError:
        return  # 31 April, 30 February...: refused by the editor, never stored
    cid = contacts.create_contact(first_name="H")
    milestones.add_milestone(
        contact_id=cid, kind="custom", label="x", month=month, day=day, year=year
    )
    view = calendar.month_view(year=shown, month=month)
    expected = occurrence_in_year(month, day, shown)
    if year is not None and shown < year:
        assert view.days == {}
    else:
        assert list(view.markers()) == [expected]
        assert view.entries_on(expected)[0].years == (
            shown - year if year is not None and shown > year else None
        )


@pytest.mark.parametrize(
    ("year", "month", "start"),
    [
        (2025, 6, dt.date(2025, 6, 10)),
        (2025, 12, dt.date(2025, 12, 20)),
        (2026, 2, dt.date(2025, 6, 10)),
        (2025, 5, dt.date(2025, 6, 1)),
        (2025, 7, dt.date(2025, 6, 1)),
    ],
)
def test_page_is_the_month_and_the_next_30_days(db, year, month, start) -> None:
    ana = person(birthday="1985-06-03")
    for m, d in ((1, 5), (2, 28), (5, 31), (6, 30), (7, 1), (12, 31)):
        milestones.add_milestone(contact_id=ana, kind="custom", label=f"{m}/{d}", month=m, day=d)
    interactions.add_follow_up(contact_id=ana, text="Call", due=dt.date(2025, 6, 12))
    view, upcoming = calendar.page(year=year, month=month, start=start, days=30)
    assert view.days == calendar.month_view(year=year, month=month).days
    assert upcoming == calendar.upcoming(start=start, days=30)
