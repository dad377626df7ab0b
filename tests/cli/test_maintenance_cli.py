"""``relapp backup`` and ``relapp restore`` through the real command line (in-process and as a
subprocess): backups land in the private folder or a chosen file, restore works even when the
current database is damaged, and every failure is one clear line with exit code 2."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.corruption import damage_pages, integrity


def names_in(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT display_name FROM contact"))
    finally:
        con.close()


def test_backup_list_and_restore(run_cli, db_path: Path) -> None:
    assert run_cli("add", "Ada Lovelace")[0] == 0
    code, out, err = run_cli("backup")
    assert code == 0 and not err
    saved = Path(out.strip())
    assert saved.parent == db_path.parent / "backups" and names_in(saved) == ["Ada Lovelace"]
    assert run_cli("add", "Bob Byte")[0] == 0
    code, out, _ = run_cli("backup", "--list")
    assert code == 0 and "manual" in out and str(saved) in out
    code, out, err = run_cli("restore", str(saved))
    assert code == 0, err
    assert "restored" in out and "previous database was kept" in out
    code, out, _ = run_cli("contacts")
    assert "Ada Lovelace" in out and "Bob Byte" not in out
    kept = Path(out_line(run_cli("backup", "--list")[1], "pre-restore").split()[-1])
    assert names_in(kept) == ["Ada Lovelace", "Bob Byte"]


def out_line(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


def test_backup_to_a_chosen_file(run_cli, tmp_path: Path) -> None:
    run_cli("add", "Ada Lovelace")
    target = tmp_path / "my-copy.sqlite3"
    code, out, _ = run_cli("backup", str(target))
    assert code == 0 and Path(out.strip()) == target and names_in(target) == ["Ada Lovelace"]
    code, out, err = run_cli("backup", str(target))
    assert code == 2 and out == "" and err.startswith("relapp: error:") and "already exists" in err
    assert len(err.strip().splitlines()) == 1


def test_restore_errors_are_one_line_and_change_nothing(
    run_cli, db_path: Path, tmp_path: Path
) -> None:
    run_cli("add", "Ada Lovelace")
    before = db_path.read_bytes()
    code, _, err = run_cli("restore", str(tmp_path / "missing.sqlite3"))
    assert code == 2 and "no backup file" in err and len(err.strip().splitlines()) == 1
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database at all " * 100)
    code, _, err = run_cli("restore", str(junk))
    assert code == 2 and "nothing was changed" in err
    code, _, err = run_cli("restore", str(db_path))
    assert code == 2 and "the database itself" in err
    assert db_path.read_bytes() == before


def test_restore_works_when_the_current_database_is_damaged(run_cli, db_path: Path) -> None:
    run_cli("demo", "--contacts", "30")
    code, out, _ = run_cli("backup")
    saved = Path(out.strip())
    expected = names_in(saved)
    damage_pages(db_path, first=3, count=10)
    damaged = db_path.read_bytes()
    code, _, err = run_cli("contacts")  # opening it fails clearly (no traceback)
    assert code == 2 and "Traceback" not in err and "is damaged" in err and "relapp restore" in err
    code, out, err = run_cli("restore", str(saved))
    assert code == 0, err
    aside = next(
        p
        for p in db_path.parent.glob("relapp.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    )
    assert aside.read_bytes() == damaged  # set aside, byte for byte
    assert integrity(db_path) == ["ok"] and names_in(db_path) == expected


def test_backup_and_restore_as_real_processes(db_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "RELAPP_DB": str(db_path)}

    def relapp(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "relapp", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert relapp("add", "Ada Lovelace").returncode == 0
    done = relapp("backup", str(tmp_path / "b.sqlite3"))
    assert done.returncode == 0, done.stderr
    assert relapp("add", "Bob Byte").returncode == 0
    done = relapp("restore", str(tmp_path / "b.sqlite3"))
    assert done.returncode == 0, done.stderr
    assert names_in(db_path) == ["Ada Lovelace"]
