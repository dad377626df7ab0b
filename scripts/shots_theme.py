"""Screenshots of the Settings dialog in the light and the dark theme, for the README.

``scripts/screenshots.py`` imports every ``scripts/shots_*.py`` and renders each entry of
:data:`SHOTS`, ``(file name, callable(window) -> QWidget)``. Each callable here gives its dialog the
theme's palette itself, so both files come out right whatever ``--theme`` the whole run uses.
Run alone (``python scripts/shots_theme.py [OUTDIR]``) it renders the two files with demo data
offscreen or under Xvfb.
"""

from __future__ import annotations

import sys
from pathlib import Path
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


def main(argv: list[str] | None = None) -> int:
    """Render :data:`SHOTS` with a demo database into OUTDIR (default ``docs``)."""
    import os
    import tempfile

    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "docs")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from relapp.store import init_db
    from relapp.ui.events import EventsHub

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RELAPP_DATA_DIR"] = tmp
        init_db(Path(tmp) / "relapp.sqlite3")
        window = QWidget()
        window.hub = EventsHub()  # type: ignore[attr-defined]
        for name, make in SHOTS:
            widget = make(window)
            widget.grab().save(str(out / name))
            widget.close()
            print(out / name)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
