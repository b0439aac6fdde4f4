"""Tables for the PDF renderer, paginated by us rather than by reportlab.

Cells are wrapped with the font's metrics and handed over as multi-line strings, and every
row height is known before layout. A long table is then cut page by page into small
reportlab tables (header rows repeated on each), which keeps a thousand-row summary table
linear in time: reportlab's own split re-examines every remaining cell on every page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from sangkien_desktop.documents import layout
from sangkien_desktop.documents.blocks import KEPT_ROWS, Cell, Table
from sangkien_desktop.documents.fonts import FAMILY, FONT
from sangkien_desktop.documents.measure import column_widths

ROW_CHUNK = 200
# A row is split across pages only when it is taller than this share of a page (short rows
# move whole to the next page) and at least MIN_SPLIT_LINES of its lines fit on the first.
TALL_ROW_SHARE = 0.4
MIN_SPLIT_LINES = 3
_CACHE_LIMIT = 100_000  # words per font and size, so a long session's memory stays flat


def row_extra(size: float) -> float:
    """Cell padding (2 + 3 pt) and room for descenders below the last line."""
    return 5 + 0.2 * size


_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}


class _Widths(dict):
    """Width in points of each word already measured in one font and size: a thousand-row
    table says the same syllables over and over, and measuring is most of the wrapping."""

    def __init__(self, font: str, size: float):
        super().__init__()
        self.font, self.size = font, size

    def __missing__(self, word: str) -> float:
        if len(self) > _CACHE_LIMIT:
            self.clear()
        width = self[word] = stringWidth(word, self.font, self.size)
        return width


@cache
def _widths(font: str, size: float) -> _Widths:
    return _Widths(font, size)


def _split_line(text: str, width: float, measure: _Widths) -> list[str]:
    """reportlab's simpleSplit for one line (same breaks), with the words' widths cached."""
    lines: list[str] = []
    space = measure[" "]
    words: list[str] = []
    used = -space
    for word in text.split(" "):  # not str.split(): a non-breaking space joins its words
        if not word:
            continue
        w = measure[word]
        if used + space + w <= width or not words:
            words.append(word)
            used = used + space + w  # summed as simpleSplit sums, so breaks match
        else:
            lines.append(" ".join(words))
            words, used = [word], w
    if words:
        lines.append(" ".join(words))
    return lines


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` within ``width`` points; a word too long for the column (an amount,
    a document number) is broken between characters rather than running over the border."""
    measure = _widths(font, size)
    lines = [part for line in text.split("\n") for part in _split_line(line, width, measure)]
    lines = lines or [""]
    if all(" " in line for line in lines):
        return lines
    out: list[str] = []
    for line in lines:
        if " " in line or measure[line] <= width:
            out.append(line)
            continue
        current = ""
        for ch in line:
            if current and stringWidth(current + ch, font, size) > width:
                out.append(current)
                current = ch
            else:
                current += ch
        out.append(current)
    return out


class _TextTable(RLTable):
    """A reportlab table whose plain-text cells go into one text object per table.

    reportlab draws each line of a cell as its own text object (BT … ET with a font and an
    origin); a summary table page has several hundred lines, and that bookkeeping was most of
    the drawing time. The lines land where reportlab puts them (same origin, same font), so
    the page looks the same; other cells are left to reportlab.
    """

    def draw(self) -> None:
        self._lines: list[tuple[str, float, Any, float, float, str]] = []
        super().draw()
        if not self._lines:
            return
        text = self.canv.beginText()
        current: tuple[str, float, Any] | None = None
        for font, size, color, x, y, line in self._lines:
            if current is None or current[:2] != (font, size):
                text.setFont(font, size)
            if current is None or current[2] != color:
                text.setFillColor(color)
            current = (font, size, color)
            text.setTextOrigin(x, y)
            text.textLine(line)  # textOut would measure the line again to advance the cursor
        self.canv.drawText(text)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        just = cellstyle.alignment
        if (
            not isinstance(cellval, str)
            or just not in ("LEFT", "CENTRE", "CENTER", "RIGHT")
            or cellstyle.valign not in ("TOP", "MIDDLE")
            or getattr(cellstyle, "direction", None)
            or getattr(cellstyle, "shaping", None)
            or cellstyle.href
            or cellstyle.destination
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        # As Table._drawCell places lines (reportlab 4/5), without drawing them one by one.
        colpos, rowpos = pos
        colwidth, rowheight = size
        font, fsize, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        lines = cellval.split("\n")
        if cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fsize
        else:
            y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding
                          + len(lines) * leading) / 2.0 - fsize
        for line in lines:
            if just == "LEFT":
                x = colpos + cellstyle.leftPadding
            else:
                width = _widths(font, fsize)[line]
                if just == "RIGHT":
                    x = colpos + colwidth - cellstyle.rightPadding - width
                else:
                    x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
                    x -= 0.5 * width
            if line:
                self._lines.append((font, fsize, cellstyle.color, x, y, line))
            y -= leading


