"""Render the app icon from its SVG sources into every file the platforms want; the output is committed.

``python scripts/make_icons.py`` (no display needed) writes under ``resources/``:
``icons/png/relapp-<N>.png`` for N in 16 24 32 48 64 128 256 512 (16 and 24 from the hinted
``relapp-small.svg``, the rest from ``relapp.svg``), ``icons/relapp.ico`` (Windows, PNG-compressed
entries 16 to 256), ``macos/relapp.iconset/`` (the folder ``iconutil`` takes) and
``macos/relapp.icns`` (written directly: the container is a list of typed PNG chunks). Rendering is
done by Qt's QSvgRenderer, so the icons look exactly as the app draws them.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL = {16, 24}  # drawn from the hinted source
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS iconset file names -> pixel size
ICONSET = {
    "icon_16x16.png": 16,
    "icon_16x16@2x.png": 32,
    "icon_32x32.png": 32,
    "icon_32x32@2x.png": 64,
    "icon_128x128.png": 128,
    "icon_128x128@2x.png": 256,
    "icon_256x256.png": 256,
    "icon_256x256@2x.png": 512,
    "icon_512x512.png": 512,
    "icon_512x512@2x.png": 1024,
}
# icns chunk types holding PNG data -> pixel size
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(svg: Path, size: int) -> bytes:
    """PNG bytes of ``svg`` drawn at ``size`` x ``size`` on a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as one entry (PNG entries are valid since Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(chunks: list[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns: ``icns`` + total length, then (type, length incl. header, PNG data)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keep alive
    big, small = RES / "icons" / "relapp.svg", RES / "icons" / "relapp-small.svg"
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render(small if size in SMALL else big, size)
        return cache[size]

    out = RES / "icons" / "png"
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        (out / f"relapp-{size}.png").write_bytes(png(size))
    (RES / "icons" / "relapp.ico").write_bytes(ico_bytes({s: png(s) for s in ICO_SIZES}))
    iconset = RES / "macos" / "relapp.iconset"
    iconset.mkdir(parents=True, exist_ok=True)
    for name, size in ICONSET.items():
        (iconset / name).write_bytes(png(size))
    (RES / "macos" / "relapp.icns").write_bytes(icns_bytes([(k, png(s)) for k, s in ICNS_TYPES]))
    print(
        f"make_icons: wrote {len(SIZES)} PNGs, relapp.ico, relapp.iconset and relapp.icns under {RES}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
