"""The right-hand side of the Contacts view: who the selected person is to me (the profile) and
what happened between us (the timeline, wins included), with buttons for the common actions (log
an interaction, record a win, edit, archive)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relapp import clock
from relapp.errors import NotFoundError, UserError
from relapp.services import contacts, interactions
from relapp.services.checkins import check_in_state
from relapp.services.contacts import ContactInfo
from relapp.ui.contact_list_model import relative_day
from relapp.ui.events import EventsHub, connect_refresh
from relapp.ui.health_badge import HealthBadge
from relapp.ui.html import chip, colors, esc
from relapp.ui.timeline import TimelineView
from relapp.ui.widgets import NoContactHint

PROFILE_SECTIONS = (
    ("how_met", "How we met"),
    ("works_on", "Works on"),
    ("excited_about", "Excited about"),
    ("finds_hard", "Finds hard"),
    ("preferences", "Preferences and interests"),
    ("topics_next", "Topics for next time"),
    ("notes", "Notes"),
)


class ContactPanel(QWidget):
    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.contact_id: int | None = None
        self.info: ContactInfo | None = None

        self.title = QLabel()
        self.title.setObjectName("contactTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.log_button = QPushButton(self.tr("&Log interaction"))
        self.log_button.setToolTip(self.tr("Log a coffee, call, meeting\u2026 (Ctrl+L)"))
        self.win_button = QPushButton(self.tr("Record a &Win\u2026"))
        self.win_button.setAccessibleName(self.tr("Record a win"))
        self.win_button.setToolTip(
            self.tr("Note what they achieved, so the next check-in can mention it")
        )
        self.win_dialog: Any = None  # the open "Record a win" dialog, if any
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Edit this contact (Ctrl+E)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.win_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)

        self.timeline = TimelineView()
        self.profile = QTextBrowser()
        self.profile.setOpenExternalLinks(True)
        self.profile.setAccessibleName(self.tr("Contact profile"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self.profile, self.tr("&Profile"))
        # The milestones editor is built the first time its tab opens (it is not needed to show
        # the window, and its modules are not imported until then).
        self.milestones: Any = None
        self._milestones_page = QWidget()
        QVBoxLayout(self._milestones_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._milestones_page, self.tr("&Milestones"))
        self.tabs.currentChanged.connect(self._ensure_milestones)

        self.placeholder = NoContactHint()

        self.health = HealthBadge(hub, self, compact=True)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.health, 0, Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.placeholder, 1)

        self.log_button.clicked.connect(
            lambda: self.hub.log_interaction_requested.emit([self.contact_id])
        )
        self.win_button.clicked.connect(self.record_win)
        self.edit_button.clicked.connect(self._edit)
        self.archive_button.clicked.connect(self._toggle_archive)
        self.timeline.edit_requested.connect(self._edit_interaction)
        self.timeline.delete_requested.connect(self._delete_interaction)
        self.timeline.follow_up_toggled.connect(self._toggle_follow_up)
        connect_refresh(
            hub,
            self.refresh,
            "contacts_changed",
            "interactions_changed",
            "follow_ups_changed",
            "milestones_changed",
        )
        self.set_contact(None)

    def _ensure_milestones(self, index: int) -> None:
        if self.milestones is None and self.tabs.widget(index) is self._milestones_page:
            from relapp.ui.milestones_editor import MilestonesEditor

            self.milestones = MilestonesEditor(self.hub, self)
            self._milestones_page.layout().addWidget(self.milestones)
            self.milestones.set_contact(self.contact_id if self.info is not None else None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        # The profile and timeline are HTML with colours from the palette: redraw on a theme switch.
        # Deferred: the children receive the new palette after this widget does.
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            QTimer.singleShot(0, self.refresh)
        super().changeEvent(event)

    # --- showing ---------------------------------------------------------------------------
    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        info = None
        if self.contact_id is not None:
            try:
                info = contacts.get_contact(self.contact_id)
            except NotFoundError:
                self.contact_id = None
        self.info = info
        has = info is not None
        for w in (
            self.title,
            self.subtitle,
            self.tabs,
            self.log_button,
            self.win_button,
            self.edit_button,
            self.archive_button,
        ):
            w.setVisible(has)
        self.placeholder.setVisible(not has)
        if info is None:
            self.timeline.set_contact(None)
            if self.milestones is not None:
                self.milestones.set_contact(None)
            return
        self.title.setText(
            info.display_name
            + (f"  \u201c{info.nickname}\u201d" if info.nickname and info.first_name else "")
        )
        role = " at ".join(x for x in (info.title, info.company) if x)
        self.subtitle.setText(
            " \u00b7 ".join(
                x for x in (info.relationship.capitalize(), role, self._checkin_text(info)) if x
            )
        )
        self.archive_button.setText(self.tr("Unarchive") if info.archived else self.tr("Archive"))
        self.profile.setHtml(self.profile_html(info))
        self.timeline.set_contact(info.id)
        self.health.set_contact(None if info.archived else info.id)
        if self.milestones is not None:
            self.milestones.set_contact(info.id)

    def _checkin_text(self, info: ContactInfo) -> str:
        if info.archived:
            return self.tr("archived")
        if not info.effective_cadence or info.checkin_due is None:
            return ""
        today = clock.today()
        state = check_in_state(info.checkin_due, today, info.effective_cadence)
        when = relative_day(info.checkin_due, today)
        if state == "overdue":
            return self.tr("check-in overdue (due {0})").format(when)
        return self.tr("check in {0} (every {1} days)").format(when, info.effective_cadence)

    def profile_html(self, info: ContactInfo) -> str:
        c = colors(self)
        rows: list[str] = []

        def row(label: str, value: str) -> None:
            if value:
                rows.append(
                    f'<tr><td valign="top" style="color:{c["muted"]}; padding-right:12px">{esc(label)}</td>'
                    f"<td>{value}</td></tr>"
                )

        row(
            self.tr("Emails"),
            "<br>".join(f'<a href="mailto:{esc(e)}">{esc(e)}</a>' for e in info.emails),
        )
        row(self.tr("Phones"), "<br>".join(esc(p) for p in info.phones))
        row(self.tr("Links"), "<br>".join(f'<a href="{esc(u)}">{esc(u)}</a>' for u in info.links))
        row(self.tr("Tags"), " ".join(chip(t, c) for t in info.tags))
        row(self.tr("Birthday"), esc(self._birthday_text(info)))
        row(
            self.tr("Location"),
            esc(" \u00b7 ".join(x for x in (info.location, info.timezone) if x)),
        )
        cadence = (
            self.tr("every {0} days").format(info.effective_cadence)
            if info.effective_cadence
            else self.tr("no regular check-in")
        )
        if info.cadence_days is None and info.effective_cadence:
            cadence += self.tr(" (default)")
        row(self.tr("Check-in"), esc(cadence))
        last = (
            info.last_interaction_at.strftime("%d %b %Y")
            if info.last_interaction_at
            else self.tr("never")
        )
        row(self.tr("Last contact"), esc(last))
        parts = [f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>']
        for attr, label in PROFILE_SECTIONS:
            value = getattr(info, attr)
            if value:
                parts.append(
                    f'<h4 style="margin-bottom:2px">{esc(self.tr(label))}</h4><div>{esc(value)}</div>'
                )
        open_items = interactions.open_follow_ups(contact_id=info.id)
        if open_items:
            parts.append(
                f'<h4 style="margin-bottom:2px">{esc(self.tr("Open follow-ups and promises"))}</h4>'
            )
            for f in open_items:
                who = self.tr("they promised") if f.direction == "they_owe" else self.tr("I owe")
                due = f" \u00b7 due {f.due.strftime('%d %b %Y')}" if f.due else ""
                parts.append(
                    f"<div>\u2610 {esc(f.text)} <span style='color:{c['muted']}'>({who}{due})</span></div>"
                )
        return "".join(parts)

    def _birthday_text(self, info: ContactInfo) -> str:
        b = info.birthday
        if b is None:
            return ""
        import calendar

        text = f"{b.day} {calendar.month_name[b.month]}"
        if b.year:
            text += f" {b.year}"
        return text

    # --- actions ---------------------------------------------------------------------------
    def current_contact_id(self) -> int | None:
        """The contact the panel shows (what :func:`record_win_dialog` asks of its window)."""
        return self.contact_id

    def record_win(self) -> None:
        """Open the non-blocking "Record a Win" dialog for this contact (saving refreshes the
        timeline through the hub's ``milestones_changed``)."""
        if self.contact_id is not None:
            from relapp.ui.milestones_editor import record_win as record_win_dialog

            self.win_dialog = record_win_dialog(self)
            if self.win_dialog is not None:
                self.win_dialog.destroyed.connect(self._win_dialog_gone)

    def _win_dialog_gone(self) -> None:
        self.win_dialog = None

    def _edit(self) -> None:
        from relapp.ui.contact_dialog import ContactDialog

        if self.contact_id is not None:
            ContactDialog.edit(self.hub, self.contact_id, self.window())

    def _toggle_archive(self) -> None:
        if self.info is None:
            return
        contacts.archive_contact(contact_id=self.info.id, archived=not self.info.archived)
        self.hub.contacts_changed.emit()

    def _edit_interaction(self, interaction_id: int) -> None:
        from relapp.ui.log_dialog import LogDialog

        LogDialog.edit(self.hub, interaction_id, self.window())

    def _delete_interaction(self, interaction_id: int) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete interaction"),
            self.tr("Delete this interaction and its follow-ups?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            interactions.delete_interaction(interaction_id=interaction_id)
            self.hub.interactions_changed.emit()
            self.hub.follow_ups_changed.emit()

    def _toggle_follow_up(self, follow_up_id: int, done: bool) -> None:
        try:
            interactions.complete_follow_up(follow_up_id=follow_up_id, done=done)
        except UserError as exc:
            QMessageBox.warning(self, "relapp", str(exc))
            return
        self.hub.follow_ups_changed.emit()
