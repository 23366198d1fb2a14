"""Render the application icon (resources/icons/app.svg) as the PNGs and .ico installers need.

Writes packaging/icons/dutylog-<N>.png for the freedesktop icon theme sizes and
packaging/icons/dutylog.ico (every size, PNG-compressed entries, as Windows Vista+ reads them).
Run by packaging/build; the output is committed so a Windows runner needs no extra step.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows' shell asks for these; 256 is the largest an .ico entry may declare.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG streams (ICONDIR, ICONDIRENTRY per size, then data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def make_icons(svg: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    pngs = {}
    for size in SIZES:
        pngs[size] = png_bytes(render(svg, size))
        target = out / f"dutylog-{size}.png"
        target.write_bytes(pngs[size])
        written.append(target)
    ico = out / "dutylog.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    written.append(ico)
    return written


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])
    root = Path(__file__).resolve().parent.parent
    for path in make_icons(root / "resources" / "icons" / "app.svg", root / "packaging" / "icons"):
        print(path)
