"""XLSX sheets as the program writes them (openpyxl, streaming): named cell styles, and a sheet
with a title block above one table, a frozen header, print titles and a filter.

Used by the dossier list and import template (exchange/) and by the papers written as
spreadsheets (documents/render_xlsx.py). No file I/O here: the callers save.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd/mm/yyyy"
# Excel shows the thousands separator of the reader's locale: dots on a Vietnamese Windows.
MONEY_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"

# --- styles ------------------------------------------------------------------------------------
_THIN = Side(style="thin", color="808080")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
FONT = "Times New Roman"


def add_styles(wb: Workbook) -> None:
    """Named styles every sheet uses: cells then carry a name, not a copy of each attribute
    (faster to write, and the file stays small)."""
    top = Alignment(vertical="top", wrap_text=True)
    styles = [
        NamedStyle("sk_title", font=Font(name=FONT, size=14, bold=True),
                   alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
        NamedStyle("sk_subtitle", font=Font(name=FONT, size=12, italic=True),
                   alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
        NamedStyle("sk_unit", font=Font(name=FONT, size=12, bold=True),
                   alignment=Alignment(horizontal="left", vertical="center")),
        NamedStyle("sk_header", font=Font(name=FONT, size=12, bold=True), border=BORDER,
                   fill=PatternFill("solid", fgColor="DDEBF7"),
                   alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
        NamedStyle("sk_text", font=Font(name=FONT, size=12), border=BORDER, alignment=top),
        NamedStyle("sk_center", font=Font(name=FONT, size=12), border=BORDER,
                   alignment=Alignment(horizontal="center", vertical="top")),
        NamedStyle("sk_date", font=Font(name=FONT, size=12), border=BORDER,
                   number_format=DATE_FORMAT, alignment=Alignment(horizontal="center", vertical="top")),
        NamedStyle("sk_money", font=Font(name=FONT, size=12), border=BORDER,
                   number_format=MONEY_FORMAT, alignment=Alignment(vertical="top")),
        NamedStyle("sk_int", font=Font(name=FONT, size=12), border=BORDER,
                   number_format="0", alignment=Alignment(horizontal="center", vertical="top")),
        NamedStyle("sk_percent", font=Font(name=FONT, size=12), border=BORDER,
                   number_format=PERCENT_FORMAT, alignment=Alignment(vertical="top")),
        NamedStyle("sk_total", font=Font(name=FONT, size=12, bold=True), border=BORDER,
                   alignment=Alignment(vertical="top")),
        NamedStyle("sk_total_money", font=Font(name=FONT, size=12, bold=True), border=BORDER,
                   number_format=MONEY_FORMAT, alignment=Alignment(vertical="top")),
        NamedStyle("sk_example", font=Font(name=FONT, size=12, italic=True, color="7F7F7F"),
                   border=BORDER, alignment=top),
    ]  # fmt: skip
    for style in styles:
        wb.add_named_style(style)


KIND_STYLES = {"text": "sk_text", "date": "sk_date", "money": "sk_money", "int": "sk_int"}



def new_workbook() -> Workbook:
    wb = Workbook(write_only=True)
    add_styles(wb)
    return wb


class Sheet:
    """A streamed sheet: title rows, one header row (or two), then body rows."""

    def __init__(self, wb: Workbook, title: str, widths: Sequence[float]):
        self.ws: WriteOnlyWorksheet = wb.create_sheet(title)
        self.width = len(widths)
        self.row = 0
        self._styles: dict[str, Any] = {}
        # A streamed sheet writes its view (the frozen panes) with the first row: rows wait
        # here until freeze() says where the header ends.
        self.pending: list[list[Any]] | None = []
        for i, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = 9  # A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0

    def cell(self, value: Any, style: str) -> Cell:
        # Naming the style on each cell looks the name up every time; copying the style
        # array of a first cell so named is several times faster on 10,000 rows.
        array = self._styles.get(style)
        if array is None:
            first = WriteOnlyCell(self.ws)
            first.style = style
            array = self._styles[style] = first._style
        return Cell(self.ws, row=1, column=1, value=value, style_array=array)

    def append(self, cells: list[Any], height: float | None = None) -> None:
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        if self.pending is None:
            self.ws.append(cells)
        else:
            self.pending.append(cells)

    def merged_line(self, text: str, style: str, height: float | None = None) -> None:
        self.append([self.cell(text, style)], height)
        if self.width > 1:
            self.ws.merged_cells.add(f"A{self.row}:{get_column_letter(self.width)}{self.row}")

    def title_block(self, unit_line: str, title: str, lines: Iterable[str]) -> None:
        if unit_line:
            self.merged_line(unit_line, "sk_unit")
        self.merged_line(title, "sk_title", 24)
        for line in lines:
            if line:
                self.merged_line(line, "sk_subtitle")
        self.append([])

    def header(self, headers: Sequence[str], height: float = 36) -> None:
        self.append([self.cell(h, "sk_header") for h in headers], height)

    def freeze(self, header_rows: int = 1, columns: int = 0) -> None:
        """Freezes the next ``header_rows`` rows (the header, appended after this call) and
        everything above, and ``columns`` leading columns."""
        self.ws.freeze_panes = f"{get_column_letter(columns + 1)}{self.row + header_rows + 1}"
        for cells in self.pending or []:
            self.ws.append(cells)
        self.pending = None

    def finish(self, header_row: int) -> None:
        if self.pending is not None:
            self.freeze(0)
        last = get_column_letter(self.width)
        self.ws.print_title_rows = f"{header_row}:{header_row}"
        if self.row > header_row:
            self.ws.auto_filter.ref = f"A{header_row}:{last}{self.row}"

