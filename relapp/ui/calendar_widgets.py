"""The calendar's building blocks: marker colours and shapes per kind, the month grid that paints
them (:class:`MarkedCalendar`), its legend, and the list model of calendar entries shared by the
day list and the "Next 30 days" list.

Marker colours are mid-tones that read on light and dark backgrounds alike, each drawn with an
outline in the palette's text colour; follow-ups are squares, milestones dots, so the kinds are
told apart without relying on colour alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QWidget

from relapp.services.calendar import FOLLOW_UP, KIND_LABELS, KINDS, CalendarEntry

KIND_COLORS: dict[str, str] = {
    "birthday": "#e0457b",
    "work_anniversary": "#3b82f6",
    "promotion": "#9b5de5",
    "new_job": "#22a06b",
    "achievement": "#e8a317",
    "custom": "#14a3b8",
    FOLLOW_UP: "#e5533d",
}
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def paint_marker(painter: QPainter, rect: QRectF, kind: str, palette: QPalette) -> None:
    """One marker in ``rect``: a dot for a milestone, a square for a follow-up."""
    outline = QColor(palette.color(QPalette.ColorRole.Text))
    outline.setAlpha(170)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(outline, 1))
    painter.setBrush(QColor(KIND_COLORS.get(kind, "#888888")))
    if kind == FOLLOW_UP:
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


def marker_icon(kind: str, palette: QPalette, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_marker(painter, QRectF(1, 1, size - 2, size - 2), kind, palette)
    painter.end()
    return QIcon(pixmap)


class MarkedCalendar(QCalendarWidget):
    """A month grid that paints one marker per kind on each day that has entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markers: dict[dt.date, list[str]] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(self.tr("Month calendar"))

    def set_markers(self, markers: dict[dt.date, list[str]]) -> None:
        """Replace the markers (kinds per day) and repaint; days with entries are shown bold."""
        for day in self._markers:
            if day not in markers:
                self.setDateTextFormat(QDate(day), self._plain())
        bold = self._plain()
        bold.setFontWeight(QFont.Weight.Bold)
        for day in markers:
            self.setDateTextFormat(QDate(day), bold)
        self._markers = dict(markers)
        self.updateCells()

    @staticmethod
    def _plain():  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QTextCharFormat

        return QTextCharFormat()

    def markers_on(self, day: dt.date) -> list[str]:
        """The kinds marked on ``day`` (what the grid paints there)."""
        return list(self._markers.get(day, []))

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate | dt.date) -> None:  # noqa: N802 - Qt
        super().paintCell(painter, rect, date)
        day = date.toPython() if isinstance(date, QDate) else date
        kinds = self._markers.get(day) if isinstance(day, dt.date) else None
        if not kinds:
            return
        size = max(5.0, min(rect.height() / 5.0, 9.0))
        gap = size / 3.0
        total = len(kinds) * size + (len(kinds) - 1) * gap
        x = rect.center().x() - total / 2.0 + 0.5
        y = rect.bottom() - size - 2.0
        for kind in kinds:
            paint_marker(painter, QRectF(x, y, size, size), kind, self.palette())
            x += size + gap


class Legend(QWidget):
    """One swatch and name per kind, in the order the grid paints them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.labels: dict[str, QLabel] = {}
        self.swatches: dict[str, QLabel] = {}
        for kind in KINDS:
            swatch = QLabel(self)
            self.swatches[kind] = swatch
            text = QLabel(self.tr(KIND_LABELS[kind]), self)
            self.labels[kind] = text
            pair = QHBoxLayout()
            pair.setSpacing(3)
            pair.addWidget(swatch)
            pair.addWidget(text)
            layout.addLayout(pair)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Legend"))
        self._paint_swatches()

    def _paint_swatches(self) -> None:
        for kind, swatch in self.swatches.items():
            swatch.setPixmap(marker_icon(kind, self.palette()).pixmap(12, 12))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.PaletteChange
        ):  # a theme switch: outlines follow the text colour
            self._paint_swatches()


class EntryListModel(QAbstractListModel):
    """Calendar entries as a list: "Ana Silva - Birthday (turning 40)", the day in front when
    ``show_dates`` (the "Next 30 days" list), a tick once celebrated."""

    def __init__(self, *, show_dates: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[CalendarEntry] = []
        self._show_dates = show_dates
        self._icons: dict[str, QIcon] = {}
        self._palette = parent.palette() if parent is not None else QPalette()

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[CalendarEntry]:
        return list(self._entries)

    def entry(self, row: int) -> CalendarEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def _text(self, e: CalendarEntry) -> str:
        text = e.text()
        if e.kind == FOLLOW_UP:
            text = f"{e.contact_name} \u2014 {self.tr('follow up')}: {e.title}"
        if self._show_dates:
            text = f"{QLocale().toString(QDate(e.date), 'ddd d MMM')}  {text}"
        if e.celebrated:
            text += "  \u2713 " + self.tr("celebrated")
        return text

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(e)
        if role == Qt.ItemDataRole.DecorationRole:
            if e.kind not in self._icons:
                self._icons[e.kind] = marker_icon(e.kind, self._palette)
            return self._icons[e.kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = self.tr(KIND_LABELS.get(e.kind, e.kind))
            hint = self.tr("Enter or double-click opens the contact")
            return f"{kind} \u2014 {QLocale().toString(QDate(e.date), QLocale.FormatType.LongFormat)}\n{hint}"
        if role == Qt.ItemDataRole.FontRole and e.celebrated:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ENTRY_ROLE:
            return e
        return None

    def set_palette(self, palette: QPalette) -> None:
        """Redraw the markers for a new palette (light/dark theme switch)."""
        self._palette = QPalette(palette)
        self._icons.clear()
        if self._entries:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._entries) - 1), [Qt.ItemDataRole.DecorationRole]
            )
