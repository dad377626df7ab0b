"""Screenshots of the Settings dialog in the light and the dark theme, for the README.

``scripts/screenshots.py`` imports every ``scripts/shots_*.py`` and renders each entry of
:data:`SHOTS`, ``(file name, callable(window) -> QWidget)``. Each callable here gives its dialog the
theme's palette itself, so both files come out right whatever ``--theme`` the whole run uses.
To render only these: ``python scripts/screenshots.py --only settings-light,settings-dark``.
"""

from __future__ import annotations

from typing import Any


def _settings_shot(theme: str, page: str = "general") -> Any:
    def make(window: Any) -> Any:
        from PySide6.QtWidgets import QApplication

        from relapp.ui.settings_dialog import SettingsDialog
        from relapp.ui.theme import preview_palette

        dialog = SettingsDialog(getattr(window, "hub", None), window)
        dialog.setPalette(preview_palette(theme))
        for index in range(dialog.tabs.count()):
            if dialog.tabs.widget(index).objectName() == f"page:{page}":
                dialog.tabs.setCurrentIndex(index)
        dialog.resize(560, 440)
        dialog.show()
        QApplication.processEvents()
        return dialog

    return make


SHOTS = [
    ("settings-light.png", _settings_shot("light")),
    ("settings-dark.png", _settings_shot("dark", "checkins")),
]
