"""Column widths both renderers share, measured with the embedded font's own metrics.

Relative widths are scaled to the table width, then any column too narrow for the longest
word of its header ("STT", "Chỉ tiêu"), or for a word its cells must keep whole (a decision
number), is widened at the expense of the others, so neither breaks inside, in PDF or in Word.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from sangkien_desktop.documents import layout
from sangkien_desktop.documents.blocks import Table
from sangkien_desktop.documents.fonts import FONT, register_fonts

_SLACK_MM = 0.6  # Word and LibreOffice round widths; keep a little air


def word_width_mm(word: str, size: float, bold: bool = True) -> float:
    register_fonts()
    return stringWidth(word, FONT[(bold, False)], size) / layout.PT_PER_MM


def column_widths(table: Table, total_mm: float) -> list[float]:
    widths = layout.scale_widths([c.width for c in table.columns], total_mm)
    need = [
        max(
            max((word_width_mm(w, table.size) for w in c.header.split() if table.show_header),
                default=0.0),
            # Bold, as a totals row prints them: an amount is whole there too.
            max((word_width_mm(w, table.size) for w in c.unbroken), default=0.0),
        )
        + 2 * layout.CELL_PADDING_MM
        + _SLACK_MM
        for c in table.columns
    ]
    for _ in range(len(widths)):
        short = [i for i, w in enumerate(widths) if w < need[i] - 1e-6]
        if not short:
            break
        extra = sum(need[i] - widths[i] for i in short)
        rest = [i for i in range(len(widths)) if i not in short]
        spare = sum(widths[i] for i in rest)
        if spare <= extra:
            break  # nothing sensible to take from: keep the scaled widths
        for i in short:
            widths[i] = need[i]
        for i in rest:
            widths[i] -= extra * widths[i] / spare
    return widths
