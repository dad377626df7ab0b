"""Small helpers for the read-only HTML the profile and timeline render: escaping, colours from
the current palette (so light and dark themes both read well)."""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget


def esc(text: str) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def colors(widget: QWidget | None = None) -> dict[str, str]:
    palette = widget.palette() if widget is not None else QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    return {
        "text": text.name(),
        "muted": palette.color(QPalette.ColorRole.PlaceholderText).name(),
        "accent": palette.color(QPalette.ColorRole.Highlight).name() if not dark else "#7aa2f7",
        "chip": "#e8eefc" if not dark else "#2b3350",
        "chip_text": "#1f3a8a" if not dark else "#c8d3ff",
        "warn": "#b42318" if not dark else "#ff7b72",
        "ok": "#067647" if not dark else "#56d364",
        "rule": palette.color(QPalette.ColorRole.Mid).name(),
    }


def chip(text: str, c: dict[str, str]) -> str:
    return (
        f'<span style="background:{c["chip"]}; color:{c["chip_text"]}; '
        f'padding:1px 6px; border-radius:6px;">&nbsp;{esc(text)}&nbsp;</span>'
    )
