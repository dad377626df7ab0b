"""The real main window, driven offscreen the way a user drives it: create a contact through the
dialog, log an interaction with Ctrl+L and a follow-up, find it in the timeline, search by a word in
the notes, restart over the same file and find everything again."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from relapp import clock
from relapp.services import contact_list, contacts, demo, interactions
from relapp.store import init_db
from relapp.store.db import close_db
from relapp.ui.contact_dialog import ContactDialog
from relapp.ui.events import EventsHub
from relapp.ui.log_dialog import LogDialog
from relapp.ui.main_window import MainWindow
from tests.ui.helpers import activate, when_dialog_opens


@pytest.fixture
def window(qtbot, db):
    clock.set_now(dt.datetime(2026, 11, 23, 10, 0))
    w = MainWindow(EventsHub())
    qtbot.addWidget(w)
    w.show()
    return w


def fill_contact(dialog: QDialog) -> None:
    assert isinstance(dialog, ContactDialog)
    dialog.first_name.setText("Amara")
    dialog.last_name.setText("Okafor")
    dialog.company.setText("Northwind Analytics")
    dialog.emails.setText("amara@northwind.example")
    dialog.relationship.setCurrentIndex(dialog.relationship.findData("client"))
    dialog.notes.setPlainText("Collects vintage synthesizers")
    dialog.accept()


def test_user_flow_survives_restart(qtbot, window, db_path) -> None:
    contacts_view = window.view("contacts")
    assert (
        contacts_view.stack.currentWidget() is contacts_view.first_run
    )  # empty database: welcome page

    when_dialog_opens(fill_contact)
    window.trigger_action("new_contact")
    qtbot.waitUntil(lambda: contact_list.total_contacts() == 1)
    assert contacts_view.stack.currentWidget() is contacts_view.splitter
    cid = contact_list.ordered_ids(contact_list.ContactFilter())[0]
    assert contacts_view.panel.contact_id == cid
    assert "Amara Okafor" in contacts_view.panel.title.text()

    def fill_log(dialog: QDialog) -> None:
        assert isinstance(dialog, LogDialog)
        assert dialog.people_ids == [cid]  # the selected contact is picked already
        qtbot.keyClicks(dialog.summary, "Quarterly review")
        dialog.kind.setCurrentIndex(dialog.kind.findData("coffee"))
        row = dialog.follow_rows[0]
        qtbot.keyClicks(row.text, "Send the pricing deck")
        row.has_due.setChecked(True)
        activate(qtbot, dialog)
        qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.result() == QDialog.DialogCode.Accepted  # Ctrl+Return saved it

    activate(qtbot, window)
    when_dialog_opens(fill_log)
    qtbot.keyClick(contacts_view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(interactions.timeline(cid)) == 1)
    text = contacts_view.panel.timeline.toPlainText()
    assert (
        "Quarterly review" in text and "Send the pricing deck" in text and "November 2026" in text
    )

    # Search by a word that is only in the notes.
    contacts_view.search.setText("synthesizers")
    qtbot.waitUntil(lambda: contacts_view.model.rowCount() == 1)
    contacts_view.search.setText("nothing-like-this")
    qtbot.waitUntil(lambda: contacts_view.model.rowCount() == 0)

    # Restart: a new window over the same file.
    window.close()
    close_db()
    init_db(db_path)
    again = MainWindow(EventsHub())
    qtbot.addWidget(again)
    again.show()
    view = again.view("contacts")
    assert view.model.rowCount() == 1
    view.select_contact(cid)
    assert "Quarterly review" in view.panel.timeline.toPlainText()
    [follow_up] = [
        f for f in interactions.open_follow_ups(contact_id=cid) if f.text == "Send the pricing deck"
    ]
    assert follow_up.due == dt.date(2026, 11, 30) and follow_up.direction == "i_owe"


def test_empty_name_is_refused_without_losing_input(qtbot, db) -> None:
    hub = EventsHub()
    dialog = ContactDialog(hub)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.company.setText("Atlas Robotics")
    dialog.notes.setPlainText("met at the robotics fair")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "name is required" in dialog.error.text()
    assert dialog.company.text() == "Atlas Robotics"
    assert dialog.notes.toPlainText() == "met at the robotics fair"
    assert contact_list.total_contacts() == 0


def test_bad_email_and_impossible_birthday_are_shown_in_the_dialog(qtbot, db) -> None:
    dialog = ContactDialog(EventsHub())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Ben")
    dialog.emails.setText("ben at example")
    dialog.accept()
    assert "email" in dialog.error.text() and dialog.isVisible()
    dialog.emails.setText("ben@example.org")
    dialog.birthday.setText("1990-04-31")
    dialog.accept()
    assert "April 31 does not exist" in dialog.error.text() and dialog.isVisible()
    dialog.birthday.setText("--04-30")
    dialog.accept()
    assert contacts.get_contact(dialog.saved_id).birthday.iso() == "--04-30"


def test_log_dialog_picks_people_by_typing(qtbot, db) -> None:
    a = contacts.create_contact(first_name="Hana", last_name="Tanaka")
    b = contacts.create_contact(first_name="Jonas", last_name="Becker")
    dialog = LogDialog(EventsHub(), [a])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.person, "jonas")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    assert dialog.people_ids == [a, b]
    dialog.summary.setText("Design review")
    dialog.accept()
    assert [i.summary for i in interactions.timeline(b)] == ["Design review"]
    assert [name for _id, name in interactions.timeline(a)[0].contacts] == [
        "Hana Tanaka",
        "Jonas Becker",
    ]


def test_log_dialog_without_people_says_so(qtbot, db) -> None:
    dialog = LogDialog(EventsHub(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.summary.setText("Something")
    dialog.accept()
    assert dialog.isVisible() and "at least one contact" in dialog.error.text()


def test_filters_and_sorting(qtbot, window) -> None:
    demo.populate(contacts=40, today=dt.date(2026, 11, 23))
    window.hub.data_replaced.emit()
    view = window.view("contacts")
    assert view.model.rowCount() == 40
    view.rel_filter.setCurrentIndex(view.rel_filter.findData("client"))
    qtbot.waitUntil(lambda: view.model.rowCount() < 40)
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert names and all(
        contacts.get_contact(view.model.contact_id(r)).relationship == "client"
        for r in range(len(names))
    )
    view.rel_filter.setCurrentIndex(0)
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by check-in due
    qtbot.waitUntil(lambda: view.model.rowCount() == 40)
    dues = [contacts.get_contact(view.model.contact_id(r)).checkin_due for r in range(40)]
    known = [d for d in dues if d is not None]
    assert known == sorted(known)


def test_archive_and_delete_from_the_menu(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    cid = contacts.create_contact(first_name="Olivia", last_name="Rossi")
    window.hub.contacts_changed.emit()
    window.show_contact(cid)
    window.trigger_action("archive_contact")
    assert contacts.get_contact(cid).archived
    assert window.view("contacts").model.rowCount() == 0  # archived contacts leave the active list
    window.show_contact(cid)  # switches the list to the archive to show them
    assert window.view("contacts").model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.trigger_action("delete_contact")
    assert contact_list.total_contacts() == 0


def test_geometry_is_remembered(qtbot, window) -> None:
    window.resize(790, 580)  # within the offscreen screen (800x600), so nothing is clamped
    window.view("contacts").splitter.setSizes([300, 700])
    window.save_geometry()
    again = MainWindow(EventsHub())
    qtbot.addWidget(again)
    assert again.size().width() == 790
    assert again.view("contacts").splitter.sizes()[0] == window.view("contacts").splitter.sizes()[0]


def test_first_run_page_reads_whole_and_loads_demo_data(qtbot, window) -> None:
    from PySide6.QtWidgets import QLabel

    window.resize(760, 520)  # the smallest window
    page = window.view("contacts").first_run
    qtbot.waitUntil(page.isVisible)
    for label in page.findChildren(QLabel):
        assert label.height() >= label.heightForWidth(label.width())  # nothing clipped
    page.demo_button.click()
    qtbot.waitUntil(lambda: contact_list.total_contacts() == 40)
    assert window.view("contacts").stack.currentWidget() is window.view("contacts").splitter


class _Tray:
    """Stands in for the system tray, which offscreen Qt does not have."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def is_available(self) -> bool:
        return True

    def show_message(self, title: str, text: str) -> None:
        self.messages.append(title)


