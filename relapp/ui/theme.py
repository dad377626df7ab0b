"""Light, dark or follow the system: the application palette, switched live, and colour helpers.

:func:`apply_theme` takes the ``theme`` setting. ``"system"`` gives the platform its own style and
palette back and follows it when it changes (Qt 6.5+ reports the colour scheme; where the platform
says "dark" but its palette is light, as with some Linux desktops, relapp's dark palette is used).
``"light"`` and ``"dark"`` switch to the Fusion style, the one style that honours a palette on every
platform, with relapp's palettes. Views that draw colours of their own ask :func:`is_dark` or
:func:`status_color` rather than hard-coding them, so both themes stay readable. High-DPI: Qt 6
scales and picks @2x pixmaps by itself; :func:`configure_high_dpi` only fixes the rounding policy
and must run before the QApplication exists.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# role -> (active/inactive colour, disabled colour or None for the same)
_DARK = {
    _Role.Window: ("#2b2d30", None),
    _Role.WindowText: ("#e8e8e8", "#7c7f84"),
    _Role.Base: ("#1f2023", "#26282b"),
    _Role.AlternateBase: ("#292b2f", None),
    _Role.ToolTipBase: ("#3a3d41", None),
    _Role.ToolTipText: ("#e8e8e8", None),
    _Role.PlaceholderText: ("#8b8f95", None),
    _Role.Text: ("#e8e8e8", "#7c7f84"),
    _Role.Button: ("#35373b", "#2e3033"),
    _Role.ButtonText: ("#e8e8e8", "#7c7f84"),
    _Role.BrightText: ("#ff7b72", None),
    _Role.Light: ("#4a4d52", None),
    _Role.Midlight: ("#3e4145", None),
    _Role.Mid: ("#2a2c2f", None),
    _Role.Dark: ("#18191b", None),
    _Role.Shadow: ("#000000", None),
    _Role.Highlight: ("#2f6bbf", "#45484d"),
    _Role.HighlightedText: ("#ffffff", "#a0a0a0"),
    _Role.Link: ("#8ab4f8", None),
    _Role.LinkVisited: ("#c58af9", None),
}

# Colours for states drawn by views (check-ins, follow-ups): (on light, on dark).
_STATUS = {
    "overdue": ("#b3261e", "#ff8a80"),
    "due": ("#b35c00", "#ffb74d"),
    "due_soon": ("#8a6d00", "#ffd54f"),
    "on_track": ("#1e7b34", "#81c995"),
    "muted": ("#6b6f75", "#9aa0a6"),
    "accent": ("#1a5fb4", "#8ab4f8"),
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, (normal, disabled) in _DARK.items():
        palette.setColor(_Group.Active, role, QColor(normal))
        palette.setColor(_Group.Inactive, role, QColor(normal))
        palette.setColor(_Group.Disabled, role, QColor(disabled or normal))
    if hasattr(_Role, "Accent"):  # Qt 6.6+
        palette.setColor(_Role.Accent, QColor("#2f6bbf"))
    return palette


def light_palette() -> QPalette:
    fusion = QStyleFactory.create("Fusion")
    palette = QPalette(fusion.standardPalette())
    palette.setColor(_Role.Link, QColor("#1a5fb4"))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is darker than its text (the app palette by default)."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(_Role.Window)
    text = palette.color(_Role.WindowText)
    return window.lightnessF() < text.lightnessF()


def status_color(state: str, palette: QPalette | None = None) -> QColor:
    """A readable colour for ``state`` (``overdue``, ``due``, ``due_soon``, ``on_track``,
    ``muted``, ``accent``) on the given palette's background."""
    light, dark = _STATUS.get(state, _STATUS["muted"])
    return QColor(dark if is_dark(palette) else light)


# Relationship health bands in the status colours, so the list, the profile, the reach-out and
# network views show a band in the same colour.
_STATE_FOR_BAND = {
    "thriving": "on_track",
    "steady": "accent",
    "cooling": "due",
    "at_risk": "overdue",
}


def band_color(band: str, palette: QPalette | None = None) -> QColor:
    """A colour for health ``band`` readable on ``palette`` (light or dark)."""
    return status_color(_STATE_FOR_BAND.get(band, "muted"), palette)


def configure_high_dpi() -> None:
    """Call before creating the QApplication: fractional scale factors are used as they are
    (crisp text at 125 % and 150 %) instead of being rounded."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


class _ThemeState(QObject):
    """Remembers the platform style and follows the colour scheme while the theme is "system"."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("relappThemeState")
        self.app = app
        self.name = "system"
        # The platform's style, recorded the first time relapp replaces it (not at start: asking
        # for the style's name makes PySide6 build every QStyle enum before the window shows).
        self.platform_style: str | None = None
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, *_args: object) -> None:
        if self.name == "system":
            self.apply("system")

    def _set_style(self, name: str) -> None:
        current = self.app.style().name()
        if self.platform_style is None:
            self.platform_style = current
        if current.lower() != name.lower():
            self.app.setStyle(name)

    def _set_scheme_hint(self, scheme: Qt.ColorScheme | None) -> None:
        hints = self.app.styleHints()
        if scheme is None:
            if hasattr(hints, "unsetColorScheme"):  # Qt 6.8+
                hints.unsetColorScheme()
        elif hasattr(hints, "setColorScheme"):
            hints.setColorScheme(scheme)

    def apply(self, name: str) -> str:
        if name not in THEMES:
            name = "system"
        self.name = name
        if name == "system":
            self._set_scheme_hint(None)
            if self.platform_style is not None:
                self._set_style(self.platform_style)
            self.app.setPalette(QPalette())  # the platform's palette again
            scheme = self.app.styleHints().colorScheme()
            if scheme == Qt.ColorScheme.Dark and not is_dark(self.app.palette()):
                self._set_style("Fusion")
                self.app.setPalette(dark_palette())
            return "dark" if is_dark(self.app.palette()) else "light"
        dark = name == "dark"
        self._set_scheme_hint(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        self._set_style("Fusion")
        self.app.setPalette(dark_palette() if dark else light_palette())
        return name


def _state(app: QApplication) -> _ThemeState:
    state = app.findChild(_ThemeState, "relappThemeState")
    if state is None:
        state = _ThemeState(app)
    return state


def apply_theme(app: QApplication | None, name: str) -> str:
    """Apply ``"system"``, ``"light"`` or ``"dark"`` (anything else means system) to ``app``
    (the running QApplication when None), live: open windows repaint at once. Returns the
    effective look, ``"light"`` or ``"dark"``."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        raise RuntimeError("apply_theme needs a QApplication")
    return _state(app).apply(name)


def current_theme(app: QApplication | None = None) -> str:
    """The theme last applied with :func:`apply_theme` (``"system"`` before any)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return "system"
    state = app.findChild(_ThemeState, "relappThemeState")
    return state.name if state is not None else "system"


def preview_palette(name: str) -> QPalette:
    """The palette of ``"light"`` or ``"dark"`` for one widget (screenshots of both themes in one
    run set it on the widget alone, with the Fusion style, leaving the app as it is)."""
    return dark_palette() if name == "dark" else light_palette()
