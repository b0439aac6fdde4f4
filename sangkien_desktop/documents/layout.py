"""The form of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I), once.

Every renderer reads its page, margins, fonts and sizes from here, so a correction to the
form (a new decree, a union rule such as Quyết định 933/QĐ-TLĐ) changes this file only.
"""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH

# A4 portrait, in millimetres.
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0

# Nghị định 30/2020: top 20-25, bottom 20-25, left 30-35, right 15-20 mm. The left margin
# is the binding edge and stays on the left in landscape too.
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0

# Liberation Serif is metric-compatible with Times New Roman and covers every Vietnamese
# letter. PDFs embed it; DOCX files name Times New Roman so Word and LibreOffice use the
# font every office PC in Vietnam has (LibreOffice substitutes Liberation Serif when absent).
PDF_FONT_FAMILY = "LiberationSerif"
PDF_FONT_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}
DOCX_FONT_NAME = "Times New Roman"

# Sizes in points.
BODY_SIZE = 13.0
TABLE_SIZE = 12.0
HEADER_SIZE = 12.0  # parent organisation, issuing unit, "CỘNG HÒA XÃ HỘI ..." (12-13)
MOTTO_SIZE = 13.0  # "Độc lập - Tự do - Hạnh phúc" (13-14)
PLACE_DATE_SIZE = 13.0
NUMBER_SIZE = 13.0
TITLE_SIZE = 14.0  # QUYẾT ĐỊNH, TỜ TRÌNH ... (13-14, bold)
RECIPIENTS_LABEL_SIZE = 12.0  # "Nơi nhận:" bold italic 12
RECIPIENTS_SIZE = 11.0  # the list itself, 11
SIGNATURE_SIZE = 13.0
PAGE_NUMBER_SIZE = 13.0
NOTE_SIZE = 11.0

# Paragraphs: first-line indent 1-1.27 cm, at least 6 pt between paragraphs, single to 1.5
# line spacing. The leading factor is what "single" spacing is for Times New Roman in Word.
FIRST_LINE_INDENT_MM = 10.0
PARAGRAPH_SPACE_AFTER_PT = 6.0
LINE_SPACING = 1.15

# Where the page number sits (top centre, from page 2): in the top margin.
PAGE_NUMBER_FROM_TOP_MM = 10.0

# Space left for a handwritten signature and the seal.
SIGNATURE_SPACE_MM = 22.0

# Cell padding in tables, both formats. 1 mm (Word's default is 1.9) lets the eleven
# columns of the summary table hold a date, an amount and a decision number at 12 pt.
CELL_PADDING_MM = 1.0

# The header block takes this share of the text width for its left column (Nghị định 30
# puts the issuing body in roughly the left 40 %, the national title in the rest).
HEADER_LEFT_SHARE = 0.42
# The short rule under the issuing unit, and under the motto, as a share of the column.
UNIT_RULE_SHARE = 0.35

# Nghị định 30/2020, Phụ lục I, 6(b): days below 10 and the months 1 and 2 take a leading
# zero ("ngày 05 tháng 02", but "tháng 3"), so nobody can add a digit in front. Set to True
# for units that pad every month ("tháng 03"), as many do by habit.
PAD_EVERY_MONTH = False


@dataclass(frozen=True)
class PageGeometry:
    """Page and text area of one orientation, in millimetres."""

    landscape: bool = False

    @property
    def width(self) -> float:
        return PAGE_HEIGHT_MM if self.landscape else PAGE_WIDTH_MM

    @property
    def height(self) -> float:
        return PAGE_WIDTH_MM if self.landscape else PAGE_HEIGHT_MM

    @property
    def text_width(self) -> float:
        return self.width - MARGIN_LEFT_MM - MARGIN_RIGHT_MM

    @property
    def text_height(self) -> float:
        return self.height - MARGIN_TOP_MM - MARGIN_BOTTOM_MM

    @property
    def header_columns(self) -> tuple[float, float]:
        left = round(self.text_width * HEADER_LEFT_SHARE, 1)
        return left, round(self.text_width - left, 1)


PORTRAIT = PageGeometry(False)
LANDSCAPE = PageGeometry(True)


def scale_widths(widths: list[float], total: float) -> list[float]:
    """Relative column widths scaled to ``total`` millimetres (so tables fill the text width)."""
    s = sum(widths)
    if s <= 0:
        raise ValueError("column widths must add up to more than zero")
    return [w * total / s for w in widths]
