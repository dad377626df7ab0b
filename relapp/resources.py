"""Where relapp's data files (icons, the .desktop entry, the AppStream metainfo) are, however it runs.

The files live in ``resources/`` at the top of the repository. Installed with pip they are the
package ``relapp._resources`` (a mapping in pyproject.toml); frozen by PyInstaller they are copied
to ``relapp/_resources`` inside the bundle (``build.spec``). :func:`resources_dir` looks in that
order: ``$RELAPP_RESOURCES`` (an override for tests), the frozen bundle, the installed package,
then the source tree. No Qt here, and nothing is looked up at import time.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

APP_ID = "io.github.relapp.Relapp"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_MARKER = Path("icons") / "relapp.svg"  # a file every good resources folder has


def _frozen_dir() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return None
    return Path(base) / "relapp" / "_resources"


def _installed_dir() -> Path | None:
    try:
        spec = importlib.util.find_spec("relapp._resources")
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    for location in spec.submodule_search_locations or ():
        path = Path(location)
        if (path / _MARKER).is_file():
            return path
    return None


def _source_dir() -> Path | None:
    root = Path(__file__).resolve().parent.parent
    if (root / "pyproject.toml").is_file() and (root / "resources" / _MARKER).is_file():
        return root / "resources"
    return None


def resources_dir() -> Path:
    """The folder holding relapp's resources. An explicit ``$RELAPP_RESOURCES`` wins even when it
    is wrong (so a broken installation can be simulated); otherwise the first folder found, or the
    source-tree location when none is (callers then see the files as missing)."""
    override = os.environ.get("RELAPP_RESOURCES")
    if override:
        return Path(override).expanduser()
    for finder in (_frozen_dir, _installed_dir, _source_dir):
        found = finder()
        if found is not None and (found / _MARKER).is_file():
            return found
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """The path of resource ``name`` (``"icons/tray.svg"``); it may not exist, see :func:`missing`."""
    return resources_dir() / name


def icon_png(size: int) -> Path:
    """The app icon rendered at ``size`` pixels (one of :data:`ICON_SIZES`)."""
    return resource_path(f"icons/png/relapp-{size}.png")


def app_svg() -> Path:
    return resource_path("icons/relapp.svg")


def tray_svg() -> Path:
    return resource_path("icons/tray.svg")


def desktop_file() -> Path:
    return resource_path(f"linux/{APP_ID}.desktop")


def metainfo_file() -> Path:
    return resource_path(f"linux/{APP_ID}.metainfo.xml")


def required() -> list[Path]:
    """Every resource the running app needs."""
    return [app_svg(), tray_svg(), *(icon_png(s) for s in ICON_SIZES), desktop_file()]


def missing() -> list[Path]:
    """The required resources that are not there (an empty list when all is well)."""
    return [path for path in required() if not path.is_file()]
