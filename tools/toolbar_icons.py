"""Writes resources/icons/toolbar/<icon>-<pixels>.png: the main window's tool bar icons rendered
from their SVGs (resources/icons/actions/) at the tool bar's sizes (gui/icons.py TOOLBAR_SIZES),
so the window's first paint reads PNGs instead of loading Qt's SVG plugin.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/toolbar_icons.py

Run it again after changing an SVG or the tool bar's actions (tests/gui/test_icons.py fails
until then).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def toolbar_icon_names() -> list[str]:
    """The icon of each action on the main window's tool bar (ui/main_window.ui)."""
    from PySide6.QtWidgets import QMainWindow

    from sangkien_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from sangkien_desktop.gui.icons import ACTION_ICONS

    window = QMainWindow()
    ui = Ui_MainWindow()
    ui.setupUi(window)
    names = [ACTION_ICONS[a.objectName()] for a in ui.toolBar.actions()
             if a.objectName() in ACTION_ICONS]
    window.deleteLater()
    return names


def rendered(name: str, pixels: int):
    """The SVG of icon ``name`` as Qt's SVG icon engine renders it at ``pixels``."""
    from PySide6.QtCore import QSize

    from sangkien_desktop.gui.icons import icon

    return icon(name).pixmap(QSize(pixels, pixels)).toImage()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from sangkien_desktop.gui.icons import TOOLBAR_SIZES, toolbar_png

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - Qt needs it
    for name in toolbar_icon_names():
        for pixels in TOOLBAR_SIZES:
            path = toolbar_png(name, pixels)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not rendered(name, pixels).save(str(path)):
                raise SystemExit(f"could not write {path}")
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
