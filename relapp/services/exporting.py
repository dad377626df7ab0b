"""Exporting contacts to a file: relapp CSV, Google CSV, vCard 3.0/4.0 (and iCalendar through
:mod:`relapp.services.ical_export`).

Contacts are read a page at a time and written one by one into a temporary file beside the
target, which then replaces the target with ``os.replace``: a failed or interrupted export never
leaves a half-written file. The file is created readable by the user alone (it holds personal
data). An unwritable path is a clear :class:`UserError`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from relapp.errors import UserError, ValidationError
from relapp.interchange import Detail, MilestoneRecord, Record, write
from relapp.interchange.records import PROFILE_FIELDS
from relapp.services.dates import PartialDate
from relapp.services.privacy import folder_is_shared
from relapp.store.db import database

EXPORT_FORMATS = ("csv", "google", "vcard", "vcard4", "ics")
EXTENSIONS = {".csv": "csv", ".vcf": "vcard", ".vcard": "vcard", ".ics": "ics"}
PAGE = 500


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    count: int


def format_for(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The export format: given, or inferred from the file extension."""
    if format:
        if format not in EXPORT_FORMATS:
            raise ValidationError(
                f"unknown export format {format!r} (choose from {', '.join(EXPORT_FORMATS)})",
                field="format",
            )
        return format
    ext = Path(path).suffix.lower()
    if ext not in EXTENSIONS:
        raise ValidationError(
            f"cannot tell the format from {Path(path).name!r}; give --format "
            f"({', '.join(EXPORT_FORMATS)})",
            field="format",
        )
    return EXTENSIONS[ext]


def _records(contact_ids: Sequence[int] | None, include_archived: bool) -> Iterator[Record]:
    db = database.obj
    if contact_ids is None:
        where = "" if include_archived else " WHERE archived = 0"
        ids = [
            r[0]
            for r in db.execute_sql(
                f"SELECT id FROM contact{where} ORDER BY display_name COLLATE NOCASE, id"
            )
        ]
    else:
        ids = list(contact_ids)
    cols = (
        "id",
        "uid",
        "first_name",
        "last_name",
        "nickname",
        "company",
        "title",
        "notes",
        *PROFILE_FIELDS,
    )
    for start in range(0, len(ids), PAGE):
        chunk = ids[start : start + PAGE]
        marks = ",".join("?" * len(chunk))
        recs: dict[int, Record] = {}
        for row in db.execute_sql(
            f"SELECT {', '.join(cols)} FROM contact WHERE id IN ({marks})", chunk
        ):
            c = dict(zip(cols, row, strict=True))
            extra = {k: ("" if c[k] is None else str(c[k])) for k in PROFILE_FIELDS}
            extra["archived"] = "1" if c["archived"] else ""
            recs[c["id"]] = Record(
                uid=c["uid"],
                first_name=c["first_name"],
                last_name=c["last_name"],
                nickname=c["nickname"],
                company=c["company"],
                title=c["title"],
                notes=c["notes"],
                extra={k: v for k, v in extra.items() if v},
            )
        for cid, kind, value, label in db.execute_sql(
            f"SELECT contact_id, kind, value, label FROM contact_detail WHERE contact_id IN ({marks}) "
            "ORDER BY contact_id, kind, position, id",
            chunk,
        ):
            getattr(
                recs[cid], {"email": "emails", "phone": "phones", "link": "links"}[kind]
            ).append(Detail(value, label))
        for cid, name in db.execute_sql(
            f"SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            f"WHERE ct.contact_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            recs[cid].tags.append(name)
        for cid, uid, kind, label, month, day, year, recurring, lead, note in db.execute_sql(
            "SELECT contact_id, uid, kind, label, month, day, year, recurring, lead_days, note FROM milestone "
            f"WHERE contact_id IN ({marks}) ORDER BY contact_id, month_day, id",
            chunk,
        ):
            date = PartialDate(month, day, year)
            if kind == "birthday":
                recs[cid].birthday = date
            recs[cid].milestones.append(
                MilestoneRecord(kind, date, label, bool(recurring), lead, note, uid)
            )
        for cid in chunk:
            if cid in recs:
                yield recs[cid]


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder")
    if not path.parent.is_dir():
        raise UserError(f"cannot write {path}: folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise UserError(f"cannot write {path}: no permission to write in {path.parent}")
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"cannot write {path}: the file is read-only")


def export_contacts(
    *,
    path: str | os.PathLike[str],
    format: str | None = None,
    excel: bool = False,
    contact_ids: Sequence[int] | None = None,
    include_archived: bool = True,
) -> ExportResult:
    """Write contacts to ``path``; ``excel`` writes CSV as UTF-8 with a BOM (for Excel)."""
    target = Path(path).expanduser()
    fmt = format_for(target, format)
    _check_target(target)
    if fmt == "ics":
        try:
            from relapp.services import ical_export  # type: ignore[attr-defined,unused-ignore]
        except ImportError:
            raise UserError("iCalendar export is not available in this version") from None
        return ExportResult(target, fmt, int(ical_export.export_ics(path=target)))
    encoding = "utf-8-sig" if excel and fmt in ("csv", "google") else "utf-8"
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            count = write(out, _records(contact_ids, include_archived), format=fmt)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise UserError(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        _discard(tmp)
        raise
    return ExportResult(target, fmt, count)


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def folder_shared(path: str | os.PathLike[str]) -> bool:
    """Whether other users can read the folder the file ``path`` goes into."""
    return folder_is_shared(Path(path).expanduser().parent)
