"""Importing contacts: plan (dry run), import, and undo, each in one transaction.

``import_file`` reads a file through :mod:`relapp.interchange` (streamed), matches every row
against existing contacts (uid, then email, then phone, then exact name), and creates, merges or
skips it as asked. Everything happens in ONE transaction: a cancel (``should_cancel`` returning
True, or the ``progress`` callback raising), a crash or a bad row the user chose not to skip
leaves the database exactly as it was. A dry run does the same work and rolls back, so the plan
is exactly what the import will do. Each real import is recorded as an ``ImportBatch`` ("last
imported" filter) and can be undone in one step with :func:`undo_import`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from relapp import clock
from relapp.errors import NotFoundError, UserError, ValidationError
from relapp.interchange import FormatError, Record, open_reader
from relapp.services.import_bulk import BulkImporter, Outcome, prepare
from relapp.services.import_undo import undo_batch
from relapp.store.db import database

log = logging.getLogger(__name__)

ON_DUPLICATE = ("merge", "skip", "create")
CHUNK = 1000
MAX_OUTCOMES = 2000  # rows listed in a result; the counts are always complete

__all__ = [
    "ON_DUPLICATE",
    "ImportCancelled",
    "ImportResult",
    "Outcome",
    "Preview",
    "import_file",
    "last_batch_id",
    "plan",
    "preview",
    "undo_import",
]


class ImportCancelled(UserError):
    """The user cancelled the import; nothing was written."""

    def __init__(self, message: str = "import cancelled; nothing was imported") -> None:
        super().__init__(message)


@dataclass
class ImportResult:
    path: str
    format: str
    dry_run: bool
    on_duplicate: str
    created: int = 0
    merged: int = 0
    skipped: int = 0
    rejected: int = 0
    rows: int = 0
    batch_id: int | None = None
    outcomes: list[Outcome] = field(default_factory=list)  # every row that was not a plain create
    more: int = 0  # outcomes left out of the list (beyond MAX_OUTCOMES)
    backup: str | None = None

    @property
    def warnings(self) -> int:
        return sum(1 for o in self.outcomes if o.warnings)

    def summary(self) -> str:
        if self.dry_run:
            return (
                f"{self.rows} rows: would create {self.created}, merge {self.merged}, "
                f"skip {self.skipped} duplicates, reject {self.rejected}"
            )
        return (
            f"{self.rows} rows: created {self.created}, merged {self.merged}, "
            f"skipped {self.skipped} duplicates, rejected {self.rejected}"
        )

    def detail_lines(self) -> list[str]:
        lines = []
        for o in self.outcomes:
            if o.action == "rejected":
                lines.append(f"line {o.line}: rejected {o.name or '(no name)'}: {o.reason}")
            elif o.action in ("merged", "skipped"):
                lines.append(
                    f"line {o.line}: {o.action} {o.name} into {o.match_name} (#{o.match_id}): {o.reason}"
                )
            elif o.reason:
                lines.append(f"line {o.line}: {o.name}: {o.reason}")
            for w in o.warnings:
                lines.append(f"line {o.line}: {o.name}: {w}")
        if self.more:
            lines.append(f"... and {self.more} more")
        return lines


@dataclass
class Preview:
    """The start of a file as the import wizard shows it."""

    format: str
    encoding: str
    delimiter: str
    header: list[str]
    mapping: dict[str, str]
    records: list[Record]
    truncated: bool
    examples: dict[str, str] = field(default_factory=dict)  # column -> first non-empty value
    problems: list[tuple[Record, list[str], list[str]]] = field(
        default_factory=list
    )  # (record, fatal, warnings)


class RejectedRowsError(UserError):
    """Some rows cannot be imported and the user did not choose to skip them: nothing was written."""


def preview(
    *,
    path: str | os.PathLike[str],
    format: str = "auto",
    mapping: dict[str, str] | None = None,
    limit: int = 50,
) -> Preview:
    """The detected format, the mapping and the first ``limit`` records of ``path``."""
    records: list[Record] = []
    truncated = False
    with open_reader(path, format, mapping) as reader:
        header = list(reader.header)
        examples = dict.fromkeys(header, "")
        try:
            for rec in reader:
                if len(records) >= limit:
                    truncated = True
                    break
                records.append(rec)
                raw = getattr(reader, "last_row", [])
                for name, cell in zip(header, raw, strict=False):
                    if not examples[name] and cell.strip():
                        examples[name] = cell.strip()
        except FormatError:
            if not records:
                raise
        problems = [
            (rec, check_record(rec), [p.message for p in rec.problems if not p.fatal])
            for rec in records
        ]
        return Preview(
            reader.format,
            reader.encoding,
            reader.delimiter,
            header,
            dict(reader.mapping),
            records,
            truncated,
            examples,
            problems,
        )


def _snapshot() -> str | None:
    """A backup before a real import, when the backups feature is installed."""
    try:
        from relapp.services import backups  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    snapshot = getattr(backups, "snapshot", None)
    if snapshot is None:
        return None
    result = snapshot(reason="import")
    return str(result) if result is not None else None


def import_file(
    *,
    path: str | os.PathLike[str],
    format: str = "auto",
    mapping: dict[str, str] | None = None,
    on_duplicate: str = "merge",
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    progress: Callable[[int], object] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    encoding: str | None = None,
    chunk_size: int = CHUNK,
    backup: bool = True,
) -> ImportResult:
    """Import (or with ``dry_run`` plan) the contacts in ``path``; see the module docstring.
    A real import first takes a backup (``backups.snapshot("import")``) unless ``backup`` is False."""
    if on_duplicate not in ON_DUPLICATE:
        raise ValidationError(
            f"on duplicate must be one of {', '.join(ON_DUPLICATE)}", field="on_duplicate"
        )
    path = os.fspath(path)
    reader = open_reader(path, format, mapping, encoding=encoding)
    result = ImportResult(
        path=path, format=reader.format, dry_run=dry_run, on_duplicate=on_duplicate
    )

    def record(o: Outcome) -> None:
        if len(result.outcomes) < MAX_OUTCOMES:
            result.outcomes.append(o)
        else:
            result.more += 1

    db = database.obj
    with reader:
        if not dry_run and backup:
            result.backup = _snapshot()
        with db.atomic() as txn:
            batch_id = int(
                db.execute_sql(
                    "INSERT INTO import_batch (created_at, source, format, created_count, merged_count, skipped_count, "
                    "rejected_count, undo_data) VALUES (?, ?, ?, 0, 0, 0, 0, '')",
                    (clock.now().strftime("%Y-%m-%d %H:%M:%S"), path, reader.format),
                ).lastrowid
            )
            bulk = BulkImporter(
                db,
                batch_id=batch_id,
                on_duplicate=on_duplicate,
                now=clock.now(),
                record_outcome=record,
            )
            chunk: list[Record] = []
            for rec in reader:
                chunk.append(rec)
                if len(chunk) >= chunk_size:
                    _step(bulk, chunk, result, progress, should_cancel)
                    chunk = []
            if chunk:
                _step(bulk, chunk, result, progress, should_cancel)
            bulk.finish()
            counts = bulk.counts
            result.created, result.merged = counts["created"], counts["merged"]
            result.skipped, result.rejected = counts["skipped"], counts["rejected"]
            if result.rejected and not skip_bad_rows and not dry_run:
                bad = [o for o in result.outcomes if o.action == "rejected"][:10]
                listing = "; ".join(f"line {o.line}: {o.reason}" for o in bad)
                more = (
                    f" (and {result.rejected - len(bad)} more)"
                    if result.rejected > len(bad)
                    else ""
                )
                raise RejectedRowsError(
                    f"{result.rejected} row(s) cannot be imported, so nothing was imported: {listing}{more}. "
                    "Fix them, or skip bad rows to import the rest"
                )
            db.execute_sql(
                "UPDATE import_batch SET created_count = ?, merged_count = ?, skipped_count = ?, rejected_count = ?, "
                "undo_data = ? WHERE id = ?",
                (
                    result.created,
                    result.merged,
                    result.skipped,
                    result.rejected,
                    bulk.undo_data(),
                    batch_id,
                ),
            )
            if dry_run or not (result.created or result.merged):
                txn.rollback()
            else:
                result.batch_id = batch_id
    return result


def _step(
    bulk: BulkImporter,
    chunk: list[Record],
    result: ImportResult,
    progress: Callable[[int], object] | None,
    should_cancel: Callable[[], bool] | None,
) -> None:
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()
    bulk.process(chunk)
    result.rows += len(chunk)
    if progress is not None:
        progress(result.rows)
    if should_cancel is not None and should_cancel():
        raise ImportCancelled()


def plan(**kwargs: object) -> ImportResult:
    """A dry run of :func:`import_file`: what would be created, merged, skipped, rejected."""
    return import_file(dry_run=True, **kwargs)  # type: ignore[arg-type]


def last_batch_id() -> int | None:
    """The most recent import that was not undone (for the "Last imported" filter)."""
    row = database.execute_sql(
        "SELECT id FROM import_batch WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return int(row[0]) if row else None


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    deleted: int
    restored: int


def undo_import(*, batch_id: int | None = None) -> UndoResult:
    """Undo an import (default: the last one) in one transaction."""
    if batch_id is None:
        batch_id = last_batch_id()
        if batch_id is None:
            raise NotFoundError("there is no import to undo")
    db = database.obj
    with db.atomic():
        deleted, restored = undo_batch(db, batch_id, when=clock.now().strftime("%Y-%m-%d %H:%M:%S"))
    return UndoResult(batch_id, deleted, restored)


def check_record(rec: Record) -> list[str]:
    """Why a record would be rejected (empty when it is fine): for previews."""
    if not rec.ok:
        return [p.message for p in rec.problems if p.fatal]
    try:
        prepare(rec)
    except ValidationError as exc:
        return [str(exc)]
    return []
