"""The contact list as the window shows it: filtered, sorted, and read a page at a time.

With 100,000 contacts the list model never loads every row. :func:`base_ids` returns the ids of a
filter *without* its search text in display order (one indexed query, run when the data or the
sort changes); a keystroke then costs one FTS5 lookup (:func:`matching_ids`) and one pass over that
list, instead of a sort of every match in SQL. :func:`rows` reads the few rows the view paints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from relapp.store import search_index
from relapp.store.db import database

SORTS = {
    "name": "c.display_name COLLATE NOCASE, c.id",
    "last_interaction": "c.last_interaction_at IS NULL, c.last_interaction_at DESC, c.display_name COLLATE NOCASE",
    "checkin_due": "c.checkin_due IS NULL, c.checkin_due, c.display_name COLLATE NOCASE",
}


# Records read at every start are NamedTuples: on Python 3.11 a frozen dataclass takes about
# 0.8 ms to define (its methods are generated and compiled), a NamedTuple about 0.1 ms.
class ContactFilter(NamedTuple):
    text: str = ""
    tag: str | None = None
    relationship: str | None = None
    archived: bool = False  # False: active contacts; True: the archive
    import_batch: int | None = None  # "last imported"


class ContactRow(NamedTuple):
    id: int
    name: str
    company: str
    title: str
    relationship: str
    last_interaction: dt.date | None
    checkin_due: dt.date | None
    cadence: int | None


def _where(f: ContactFilter) -> tuple[str, list[object]]:
    """SQL for every part of the filter except its search text."""
    clauses = ["c.archived = ?"]
    params: list[object] = [1 if f.archived else 0]
    if f.tag:
        clauses.append(
            "c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)"
        )
        params.append(f.tag)
    if f.relationship:
        clauses.append("c.relationship = ?")
        params.append(f.relationship)
    if f.import_batch is not None:
        clauses.append("c.import_batch_id = ?")
        params.append(f.import_batch)
    return " AND ".join(clauses), params


def base_ids(
    f: ContactFilter, *, sort: str = "name", descending: bool = False, limit: int | None = None
) -> list[int]:
    """Ids matching ``f`` apart from its text, in display order (only the first ``limit`` when
    given and not descending)."""
    where, params = _where(f)
    order = SORTS[sort]
    tail = f" LIMIT {int(limit)}" if limit is not None and not descending else ""
    cursor = database.execute_sql(
        f"SELECT c.id FROM contact c WHERE {where} ORDER BY {order}{tail}", params
    )
    ids = [r[0] for r in cursor]
    if descending:
        ids.reverse()
    return ids


def matching_ids(text: str) -> set[int] | None:
    """Ids of contacts matching the search ``text``; None when there is nothing to search for.

    Every word must match as a prefix of a word in the name, company, title, emails and phones,
    tags, notes or profile. A single character searches names only (one letter would otherwise
    match nearly everyone through emails and notes)."""
    if not text.strip():
        return None
    expr = search_index.match_expression(text)
    if expr is None:
        return set()  # only punctuation typed: nothing can match
    if len(text.strip()) == 1:
        expr = f"name : ({expr})"
    cursor = database.execute_sql(
        "SELECT rowid FROM contact_search WHERE contact_search MATCH ?", (expr,)
    )
    return set(map(itemgetter(0), cursor))  # C-level loops: this runs at every keystroke


def apply_text(
    ids: list[int], matches: set[int] | None, rank: dict[int, int] | None = None
) -> list[int]:
    """``ids`` (in display order) restricted to ``matches``. With ``rank`` (id -> position in
    ``ids``) a small match set is sorted by rank instead of scanning every id."""
    if matches is None:
        return ids
    if rank is not None and len(matches) * 8 < len(ids):
        return sorted(filter(rank.__contains__, matches), key=rank.__getitem__)
    return list(filter(matches.__contains__, ids))


def ordered_ids(f: ContactFilter, *, sort: str = "name", descending: bool = False) -> list[int]:
    """Ids matching the whole filter, search text included, in display order."""
    return apply_text(base_ids(f, sort=sort, descending=descending), matching_ids(f.text))


def count(f: ContactFilter) -> int:
    if f.text:
        return len(ordered_ids(f))
    if f == ContactFilter(archived=f.archived):
        # Everyone (the list at start): SQLite counts a whole table from its narrowest index's
        # pages without reading the rows (0.01 ms at 100,000 contacts, against 4 ms for a
        # filtered count), and the archive is counted by its index range.
        total, archived = database.execute_sql(
            "SELECT (SELECT count(*) FROM contact), (SELECT count(*) FROM contact WHERE archived > 0)"
        ).fetchone()
        return int(archived if f.archived else total - archived)
    where, params = _where(f)
    return int(
        database.execute_sql(f"SELECT count(*) FROM contact c WHERE {where}", params).fetchone()[0]
    )


def total_contacts() -> int:
    return int(database.execute_sql("SELECT count(*) FROM contact").fetchone()[0])


def is_empty() -> bool:
    """True when the database has no contact at all (the first-run page shows)."""
    return database.execute_sql("SELECT NOT EXISTS (SELECT 1 FROM contact)").fetchone()[0] == 1


def _as_date(value: object) -> dt.date | None:
    if not value:
        return None
    return dt.date.fromisoformat(str(value)[:10])


def rows(ids: Sequence[int]) -> dict[int, ContactRow]:
    """The list columns of ``ids`` (any order), keyed by id."""
    out: dict[int, ContactRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        cursor = database.execute_sql(
            "SELECT id, display_name, company, title, relationship, last_interaction_at, checkin_due, "
            f"effective_cadence FROM contact WHERE id IN ({marks})",
            chunk,
        )
        for r in cursor:
            out[r[0]] = ContactRow(
                r[0], r[1], r[2], r[3], r[4], _as_date(r[5]), _as_date(r[6]), r[7]
            )
    return out


def relationships_in_use() -> list[str]:
    return [
        r[0] for r in database.execute_sql("SELECT DISTINCT relationship FROM contact ORDER BY 1")
    ]


def tag_names_in_use() -> list[str]:
    """Names of the tags at least one contact carries, sorted (cheap: no counting)."""
    cursor = database.execute_sql(
        "SELECT name FROM tag WHERE EXISTS (SELECT 1 FROM contact_tag ct WHERE ct.tag_id = tag.id) "
        "ORDER BY name COLLATE NOCASE"
    )
    return [r[0] for r in cursor]
