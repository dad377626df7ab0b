"""The prep brief dialog: who someone is to me, the last three interactions, open promises both
ways, their profile, topics, upcoming milestones and three conversation starters, with "Copy as
text". :func:`prep_brief` is the Contact > Prep Brief action (Ctrl+B) for the current contact.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relapp import clock
from relapp.errors import UserError
from relapp.services import brief as brief_service
from relapp.ui.events import EventsHub
from relapp.ui.health_badge import badge_html
from relapp.ui.html import colors, esc


def brief_html(b: brief_service.Brief, widget: QWidget | None = None) -> str:
    """The brief as the rich text the dialog shows (colours from the widget's palette)."""
    c = colors(widget)
    muted = f'style="color:{c["muted"]};"'
    out = [f"<h2 style='margin-bottom:2px'>{esc(b.name)}</h2>"]
    out.append(f"<div>{'<br>'.join(esc(line) for line in b.who)}</div>")
    out.append(
        f"<p>{badge_html(b.health, widget.palette() if widget else None)} "
        f"<span {muted}>{esc('; '.join(b.health.reasons))}</span></p>"
    )

    def section(title: str, items: list[str], empty: str) -> None:
        out.append(f"<h3 style='margin-bottom:2px'>{esc(title)}</h3>")
        if items:
            out.append(
                "<ul style='margin-top:0'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
            )
        else:
            out.append(f"<p {muted}>{esc(empty)}</p>")

    section(
        "Last interactions",
        [esc(brief_service.interaction_line(i, b.today)) for i in b.last_interactions],
        "Nothing logged yet.",
    )
    promises = [
        f"<b>You owe them:</b> {esc(brief_service.promise_line(f, b.today))}" for f in b.i_owe
    ]
    promises += [
        f"<b>They owe you:</b> {esc(brief_service.promise_line(f, b.today))}" for f in b.they_owe
    ]
    section("Open promises", promises, "None.")
    profile = [f"<b>{label}:</b> {esc(value)}" for label, value in b.about()]
    section("About them", profile, "Nothing noted yet.")
    section(
        "Topics for next time",
        [esc(t.strip()) for t in b.topics_next.splitlines() if t.strip()],
        "None.",
    )
    section(
        "Upcoming milestones",
        [esc(brief_service.milestone_line(m, b.today)) for m in b.milestones],
        "None in the next weeks.",
    )
    out.append("<h3 style='margin-bottom:2px'>Conversation starters</h3>")
    out.append(
        "<ol style='margin-top:0'>" + "".join(f"<li>{esc(q)}</li>" for q in b.starters) + "</ol>"
    )
    return "".join(out)


class BriefDialog(QDialog):
    def __init__(
        self, contact_id: int, hub: EventsHub | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.contact_id = contact_id
        self.brief = brief_service.prep_brief(contact_id=contact_id, today=clock.today())
        self.text = brief_service.brief_text(self.brief)
        self.setWindowTitle(self.tr("Prep brief \u2014 {name}").replace("{name}", self.brief.name))
        self.resize(560, 680)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Prep brief"))
        self.view.setHtml(brief_html(self.brief, self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy as Text"))
        self.copy_button.setAccessibleName(self.tr("Copy the brief as text"))
        self.copy_button.clicked.connect(self.copy_text)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button = QPushButton(self.tr("&Log Interaction\u2026"))
        self.log_button.setAccessibleName(self.tr("Log an interaction with this person"))
        self.log_button.clicked.connect(self.log_interaction)
        self.log_button.setEnabled(hub is not None)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, activated=self.copy_text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "view"):
            self.view.setHtml(brief_html(self.brief, self))  # colours follow a theme switch

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        if self.hub is not None:
            self.hub.status_message.emit(self.tr("Prep brief copied"))
        self.copy_button.setText(self.tr("Copied"))

    def log_interaction(self) -> None:
        self.accept()
        if self.hub is not None:
            self.hub.log_interaction_requested.emit([self.contact_id])


def show_brief(
    parent: QWidget | None, contact_id: int, hub: EventsHub | None = None
) -> BriefDialog | None:
    """Open the brief for ``contact_id`` (window-modal, returns at once); a clear message instead
    of a traceback if it cannot be built."""
    try:
        dialog = BriefDialog(contact_id, hub, parent)
    except UserError as exc:
        QMessageBox.warning(parent, "relapp", str(exc))
        return None
    dialog.open()
    return dialog


def prep_brief(window: Any) -> BriefDialog | None:
    """Contact > Prep Brief (Ctrl+B): the brief of the current contact of the window."""
    contact_id = window.current_contact_id()
    if contact_id is None:
        QMessageBox.information(
            window,
            "relapp",
            window.tr("Select a contact first, then press Ctrl+B for the prep brief."),
        )
        return None
    return show_brief(window, contact_id, getattr(window, "hub", None))
