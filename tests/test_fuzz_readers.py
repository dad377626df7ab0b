"""Fuzzing every contacts reader (CSV: auto, Google, Outlook, LinkedIn, Thunderbird, generic,
relapp; vCard) with hypothesis: random bytes, CSV variants (delimiters, broken quoting, odd line
ends, every encoding), vCards (folding, parameters, quoted-printable, deep BEGIN nesting), control
characters and enormous fields. No input may raise anything but the readers' own FormatError, and
a huge one-line file is refused within bounded memory.

The CI budget is fixed (``fuzz-ci`` profile in tests/fuzzing.py, derandomized, about 15 s); the
long run is ``HYPOTHESIS_PROFILE=fuzz-long python -m pytest tests/test_fuzz_readers.py``. A
crashing input is also written to ``$RELAPP_FUZZ_OUT`` (default: the test's tmp folder) so it
can be handed to the readers' owner as a file.
"""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from relapp.interchange import READ_FORMATS, FormatError, open_reader
from tests.fuzzing import any_char, fuzz_settings, nasty_text

HEADERS = {
    "google": "First Name,Last Name,Nickname,Organization Name,Organization Title,Birthday,Notes,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value",
    "outlook": '"First Name","Last Name","E-mail Address","Mobile Phone","Company","Job Title","Birthday",'
    '"Categories","Notes"',
    "linkedin": "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "thunderbird": "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,"
    "Mobile Number,Organization,Job Title,Birth Year,Birth Month,Birth Day,Notes",
    "relapp": "uid,first_name,last_name,nickname,company,title,relationship,emails,phones,links,tags,birthday,"
    "cadence_days,notes",
    "generic": "name,email,phone,company,notes",
}
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1")
LINEDIN_PREAMBLE = 'Notes:\n"When exporting your connection data, you may notice..."\n\n'

cells = st.one_of(
    nasty_text,
    st.sampled_from(["", '"', '""', '"a,b"', "=cmd()", "1985-03-15", "--03-15", "0/0/00"]),
)


def encode(text: str, encoding: str) -> bytes:
    return text.encode(
        encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace"
    )


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    header = draw(
        st.sampled_from(sorted(HEADERS.values()))
        | st.lists(cells, min_size=1, max_size=8).map(",".join)
    )
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
    header = header.replace(",", delimiter)
    rows = draw(st.lists(st.lists(cells, max_size=20), max_size=15))
    quote = draw(st.booleans())
    lines = [header] + [
        delimiter.join(('"' + c.replace('"', '""') + '"') if quote else c for c in row)
        for row in rows
    ]
    text = newline.join(lines)
    if draw(st.booleans()):
        text = LINEDIN_PREAMBLE + text
    data = encode(text, draw(st.sampled_from(ENCODINGS)))
    return mutate(draw, data)


@st.composite
def vcard_files(draw: st.DrawFn) -> bytes:
    names = [
        "FN",
        "N",
        "EMAIL",
        "TEL",
        "ORG",
        "TITLE",
        "NOTE",
        "BDAY",
        "ANNIVERSARY",
        "CATEGORIES",
        "URL",
        "UID",
        "NICKNAME",
        "PHOTO",
        "X-SOCIALPROFILE",
        "item1.EMAIL",
        "ADR",
        "BEGIN",
        "END",
        "VERSION",
    ]
    params = [
        "",
        ";TYPE=work",
        ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE",
        ";ENCODING=b",
        ";VALUE=date",
        ';TYPE="a,b"',
        ";PREF=1",
        ";=;;",
        ";X-Y=\x00",
    ]
    cards = []
    depth = draw(st.integers(0, 3))
    for _ in range(draw(st.integers(0, 4))):
        version = draw(st.sampled_from(["2.1", "3.0", "4.0", "9", ""]))
        props = []
        for _ in range(draw(st.integers(0, 12))):
            value = draw(cells)
            if draw(st.integers(0, 9)) == 0:
                value = value + "=\r\n" + draw(cells)  # a quoted-printable soft break
            props.append(f"{draw(st.sampled_from(names))}{draw(st.sampled_from(params))}:{value}")
        body = "\r\n".join(props)
        if draw(st.booleans()):  # fold long lines the vCard way
            body = "\r\n ".join(body[i : i + 75] for i in range(0, len(body), 75))
        card = f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body}\r\n"
        card += "BEGIN:VCARD\r\n" * depth  # nesting that never ends
        if draw(st.integers(0, 4)):
            card += "END:VCARD\r\n"
        cards.append(card)
    text = "".join(cards) or "BEGIN:VCARD\r\n"
    data = encode(text, draw(st.sampled_from(ENCODINGS)))
    return mutate(draw, data)


