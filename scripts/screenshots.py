"""Render the README's screenshots from the real window with demo data.

Run under Xvfb (``scripts/screenshots.sh`` does it) so the window is a real X11 window; offscreen
works too. For a fixed date (2026-11-23, so pictures are reproducible) it fills a temporary database
with the demo data, opens the main window at 1280x800 and saves, for each registered view,
``docs/screenshot-<view>.png`` (``docs/screenshot.png`` is the Contacts view), then every extra shot
declared in ``scripts/shots_*.py`` (``SHOTS = [(file name, callable(window) -> QWidget)]``).
``--theme dark`` writes the views again into ``docs/dark/`` with the dark palette.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIXED_NOW = dt.datetime(2026, 11, 23, 9, 30)


def grab(widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    screen = widget.screen()
    pixmap = None
    if QApplication.platformName() == "xcb" and screen is not None:
        pixmap = screen.grabWindow(widget.winId())  # what the X server shows
    if pixmap is None or pixmap.isNull():
        pixmap = widget.grab()
    pixmap.save(str(path))
    print(f"wrote {path.relative_to(ROOT)} ({pixmap.width()}x{pixmap.height()})")


def extra_shots() -> list[tuple[str, object]]:
    shots: list[tuple[str, object]] = []
    for path in sorted((ROOT / "scripts").glob("shots_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        shots.extend(getattr(module, "SHOTS", []))
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--only", help="comma-separated view keys or shot names")
    args = parser.parse_args()
    out: Path = args.out if args.theme == "light" else args.out / "dark"

    tmp = Path(tempfile.mkdtemp(prefix="relapp-shots-"))
    os.environ["RELAPP_DATA_DIR"] = str(tmp)
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # no remembered geometry from the user

    from PySide6.QtWidgets import QApplication

    from relapp import clock
    from relapp.services import contact_list, demo, reach_out
    from relapp.store import init_db

    clock.set_now(FIXED_NOW)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("relapp")
    try:
        from relapp.ui.theme import apply_theme

        apply_theme(app, args.theme)
    except ImportError:
        pass
    init_db(tmp / "relapp.sqlite3")
    demo.populate(contacts=40, seed=7, today=FIXED_NOW.date())

    from relapp.ui import registry
    from relapp.ui.events import EventsHub
    from relapp.ui.main_window import MainWindow

    window = MainWindow(EventsHub())
    window.install_extensions()
    window.resize(1280, 800)
    window.show()
    wanted = set(args.only.split(",")) if args.only else None

    # Show someone worth looking at: the top of the reach-out list (a real, rich timeline).
    top = reach_out.reach_out(limit=1)
    window.show_contact(
        top[0].contact_id if top else contact_list.ordered_ids(contact_list.ContactFilter())[0]
    )
    for spec in registry.VIEWS:
        if wanted and spec.key not in wanted:
            continue
        window.show_view(spec.key)
        name = "screenshot.png" if spec.key == "contacts" else f"screenshot-{spec.key}.png"
        grab(window, out / name)
    window.show_view("contacts")
    shots = extra_shots() if args.theme == "light" else []  # dialogs once; the views in both themes
    for filename, make in shots:
        if wanted and Path(filename).stem not in wanted:
            continue
        widget = make(window)  # type: ignore[operator]
        grab(widget, out / filename)
        if widget is not window:
            widget.close()
    window.extensions.clear()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
