"""Bad input gives one clear FormatError (never another exception), or a rejected row with its
line number when only that row is bad; hypothesis throws arbitrary bytes at the readers."""

from __future__ import annotations

import contextlib
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relapp.interchange import READ_FORMATS, FormatError, open_reader


def read_all(path: Path, fmt: str = "auto") -> list:  # type: ignore[no-untyped-def]
    with open_reader(path, fmt) as reader:
        return list(reader)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(FormatError, match="empty"):
        read_all(path)
    path.write_bytes(b"\r\n\r\n  \n")
    with pytest.raises(FormatError, match="empty"):
        read_all(path)


def test_header_only(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("First Name,Last Name,E-mail Address,Job Title\r\n", encoding="utf-8")
    with pytest.raises(FormatError, match="header but no contacts") as info:
        read_all(path)
    assert info.value.line == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "PNG image"),
        (b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
        (bytes(range(256)) * 40, "binary"),
        (b"Name,Email\n" + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200, "binary"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "b.csv"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=message):
        read_all(path)


def test_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    # Invalid UTF-8, and 0x81 / 0x8D are undefined in Windows-1252: neither fits.
    path.write_bytes(b"Name,Email\n\x81\x8d\xe9t\x9d,x@y.example\n")
    with pytest.raises(FormatError, match="unknown text encoding"):
        read_all(path)


def test_oversize_field_is_refused_with_its_line_and_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("Name,Email,Notes\nAnn,ann@x.example,short\n")
        fh.write('Bob,bob@x.example,"' + "x" * (5 * 1024 * 1024) + '"\n')
    tracemalloc.start()
    try:
        with pytest.raises(FormatError, match="longer than") as info:
            read_all(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.line == 3
    assert peak < 8 * 1024 * 1024


def test_oversize_line_without_newlines(tmp_path: Path) -> None:
    path = tmp_path / "line.csv"
    path.write_text("Name,Email\n" + "a," * (1_200_000) + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match="longer than 2 MB") as info:
        read_all(path)
    assert info.value.line == 2


def test_ragged_rows_are_rejected_by_line_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        "Name,Email,Company\nAnn Lee,ann@x.example,Acme\nBob Ray,bob@x.example\n"
        "Cy Di,cy@x.example,Acme,extra,more\nDee Eff,dee@x.example,Initech,,\n",
        encoding="utf-8",
    )
    ann, bob, cy, dee = read_all(path)
    assert ann.ok and dee.ok
    assert (
        not bob.ok and bob.line == 3 and "has 2 fields, the header has 3" in bob.problems[0].message
    )
    assert not cy.ok and cy.line == 4 and "has 5 fields" in cy.problems[0].message


def test_no_name_column(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_text("Foo,Bar\n1,2\n", encoding="utf-8")
    with pytest.raises(FormatError, match="no column holds a name"):
        read_all(path)


def test_vcard_without_end_and_unreadable_card(tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ok Person\nN:Person;Ok;;;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nthis is not a property\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Cut Off\n",
        encoding="utf-8",
    )
    ok, broken, cut = read_all(path)
    assert ok.ok and (ok.first_name, ok.last_name) == ("Ok", "Person")
    assert not broken.ok and broken.line == 6
    assert not cut.ok and "END:VCARD" in cut.problems[0].message and cut.line == 10


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400), fmt=st.sampled_from(READ_FORMATS))
def test_arbitrary_bytes_raise_only_format_errors(tmp_path: Path, data: bytes, fmt: str) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    with contextlib.suppress(FormatError):
        read_all(path, fmt)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.lists(
        st.sampled_from(
            [
                *",;\t\"\n\r:=@ abcé'",
                "BEGIN:VCARD\n",
                "END:VCARD\n",
                "First Name",
                "E-mail Address",
                "N:",
                "BDAY:",
                "Notes:",
                "\x00",
                "--03-15",
            ]
        ),
        max_size=80,
    ).map("".join)
)
def test_arbitrary_csv_like_text_raises_only_format_errors(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.txt"
    path.write_text("First Name,Last Name,Email,Birthday\n" + text, encoding="utf-8")
    with contextlib.suppress(FormatError):
        read_all(path)
    path.write_text(text, encoding="utf-8")
    with contextlib.suppress(FormatError):
        read_all(path)
