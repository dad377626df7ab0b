"""The bulk write path behind :mod:`relapp.services.importing`: records in, rows out, fast.

Records arrive in chunks. For each chunk the duplicate candidates are looked up in a handful of
indexed queries (:mod:`relapp.services.import_dedupe`) against the database, which already holds
the earlier chunks of the same import, so memory does not grow with the file. New contacts get ids assigned here and are written with ``cursor.executemany`` on
peewee's own connection (inside the caller's transaction), together with their search-index rows
and check-in fields, computed here exactly as ``search_index``/``checkins.refresh`` would (so an
import costs O(rows imported), not a rebuild of every contact). Merges, which are rare, go row by
row, save the contact's previous state for undo, and are reindexed and refreshed per chunk.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Callable, Sequence
from typing import Any

from relapp.errors import ValidationError
from relapp.fields import CONTACT_TEXT_FIELDS
from relapp.interchange.records import Record
from relapp.services import checkins
from relapp.services.import_dedupe import REASONS, Key, duplicate_keys, find_existing
from relapp.services.import_rows import Outcome, Prepared, UidSource, prepare
from relapp.services.import_undo import contact_state
from relapp.store import search_index
from relapp.store.models import MILESTONE_KINDS

__all__ = ["BulkImporter", "Outcome", "prepare"]

TEXT_COLUMNS = CONTACT_TEXT_FIELDS
# The fixed columns first, then every text field in TEXT_COLUMNS order (one itemgetter call).
CONTACT_INSERT = (
    "INSERT INTO contact (id, uid, created_at, updated_at, display_name, relationship, cadence_days, archived, "
    "import_batch_id, effective_cadence, checkin_due, "
    + ", ".join(CONTACT_TEXT_FIELDS)
    + ") VALUES ("
    + ",".join("?" * (11 + len(CONTACT_TEXT_FIELDS)))
    + ")"
)
_NAME_COLUMN = 4  # display_name in a CONTACT_INSERT row
_texts_of = operator.itemgetter(*CONTACT_TEXT_FIELDS)
# The search index's name and notes columns, as search_index._INDEX_SELECT concatenates them.
_names_of = operator.itemgetter("first_name", "last_name", "nickname")
_notes_of = operator.itemgetter(
    "notes",
    "how_met",
    "works_on",
    "excited_about",
    "finds_hard",
    "preferences",
    "topics_next",
    "location",
)
SEARCH_INSERT = search_index.INSERT_ROW
DETAIL_INSERT = "INSERT INTO contact_detail (contact_id, kind, value, label, normalized, position) VALUES (?,?,?,?,?,?)"
MILESTONE_INSERT = (
    "INSERT INTO milestone (uid, created_at, updated_at, contact_id, kind, label, month, day, year, recurring, "
    "lead_days, note, month_day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
LINKEDIN_SUMMARY = "Connected on LinkedIn"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class BulkImporter:
    """Writes prepared records in chunks inside the caller's transaction."""

    def __init__(
        self,
        db: Any,
        *,
        batch_id: int,
        on_duplicate: str,
        now: dt.datetime,
        record_outcome: Callable[[Outcome], None],
    ) -> None:
        self.db = db
        self.cur = db.cursor()
        self.batch_id = batch_id
        self.on_duplicate = on_duplicate
        self.stamp = now.strftime("%Y-%m-%d %H:%M:%S")
        self.record_outcome = record_outcome
        self.first_id = self.next_id = self._scalar("SELECT coalesce(max(id), 0) + 1 FROM contact")
        self.first_interaction = self.next_interaction = self._scalar(
            "SELECT coalesce(max(id), 0) + 1 FROM interaction"
        )
        self.was_empty = self.first_id == 1 and not self._scalar("SELECT count(*) FROM contact")
        self.max_tag = self._scalar("SELECT coalesce(max(id), 0) FROM tag")
        self.tag_ids: dict[str, int] = {}
        self.tag_info: dict[int, tuple[str, int | None]] = {}  # id -> (name, cadence_days)
        self.relationship_cadence = checkins.relationship_defaults()
        self.today = self.stamp[:10]
        # New contacts get their search row with their other rows; an index row left behind by
        # a contact deleted without reindexing would collide with a reused id.
        self.db.execute_sql("DELETE FROM contact_search WHERE rowid >= ?", (self.first_id,))
        self.undo: dict[str, dict[str, Any]] = {}
        self.counts = {"created": 0, "merged": 0, "skipped": 0, "rejected": 0}
        self.touched: set[int] = set()
        self.milestone_uids: set[str] = set()
        self.new_uid = UidSource()
        self._reset()

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.db.execute_sql(sql, params).fetchone()[0])

    def _reset(self) -> None:
        self.contacts: list[tuple[Any, ...]] = []
        self.details: list[tuple[Any, ...]] = []
        self.tags: list[tuple[int, int]] = []
        self.milestones: list[tuple[Any, ...]] = []
        self.interactions: list[tuple[Any, ...]] = []
        self.links: list[tuple[Any, ...]] = []
        self.search: list[tuple[Any, ...]] = []
        self.interacted: list[int] = []
        self.pending_from = self.next_id

    # --- one chunk -------------------------------------------------------------------------

    def process(self, records: list[Record]) -> None:
        keyed: list[tuple[Prepared, list[Key]]] = []
        for rec in records:
            if not rec.ok:
                self._reject(rec, "; ".join(p.message for p in rec.problems if p.fatal))
                continue
            try:
                p = prepare(rec)
            except ValidationError as exc:
                self._reject(rec, str(exc))
                continue
            keyed.append((p, duplicate_keys(p)))
        if not keyed:
            return
        found = find_existing(self.db, keyed)
        local: dict[tuple[str, str], int] = {}
        create_all = self.on_duplicate == "create"
        for p, keys in keyed:
            match, reason = None, ""
            for k, shown in keys:
                cid = local.get(k) or found.get(k)
                if (
                    cid
                    and k[0] != "uid"
                    and p.rec.uid
                    and cid >= self.first_id
                    and self._uid(cid) != p.rec.uid
                ):
                    continue  # two rows of the same file with different uids are different people
                if cid:
                    match, reason = cid, REASONS[k[0]].format(shown)
                    break
            if match is not None and not create_all:
                mname = self._name(match)
                if self.on_duplicate == "skip":
                    self.counts["skipped"] += 1
                    self.record_outcome(
                        Outcome(p.rec.line, p.name, "skipped", reason, match, mname, p.warnings)
                    )
                    continue
                self._merge(match, p)
                self.counts["merged"] += 1
                self.record_outcome(
                    Outcome(p.rec.line, p.name, "merged", reason, match, mname, p.warnings)
                )
                cid = match
            else:
                uid_free = (
                    p.rec.uid
                    and ("uid", p.rec.uid) not in found
                    and ("uid", p.rec.uid) not in local
                )
                cid = self._create(p, p.rec.uid if uid_free else None)
                self.counts["created"] += 1
                if p.warnings or match is not None:
                    why = (
                        f"created although {reason} as {self._name(match)}"
                        if match is not None
                        else ""
                    )
                    self.record_outcome(
                        Outcome(p.rec.line, p.name, "created", why, match, "", p.warnings)
                    )
            for k, _ in keys:
                local.setdefault(k, cid)
        self.flush()

    def _reject(self, rec: Record, reason: str) -> None:
        self.counts["rejected"] += 1
        self.record_outcome(
            Outcome(
                rec.line,
                rec.display_name or (rec.emails[0].value if rec.emails else ""),
                "rejected",
                reason,
            )
        )

    def _uid(self, cid: int) -> str:
        for row in reversed(self.contacts):
            if row[0] == cid:
                return str(row[1])
        r = self.db.execute_sql("SELECT uid FROM contact WHERE id = ?", (cid,)).fetchone()
        return str(r[0]) if r else ""

    def _name(self, cid: int) -> str:
        for row in reversed(self.contacts):
            if row[0] == cid:
                return str(row[_NAME_COLUMN])
        r = self.db.execute_sql("SELECT display_name FROM contact WHERE id = ?", (cid,)).fetchone()
        return str(r[0]) if r else ""

    def _tag(self, name: str) -> int:
        key = name.translate(_ASCII_LOWER)  # SQLite's NOCASE folds ASCII letters only
        tid = self.tag_ids.get(key)
        if tid is None:
            self.db.execute_sql("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
            tid, stored, cadence = self.db.execute_sql(
                "SELECT id, name, cadence_days FROM tag WHERE name = ?", (name,)
            ).fetchone()
            self.tag_ids[key] = tid
            self.tag_info[tid] = (stored, cadence)
        return int(tid)

    def _milestone_rows(self, cid: int, p: Prepared) -> list[tuple[Any, ...]]:
        rows = []
        s = self.stamp
        saved = next((m for m in p.rec.milestones if m.kind == "birthday"), None)
        if p.rec.birthday is not None:
            # relapp's own CSV also carries the birthday milestone: keep its uid, lead days, note.
            b = p.rec.birthday
            uid = (
                saved.uid
                if saved and saved.uid and not self._uid_taken(saved.uid)
                else self.new_uid()
            )
            lead = (
                saved.lead_days
                if saved and isinstance(saved.lead_days, int) and 0 <= saved.lead_days <= 60
                else None
            )
            rows.append(
                (
                    uid,
                    s,
                    s,
                    cid,
                    "birthday",
                    "",
                    b.month,
                    b.day,
                    b.year,
                    1,
                    lead,
                    saved.note.strip() if saved else "",
                    b.month * 100 + b.day,
                )
            )
        for m in p.rec.milestones:
            if m.kind == "birthday":
                continue
            if m.kind not in MILESTONE_KINDS:
                p.warnings.append(f"milestone kind {m.kind!r} not supported; left out")
                continue
            if not m.recurring and m.date.year is None:
                p.warnings.append("a one-off milestone without a year; left out")
                continue
            lead = m.lead_days if isinstance(m.lead_days, int) and 0 <= m.lead_days <= 60 else None
            m_uid = m.uid if m.uid and not self._uid_taken(m.uid) else None
            d = m.date
            rows.append(
                (
                    m_uid or self.new_uid(),
                    s,
                    s,
                    cid,
                    m.kind,
                    m.label.strip(),
                    d.month,
                    d.day,
                    d.year,
                    1 if m.recurring else 0,
                    lead,
                    m.note.strip(),
                    d.month * 100 + d.day,
                )
            )
        return rows

    def _uid_taken(self, uid: str) -> bool:
        if uid in self.milestone_uids:
            return True
        self.milestone_uids.add(uid)
        return bool(self._scalar("SELECT count(*) FROM milestone WHERE uid = ?", (uid,)))

    def _interaction(self, cid: int, when: dt.date) -> None:
        iid = self.next_interaction
        self.next_interaction += 1
        at = f"{when.isoformat()} 12:00:00"
        self.interactions.append(
            (
                iid,
                self.new_uid(),
                self.stamp,
                self.stamp,
                at,
                "other",
                LINKEDIN_SUMMARY,
                "",
                None,
                None,
            )
        )
        self.links.append((iid, cid, at))

    def _create(self, p: Prepared, uid: str | None) -> int:
        cid = self.next_id
        self.next_id += 1
        texts = p.texts
        rec = p.rec
        if rec.tags:
            tag_ids = list(dict.fromkeys(self._tag(n) for n in (t.strip() for t in rec.tags) if n))
            for tid in tag_ids:
                self.tags.append((cid, tid))
            info = self.tag_info
            tag_names = " ".join(info[tid][0] for tid in sorted(tag_ids))
        else:
            tag_ids, tag_names = [], ""
        cadence, due = self._checkin(p, tag_ids)
        name = p.name
        self.contacts.append(
            (
                cid,
                uid or self.new_uid(),
                self.stamp,
                self.stamp,
                name,
                p.relationship,
                p.cadence,
                p.archived,
                self.batch_id,
                cadence,
                due,
                *_texts_of(texts),
            )
        )
        details = self.details
        if len(p.details) == 1:
            kind, value, label, norm = p.details[0]
            details.append((cid, kind, value, label, norm, 0))
            values = value
        else:
            positions: dict[str, int] = {}
            for kind, value, label, norm in p.details:
                pos = positions.get(kind, 0)
                positions[kind] = pos + 1
                details.append((cid, kind, value, label, norm, pos))
            values = " ".join(d[1] for d in p.details)
        # The text search_index.rebuild_all would index for this contact.
        first, last, nick = _names_of(texts)
        self.search.append(
            (
                cid,
                f"{first} {last} {nick} {name}".strip(" "),
                texts["company"],
                texts["title"],
                values,
                tag_names,
                " ".join(_notes_of(texts)),
            )
        )
        if rec.birthday is not None or rec.milestones:
            self.milestones.extend(self._milestone_rows(cid, p))
        if rec.connected_on is not None:
            self._interaction(cid, rec.connected_on)
            self.interacted.append(cid)  # its check-in follows from the interaction: refreshed
        return cid

    def _checkin(self, p: Prepared, tag_ids: list[int]) -> tuple[int | None, str | None]:
        """A new contact's effective cadence and check-in due date, exactly as
        :func:`relapp.services.checkins.refresh` computes them for a contact without
        interactions or snooze (one with an interaction is refreshed at the flush instead)."""
        if p.cadence is not None:
            cadence = p.cadence or None
        else:
            tag_cadences = [
                c for c in (self.tag_info[tid][1] for tid in tag_ids) if c is not None and c > 0
            ]
            if tag_cadences:
                cadence = min(tag_cadences)
            else:
                cadence = self.relationship_cadence.get(p.relationship, 0) or None
        return cadence, None if cadence is None or p.archived else self.today

    def _merge(self, cid: int, p: Prepared) -> None:
        from relapp.services.import_merge import merge_into

        if cid >= self.pending_from:
            self.flush()  # the match was created earlier in this chunk: write it first
        if cid < self.first_id and str(cid) not in self.undo:
            self.undo[str(cid)] = contact_state(self.db, cid)
        merge_into(self, cid, p)
        self.touched.add(cid)

    def flush(self) -> None:
        cur = self.cur
        if self.contacts:
            cur.executemany(CONTACT_INSERT, self.contacts)
            cur.executemany(SEARCH_INSERT, self.search)
        if self.details:
            cur.executemany(DETAIL_INSERT, self.details)
        if self.tags:
            cur.executemany(
                "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", self.tags
            )
        if self.milestones:
            cur.executemany(MILESTONE_INSERT, self.milestones)
        if self.interactions:
            cur.executemany(
                "INSERT INTO interaction (id, uid, created_at, updated_at, occurred_at, kind, summary, notes, "
                "initiated_by, milestone_uid) VALUES (?,?,?,?,?,?,?,?,?,?)",
                self.interactions,
            )
            cur.executemany(
                "INSERT INTO interaction_contact (interaction_id, contact_id, occurred_at) VALUES (?,?,?)",
                self.links,
            )
        if self.touched:  # merged contacts: their search row changes
            search_index.reindex(self.db, self.touched)
        if self.touched or self.interacted:
            checkins.refresh([*self.touched, *self.interacted])
        self.touched = set()
        self._reset()

    def finish(self) -> None:
        self.flush()

    def undo_data(self) -> str:
        return json.dumps(
            {
                "merged": self.undo,
                "interactions": [self.first_interaction, self.next_interaction - 1],
                "created": [self.first_id, self.next_id - 1],
                "max_tag": self.max_tag,
                "stamp": self.stamp,
            }
        )
