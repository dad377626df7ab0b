"""Readers on sample files in each format, checked field by field: Google (current and older
header), Outlook in Windows-1252, LinkedIn with its preamble, Thunderbird, a generic semicolon
CSV through a mapping, vCard 2.1 quoted-printable, Apple vCard 3.0 labels, vCard 4.0; encodings
and delimiters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from relapp.interchange import Detail, detect_format, open_reader
from relapp.services.dates import PartialDate
from tests.interchange import samples


def read(path: Path, **kwargs) -> list:  # type: ignore[no-untyped-def]
    with open_reader(path, **kwargs) as reader:
        return list(reader)


def test_google_current_header_multi_values_labels_and_yearless_birthday(tmp_path: Path) -> None:
    path = samples.google_new(tmp_path)
    assert detect_format(path) == "google"
    zoe, kwame = read(path)
    assert (zoe.first_name, zoe.last_name, zoe.nickname) == ("Zoë Marie", "Ångström", "Zo")
    assert (zoe.company, zoe.title) == ("Fjord Analytics", "Data Lead")
    assert zoe.emails == [
        Detail("zoe@fjord.example", "Work"),
        Detail("zoe.a@mail.example", "Work"),
        Detail("zoe@home.example", "Home"),
    ]
    assert zoe.phones == [Detail("+47 912 34 567", "Mobile")]
    assert zoe.links == [Detail("https://fjord.example/zoe", "Profile")]
    assert zoe.tags == ["Conference"]  # the system labels myContacts / starred are dropped
    assert zoe.birthday == PartialDate(3, 15)
    assert zoe.notes == 'Met at the "data" meetup\nSecond line'
    assert zoe.line == 2 and kwame.line == 4  # the quoted note spans two physical lines
    assert kwame.birthday == PartialDate(11, 2, 1979)
    assert kwame.emails == [Detail("kwame@baobab.example", "")]
    assert zoe.ok and kwame.ok and not zoe.problems


def test_google_older_header(tmp_path: Path) -> None:
    path = samples.google_old(tmp_path)
    (renee,) = read(path)
    assert detect_format(path) == "google"
    assert (renee.first_name, renee.last_name) == ("Renée", "Dubois")
    assert (renee.company, renee.title) == ("Atelier Dubois", "Founder")
    assert [e.value for e in renee.emails] == ["renee@dubois.example", "rd@old.example"]
    assert renee.emails[0].label == "Work"
    assert renee.phones == [Detail("+33 6 12 34 56 78", "Mobile")]
    assert renee.tags == ["My Contacts", "Clients"]
    assert renee.birthday == PartialDate(7, 4)
    assert renee.notes == "Likes tea"


def test_outlook_windows_1252_dates_and_anniversary(tmp_path: Path) -> None:
    path = samples.outlook_cp1252(tmp_path)
    with open_reader(path) as reader:
        assert reader.format == "outlook"
        assert reader.encoding == "cp1252"
        jose, francoise = list(reader)
    assert (jose.first_name, jose.last_name, jose.nickname) == ("José", "Núñez", "Pepe")
    assert (jose.company, jose.title) == ("Compañía Ibérica", "Director")
    assert jose.emails == [Detail("jose@nunez.example")]
    assert jose.phones == [Detail("+34 91 123 4567", "work"), Detail("+34 600 111 222", "mobile")]
    assert jose.birthday == PartialDate(3, 15, 1985)
    assert [(m.kind, m.label, m.date) for m in jose.milestones] == [
        ("custom", "Anniversary", PartialDate(6, 1, 2010))
    ]
    assert jose.tags == ["Clients", "VIP"]
    assert jose.notes == "Café con leche"
    assert (francoise.first_name, francoise.last_name, francoise.company) == (
        "Françoise",
        "Légère",
        "Crème SA",
    )
    assert francoise.birthday is None and francoise.milestones == []  # 0/0/00 means "no date"
    assert not francoise.problems


def test_linkedin_preamble_connected_on_and_url(tmp_path: Path) -> None:
    path = samples.linkedin(tmp_path)
    with open_reader(path) as reader:
        assert reader.format == "linkedin"
        assert reader.header_line == 4
        priya, tomas = list(reader)
    assert (priya.first_name, priya.last_name, priya.company, priya.title) == (
        "Priya",
        "Raman",
        "Nimbus Cloud",
        "Staff Engineer",
    )
    assert priya.emails == []
    assert priya.links == [Detail("https://www.linkedin.com/in/priya-raman-example", "LinkedIn")]
    assert priya.connected_on == dt.date(2023, 3, 15)
    assert priya.line == 5
    assert (tomas.last_name, tomas.company) == ("O'Neill", "Green, Blue & Co")
    assert tomas.emails == [Detail("tomas@example.net")]
    assert tomas.connected_on == dt.date(2019, 1, 2)


def test_thunderbird_birth_parts(tmp_path: Path) -> None:
    (hana,) = read(samples.thunderbird(tmp_path))
    assert (hana.first_name, hana.last_name, hana.company, hana.title) == (
        "Hana",
        "Kobayashi",
        "Sakura Studio",
        "Designer",
    )
    assert [e.value for e in hana.emails] == ["hana@kobayashi.example", "hk@alt.example"]
    assert hana.phones == [Detail("+81 3 1234 5678", "work")]
    assert hana.birthday == PartialDate(7, 21, 1990)
    assert hana.notes == "Prefers email"
    assert hana.links == [Detail("https://sakura.example")]


def test_generic_csv_semicolons_bom_and_guessed_mapping(tmp_path: Path) -> None:
    path = samples.generic_semicolon(tmp_path)
    with open_reader(path) as reader:
        assert (reader.format, reader.delimiter, reader.encoding) == ("csv", ";", "utf-8-sig")
        assert reader.mapping["Prénom"] == "first_name" and reader.mapping["Courriel"] == "email"
        elodie, luc = list(reader)
    assert (elodie.first_name, elodie.last_name, elodie.company) == (
        "Élodie",
        "Durand",
        "Boulangerie Durand",
    )
    assert elodie.phones == [Detail("01 23 45 67 89")]
    assert luc.company == "Martin; Fils"


def test_generic_csv_with_an_explicit_mapping(tmp_path: Path) -> None:
    path = tmp_path / "people.tsv"
    path.write_text(
        "Who\tReach\tWhere\nAda Lovelace\tada@engine.example\tAnalytical\n", encoding="utf-8"
    )
    mapping = {"Who": "full_name", "Reach": "email:work", "Where": "company"}
    (ada,) = read(path, format="csv", mapping=mapping)
    assert (ada.first_name, ada.last_name, ada.company) == ("Ada", "Lovelace", "Analytical")
    assert ada.emails == [Detail("ada@engine.example", "work")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "utf-8"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(
        "First Name,Last Name,Email\r\nSøren,Kierkegård,s@k.example\r\n".encode(encoding)
    )
    (rec,) = read(path)
    assert (rec.first_name, rec.last_name) == ("Søren", "Kierkegård")


def test_vcard21_quoted_printable(tmp_path: Path) -> None:
    path = samples.vcard21_qp(tmp_path)
    assert detect_format(path) == "vcard"
    (rec,) = read(path)
    assert (rec.first_name, rec.last_name) == ("Jürgen", "Müller")
    assert rec.company == "Straße & Co."
    assert rec.phones == [Detail("+49 30 1234567", "work")]
    assert rec.emails == [Detail("juergen@mueller.example", "")]
    assert rec.notes == "Erste Zeile, mit Komma\nZweite Zeile ä"


def test_vcard30_apple_labels_photo_and_yearless_birthdays(tmp_path: Path) -> None:
    chidi, eleanor = read(samples.vcard30_apple(tmp_path))
    assert (chidi.first_name, chidi.last_name, chidi.company, chidi.title) == (
        "Chidi",
        "Okafor",
        "Eleanor Labs",
        "Professor",
    )
    assert chidi.emails == [
        Detail("chidi@eleanor.example", "School"),
        Detail("chidi@home.example", "other"),
    ]
    assert chidi.phones == [Detail("+1 (555) 010-2000", "mobile")]
    assert chidi.birthday == PartialDate(3, 15)  # X-APPLE-OMIT-YEAR
    assert chidi.tags == ["Philosophy", "Friends"]
    assert chidi.uid == "0e6f1a52-3c1b-4b61-9a57-0a3a7b0f0001"
    assert chidi.line == 1 and eleanor.line == 19
    assert eleanor.birthday == PartialDate(7, 4)


def test_vcard40(tmp_path: Path) -> None:
    (ana,) = read(samples.vcard40(tmp_path))
    assert ana.uid == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert ana.emails == [Detail("ana@lima.example", "work")]
    assert ana.phones == [Detail("+55-11-91234-5678", "mobile")]
    assert ana.birthday == PartialDate(3, 15)
    assert [(m.label, m.date) for m in ana.milestones] == [("Anniversary", PartialDate(6, 1, 2010))]


def test_unparsable_birthday_is_a_warning_not_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("Name,Email,Birthday\nAl Kay,al@k.example,31/02/1990\n", encoding="utf-8")
    (rec,) = read(path)
    assert rec.ok and rec.birthday is None
    assert "not a date" in rec.problems[0].message
