"""The Calendar view and the milestones editor, driven offscreen with pytest-qt on a real database:
add a work anniversary through the editor's dialog, see it marked on the right day, find it in the
day list, celebrate it and find the celebration in the contact's timeline; navigation; opening a
contact; Open in Mail; the File menu export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from relapp import clock
from relapp.services import contacts, interactions, milestones
from relapp.ui.calendar_view import CalendarView, run_export
from relapp.ui.events import EventsHub
from relapp.ui.milestones_editor import MilestonesEditor
from tests.ui.helpers import when_dialog_opens

TODAY = dt.date(2025, 6, 10)


@pytest.fixture
def hub(db) -> EventsHub:
    clock.set_now(dt.datetime.combine(TODAY, dt.time(9, 0)))
    return EventsHub()


@pytest.fixture
def ana(hub) -> int:
    return contacts.create_contact(
        first_name="Ana", last_name="Silva", company="Northwind", emails=["ana@example.com"]
    )


@pytest.fixture
def view(qtbot, hub) -> CalendarView:
    widget = CalendarView(hub)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_of(model, predicate) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, e in enumerate(model.entries()) if predicate(e))


def test_add_anniversary_see_it_marked_select_the_day_and_celebrate(qtbot, hub, ana, view) -> None:
    editor = MilestonesEditor(hub)
    qtbot.addWidget(editor)
    editor.set_contact(ana)
    editor.show()
    assert editor.model.rowCount() == 0

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("work_anniversary"))
    dialog.set_date(6, 20, 2020)
    dialog.note.setText("Joined Northwind")
    with qtbot.waitSignal(hub.milestones_changed, timeout=2000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert not dialog.isVisible()
    assert [m.kind for m in milestones.milestones_for(ana)] == ["work_anniversary"]
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    assert editor.model.index(0).data() == "Work anniversary \u2014 20 June 2020"

    # The calendar, already open, refreshes on the hub signal and marks 20 June only.
    day = dt.date(2025, 6, 20)
    qtbot.waitUntil(lambda: view.calendar.markers_on(day) == ["work_anniversary"], timeout=2000)
    assert view.calendar.markers_on(day - dt.timedelta(days=1)) == []
    assert view.calendar.markers_on(day + dt.timedelta(days=1)) == []
    assert any(e.kind == "work_anniversary" for e in view.upcoming_model.entries())

    view.select_date(day)
    assert view.day_label.text().startswith("On Friday 20 June 2025")
    texts = [view.day_model.index(i).data() for i in range(view.day_model.rowCount())]
    assert texts == ["Ana Silva \u2014 Work anniversary (5 years)"]

    view.day_list.setFocus()
    view.day_list.setCurrentIndex(view.day_model.index(0))
    assert view.celebrate_button.isEnabled()
    qtbot.mouseClick(view.celebrate_button, Qt.MouseButton.LeftButton)

    celebration = interactions.timeline(ana)[0]
    assert celebration.kind == "celebration"
    assert celebration.milestone_uid == milestones.milestones_for(ana)[0].uid
    assert celebration.summary == "Celebrated: Work anniversary (5 years)"
    dlg = view.celebrate_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.subject.text() == "Congratulations on 5 years at Northwind!"
    assert "Hi Ana," in dlg.body.toPlainText()
    assert dlg.mail_button.isEnabled()
    qtbot.mouseClick(dlg.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("Congratulations on 5 years at Northwind!")

    # Celebrated this year: shown as done, and Celebrate is off for it.
    entry = view.day_model.entry(0)
    assert entry is not None and entry.celebrated
    assert view.day_model.index(0).data().endswith("\u2713 celebrated")
    assert view.current_entry() is not None and view.current_entry().celebrated
    assert not view.celebrate_button.isEnabled()
    dlg.close()


class MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_in_mail_hands_a_mailto_link_to_the_desktop(qtbot, hub, ana, view) -> None:
    milestones.add_milestone(
        contact_id=ana, kind="promotion", month=6, day=12, year=2025, recurring=False
    )
    view.refresh()
    view.upcoming_list.setFocus()
    view.upcoming_list.setCurrentIndex(
        view.upcoming_model.index(row_of(view.upcoming_model, lambda e: e.kind == "promotion"))
    )
    view.celebrate()
    dlg = view.celebrate_dialog
    assert dlg is not None
    dlg.subject.setText("Bravo & well done")
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "handle")
    try:
        qtbot.mouseClick(dlg.mail_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert len(catcher.urls) == 1
    url = catcher.urls[0]
    assert url.scheme() == "mailto" and url.path() == "ana@example.com"
    assert "subject=Bravo%20%26%20well%20done" in url.toString(
        QUrl.ComponentFormattingOption.FullyEncoded
    )
    dlg.close()


def test_no_email_means_no_open_in_mail(qtbot, hub, view) -> None:
    ben = contacts.create_contact(first_name="Ben", birthday="--06-11")
    view.refresh()
    view.upcoming_list.setFocus()
    view.upcoming_list.setCurrentIndex(view.upcoming_model.index(0))
    assert view.current_entry() is not None and view.current_entry().contact_id == ben
    view.celebrate()
    assert view.celebrate_dialog is not None and not view.celebrate_dialog.mail_button.isEnabled()
    view.celebrate_dialog.close()


def test_enter_and_double_click_open_the_contact(qtbot, hub, ana, view) -> None:
    milestones.add_milestone(contact_id=ana, kind="new_job", month=6, day=15, year=2024)
    hub.milestones_changed.emit()
    qtbot.waitUntil(lambda: view.upcoming_model.rowCount() == 1)
    view.upcoming_list.setFocus()
    view.upcoming_list.setCurrentIndex(view.upcoming_model.index(0))
    with qtbot.waitSignal(hub.contact_requested, timeout=2000) as got:
        qtbot.keyClick(view.upcoming_list, Qt.Key.Key_Return)
    assert got.args == [ana]
    rect = view.upcoming_list.visualRect(view.upcoming_model.index(0))
    opened: list[int] = []
    hub.contact_requested.connect(opened.append)
    qtbot.mouseClick(view.upcoming_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a single click selects only
    qtbot.mouseDClick(view.upcoming_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [ana]  # once, not twice


def test_follow_ups_are_marked_and_not_celebrated(qtbot, hub, ana, view) -> None:
    interactions.add_follow_up(contact_id=ana, text="Send the deck", due=dt.date(2025, 6, 18))
    with qtbot.waitSignal(hub.follow_ups_changed):
        hub.follow_ups_changed.emit()
    qtbot.waitUntil(lambda: view.calendar.markers_on(dt.date(2025, 6, 18)) == ["follow_up"])
    view.select_date(dt.date(2025, 6, 18))
    assert view.day_model.index(0).data() == "Ana Silva \u2014 follow up: Send the deck"
    view.day_list.setFocus()
    view.day_list.setCurrentIndex(view.day_model.index(0))
    assert view.open_button.isEnabled() and not view.celebrate_button.isEnabled()


def test_navigation_by_month_year_and_today(qtbot, hub, ana, view) -> None:
    milestones.add_milestone(contact_id=ana, kind="custom", label="Team day", month=7, day=4)
    view.refresh()
    assert view.calendar.markers_on(dt.date(2025, 7, 4)) == []  # June is shown
    view.calendar.showNextMonth()
    assert (view.month.year, view.month.month) == (2025, 7)
    assert view.calendar.markers_on(dt.date(2025, 7, 4)) == ["custom"]
    qtbot.mouseClick(view.next_year, Qt.MouseButton.LeftButton)
    assert view.selected_date() == dt.date(2026, 6, 10)
    assert (view.month.year, view.month.month) == (2026, 6)
    qtbot.mouseClick(view.prev_year, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.prev_year, Qt.MouseButton.LeftButton)
    assert view.selected_date() == dt.date(2024, 6, 10)
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.selected_date() == TODAY
    assert (view.calendar.yearShown(), view.calendar.monthShown()) == (2025, 6)


def test_hidden_view_defers_its_refresh_until_shown(qtbot, hub, ana, view) -> None:
    view.hide()
    milestones.add_milestone(contact_id=ana, kind="custom", label="Hidden", month=6, day=25)
    hub.milestones_changed.emit()
    qtbot.wait(20)
    assert view.calendar.markers_on(dt.date(2025, 6, 25)) == []
    view.show()
    assert view.calendar.markers_on(dt.date(2025, 6, 25)) == ["custom"]


def test_export_action_writes_the_file_or_explains_why_not(
    qtbot, hub, ana, view, tmp_path: Path
) -> None:
    milestones.add_milestone(contact_id=ana, kind="work_anniversary", month=6, day=20, year=2020)
    path = tmp_path / "out.ics"
    assert run_export(view, path) == 1
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["Ana Silva: Work anniversary"]

    seen: list[str] = []

    def close(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_dialog_opens(close)
    assert run_export(view, tmp_path / "missing" / "out.ics") is None
    assert seen and "does not exist" in seen[0]
    assert QApplication.overrideCursor() is None


def test_markers_follow_a_dark_palette(qtbot, hub, ana, view) -> None:
    """Marker outlines use the palette's text colour, so they stay visible on a dark theme."""
    from PySide6.QtGui import QColor, QPalette

    def outline_lightness() -> int:
        image = view.legend.swatches["birthday"].pixmap().toImage()
        return QColor(image.pixel(6, 1)).lightness()

    light = outline_lightness()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.Text, "#f1f1f1"),
        (QPalette.ColorRole.WindowText, "#f1f1f1"),
    ):
        dark.setColor(role, QColor(colour))
    view.setPalette(dark)
    qtbot.waitUntil(lambda: outline_lightness() > light + 60)
    milestones.add_milestone(
        contact_id=ana, kind="promotion", month=6, day=12, year=2025, recurring=False
    )
    view.refresh()
    icon = view.upcoming_model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert QColor(icon.pixmap(12, 12).toImage().pixel(6, 1)).lightness() > 150
