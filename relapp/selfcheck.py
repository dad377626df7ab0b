"""``relapp --self-check``: verify that this installation (source, pip or frozen bundle) can run.

Each check prints one line, ``ok   <name> <detail>`` or ``FAIL <name> <why>``, and the command
exits 1 when any fails. In order: the resources (icons, desktop entry) are where
:mod:`relapp.resources` looks; a database created in a temporary folder migrates to the latest
schema and takes a setting; every command module and every ``module:attr`` named in the UI
registry imports (what a frozen build loses first); Qt starts (offscreen unless
``QT_QPA_PLATFORM`` says otherwise) and the native platform plugin is present; the main window is
built and painted offscreen; the app and tray icons load at every size; plyer's notification
backend for this platform imports. Nothing outside the temporary folder is written.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from relapp import __version__, resources


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok' if self.ok else 'FAIL':<5}{self.name:<14}{self.detail}"


class CheckFailed(Exception):
    """A check found a problem it can describe in one line."""


# --- the checks -----------------------------------------------------------------------------


def check_runtime(_ctx: dict[str, Any]) -> str:
    kind = "frozen bundle" if getattr(sys, "frozen", False) else "Python"
    return f"relapp {__version__}, Python {sys.version.split()[0]}, {kind} at {sys.executable}"


def check_resources(_ctx: dict[str, Any]) -> str:
    missing = resources.missing()
    if missing:
        raise CheckFailed(
            f"{len(missing)} missing under {resources.resources_dir()}, e.g. {missing[0].name}"
        )
    return f"{len(resources.required())} files in {resources.resources_dir()}"


def check_database(ctx: dict[str, Any]) -> str:
    from relapp.services import settings
    from relapp.store import init_db
    from relapp.store.migrations import LATEST, schema_version

    path = Path(ctx["tmp"]) / "relapp.sqlite3"
    db = init_db(path)
    version = schema_version(db)
    if version != LATEST:
        raise CheckFailed(f"schema {version} after migrating, expected {LATEST}")
    settings.set("theme", "dark")
    if settings.get("theme") != "dark":
        raise CheckFailed("a setting written was not read back")
    return f"created and migrated to schema {version} in {path.parent}"


def _resolve(target: str) -> Any:
    module_name, _, attr = target.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attr) if attr else module


def check_modules(_ctx: dict[str, Any]) -> str:
    from relapp.cli import COMMAND_MODULES, build_parser
    from relapp.ui import registry

    build_parser()  # imports every command module that exists
    specs: list[Any] = [*registry.VIEWS, *registry.ACTIONS, *registry.EXTENSIONS]
    targets = [s.target for s in specs]
    failed = []
    for target in targets:
        try:
            _resolve(target)
        except Exception as exc:  # noqa: BLE001 - report every broken target, not just one
            failed.append(f"{target} ({type(exc).__name__}: {exc})")
    if failed:
        raise CheckFailed(f"{len(failed)} of {len(targets)} UI targets do not load: {failed[0]}")
    groups = sum(1 for name in COMMAND_MODULES if name in sys.modules)
    return f"{groups} command groups and {len(targets)} UI targets load"


NATIVE_PLUGINS = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


def check_qt(ctx: dict[str, Any]) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "relapp"])
    ctx["app"] = app
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    native = NATIVE_PLUGINS.get(sys.platform)
    if (
        native
        and plugins.is_dir()
        and not any(p.name.find(f"q{native}") >= 0 for p in plugins.iterdir())
    ):
        raise CheckFailed(f"Qt platform plugin '{native}' is missing from {plugins}")
    return f"PySide6 {pyside_version} on the '{QApplication.platformName()}' platform"


def check_window(ctx: dict[str, Any]) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent

    from relapp.ui.events import EventsHub
    from relapp.ui.icons import app_icon
    from relapp.ui.main_window import MainWindow

    app = ctx["app"]
    app.setWindowIcon(app_icon())
    hub = EventsHub()
    window = MainWindow(hub)
    try:
        window.resize(1000, 700)
        image = window.grab()
        if image.isNull() or image.width() < 100:
            raise CheckFailed("the main window did not paint")
        if window.windowIcon().isNull():
            raise CheckFailed("the main window has no icon")
        views = len(getattr(window, "views", {}))
        actions = len(getattr(window, "actions_by_key", {}))
        platform = app.platformName()
        return f"main window built and painted on '{platform}' ({views} views, {actions} actions)"
    finally:
        window.deleteLater()
        QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
        hub.deleteLater()


def check_icons(_ctx: dict[str, Any]) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtSvg import QSvgRenderer

    from relapp.ui import icons

    icons.clear_cache()
    sizes = {s.width() for s in icons.app_icon().availableSizes()}
    absent = [s for s in resources.ICON_SIZES if s not in sizes]
    if absent:
        raise CheckFailed(f"app icon sizes missing: {absent}")
    if not QSvgRenderer(str(resources.tray_svg())).isValid():
        raise CheckFailed(f"the tray icon source {resources.tray_svg()} cannot be drawn")
    plain = icons.tray_pixmap(22, 0).toImage()
    if not any(plain.pixelColor(x, 11).alpha() for x in range(22)):
        raise CheckFailed("the tray icon renders empty")
    badged = icons.tray_icon(3).pixmap(QSize(22, 22)).toImage()
    if badged.convertToFormat(plain.format()) == plain:
        raise CheckFailed("the tray icon shows no due-count badge")
    return f"app icon at {len(sizes)} sizes, tray icon with badge"


PLYER_BACKENDS = {"linux": "linux", "win32": "win", "darwin": "macosx"}


def check_notifications(_ctx: dict[str, Any]) -> str:
    platform = PLYER_BACKENDS.get(sys.platform, "linux")
    module = f"plyer.platforms.{platform}.notification"
    try:
        importlib.import_module(module)
    except ImportError as exc:
        raise CheckFailed(f"{module} does not import: {exc}") from exc
    notes = [f"plyer {platform} backend"]
    if sys.platform.startswith("linux"):
        for name in ("jeepney", "dbus"):
            try:
                importlib.import_module(name)
                notes.append(f"{name} available")
            except ImportError:
                pass
        if shutil.which("notify-send"):
            notes.append("notify-send on PATH")
    try:
        importlib.import_module("relapp.notifications")
        notes.append("relapp.notifications loads")
    except ModuleNotFoundError as exc:
        if exc.name != "relapp.notifications":
            raise
    return ", ".join(notes)


CHECKS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    ("runtime", check_runtime),
    ("resources", check_resources),
    ("database", check_database),
    ("modules", check_modules),
    ("qt", check_qt),
    ("window", check_window),
    ("icons", check_icons),
    ("notifications", check_notifications),
]


@contextmanager
def _private_data_dir(tmp: Path) -> Iterator[None]:
    # Anything the app writes while checking (logs, backups) goes to the temporary folder.
    saved = {key: os.environ.get(key) for key in ("RELAPP_DATA_DIR", "RELAPP_DB")}
    os.environ["RELAPP_DATA_DIR"] = str(tmp / "data")
    os.environ.pop("RELAPP_DB", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run_checks(out: TextIO | None = None) -> list[Result]:
    """Run every check, printing each line as it completes; returns the results."""
    out = out or sys.stdout
    results: list[Result] = []
    tmp = Path(tempfile.mkdtemp(prefix="relapp-selfcheck-"))
    ctx: dict[str, Any] = {"tmp": tmp}
    try:
        with _private_data_dir(tmp):
            for name, check in CHECKS:
                try:
                    result = Result(name, True, check(ctx))
                except CheckFailed as exc:
                    result = Result(name, False, str(exc))
                except Exception as exc:  # noqa: BLE001 - a self-check reports, never crashes
                    result = Result(name, False, f"{type(exc).__name__}: {exc}")
                results.append(result)
                print(result.line(), file=out, flush=True)
    finally:
        from relapp.store.db import close_db

        close_db()
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def run_self_check(out: TextIO | None = None) -> int:
    """``relapp --self-check``: 0 when every check passes, 1 otherwise."""
    out = out or sys.stdout
    started = time.perf_counter()
    results = run_checks(out)
    failed = [r for r in results if not r.ok]
    elapsed = time.perf_counter() - started
    if failed:
        print(
            f"self-check FAILED: {len(failed)} of {len(results)} checks ({elapsed:.2f} s)", file=out
        )
        return 1
    print(f"self-check passed: {len(results)} checks in {elapsed:.2f} s", file=out)
    return 0
