"""Test helpers for reliability tests: damage a real database file's pages, check integrity.

Imported by the backup, recovery and kill tests (``from tests.corruption import ...``).
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def page_size(path: Path) -> int:
    head = path.read_bytes()[:100]
    size = int.from_bytes(head[16:18], "big")
    return 65536 if size == 1 else size


def damage_pages(path: Path, *, first: int = 2, count: int = 6, seed: int = 1) -> None:
    """Write random bytes over ``count`` whole pages of ``path`` starting at page ``first``
    (1-based; page 1 holds the header and the schema). The file must be closed and checkpointed."""
    size = page_size(path)
    rng = random.Random(seed)
    with open(path, "r+b") as fh:
        for page in range(first, first + count):
            fh.seek((page - 1) * size)
            fh.write(bytes(rng.getrandbits(8) for _ in range(size)))


def integrity(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


def fill(contacts: int = 60) -> None:
    """Put enough rows in the open database that its data spans many pages."""
    from relapp.services import demo

    demo.populate(contacts=contacts, seed=3)
