"""The interaction timeline of one contact: newest first, grouped by month, each entry with its
kind, date, people, summary, notes and follow-ups, and the contact's wins (one-off achievements,
:func:`relapp.services.wins.wins_for`) at their dates as "\u2605 Win: ..." entries. Rendered as read-only HTML in a text browser
(selectable, readable by screen readers); links on an entry edit or delete it and tick follow-ups.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from relapp import clock
from relapp.services import interactions, wins
from relapp.services.interactions import KIND_LABELS, InteractionInfo
from relapp.services.wins import Win
from relapp.ui.html import colors, esc

KIND_MARKS = {
    "coffee": "\u2615",
    "call": "\u260e",
    "video": "\u25b6",
    "meeting": "\u25a3",
    "email": "\u2709",
    "message": "\u2709",
    "lunch": "\u2668",
    "event": "\u2605",
    "celebration": "\u2740",
    "other": "\u25cf",
}
WIN_MARK = "\u2605"


class TimelineView(QTextBrowser):
    """Shows ``timeline(contact_id)``; emits requests instead of changing data itself."""

    edit_requested = Signal(int)  # interaction id
    delete_requested = Signal(int)  # interaction id
    follow_up_toggled = Signal(int, bool)  # follow-up id, done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Interaction timeline"))
        self.anchorClicked.connect(self._on_anchor)
        self.entries: list[InteractionInfo] = []
        self.wins: list[Win] = []
        self.contact_id: int | None = None

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.entries = interactions.timeline(contact_id) if contact_id is not None else []
        self.wins = wins.wins_for(contact_id=contact_id) if contact_id is not None else []
        self.setHtml(self.render_html())

    def render_html(self) -> str:
        c = colors(self)
        if not self.entries and not self.wins:
            return (
                f'<p style="color:{c["muted"]}">'
                + self.tr("No interactions yet. Press Ctrl+L to log a coffee, call or meeting.")
                + "</p>"
            )
        parts: list[str] = []
        month = None
        today = clock.today()
        for when, item in self._merged():
            key = (when.year, when.month)
            if key != month:
                month = key
                parts.append(
                    f'<h3 style="margin-top:14px; margin-bottom:4px; color:{c["muted"]}">'
                    f"{when.strftime('%B %Y')}</h3>"
                )
            if isinstance(item, Win):
                parts.append(self._win_html(item, c))
            else:
                parts.append(self._entry_html(item, c, today))
        return "".join(parts)

    def _merged(self) -> list[tuple[dt.datetime, InteractionInfo | Win]]:
        """Interactions and wins, newest first; a win sits below what was logged on its day."""
        items: list[tuple[dt.datetime, InteractionInfo | Win]] = [
            (e.occurred_at, e) for e in self.entries
        ]
        items += [(dt.datetime.combine(w.date, dt.time.min), w) for w in self.wins]
        # Stable: interactions keep the service's order among equal times.
        items.sort(key=lambda pair: pair[0], reverse=True)
        return items

    def _win_html(self, w: Win, c: dict[str, str]) -> str:
        title = self.tr("Win: {0}").format(esc(w.label))
        return (
            f'<table width="100%" cellspacing="0" cellpadding="2" style="margin-bottom:6px"><tr>'
            f'<td width="22" valign="top" style="color:{c["accent"]}; font-size:large">{WIN_MARK}</td><td>'
            f"<b>{title}</b><br>"
            f'<span style="color:{c["muted"]}">{esc(self.tr("Achievement"))} \u00b7 '
            f"{w.date.strftime('%a %d %b %Y')}</span></td></tr></table>"
        )

    def _entry_html(self, e: InteractionInfo, c: dict[str, str], today: dt.date) -> str:
        kind = KIND_LABELS.get(e.kind, e.kind)
        mark = KIND_MARKS.get(e.kind, "\u25cf")
        others = [name for cid, name in e.contacts if cid != self.contact_id]
        with_text = f" \u00b7 with {esc(', '.join(others))}" if others else ""
        initiated = {"me": " \u00b7 I reached out", "them": " \u00b7 they reached out"}.get(
            e.initiated_by or "", ""
        )
        html = [
            f'<table width="100%" cellspacing="0" cellpadding="2" style="margin-bottom:6px"><tr>'
            f'<td width="22" valign="top" style="color:{c["accent"]}; font-size:large">{mark}</td><td>'
            f"<b>{esc(e.summary) or esc(kind)}</b><br>"
            f'<span style="color:{c["muted"]}">{esc(kind)} \u00b7 {e.occurred_at.strftime("%a %d %b %Y, %H:%M")}'
            f"{with_text}{initiated} \u00b7 "
            f'<a href="relapp:edit/{e.id}">{self.tr("edit")}</a> \u00b7 '
            f'<a href="relapp:delete/{e.id}">{self.tr("delete")}</a></span>'
        ]
        if e.notes:
            html.append(f'<div style="margin-top:3px">{esc(e.notes)}</div>')
        for f in e.follow_ups:
            box = "\u2611" if f.done_at else "\u2610"
            who = self.tr("they promised") if f.direction == "they_owe" else self.tr("to do")
            due = ""
            if f.due:
                late = not f.done_at and f.due < today
                due_color = c["warn"] if late else c["muted"]
                due = (
                    f' <span style="color:{due_color}">\u00b7 due {f.due.strftime("%d %b")}</span>'
                )
            style = f"color:{c['muted']}; text-decoration:line-through" if f.done_at else ""
            action = "reopen" if f.done_at else "done"
            html.append(
                f'<div style="margin-top:2px"><a href="relapp:{action}/{f.id}" style="text-decoration:none">{box}</a> '
                f'<span style="{style}">{esc(f.text)}</span> <span style="color:{c["muted"]}">({who})</span>{due}</div>'
            )
        html.append("</td></tr></table>")
        return "".join(html)

    def _on_anchor(self, url: QUrl) -> None:
        action, _, ident = url.path().partition("/")
        if not ident.isdigit():
            return
        if action == "edit":
            self.edit_requested.emit(int(ident))
        elif action == "delete":
            self.delete_requested.emit(int(ident))
        elif action in ("done", "reopen"):
            self.follow_up_toggled.emit(int(ident), action == "done")
