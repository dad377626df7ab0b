"""The milestones editor and its dialog, driven offscreen on a real database: dates that do not
exist are refused in the dialog (which stays open with what was typed), any real date is accepted,
edit and delete, the birthday is the contact's birthday, and "Record a Win"."""

from __future__ import annotations

import calendar as pycal
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from relapp import clock
from relapp.services import contacts, milestones
from relapp.store.models import Milestone
from relapp.ui.events import EventsHub
from relapp.ui.milestones_editor import MilestoneDialog, MilestonesEditor, record_win


@pytest.fixture
def hub(db) -> EventsHub:
    clock.set_now(dt.datetime(2025, 6, 10, 9, 0))
    return EventsHub()


@pytest.fixture
def ana(hub) -> int:
    return contacts.create_contact(first_name="Ana", last_name="Silva")


def ok(qtbot, dialog: MilestoneDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


@pytest.mark.parametrize(
    ("month", "day", "year", "message"),
    [
        (4, 31, None, "April 31 does not exist (April has 30 days)"),
        (2, 30, None, "February 30 does not exist (February has 29 days)"),
        (2, 29, 2023, "February 29 does not exist (February 2023 has 28 days)"),
    ],
)
def test_impossible_dates_are_refused_in_the_dialog(qtbot, ana, month, day, year, message) -> None:
    dialog = MilestoneDialog(contact_id=ana)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.kind.setCurrentIndex(dialog.kind.findData("work_anniversary"))
    dialog.set_date(month, day, year)
    dialog.note.setText("typed by hand")
    ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text() == message
    assert dialog.focusWidget() is dialog.day
    # What was typed is still there, and nothing was stored.
    assert (dialog.month.currentData(), dialog.day.value(), dialog.note.text()) == (
        month,
        day,
        "typed by hand",
    )
    assert Milestone.select().count() == 0
    dialog.set_date(month, 28, year)
    ok(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == MilestoneDialog.DialogCode.Accepted
    assert [(m.month, m.day, m.year) for m in milestones.milestones_for(ana)] == [(month, 28, year)]


def test_one_off_without_a_year_is_refused(qtbot, ana) -> None:
    dialog = MilestoneDialog(contact_id=ana)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.kind.setCurrentIndex(dialog.kind.findData("promotion"))
    dialog.recurring.setCurrentIndex(1)
    dialog.set_date(3, 1, None)
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text() == "a one-off date needs a year"


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    year=st.one_of(st.none(), st.integers(1900, 2100)),
)
def test_any_date_is_stored_exactly_or_refused_with_the_reason(
    qtbot, ana, month, day, year
) -> None:
    Milestone.delete().execute()
    dialog = MilestoneDialog(contact_id=ana)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.kind.setCurrentIndex(dialog.kind.findData("custom"))
    dialog.label.setText("Any day")
    dialog.set_date(month, day, year)
    ok(qtbot, dialog)
    longest = pycal.monthrange(year if year is not None else 2000, month)[1]
    if day <= longest:
        assert not dialog.isVisible()
        assert [(m.month, m.day, m.year) for m in milestones.milestones_for(ana)] == [
            (month, day, year)
        ]
    else:
        assert dialog.isVisible()
        assert dialog.error.text().startswith(f"{pycal.month_name[month]} {day} does not exist")
        assert f"has {longest} days" in dialog.error.text()
        assert Milestone.select().count() == 0
    dialog.close()


def test_birthday_through_the_editor_is_the_contacts_birthday(qtbot, hub, ana) -> None:
    editor = MilestonesEditor(hub)
    qtbot.addWidget(editor)
    editor.set_contact(ana)
    editor.add()
    dialog = editor.dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("birthday"))
    assert not dialog.recurring.isEnabled() and not dialog.label.isEnabled()
    dialog.set_date(2, 29, 1988)
    with qtbot.waitSignals([hub.milestones_changed, hub.contacts_changed], timeout=2000):
        ok(qtbot, dialog)
    assert str(contacts.get_contact(ana).birthday) == "1988-02-29"
    # Editing it changes the contact's birthday; there is never a second one.
    editor.list.setCurrentIndex(editor.model.index(0))
    editor.edit()
    dialog = editor.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit Milestone"
    assert (dialog.month.currentData(), dialog.day.value(), dialog.year.value()) == (2, 29, 1988)
    dialog.set_date(3, 1, None)
    ok(qtbot, dialog)
    assert str(contacts.get_contact(ana).birthday) == "--03-01"
    assert [m.kind for m in milestones.milestones_for(ana)] == ["birthday"]


