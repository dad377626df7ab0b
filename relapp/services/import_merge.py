"""Merging an import row into an existing contact: fill what is empty, keep what is there.

Empty text fields take the row's value; notes are appended when new; a relationship "other" and
an unset cadence take the row's; new emails, phones and links are added after the existing ones;
tags are added; a birthday only when the contact has none; milestones and LinkedIn's "Connected
on" interaction only when not already present, so re-importing the same file changes nothing.
The caller has already saved the contact's previous state for undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from relapp.services.contacts import make_display_name
from relapp.services.import_bulk import (
    DETAIL_INSERT,
    LINKEDIN_SUMMARY,
    MILESTONE_INSERT,
    TEXT_COLUMNS,
)
from relapp.services.import_rows import Prepared

if TYPE_CHECKING:
    from relapp.services.import_bulk import BulkImporter


def merge_into(bulk: BulkImporter, cid: int, p: Prepared) -> None:
    """Merge ``p`` into contact ``cid`` (inside the import's transaction)."""
    row = bulk.db.execute_sql(
        "SELECT "
        + ", ".join(TEXT_COLUMNS)
        + ", relationship, cadence_days FROM contact WHERE id = ?",
        (cid,),
    ).fetchone()
    old = dict(zip((*TEXT_COLUMNS, "relationship", "cadence_days"), row, strict=True))
    sets: dict[str, Any] = {}
    for key in TEXT_COLUMNS:
        new = p.texts[key]
        if not new:
            continue
        if not old[key]:
            sets[key] = new
        elif key == "notes" and new not in old[key]:
            sets[key] = old[key] + "\n\n" + new
    if old["relationship"] == "other" and p.relationship != "other":
        sets["relationship"] = p.relationship
    if old["cadence_days"] is None and p.cadence is not None:
        sets["cadence_days"] = p.cadence
    if "first_name" in sets or "last_name" in sets or "nickname" in sets:
        f = {k: sets.get(k, old[k]) for k in ("first_name", "last_name", "nickname")}
        sets["display_name"] = make_display_name(f["first_name"], f["last_name"], f["nickname"])
    sets["import_batch_id"] = bulk.batch_id
    sets["updated_at"] = bulk.stamp
    bulk.db.execute_sql(
        "UPDATE contact SET " + ", ".join(f"{k} = ?" for k in sets) + " WHERE id = ?",
        [*sets.values(), cid],
    )
    have = {
        (k, n): pos
        for k, n, pos in bulk.db.execute_sql(
            "SELECT kind, normalized, position FROM contact_detail WHERE contact_id = ?", (cid,)
        )
    }
    top: dict[str, int] = {}
    for (k, _), pos in have.items():
        top[k] = max(top.get(k, -1), pos)
    for kind, value, label, norm in p.details:
        if (kind, norm) not in have:
            top[kind] = top.get(kind, -1) + 1
            have[(kind, norm)] = top[kind]
            bulk.db.execute_sql(DETAIL_INSERT, (cid, kind, value, label, norm, top[kind]))
    for tag in p.rec.tags:
        if tag.strip():
            bulk.db.execute_sql(
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                (cid, bulk._tag(tag.strip())),
            )
    existing = {
        (k, lab, m, d, y)
        for k, lab, m, d, y in bulk.db.execute_sql(
            "SELECT kind, label, month, day, year FROM milestone WHERE contact_id = ?", (cid,)
        )
    }
    has_birthday = any(e[0] == "birthday" for e in existing)
    for ms in bulk._milestone_rows(cid, p):
        if (ms[4] == "birthday" and has_birthday) or (
            ms[4],
            ms[5],
            ms[6],
            ms[7],
            ms[8],
        ) in existing:
            continue
        bulk.db.execute_sql(MILESTONE_INSERT, ms)
    if p.rec.connected_on is not None and not bulk._scalar(
        "SELECT count(*) FROM interaction i JOIN interaction_contact ic ON ic.interaction_id = i.id "
        "WHERE ic.contact_id = ? AND i.summary = ?",
        (cid, LINKEDIN_SUMMARY),
    ):
        bulk._interaction(cid, p.rec.connected_on)
