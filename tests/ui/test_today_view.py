"""The Today view, driven offscreen through its buttons, menus and keys on a real database file:
sections and ranking, Mark Done on each kind of row, the snoozes (including picking a date in the
dialog), Log Interaction and Open Contact through the hub, refresh on hub signals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from relapp import clock
from relapp.services import agenda, contacts, interactions, milestones
from relapp.ui import registry
from relapp.ui.events import EventsHub
from relapp.ui.today_view import DatePickDialog, TodayView
from tests.ui.helpers import when_dialog_opens

TODAY = dt.date(2026, 3, 2)
CHECK_INS, FOLLOW_UPS, CELEBRATIONS = 0, 1, 2


def at(days_ago: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12, 0))


@pytest.fixture
def data(db):
    clock.set_now(dt.datetime.combine(TODAY, dt.time(10, 0)))
    maya = contacts.create_contact(
        first_name="Maya",
        last_name="Manager",
        relationship="manager",
        topics_next="How the reorg landed",
    )
    fred = contacts.create_contact(
        first_name="Fred", last_name="Friend", relationship="friend", works_on="Pottery"
    )
    interactions.log_interaction(contact_ids=[maya], kind="call", when=at(28))
    interactions.log_interaction(contact_ids=[fred], kind="lunch", when=at(74))
    ada = contacts.create_contact(first_name="Ada", last_name="Lovelace")
    fu = interactions.add_follow_up(contact_id=ada, text="Send the deck", due=TODAY)
    promise = interactions.add_follow_up(
        contact_id=ada, text="Intro to VP", due=TODAY - dt.timedelta(days=2), direction="they_owe"
    )
    grace = contacts.create_contact(first_name="Grace", last_name="Hopper")
    milestones.set_birthday(contact_id=grace, birthday=milestones.PartialDate(3, 4, 1986))
    return {"maya": maya, "fred": fred, "ada": ada, "grace": grace, "fu": fu, "promise": promise}


@pytest.fixture
def view(qtbot, data):
    hub = EventsHub()
    v = TodayView(hub)
    qtbot.addWidget(v)
    v.show()
    return v


def texts(view: TodayView, section: int, column: int = 0) -> list[str]:
    parent = view.model.index(section, 0)
    return [view.model.index(r, column, parent).data() for r in range(view.model.rowCount(parent))]


def test_registered_as_the_today_tab():
    spec = next(v for v in registry.VIEWS if v.key == "today")
    assert (spec.title, spec.target, spec.shortcut) == (
        "Today",
        "relapp.ui.today_view:TodayView",
        "Ctrl+2",
    )


def test_sections_show_ranked_check_ins_follow_ups_and_this_weeks_celebrations(view):
    assert texts(view, CHECK_INS) == ["Maya Manager", "Fred Friend"]  # same lateness, manager first
    assert texts(view, CHECK_INS, 1) == ["overdue 14 days", "overdue 14 days"]
    assert texts(view, CHECK_INS, 2) == [
        "every 14 days, last 02 Feb 2026 \u2014 next: How the reorg landed",
        "every 60 days, last 18 Dec 2025 \u2014 next: Pottery",
    ]
    assert texts(view, FOLLOW_UPS, 2) == ["promised: Intro to VP", "Send the deck"]
    assert texts(view, FOLLOW_UPS, 1) == ["overdue 2 days", "due today"]
    assert texts(view, CELEBRATIONS) == ["Grace Hopper"]
    assert texts(view, CELEBRATIONS, 2) == ["Birthday, 40 years"]
    assert view.model.index(CHECK_INS, 0).data() == "Check-ins (2)"
    assert (
        view.summary.text()
        == "Monday 02 March: 2 check-ins, 2 follow-ups due, 0 celebrations today"
    )


def test_mark_done_completes_a_follow_up_and_the_row_goes(qtbot, view, data):
    view.select(FOLLOW_UPS, 1)
    with qtbot.waitSignal(view.hub.follow_ups_changed):
        view.done_action.trigger()
    assert [f.id for f in interactions.open_follow_ups()] == [data["promise"]]
    qtbot.waitUntil(lambda: texts(view, FOLLOW_UPS, 2) == ["promised: Intro to VP"])


def test_mark_done_on_a_check_in_logs_it_and_resets_the_cadence(qtbot, view, data):
    view.select(CHECK_INS, 0)
    with qtbot.waitSignal(view.hub.interactions_changed):
        view.done_action.trigger()
    assert contacts.get_contact(data["maya"]).checkin_due == TODAY + dt.timedelta(days=14)
    qtbot.waitUntil(lambda: texts(view, CHECK_INS) == ["Fred Friend"])


def test_mark_done_on_a_celebration_records_it(qtbot, view, data):
    view.select(CELEBRATIONS, 0)
    with qtbot.waitSignal(view.hub.milestones_changed):
        view.done_action.trigger()
    qtbot.waitUntil(
        lambda: texts(view, CELEBRATIONS, 2) == ["Birthday, 40 years \u2714 celebrated"]
    )
    view.select(CELEBRATIONS, 0)
    assert not view.done_action.isEnabled() and not view.snooze_button.isEnabled()
    (tl,) = [i for i in interactions.timeline(data["grace"]) if i.kind == "celebration"]
    assert tl.milestone_uid == milestones.milestones_for(data["grace"])[0].uid


def test_mark_done_on_a_celebration_shows_the_congratulation_draft(qtbot, view, data):
    contacts.update_contact(contact_id=data["grace"], emails=["grace@navy.example"])
    view.select(CELEBRATIONS, 0)
    with qtbot.waitSignal(view.hub.milestones_changed):
        view.done_action.trigger()  # returns at once: the dialog does not block
    dialog = view.celebrate_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text() == "Celebration logged: Grace Hopper \u2014 Birthday (turning 40)"
    assert dialog.subject.text() == "Happy 40th birthday!"
    assert dialog.body.toPlainText().startswith("Hi Grace,")
    assert "turning 40" in dialog.body.toPlainText()
    assert dialog.mailto() is not None and dialog.mailto().startswith("mailto:grace@navy.example")
    (tl,) = [i for i in interactions.timeline(data["grace"]) if i.kind == "celebration"]
    assert tl.summary == "Celebrated: Birthday (turning 40)"
    dialog.close()
    qtbot.waitUntil(lambda: view.celebrate_dialog is None)
    qtbot.waitUntil(
        lambda: texts(view, CELEBRATIONS, 2) == ["Birthday, 40 years \u2714 celebrated"]
    )
    view.select(CELEBRATIONS, 0)
    assert not view.celebrate_action.isEnabled()  # celebrated: no second draft from Today


def test_celebrate_action_only_on_a_celebration_not_yet_celebrated(qtbot, view, data):
    view.select(CHECK_INS, 0)
    assert not view.celebrate_action.isEnabled()
    view.select(CELEBRATIONS, 0)
    assert view.celebrate_action.isEnabled()
    view.celebrate_action.trigger()
    assert view.celebrate_dialog is not None and view.celebrate_dialog.isVisible()
    assert "Grace" in view.celebrate_dialog.body.toPlainText()


def test_snooze_tomorrow_moves_a_check_in_without_logging(qtbot, view, data):
    view.select(CHECK_INS, 1)
    assert not view.snooze_actions["hour"].isEnabled()  # check-ins move by days
    view.snooze_actions["tomorrow"].trigger()
    qtbot.waitUntil(lambda: texts(view, CHECK_INS) == ["Maya Manager"])
    info = contacts.get_contact(data["fred"])
    assert info.checkin_due == TODAY + dt.timedelta(days=1) and info.last_interaction_at == at(74)


def test_snooze_an_hour_hides_a_follow_up_until_then_never_done(qtbot, view, data):
    view.select(FOLLOW_UPS, 1)
    view.snooze_actions["hour"].trigger()
    qtbot.waitUntil(lambda: texts(view, FOLLOW_UPS, 2) == ["promised: Intro to VP"])
    assert data["fu"] in [f.id for f in interactions.open_follow_ups()]
    clock.set_now(dt.datetime.combine(TODAY, dt.time(11, 0)))
    view.refresh()
    assert texts(view, FOLLOW_UPS, 2) == ["promised: Intro to VP", "Send the deck"]


def test_snooze_until_a_picked_date_through_the_dialog(qtbot, view, data):
    def pick(dialog):
        assert isinstance(dialog, DatePickDialog)
        dialog.calendar.setSelectedDate(QDate(2026, 3, 20))
        dialog.accept()

    view.select(FOLLOW_UPS, 0)
    when_dialog_opens(pick)
    view.snooze_actions["date"].trigger()
    qtbot.waitUntil(lambda: texts(view, FOLLOW_UPS, 2) == ["Send the deck"])
    (promise,) = [f for f in interactions.open_follow_ups() if f.id == data["promise"]]
    assert promise.snoozed_until == dt.datetime(2026, 3, 20, 9, 0) and promise.done_at is None
    later = agenda.compute_agenda(today=dt.date(2026, 3, 20), days=1)
    assert data["promise"] in [f.id for f in later.follow_ups]


def test_log_interaction_and_open_contact_go_through_the_hub(qtbot, view, data):
    view.select(CELEBRATIONS, 0)
    with qtbot.waitSignal(view.hub.log_interaction_requested) as logged:
        view.log_action.trigger()
    assert logged.args == [[data["grace"]]]
    view.select(CHECK_INS, 1)
    with qtbot.waitSignal(view.hub.contact_requested) as opened:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened.args == [data["fred"]]


def test_no_selection_disables_the_row_actions(view):
    view.tree.setCurrentIndex(view.model.index(FOLLOW_UPS, 0))  # a section row
    assert not view.log_action.isEnabled() and not view.done_action.isEnabled()


def test_refreshes_on_hub_signals_from_elsewhere(qtbot, view, data):
    interactions.log_interaction(contact_ids=[data["fred"]], kind="message")
    view.hub.interactions_changed.emit()
    qtbot.waitUntil(lambda: texts(view, CHECK_INS) == ["Maya Manager"])


def test_brief_and_edit_shortcuts_act_on_the_selected_reminder(qtbot, data) -> None:
    """Ctrl+B (prep brief) from a reminder: the window's current contact is the reminder's."""
    from relapp.ui.main_window import MainWindow

    window = MainWindow(EventsHub())
    qtbot.addWidget(window)
    window.show()
    window.show_view("today")
    today = window.view("today")
    first = today.model.index(0, 0, today.model.index(0, 0))  # first check-in row
    today.tree.setCurrentIndex(first)
    item = today.current_item()
    assert item is not None and window.current_contact_id() == item.contact_id
