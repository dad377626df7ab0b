"""``relapp tags`` and ``relapp tag NAME --cadence DAYS / --no-cadence`` through the real command
line on a real database file: the JSON shape, setting and clearing a cadence, a check-in due date
that moves with it, and bad input (unknown tag, out-of-range days, missing option) that exits 2
with the database untouched."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from relapp import clock
from relapp.errors import NotFoundError
from relapp.services import contacts, tags
from relapp.store import init_db
from relapp.store.db import close_db


@pytest.fixture
def tagged(run_cli) -> dict[str, int]:
    """Ada (tags VIP and board, last seen 1 March), Bob (board, own cadence 90), Cy (no tags)."""
    clock.set_now(dt.datetime(2027, 3, 10, 9, 0))
    code, out, err = run_cli("add", "Ada Lovelace", "--tag", "VIP", "--tag", "board")
    assert code == 0, err
    ada = int(out)
    code, out, _ = run_cli("add", "Bob Builder", "--tag", "board", "--cadence", "90")
    bob = int(out)
    code, out, _ = run_cli("add", "Cy Nobody")
    assert run_cli("log", str(ada), "--kind", "coffee", "--when", "2027-03-01")[0] == 0
    return {"ada": ada, "bob": bob, "cy": int(out)}


def _contact(db_path: Path, cid: int) -> contacts.ContactInfo:
    init_db(db_path)
    try:
        return contacts.get_contact(cid)
    finally:
        close_db()


def _tags_json(run_cli) -> list[dict[str, object]]:
    code, out, err = run_cli("tags", "--json")
    assert code == 0, err
    return json.loads(out)


def test_tags_json_lists_every_tag_with_its_contacts_and_cadence(run_cli, tagged) -> None:
    assert _tags_json(run_cli) == [
        {"name": "board", "contacts": 2, "cadence_days": None},
        {"name": "VIP", "contacts": 1, "cadence_days": None},
    ]


def test_tags_text_listing_and_empty_database(run_cli, tagged, tmp_path: Path) -> None:
    assert run_cli("tag", "vip", "--cadence", "1")[0] == 0
    code, out, _ = run_cli("tags")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("board") and "2 contacts" in lines[0] and "no default" in lines[0]
    assert lines[1].startswith("VIP") and "1 contact " in lines[1] and "every day" in lines[1]
    code, out, _ = run_cli("tags", db=tmp_path / "empty.sqlite3")
    assert code == 0 and "no tags yet" in out


def test_set_cadence_moves_the_check_in_due_date(run_cli, db_path, tagged) -> None:
    before = _contact(db_path, tagged["ada"])
    assert before.effective_cadence is None and before.checkin_due is None

    code, out, err = run_cli("tag", "vip", "--cadence", "21")  # names are case-insensitive
    assert code == 0, err
    assert out.strip() == "VIP: check in every 21 days"
    ada = _contact(db_path, tagged["ada"])
    assert ada.effective_cadence == 21
    assert ada.checkin_due == dt.date(2027, 3, 22)  # last interaction 1 March + 21 days

    # The shortest tag cadence wins; a contact's own cadence beats its tags'.
    assert run_cli("tag", "board", "--cadence", "7")[0] == 0
    assert _contact(db_path, tagged["ada"]).checkin_due == dt.date(2027, 3, 8)
    assert _contact(db_path, tagged["bob"]).effective_cadence == 90
    assert _contact(db_path, tagged["cy"]).effective_cadence is None
    assert {t["name"]: t["cadence_days"] for t in _tags_json(run_cli)} == {"board": 7, "VIP": 21}


def test_no_cadence_clears_it(run_cli, db_path, tagged) -> None:
    assert run_cli("tag", "VIP", "--cadence", "30")[0] == 0
    code, out, err = run_cli("tag", "VIP", "--no-cadence")
    assert code == 0, err
    assert out.strip() == "VIP: no default cadence"
    assert _tags_json(run_cli)[1] == {"name": "VIP", "contacts": 1, "cadence_days": None}
    ada = _contact(db_path, tagged["ada"])
    assert ada.effective_cadence is None and ada.checkin_due is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("tag", "nosuchtag", "--cadence", "14"), "no tag named 'nosuchtag'"),
        (("tag", "nosuchtag", "--no-cadence"), "no tag named 'nosuchtag'"),
        (("tag", "VIP", "--cadence", "0"), "between 1 and 3650"),
        (("tag", "VIP", "--cadence", "3651"), "between 1 and 3650"),
        (("tag", "VIP", "--cadence", "soon"), "invalid int value"),
        (("tag", "VIP"), "one of the arguments --cadence --no-cadence is required"),
        (("tag", "VIP", "--cadence", "5", "--no-cadence"), "not allowed with argument"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(
    run_cli, db_path, tagged, capsys, args, message
) -> None:
    assert run_cli("tag", "VIP", "--cadence", "10")[0] == 0
    before = _tags_json(run_cli)
    due = _contact(db_path, tagged["ada"]).checkin_due
    try:
        code, out, err = run_cli(*args)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
        err = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err
    assert message in err
    assert _tags_json(run_cli) == before  # no tag created, no cadence changed
    assert _contact(db_path, tagged["ada"]).checkin_due == due


def test_set_tag_cadence_without_create_refuses_unknown_tags(db) -> None:
    with pytest.raises(NotFoundError):
        tags.set_tag_cadence(name="ghost", cadence_days=5, create=False)
    with pytest.raises(NotFoundError):
        tags.set_tag_cadences(cadences={"ghost": 5})
    assert tags.list_tags() == []
    tags.set_tag_cadence(name="ghost", cadence_days=5)  # existing callers still create it
    assert tags.get_tag(name="GHOST") == tags.TagInfo("ghost", 0, 5)
