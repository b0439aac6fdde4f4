"""The tool bar's PNG icons (resources/icons/toolbar/, tools/toolbar_icons.py) are the SVGs as
Qt renders them: every action on the tool bar has one at every size, pixel for pixel."""

from __future__ import annotations

from PySide6.QtGui import QImage

from tools.toolbar_icons import rendered, toolbar_icon_names

from sangkien_desktop.gui import icons


def test_every_tool_bar_icon_is_its_svg_rendered_at_each_size(qapp):
    names = toolbar_icon_names()
    assert "file-plus" in names and len(names) >= 8
    for name in names:
        for pixels in icons.TOOLBAR_SIZES:
            path = icons.toolbar_png(name, pixels)
            assert path.is_file(), f"{path} missing: run tools/toolbar_icons.py"
            shipped = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
            svg = rendered(name, pixels).convertToFormat(QImage.Format.Format_ARGB32)
            assert shipped == svg, f"{path} differs from its SVG: run tools/toolbar_icons.py"


def test_the_tool_bar_takes_the_png_of_its_size_and_else_the_svg(qapp, monkeypatch):
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QMainWindow

    from sangkien_desktop.gui.forms.ui_main_window import Ui_MainWindow

    window = QMainWindow()
    ui = Ui_MainWindow()
    ui.setupUi(window)
    set_from: list[str] = []
    real = icons.QIcon
    monkeypatch.setattr(icons, "QIcon", lambda path: set_from.append(path) or real(path))
    assert icons.apply_toolbar(ui.toolBar) == len(set_from) >= 8
    assert all(p.endswith(f"-{ui.toolBar.iconSize().width()}.png") for p in set_from)
    set_from.clear()
    for action in ui.toolBar.actions():
        action.setIcon(real())
    ui.toolBar.setIconSize(QSize(23, 23))  # no PNG of that size
    icons.apply_toolbar(ui.toolBar)
    assert set_from and all(p.endswith(".svg") for p in set_from)
    window.deleteLater()
