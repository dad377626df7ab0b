"""Themes: the dark palette is dark and readable, the light one light, switching is live (an open
widget repaints with the new palette) and "system" gives the platform palette back."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from relapp.ui.theme import (
    apply_theme,
    current_theme,
    dark_palette,
    is_dark,
    light_palette,
    status_color,
)

Role = QPalette.ColorRole


def _contrast(a, b) -> float:  # noqa: ANN001 - QColor
    """WCAG contrast ratio between two colours."""

    def lum(c) -> float:  # noqa: ANN001
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def restore_theme(qapp):
    yield
    apply_theme(qapp, "system")


def test_dark_palette_is_dark_and_readable(qapp) -> None:
    dark = dark_palette()
    assert is_dark(dark)
    assert dark.color(Role.Window).lightness() < 80
    for bg, fg in (
        (Role.Window, Role.WindowText),
        (Role.Base, Role.Text),
        (Role.Button, Role.ButtonText),
        (Role.Highlight, Role.HighlightedText),
    ):
        assert _contrast(dark.color(bg), dark.color(fg)) >= 4.5, (bg, fg)


def test_light_palette_is_light(qapp) -> None:
    light = light_palette()
    assert not is_dark(light)
    assert light.color(Role.Window).lightness() > 180
    assert _contrast(light.color(Role.Base), light.color(Role.Text)) >= 4.5


def test_status_colours_readable_on_both(qapp) -> None:
    for palette in (light_palette(), dark_palette()):
        for state in ("overdue", "due", "due_soon", "on_track", "muted", "accent"):
            assert _contrast(status_color(state, palette), palette.color(Role.Base)) >= 3.0, state


def test_switching_is_live_and_system_restores(qtbot, qapp, restore_theme) -> None:
    platform_window = qapp.palette().color(Role.Window).name()
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    label, edit = QLabel("Name"), QLineEdit("Ada")
    layout.addWidget(label)
    layout.addWidget(edit)
    widget.show()

    assert apply_theme(qapp, "dark") == "dark"
    assert current_theme() == "dark"
    assert is_dark()
    qtbot.waitUntil(lambda: is_dark(widget.palette()) and is_dark(edit.palette()))
    assert qapp.style().name().lower() == "fusion"
    dark_shot = widget.grab().toImage()
    assert dark_shot.pixelColor(2, 2).lightness() < 80

    assert apply_theme(None, "light") == "light"
    qtbot.waitUntil(lambda: not is_dark(widget.palette()))
    assert widget.grab().toImage().pixelColor(2, 2).lightness() > 180

    apply_theme(qapp, "system")
    assert current_theme() == "system"
    assert qapp.palette().color(Role.Window).name() == platform_window


def test_unknown_name_means_system(qapp, restore_theme) -> None:
    apply_theme(qapp, "dark")
    apply_theme(qapp, "solarized")
    assert current_theme() == "system"
    assert not is_dark(QApplication.palette())  # offscreen's platform palette is light


def test_html_views_follow_a_live_theme_switch(qtbot, qapp, db, restore_theme) -> None:
    import datetime as dt

    from relapp import clock
    from relapp.services import contacts, interactions
    from relapp.ui.events import EventsHub
    from relapp.ui.main_window import MainWindow

    clock.set_now(dt.datetime(2026, 11, 23, 10, 0))
    cid = contacts.create_contact(first_name="Ada", last_name="Lovelace")
    interactions.log_interaction(contact_ids=[cid], kind="coffee", summary="Engines")
    window = MainWindow(EventsHub())
    qtbot.addWidget(window)
    window.show()
    window.hub.contact_requested.emit(cid)
    timeline = window.views["contacts"].panel.timeline
    qtbot.waitUntil(lambda: "Engines" in timeline.toPlainText())

    apply_theme(qapp, "dark")
    muted = dark_palette().color(Role.PlaceholderText).name()
    qtbot.waitUntil(lambda: muted in timeline.toHtml(), timeout=1000)


def test_system_theme_follows_colour_scheme_changes(qapp, restore_theme) -> None:
    """Qt reports a desktop switching light/dark with styleHints().colorSchemeChanged; offscreen
    there is no such desktop, so the signal is emitted by hand: "system" re-reads the platform
    palette, a fixed theme ignores it."""
    from PySide6.QtCore import Qt

    hints = qapp.styleHints()
    apply_theme(qapp, "dark")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert current_theme() == "dark" and is_dark()

    apply_theme(qapp, "system")
    qapp.setPalette(dark_palette())  # stands for the old palette of a desktop that just changed
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark()


def test_dialog_errors_stay_readable_after_a_switch(qtbot, qapp, db, restore_theme) -> None:
    from relapp.ui.contact_dialog import ContactDialog
    from relapp.ui.events import EventsHub

    dialog = ContactDialog(EventsHub())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # no name: the error shows
    light = dialog.error.styleSheet()
    apply_theme(qapp, "dark")
    qtbot.waitUntil(lambda: dialog.error.styleSheet() != light, timeout=1000)
    dark_window = dark_palette().color(Role.Window)
    color = dialog.error.styleSheet().split("color:")[1].split(";")[0].strip()
    from PySide6.QtGui import QColor

    assert _contrast(QColor(color), dark_window) >= 4.5
