"""The tray controller and the reminder scheduler, offscreen, against a window that offers exactly
what the window contract promises (``hub``, ``show_contact``, ``bring_to_front``, ``show_view``,
``trigger_action``, ``views``, ``tray``).

The tray menu is built on ``aboutToShow`` and driven through its QActions; the due count on the
icon matches the agenda; where no tray exists (offscreen) nothing is shown and the window is told so.
The scheduler runs a pass at start, after edits (debounced) and on a new day, and re-arms one timer.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from relapp import clock, notifications
from relapp.services import agenda, contacts, interactions, milestones
from relapp.ui import reminder_scheduler, tray
from relapp.ui.events import EventsHub
from relapp.ui.registry import EXTENSIONS

TODAY = dt.date(2026, 3, 2)


class ContractWindow(QMainWindow):
    """The main window's contract, recording what the tray and the scheduler ask of it."""

    def __init__(self) -> None:
        super().__init__()
        self.hub = EventsHub()
        self.tray = None
        self.views: dict = {}
        self.calls: list[tuple] = []
        self.quit_requested = False

    def show_contact(self, contact_id: int) -> None:
        self.calls.append(("show_contact", contact_id))

    def bring_to_front(self) -> None:
        self.calls.append(("bring_to_front",))
        self.show()

    def show_view(self, key: str) -> None:
        self.calls.append(("show_view", key))

    def trigger_action(self, key: str) -> bool:
        self.calls.append(("trigger_action", key))
        if key == "quit":
            self.quit_requested = True
        return True


@pytest.fixture
def data(db):
    clock.set_now(dt.datetime.combine(TODAY, dt.time(10, 0)))
    maya = contacts.create_contact(first_name="Maya", last_name="Manager", relationship="manager")
    interactions.log_interaction(contact_ids=[maya], kind="call", when=dt.datetime(2026, 2, 1, 12))
    ada = contacts.create_contact(first_name="Ada", last_name="Lovelace")
    fu = interactions.add_follow_up(contact_id=ada, text="Send the deck", due=TODAY)
    interactions.add_follow_up(contact_id=ada, text="Later", due=TODAY + dt.timedelta(days=5))
    grace = contacts.create_contact(first_name="Grace", last_name="Hopper")
    milestones.set_birthday(contact_id=grace, birthday=milestones.PartialDate(3, 2))
    return {"maya": maya, "ada": ada, "grace": grace, "fu": fu}


@pytest.fixture
def window(qtbot, data):
    w = ContractWindow()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def controller(window):
    c = tray.install(window)
    yield c
    c.shutdown()


def open_menu(c: tray.TrayController) -> dict[str, object]:
    c.menu.aboutToShow.emit()
    return {a.text(): a for a in c.menu.actions() if not a.isSeparator()}


def test_registered_as_extensions():
    keys = {e.key: e.target for e in EXTENSIONS}
    assert keys["tray"] == "relapp.ui.tray:install"
    assert keys["reminders"] == "relapp.ui.reminder_scheduler:install"


def test_due_count_matches_the_agenda(controller, window, data):
    a = agenda.compute_agenda(today=TODAY, days=1)
    expected = len(a.check_ins) + len(a.follow_ups) + len(a.celebrations)
    assert (
        expected == 3
    )  # Maya's check-in, the deck due today, Grace's birthday (not the one in 5 days)
    assert controller.count == agenda.due_count() == expected
    assert controller.icon.toolTip() == "relapp: 3 due" and not controller.icon.icon().isNull()
    interactions.complete_follow_up(follow_up_id=data["fu"])
    window.hub.follow_ups_changed.emit()
    qtbot_wait = controller._pending
    assert qtbot_wait.isActive()
    qtbot_wait.timeout.emit()
    assert controller.count == 2 and controller.icon.toolTip() == "relapp: 2 due"


def test_menu_lists_todays_items_and_clicking_one_opens_the_contact(controller, window, data):
    actions = open_menu(controller)
    assert list(actions) == [
        "Follow up with Ada Lovelace",
        "Grace Hopper: birthday today",
        "Check in with Maya Manager",
        "&Log Interaction\u2026",
        "&Snooze All Until Tomorrow",
        "&Open relapp",
        "&Quit",
    ]
    actions["Grace Hopper: birthday today"].trigger()
    assert window.calls[-1] == ("show_contact", data["grace"])


def test_menu_is_rebuilt_each_time_it_opens(controller, window, data):
    assert "Follow up with Ada Lovelace" in open_menu(controller)
    interactions.complete_follow_up(follow_up_id=data["fu"])
    assert "Follow up with Ada Lovelace" not in open_menu(controller)


def test_log_interaction_open_and_quit_call_the_window(controller, window):
    actions = open_menu(controller)
    actions["&Log Interaction\u2026"].trigger()
    assert window.calls[-2:] == [("bring_to_front",), ("trigger_action", "log_interaction")]
    window.hide()
    actions["&Open relapp"].trigger()
    assert window.isVisible()
    actions["&Quit"].trigger()
    assert window.calls[-1] == ("trigger_action", "quit") and window.quit_requested


