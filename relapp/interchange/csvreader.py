"""Streaming CSV reader: one :class:`Record` per row, never the whole file in memory.

Opening finds the encoding, skips a preamble (LinkedIn's ``Notes:`` lines), sniffs the delimiter
from the header line (comma, semicolon or tab), recognises the format and picks its column
mapping. Iterating parses one row at a time with the :mod:`csv` module (quoted multi-line fields
included) and applies the mapping. A row whose number of fields differs from the header is a
*fatal* row problem (rejected, with its line number), so the rest stays importable; damage that
makes the file unreadable (a field over the csv limit, binary data) is a :class:`FormatError`.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
from collections.abc import Iterator
from typing import TextIO

from relapp.errors import ValidationError
from relapp.interchange import csvformats as formats
from relapp.interchange.errors import FormatError
from relapp.interchange.records import Detail, MilestoneRecord, Record
from relapp.interchange.textio import bounded_lines, open_text, sniff_encoding
from relapp.interchange.values import (
    clean_phone,
    parse_date,
    parse_full_date,
    split_multi,
    split_name,
    unneutralise,
)
from relapp.services.dates import PartialDate, parse_partial_date

MAX_CELL = 100_000  # characters; the same limit the contact fields have
MAX_PREAMBLE = 50  # lines skipped at most before the header
_TEXT_TARGETS = frozenset(
    ("first_name", "middle_name", "last_name", "full_name", "nickname", "company", "title", "uid")
    + tuple(f for f in formats.PROFILE_FIELDS)
)
CSV_FORMATS = ("google", "outlook", "linkedin", "thunderbird", "csv", "relapp")


def _sniff_delimiter(line: str) -> str:
    outside = re.sub(r'"[^"]*"', "", line)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class CsvReader:
    """Iterate over the contacts of a CSV file. Construct through :func:`relapp.interchange.open_reader`."""

    kind = "csv"

    def __init__(
        self,
        path: os.PathLike[str] | str,
        *,
        format: str = "auto",
        mapping: dict[str, str] | None = None,
        encoding: str | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self.encoding = encoding or sniff_encoding(path)
        self.last_row: list[str] = []  # the raw cells of the row last yielded (for previews)
        self._fh: TextIO | None = open_text(path, self.encoding)
        try:
            self._open(format, mapping)
        except BaseException:
            self.close()
            raise

    def _open(self, fmt: str, mapping: dict[str, str] | None) -> None:
        assert self._fh is not None
        lines = bounded_lines(self._fh, path=self.path)
        skipped = 0
        header_line = None
        in_notes = False
        for line in lines:
            text = line.strip().lstrip("\ufeff")
            if text.startswith("Notes:") and skipped == 0:
                in_notes = True
            elif in_notes and text and not formats.looks_like_header(text.split(",")):
                pass  # LinkedIn's explanation, one quoted paragraph
            elif text:
                header_line = line.lstrip("\ufeff")
                break
            else:
                in_notes = False
            skipped += 1
            if skipped > MAX_PREAMBLE:
                break
        if header_line is None:
            raise FormatError(
                "the file is empty" if skipped < MAX_PREAMBLE else "no header line found",
                path=self.path,
            )
        self.delimiter = _sniff_delimiter(header_line)
        self._offset = skipped
        self._rows = csv.reader(itertools.chain([header_line], lines), delimiter=self.delimiter)
        self.header_line = skipped + 1
        try:
            header = next(self._rows)
        except csv.Error as exc:
            raise FormatError(
                f"cannot read the header ({exc})", line=self.header_line, path=self.path
            ) from None
        self.header = [h.strip() for h in header]
        detected = formats.detect(self.header)
        self.format = detected if fmt == "auto" else fmt
        if self.format not in CSV_FORMATS:
            raise FormatError(f"unknown CSV format {fmt!r}", path=self.path)
        if self.format == "relapp":
            missing = [c for c in formats.RELAPP_COLUMNS if c not in self.header]
            if missing:
                raise FormatError(
                    f"not a relapp CSV file (missing columns: {', '.join(missing)})", path=self.path
                )
            self.mapping: dict[str, str] = {c: c for c in self.header}
            self.style = formats.CsvStyle(unneutralise=True)
        else:
            self.mapping = (
                dict(mapping)
                if mapping is not None
                else formats.default_mapping(self.format, self.header)
            )
            self.style = formats.STYLES[self.format]
            if self.format == "google":
                self.style = formats.CsvStyle(drop_tags=self.style.drop_tags, unneutralise=True)
            if not formats.has_name_or_email(self.mapping):
                raise FormatError(
                    "no column holds a name or an email address; choose the column mapping "
                    f"(columns: {', '.join(self.header[:12])})",
                    path=self.path,
                )
        self._plan = self._compile()

    def _compile(self) -> list[tuple[int, str, str, int]]:
        """(column index, target base, fixed label, paired label column or -1) per mapped column."""
        plan = []
        self._text_plan: list[tuple[int, str]] = []
        pending: dict[str, int] = {}
        for i, name in enumerate(self.header):
            target = self.mapping.get(name, self.mapping.get(self.header[i], ""))
            if not target:
                continue
            base, _, label = target.partition(":")
            if base.endswith("_label"):
                pending[base[:-6]] = i
                continue
            paired = pending.pop(base, -1) if base in ("email", "phone", "link") else -1
            if base in _TEXT_TARGETS:
                self._text_plan.append((i, base))
            else:
                plan.append((i, base, label, paired))
        self._has_profile = any(base in formats.PROFILE_FIELDS for _, base in self._text_plan)
        self._tag_split = re.compile(self.style.tag_separators).split
        return plan

    # --- iteration -------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Record]:
        rows = self._rows
        width = len(self.header)
        seen_any = False
        last = self.header_line
        relapp = self.format == "relapp"
        limit = csv.field_size_limit()
        while True:
            start = self._offset + rows.line_num + 1
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as exc:
                line = self._offset + rows.line_num
                msg = str(exc)
                if "field larger than field limit" in msg:
                    msg = (
                        f"a field is longer than {limit:,} characters; this is not a contacts file"
                    )
                raise FormatError(msg, line=line, path=self.path) from None
            last = self._offset + rows.line_num
            if not "".join(row).strip():
                continue
            seen_any = True
            rec = Record(line=start)
            if len(row) != width:
                if len(row) > width and not any(c.strip() for c in row[width:]):
                    row = row[:width]
                else:
                    rec.reject(f"has {len(row)} fields, the header has {width}")
                    row = (row + [""] * width)[:width]
            if max(map(len, row)) > MAX_CELL:
                for i, cell in enumerate(row):
                    if len(cell) > MAX_CELL:
                        rec.reject(
                            f"column {self.header[i]!r} is too long ({len(cell):,} characters)",
                            column=self.header[i],
                        )
                        row[i] = ""
            try:
                if relapp:
                    self._fill_relapp(rec, row)
                else:
                    self._fill(rec, row)
            except (ValidationError, ValueError) as exc:  # defensive: a value parser slipped
                rec.reject(str(exc))
            if not (rec.first_name or rec.last_name or rec.nickname or rec.emails) and rec.ok:
                rec.reject("no name and no email address")
            self.last_row = row
            yield rec
        if not seen_any:
            raise FormatError("the file has a header but no contacts", line=last, path=self.path)

    def _fill(self, rec: Record, row: list[str]) -> None:
        style = self.style
        unneutral = style.unneutralise
        texts: dict[str, str] = {}
        birth: dict[str, str] = {}
        for i, base in self._text_plan:  # the common columns: plain text
            cell = row[i]
            if cell:
                cell = cell.strip()
                if unneutral:
                    cell = unneutralise(cell).strip()
                if cell and base not in texts:
                    texts[base] = cell
        for i, base, label, paired in self._plan:
            cell = row[i].strip()
            if unneutral:
                cell = unneutralise(cell).strip()
            if not cell:
                continue
            if base in ("email", "phone", "link"):
                target = (
                    rec.emails if base == "email" else rec.phones if base == "phone" else rec.links
                )
                if paired < 0 and style.multi not in cell:
                    target.append(Detail(clean_phone(cell) if base == "phone" else cell, label))
                    continue
                labels = split_multi(row[paired], style.multi) if paired >= 0 else []
                lab = (labels[0] if labels else label).lstrip("* ").strip()
                for v in split_multi(cell, style.multi):
                    target.append(Detail(clean_phone(v) if base == "phone" else v, lab))
            elif base == "tags":
                for tag in self._tag_split(cell):
                    tag = tag.strip().lstrip("*").strip()
                    if tag and tag not in style.drop_tags and tag not in rec.tags:
                        rec.tags.append(tag)
            elif base in ("birthday", "anniversary"):
                try:
                    date = parse_date(cell, order=style.date_order)
                except ValidationError as exc:
                    rec.warn(f"{self.header[i]}: {exc}; left out", column=self.header[i])
                    continue
                if date is None:
                    continue
                if base == "birthday":
                    rec.birthday = date
                else:
                    rec.milestones.append(MilestoneRecord("custom", date, label="Anniversary"))
            elif base == "connected_on":
                try:
                    rec.connected_on = parse_full_date(cell, order=style.date_order)
                except ValidationError as exc:
                    rec.warn(f"{self.header[i]}: {exc}; left out", column=self.header[i])
            elif base in ("birth_year", "birth_month", "birth_day"):
                birth[base] = cell
            elif base == "notes":
                texts["notes"] = texts["notes"] + "\n\n" + cell if "notes" in texts else cell
        first = texts.get("first_name", "")
        if texts.get("middle_name"):
            first = f"{first} {texts['middle_name']}".strip()
        rec.first_name, rec.last_name = first, texts.get("last_name", "")
        if not rec.first_name and not rec.last_name and texts.get("full_name"):
            rec.first_name, rec.last_name = split_name(texts["full_name"])
        rec.nickname = texts.get("nickname", "")
        rec.company, rec.title, rec.notes = (
            texts.get("company", ""),
            texts.get("title", ""),
            texts.get("notes", ""),
        )
        rec.uid = texts.get("uid") or None
        if self._has_profile:
            for key in formats.PROFILE_FIELDS:
                if key in texts:
                    rec.extra[key] = texts[key]
        if birth and birth.get("birth_month") and birth.get("birth_day"):
            try:
                year = int(birth["birth_year"]) if birth.get("birth_year") else None
                rec.birthday = PartialDate(int(birth["birth_month"]), int(birth["birth_day"]), year)
            except (ValueError, ValidationError) as exc:
                rec.warn(f"birthday: {exc}; left out")

    def _fill_relapp(self, rec: Record, row: list[str]) -> None:
        cells = {name: unneutralise(row[i]) for i, name in enumerate(self.header)}
        rec.uid = cells["uid"].strip() or None
        rec.first_name, rec.last_name = cells["first_name"].strip(), cells["last_name"].strip()
        rec.nickname, rec.company, rec.title = cells["nickname"], cells["company"], cells["title"]
        rec.notes = cells["notes"]
        for key in formats.PROFILE_FIELDS:
            if cells.get(key, "") != "":
                rec.extra[key] = cells[key]
        for kind, target in (("email", rec.emails), ("phone", rec.phones), ("link", rec.links)):
            values = cells[kind + "s"].split("\n") if cells[kind + "s"] else []
            labels = cells[kind + "_labels"].split("\n") if cells[kind + "_labels"] else []
            for n, value in enumerate(values):
                if value.strip():
                    target.append(Detail(value, labels[n] if n < len(labels) else ""))
        rec.tags = [unneutralise(t) for t in cells["tags"].split("\n") if t.strip()]
        if cells["birthday"].strip():
            try:
                rec.birthday = parse_partial_date(cells["birthday"])
            except ValidationError as exc:
                rec.warn(f"birthday: {exc}; left out", column="birthday")
        if cells["milestones"].strip():
            try:
                items = json.loads(cells["milestones"])
                for m in items:
                    rec.milestones.append(
                        MilestoneRecord(
                            kind=str(m["kind"]),
                            date=parse_partial_date(str(m["date"])),
                            label=str(m.get("label", "")),
                            recurring=bool(m.get("recurring", True)),
                            lead_days=m.get("lead_days"),
                            note=str(m.get("note", "")),
                            uid=m.get("uid"),
                        )
                    )
            except (ValueError, TypeError, KeyError, AttributeError, ValidationError) as exc:
                rec.warn(f"milestones: cannot read ({exc}); left out", column="milestones")

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> CsvReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
