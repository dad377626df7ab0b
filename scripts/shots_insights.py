"""Screenshots of the insight dialogs for the README: the prep brief of the person at the top of the
reach-out list (preferring one with an open promise) and the follow-up draft of a demo interaction
that has action items. Read-only: nothing is written to the demo database.

``scripts/screenshots.py`` imports every ``scripts/shots_*.py`` and renders each entry of
:data:`SHOTS`, ``(file name, callable(window) -> QWidget)``; the Reach Out and Network views are
captured there with the other views. To render only these: ``python scripts/screenshots.py --only NAME``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QWidget


def _brief_contact() -> int:
    from relapp.services import reach_out

    entries = reach_out.reach_out(limit=20)
    with_promise = [e for e in entries if e.promise]
    chosen = (with_promise or entries)[0] if entries else None
    if chosen is not None:
        return chosen.contact_id
    from relapp.services import contact_list

    return contact_list.ordered_ids(contact_list.ContactFilter())[0]


def prep_brief(window: Any) -> QWidget:
    from relapp.ui.brief_dialog import BriefDialog

    dialog = BriefDialog(_brief_contact(), getattr(window, "hub", None), window)
    dialog.resize(580, 760)
    dialog.show()
    QApplication.processEvents()
    return dialog


def follow_up_draft(window: Any) -> QWidget:
    from relapp.services import interactions
    from relapp.ui.draft_dialog import FollowUpDraftDialog

    linked = [f for f in interactions.open_follow_ups() if f.interaction_id is not None]
    interaction_id = linked[-1].interaction_id if linked else None
    if interaction_id is None:
        raise RuntimeError("the demo data has no interaction with action items")
    dialog = FollowUpDraftDialog(interaction_id, None, window, remind=False)
    dialog.resize(560, 440)
    dialog.show()
    QApplication.processEvents()
    return dialog


SHOTS = [
    ("prep-brief.png", prep_brief),
    ("follow-up-draft.png", follow_up_draft),
]
