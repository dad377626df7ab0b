"""``relapp agenda`` and ``relapp notify`` through the real command line on a real database file:
the JSON contract, 29 February birthdays, the text listing, bad input and one delivery pass."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from relapp import clock
from relapp.services import interactions
from relapp.store import init_db
from relapp.store.db import close_db


@pytest.fixture
def people(run_cli, db_path):
    """Leap (born 29 Feb 1988), a manager last seen in January, a follow-up and a promise."""
    code, out, _ = run_cli("add", "Leap Person", "--birthday", "1988-02-29")
    assert code == 0
    leap = int(out)
    code, out, _ = run_cli("add", "Maya Manager", "--relationship", "manager")
    maya = int(out)
    assert (
        run_cli(
            "log",
            str(maya),
            "--kind",
            "call",
            "--when",
            "2027-01-20",
            "--follow-up",
            "Send the deck",
            "--due",
            "2027-02-25",
        )[0]
        == 0
    )
    assert run_cli("log", str(maya), "--kind", "email", "--when", "2027-01-21")[0] == 0
    init_db(db_path)
    interactions.add_follow_up(
        contact_id=maya, text="Intro to their VP", due=dt.date(2027, 3, 1), direction="they_owe"
    )
    close_db()
    return {"leap": leap, "maya": maya}


def test_agenda_json_lists_29_february_birthday_on_28_february_in_a_common_year(run_cli, people):
    code, out, err = run_cli("agenda", "--date", "2027-02-26", "--days", "7", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["date"] == "2027-02-26"
    assert data["celebrations"] == [
        {
            "contact_id": people["leap"],
            "contact": "Leap Person",
            "kind": "birthday",
            "date": "2027-02-28",
            "years": 39,
        }
    ]
    assert data["check_ins"] == [
        {
            "contact_id": people["maya"],
            "contact": "Maya Manager",
            "last_interaction": "2027-01-21",
            "cadence_days": 14,
            "due": "2027-02-04",
            "overdue_days": 22,
        }
    ]
    assert data["follow_ups"] == [
        {
            "contact_id": people["maya"],
            "contact": "Maya Manager",
            "text": "Send the deck",
            "due": "2027-02-25",
            "overdue_days": 1,
        },
        {
            "contact_id": people["maya"],
            "contact": "Maya Manager",
            "text": "Intro to their VP",
            "due": "2027-03-01",
            "overdue_days": -3,
        },
    ]


def test_agenda_json_lists_it_on_29_february_in_a_leap_year(run_cli, people):
    code, out, _ = run_cli("agenda", "--date", "2028-02-26", "--days", "7", "--json")
    assert code == 0
    assert [(c["date"], c["years"]) for c in json.loads(out)["celebrations"]] == [
        ("2028-02-29", 40)
    ]


def test_agenda_window_excludes_what_falls_after_it(run_cli, people):
    code, out, _ = run_cli("agenda", "--date", "2027-02-26", "--days", "2", "--json")
    data = json.loads(out)
    assert data["celebrations"] == [] and [f["text"] for f in data["follow_ups"]] == [
        "Send the deck"
    ]


def test_agenda_text(run_cli, people):
    code, out, _ = run_cli("agenda", "--date", "2027-02-26", "--days", "7")
    assert code == 0
    assert "Agenda for Friday 26 February 2027 (7 days, to 04 Mar)" in out
    assert "Maya Manager - overdue 22 days (every 14 days, last 21 Jan 2027)" in out
    assert "25 Feb  Send the deck (for Maya Manager; overdue 1 day)" in out
    assert "01 Mar  Intro to their VP (Maya Manager promised; due in 3 days)" in out
    assert "Sun 28 Feb  Leap Person: Birthday, 39 years" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("agenda", "--date", "2027-02-30"),
            "relapp: error: --date: '2027-02-30' is not a valid date (use YYYY-MM-DD)",
        ),
        (
            ("agenda", "--date", "tomorrow"),
            "relapp: error: --date: 'tomorrow' is not a valid date (use YYYY-MM-DD)",
        ),
        (("agenda", "--days", "0"), "relapp: error: --days must be between 1 and 366"),
        (
            ("notify", "--date", "2027-13-01"),
            "relapp: error: --date: '2027-13-01' is not a valid date (use YYYY-MM-DD)",
        ),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(run_cli, db_path, args, message):
    code, out, err = run_cli(*args)
    assert (code, out, err.strip()) == (2, "", message)


def test_notify_delivers_once_through_the_registered_fallback(run_cli, people, monkeypatch):
    from relapp import notifications

    # No desktop notifier in this process: only the fallback a tray would register.
    monkeypatch.setattr(notifications, "CHANNELS", (("tray", notifications._send_fallback),))
    shown: list[str] = []
    notifications.set_fallback(lambda title, body: shown.append(title))
    try:
        clock.set_now(dt.datetime(2027, 2, 28, 10, 0))
        code, out, _ = run_cli("notify")
        assert code == 0 and "delivered 3 reminders in 3 notifications via tray" in out
        assert sorted(shown) == [
            "Check in with Maya Manager",
            "Follow up with Maya Manager (overdue by 3 days)",
            "Leap Person turns 39 today",
        ]
        code, out, _ = run_cli("notify")
        assert (code, out.strip()) == (0, "nothing to deliver")
        # --date: the pass as of that day at the delivery time (the promise due 1 March).
        code, out, _ = run_cli("notify", "--date", "2027-03-01")
        assert code == 0 and "delivered 1 reminder in 1 notification via tray" in out
        assert shown[-1] == "Promise from Maya Manager (due today)"
    finally:
        notifications.set_fallback(None)


def test_notify_without_any_channel_exits_1_and_keeps_everything_pending(
    run_cli, people, monkeypatch
):
    from relapp import notifications

    monkeypatch.setattr(notifications, "CHANNELS", (("tray", notifications._send_fallback),))
    clock.set_now(dt.datetime(2027, 2, 28, 10, 0))
    code, out, err = run_cli("notify")
    assert code == 1 and "could not deliver 3 reminders" in err
    notifications.set_fallback(lambda title, body: None)
    try:
        code, out, _ = run_cli("notify")
        assert code == 0 and "delivered 3 reminders" in out
    finally:
        notifications.set_fallback(None)