def test_edit_and_delete(qtbot, hub, ana) -> None:
    mid = milestones.add_milestone(
        contact_id=ana, kind="new_job", month=9, day=1, year=2024, lead_days=3
    )
    editor = MilestonesEditor(hub)
    qtbot.addWidget(editor)
    editor.set_contact(ana)
    assert not editor.edit_button.isEnabled()
    editor.list.setCurrentIndex(editor.model.index(0))
    assert editor.edit_button.isEnabled() and editor.delete_button.isEnabled()
    editor.edit()
    dialog = editor.dialog
    assert dialog is not None and dialog.lead_days.value() == 3
    dialog.lead_days.setValue(-1)  # "Default for the kind"
    dialog.label.setText("Staff Engineer at Acme")
    ok(qtbot, dialog)
    m = milestones.milestones_for(ana)[0]
    assert (m.id, m.lead_days, m.label) == (mid, None, "Staff Engineer at Acme")
    qtbot.waitUntil(
        lambda: editor.model.index(0).data() == "Staff Engineer at Acme \u2014 1 September 2024"
    )

    asked: list[str] = []
    editor.confirm_delete = lambda text: asked.append(text) or False
    editor.list.setCurrentIndex(editor.model.index(0))
    editor.delete()
    assert len(milestones.milestones_for(ana)) == 1 and asked
    editor.confirm_delete = lambda text: True
    with qtbot.waitSignal(hub.milestones_changed):
        editor.delete()
    assert milestones.milestones_for(ana) == []
    assert editor.model.rowCount() == 0
    editor.set_contact(None)
    assert not editor.add_button.isEnabled()


class Window(QWidget):
    """What ``record_win`` needs of the main window: the hub and the selected contact."""

    def __init__(self, hub: EventsHub, contact_id: int | None) -> None:
        super().__init__()
        self.hub = hub
        self._contact_id = contact_id

    def current_contact_id(self) -> int | None:
        return self._contact_id


def test_record_a_win_for_the_selected_contact(qtbot, hub, ana) -> None:
    window = Window(hub, ana)
    qtbot.addWidget(window)
    dialog = record_win(window)
    assert dialog is not None and dialog.isVisible()
    assert dialog.date.date().toPython() == dt.date(2025, 6, 10)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "describe the win in a few words"
    dialog.text.setText("Gave the keynote at PyCon")
    with qtbot.waitSignals([hub.milestones_changed, hub.status_message], timeout=2000):
        dialog.accept()
    [m] = milestones.milestones_for(ana)
    assert (m.kind, m.label, m.recurring, (m.year, m.month, m.day)) == (
        "achievement", "Gave the keynote at PyCon", False, (2025, 6, 10)
    )  # fmt: skip


def test_new_dialog_defaults_and_labels(qtbot, ana) -> None:
    from PySide6.QtWidgets import QLabel

    dialog = MilestoneDialog(contact_id=ana)
    qtbot.addWidget(dialog)
    assert (
        dialog.lead_days.text() == "Default for the kind" and dialog.values()["lead_days"] is None
    )
    assert not dialog.year.isEnabled()
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    assert {
        dialog.kind,
        dialog.month,
        dialog.recurring,
        dialog.lead_days,
        dialog.label,
        dialog.note,
    } <= buddies
    assert dialog.has_year.text().startswith("&Year")  # the year's row is reached by its checkbox
    dialog.kind.setCurrentIndex(dialog.kind.findData("achievement"))
    assert dialog.recurring.currentData() is False and dialog.has_year.isChecked()
