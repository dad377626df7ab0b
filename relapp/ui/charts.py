"""Small charts drawn with QPainter (QtCharts is not in PySide6-Essentials): a contribution-style
heat map of interactions per day, horizontal bars, and stacked bars. Colours come from the widget's
palette and :mod:`relapp.ui.theme`, so light and dark themes both read well. Widgets take plain
data through ``set_data`` and never query anything.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from relapp.ui.theme import status_color

Segment = tuple[str, int, QColor]  # label, value, colour


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


class HeatMap(QWidget):
    """7 rows (Monday..Sunday) x N weeks; darker = more interactions that day."""

    LEVELS = 5
    LEFT = 34
    TOP = 18
    MAX_CELL = 15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = dt.date.today()
        self.end = self.start
        self.weeks = 53
        self.per_day: dict[dt.date, int] = {}
        self.peak = 0
        self.setFixedHeight(self.TOP + 7 * self.MAX_CELL + 28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Interactions per day over the last year"))
        self.setMouseTracking(True)

    def set_data(
        self, start: dt.date, end: dt.date, weeks: int, per_day: dict[dt.date, int]
    ) -> None:
        self.start, self.end, self.weeks, self.per_day = start, end, weeks, dict(per_day)
        self.peak = max(self.per_day.values(), default=0)
        total = sum(per_day.values())
        self.setAccessibleDescription(
            self.tr(f"{total} interactions from {start.isoformat()} to {end.isoformat()}")
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.LEFT + self.weeks * self.MAX_CELL, self.TOP + 7 * self.MAX_CELL + 28)

    def _cell(self) -> float:
        return max(
            6.0, min(float(self.MAX_CELL), (self.width() - self.LEFT - 4) / max(1, self.weeks))
        )

    def level(self, count: int) -> int:
        if count <= 0:
            return 0
        return min(self.LEVELS - 1, 1 + (count - 1) * (self.LEVELS - 1) // max(1, self.peak))

    def colors(self) -> list[QColor]:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        empty = blend(base, pal.color(QPalette.ColorRole.Text), 0.10)
        accent = status_color("on_track", pal)
        return [empty] + [blend(base, accent, t) for t in (0.35, 0.6, 0.8, 1.0)]

    def day_at(self, pos: QPoint) -> dt.date | None:
        cell = self._cell()
        col = int((pos.x() - self.LEFT) // cell)
        row = int((pos.y() - self.TOP) // cell)
        if (
            pos.x() < self.LEFT
            or pos.y() < self.TOP
            or not (0 <= col < self.weeks and 0 <= row < 7)
        ):
            return None
        day = self.start + dt.timedelta(weeks=col, days=row)
        return day if day <= self.end else None

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            day = self.day_at(e.pos())  # type: ignore[attr-defined]
            if day is None:
                QToolTip.hideText()
            else:
                n = self.per_day.get(day, 0)
                QToolTip.showText(
                    e.globalPos(),
                    f"{n} interaction{'s' if n != 1 else ''} on {day.strftime('%a %d %b %Y')}",
                    self,
                )  # type: ignore[attr-defined]
            return True
        return super().event(e)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = blend(pal.color(QPalette.ColorRole.Window), text, 0.6)
        colors = self.colors()
        cell = self._cell()
        gap = max(1.0, cell * 0.15)
        font = p.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        p.setFont(font)
        p.setPen(muted)
        for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
            p.drawText(
                QRectF(0, self.TOP + row * cell, self.LEFT - 4, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        # Cells are batched by colour (one drawRects per level): few Python -> Qt calls per paint.
        by_level: list[list[QRectF]] = [[] for _ in colors]
        last_month = None
        label_end = (
            -1.0
        )  # right edge of the last month label: a label never overlaps the one before
        for col in range(self.weeks):
            monday = self.start + dt.timedelta(weeks=col)
            x = self.LEFT + col * cell
            if monday.month != last_month and col < self.weeks - 2:
                last_month = monday.month
                name = monday.strftime("%b")
                if x >= label_end:
                    p.drawText(
                        QRectF(x, 0, cell * 4, self.TOP - 2),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                        name,
                    )
                    label_end = x + p.fontMetrics().horizontalAdvance(name) + 4
            for row in range(7):
                day = monday + dt.timedelta(days=row)
                if day <= self.end:
                    rect = QRectF(
                        self.LEFT + col * cell, self.TOP + row * cell, cell - gap, cell - gap
                    )
                    by_level[self.level(self.per_day.get(day, 0))].append(rect)
        p.setPen(Qt.PenStyle.NoPen)
        for color, rects in zip(colors, by_level, strict=True):
            if rects:
                p.setBrush(color)
                p.drawRects(rects)
        # Legend: Less [] [] [] [] [] More
        y = self.TOP + 7 * cell + 6
        x = self.LEFT + self.weeks * cell - 5 * cell - 40.0
        p.setPen(muted)
        p.drawText(
            QRectF(x - 40, y, 36, cell),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Less"),
        )
        p.setPen(Qt.PenStyle.NoPen)
        for i, color in enumerate(colors):
            p.setBrush(color)
            p.drawRect(QRectF(x + i * cell, y, cell - gap, cell - gap))
        p.setPen(muted)
        p.drawText(
            QRectF(x + 5 * cell + 4, y, 40, cell),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("More"),
        )
        p.end()


class StackedBars(QWidget):
    """One horizontal bar per row, split into coloured segments, with a legend underneath.
    A row with a single segment is a plain bar; rows share one scale."""

    ROW = 26
    LABEL = 120

    def __init__(self, parent: QWidget | None = None, *, shared_scale: bool = True) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, list[Segment]]] = []
        self.legend: list[tuple[str, QColor]] = []
        self.shared_scale = shared_scale
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(
        self, rows: list[tuple[str, list[Segment]]], legend: list[tuple[str, QColor]] | None = None
    ) -> None:
        self.rows, self.legend = rows, legend or []
        self.setFixedHeight(self.sizeHint().height())
        described = "; ".join(
            f"{label}: " + ", ".join(f"{n} {name}" for name, n, _ in segs) for label, segs in rows
        )
        self.setAccessibleDescription(described)
        self.setToolTip(described.replace("; ", "\n"))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, 8 + len(self.rows) * self.ROW + (22 if self.legend else 0))

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        track = blend(pal.color(QPalette.ColorRole.Base), text, 0.08)
        width = max(40.0, self.width() - self.LABEL - 56.0)
        peak = max((sum(n for _, n, _ in segs) for _, segs in self.rows), default=0) or 1
        for i, (label, segs) in enumerate(self.rows):
            y = 4 + i * self.ROW
            total = sum(n for _, n, _ in segs)
            scale = peak if self.shared_scale else (total or 1)
            p.setPen(text)
            p.drawText(
                QRectF(0, y, self.LABEL - 8, self.ROW - 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(QRectF(self.LABEL, y + 3, width, self.ROW - 12), 3, 3)
            x = float(self.LABEL)
            for _name, n, color in segs:
                w = width * n / scale
                if w > 0:
                    p.setBrush(color)
                    p.drawRect(QRectF(x, y + 3, w, self.ROW - 12))
                    x += w
            p.setPen(text)
            p.drawText(
                QRectF(self.LABEL + width + 6, y, 50, self.ROW - 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(total),
            )
        if self.legend:
            x, y = float(self.LABEL), 4 + len(self.rows) * self.ROW
            for name, color in self.legend:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color)
                p.drawRoundedRect(QRectF(x, y + 4, 10, 10), 2, 2)
                p.setPen(text)
                advance = p.fontMetrics().horizontalAdvance(name)
                p.drawText(
                    QRectF(x + 14, y, advance + 4, 18),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    name,
                )
                x += 14 + advance + 16
        p.end()