def mutate(draw: st.DrawFn, data: bytes) -> bytes:
    """Now and then damage the bytes: flip some, cut the end, insert NULs or stray BOMs."""
    kind = draw(st.integers(0, 6))
    if kind == 1 and data:
        pos = draw(st.integers(0, len(data) - 1))
        data = data[:pos] + bytes([draw(st.integers(0, 255))]) + data[pos + 1 :]
    elif kind == 2 and data:
        data = data[: draw(st.integers(0, len(data)))]
    elif kind == 3:
        pos = draw(st.integers(0, len(data)))
        data = (
            data[:pos]
            + draw(st.sampled_from([b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\x80\x81", b"\r"]))
            + data[pos:]
        )
    return data


def read_all(path: Path, fmt: str) -> int:
    """Read every record the way the importer does; returns how many were read."""
    n = 0
    with open_reader(path, fmt) as reader:
        _ = (reader.format, reader.encoding, reader.header)
        for record in reader:
            _ = (record.ok, record.problems, record.line)
            n += 1
    return n


def check(data: bytes, tmp_path: Path, formats: tuple[str, ...] = READ_FORMATS) -> None:
    path = tmp_path / "input.dat"
    path.write_bytes(data)
    for fmt in formats:
        try:
            read_all(path, fmt)
        except FormatError:
            pass
        except Exception as exc:
            out = Path(os.environ.get("RELAPP_FUZZ_OUT", tmp_path))
            out.mkdir(parents=True, exist_ok=True)
            crash = out / f"reader-crash-{fmt}-{abs(hash(data)) % 10**8}.dat"
            crash.write_bytes(data)
            raise AssertionError(
                f"format {fmt!r} crashed on {crash} ({len(data)} bytes: {data[:200]!r})"
            ) from exc


@fuzz_settings(scale=1)
@given(data=st.binary(max_size=4096))
@example(data=b"")
@example(data=b"\x00" * 100)
@example(data=b"\xff\xfe" + b"\x00\xd8" * 10)  # UTF-16 BOM then lone surrogates
@example(data=b"BEGIN:VCARD\r\n" * 5000)
def test_random_bytes(tmp_path_factory, data: bytes) -> None:
    check(data, tmp_path_factory.mktemp("fuzz"))


@fuzz_settings(scale=2)
@given(data=csv_files())
def test_csv_variants(tmp_path_factory, data: bytes) -> None:
    check(
        data,
        tmp_path_factory.mktemp("fuzz"),
        ("auto", "google", "outlook", "linkedin", "thunderbird", "csv", "relapp"),
    )


@fuzz_settings(scale=2)
@given(data=vcard_files())
@example(
    data=b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + "\u00e9".encode() * 60000 + b"\r\nEND:VCARD\r\n"
)
@example(
    data=b"BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:=\r\n=\r\n=ZZ=\r\nEND:VCARD\r\n"
)
def test_vcard_variants(tmp_path_factory, data: bytes) -> None:
    check(data, tmp_path_factory.mktemp("fuzz"), ("auto", "vcard"))


@fuzz_settings(scale=0.5)
@given(cell=st.text(any_char, max_size=5), repeat=st.integers(50_000, 150_000))
def test_oversize_cells(tmp_path_factory, cell: str, repeat: int) -> None:
    big = (cell or "x") * repeat
    data = ("name,notes\nAda," + '"' + big.replace('"', '""') + '"\n').encode(
        "utf-8", "surrogatepass"
    )
    check(data, tmp_path_factory.mktemp("fuzz"), ("auto", "csv"))


ENORMOUS = {
    "one enormous line": b"name,notes\n" + b"a" * (3 * 1024 * 1024),
    "enormous quoted field": b'name,notes\nAda,"' + b"x" * (3 * 1024 * 1024),
    "enormous folded vCard": b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:"
    + b"y" * 70
    + b"\r\n z" * 1_200_000,
    "many columns": b",".join(b"c%d" % i for i in range(200_000)) + b"\n" + b"," * 200_000,
}


@pytest.mark.parametrize("name", sorted(ENORMOUS))
def test_enormous_inputs_are_refused_in_bounded_memory(tmp_path: Path, name: str) -> None:
    data = ENORMOUS[name]
    path = tmp_path / "big.dat"
    path.write_bytes(data)
    for fmt in ("auto", "csv", "vcard"):
        tracemalloc.start()
        try:
            read_all(path, fmt)
        except FormatError:
            pass
        finally:
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        # a reader may hold a line or a card, never many copies of the file
        assert peak < 12 * len(data) + 32 * 1024 * 1024, f"{name}/{fmt}: peak {peak / 1e6:.0f} MB"


CRASHES = Path(__file__).parent / "fuzz_crashes"


def test_known_crash_apostrophes(tmp_path: Path) -> None:
    """Once a RecursionError (a cell of ~3,000 apostrophes); now read like any other cell."""
    from relapp.interchange.values import neutralise, unneutralise

    assert unneutralise(neutralise("'" * 3000 + "=1")) == "'" * 3000 + "=1"
    check((CRASHES / "apostrophes-recursion.csv").read_bytes(), tmp_path, ("auto",))