@dataclass
class _Row:
    cells: list[str]
    height: float
    # Style commands of this row as (name, first column, last column, *values).
    commands: list[tuple[Any, ...]] = field(default_factory=list)


@dataclass
class _Grid:
    widths: list[float]  # points
    common: list[tuple[Any, ...]]  # commands over the whole table
    header: list[_Row]
    header_spans: list[tuple[Any, ...]]  # full commands within the header rows
    repeat: bool
    page_height: float  # the frame's height in points: a fresh page
    leading: float
    extra: float  # padding and descent added to lines × leading

    def height_of(self, cells: list[str]) -> float:
        return max(c.count("\n") + 1 for c in cells) * self.leading + self.extra

    def cut(self, row: _Row, room: float) -> tuple[_Row, _Row]:
        keep = max(1, int((room - self.extra) // self.leading))
        split = [c.split("\n") for c in row.cells]
        head = ["\n".join(lines[:keep]) for lines in split]
        rest = ["\n".join(lines[keep:]) for lines in split]
        return (
            _Row(head, self.height_of(head), row.commands),
            _Row(rest, self.height_of(rest), row.commands),
        )

    def table(self, rows: list[_Row], with_header: bool) -> RLTable:
        head = self.header if with_header else []
        commands = list(self.common)
        if with_header:
            commands += self.header_spans
        for r, row in enumerate([*head, *rows]):
            for name, c0, c1, *values in row.commands:
                commands.append((name, (c0, r), (c1, r), *values))
        return _TextTable(
            [row.cells for row in [*head, *rows]],
            colWidths=self.widths,
            rowHeights=[row.height for row in [*head, *rows]],
            style=commands,
            hAlign="CENTER",
        )


class PagedTable(Flowable):
    """Rows laid out page by page; each piece is a small reportlab table.

    A table followed by a closing block (``keep_with``) keeps its last KEPT_ROWS rows on the
    page of that block: when the table would end at the foot of a page and the closing would
    go alone to the next, those rows go over with it."""

    def __init__(self, grid: _Grid, rows: list[_Row], first: bool = True,
                 tail: list[Flowable] | None = None):
        super().__init__()
        self.grid, self.rows, self.first = grid, rows, first
        self._with_header = first or grid.repeat
        self._tail = tail

    def keep_with(self, tail: list[Flowable]) -> None:
        """``tail``: the flowables kept together after the table (a KeepTogether's)."""
        self._tail = tail

    def _header_height(self) -> float:
        return sum(r.height for r in self.grid.header) if self._with_header else 0.0

    def _tail_height(self, aw: float) -> float:
        height = 2.0  # points of slack: reportlab rounds positions as it places flowables
        for flowable in self._tail or ():
            height += flowable.wrapOn(self.canv, aw, self.grid.page_height)[1]
            height += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return height

    def _holds_back(self, aw: float, ah: float, height: float) -> bool:
        """The whole table fits here but what must follow it does not: its last rows go over
        with it. A table of no more rows than that moves whole, unless this page is a fresh
        one (the next would be no better)."""
        if self._tail is None or height > ah:
            return False
        if len(self.rows) <= KEPT_ROWS and ah >= self.grid.page_height - 1:
            return False
        return height + self._tail_height(aw) > ah

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = sum(self.grid.widths)
        self.height = self._header_height() + sum(r.height for r in self.rows)
        if self._holds_back(aw, ah, self.height):
            return self.width, ah + 1  # too tall here: the frame asks split() where to cut
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        room = ah - self._header_height()
        fit, used = 0, 0.0
        while fit < len(self.rows) and used + self.rows[fit].height <= room:
            used += self.rows[fit].height
            fit += 1
        if fit == len(self.rows) and self._holds_back(aw, ah, self._header_height() + used):
            keep = min(KEPT_ROWS, len(self.rows))
            if keep == len(self.rows):
                return []  # the whole (short) table goes over with the closing
            return [
                self.grid.table(self.rows[:-keep], self._with_header),
                PagedTable(self.grid, self.rows[-keep:], first=False, tail=self._tail),
            ]
        if fit == len(self.rows):
            return [self.grid.table(self.rows, self._with_header)]
        left = room - used
        tall = self.rows[fit].height > self.grid.page_height * TALL_ROW_SHARE
        if tall and left >= self.grid.extra + MIN_SPLIT_LINES * self.grid.leading:
            # A tall row (a long summary) that does not fit: its first lines fill this page and
            # the rest continues at the top of the next, as office suites split a row; moving
            # it whole would leave most of a page blank, or the first page with no table.
            head, rest = self.grid.cut(self.rows[fit], left)
            return [
                self.grid.table([*self.rows[:fit], head], self._with_header),
                PagedTable(self.grid, [rest, *self.rows[fit + 1:]], first=False, tail=self._tail),
            ]
        if fit == 0 and ah < self.grid.page_height - 1:
            return []  # hardly a line fits here: the frame moves on to the next page
        if fit == 0:
            # Even a fresh page has room for fewer lines than MIN_SPLIT_LINES (a very tall
            # header): cut anyway, so the table always moves forward.
            head, rest = self.grid.cut(self.rows[0], room)
            return [
                self.grid.table([head], self._with_header),
                PagedTable(self.grid, [rest, *self.rows[1:]], first=False, tail=self._tail),
            ]
        return [
            self.grid.table(self.rows[:fit], self._with_header),
            PagedTable(self.grid, self.rows[fit:], first=False, tail=self._tail),
        ]

    def draw(self) -> None:
        table = self.grid.table(self.rows, self._with_header)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def pending_rows(story: list[Any]) -> int:
    """Table rows of ``story`` not yet placed on a page (the totals row counts as one)."""
    return sum(len(f.rows) for f in story if isinstance(f, PagedTable))


def _with_columns(cells: list[Cell]) -> Iterator[tuple[int, Cell]]:
    col = 0
    for cell in cells:
        yield col, cell
        col += max(1, cell.colspan)


def table_flowables(
    block: Table, text_width_mm: float, text_height_mm: float
) -> Iterator[Flowable | int]:
    """Yields the number of rows done now and then, then the flowables of the table."""
    widths = column_widths(block, block.width_mm or text_width_mm)
    pad = layout.CELL_PADDING_MM * mm
    leading = block.size * layout.LINE_SPACING
    min_h = block.min_row_height_mm * mm
    common: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("FONTSIZE", (0, 0), (-1, -1), block.size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    common += [("ALIGN", (i, 0), (i, -1), _ALIGN[c.align]) for i, c in enumerate(block.columns)]
    if block.borders:
        common.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))

    def row_of(cells: list[Cell], header: bool = False, totals: bool = False) -> _Row:
        texts: list[str] = []
        commands: list[tuple[Any, ...]] = []
        lines_max, col = 1, 0
        for cell in cells:
            span = max(1, cell.colspan)
            font = FONT[(cell.bold or header or totals, cell.italic)]
            lines = wrap(cell.text, font, block.size, sum(widths[col : col + span]) * mm - 2 * pad)
            lines_max = max(lines_max, len(lines))
            texts += ["\n".join(lines)] + [""] * (span - 1)
            if font != FAMILY:
                commands.append(("FONTNAME", col, col, font))
            align = "center" if header else cell.align
            if align:
                commands.append(("ALIGN", col, col, _ALIGN[align]))
            if span > 1:
                commands.append(("SPAN", col, col + span - 1))
            col += span
        texts += [""] * (len(widths) - len(texts))
        if header:
            commands.append(("VALIGN", 0, -1, "MIDDLE"))
        height = lines_max * leading + row_extra(block.size)
        return _Row(texts, max(0.0 if header else min_h, height), commands)

    header: list[_Row] = []
    header_spans: list[tuple[Any, ...]] = []
    if block.show_header and block.group_header:
        merged = {i for i, c in _with_columns(block.group_header) if c.colspan <= 1}
        header.append(
            row_of(
                [
                    Cell(block.columns[i].header if i in merged else c.text, colspan=c.colspan)
                    for i, c in _with_columns(block.group_header)
                ],
                header=True,
            )
        )
        header.append(
            row_of(
                [Cell("" if i in merged else c.header) for i, c in enumerate(block.columns)],
                header=True,
            )
        )
        header_spans = [("SPAN", (i, 0), (i, 1)) for i in sorted(merged)]
    elif block.show_header:
        header.append(row_of([Cell(c.header) for c in block.columns], header=True))
    rows: list[_Row] = []
    for n, values in enumerate(block.rows, 1):
        rows.append(row_of([v if isinstance(v, Cell) else Cell(v) for v in values]))
        if n % ROW_CHUNK == 0:
            yield n
    if block.totals is not None:
        rows.append(
            row_of([v if isinstance(v, Cell) else Cell(v) for v in block.totals], totals=True)
        )
    grid = _Grid(
        [w * mm for w in widths],
        common,
        header,
        header_spans,
        block.repeat_header,
        text_height_mm * mm,
        leading,
        row_extra(block.size),
    )
    yield PagedTable(grid, rows)
    yield RLSpacer(1, block.space_after)
