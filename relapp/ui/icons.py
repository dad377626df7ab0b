"""The app's icons as QIcons: the window/app icon at every rendered size and the tray icon with the
number of things due drawn on it.

:func:`app_icon` gathers the committed PNGs (16 to 512 px, made by ``scripts/make_icons.py``) so Qt
picks a crisp one at any size and device pixel ratio. :func:`tray_icon` draws ``resources/icons/
tray.svg`` (dark outlines around light fills, readable on light and dark panels) with a red badge
showing the due count in its empty upper-right corner. Both are cached; a QGuiApplication must exist
before the first call. :func:`apply_identity` gives the application its icon and desktop-file name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon

from relapp import resources

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter, QPixmap

# The tray's drawing classes (QPainter, QFont, QPen, QPixmap, QtSvg) are imported where the tray
# icon is drawn: the app icon is needed before the window shows, the tray only after it.

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
BADGE_FILL = QColor("#D93025")
BADGE_TEXT = QColor("#FFFFFF")
BADGE_RING = QColor("#FFFFFF")


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The application icon with every PNG size added (empty if the resources are missing)."""
    icon = QIcon()
    for size in resources.ICON_SIZES:
        path = resources.icon_png(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def badge_text(count: int) -> str:
    """What the badge says: nothing for 0, the number up to 99, then ``99+``."""
    if count <= 0:
        return ""
    return str(count) if count <= 99 else "99+"


def _draw_badge(painter: QPainter, size: int, text: str) -> None:
    from PySide6.QtGui import QFont, QPen

    # A pill in the top-right corner, about 60% of the icon high so a digit is legible at 16 px.
    height = max(9.0, size * (0.6 if size <= 24 else 0.5))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, round(height * 0.78)))
    painter.setFont(font)
    text_width = painter.fontMetrics().horizontalAdvance(text)
    width = min(float(size), max(height, text_width + height * 0.45))
    rect = QRectF(size - width, 0.0, width, height)
    ring = max(1.0, size / 32)
    painter.setPen(QPen(BADGE_RING, ring))
    painter.setBrush(BADGE_FILL)
    inner = rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2)
    painter.drawRoundedRect(inner, inner.height() / 2, inner.height() / 2)
    painter.setPen(BADGE_TEXT)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def tray_pixmap(size: int, count: int) -> QPixmap:
    """One tray image of ``size`` pixels with the badge for ``count`` (none when 0)."""
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer = QSvgRenderer(str(resources.tray_svg()))
    if renderer.isValid():
        renderer.render(painter, QRectF(0, 0, size, size))
    text = badge_text(count)
    if text:
        _draw_badge(painter, size, text)
    painter.end()
    return pixmap


@lru_cache(maxsize=16)
def _tray_icon(count: int) -> QIcon:
    icon = QIcon()
    for size in TRAY_SIZES:
        icon.addPixmap(tray_pixmap(size, count))
    return icon


def tray_icon(count: int = 0) -> QIcon:
    """The tray icon showing ``count`` things due (no badge for 0; counts above 99 read ``99+``)."""
    return _tray_icon(min(max(count, 0), 100))


def clear_cache() -> None:
    """Forget the cached icons (tests, or after the resources folder changed)."""
    app_icon.cache_clear()
    _tray_icon.cache_clear()


def apply_identity(app: QGuiApplication) -> None:
    """Give ``app`` its window icon and the desktop-file name, so Wayland compositors and task
    bars match the window to the installed ``.desktop`` entry and its icon."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(resources.APP_ID)
