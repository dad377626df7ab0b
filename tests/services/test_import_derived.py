"""The derived data an import writes with its rows (no rebuild pass): each new contact's search
index row and its check-in fields (effective cadence, due date, whatever else refresh derives)
must be exactly what ``search_index.rebuild_all`` and a full ``checkins.refresh`` produce, into an
empty database and into one that already holds contacts, tags with cadences, and merges."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from relapp import clock
from relapp.services import checkins, contact_list, contacts, importing, tags
from relapp.store import search_index
from relapp.store.db import database
from tests.interchange import samples

MIXED = (
    "First Name,Last Name,Email,Phone,Tags,Relationship,Check-in cadence (days),Archived,Notes,"
    "How we met,Location,Website,Connected On\n"
    "Hugo,Brandt,hugo@brandt.example,+49 30 1234567,BOARD,manager,,,Likes sailing,conference,Berlin,"
    "https://brandt.example,\n"
    "Inès,Vidal,ines@vidal.example,,alumni;board,client,,,,,,,2023-05-04\n"
    "Jon,Park,jon@park.example,,,mentor,0,,,,,,\n"
    "Kay,Lund,kay@lund.example,,,coworker,12,,,,,,2024-01-10\n"
    "Lea,Moss,,,,friend,,yes,,,,,\n"
    ",,nameless@solo.example,,Alumni;paused,,,,,,,,\n"
    # an existing contact's email: merged (its check-in and index row change too)
    "Old,Timer,old@timer.example,,newtag,,,,met again,,,,\n"
)
MAPPING = {
    "First Name": "first_name",
    "Last Name": "last_name",
    "Email": "email",
    "Phone": "phone",
    "Tags": "tags",
    "Relationship": "relationship",
    "Check-in cadence (days)": "cadence_days",
    "Archived": "archived",
    "Notes": "notes",
    "How we met": "how_met",
    "Location": "location",
    "Website": "link",
    "Connected On": "connected_on",
}


def index_rows() -> list[tuple[object, ...]]:
    return database.execute_sql(
        "SELECT rowid, name, company, title, details, tags, notes FROM contact_search ORDER BY rowid"
    ).fetchall()


def contact_rows() -> list[tuple[object, ...]]:
    """Every column, so a derived column that refresh fills is compared too."""
    return database.execute_sql("SELECT * FROM contact ORDER BY id").fetchall()


def assert_same_as_full_rebuild() -> None:
    index, due = index_rows(), contact_rows()
    with database.atomic():
        search_index.rebuild_all(database.obj)
        checkins.refresh()
    assert index_rows() == index
    assert contact_rows() == due


def search(text: str) -> set[str]:
    ids = [
        *contact_list.ordered_ids(contact_list.ContactFilter(text=text)),
        *contact_list.ordered_ids(contact_list.ContactFilter(text=text, archived=True)),
    ]
    return {contacts.get_contact(i).display_name for i in ids}


def import_all(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(MIXED, encoding="utf-8")
    importing.import_file(path=mixed, format="csv", mapping=MAPPING, skip_bad_rows=True)
    for sample in (
        samples.google_new,
        samples.outlook_cp1252,
        samples.linkedin,
        samples.vcard30_apple,
    ):
        importing.import_file(path=sample(tmp_path))


def test_import_into_an_empty_database_matches_a_full_rebuild(db, tmp_path: Path) -> None:
    clock.set_now(dt.date(2024, 6, 1))
    tags.set_tag_cadence(name="board", cadence_days=21)
    import_all(tmp_path)
    assert len(contact_rows()) > 10
    assert_same_as_full_rebuild()


def test_import_into_a_populated_database_matches_a_full_rebuild(db, tmp_path: Path) -> None:
    tags.set_tag_cadence(name="Board", cadence_days=21)
    tags.set_tag_cadence(name="alumni", cadence_days=90)
    tags.set_tag_cadence(name="paused", cadence_days=5)
    database.execute_sql("UPDATE tag SET cadence_days = 0 WHERE name = 'paused'")  # older data
    contacts.create_contact(
        first_name="Old", last_name="Timer", emails=["old@timer.example"], tags=["alumni"]
    )
    contacts.create_contact(first_name="Greta", last_name="Holm", company="Fjordworks")
    # a contact deleted without its index row being dropped must not block the id's reuse
    gone = contacts.create_contact(first_name="Temp", last_name="Orary")
    database.execute_sql("DELETE FROM contact WHERE id = ?", (gone,))
    import_all(tmp_path)
    assert_same_as_full_rebuild()
    # the search finds the old contacts and the new ones, by any indexed field
    assert search("Greta") == {"Greta Holm"}
    assert search("fjordworks") == {"Greta Holm"}
    assert search("hugo") == {"Hugo Brandt"}
    assert search("sailing berlin") == {"Hugo Brandt"}
    assert search("board") == {"Hugo Brandt", "Inès Vidal"}
    assert search("newtag") == {"Old Timer"}
    assert search("met again") == {"Old Timer"}
    assert search("temp") == set()
    old = contacts.get_contact(contacts.resolve_contact("Old Timer"))
    assert old.tags == ["alumni", "newtag"]
