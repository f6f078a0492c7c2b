"""Renders the program's icons (assets/icons/*.svg) to the PNG sizes desktops ask for.

    .venv/bin/python tools/make_icons.py

Writes assets/icons/hicolor/SIZExSIZE/NAME.png; the PNGs are committed, so a build needs no SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    for svg in sorted(ICONS.glob("*.svg")):
        for size in SIZES:
            render(svg, size, ICONS / "hicolor" / f"{size}x{size}" / f"{svg.stem}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
