"""The "Reach out this week" view: a short list (adjustable, settings ``reach_out_limit``) of the
people most worth a message now, each with its one-line reason and health badge, and per entry:
Log interaction, Brief, Dismiss, Snooze (1 or 2 weeks) and Open contact. Up/Down move between
entries; Enter opens the brief; Ctrl+B (Prep Brief) works on the selected entry. Refreshes on hub
signals (logging an interaction takes the person off the list).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relapp import clock
from relapp.errors import UserError
from relapp.services import health, reach_out, settings
from relapp.ui.events import HEALTH_SIGNALS, DeferredRefresh, EventsHub
from relapp.ui.health_badge import badge_html


class EntryCard(QFrame):
    """One person on the list: rank, name, health badge, reason and the actions."""

    focused = Signal(int)

    def __init__(
        self,
        rank: int,
        entry: reach_out.ReachOutEntry,
        h: health.Health | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setAccessibleName(f"{entry.contact}: {entry.reason}")
        self.name = QLabel(
            f"<b>{rank}. {entry.contact}</b>"
            + (f" &nbsp; {badge_html(h, self.palette())}" if h else "")
        )
        self.name.setTextFormat(Qt.TextFormat.RichText)
        if h is not None:
            self.name.setToolTip(h.explanation)
        self.reason = QLabel(entry.reason[:1].upper() + entry.reason[1:])
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.log_button = self._button(
            self.tr("&Log Interaction\u2026"), self.tr("Log an interaction with {name}")
        )
        self.brief_button = self._button(self.tr("&Brief"), self.tr("Prep brief for {name}"))
        self.dismiss_button = self._button(
            self.tr("&Dismiss"), self.tr("Not now: hide {name} until the next check-in")
        )
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setAccessibleName(
            self.tr("Snooze {name}").replace("{name}", entry.contact)
        )
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions = {
            weeks: menu.addAction(self.tr(f"{weeks} week{'s' if weeks > 1 else ''}"))
            for weeks in reach_out.SNOOZE_WEEKS
        }
        self.snooze_button.setMenu(menu)
        self.open_button = self._button(
            self.tr("&Open Contact"), self.tr("Show {name} in Contacts")
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (
            self.log_button,
            self.brief_button,
            self.dismiss_button,
            self.snooze_button,
            self.open_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.set_selected(False)

    def _button(self, text: str, accessible: str) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(accessible.replace("{name}", self.entry.contact))
        b.setAutoDefault(False)
        return b

    def set_selected(self, selected: bool) -> None:
        role = QPalette.ColorRole.AlternateBase if selected else QPalette.ColorRole.Base
        self.setBackgroundRole(role)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.focused.emit(self.entry.contact_id)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)


class ReachOutView(QWidget):
    def __init__(self, hub: EventsHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.entries: list[reach_out.ReachOutEntry] = []
        self.cards: list[EntryCard] = []
        self.selected_id: int | None = None
        title = QLabel(self.tr("<h2>Reach out this week</h2>"))
        subtitle = QLabel(
            self.tr("The few people most worth a message now, and why. Focus beats volume.")
        )
        subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count = QSpinBox()
        self.count.setRange(1, 20)
        self.count.setAccessibleName(self.tr("How many people to show"))
        self.count.setValue(int(settings.get("reach_out_limit")))
        self.count.valueChanged.connect(self._count_changed)
        count_label = QLabel(self.tr("S&how"))
        count_label.setBuddy(self.count)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(count_label)
        header.addWidget(self.count)
        header.addWidget(QLabel(self.tr("people")))
        self.empty = QLabel(self.tr("Nobody needs a message right now. Nice work."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(subtitle)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self._deferred = DeferredRefresh(
            self,
            self.refresh,
            hub,
            *HEALTH_SIGNALS,
        )

    # --- data ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "cards") and self.cards:
            self._deferred.schedule()  # the badges are coloured for the palette

    def refresh(self) -> None:
        self._deferred.stale = False
        limit = int(settings.get("reach_out_limit"))
        if self.count.value() != limit:
            self.count.blockSignals(True)
            self.count.setValue(min(limit, self.count.maximum()))
            self.count.blockSignals(False)
        self.entries = reach_out.reach_out(today=clock.today(), limit=self.count.value())
        bands = health.health_bands([e.contact_id for e in self.entries])
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for rank, entry in enumerate(self.entries, 1):
            card = EntryCard(rank, entry, bands.get(entry.contact_id), self.list_widget)
            self._wire(card)
            self.list_layout.insertWidget(rank - 1, card)
            self.cards.append(card)
        self.empty.setVisible(not self.entries)
        ids = [e.contact_id for e in self.entries]
        if self.selected_id not in ids:
            self.selected_id = ids[0] if ids else None
        self._paint_selection()

    def _wire(self, card: EntryCard) -> None:
        cid = card.entry.contact_id
        card.focused.connect(self.select)
        card.log_button.clicked.connect(lambda: self.log_interaction(cid))
        card.brief_button.clicked.connect(lambda: self.open_brief(cid))
        card.dismiss_button.clicked.connect(lambda: self.dismiss(cid))
        for weeks, action in card.snooze_actions.items():
            action.triggered.connect(lambda _checked=False, w=weeks: self.snooze(cid, w))
        card.open_button.clicked.connect(lambda: self.hub.contact_requested.emit(cid))

    def _count_changed(self, value: int) -> None:
        settings.set("reach_out_limit", int(value))
        self.hub.settings_changed.emit()

    # --- selection ----------------------------------------------------------------------------
    def current_contact_id(self) -> int | None:
        """The selected entry (the window's Prep Brief and Log actions use it)."""
        return self.selected_id

    def select(self, contact_id: int) -> None:
        self.selected_id = contact_id
        self._paint_selection()

    def _paint_selection(self) -> None:
        for card in self.cards:
            card.set_selected(card.entry.contact_id == self.selected_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        ids = [e.contact_id for e in self.entries]
        if ids and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            at = ids.index(self.selected_id) if self.selected_id in ids else 0
            at = min(len(ids) - 1, at + 1) if event.key() == Qt.Key.Key_Down else max(0, at - 1)
            self.cards[at].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if (
            ids
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.selected_id is not None
        ):
            self.open_brief(self.selected_id)
            return
        super().keyPressEvent(event)

    # --- actions ------------------------------------------------------------------------------
    def log_interaction(self, contact_id: int) -> None:
        self.hub.log_interaction_requested.emit([contact_id])

    def open_brief(self, contact_id: int):  # type: ignore[no-untyped-def]
        from relapp.ui.brief_dialog import show_brief

        return show_brief(self.window(), contact_id, self.hub)

    def _name(self, contact_id: int) -> str:
        return next(
            (e.contact for e in self.entries if e.contact_id == contact_id), str(contact_id)
        )

    def dismiss(self, contact_id: int) -> None:
        name = self._name(contact_id)
        try:
            until = reach_out.dismiss(contact_id=contact_id, today=clock.today())
        except UserError as exc:
            self.hub.status_message.emit(str(exc))
            return
        self.hub.contacts_changed.emit()
        self.hub.status_message.emit(
            self.tr("{name} dismissed until {date}")
            .replace("{name}", name)
            .replace("{date}", until.isoformat())
        )

    def snooze(self, contact_id: int, weeks: int) -> None:
        name = self._name(contact_id)
        try:
            until = reach_out.snooze(contact_id=contact_id, weeks=weeks, today=clock.today())
        except UserError as exc:
            self.hub.status_message.emit(str(exc))
            return
        self.hub.contacts_changed.emit()
        self.hub.status_message.emit(
            self.tr("{name} snoozed until {date}")
            .replace("{name}", name)
            .replace("{date}", until.isoformat())
        )
