"""Renders resources/icons/sangkien.svg into the PNG sizes and the Windows .ico (committed).

Run after changing the SVG:  .venv/bin/python packaging/render_icons.py
Uses Qt's SVG renderer for the PNGs and Pillow (a dev dependency) to pack the .ico.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "sangkien.svg"
    pngs = []
    for size in SIZES:
        target = ICONS / f"sangkien-{size}.png"
        if not render(svg, size).save(str(target)):
            raise SystemExit(f"could not write {target}")
        pngs.append(target)
        print(target.relative_to(ICONS.parent.parent))
    from PIL import Image

    # Each size rendered by Qt from the SVG, not scaled down from the largest by Pillow.
    frames = [Image.open(ICONS / f"sangkien-{size}.png") for size in ICO_SIZES]
    frames[-1].save(
        ICONS / "sangkien.ico", sizes=[f.size for f in frames], append_images=frames[:-1]
    )
    print((ICONS / "sangkien.ico").relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
