"""A bar chart of targets against results per unit, drawn with QPainter (QtCharts is not in
PySide6-Essentials): for each unit a pale bar for the target and a solid one for what it has
achieved, green when the target is met."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

TARGET, BEHIND, MET = QColor("#c9d6e8"), QColor("#2f6db5"), QColor("#2e8b3e")
MAX_BARS = 16  # more units do not fit readably; the table lists them all


@dataclass(frozen=True)
class Bar:
    label: str
    target: int
    achieved: int


class AchievementChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars[:MAX_BARS]
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        if not self.bars:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có chỉ tiêu hay hồ sơ nào."))
            return
        top, bottom, left, right = line * 2, line * 3, metrics.horizontalAdvance("0000") + 8, 12
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        # Four whole-number steps up to the tallest bar.
        step = max(1, math.ceil(max(max(b.target, b.achieved) for b in self.bars) / 4))
        peak = step * 4
        p.setPen(QPen(self.palette().mid().color()))
        for k in range(5):
            value = step * k
            y = plot.bottom() - plot.height() * value / peak
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.drawText(QRectF(0, y - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       str(value))
        slot = plot.width() / len(self.bars)
        width = min(48.0, max(4.0, slot * 0.36))
        for i, bar in enumerate(self.bars):
            x = plot.left() + slot * i + (slot - 2 * width) / 2
            for j, (value, colour) in enumerate(
                ((bar.target, TARGET), (bar.achieved, MET if bar.achieved >= bar.target > 0 else BEHIND))
            ):
                h = plot.height() * value / peak
                rect = QRectF(x + j * width, plot.bottom() - h, width - 1, h)
                p.fillRect(rect, colour)
                p.setPen(self.palette().text().color())
                p.drawText(QRectF(rect.left() - 6, rect.top() - line, width + 12, line),
                           Qt.AlignmentFlag.AlignCenter, str(value))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot - 4))
            p.drawText(QRectF(plot.left() + slot * i + 2, plot.bottom() + 4, slot - 4, line),
                       Qt.AlignmentFlag.AlignCenter, label)
        # Legend.
        x = plot.left()
        for text, colour in ((self.tr("Chỉ tiêu"), TARGET), (self.tr("Đã đạt"), BEHIND),
                             (self.tr("Đạt chỉ tiêu"), MET)):
            p.fillRect(QRectF(x, 4, line, line - 2), colour)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x + line + 4, 2, 200, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += line + 12 + metrics.horizontalAdvance(text)
        p.end()
