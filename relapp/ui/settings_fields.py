"""The editors of the Settings dialog: which setting goes on which page, and one editor per
setting chosen by its declared type.

:data:`PAGES` places settings (by key or by prefix); a setting declared later by someone else and
not placed lands on the "More" page, and :data:`HIDDEN` keeps app state (not user choices) out.
:class:`Field` makes the editor (check box, spin box with the bounds from
:mod:`relapp.services.preferences`, a choice list, an HH:MM field, a list as one item per line),
gives it an accessible name from the declared label, and converts values both ways.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from relapp.services import preferences, settings

# Pages in order: (key, title, setting keys or prefixes ending in "."). Listed keys that are not
# declared are skipped; declared keys not listed here and not in HIDDEN go to "More".
# Titles are marked with QT_TRANSLATE_NOOP and translated when the dialog is built.
PAGES: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "general",
        QT_TRANSLATE_NOOP("SettingsDialog", "General"),
        ("theme", "start_at_login", "start_minimized", "close_to_tray"),
    ),
    (
        "reminders",
        QT_TRANSLATE_NOOP("SettingsDialog", "Reminders"),
        (
            "delivery_time",
            "quiet_hours_enabled",
            "quiet_hours_start",
            "quiet_hours_end",
            "digest_threshold",
            "lead_days.",
            "follow_up_draft_reminder",
        ),
    ),
    ("checkins", QT_TRANSLATE_NOOP("SettingsDialog", "Check-ins"), ("cadence.",)),
    ("data", QT_TRANSLATE_NOOP("SettingsDialog", "Data"), ("backup.",)),
]
MORE_PAGE = "more"
HIDDEN = frozenset({"close_to_tray_notice_shown"})  # state kept by the app, not a user choice

THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}


def _keys_for(patterns: tuple[str, ...]) -> list[str]:
    keys: list[str] = []
    for pattern in patterns:
        if pattern.endswith("."):
            keys.extend(k for k in settings.SPECS if k.startswith(pattern))
        elif pattern in settings.SPECS:
            keys.append(pattern)
    return [k for k in keys if k not in HIDDEN]


def page_keys() -> dict[str, list[str]]:
    """Which settings each page shows (the "More" page only when something is left over)."""
    placed: dict[str, list[str]] = {key: _keys_for(patterns) for key, _, patterns in PAGES}
    used = {k for keys in placed.values() for k in keys}
    rest = [k for k in settings.SPECS if k not in used and k not in HIDDEN]
    if rest:
        placed[MORE_PAGE] = rest
    return placed


def row_label(key: str) -> str:
    """The text beside an editor: the declared label, shortened on the Check-ins page."""
    if key.startswith("cadence."):
        relationship = key.split(".", 1)[1]
        return QCoreApplication.translate("SettingsDialog", relationship.capitalize() + "s")
    return QCoreApplication.translate("settings", settings.SPECS[key].label)


class Field:
    """One setting's editor: ``widget`` goes in the form; ``value()``/``set_value()`` convert."""

    def __init__(self, key: str, parent: QWidget) -> None:
        self.key = key
        self.spec = settings.SPECS[key]
        spec = self.spec
        self.widget: QWidget
        name = QCoreApplication.translate("settings", spec.label)
        if spec.type is bool:
            self.widget = QCheckBox(name, parent)
        elif spec.type is int:
            box = QSpinBox(parent)
            low, high = preferences.int_range(key)
            box.setRange(low, high)
            if key.startswith(("cadence.", "lead_days.")):
                box.setSuffix(QCoreApplication.translate("SettingsDialog", " days"))
            if key.startswith("cadence.") and low == 0:
                box.setSpecialValueText(
                    QCoreApplication.translate("SettingsDialog", "No check-ins")
                )
            self.widget = box
        elif spec.choices:
            combo = QComboBox(parent)
            for choice in spec.choices:
                text = THEME_NAMES.get(choice, str(choice)) if key == "theme" else str(choice)
                combo.addItem(QCoreApplication.translate("SettingsDialog", text), choice)
            self.widget = combo
        elif spec.type is list:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setPlaceholderText(QCoreApplication.translate("SettingsDialog", "One per line"))
            text.setFixedHeight(110)
            self.widget = text
        else:
            line = QLineEdit(parent)
            if preferences.is_time_key(key):
                line.setPlaceholderText("HH:MM")
                line.setMaxLength(5)
                line.setFixedWidth(line.fontMetrics().horizontalAdvance("00:00000"))
            self.widget = line
        self.widget.setObjectName(f"setting:{key}")
        self.widget.setAccessibleName(name)
        self.widget.setToolTip(name)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QPlainTextEdit):
            return [line for line in w.toPlainText().splitlines() if line.strip()]
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("\n".join(str(v) for v in value))
        elif isinstance(w, QLineEdit):
            w.setText(str(value))
