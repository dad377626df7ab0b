"""Contacts in and out of other tools: CSV (Google, Outlook, LinkedIn, Thunderbird, any CSV via a
column mapping, relapp's own) and vCard 2.1/3.0/4.0. No Qt, no database.

The public API::

    detect_format(path) -> "google" | "outlook" | "linkedin" | "thunderbird" | "csv" | "relapp" | "vcard"
    with open_reader(path, format="auto", mapping=None) as reader:
        for record in reader:          # streamed: one Record at a time
            record.problems, record.ok, record.line ...
    write(out, records, format="csv")  # csv (relapp), google, vcard (3.0), vcard4

Readers raise only :class:`~relapp.interchange.errors.FormatError` for bad input (empty, binary,
unknown encoding, a field over the size limit...); problems confined to one row are reported on
the :class:`~relapp.interchange.records.Record` itself.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from typing import Protocol, TextIO

from relapp.interchange.errors import FormatError
from relapp.interchange.records import TARGETS, Detail, MilestoneRecord, Problem, Record

READ_FORMATS = ("auto", "google", "outlook", "linkedin", "thunderbird", "csv", "relapp", "vcard")
WRITE_FORMATS = ("csv", "google", "vcard", "vcard4")

__all__ = [
    "READ_FORMATS",
    "TARGETS",
    "WRITE_FORMATS",
    "Detail",
    "FormatError",
    "MilestoneRecord",
    "Problem",
    "Reader",
    "Record",
    "detect_format",
    "open_reader",
    "write",
]


class Reader(Protocol):
    path: str
    format: str
    encoding: str
    header: list[str]
    mapping: dict[str, str]
    delimiter: str

    def __iter__(self) -> Iterator[Record]: ...
    def close(self) -> None: ...
    def __enter__(self) -> Reader: ...
    def __exit__(self, *exc: object) -> None: ...


def _looks_like_vcard(path: os.PathLike[str] | str, encoding: str) -> bool:
    from relapp.interchange.textio import bounded_lines, open_text

    with open_text(path, encoding) as fh:
        for n, line in enumerate(bounded_lines(fh, path=os.fspath(path))):
            if line.strip():
                return line.strip().upper() == "BEGIN:VCARD"
            if n > 50:
                break
    return False


def open_reader(
    path: os.PathLike[str] | str,
    format: str = "auto",
    mapping: dict[str, str] | None = None,
    *,
    encoding: str | None = None,
) -> Reader:
    """Open ``path`` for reading contacts. ``format="auto"`` detects it from the content;
    ``mapping`` (CSV column -> target, see TARGETS) overrides the format's own mapping."""
    from relapp.interchange.csvreader import CsvReader
    from relapp.interchange.textio import sniff_encoding
    from relapp.interchange.vcardreader import VcardReader

    if format not in READ_FORMATS:
        raise FormatError(f"unknown format {format!r} (choose from {', '.join(READ_FORMATS)})")
    if encoding is None:
        encoding = sniff_encoding(path)
    else:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise FormatError(f"unknown text encoding {encoding!r}") from None
    if format == "vcard" or (format == "auto" and _looks_like_vcard(path, encoding)):
        return VcardReader(path, encoding=encoding)
    return CsvReader(path, format=format, mapping=mapping, encoding=encoding)


def detect_format(path: os.PathLike[str] | str) -> str:
    """The format ``path`` is in (raises FormatError when it is no contacts file at all)."""
    with open_reader(path) as reader:
        return reader.format


def write(out: TextIO, records: Iterable[Record], *, format: str = "csv") -> int:
    """Write ``records`` to ``out`` in ``format``; returns how many were written."""
    from relapp.interchange import writers

    if format == "csv":
        return writers.write_relapp_csv(out, records)
    if format == "google":
        return writers.write_google_csv(out, records)
    if format in ("vcard", "vcard3"):
        return writers.write_vcard(out, records, version="3.0")
    if format == "vcard4":
        return writers.write_vcard(out, records, version="4.0")
    raise FormatError(f"unknown export format {format!r} (choose from {', '.join(WRITE_FORMATS)})")