def test_snooze_all_until_tomorrow_moves_everything_due_and_marks_nothing_done(
    controller, window, data
):
    actions = open_menu(controller)
    actions["&Snooze All Until Tomorrow"].trigger()
    assert controller.count == 1  # only the birthday, which is today whatever happens
    assert data["fu"] in [f.id for f in interactions.open_follow_ups()]
    tomorrow = TODAY + dt.timedelta(days=1)
    assert agenda.due_count(today=tomorrow, now=dt.datetime.combine(tomorrow, dt.time(10, 0))) == 2
    assert [t for t, *_ in open_menu(controller).items()][0] == "Grace Hopper: birthday today"


def test_without_a_system_tray_nothing_is_shown_and_the_window_quits_on_close(controller, window):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen
    assert window.tray is controller and not controller.is_available()
    assert not controller.icon.isVisible()
    assert "tray" not in notifications.available_channels()  # showMessage would do nothing here
    controller.show_message("relapp is still running", "...")  # a no-op, not an error


def test_with_a_tray_the_icon_shows_and_becomes_the_notification_fallback(
    qtbot, window, monkeypatch
):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    c = tray.install(window)
    try:
        assert c.is_available() and c.icon.isVisible()
        assert notifications._fallback is not None and notifications._fallback("t", "b") is True
    finally:
        c.shutdown()
    assert notifications._fallback is None


# --- the scheduler ---------------------------------------------------------------------------------


class Sent(list):
    def __call__(self, title: str, body: str) -> str:
        self.append(title)
        return "test"


@pytest.fixture
def scheduler(qtbot, window, monkeypatch):
    monkeypatch.setattr(reminder_scheduler, "START_DELAY_MS", 10)
    sent = Sent()
    s = reminder_scheduler.ReminderScheduler(window, send=sent)
    s.sent = sent
    qtbot.waitUntil(lambda: s.passes == 1, timeout=3000)
    return s


def test_scheduler_runs_a_pass_at_start_and_rearms_one_timer(scheduler):
    assert sorted(scheduler.sent) == [
        "Check in with Maya Manager",
        "Follow up with Ada Lovelace (due today)",
        "Grace Hopper: birthday today",
    ]
    assert scheduler.timer.isSingleShot() and scheduler.timer.isActive()
    assert scheduler.next_at == dt.datetime(
        2026, 3, 3, 0, 0
    )  # midnight comes before tomorrow 09:00
    assert scheduler.run_pass().delivered == []  # never twice


def test_scheduler_runs_after_edits_debounced(qtbot, scheduler, window, data):
    interactions.add_follow_up(contact_id=data["maya"], text="Agenda for 1:1", due=TODAY)
    for _ in range(3):
        window.hub.follow_ups_changed.emit()
    assert scheduler.debounce.isActive()
    scheduler.debounce.setInterval(10)
    scheduler.debounce.start()
    qtbot.waitUntil(lambda: scheduler.passes == 2, timeout=3000)
    assert scheduler.sent[-1] == "Follow up with Maya Manager (due today)"


def test_scheduler_catches_a_new_day_and_a_clock_jump(scheduler, data):
    assert scheduler.check_clock() is False
    interactions.add_follow_up(
        contact_id=data["ada"], text="Tomorrow's thing", due=TODAY + dt.timedelta(days=1)
    )
    clock.set_now(dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(9, 30)))
    assert scheduler.check_clock() is True
    assert "Follow up with Ada Lovelace (due today)" in scheduler.sent[3:]


def test_tray_menu_drives_the_real_main_window(qtbot, data):
    """The same menu against the real window: an item opens its contact, Open relapp shows the
    window, Snooze all moves today's items to tomorrow, Quit ends the app."""
    from unittest import mock

    from relapp.ui.events import EventsHub
    from relapp.ui.main_window import MainWindow

    w = MainWindow(EventsHub())
    qtbot.addWidget(w)
    w.install_extensions()
    c = w.extensions["tray"]
    assert w.tray is c and c.count == agenda.due_count() == 3
    actions = open_menu(c)
    [ada_item] = [a for text, a in actions.items() if "Ada" in text]
    ada_item.trigger()
    assert w.isVisible() and w.view("contacts").panel.contact_id == data["ada"]
    w.hide()
    [open_app] = [
        a for text, a in actions.items() if text.replace("&", "").startswith("Open relapp")
    ]
    open_app.trigger()
    assert w.isVisible()
    [snooze] = [a for text, a in actions.items() if "snooze all" in text.replace("&", "").lower()]
    snooze.trigger()
    qtbot.waitUntil(lambda: c.count == agenda.due_count(), timeout=2000)
    left = agenda.compute_agenda(today=TODAY, days=1)
    assert not left.check_ins and not left.follow_ups  # moved to tomorrow, nothing marked done
    assert [x.contact for x in left.celebrations] == ["Grace Hopper"]  # a birthday stays today
    [quit_action] = [a for text, a in actions.items() if text.replace("&", "").startswith("Quit")]
    with mock.patch("PySide6.QtWidgets.QApplication.quit") as quit_app:
        quit_action.trigger()
    assert quit_app.called
    c.shutdown()
