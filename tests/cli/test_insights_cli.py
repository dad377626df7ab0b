"""``relapp reach-out`` and ``relapp brief`` end to end on a real database file."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def people(run_cli):
    """A manager seen 21 days ago with an open promise, a coworker seen 70 days ago."""
    assert run_cli("add", "Carl Coworker", "--relationship", "coworker")[0] == 0
    assert (
        run_cli(
            "add", "Maria Manager", "--relationship", "manager", "--email", "maria@example.org"
        )[0]
        == 0
    )
    assert (
        run_cli(
            "log",
            "Carl Coworker",
            "--kind",
            "coffee",
            "--when",
            "2025-12-22",
            "--summary",
            "Coffee catch-up",
        )[0]
        == 0
    )
    code, _, err = run_cli(
        "log",
        "Maria",
        "--kind",
        "call",
        "--when",
        "2026-02-09",
        "--summary",
        "Planning the Q3 launch",
        "--follow-up",
        "Send the deck",
        "--due",
        "2026-03-05",
    )
    assert code == 0, err


def test_reach_out_json(run_cli, people):
    code, out, err = run_cli("reach-out", "--date", "2026-03-02", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "contact_id": 2,
            "contact": "Maria Manager",
            "reason": 'last talked 21 days ago ("Planning the Q3 launch"), 7 days past your 14-day rhythm; '
            'you promised "Send the deck", due in 3 days',
            "score": 26.0,
        },
        {
            "contact_id": 1,
            "contact": "Carl Coworker",
            "reason": 'last talked 70 days ago ("Coffee catch-up"), 10 days past your 60-day rhythm',
            "score": 16.2,
        },
    ]


def test_reach_out_text_and_limit(run_cli, people):
    code, out, _ = run_cli("reach-out", "--date", "2026-03-02", "--limit", "1")
    assert code == 0
    assert out.splitlines() == [
        ' 1. Maria Manager  last talked 21 days ago ("Planning the Q3 launch"), 7 days past your 14-day rhythm; '
        'you promised "Send the deck", due in 3 days  [26]'
    ]
    code, out, _ = run_cli("reach-out", "--date", "2025-12-01")
    assert (code, out) == (0, "nobody needs a message right now\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("reach-out", "--date", "2026-02-30"), "--date: '2026-02-30' is not a valid date"),
        (("reach-out", "--limit", "0"), "the reach-out list holds 1 to 50 people (got 0)"),
        (("brief", "Nobody"), "no contact matches 'Nobody'"),
        (("brief", "99"), "no contact with id 99"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run_cli, people, args, message):
    code, out, err = run_cli(*args)
    assert code == 2 and out == ""
    assert err.startswith("relapp: error: ") and message in err and err.count("\n") == 1


def test_brief_by_name(run_cli, people):
    code, out, err = run_cli("brief", "maria manager", "--date", "2026-03-02")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Prep brief: Maria Manager \u2014 2026-03-02"
    assert "- You owe them: Send the deck (due 2026-03-05)" in lines
    assert "- 2026-02-09 (21 days ago) \u2014 Call: Planning the Q3 launch" in lines
    assert lines[-4:] == [
        "Conversation starters",
        "1. What has been the most interesting part of your work lately?",
        "2. What are you looking forward to this month?",
        "3. Is there anything I can help with right now?",
    ]
