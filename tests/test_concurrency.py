"""Two processes, one database file: this process writes 1,000 interactions through the services
while another process runs ``relapp log`` 1,000 times (``relapp.cli.main`` called in a loop in one
subprocess, so the test stays fast). All 2,000 are there, every CLI call succeeded, and the file
passes ``PRAGMA integrity_check``. Contention is real: the two loops overlap in time."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from relapp.services import contacts, interactions

N = 1000

CLI_LOOP = r"""
import sys, time
from relapp.cli import main

db, cid, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
failures = 0
start = time.monotonic()
for i in range(n):
    if main(["--db", db, "log", cid, "--kind", "message", "--summary", f"cli-{i}"]) != 0:
        failures += 1
print(f"done {failures} {start:.6f} {time.monotonic():.6f}", file=sys.stderr, flush=True)
sys.exit(1 if failures else 0)
"""


def test_app_and_cli_write_concurrently_and_nothing_is_lost(db, db_path: Path) -> None:
    ada = contacts.create_contact(first_name="Ada")
    bob = contacts.create_contact(first_name="Bob")
    proc = subprocess.Popen(
        [sys.executable, "-c", CLI_LOOP, str(db_path), str(bob), str(N)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    # start writing once the other process is writing too
    deadline = time.monotonic() + 30
    while not interactions.timeline(bob, limit=1) and time.monotonic() < deadline:
        time.sleep(0.01)
    start = time.monotonic()
    overlapped = 0
    for i in range(N):
        interactions.log_interaction(contact_ids=[ada], kind="call", summary=f"app-{i}")
        if proc.poll() is None:
            overlapped += 1
    end = time.monotonic()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert overlapped > N // 10, "the two writers hardly overlapped; the test proved little"
    con = sqlite3.connect(db_path)
    try:
        assert [r[0] for r in con.execute("PRAGMA integrity_check")] == ["ok"]
        summaries = [r[0] for r in con.execute("SELECT summary FROM interaction")]
    finally:
        con.close()
    assert len(summaries) == 2 * N
    assert set(summaries) == {f"app-{i}" for i in range(N)} | {f"cli-{i}" for i in range(N)}
    assert len(interactions.timeline(ada)) == N and len(interactions.timeline(bob)) == N
    print(
        f"\nconcurrency: 2 x {N} writes kept; app loop {end - start:.2f} s, overlapped {overlapped}"
    )
