"""Streaming vCard reader (2.1, 3.0 and 4.0) built on :mod:`vobject`.

The file is cut into cards line by line (``BEGIN:VCARD`` .. ``END:VCARD``), so memory holds one
card at a time and every record knows the line it starts on. Before vobject parses a card, lines
are unfolded, vCard 2.1 quoted-printable values are decoded (with their ``CHARSET``) and 2.1's
unescaped commas are escaped; photos and other binary properties are dropped. Apple's grouped
labels (``item1.EMAIL`` + ``item1.X-ABLabel``) and year-less birthdays (``--03-15``,
``X-APPLE-OMIT-YEAR``) are understood. A card vobject cannot parse becomes a rejected row.
"""

from __future__ import annotations

import os
import quopri
import re
from collections.abc import Iterator
from typing import Any, TextIO

import vobject

from relapp.errors import ValidationError
from relapp.interchange.errors import FormatError
from relapp.interchange.records import PROFILE_FIELDS, Detail, MilestoneRecord, Record
from relapp.interchange.textio import bounded_lines, open_text, sniff_encoding
from relapp.interchange.values import parse_date, split_name

MAX_CARD = 1024 * 1024  # characters of one card, binary properties excluded
SKIP = {"PHOTO", "LOGO", "SOUND", "KEY"}
_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)")
_IGNORED_TYPES = {"internet", "pref", "voice", "x400", "text", "msg", "uri"}
_TYPE_NAMES = {"cell": "mobile", "iphone": "mobile", "main": "main", "work": "work", "home": "home"}


def _unfold(lines: list[str]) -> list[str]:
    out: list[str] = []
    qp_open = False
    for raw in lines:
        line = raw.rstrip("\r\n")
        if qp_open and out:
            out[-1] = out[-1][:-1] + line
        elif line[:1] in (" ", "\t") and out:
            out[-1] += line[1:]
        elif line.strip():
            out.append(line)
        else:
            continue
        head = out[-1].split(":", 1)[0].upper()
        qp_open = "QUOTED-PRINTABLE" in head and out[-1].endswith("=")
    return out


def _escape(value: str, structured: bool) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = re.sub(r"(?<!\\),", r"\\,", value).replace("\n", "\\n")
    if not structured:
        value = re.sub(r"(?<!\\);", r"\\;", value)
    return value


def _prepare(lines: list[str], encoding: str) -> str:
    """Unfold, decode quoted-printable, escape 2.1 values: text vobject parses cleanly."""
    out = []
    version = "3.0"
    for line in _unfold(lines):
        head, sep, value = line.partition(":")
        m = _NAME.match(head)
        name = m.group(2).upper() if m else ""
        if name in SKIP or not sep:
            continue
        if name == "VERSION":
            version = value.strip()
        params = head.split(";")
        upper = [p.upper() for p in params]
        if any(p in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE") for p in upper):
            charset = next(
                (p.split("=", 1)[1] for p in params if p.upper().startswith("CHARSET=")), "utf-8"
            )
            raw = quopri.decodestring(value.encode("latin-1", "replace"))
            try:
                value = raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                value = raw.decode("utf-8" if encoding.startswith("utf") else "cp1252", "replace")
            params = [
                p
                for p, u in zip(params, upper, strict=True)
                if not u.startswith(("ENCODING=", "CHARSET=")) and u != "QUOTED-PRINTABLE"
            ]
            value = _escape(value, name in ("N", "ADR", "ORG"))
        elif version.startswith("2") and name not in ("CATEGORIES",):
            value = _escape(value, name in ("N", "ADR", "ORG"))
        if version.startswith("2"):
            params = [p for p in params if not p.upper().startswith("CHARSET=")]
        out.append(";".join(params) + ":" + value)
    return "\r\n".join(out) + "\r\n"


def _label(line: Any, group_labels: dict[str, str]) -> str:
    if line.group and line.group.lower() in group_labels:
        text = group_labels[line.group.lower()]
        m = re.match(r"^_\$!<(.*)>!\$_$", text)
        return m.group(1).strip().lower() if m else text.strip()
    types = [t.lower() for t in line.params.get("TYPE", [])] + [
        t.lower() for t in line.singletonparams
    ]
    types = [t for part in types for t in part.split(",")]
    for t in types:
        if t not in _IGNORED_TYPES:
            return _TYPE_NAMES.get(t, t)
    return ""


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value if _text(v))
    return str(value).strip() if value is not None else ""


