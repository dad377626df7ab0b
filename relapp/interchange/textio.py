"""Opening a contacts file as text: binary files refused, the encoding found, lines bounded.

:func:`sniff_encoding` looks at the bytes: a BOM (UTF-8, UTF-16), UTF-16 without a BOM (every
other byte zero), otherwise the whole file is checked as UTF-8 in 1 MB chunks (bounded memory)
and Windows-1252 is the fallback. A file that is neither is an "unknown encoding" error rather
than a page of garbled names. :func:`bounded_lines` yields lines and refuses absurdly long ones,
so a file without line breaks cannot make a reader hold it whole.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from typing import TextIO

from relapp.interchange.errors import FormatError

HEAD = 64 * 1024
MAX_LINE = 2 * 1024 * 1024  # characters; longer lines are not contacts
MAX_FILE = 2 * 1024 * 1024 * 1024

_MAGIC = {
    b"PK\x03\x04": "a ZIP archive (or an .xlsx/.docx file): export it as CSV first",
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Office file (.xls): export it as CSV first",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
}

# Bytes Windows-1252 leaves undefined: a file using them is in some other encoding.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _display(path: os.PathLike[str] | str) -> str:
    return os.fspath(path)


def sniff_encoding(path: os.PathLike[str] | str) -> str:
    """The Python codec name to read ``path`` with; raises FormatError for empty, binary or
    undecodable files."""
    name = _display(path)
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            head = fh.read(HEAD)
    except IsADirectoryError:
        raise FormatError("is a folder, not a file", path=name) from None
    except FileNotFoundError:
        raise FormatError("no such file", path=name) from None
    except OSError as exc:
        raise FormatError(f"cannot read the file ({exc.strerror or exc})", path=name) from None
    if size > MAX_FILE:
        raise FormatError("the file is larger than 2 GB; this is not a contacts export", path=name)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise FormatError("the file is empty", path=name)
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise FormatError(f"this is {what}, not a CSV or vCard file", path=name)
    if head.startswith(codecs.BOM_UTF8):
        return _check_whole(path, "utf-8-sig", name)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _check_whole(path, "utf-16", name)
    sample = head[: len(head) - len(head) % 2]
    if sample and sample[1::2].count(0) > len(sample) // 4 and sample[0::2].count(0) == 0:
        return _check_whole(path, "utf-16-le", name)
    if sample and sample[0::2].count(0) > len(sample) // 4 and sample[1::2].count(0) == 0:
        return _check_whole(path, "utf-16-be", name)
    if b"\x00" in head:
        raise FormatError("this looks like a binary file, not a CSV or vCard file", path=name)
    try:
        return _check_whole(path, "utf-8", name)
    except FormatError:
        pass
    return _check_whole(path, "cp1252", name)


def _check_whole(path: os.PathLike[str] | str, encoding: str, name: str) -> str:
    """Decode the whole file incrementally (1 MB at a time) to be sure of ``encoding``."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    controls = 0
    seen = 0
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(1024 * 1024)
            if encoding == "cp1252" and _CP1252_HOLES.intersection(chunk):
                raise FormatError(
                    "unknown text encoding (not UTF-8, UTF-16 or Windows-1252); save the file "
                    "as UTF-8 and try again",
                    path=name,
                )
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                raise FormatError(f"the file is not valid {encoding}", path=name) from None
            if seen < HEAD:
                controls += sum(1 for ch in text[:HEAD] if ord(ch) < 32 and ch not in "\r\n\t\f")
                seen += len(text)
            if not chunk:
                break
    if controls > max(8, seen // 100):
        raise FormatError("this looks like a binary file, not a CSV or vCard file", path=name)
    return encoding


def open_text(path: os.PathLike[str] | str, encoding: str) -> TextIO:
    """Open for reading as text with universal newlines left to the csv module."""
    try:
        return open(path, encoding=encoding, errors="strict", newline="")
    except OSError as exc:
        raise FormatError(
            f"cannot read the file ({exc.strerror or exc})", path=_display(path)
        ) from None


def bounded_lines(fh: TextIO, *, path: str = "", start: int = 0) -> Iterator[str]:
    """Yield the lines of ``fh``; a line longer than :data:`MAX_LINE` or a NUL character is a
    FormatError naming the line."""
    number = start
    while True:
        try:
            line = fh.readline(MAX_LINE)
        except UnicodeDecodeError:
            raise FormatError(
                "cannot be decoded in the detected encoding", line=number + 1, path=path
            ) from None
        if not line:
            return
        number += 1
        if len(line) >= MAX_LINE and not line.endswith(("\n", "\r")):
            raise FormatError(
                "the line is longer than 2 MB; this is not a contacts file", line=number, path=path
            )
        if "\x00" in line:
            raise FormatError("contains binary data (a NUL character)", line=number, path=path)
        yield line
