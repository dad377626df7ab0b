"""Wins from the contact panel: "Record a Win" opens the dialog for the shown contact, saving it
puts a "Win" entry in the timeline in the right month, between the interactions around it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from relapp import clock
from relapp.services import calendar, contacts, interactions, milestones
from relapp.ui.contact_panel import ContactPanel
from relapp.ui.events import EventsHub

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def panel(qtbot, db):
    clock.set_now(dt.datetime.combine(TODAY, dt.time(10, 0)))
    ada = contacts.create_contact(first_name="Ada", last_name="Lovelace")
    interactions.log_interaction(
        contact_ids=[ada], kind="call", when=dt.datetime(2026, 2, 25, 9), summary="Roadmap call"
    )
    interactions.log_interaction(
        contact_ids=[ada], kind="coffee", when=dt.datetime(2026, 1, 5, 9), summary="New year coffee"
    )
    p = ContactPanel(EventsHub())
    qtbot.addWidget(p)
    p.show()
    p.set_contact(ada)
    return p


def test_record_a_win_from_the_panel_button_shows_it_in_the_timeline(qtbot, panel):
    assert panel.win_button.isVisible() and panel.win_button.accessibleName() == "Record a win"
    qtbot.mouseClick(panel.win_button, Qt.MouseButton.LeftButton)
    dialog = panel.win_dialog
    assert dialog is not None and dialog.isVisible() and dialog.contact_id == panel.contact_id
    assert "Ada" in dialog.findChildren(type(dialog.error))[0].text()  # the heading names her
    qtbot.keyClicks(dialog.text, "Shipped the mobile app")
    dialog.date.setDate(QDate(2026, 2, 10))
    with qtbot.waitSignal(panel.hub.milestones_changed, timeout=2000):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    [m] = milestones.milestones_for(panel.contact_id)
    assert (m.kind, m.label, m.year, m.recurring) == (
        "achievement",
        "Shipped the mobile app",
        2026,
        False,
    )
    qtbot.waitUntil(lambda: "Win: Shipped the mobile app" in panel.timeline.toPlainText())
    text = panel.timeline.toPlainText()
    # Newest first, in February, between the February call and the January coffee.
    assert (
        text.index("February 2026")
        < text.index("Roadmap call")
        < text.index("\u2605")
        < text.index("Win: Shipped the mobile app")
        < text.index("Tue 10 Feb 2026")
        < text.index("January 2026")
        < text.index("New year coffee")
    )
    assert text.count("February 2026") == 1


def test_timeline_shows_wins_alone_and_not_recurring_achievements(qtbot, panel):
    cid = contacts.create_contact(first_name="Bare")
    calendar.record_win(contact_id=cid, text="Ran a <marathon>", date=dt.date(2025, 10, 12))
    milestones.add_milestone(contact_id=cid, kind="achievement", label="Yearly", month=5, day=1)
    panel.set_contact(cid)
    text = panel.timeline.toPlainText()
    assert "No interactions yet" not in text
    assert "October 2025" in text and "Win: Ran a <marathon>" in text and "Yearly" not in text
    assert "&lt;" not in text  # escaped in the HTML, shown as typed
    calendar.record_win(contact_id=cid, text="Another one", date=dt.date(2025, 10, 20))
    panel.hub.milestones_changed.emit()
    qtbot.waitUntil(lambda: "Win: Another one" in panel.timeline.toPlainText())


def test_no_contact_hides_the_win_button(panel):
    panel.set_contact(None)
    assert not panel.win_button.isVisible()
    panel.record_win()
    assert panel.win_dialog is None
