"""Duplicate candidates for an import: the keys a prepared record is matched on, in matching order
(uid, normalised email, normalised phone, exact name), and one lookup per chunk of all of them
against the database, a handful of indexed queries. :mod:`relapp.services.import_bulk` decides
what a match means (merge, skip or create)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from relapp.services.import_rows import Prepared

MIN_PHONE_DIGITS = 7  # shorter numbers (extensions, short codes) are not matched on
Key = tuple[tuple[str, str], str]  # ((kind, normalised key), the value as written)
REASONS = {
    "uid": "same uid",
    "email": "same email {}",
    "phone": "same phone {}",
    "name": "same name",
}
_BATCH = 900  # below SQLite's default limit of host parameters


def duplicate_keys(p: Prepared) -> list[Key]:
    """((kind, key), value as written) in matching order: uid, email, phone, exact name
    (``prepare`` lists emails before phones)."""
    keys: list[Key] = []
    if p.rec.uid:
        keys.append((("uid", p.rec.uid), ""))
    for kind, value, _, norm in p.details:
        if kind == "email" or (kind == "phone" and len(norm) >= MIN_PHONE_DIGITS):
            keys.append(((kind, norm), value))
    keys.append((("name", p.name), ""))
    return keys


def _select_in(db: Any, sql: str, keys: Sequence[str]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    keys = list(keys)
    for i in range(0, len(keys), _BATCH):
        part = keys[i : i + _BATCH]
        out.extend(db.execute_sql(sql.format(marks=",".join("?" * len(part))), part).fetchall())
    return out


def find_existing(db: Any, keyed: list[tuple[Prepared, list[Key]]]) -> dict[tuple[str, str], int]:
    """The contact each key of the chunk already belongs to (the lowest id when several do)."""
    wanted: dict[str, set[str]] = {"uid": set(), "email": set(), "phone": set(), "name": set()}
    for _, keys in keyed:
        for (kind, key), _ in keys:
            wanted[kind].add(key)
    found: dict[tuple[str, str], int] = {}
    if wanted["uid"]:
        sql = "SELECT uid, id FROM contact WHERE uid IN ({marks})"
        for uid, cid in _select_in(db, sql, sorted(wanted["uid"])):
            found[("uid", uid)] = cid
    for kind in ("email", "phone"):
        if wanted[kind]:
            sql = (
                "SELECT normalized, min(contact_id) FROM contact_detail WHERE normalized IN ({marks}) "
                f"AND kind = '{kind}' GROUP BY normalized"
            )
            for norm, cid in _select_in(db, sql, sorted(wanted[kind])):
                found[(kind, norm)] = cid
    if wanted["name"]:
        sql = "SELECT display_name, min(id) FROM contact WHERE display_name IN ({marks}) GROUP BY display_name"
        for name, cid in _select_in(db, sql, sorted(wanted["name"])):
            found[("name", name)] = cid
    return found
