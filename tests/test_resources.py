"""The shipped resources: every icon size renders at its size, the Windows and macOS containers
parse, the Linux desktop entry and AppStream metainfo agree on the app id, and the icon helpers
build the app and tray icons (the tray one with a readable badge on light and dark panels)."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from relapp import resources
from relapp.ui import icons

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_icons(qapp):
    icons.clear_cache()
    yield
    icons.clear_cache()


@pytest.mark.parametrize("size", resources.ICON_SIZES)
def test_every_png_size_exists_and_loads_at_its_size(size: int) -> None:
    path = resources.icon_png(size)
    assert path.is_file(), path
    pixmap = QPixmap(str(path))
    assert not pixmap.isNull()
    assert (pixmap.width(), pixmap.height()) == (size, size)
    image = pixmap.toImage()
    assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the tile is opaque in the middle
    assert image.hasAlphaChannel()


def _ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "not an icon file"
    entries = []
    for i in range(count):
        w, h, _colors, _res, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert (w, planes, bpp) == (h, 1, 32)
        assert offset + length <= len(data)
        entries.append((w or 256, data[offset : offset + length]))
    return entries


def test_ico_parses_and_each_entry_is_an_image_of_its_size() -> None:
    data = resources.resource_path("icons/relapp.ico").read_bytes()
    entries = _ico_entries(data)
    assert sorted(size for size, _ in entries) == [16, 24, 32, 48, 64, 128, 256]
    for size, blob in entries:
        image = QImage.fromData(blob)
        assert (image.width(), image.height()) == (size, size)


def test_icns_parses_and_the_iconset_is_complete() -> None:
    data = resources.resource_path("macos/relapp.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    found, pos = {}, 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        found[kind] = QImage.fromData(data[pos + 8 : pos + length]).width()
        pos += length
    assert pos == len(data)
    assert {k: found.get(k) for k in expected} == expected
    iconset = resources.resource_path("macos/relapp.iconset")
    for name in ("icon_16x16.png", "icon_16x16@2x.png", "icon_512x512@2x.png"):
        base = int(name.split("_")[1].split("x")[0])
        assert QImage(str(iconset / name)).width() == base * (2 if "@2x" in name else 1)


def test_desktop_entry_and_metainfo_name_the_same_app() -> None:
    desktop = resources.desktop_file()
    assert desktop.stem == resources.APP_ID
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(desktop, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == resources.APP_ID
    assert "--minimized" in parser["Desktop Action Minimized"]["Exec"]

    root = ET.parse(resources.metainfo_file()).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == resources.APP_ID
    assert root.findtext("launchable") == desktop.name
    assert root.findtext("name") == entry["Name"]
    for tag in (
        "summary",
        "description",
        "releases/release",
        "content_rating",
        "url",
        "developer_name",
    ):
        assert root.find(tag) is not None, tag


def test_svg_sources_are_committed_beside_their_renderings() -> None:
    for name in ("relapp.svg", "relapp-small.svg", "tray.svg"):
        text = resources.resource_path(f"icons/{name}").read_text(encoding="utf-8")
        assert text.lstrip().startswith("<?xml") and "<svg" in text


def test_app_icon_has_every_size() -> None:
    icon = icons.app_icon()
    assert isinstance(icon, QIcon)
    assert {s.width() for s in icon.availableSizes()} == set(resources.ICON_SIZES)


@pytest.mark.parametrize(
    ("count", "text"), [(0, ""), (-2, ""), (1, "1"), (99, "99"), (100, "99+"), (5000, "99+")]
)
def test_badge_text(count: int, text: str) -> None:
    assert icons.badge_text(count) == text


def _luminance(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


def _opaque(image: QImage) -> list[QColor]:
    colours = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return [c for c in colours if c.alpha() > 200]


def test_tray_icon_reads_on_light_and_dark_panels() -> None:
    image = icons.tray_pixmap(22, 0).toImage()
    opaque = _opaque(image)
    assert len(opaque) > 22 * 22 * 0.25  # a real shape, not a speck
    # dark outline pixels stand out on a light panel, light fill pixels on a dark one
    assert sum(_luminance(c) < 0.25 for c in opaque) > 20
    assert sum(_luminance(c) > 0.75 for c in opaque) > 20


def test_tray_badge_is_drawn_for_a_due_count_only() -> None:
    plain = icons.tray_pixmap(22, 0).toImage()
    badged = icons.tray_pixmap(22, 7).toImage()
    assert plain != badged
    red = [c for c in _opaque(badged) if c.red() > 180 and c.green() < 90 and c.blue() < 90]
    assert len(red) > 10
    for count in (0, 7):
        icon = icons.tray_icon(count)
        assert {s.width() for s in icon.availableSizes()} >= {16, 22, 24, 32}
        assert not icon.pixmap(QSize(22, 22)).isNull()
    assert icons.tray_icon(150) is icons.tray_icon(100)  # counts above 99 share one icon


def test_override_points_at_another_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAPP_RESOURCES", str(tmp_path))
    assert resources.resources_dir() == tmp_path
    assert len(resources.missing()) == len(resources.required())
    assert icons.app_icon().isNull()


def test_source_tree_is_found_without_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RELAPP_RESOURCES", raising=False)
    assert resources.missing() == []


def test_pyproject_ships_every_subpackage_and_the_resources() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    listed = set(config["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "relapp").rglob("__init__.py")
    }
    assert on_disk - listed == set(), "add these packages to [tool.setuptools] packages"
    assert "relapp._resources" in listed
    assert config["package-dir"]["relapp._resources"] == "resources"