def test_closing_keeps_relapp_in_the_tray_and_says_so_once(qtbot, window) -> None:
    from relapp.services import settings

    window.tray = _Tray()
    window.close()
    assert not window.isVisible()  # hidden, still running
    assert window.tray.messages == ["relapp is still running"]
    assert settings.get("close_to_tray_notice_shown") is True
    window.show()
    window.close()
    assert window.tray.messages == ["relapp is still running"]  # only the first time
    settings.set("close_to_tray", False)
    window.show()
    assert window.close() and not window.isVisible()  # the setting off: closing closes


def test_quit_closes_even_with_a_tray(qtbot, window) -> None:
    window.tray = _Tray()
    window.quit_requested = True
    assert window.close()
    assert window.tray.messages == []


def test_last_imported_filter_and_health_column(qtbot, window, tmp_path) -> None:
    from relapp.services import importing
    from relapp.ui.contact_list_model import COL_HEALTH
    from relapp.ui.contacts_view import SHOW_LAST_IMPORT

    contacts.create_contact(first_name="Already", last_name="Here", relationship="manager")
    csv = tmp_path / "new.csv"
    csv.write_text(
        "First Name,Last Name,E-mail 1 - Value\nNadia,Haddad,nadia@x.example\nOmar,Farouk,omar@x.example\n"
    )
    importing.import_file(path=csv, backup=False)
    window.hub.contacts_changed.emit()
    view = window.view("contacts")
    assert view.model.rowCount() == 3
    view.show_filter.setCurrentIndex(view.show_filter.findData(SHOW_LAST_IMPORT))
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    names = {view.model.index(r, 0).data() for r in range(2)}
    assert names == {"Nadia Haddad", "Omar Farouk"}
    health = view.model.index(0, COL_HEALTH)
    assert health.data() == "Cooling"  # a new contact with no interaction yet
    assert health.data(Qt.ItemDataRole.ToolTipRole) == "no interaction logged yet"


def test_profile_is_built_when_someone_is_first_selected(qtbot, db) -> None:
    """Until a contact is selected the right side only says to pick someone (as the profile does
    with no one selected), so the window opens without building the profile and timeline."""
    clock.set_now(dt.datetime(2026, 11, 23, 10, 0))
    ada = contacts.create_contact(first_name="Ada", last_name="Lovelace", company="Engines")
    contacts.create_contact(first_name="Alan", last_name="Turing")
    w = MainWindow(EventsHub())
    qtbot.addWidget(w)
    w.show()
    view = w.view("contacts")
    qtbot.waitExposed(w)
    assert view._panel is None and view._first_run is None
    hint = view.splitter.widget(1).findChildren(type(view.count_label))[0]
    assert hint.isVisible() and "Select a contact" in hint.text()
    assert view.current_contact_id() is None
    sizes = view.splitter.sizes()

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # the first row: Ada, by name
    qtbot.waitUntil(lambda: view._panel is not None and view.panel.contact_id == ada)
    assert view.splitter.widget(1) is view.panel and view.panel.isVisible()
    assert "Ada Lovelace" in view.panel.title.text()
    assert view.splitter.sizes() == sizes  # the profile takes the hint's place and size
