"""A list whose items wrap their words: every item is drawn whole at every window width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

WIDTHS = (900, 1000, 1100, 1250)


def assert_items_whole(qtbot, dialog, lst) -> None:
    """Each item of ``lst`` spans the list's width and is tall enough for its wrapped words,
    with ``dialog`` at each of the usual widths (an item spacing made them too short)."""
    for width in WIDTHS:
        dialog.resize(width, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        metrics = QFontMetrics(lst.font())
        for row in range(lst.count()):
            item = lst.item(row)
            rect = lst.visualItemRect(item)
            assert rect.width() == lst.viewport().width(), (width, item.text())
            needed = metrics.boundingRect(rect.adjusted(4, 0, -4, 0), Qt.TextWordWrap, item.text())
            assert needed.height() <= rect.height(), (width, item.text(), needed, rect)