def card_to_record(card: Any, line: int) -> Record:
    rec = Record(line=line)
    children = list(card.getChildren())
    group_labels = {
        c.group.lower(): _text(c.value) for c in children if c.name == "X-ABLABEL" and c.group
    }
    full = ""
    for c in children:
        name, value = c.name, c.value
        if name == "N":
            rec.first_name = " ".join(p for p in (_text(value.given), _text(value.additional)) if p)
            rec.last_name = _text(value.family)
        elif name == "FN":
            full = _text(value)
        elif name == "NICKNAME" and not rec.nickname:
            rec.nickname = _text(value)
        elif name == "ORG" and not rec.company:
            rec.company = _text(value[0] if isinstance(value, list) and value else value)
        elif name == "TITLE" and not rec.title:
            rec.title = _text(value)
        elif name == "NOTE":
            rec.notes = (rec.notes + "\n\n" + _text(value)).strip()
        elif name == "UID":
            rec.uid = re.sub(r"^urn:uuid:", "", _text(value), flags=re.I) or None
        elif name in ("EMAIL", "TEL", "URL"):
            text = _text(value)
            if name == "TEL":
                text = re.sub(r"^tel:", "", text, flags=re.I)
            if text:
                target = {"EMAIL": rec.emails, "TEL": rec.phones, "URL": rec.links}[name]
                target.append(Detail(text, _label(c, group_labels)))
        elif name == "CATEGORIES":
            for tag in value if isinstance(value, list) else [value]:
                if _text(tag) and _text(tag) not in rec.tags:
                    rec.tags.append(_text(tag))
        elif name in ("BDAY", "ANNIVERSARY", "X-ANNIVERSARY"):
            try:
                date = parse_date(_text(value), order="mdy")
                if date is not None and "X-APPLE-OMIT-YEAR" in c.params:
                    date = type(date)(date.month, date.day)
            except ValidationError as exc:
                rec.warn(f"{name}: {exc}; left out", column=name)
                continue
            if date is None:
                continue
            if name == "BDAY":
                rec.birthday = date
            else:
                rec.milestones.append(MilestoneRecord("custom", date, label="Anniversary"))
        elif name.startswith("X-RELAPP-"):
            key = name[len("X-RELAPP-") :].lower().replace("-", "_")
            if key in PROFILE_FIELDS:
                rec.extra[key] = _text(value)
    if not rec.first_name and not rec.last_name and full:
        rec.first_name, rec.last_name = split_name(full)
    if not rec.display_name and not rec.emails:
        rec.reject("the card has no name and no email address")
    return rec


class VcardReader:
    """Iterate over the contacts of a .vcf file. Construct through :func:`relapp.interchange.open_reader`."""

    kind = "vcard"
    format = "vcard"
    header: list[str] = []
    mapping: dict[str, str] = {}
    delimiter = ""

    def __init__(self, path: os.PathLike[str] | str, *, encoding: str | None = None) -> None:
        self.path = os.fspath(path)
        self.encoding = encoding or sniff_encoding(path)
        self._fh: TextIO | None = open_text(path, self.encoding)

    def __iter__(self) -> Iterator[Record]:
        assert self._fh is not None, "reader is closed"
        lines: list[str] | None = None
        size = 0
        start = 0
        skipping = False
        count = 0
        number = 0
        for number, line in enumerate(bounded_lines(self._fh, path=self.path), start=1):
            text = line.strip().upper()
            if lines is None:
                if text == "BEGIN:VCARD":
                    lines, size, start = [line], 0, number
                continue
            if text == "END:VCARD":
                count += 1
                yield self._card(lines, start)
                lines = None
                continue
            if text == "BEGIN:VCARD":  # unterminated card: close it and start a new one
                count += 1
                rec = Record(line=start)
                rec.reject("the card has no END:VCARD")
                yield rec
                lines, size, start = [line], 0, number
                continue
            if line[:1] in (" ", "\t"):
                if skipping:
                    continue
            else:
                head = _NAME.match(line)
                skipping = bool(head and head.group(2).upper() in SKIP)
                if skipping:
                    continue
            size += len(line)
            if size > MAX_CARD:
                raise FormatError(
                    "a vCard is larger than 1 MB (without its photo); this is not a contacts file",
                    line=number,
                    path=self.path,
                )
            lines.append(line)
        if lines is not None:
            count += 1
            rec = Record(line=start)
            rec.reject("the card has no END:VCARD")
            yield rec
        if count == 0:
            raise FormatError(
                "no vCard found (no BEGIN:VCARD line)", line=number or None, path=self.path
            )

    def _card(self, lines: list[str], start: int) -> Record:
        try:
            text = _prepare(lines[1:], self.encoding)
            card = vobject.readOne("BEGIN:VCARD\r\n" + text + "END:VCARD\r\n", allowQP=False)
            return card_to_record(card, start)
        except Exception as exc:  # vobject raises many types for broken cards
            rec = Record(line=start)
            rec.reject(
                f"cannot read this vCard ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"
            )
            return rec

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> VcardReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
