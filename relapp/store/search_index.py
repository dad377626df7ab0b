"""The full-text index behind contact search (FTS5 table ``contact_search``, rowid = contact id).

Services call :func:`reindex` after every change to a contact, its details or its tags; bulk paths
(import, demo) call it once with all the ids. Queries are built by :func:`match_expression`, which
turns what the user typed into a safe prefix query (no FTS syntax reaches SQLite unquoted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import peewee

_INDEX_SELECT = """
SELECT c.id,
       trim(c.first_name || ' ' || c.last_name || ' ' || c.nickname || ' ' || c.display_name),
       c.company,
       c.title,
       coalesce((SELECT group_concat(d.value, ' ') FROM contact_detail d WHERE d.contact_id = c.id), ''),
       coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
                 WHERE ct.contact_id = c.id), ''),
       c.notes || ' ' || c.how_met || ' ' || c.works_on || ' ' || c.excited_about || ' ' ||
       c.finds_hard || ' ' || c.preferences || ' ' || c.topics_next || ' ' || c.location
FROM contact c
"""

# One index row from values computed elsewhere (the import builds them as _INDEX_SELECT would).
INSERT_ROW = (
    "INSERT INTO contact_search(rowid, name, company, title, details, tags, notes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def rebuild_all(db: peewee.SqliteDatabase) -> None:
    db.execute_sql("DELETE FROM contact_search")
    db.execute_sql(
        "INSERT INTO contact_search(rowid, name, company, title, details, tags, notes) "
        + _INDEX_SELECT
    )


def reindex(db: peewee.SqliteDatabase, contact_ids: Iterable[int]) -> None:
    """Refresh the index rows of ``contact_ids`` (deleted contacts simply drop out)."""
    ids = sorted({int(i) for i in contact_ids})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM contact_search WHERE rowid IN ({marks})", chunk)
        db.execute_sql(
            "INSERT INTO contact_search(rowid, name, company, title, details, tags, notes) "
            + _INDEX_SELECT
            + f" WHERE c.id IN ({marks})",
            chunk,
        )


_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """An FTS5 query matching every word of ``text`` as a prefix, or None when there is no word.

    ``"ann lo"`` becomes ``"ann"* "lo"*``; punctuation separates words (``a@b.com`` matches the
    tokens ``a``, ``b`` and ``com``), and quotes are never passed through.
    """
    words = _TOKEN.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)
