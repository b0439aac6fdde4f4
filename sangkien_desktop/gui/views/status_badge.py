"""The status column of the dossier list as a coloured badge with its text: where each dossier
stands, seen at a glance. Light to import and to paint (the list's first paint uses it): the
cell's background, selection and focus are QStyledItemDelegate's own, in C++, with the text
left out (``initStyleOption``); the badge is drawn over it. Neither the QStyle class nor the
``Qt`` namespace is touched on the way (PySide builds each, with all its enums, when first
used: 6 and 20 ms of the first paint), unless a badge must be shortened to fit its column.
That is why the colours go through a palette and the words through a QTextLayout: a QBrush,
a QPen or QPainter.setPen would each make PySide look at an overload taking a Qt enum.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QStyleOptionViewItem

# Background and text of each status's badge: calm for a draft, amber while the council has it,
# green once recognised, red when refused, blue when nominated, violet once on the portal.
COLOURS: dict[str, tuple[str, str]] = {
    "draft": ("#e4e6e8", "#3c4043"),
    "submitted": ("#fff0c2", "#6b4e00"),
    "recognised": ("#d3f0dc", "#185c2e"),
    "rejected": ("#f9d9dc", "#85202a"),
    "nominated": ("#d6e6ff", "#0b3d91"),
    "entered": ("#e6dcf5", "#4a2a7a"),
}
PAD_X, PAD_Y, MARGIN = 8, 2, 4


CODE_ROLE = 257  # Qt.ItemDataRole.UserRole + 1


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints ``index.data()`` (the status's name) on the colour of ``index.data(CODE_ROLE)``
    (the status's code)."""

    CODE_ROLE = CODE_ROLE

    def __init__(self, parent=None):
        super().__init__(parent)
        self._palettes: dict[str, QPalette] = {}  # status code → its colours
        self._words: dict[tuple[str, str, str], QTextLayout] = {}  # laid out once

    def _colours(self, code: str) -> QPalette:
        """The badge's background (Window) and words (WindowText) of the status ``code``."""
        palette = self._palettes.get(code)
        if palette is None:
            background, foreground = COLOURS.get(code, COLOURS["draft"])
            palette = self._palettes[code] = QPalette()
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
        return palette

    def _laid_out(self, text: str, font: QFont, palette: QPalette) -> QTextLayout:
        key = (text, font.key(), palette.windowText().color().name())
        layout = self._words.get(key)
        if layout is None:
            layout = self._words[key] = QTextLayout(text, font)
            colour = QTextCharFormat()
            colour.setForeground(palette.windowText())
            whole = QTextLayout.FormatRange()
            whole.start, whole.length, whole.format = 0, len(text), colour
            layout.setFormats([whole])
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
        return layout

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the badge carries it

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)  # background, selection, focus: no text
        text = index.data()
        if not text:
            return
        colours = self._colours(index.data(CODE_ROLE) or "")
        metrics = option.fontMetrics
        rect = option.rect
        room = rect.width() - 2 * MARGIN
        width = metrics.horizontalAdvance(text) + 2 * PAD_X
        if width > room:  # a column narrowed by hand: the words shortened with "…"
            from PySide6.QtCore import Qt

            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room - 2 * PAD_X + 1)
            width = room
        height = min(metrics.height() + 2 * PAD_Y, rect.height() - 2)
        badge = QRectF(rect.left() + MARGIN, rect.center().y() - height // 2 + 1, width, height)
        pill = QPainterPath()
        pill.addRoundedRect(badge, height / 2, height / 2)
        words = self._laid_out(text, option.font, colours)
        line = words.lineAt(0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(pill, colours.window())
        # Centred as QPainter.drawText(badge, Qt.AlignCenter, text) would place them.
        words.draw(painter, QPointF(badge.left() + (badge.width() - line.naturalTextWidth()) / 2,
                                    badge.top() + (badge.height() - line.height()) / 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data() or ""
        return QSize(option.fontMetrics.horizontalAdvance(text) + 2 * (PAD_X + MARGIN),
                     max(hint.height(), option.fontMetrics.height() + 2 * PAD_Y + 2))
