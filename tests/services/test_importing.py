"""Importing through the service on real database files: what lands where (birthdays as
milestones, LinkedIn's "Connected On" as the first interaction), duplicates (email, phone, name;
merge, skip, create), re-imports that create nothing twice, dry runs and cancels that leave the
database byte-for-byte as it was (compared with ``iterdump``), bad input, and undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from relapp.errors import UserError
from relapp.interchange import FormatError
from relapp.services import contacts, importing, interactions, milestones
from relapp.store.db import db_path
from tests.interchange import samples


def dump() -> list[str]:
    """The whole database as SQL text (FTS shadow tables included)."""
    conn = sqlite3.connect(str(db_path()))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def all_contacts() -> list[contacts.ContactInfo]:
    from relapp.services import contact_list

    ids = contact_list.ordered_ids(contact_list.ContactFilter()) + contact_list.ordered_ids(
        contact_list.ContactFilter(archived=True)
    )
    return [contacts.get_contact(i) for i in ids]


def by_name(name: str) -> contacts.ContactInfo:
    return contacts.get_contact(contacts.resolve_contact(name))


def test_google_import_fields_tags_birthday_milestone_and_search(db, tmp_path: Path) -> None:
    result = importing.import_file(path=samples.google_new(tmp_path))
    assert (result.created, result.merged, result.rejected) == (2, 0, 0)
    zoe = by_name("Zoë Marie Ångström")
    assert zoe.emails == ["zoe@fjord.example", "zoe.a@mail.example", "zoe@home.example"]
    assert zoe.tags == ["Conference"]
    assert zoe.birthday is not None and zoe.birthday.iso() == "--03-15"
    assert [m.kind for m in milestones.milestones_for(zoe.id)] == ["birthday"]
    assert contacts.find_by_name("Ångs")[0][0] == zoe.id  # the search index knows the new contacts
    assert importing.last_batch_id() == result.batch_id


def test_linkedin_connected_on_becomes_the_first_interaction(db, tmp_path: Path) -> None:
    importing.import_file(path=samples.linkedin(tmp_path))
    priya = by_name("Priya Raman")
    (first,) = interactions.timeline(priya.id)
    assert (first.kind, first.summary, first.occurred_at.date().isoformat()) == (
        "other",
        "Connected on LinkedIn",
        "2023-03-15",
    )
    assert priya.last_interaction_at is not None and priya.links == [
        "https://www.linkedin.com/in/priya-raman-example"
    ]
    again = importing.import_file(path=samples.linkedin(tmp_path), on_duplicate="merge")
    assert (again.created, again.merged) == (0, 2)
    assert len(interactions.timeline(priya.id)) == 1  # not connected twice


def test_outlook_anniversary_is_a_custom_milestone(db, tmp_path: Path) -> None:
    importing.import_file(path=samples.outlook_cp1252(tmp_path))
    jose = by_name("José Núñez")
    kinds = sorted((m.kind, m.label, m.date.iso()) for m in milestones.milestones_for(jose.id))
    assert kinds == [("birthday", "", "1985-03-15"), ("custom", "Anniversary", "2010-06-01")]


@pytest.mark.parametrize("mode", ["skip", "merge"])
@pytest.mark.parametrize(
    "sample",
    [
        samples.google_new,
        samples.outlook_cp1252,
        samples.linkedin,
        samples.vcard30_apple,
        samples.thunderbird,
    ],
)
def test_importing_the_same_file_twice_creates_no_duplicates(
    db, tmp_path: Path, sample, mode: str
) -> None:  # type: ignore[no-untyped-def]
    path = sample(tmp_path)
    first = importing.import_file(path=path)
    before = [(c.display_name, c.emails, c.phones, c.tags, c.birthday) for c in all_contacts()]
    second = importing.import_file(path=path, on_duplicate=mode)
    after = [(c.display_name, c.emails, c.phones, c.tags, c.birthday) for c in all_contacts()]
    assert second.created == 0
    assert (second.skipped if mode == "skip" else second.merged) == first.created
    assert after == before


def test_duplicates_match_email_then_phone_then_name(db, tmp_path: Path) -> None:
    a = contacts.create_contact(first_name="Ann", last_name="Lee", emails=["ann@x.example"])
    b = contacts.create_contact(first_name="Bo", last_name="Ray", phones=["+1 (555) 010-9999"])
    c = contacts.create_contact(first_name="Cy", last_name="Dee", company="Old Co")
    path = tmp_path / "d.csv"
    path.write_text(
        "Name,Email,Phone,Company\n"
        "Annie Lee,ANN@x.example,,New Co\n"
        "Robert Ray,,555.010.9999,Globex\n"
        "Cy Dee,,,New Co\n"
        "Fresh Person,fresh@x.example,,\n",
        encoding="utf-8",
    )
    plan = importing.plan(path=path)
    assert [(o.line, o.action, o.match_id, o.reason) for o in plan.outcomes] == [
        (2, "merged", a, "same email ANN@x.example"),
        (3, "merged", b, "same phone 555.010.9999"),
        (4, "merged", c, "same name"),
    ]
    assert plan.created == 1
    result = importing.import_file(path=path)
    assert contacts.get_contact(a).company == "New Co"  # empty field filled
    assert contacts.get_contact(c).company == "Old Co"  # existing value kept
    assert contacts.get_contact(b).emails == []
    skipped = importing.import_file(path=path, on_duplicate="skip")
    assert (skipped.created, skipped.skipped) == (0, 4)
    created = importing.import_file(path=path, on_duplicate="create")
    assert created.created == 4
    assert result.batch_id != created.batch_id


def test_dry_run_changes_nothing(db, tmp_path: Path) -> None:
    contacts.create_contact(first_name="Kwame", last_name="Mensah", emails=["kwame@baobab.example"])
    before = dump()
    plan = importing.plan(path=samples.google_new(tmp_path))
    assert (plan.created, plan.merged, plan.batch_id) == (1, 1, None)
    assert dump() == before


def test_cancel_rolls_everything_back(db, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        "Name,Email\n" + "".join(f"Person {i},p{i}@x.example\n" for i in range(2500)),
        encoding="utf-8",
    )
    contacts.create_contact(first_name="Existing", emails=["p5@x.example"])
    before = dump()
    seen: list[int] = []
    with pytest.raises(importing.ImportCancelled):
        importing.import_file(
            path=path, progress=seen.append, should_cancel=lambda: len(seen) >= 2, chunk_size=500
        )
    assert seen == [500, 1000]
    assert dump() == before

    def stop(rows: int) -> None:
        if rows >= 1000:
            raise importing.ImportCancelled()

    with pytest.raises(importing.ImportCancelled):
        importing.import_file(path=path, progress=stop, chunk_size=500)
    assert dump() == before


BAD_FILES = {
    "binary": b"\x00\x01\x02\x03" * 1000,
    "empty": b"",
    "header only": b"First Name,Last Name,Email\r\n",
    "unknown encoding": b"Name,Email\n\x81\x8d\x9d,a@b.example\n",
    "5 MB field": b'Name,Notes\nAnn,"' + b"y" * (5 * 1024 * 1024) + b'"\n',
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_files_leave_the_database_unchanged(db, tmp_path: Path, kind: str) -> None:
    contacts.create_contact(first_name="Keep", last_name="Me", emails=["keep@x.example"])
    path = tmp_path / "bad.csv"
    path.write_bytes(BAD_FILES[kind])
    before = dump()
    with pytest.raises(FormatError) as info:
        importing.import_file(path=path, skip_bad_rows=True)
    assert str(info.value)
    assert dump() == before


def test_ragged_rows_stop_the_import_unless_skipped(db, tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(
        "Name,Email,Company\nAnn Lee,ann@x.example,Acme\nBob Ray,bob@x.example\nCy Dee,cy@x.example,Initech\n",
        encoding="utf-8",
    )
    before = dump()
    with pytest.raises(UserError, match=r"line 3: has 2 fields, the header has 3") as info:
        importing.import_file(path=path)
    assert "nothing was imported" in str(info.value)
    assert dump() == before
    result = importing.import_file(path=path, skip_bad_rows=True)
    assert (result.created, result.rejected) == (2, 1)
    assert [(o.line, o.action) for o in result.outcomes] == [(3, "rejected")]
    assert sorted(c.display_name for c in all_contacts()) == ["Ann Lee", "Cy Dee"]


def test_undo_deletes_created_and_restores_merged(db, tmp_path: Path) -> None:
    kwame = contacts.create_contact(
        first_name="Kwame", last_name="Mensah", emails=["kwame@baobab.example"], tags=["old"]
    )
    interactions.log_interaction(contact_ids=[kwame], kind="call")
    before = dump()
    result = importing.import_file(path=samples.google_new(tmp_path))
    assert contacts.get_contact(kwame).company == "Baobab Ltd"
    from relapp.services import contact_list

    assert set(
        contact_list.ordered_ids(contact_list.ContactFilter(import_batch=result.batch_id))
    ) == {kwame, kwame + 1}
    undone = importing.undo_import()
    assert (undone.batch_id, undone.deleted, undone.restored) == (result.batch_id, 1, 1)
    info = contacts.get_contact(kwame)
    assert (info.company, info.tags, info.birthday) == ("", ["old"], None)
    assert importing.last_batch_id() is None
    with pytest.raises(UserError, match="already undone"):
        importing.undo_import(batch_id=result.batch_id)

    # Everything but the batch row (kept, marked undone) and the search index's internal pages is
    # as it was; the index answers the same.
    def same(lines: list[str]) -> list[str]:
        return [s for s in lines if "import_batch" not in s and "contact_search" not in s]

    assert same(dump()) == same(before)
    assert contacts.find_by_name("Kwame") == [(kwame, "Kwame Mensah", "")]
    assert contacts.find_by_name("Baobab") == [] and contacts.find_by_name("Zoë") == []


def test_formula_injection_round_trip(db, tmp_path: Path) -> None:
    from relapp.services import exporting

    cid = contacts.create_contact(
        first_name='=HYPERLINK("x")', last_name="-Minus", notes="@SUM(A1)", tags=["+tag"]
    )
    out = tmp_path / "out.csv"
    exporting.export_contacts(path=out)
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'-Minus" in text and "'@SUM" in text
    for line in text.splitlines():
        for cell in line.split(","):
            assert not cell.strip('"').startswith(("=", "+", "-", "@"))
    contacts.delete_contact(contact_id=cid)
    importing.import_file(path=out)
    (info,) = all_contacts()
    assert (info.first_name, info.last_name, info.notes, info.tags) == (
        '=HYPERLINK("x")',
        "-Minus",
        "@SUM(A1)",
        ["+tag"],
    )


def test_a_real_import_takes_a_backup_first_and_a_dry_run_does_not(db, tmp_path: Path) -> None:
    from relapp.services import backups

    path = samples.thunderbird(tmp_path)
    importing.plan(path=path)
    assert [b for b in backups.list_backups() if b.reason == "import"] == []
    result = importing.import_file(path=path)
    assert result.backup is not None and Path(result.backup).exists()
    assert [b.reason for b in backups.list_backups()].count("import") == 1


def test_undo_never_touches_a_later_contact_that_reuses_a_freed_id(db, tmp_path: Path) -> None:
    import datetime as dt

    from relapp import clock

    clock.set_now(dt.datetime(2020, 1, 1, 9, 0))  # the import's stamp
    result = importing.import_file(path=samples.thunderbird(tmp_path))
    hana = contacts.resolve_contact("Hana Kobayashi")
    contacts.delete_contact(contact_id=hana)
    clock.set_now(dt.datetime(2020, 1, 1, 9, 5))
    later = contacts.create_contact(first_name="Later", last_name="Person")
    assert later == hana  # SQLite handed out the freed id again
    undone = importing.undo_import(batch_id=result.batch_id)
    assert undone.deleted == 0
    assert contacts.get_contact(later).display_name == "Later Person"
