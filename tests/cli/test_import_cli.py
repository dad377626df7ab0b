"""``relapp import`` / ``relapp export`` end to end through the real CLI entry point: summaries
with line numbers and reasons, dry runs, duplicates, bad files (exit 2, one line, database
unchanged) and export formats chosen from the extension."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.interchange import samples


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_import_summary_dry_run_and_duplicates(run_cli, db_path: Path, tmp_path: Path) -> None:
    path = samples.google_new(tmp_path)
    code, out, err = run_cli("import", str(path), "--dry-run")
    assert code == 0, err
    assert "dry run" in out and "would create 2" in out
    code, out, _ = run_cli("contacts", "--json")
    assert json.loads(out) == []
    code, out, err = run_cli("import", str(path))
    assert code == 0 and "created 2" in out
    code, out, err = run_cli("import", str(path), "--on-duplicate", "skip")
    assert code == 0 and "created 0" in out and "skipped 2" in out
    assert "line 2: skipped Zoë Marie Ångström into Zoë Marie Ångström" in out
    code, out, _ = run_cli("contacts", "--json")
    people = json.loads(out)
    assert len(people) == 2
    zoe = next(p for p in people if p["first_name"] == "Zoë Marie")
    assert zoe["birthday"] == "--03-15" and zoe["tags"] == ["Conference"]


def test_ragged_rows_exit_2_then_skip_bad_rows(run_cli, db_path: Path, tmp_path: Path) -> None:
    run_cli("add", "Someone Else")
    path = tmp_path / "r.csv"
    path.write_text(
        "Name,Email\nAnn Lee,ann@x.example\nBob,bob@x.example,extra\n", encoding="utf-8"
    )
    before = dump(db_path)
    code, out, err = run_cli("import", str(path))
    assert code == 2
    assert (
        err.startswith("relapp: error: 1 row(s) cannot be imported")
        and "line 3: has 3 fields" in err
    )
    assert len(err.strip().splitlines()) == 1
    assert dump(db_path) == before
    code, out, err = run_cli("import", str(path), "--skip-bad-rows")
    assert code == 0 and "created 1" in out and "rejected 1" in out
    assert "line 3: rejected Bob: has 3 fields, the header has 2" in out


def test_bad_files_exit_2_and_leave_the_database(run_cli, db_path: Path, tmp_path: Path) -> None:
    run_cli("add", "Someone Else")
    before = dump(db_path)
    cases = {
        "binary.csv": (b"\x00\xff" * 500, "binary"),
        "empty.csv": (b"", "empty"),
        "header.csv": (b"Name,Email\n", "header but no contacts"),
        "enc.csv": (b"Name,Email\n\x81\x9d,a@b.example\n", "unknown text encoding"),
    }
    for name, (data, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        code, out, err = run_cli("import", str(path))
        assert code == 2, name
        assert message in err and err.count("\n") == 1, err
        assert dump(db_path) == before
    code, _, err = run_cli("import", str(tmp_path / "missing.csv"))
    assert code == 2 and "no such file" in err


def test_export_formats_from_extension(run_cli, db_path: Path, tmp_path: Path) -> None:
    run_cli(
        "add",
        "Ada Lovelace",
        "--email",
        "ada@engine.example",
        "--birthday=--12-10",
        "--tag",
        "math",
    )
    code, out, err = run_cli("export", str(tmp_path / "all.vcf"))
    assert code == 0, err
    text = (tmp_path / "all.vcf").read_text(encoding="utf-8")
    assert "BEGIN:VCARD" in text and "EMAIL:ada@engine.example" in text and "BDAY:--12-10" in text
    code, out, err = run_cli("export", str(tmp_path / "all.csv"), "--excel")
    assert code == 0 and (tmp_path / "all.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    code, out, err = run_cli("export", str(tmp_path / "g.csv"), "--format", "google")
    header = (tmp_path / "g.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("First Name,Middle Name,Last Name")
    code, out, err = run_cli("export", str(tmp_path / "v4.vcf"), "--format", "vcard4")
    assert "VERSION:4.0" in (tmp_path / "v4.vcf").read_text(encoding="utf-8")
    code, out, err = run_cli("export", str(tmp_path / "cal.ics"))
    assert code == 0 and (tmp_path / "cal.ics").read_text(encoding="utf-8").startswith(
        "BEGIN:VCALENDAR"
    )
    code, out, err = run_cli("export", str(tmp_path / "nope" / "x.csv"))
    assert code == 2 and "does not exist" in err
    code, out, err = run_cli("export", str(tmp_path / "x.txt"))
    assert code == 2 and "--format" in err
    assert not list(tmp_path.glob(".*.part"))
