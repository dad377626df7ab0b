"""The Reach Out view driven offscreen on demo data at a fixed date: the expected people, the
adjustable count, logging an interaction / dismissing / snoozing taking a person off the list, and
Ctrl+B in the real main window opening the brief of the selected entry."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from relapp import clock
from relapp.services import contact_list, contacts, demo, interactions, reach_out, settings
from relapp.ui.brief_dialog import BriefDialog
from relapp.ui.events import EventsHub
from relapp.ui.reach_out_view import ReachOutView
from tests.ui.pyside_none_guard import keep_none_alive

keep_none_alive()  # PySide6 6.12.0 drops a None reference per void call; see the module

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def demo_db(db):
    clock.set_now(TODAY)
    demo.populate(contacts=40, seed=7, today=TODAY)
    return db


@pytest.fixture
def view(qtbot, demo_db):
    hub = EventsHub()
    v = ReachOutView(hub)
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    return v


def shown(v: ReachOutView) -> list[str]:
    return [card.entry.contact for card in v.cards]


def expected_top(n: int) -> list[str]:
    """The ranking rule recomputed in Python, contact by contact, from the services' public data:
    an independent check of the one-statement SQL ranking."""
    scored = []
    for cid in contact_list.ordered_ids(contact_list.ContactFilter()):
        info = contacts.get_contact(cid)
        promises = interactions.open_follow_ups(contact_id=cid)
        mine = [f for f in promises if f.direction == "i_owe"]
        late = [f for f in mine if f.due and f.due < TODAY]
        soon = [f for f in mine if f.due and f.due <= TODAY + dt.timedelta(days=7)]
        theirs = [f for f in promises if f.direction == "they_owe"]
        last = info.last_interaction_at.date() if info.last_interaction_at else None
        if last and (TODAY - last).days < 7:
            continue
        due = info.checkin_due is not None and info.checkin_due <= TODAY
        if not due and not soon:
            continue
        r = 0.0
        if due:
            r = 1.0 if last is None else (TODAY - last).days / info.effective_cadence
        score = (
            (30 * r / (r + 1) if due else 0)
            + 8 * min(len(mine), 3)
            + 4 * min(len(late), 3)
            + 3 * min(len(theirs), 2)
        )
        scored.append((-score, info.display_name.lower(), cid, info.display_name))
    scored.sort()
    return [s[3] for s in scored[:n]]


def test_shows_the_expected_people_for_the_demo_data(view):
    assert len(view.cards) == 5
    assert shown(view) == expected_top(5)
    assert shown(view) == [e.contact for e in reach_out.reach_out(today=TODAY)]
    first = view.cards[0]
    assert first.reason.text().startswith("Last talked ")
    assert "rhythm" in first.reason.text()
    assert "\u25cf" in first.name.text()  # the health badge
    assert view.current_contact_id() == first.entry.contact_id
    assert not view.empty.isVisible()


def test_the_count_is_adjustable_and_remembered(view, qtbot):
    view.count.setValue(8)
    qtbot.waitUntil(lambda: len(view.cards) == 8)
    assert shown(view) == expected_top(8)
    assert settings.get("reach_out_limit") == 8
    view.count.setValue(2)
    qtbot.waitUntil(lambda: len(view.cards) == 2)


def test_logging_an_interaction_from_the_list_removes_the_person(view, qtbot):
    hub = view.hub
    requested: list[list[int]] = []

    def log_dialog(ids: list[int]) -> None:
        # What the lead's Log dialog does on OK: log, then tell every view.
        requested.append(ids)
        interactions.log_interaction(contact_ids=ids, kind="call", summary="Caught up")
        hub.interactions_changed.emit()

    hub.log_interaction_requested.connect(log_dialog)
    before = shown(view)
    first = view.cards[0]
    cid = first.entry.contact_id
    qtbot.mouseClick(first.log_button, Qt.MouseButton.LeftButton)
    assert requested == [[cid]]
    qtbot.waitUntil(lambda: shown(view) != before)
    assert first.entry.contact not in shown(view)
    assert shown(view)[:4] == before[1:]
    assert shown(view) == expected_top(5)


def test_dismiss_and_snooze_take_people_off(view, qtbot):
    messages: list[str] = []
    view.hub.status_message.connect(messages.append)
    before = shown(view)
    qtbot.mouseClick(view.cards[1].dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: before[1] not in shown(view))
    assert messages[-1].startswith(f"{before[1]} dismissed until ")
    view.cards[0].snooze_actions[2].trigger()
    qtbot.waitUntil(lambda: before[0] not in shown(view))
    assert (
        messages[-1] == f"{before[0]} snoozed until {(TODAY + dt.timedelta(weeks=2)).isoformat()}"
    )
    assert shown(view)[:3] == before[2:]
    # Two weeks later the snoozed person is back.
    clock.set_now(TODAY + dt.timedelta(weeks=2))
    view.refresh()
    assert before[0] in shown(view)


def test_keyboard_moves_between_entries_and_buttons_request_views(view, qtbot):
    opened: list[int] = []
    view.hub.contact_requested.connect(opened.append)
    view.cards[0].setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.current_contact_id() == view.cards[1].entry.contact_id)
    qtbot.mouseClick(view.cards[3].open_button, Qt.MouseButton.LeftButton)
    assert opened == [view.cards[3].entry.contact_id]


def test_brief_button_opens_the_brief(view, qtbot):
    entry = view.cards[2].entry
    qtbot.mouseClick(view.cards[2].brief_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BriefDialog)
    assert dialog.contact_id == entry.contact_id
    assert entry.contact in dialog.view.toPlainText()
    dialog.close()


def test_empty_list_says_so(qtbot, db):
    clock.set_now(TODAY)
    v = ReachOutView(EventsHub())
    qtbot.addWidget(v)
    v.show()
    assert v.cards == [] and v.empty.isVisible()
    assert v.current_contact_id() is None


def test_ctrl_b_in_the_main_window_briefs_the_selected_entry(qtbot, demo_db):
    from relapp.ui.main_window import MainWindow
    from tests.ui.helpers import activate

    w = MainWindow(EventsHub())
    qtbot.addWidget(w)
    w.show_view("reach_out")
    activate(qtbot, w)
    rv = w.view("reach_out")
    qtbot.waitUntil(lambda: len(rv.cards) == 5)
    rv.select(rv.cards[1].entry.contact_id)
    qtbot.keyClick(w, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BriefDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.contact_id == rv.cards[1].entry.contact_id
    dialog.close()
