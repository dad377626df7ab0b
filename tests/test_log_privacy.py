"""A log captured during a whole run contains no note text: contacts, interactions, follow-ups,
the CLI, backups, restore, a refused value and a busy error, all with DEBUG logging on (including
peewee's query log) and the app's own rotating log file; the file is private (0600 in 0700)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from relapp.errors import UserError
from relapp.services import backups, contacts, interactions

SECRET = "Zanzibar-7f3q-confidential"


@pytest.fixture
def log_file(tmp_path: Path):
    from relapp.logging_setup import setup_logging

    path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_relapp_handler", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.WARNING)


def test_no_note_text_in_the_log(db, db_path: Path, log_file: Path, run_cli, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    cid = contacts.create_contact(first_name="Ada", notes=f"notes {SECRET}", topics_next=SECRET)
    contacts.update_contact(contact_id=cid, preferences=f"prefers {SECRET}")
    interactions.log_interaction(
        contact_ids=[cid],
        kind="coffee",
        summary=f"summary {SECRET}",
        notes=f"notes {SECRET}",
        follow_ups=[interactions.FollowUpInput(f"send {SECRET}")],
    )
    with pytest.raises(UserError):
        interactions.log_interaction(contact_ids=[cid], kind="call", notes=SECRET + "x" * 100_001)
    with pytest.raises(UserError):
        contacts.create_contact(first_name="Bob", notes=SECRET + "\ud800")
    saved = backups.snapshot("manual")
    backups.daily_backup()
    backups.restore(saved)
    assert (
        run_cli("log", str(cid), "--kind", "call", "--note", f"cli {SECRET}", "--summary", SECRET)[
            0
        ]
        == 0
    )
    assert run_cli("add", "Cy Secret", "--notes", SECRET)[0] == 0
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert caplog.records, "nothing was logged: the test would prove nothing"
    assert any("backup" in r.getMessage() for r in caplog.records)
    assert any(r.name == "peewee" for r in caplog.records)  # the query log was on
    captured = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert SECRET not in captured
    text = log_file.read_text(encoding="utf-8")
    assert "backup" in text and SECRET not in text
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
