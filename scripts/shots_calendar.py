"""Screenshots for the milestone calendar's docs (the Calendar view itself is captured by
``scripts/screenshots.py``): the congratulation draft shown after "Celebrate", and the milestone
dialog refusing 31 April. Neither writes anything: the draft is built with ``draft_for`` (no
celebration logged) and the refused date never reaches the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def celebrate_dialog(window: Any) -> QWidget:
    from relapp import clock
    from relapp.services import calendar
    from relapp.ui.celebrate_dialog import CelebrateDialog

    entries = [e for e in calendar.upcoming(start=clock.today(), days=60) if e.is_celebration]
    entry = next((e for e in entries if e.years), entries[0])
    assert entry.milestone_id is not None
    draft, email = calendar.draft_for(milestone_id=entry.milestone_id, on=entry.date)
    heading = window.tr("Celebration logged: %1").replace("%1", entry.text())
    dialog = CelebrateDialog(heading=heading, draft=draft, email=email, parent=window)
    dialog.resize(520, 330)
    dialog.show()
    return dialog


def milestone_dialog(window: Any) -> QWidget:
    from relapp.services import contact_list
    from relapp.ui.milestones_editor import MilestoneDialog

    contact_id = (
        window.current_contact_id() or contact_list.ordered_ids(contact_list.ContactFilter())[0]
    )
    dialog = MilestoneDialog(contact_id=contact_id, parent=window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("work_anniversary"))
    dialog.set_date(4, 31, 2019)
    dialog.note.setText("Joined the platform team")
    dialog.show()
    dialog.accept()  # refused: the dialog stays open and says why
    return dialog


SHOTS = [
    ("calendar-celebrate.png", celebrate_dialog),
    ("milestone-dialog.png", milestone_dialog),
]
