"""Contact > Manage Tags… driven like a user would: the table lists every tag with its contacts and
cadence, a cadence set in the spin box or in the table is saved in one go (the contact's effective
cadence and due date follow, the views are told), Cancel discards, a failed save keeps the dialog
open with the error and nothing written, and the action sits in the real main window's menu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QSpinBox

from relapp import clock
from relapp.services import contacts, interactions, tags
from relapp.store.models import Tag
from relapp.ui.events import EventsHub
from relapp.ui.main_window import MainWindow
from relapp.ui.tags_dialog import TagsDialog, TagsModel
from tests.ui.helpers import when_dialog_opens


@pytest.fixture
def people(db) -> dict[str, int]:
    clock.set_now(dt.datetime(2027, 3, 10, 9, 0))
    ada = contacts.create_contact(first_name="Ada", last_name="Lovelace", tags=["VIP", "board"])
    bob = contacts.create_contact(first_name="Bob", last_name="Builder", tags=["board"])
    interactions.log_interaction(
        contact_ids=[ada], kind="coffee", when=dt.datetime(2027, 3, 1, 9, 0)
    )
    return {"ada": ada, "bob": bob}


@pytest.fixture
def hub() -> EventsHub:
    return EventsHub()


@pytest.fixture
def dialog(qtbot, people, hub) -> TagsDialog:
    dlg = TagsDialog(hub)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _cell(dlg: TagsDialog, row: int, col: int) -> str:
    return str(dlg.model.index(row, col).data())


def _save(qtbot, dlg: TagsDialog) -> None:
    button = dlg.buttons.button(dlg.buttons.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_tags_with_contacts_and_cadence(dialog: TagsDialog) -> None:
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Tag", "Contacts", "Check-in cadence"]
    assert [(_cell(dialog, r, 0), _cell(dialog, r, 1)) for r in range(2)] == [
        ("board", "2"),
        ("VIP", "1"),
    ]
    assert _cell(dialog, 0, TagsModel.CADENCE) == "No default"
    assert dialog.cadence.isEnabled() and dialog.cadence.text() == "No default"
    assert dialog.table.accessibleName() and dialog.cadence.accessibleName()
    assert not dialog.empty.isVisible()


def test_set_cadence_and_save_updates_contacts_and_tells_the_views(
    qtbot, dialog: TagsDialog, hub: EventsHub, people
) -> None:
    assert dialog.select_tag("vip")
    dialog.cadence.setFocus()
    dialog.cadence.selectAll()
    qtbot.keyClicks(dialog.cadence, "21")
    assert _cell(dialog, 1, TagsModel.CADENCE) == "every 21 days"
    assert contacts.get_contact(people["ada"]).effective_cadence is None  # nothing saved yet

    with qtbot.waitSignals([hub.contacts_changed, hub.settings_changed], timeout=1000):
        _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    ada = contacts.get_contact(people["ada"])
    assert ada.effective_cadence == 21
    assert ada.checkin_due == dt.date(2027, 3, 22)
    assert contacts.get_contact(people["bob"]).effective_cadence is None
    assert tags.get_tag(name="VIP").cadence_days == 21


def test_edit_in_the_table_with_the_spin_box_delegate(qtbot, dialog: TagsDialog, people) -> None:
    index = dialog.model.index(0, TagsModel.CADENCE)  # board
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editors = [w for w in dialog.table.findChildren(QSpinBox) if w.isVisible()]
    assert len(editors) == 1, "the cadence cell opens a spin box"
    editor = editors[0]
    assert editor.value() == 0 and editor.text() == "No default"
    editor.selectAll()
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the editor's value queued
    qtbot.waitUntil(lambda: _cell(dialog, 0, TagsModel.CADENCE) == "every 7 days", timeout=1000)
    assert dialog.cadence.value() == 7  # the spin box under the table follows
    _save(qtbot, dialog)
    assert contacts.get_contact(people["ada"]).effective_cadence == 7
    assert contacts.get_contact(people["bob"]).effective_cadence == 7


def test_clearing_a_cadence_and_cancel_discards(qtbot, people, hub) -> None:
    tags.set_tag_cadence(name="board", cadence_days=14)
    dlg = TagsDialog(hub)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.select_tag("board") and dlg.cadence.value() == 14
    dlg.cadence.setValue(0)  # "No default"
    assert _cell(dlg, 0, TagsModel.CADENCE) == "No default"
    dlg.buttons.button(dlg.buttons.StandardButton.Cancel).click()
    assert dlg.result() == QDialog.DialogCode.Rejected
    assert tags.get_tag(name="board").cadence_days == 14

    again = TagsDialog(hub)
    qtbot.addWidget(again)
    again.select_tag("board")
    again.cadence.setValue(0)
    _save(qtbot, again)
    assert tags.get_tag(name="board").cadence_days is None
    assert contacts.get_contact(people["bob"]).effective_cadence is None


def test_failed_save_shows_the_error_and_writes_nothing(qtbot, dialog: TagsDialog) -> None:
    dialog.select_tag("board")
    dialog.cadence.setValue(10)
    dialog.select_tag("VIP")
    dialog.cadence.setValue(20)
    Tag.delete().where(Tag.name == "VIP").execute()  # gone meanwhile (another window, the CLI)
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "no tag named 'VIP'" in dialog.status.text()
    assert tags.get_tag(name="board").cadence_days is None  # one go: nothing half-applied


def test_empty_database_says_so(qtbot, db) -> None:
    dlg = TagsDialog(None)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.empty.isVisible() and not dlg.table.isVisible()
    assert not dlg.cadence.isEnabled()
    _save(qtbot, dlg)  # nothing to save: just closes
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_action_in_the_contact_menu_opens_the_dialog(qtbot, people) -> None:
    window = MainWindow(EventsHub())
    qtbot.addWidget(window)
    window.show()
    action = window.actions_by_key["manage_tags"]
    assert action.shortcut().toString() == "Ctrl+Shift+T"
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if a.menu()}
    assert action in menus["Contact"].actions()

    seen = when_dialog_opens(lambda d: d.reject())
    window.trigger_action("manage_tags")
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], TagsDialog)
    assert seen[0].model.rowCount() == 2
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
