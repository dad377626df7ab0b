"""Versioned schema migrations, recorded in SQLite's ``user_version``.

Each migration is a function in :data:`MIGRATIONS`, applied in order inside one transaction; the
DDL is frozen here (never derived from the current models) so an old file always migrates the same
way. Before an existing database is migrated, a consistent copy is written to the backup folder.
A database whose version is newer than :data:`LATEST` is refused, never touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import peewee

from relapp.errors import DatabaseError

log = logging.getLogger(__name__)

V1_SCHEMA = """
CREATE TABLE "import_batch" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "source" TEXT NOT NULL, "format" VARCHAR(255) NOT NULL, "created_count" INTEGER NOT NULL, "merged_count" INTEGER NOT NULL, "skipped_count" INTEGER NOT NULL, "rejected_count" INTEGER NOT NULL, "undone_at" DATETIME, "undo_data" TEXT NOT NULL DEFAULT '');
CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "first_name" TEXT NOT NULL, "last_name" TEXT NOT NULL, "nickname" TEXT NOT NULL, "display_name" TEXT NOT NULL, "company" TEXT NOT NULL, "title" TEXT NOT NULL, "relationship" VARCHAR(255) NOT NULL, "how_met" TEXT NOT NULL, "location" TEXT NOT NULL, "timezone" TEXT NOT NULL, "works_on" TEXT NOT NULL, "excited_about" TEXT NOT NULL, "finds_hard" TEXT NOT NULL, "preferences" TEXT NOT NULL, "topics_next" TEXT NOT NULL, "notes" TEXT NOT NULL, "cadence_days" INTEGER, "archived" INTEGER NOT NULL, "last_interaction_at" DATETIME, "effective_cadence" INTEGER, "checkin_due" DATE, "checkin_snoozed_until" DATE, "reach_out_dismissed_until" DATE, "import_batch_id" INTEGER, FOREIGN KEY ("import_batch_id") REFERENCES "import_batch" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "contact_uid" ON "contact" ("uid");
CREATE INDEX "contact_display_name" ON "contact" ("display_name");
CREATE INDEX "contact_archived" ON "contact" ("archived");
CREATE INDEX "contact_last_interaction_at" ON "contact" ("last_interaction_at");
CREATE INDEX "contact_checkin_due" ON "contact" ("checkin_due");
CREATE INDEX "contact_import_batch_id" ON "contact" ("import_batch_id");
CREATE INDEX "contact_list_name" ON "contact" ("archived", "display_name" COLLATE NOCASE);
CREATE INDEX "contact_list_due" ON "contact" ("archived", "checkin_due");
CREATE INDEX "contact_list_last" ON "contact" ("archived", "last_interaction_at");
CREATE TABLE "contact_detail" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "value" TEXT NOT NULL, "label" TEXT NOT NULL, "normalized" TEXT NOT NULL, "position" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_detail_contact_id" ON "contact_detail" ("contact_id");
CREATE INDEX "contact_detail_normalized" ON "contact_detail" ("normalized");
CREATE INDEX "contact_detail_contact_id_kind_position" ON "contact_detail" ("contact_id", "kind", "position");
CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL COLLATE NOCASE, "cadence_days" INTEGER);
CREATE UNIQUE INDEX "tag_name" ON "tag" ("name");
CREATE TABLE "contact_tag" ("contact_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, PRIMARY KEY ("contact_id", "tag_id"), FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_tag_contact_id" ON "contact_tag" ("contact_id");
CREATE INDEX "contact_tag_tag_id" ON "contact_tag" ("tag_id");
CREATE TABLE "delivered" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, "delivered_at" DATETIME NOT NULL, "channel" VARCHAR(255) NOT NULL);
CREATE UNIQUE INDEX "delivered_key" ON "delivered" ("key");
CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "occurred_at" DATETIME NOT NULL, "kind" VARCHAR(255) NOT NULL, "summary" TEXT NOT NULL, "notes" TEXT NOT NULL, "initiated_by" VARCHAR(255), "milestone_uid" VARCHAR(255));
CREATE UNIQUE INDEX "interaction_uid" ON "interaction" ("uid");
CREATE INDEX "interaction_occurred_at" ON "interaction" ("occurred_at");
CREATE INDEX "interaction_milestone_uid" ON "interaction" ("milestone_uid");
CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "contact_id" INTEGER NOT NULL, "interaction_id" INTEGER, "text" TEXT NOT NULL, "direction" VARCHAR(255) NOT NULL, "due" DATE, "snoozed_until" DATETIME, "done_at" DATETIME, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "follow_up_uid" ON "follow_up" ("uid");
CREATE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id");
CREATE INDEX "follow_up_interaction_id" ON "follow_up" ("interaction_id");
CREATE INDEX "follow_up_due" ON "follow_up" ("due");
CREATE INDEX "follow_up_done_at" ON "follow_up" ("done_at");
CREATE TABLE "interaction_contact" ("interaction_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, "occurred_at" DATETIME NOT NULL, PRIMARY KEY ("interaction_id", "contact_id"), FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE INDEX "interaction_contact_interaction_id" ON "interaction_contact" ("interaction_id");
CREATE INDEX "interaction_contact_contact_id" ON "interaction_contact" ("contact_id");
CREATE INDEX "interaction_contact_contact_id_occurred_at" ON "interaction_contact" ("contact_id", "occurred_at");
CREATE TABLE "milestone" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "contact_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "label" TEXT NOT NULL, "month" INTEGER NOT NULL, "day" INTEGER NOT NULL, "year" INTEGER, "recurring" INTEGER NOT NULL, "lead_days" INTEGER, "note" TEXT NOT NULL, "month_day" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "milestone_uid" ON "milestone" ("uid");
CREATE INDEX "milestone_contact_id" ON "milestone" ("contact_id");
CREATE INDEX "milestone_month_day" ON "milestone" ("month_day");
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
"""

# v2: full-text search over contacts (names, company, title, emails/phones, tags, notes and the
# profile fields), with prefix indexes for search-as-you-type. Filled from existing contacts.
V2_SCHEMA = """
CREATE VIRTUAL TABLE "contact_search" USING fts5(
    name, company, title, details, tags, notes,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
"""


def _run_script(db: peewee.SqliteDatabase, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute_sql(statement)


def _v1(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V1_SCHEMA)


def _v2(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V2_SCHEMA)
    from relapp.store.search_index import rebuild_all  # frozen enough: only reads v1 columns

    rebuild_all(db)


# v3: indexes for the agenda at 100,000 contacts: overdue check-ins ranked in the index, and open
# follow-ups by due date without touching done ones. ANALYZE gives the planner the statistics it
# needs to choose them (and to keep "archived" from driving the milestone queries).
V3_SCHEMA = """
CREATE INDEX IF NOT EXISTS "contact_checkin_rank" ON "contact" ("archived", "checkin_due", "effective_cadence");
CREATE INDEX IF NOT EXISTS "follow_up_open_due" ON "follow_up" ("done_at", "due", "snoozed_until", "contact_id");
ANALYZE;
"""


def _v3(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V3_SCHEMA)


# v4: each contact's recent activity as day numbers (days since 1970-01-01 of the local date),
# so every contact's health band is one pass over a narrow covering index instead of aggregating
# a million interaction links: the last interaction, the third most recent, the third most recent
# with a known starter, and the last one each side started. Interaction counts in a window follow
# from them (three or more in the last 90 days <=> the third most recent is inside it). Filled
# from the existing interactions; services.checkins.refresh keeps them current afterwards.
# Overdue promises of mine are counted per contact from a covering index.
V4_SCHEMA = """
ALTER TABLE "contact" ADD COLUMN "last_day" INTEGER;
ALTER TABLE "contact" ADD COLUMN "third_last_day" INTEGER;
ALTER TABLE "contact" ADD COLUMN "started_third_day" INTEGER;
ALTER TABLE "contact" ADD COLUMN "started_me_day" INTEGER;
ALTER TABLE "contact" ADD COLUMN "started_them_day" INTEGER;
UPDATE "contact" SET "last_day" =
  CAST(julianday(substr("last_interaction_at", 1, 10)) - 2440587.5 AS INTEGER);
WITH links AS (
  SELECT ic.contact_id AS cid, ic.occurred_at AS at, i.initiated_by AS ib,
         row_number() OVER (PARTITION BY ic.contact_id ORDER BY ic.occurred_at DESC) AS n,
         row_number() OVER (PARTITION BY ic.contact_id, coalesce(i.initiated_by IN ('me', 'them'), 0)
                            ORDER BY ic.occurred_at DESC) AS k
  FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
), act AS (
  SELECT cid,
         max(CASE WHEN n = 3 THEN at END) AS third,
         max(CASE WHEN k = 3 AND ib IN ('me', 'them') THEN at END) AS started_third,
         max(CASE WHEN ib = 'me' THEN at END) AS me,
         max(CASE WHEN ib = 'them' THEN at END) AS them
  FROM links GROUP BY cid
)
UPDATE "contact" SET
  "third_last_day" = CAST(julianday(substr(act.third, 1, 10)) - 2440587.5 AS INTEGER),
  "started_third_day" = CAST(julianday(substr(act.started_third, 1, 10)) - 2440587.5 AS INTEGER),
  "started_me_day" = CAST(julianday(substr(act.me, 1, 10)) - 2440587.5 AS INTEGER),
  "started_them_day" = CAST(julianday(substr(act.them, 1, 10)) - 2440587.5 AS INTEGER)
FROM act WHERE act.cid = "contact"."id";
CREATE INDEX IF NOT EXISTS "contact_health" ON "contact" ("archived", "last_day", "effective_cadence", "third_last_day", "started_third_day", "started_me_day", "started_them_day");
CREATE INDEX IF NOT EXISTS "follow_up_late" ON "follow_up" ("done_at", "direction", "due", "contact_id");
ANALYZE;
"""


def _v4(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V4_SCHEMA)


MIGRATIONS: list[tuple[int, str, Callable[[peewee.SqliteDatabase], None]]] = [
    (1, "initial schema", _v1),
    (2, "full-text search over contacts", _v2),
    (3, "indexes for the agenda", _v3),
    (4, "recent activity per contact, for health over everyone", _v4),
]
LATEST = MIGRATIONS[-1][0]


def schema_version(db: peewee.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: peewee.SqliteDatabase, *, path: Path, backup: bool = True) -> int:
    """Bring ``db`` to :data:`LATEST`. Returns the number of migrations applied."""
    current = schema_version(db)
    if current > LATEST:
        raise DatabaseError(
            f"{path} was written by a newer version of relapp (schema {current}, this version "
            f"understands up to {LATEST}); please update relapp"
        )
    pending = [m for m in MIGRATIONS if m[0] > current]
    if not pending:
        return 0
    if current >= 1 and backup:
        from relapp.store.backup import backup_before_migration

        copy = backup_before_migration(db, path=path, from_version=current)
        log.info("backed up database before migration to %s", copy)
    for version, name, step in pending:
        log.info("migrating database to schema %d (%s)", version, name)
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
    return len(pending)
