"""iCalendar export through the real path: a database file, ``export_ics`` writing a real file, the
``icalendar`` library parsing it back (and ``dateutil`` expanding the recurrence rules)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import icalendar
import pytest
from dateutil.rrule import rrulestr

from relapp import clock
from relapp.errors import UserError
from relapp.services import contacts, interactions, milestones
from relapp.services.ical_export import REFERENCE_YEAR, export_ics


def events(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    found = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(found) == len(cal.walk("VEVENT")), "UIDs are unique"
    return found


def occurrences(event: icalendar.Event, years: range) -> list[dt.date]:
    start = event.decoded("DTSTART")
    rule = rrulestr(
        event["RRULE"].to_ical().decode(), dtstart=dt.datetime.combine(start, dt.time())
    )
    return [
        d.date()
        for d in rule.between(dt.datetime(years.start, 1, 1), dt.datetime(years.stop, 1, 1))
    ]


@pytest.fixture
def sample(db) -> dict[str, int]:
    clock.set_now(dt.datetime(2025, 6, 1, 9, 0))
    ana = contacts.create_contact(first_name="Ana", last_name="Silva", birthday="1985-06-03")
    leap = contacts.create_contact(first_name="Leo", last_name="Leap", birthday="1988-02-29")
    noyear = contacts.create_contact(first_name="Nia", last_name="Noyear", birthday="--12-24")
    gone = contacts.create_contact(first_name="Old", last_name="Friend", birthday="--05-05")
    contacts.archive_contact(contact_id=gone)
    work = milestones.add_milestone(
        contact_id=ana, kind="work_anniversary", month=9, day=1, year=2019, note="Joined Acme"
    )
    win = milestones.add_milestone(
        contact_id=ana,
        kind="achievement",
        label="Gave the keynote",
        month=3,
        day=14,
        year=2025,
        recurring=False,
    )
    due = interactions.add_follow_up(contact_id=ana, text="Send the deck", due=dt.date(2025, 6, 10))
    done = interactions.add_follow_up(contact_id=ana, text="Old promise", due=dt.date(2025, 5, 1))
    interactions.complete_follow_up(follow_up_id=done)
    interactions.add_follow_up(contact_id=ana, text="Someday", due=None)
    return {"ana": ana, "leap": leap, "noyear": noyear, "work": work, "win": win, "due": due}


def uid_of(contact_id: int, kind: str) -> str:
    return next(m.uid for m in milestones.milestones_for(contact_id) if m.kind == kind) + "@relapp"


def test_export_parses_back_with_one_event_per_milestone(sample, tmp_path: Path) -> None:
    path = tmp_path / "relapp.ics"
    count = export_ics(path=path)
    found = events(path)
    ms_uids = {
        m.uid + "@relapp"
        for cid in (sample["ana"], sample["leap"], sample["noyear"])
        for m in milestones.milestones_for(cid)
    }
    fu_uid = (
        next(f.uid for f in interactions.open_follow_ups() if f.id == sample["due"]) + "@relapp"
    )
    assert set(found) == ms_uids | {
        fu_uid
    }  # archived contact, done and undated follow-ups left out
    assert count == len(found) == 6

    birthday = found[uid_of(sample["ana"], "birthday")]
    assert str(birthday["SUMMARY"]) == "Ana Silva: Birthday"
    assert birthday.decoded("DTSTART") == dt.date(1985, 6, 3)
    assert birthday.decoded("DTEND") == dt.date(1985, 6, 4)
    assert birthday["RRULE"].to_ical() == b"FREQ=YEARLY"
    assert occurrences(birthday, range(2024, 2026)) == [dt.date(2024, 6, 3), dt.date(2025, 6, 3)]

    work = found[uid_of(sample["ana"], "work_anniversary")]
    assert work.decoded("DTSTART") == dt.date(2019, 9, 1)
    assert "Since 2019" in str(work["DESCRIPTION"]) and "Joined Acme" in str(work["DESCRIPTION"])

    nia = found[uid_of(sample["noyear"], "birthday")]
    assert nia.decoded("DTSTART") == dt.date(REFERENCE_YEAR, 12, 24)
    assert nia["RRULE"].to_ical() == b"FREQ=YEARLY"

    win = found[uid_of(sample["ana"], "achievement")]
    assert "RRULE" not in win and win.decoded("DTSTART") == dt.date(2025, 3, 14)
    assert str(win["SUMMARY"]) == "Ana Silva: Gave the keynote"

    follow_up = found[fu_uid]
    assert follow_up.decoded("DTSTART") == dt.date(2025, 6, 10) and "RRULE" not in follow_up
    assert str(follow_up["SUMMARY"]) == "Follow up with Ana Silva: Send the deck"
    for event in found.values():
        assert isinstance(event.decoded("DTSTART"), dt.date) and not isinstance(
            event.decoded("DTSTART"), dt.datetime
        )
        assert str(event["TRANSP"]) == "TRANSPARENT" and "DTSTAMP" in event


def test_leap_day_birthday_exports_on_the_last_day_of_february(sample, tmp_path: Path) -> None:
    path = tmp_path / "relapp.ics"
    export_ics(path=path)
    event = events(path)[uid_of(sample["leap"], "birthday")]
    assert event.decoded("DTSTART") == dt.date(1988, 2, 29)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [2] and rule["BYMONTHDAY"] == [-1]
    assert occurrences(event, range(2023, 2026)) == [
        dt.date(2023, 2, 28),
        dt.date(2024, 2, 29),
        dt.date(2025, 2, 28),
    ]
    assert occurrences(event, range(1988, 1989)) == [dt.date(1988, 2, 29)]


def test_uids_are_stable_across_exports(sample, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(path=first)
    milestones.update_milestone(
        milestone_id=sample["work"], kind="work_anniversary", month=9, day=2, year=2019
    )
    clock.set_now(dt.datetime(2025, 6, 2, 9, 0))
    export_ics(path=second)
    a, b = events(first), events(second)
    assert set(a) == set(b)
    moved = uid_of(sample["ana"], "work_anniversary")
    assert a[moved].decoded("DTSTART") == dt.date(2019, 9, 1) and b[moved].decoded(
        "DTSTART"
    ) == dt.date(2019, 9, 2)
    # Re-exporting over the same file replaces it.
    export_ics(path=first)
    assert set(events(first)) == set(b)


def test_missing_folder_or_a_folder_as_target_is_a_clear_error(sample, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        export_ics(path=tmp_path / "nope" / "relapp.ics")
    assert not (tmp_path / "nope").exists()
    folder = tmp_path / "folder.ics"
    folder.mkdir()
    with pytest.raises(UserError, match="it is a folder"):
        export_ics(path=folder)
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "folder.ics"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_is_a_clear_error(sample, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(UserError, match="cannot write"):
            export_ics(path=locked / "relapp.ics")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_failed_write_leaves_the_old_file_whole_and_no_temporary_file(
    sample, db_path: Path, tmp_path: Path
) -> None:
    """The disk "fills up" mid-write (a file-size limit makes write() fail with EFBIG): the export
    is a clear error, the previous export is untouched, and no temporary file is left behind."""
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "relapp.ics"
    target.write_bytes(b"previous export\n")
    for n in range(40):  # enough data to pass the limit below
        milestones.add_milestone(
            contact_id=sample["ana"], kind="custom", label=f"Day {n}", month=1, day=1 + n % 28
        )
    script = textwrap.dedent(f"""
        import resource, signal, sys
        from pathlib import Path
        from relapp.errors import UserError
        from relapp.store import init_db
        from relapp.services.ical_export import export_ics
        init_db(Path({str(db_path)!r}), migrate=False)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
        try:
            export_ics(path=Path({str(target)!r}))
        except UserError as exc:
            print(exc)
            sys.exit(2)
        """)
    from relapp.store import close_db

    close_db()
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stderr
    assert run.stdout.startswith(f"cannot write {target}: File too large")
    assert target.read_bytes() == b"previous export\n"
    assert [p.name for p in out.iterdir()] == ["relapp.ics"]


def test_cli_export_writes_the_calendar_or_fails_cleanly(sample, run_cli, tmp_path: Path) -> None:
    """``relapp export FILE.ics`` (wired by the interchange CLI) goes through ``export_ics``."""
    path = tmp_path / "cli.ics"
    code, out, err = run_cli("export", str(path))
    assert code == 0, err
    assert set(events(path)) >= {uid_of(sample["leap"], "birthday")}
    code, out, err = run_cli("export", str(tmp_path / "missing" / "x.ics"))
    assert code == 2 and "does not exist" in err and "Traceback" not in err
