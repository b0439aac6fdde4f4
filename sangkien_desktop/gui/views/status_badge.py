"""The status column of the dossier list as a coloured badge with its text: where each dossier
stands, seen at a glance. Light to import (the list's first paint uses it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

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


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints ``index.data()`` (the status's name) on the colour of ``index.data(UserRole + 1)``
    (the status's code)."""

    CODE_ROLE = Qt.ItemDataRole.UserRole + 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        background, foreground = COLOURS.get(index.data(self.CODE_ROLE) or "", COLOURS["draft"])
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 2 * PAD_X, opt.rect.width() - 2 * MARGIN)
        height = min(metrics.height() + 2 * PAD_Y, opt.rect.height() - 2)
        badge = QRect(opt.rect.left() + MARGIN, opt.rect.center().y() - height // 2 + 1,
                      width, height)
        painter.save()
        painter.setFont(opt.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, badge.width() - 2 * PAD_X + 1)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data() or ""
        return QSize(option.fontMetrics.horizontalAdvance(text) + 2 * (PAD_X + MARGIN),
                     max(hint.height(), option.fontMetrics.height() + 2 * PAD_Y + 2))
