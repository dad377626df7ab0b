"""The Import wizard and the Export dialog driven with pytest-qt on real files and a real database:
format detection, editing the column mapping, problems marked in the preview, the dry run's list
of matches, the import with its summary and hub signals, Cancel rolling back, Undo, and the
export's confirmation before writing into a folder others can read."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from relapp.services import contacts, importing
from relapp.store.db import db_path
from relapp.ui.events import EventsHub
from relapp.ui.export_dialog import ExportDialog
from relapp.ui.import_models import MappingModel, PreviewModel
from relapp.ui.import_wizard import ImportWizard, undo_last_import
from tests.interchange import samples
from tests.ui.helpers import when_dialog_opens


def dump() -> list[str]:
    conn = sqlite3.connect(str(db_path()))
    try:
        return [s for s in conn.iterdump() if "contact_search" not in s]
    finally:
        conn.close()


@pytest.fixture
def hub() -> EventsHub:
    return EventsHub()


@pytest.fixture
def wizard(qtbot, db, hub):  # type: ignore[no-untyped-def]
    w = ImportWizard(hub)
    qtbot.addWidget(w)
    w.show()
    return w


def choose(qtbot, wizard: ImportWizard, path: Path, fmt: str = "auto") -> None:  # type: ignore[no-untyped-def]
    page = wizard.file_page
    page.path.setText(str(path))
    page.format.setCurrentIndex(page.format.findData(fmt))
    wizard.next()


def wait_plan(qtbot, wizard: ImportWizard) -> importing.ImportResult:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: wizard.duplicates.plan is not None, timeout=5000)
    assert wizard.duplicates.plan is not None
    return wizard.duplicates.plan


def test_google_file_through_every_page(
    qtbot, wizard: ImportWizard, hub: EventsHub, tmp_path: Path
) -> None:
    kwame = contacts.create_contact(
        first_name="Kwame", last_name="Mensah", emails=["kwame@baobab.example"]
    )
    choose(qtbot, wizard, samples.google_new(tmp_path))
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert "Google Contacts CSV" in page.detected.text()
    assert page.mapping_view.isVisible()
    model = wizard.mapping_model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["E-mail 1 - Value"], MappingModel.TARGET).data() == "Email"
    assert model.index(rows["First Name"], MappingModel.EXAMPLE).data() == "Zoë"
    assert wizard.preview_model.rowCount() == 2
    assert wizard.preview_model.index(0, PreviewModel.NAME).data() == "Zoë Marie Ångström"

    # Map "Organization Name" to nothing: the preview follows the edited mapping.
    model.setData(model.index(rows["Organization Name"], MappingModel.TARGET), "")
    assert wizard.preview_model.index(0, PreviewModel.COMPANY).data() == ""
    model.setData(model.index(rows["Organization Name"], MappingModel.TARGET), "company")
    assert wizard.preview_model.index(0, PreviewModel.COMPANY).data() == "Fjord Analytics"

    wizard.next()
    plan = wait_plan(qtbot, wizard)
    assert (plan.created, plan.merged) == (1, 1)
    assert wizard.plan_model.rowCount() == 1
    assert wizard.plan_model.index(0, 3).data() == f"Kwame Mensah (#{kwame})"
    assert wizard.plan_model.index(0, 2).data() == "Merge"

    wizard.duplicates.radios["skip"].setChecked(True)
    plan = wait_plan(qtbot, wizard)
    assert (plan.created, plan.skipped) == (1, 1)

    with qtbot.waitSignals(
        [hub.contacts_changed, hub.milestones_changed, hub.interactions_changed], timeout=5000
    ):
        wizard.next()
        qtbot.waitUntil(lambda: wizard.run_page.done, timeout=5000)
    run = wizard.run_page
    assert "created 1" in run.summary.text() and "skipped 1" in run.summary.text()
    assert run.undo.isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    batch = run.result.batch_id if run.result else None
    assert batch == importing.last_batch_id()
    assert contacts.resolve_contact("Zoë Marie Ångström")

    with qtbot.waitSignal(hub.data_replaced, timeout=2000):
        qtbot.mouseClick(run.undo, Qt.MouseButton.LeftButton)
    assert "Import undone" in run.summary.text()
    assert [c for c in contacts.find_by_name("Zoë")] == []
    assert importing.last_batch_id() is None


def test_generic_csv_mapping_problems_marked_and_bad_rows(
    qtbot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "Who,Reach,Born\nAda Lovelace,ada@engine.example,12/10/1815\nBad Row,x\n"
        "Grace Hopper,grace@navy.example,not a date\n",
        encoding="utf-8",
    )
    choose(qtbot, wizard, path)
    assert wizard.currentPage() is wizard.file_page  # no name column found: stays, says why
    assert "choose the column mapping" in wizard.file_page.error.text()
    choose(qtbot, wizard, path, "csv")
    assert wizard.currentPage() is wizard.file_page
    path.write_text(
        "Name,Reach,Born\nAda Lovelace,ada@engine.example,12/10/1815\nBad Row,x\n"
        "Grace Hopper,grace@navy.example,not a date\n",
        encoding="utf-8",
    )
    choose(qtbot, wizard, path)
    assert wizard.currentPage() is wizard.mapping_page
    model = wizard.mapping_model
    model.setData(model.index(1, MappingModel.TARGET), "email")
    model.setData(model.index(2, MappingModel.TARGET), "birthday")
    preview = wizard.preview_model
    assert preview.problem_rows() == [1, 2]
    assert preview.index(1, PreviewModel.PROBLEMS).data().startswith("Rejected: has 2 fields")
    assert "not a date" in preview.index(2, PreviewModel.PROBLEMS).data()
    assert preview.index(0, PreviewModel.BIRTHDAY).data() == "1815-12-10"
    assert "1 cannot be imported, 1 with warnings" in wizard.mapping_page.problems.text()

    wizard.next()
    plan = wait_plan(qtbot, wizard)
    assert plan.rejected == 1
    assert "nothing will be imported" in wizard.duplicates.summary.text()
    before = dump()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=5000)
    assert "cannot be imported, so nothing was imported" in wizard.run_page.summary.text()
    assert "line 3" in wizard.run_page.summary.text()
    assert dump() == before

    wizard.back()  # not offered on the last page, but possible programmatically: try again with skip
    wizard.duplicates.skip_bad.setChecked(True)
    wait_plan(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=5000)
    assert "created 2" in wizard.run_page.summary.text()
    assert contacts.get_contact(contacts.resolve_contact("Ada Lovelace")).emails == [
        "ada@engine.example"
    ]


def test_cancel_during_import_rolls_back(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        "Name,Email\n" + "".join(f"Person {i},p{i}@x.example\n" for i in range(6000)),
        encoding="utf-8",
    )
    choose(qtbot, wizard, path)
    wizard.next()
    wait_plan(qtbot, wizard)
    before = dump()
    run = wizard.run_page
    # Cancel as soon as the first chunk is reported.
    wizard.next()
    run.worker.progressed.connect(lambda n: run.cancel_import())  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: run.done, timeout=10000)
    assert "Cancelled: nothing was imported" in run.summary.text()
    assert dump() == before
    assert importing.last_batch_id() is None


def test_vcard_hides_the_mapping(qtbot, wizard: ImportWizard, tmp_path: Path) -> None:
    choose(qtbot, wizard, samples.vcard30_apple(tmp_path))
    assert "vCard" in wizard.mapping_page.detected.text()
    assert not wizard.mapping_page.mapping_view.isVisible()
    assert wizard.preview_model.rowCount() == 2


def test_undo_last_import_action(qtbot, db, hub: EventsHub, tmp_path: Path) -> None:
    importing.import_file(path=samples.linkedin(tmp_path))

    class Window:
        pass

    window = Window()
    window.hub = hub  # type: ignore[attr-defined]
    when_dialog_opens(lambda d: d.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    with qtbot.waitSignal(hub.data_replaced, timeout=3000):
        undo_last_import(window)
    assert contacts.find_by_name("Priya") == []


def test_export_dialog_writes_and_confirms_shared_folders(
    qtbot, db, hub: EventsHub, tmp_path: Path
) -> None:
    contacts.create_contact(first_name="Ada", last_name="Lovelace", emails=["ada@engine.example"])
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    os.chmod(private, 0o700)
    dlg = ExportDialog(hub)
    qtbot.addWidget(dlg)
    dlg.format.setCurrentIndex(dlg.format.findData("vcard"))
    dlg.path.setText(str(private / "out.csv"))
    dlg.format.setCurrentIndex(dlg.format.findData("google"))
    assert dlg.path.text().endswith("out.csv") and dlg.excel.isEnabled()
    dlg.excel.setChecked(True)
    with qtbot.waitSignal(hub.status_message, timeout=2000):
        dlg.export()
    assert (private / "out.csv").read_bytes().startswith(b"\xef\xbb\xbfFirst Name")

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    dlg2 = ExportDialog(hub)
    qtbot.addWidget(dlg2)
    dlg2.path.setText(str(shared / "out.vcf"))
    dlg2.format.setCurrentIndex(dlg2.format.findData("vcard"))
    when_dialog_opens(lambda d: d.button(QMessageBox.StandardButton.No).click())  # type: ignore[attr-defined]
    dlg2.export()
    assert not (shared / "out.vcf").exists()
    when_dialog_opens(lambda d: d.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    dlg2.export()
    assert "BEGIN:VCARD" in (shared / "out.vcf").read_text(encoding="utf-8")

    dlg3 = ExportDialog(hub)
    qtbot.addWidget(dlg3)
    dlg3.path.setText(str(tmp_path / "missing" / "x.csv"))
    dlg3.export()
    assert "does not exist" in dlg3.status.text()


def test_menu_actions_are_registered() -> None:
    from relapp.ui.registry import ACTIONS

    keys = {a.key: a for a in ACTIONS}
    assert keys["import"].shortcut == "Ctrl+I" and keys["import"].menu == "File"
    assert keys["export"].shortcut == "Ctrl+Shift+E"
    assert keys["undo_import"].menu == "File"
