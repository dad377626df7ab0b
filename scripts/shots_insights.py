"""Screenshots of the insight dialogs for the README: the prep brief of the person at the top of the
reach-out list (preferring one with an open promise) and the follow-up draft of a demo interaction
that has action items. Read-only: nothing is written to the demo database.

``scripts/screenshots.py`` imports every ``scripts/shots_*.py`` and renders each entry of
:data:`SHOTS`, ``(file name, callable(window) -> QWidget)``; the Reach Out and Network views are
captured there with the other views. Run alone (``python scripts/shots_insights.py [OUTDIR]``) it
renders these dialogs and the two views with demo data offscreen (or under Xvfb).
"""

from __future__ import annotations

import sys
from pathlib import Path
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


def _view(cls_path: str) -> Any:
    def make(window: Any) -> QWidget:
        import importlib

        module, _, name = cls_path.partition(":")
        view = getattr(importlib.import_module(module), name)(window.hub)
        view.resize(1100, 720)
        view.show()
        QApplication.processEvents()
        return view

    return make


def main(argv: list[str] | None = None) -> int:
    """Render the dialogs and the Reach Out and Network views with demo data into OUTDIR."""
    import datetime as dt
    import os
    import tempfile

    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "docs")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from relapp import clock
    from relapp.services import demo
    from relapp.store import init_db
    from relapp.ui.events import EventsHub

    app = QApplication.instance() or QApplication(sys.argv[:1])
    today = dt.date(2026, 3, 2)
    clock.set_now(dt.datetime(2026, 3, 2, 10, 0))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RELAPP_DATA_DIR"] = tmp
        init_db(Path(tmp) / "relapp.sqlite3")
        demo.populate(contacts=40, seed=7, today=today)
        window = QWidget()
        window.hub = EventsHub()  # type: ignore[attr-defined]
        shots = [
            *SHOTS,
            ("reach-out.png", _view("relapp.ui.reach_out_view:ReachOutView")),
            ("network.png", _view("relapp.ui.network_view:NetworkView")),
        ]
        for name, make in shots:
            widget = make(window)
            widget.grab().save(str(out / name))
            widget.close()
            print(out / name)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
