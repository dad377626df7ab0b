"""Relationship health in the window: band colours from the palette, and a self-contained badge with
its reasons for the contact profile (``HealthBadge(hub, parent)`` + ``set_contact(id | None)``).

Band colours come from :func:`relapp.ui.theme.band_color` (the contact list's badge column uses it
too, without loading this module), so every view shows a band in the same colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from relapp.errors import NotFoundError
from relapp.services import health
from relapp.ui.events import HEALTH_SIGNALS, EventsHub, connect_refresh
from relapp.ui.html import esc
from relapp.ui.theme import band_color


def band_text(band: str) -> str:
    return health.BAND_LABELS.get(band, band)


def badge_html(h: health.Health, palette: QPalette | None = None) -> str:
    color = band_color(h.band, palette).name()
    return f'<span style="color:{color}; font-weight:600;">\u25cf {esc(h.label)}</span>'


class HealthBadge(QWidget):
    """The band as a coloured badge and the reasons under it (or in the tooltip when compact)."""

    def __init__(
        self, hub: EventsHub | None, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.contact_id: int | None = None
        self.health: health.Health | None = None
        self.compact = compact
        self.badge = QLabel()
        self.badge.setTextFormat(Qt.TextFormat.RichText)
        self.badge.setAccessibleName(self.tr("Relationship health"))
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.setAccessibleName(self.tr("Why"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.badge)
        layout.addWidget(self.reasons)
        self.reasons.setVisible(not compact)
        if hub is not None:
            connect_refresh(hub, self.refresh, *HEALTH_SIGNALS)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "health", None) is not None:
            self.badge.setText(badge_html(self.health, self.palette()))

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.refresh()

    def refresh(self) -> None:
        self.health = None
        if self.contact_id is not None:
            try:
                self.health = health.health_for(self.contact_id)
            except NotFoundError:
                self.health = None
        if self.health is None:
            self.badge.clear()
            self.reasons.clear()
            self.setToolTip("")
            return
        self.badge.setText(badge_html(self.health, self.palette()))
        self.reasons.setText(
            "\n".join(f"\u2022 {r[:1].upper()}{r[1:]}" for r in self.health.reasons)
        )
        self.setToolTip(self.health.explanation)
