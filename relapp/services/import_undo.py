"""Undoing an import in one step: created contacts deleted, merged contacts put back.

Before the importer merges a row into an existing contact it saves the contact's state with
:func:`contact_state` (its columns, details, tags and milestones) into the batch's ``undo_data``.
:func:`undo_batch` deletes the contacts the batch created (an id range), the interactions it
created (another id range) and restores every merged contact from that saved state, all in one
transaction.
"""

from __future__ import annotations

import json
from typing import Any

from relapp.errors import NotFoundError, UserError
from relapp.fields import PROFILE_TEXT_FIELDS

_CONTACT_COLUMNS = (
    "first_name",
    "last_name",
    "nickname",
    "display_name",
    "company",
    "title",
    "relationship",
    *PROFILE_TEXT_FIELDS,
    "notes",
    "cadence_days",
    "archived",
    "updated_at",
    "import_batch_id",
)
_MILESTONE_COLUMNS = (
    "uid",
    "created_at",
    "updated_at",
    "kind",
    "label",
    "month",
    "day",
    "year",
    "recurring",
    "lead_days",
    "note",
    "month_day",
)


def contact_state(db: Any, contact_id: int) -> dict[str, Any]:
    """Everything a merge may change about a contact, as JSON-ready data."""
    row = db.execute_sql(
        f"SELECT {', '.join(_CONTACT_COLUMNS)} FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()
    details = db.execute_sql(
        "SELECT kind, value, label, normalized, position FROM contact_detail WHERE contact_id = ? ORDER BY id",
        (contact_id,),
    ).fetchall()
    tags = [
        r[0]
        for r in db.execute_sql(
            "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?",
            (contact_id,),
        )
    ]
    milestones = db.execute_sql(
        f"SELECT {', '.join(_MILESTONE_COLUMNS)} FROM milestone WHERE contact_id = ? ORDER BY id",
        (contact_id,),
    ).fetchall()
    return {
        "contact": dict(
            zip(
                _CONTACT_COLUMNS,
                [
                    str(v) if k == "updated_at" else v
                    for k, v in zip(_CONTACT_COLUMNS, row, strict=True)
                ],
                strict=True,
            )
        ),
        "details": [list(d) for d in details],
        "tags": tags,
        "milestones": [list(m) for m in milestones],
    }


def _restore(db: Any, contact_id: int, state: dict[str, Any]) -> bool:
    if not db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).fetchone():
        return False  # deleted since: nothing to put back
    c = state["contact"]
    db.execute_sql(
        "UPDATE contact SET " + ", ".join(f"{k} = ?" for k in c) + " WHERE id = ?",
        [*c.values(), contact_id],
    )
    db.execute_sql("DELETE FROM contact_detail WHERE contact_id = ?", (contact_id,))
    for d in state["details"]:
        db.execute_sql(
            "INSERT INTO contact_detail (contact_id, kind, value, label, normalized, position) VALUES (?,?,?,?,?,?)",
            (contact_id, *d),
        )
    db.execute_sql("DELETE FROM contact_tag WHERE contact_id = ?", (contact_id,))
    for name in state["tags"]:
        db.execute_sql("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
        db.execute_sql(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) SELECT ?, id FROM tag WHERE name = ?",
            (contact_id, name),
        )
    db.execute_sql("DELETE FROM milestone WHERE contact_id = ?", (contact_id,))
    for m in state["milestones"]:
        db.execute_sql(
            f"INSERT INTO milestone (contact_id, {', '.join(_MILESTONE_COLUMNS)}) VALUES (?{',?' * len(_MILESTONE_COLUMNS)})",
            (contact_id, *m),
        )
    return True


def undo_batch(db: Any, batch_id: int, *, when: str) -> tuple[int, int]:
    """Undo import batch ``batch_id`` inside the caller's transaction; returns (deleted, restored)."""
    from relapp.services import checkins
    from relapp.store import search_index

    row = db.execute_sql(
        "SELECT undo_data, undone_at FROM import_batch WHERE id = ?", (batch_id,)
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no import with id {batch_id}")
    if row[1]:
        raise UserError(f"import {batch_id} was already undone")
    data = json.loads(row[0] or "{}")
    lo, hi = data.get("created", [1, 0])
    ilo, ihi = data.get("interactions", [1, 0])
    # Ids are a range, and the rows carry the import's time stamp: a contact or interaction made
    # later that happens to reuse a freed id is never touched.
    stamp = data.get("stamp")
    same_import = " AND created_at = ?" if stamp else ""
    extra = (stamp,) if stamp else ()
    deleted_ids = [
        r[0]
        for r in db.execute_sql(
            f"SELECT id FROM contact WHERE id BETWEEN ? AND ?{same_import}", (lo, hi, *extra)
        )
    ]
    db.execute_sql(
        f"DELETE FROM interaction WHERE id BETWEEN ? AND ?{same_import}", (ilo, ihi, *extra)
    )
    db.execute_sql("CREATE TEMP TABLE IF NOT EXISTS undo_ids (id INTEGER PRIMARY KEY)")
    db.execute_sql("DELETE FROM undo_ids")
    db.cursor().executemany("INSERT INTO undo_ids (id) VALUES (?)", [(i,) for i in deleted_ids])
    # Interactions logged later with only these contacts go with them (as when deleting a contact).
    db.execute_sql(
        "DELETE FROM interaction WHERE id IN (SELECT ic.interaction_id FROM interaction_contact ic "
        "WHERE ic.contact_id IN (SELECT id FROM undo_ids)) AND NOT EXISTS (SELECT 1 FROM "
        "interaction_contact o WHERE o.interaction_id = interaction.id "
        "AND o.contact_id NOT IN (SELECT id FROM undo_ids))"
    )
    db.execute_sql("DELETE FROM contact WHERE id IN (SELECT id FROM undo_ids)")
    db.execute_sql("DELETE FROM undo_ids")
    restored = [
        int(cid) for cid, state in data.get("merged", {}).items() if _restore(db, int(cid), state)
    ]
    # Tags the import brought in and nobody uses any more go too.
    db.execute_sql(
        "DELETE FROM tag WHERE id > ? AND cadence_days IS NULL AND id NOT IN (SELECT tag_id FROM contact_tag)",
        (int(data.get("max_tag", 0)),),
    )
    db.execute_sql("UPDATE import_batch SET undone_at = ? WHERE id = ?", (when, batch_id))
    search_index.reindex(db, deleted_ids + restored)
    if restored:
        checkins.refresh(restored)
    return len(deleted_ids), len(restored)
