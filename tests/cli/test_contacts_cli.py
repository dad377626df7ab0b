"""The people commands of the CLI: add, contacts (text and JSON), log, demo, and bad input that
gives one clear line on stderr with exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from relapp.services import interactions

JSON_KEYS = {
    "id",
    "name",
    "first_name",
    "last_name",
    "emails",
    "phones",
    "company",
    "title",
    "relationship",
    "tags",
    "birthday",
    "cadence_days",
    "last_interaction",
    "notes",
}


def test_add_then_list_as_json(run_cli) -> None:
    code, out, err = run_cli(
        "add",
        "Ada Lovelace",
        "--company",
        "Analytical Engines",
        "--email",
        "ada@engines.example",
        "--tag",
        "math",
        "--tag",
        "mentors",
        "--relationship",
        "mentor",
        "--birthday",
        "--12-10",
    )
    assert code == 0 and err == ""
    cid = int(out)
    code, out, _ = run_cli("contacts", "--json")
    [ada] = json.loads(out)
    assert set(ada) >= JSON_KEYS
    assert ada["id"] == cid and ada["name"] == "Ada Lovelace" and ada["first_name"] == "Ada"
    assert ada["emails"] == ["ada@engines.example"] and ada["tags"] == ["math", "mentors"]
    assert (
        ada["birthday"] == "--12-10"
        and ada["cadence_days"] == 30
        and ada["last_interaction"] is None
    )


def test_log_by_name_with_follow_up(run_cli) -> None:
    run_cli("add", "Grace Hopper")
    code, out, err = run_cli(
        "log",
        "grace hopper",
        "--kind",
        "coffee",
        "--when",
        "2026-05-04",
        "--note",
        "talked compilers",
        "--follow-up",
        "send the paper",
        "--due",
        "2026-05-11",
    )
    assert code == 0, err
    code, out, _ = run_cli("contacts", "--json")
    assert json.loads(out)[0]["last_interaction"] == "2026-05-04"
    [f] = interactions.open_follow_ups()
    assert (f.text, f.due.isoformat()) == ("send the paper", "2026-05-11")


def test_search_and_text_listing(run_cli) -> None:
    run_cli("add", "Ben Okafor", "--company", "Northwind", "--notes", "plays jazz piano")
    run_cli("add", "Chloe Moreau")
    code, out, _ = run_cli("contacts", "--search", "jazz")
    assert code == 0 and "Ben Okafor" in out and "Chloe" not in out
    code, out, _ = run_cli("contacts", "--search", "nobody-here")
    assert "no contacts match" in out


def test_demo_fills_an_empty_database_once(run_cli) -> None:
    code, out, _ = run_cli("demo", "--contacts", "25")
    assert code == 0 and out.startswith("25 contacts")
    code, out, _ = run_cli("contacts", "--json")
    people = json.loads(out)
    assert len(people) == 25
    assert {p["relationship"] for p in people} >= {"coworker", "client"}
    code, _, err = run_cli("demo")
    assert code == 2 and "already has contacts" in err


def test_demo_is_deterministic(run_cli, tmp_path: Path) -> None:
    outs = []
    for name in ("a.db", "b.db"):
        run_cli("demo", "--seed", "3", db=tmp_path / name)
        outs.append(
            [
                (c["name"], c["company"])
                for c in json.loads(run_cli("contacts", "--json", db=tmp_path / name)[1])
            ]
        )
    assert outs[0] == outs[1]


def test_bad_input_gives_one_line_and_exit_2(run_cli, tmp_path: Path) -> None:
    code, out, err = run_cli("contacts", db=Path("/nonexistent/dir/x.db"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "does not exist" in err
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01 definitely not sqlite" * 10)
    code, _, err = run_cli("contacts", db=junk)
    assert code == 2 and err.count("\n") == 1 and "not a relapp database" in err
    assert junk.read_bytes() == b"\x00\x01 definitely not sqlite" * 10
    code, _, err = run_cli("contacts", db=Path("/dev/null"))
    assert code == 2 and "not a regular file" in err
    code, _, err = run_cli("add", "")
    assert code == 2 and "name is required" in err
    code, _, err = run_cli("log", "nobody", "--kind", "call")
    assert code == 2 and "no contact matches" in err
    code, _, err = run_cli("add", "X", "--birthday", "2023-02-29")
    assert code == 2 and "February 29 does not exist" in err


def test_console_script_and_module_entry_points(tmp_path: Path) -> None:
    env = {**os.environ, "RELAPP_DB": str(tmp_path / "env.db")}
    done = subprocess.run(
        [sys.executable, "-m", "relapp", "--version"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0 and done.stdout.startswith("relapp ")
    done = subprocess.run(
        [sys.executable, "-m", "relapp", "add", "Env Person"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0 and (tmp_path / "env.db").exists()  # RELAPP_DB is honoured
