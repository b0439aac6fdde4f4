"""Tables for the PDF renderer, paginated and drawn by us rather than by reportlab.

Cells are wrapped once with the font's metrics (word widths cached per font and size) and
kept as multi-line strings, so every row height is known before layout. A long table is then
cut page by page (header rows repeated on each) and each page's rows are drawn directly: the
grid lines and one text object, written as reportlab's Table would write them. A thousand-row
summary table stays linear in time: reportlab's own split re-examines every remaining cell on
every page, and its table styles cost a Python call per command and cell.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.colors import black
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer as RLSpacer

from sangkien_desktop.documents import layout
from sangkien_desktop.documents.blocks import KEPT_ROWS, Cell, CellValue, Table
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


class _NewCharacter(Exception):
    """A character without a code in a subset (not a LookupError: str.translate would keep
    the character as it is)."""


class _Codes(dict[int, str]):
    """Character → escaped code of one font subset, for str.translate."""

    def __missing__(self, point: int) -> str:
        raise _NewCharacter


# The codes of each font's first subset, by font name: in PDFs where that subset is the shared
# one (fonts.seed_fonts), a character coded there has that code in every PDF, as has one the
# font lacks (code 0).
_SHARED_CODES: dict[str, _Codes] = {}


class _Encoder:
    """Lines of one TrueType font in one PDF, coded as reportlab's text object codes them.

    reportlab maps each character of a line to its subset and code and escapes it, one Python
    call per character. Here a line of characters already placed in one subset is a single
    ``str.translate``; a line with a new character goes through reportlab (which assigns the
    codes, so the file's subsets are the same) and the encoder remembers what it assigned."""

    def __init__(self, font: str):
        self.font = pdfmetrics.getFont(font)  # no reference to the PDF: see _WRITTEN
        self.codes: list[_Codes] = []  # escaped codes of the characters of each subset

    def runs(self, line: str, canv: Any) -> list[tuple[int, str]]:
        """(subset, escaped codes) of ``line``, as splitString and _escape give them."""
        if not self.codes and getattr(self.font.state.get(canv._doc), "shared", False):
            # The font's first subset is the same in every PDF (fonts.seed_fonts): so are its
            # codes, kept for every PDF of this process.
            self.codes.append(_SHARED_CODES.setdefault(self.font.fontName, _Codes()))
        for subset, codes in enumerate(self.codes):
            try:
                return [(subset, line.translate(codes))]
            except _NewCharacter:  # not (yet) in this subset
                pass
        escape = canv._escape
        runs = [(s, escape(t)) for s, t in self.font.splitString(line, canv._doc)]
        state = self.font.state[canv._doc]
        for char in set(line):
            point = 32 if char == "\xa0" else ord(char)  # as splitString: nbsp is a space
            n = state.assignments.get(point)
            if n is None:
                if point in self.font.face.charToGlyph:
                    continue
                n = 0  # not in the font: reportlab writes code 0 (notdef)
            while len(self.codes) <= n >> 8:
                self.codes.append(_Codes())
            self.codes[n >> 8][ord(char)] = escape(bytes([n & 0xFF]))
        return runs

    def name(self, subset: int, canv: Any) -> str:
        return self.font.getSubsetInternalName(subset, canv._doc)


class _Written:
    """What the tables of one PDF remember while it is written: the encoder of each font, and
    each number already formatted (a table's columns and rows sit at the same few places)."""

    def __init__(self) -> None:
        self.encoders: dict[str, _Encoder] = {}
        self.numbers: dict[float, str] = {}

    def number(self, value: float) -> str:
        """fp_str(value), as reportlab writes coordinates."""
        text = self.numbers.get(value)
        if text is None:
            text = self.numbers[value] = fp_str(value)
        return text

    def encoder(self, canv: Any, font: str) -> _Encoder | None:
        """The encoder of ``font``; None where reportlab must write the text itself (a font
        of its own, a canvas upside down)."""
        if not canv.bottomup or not pdfmetrics.getFont(font)._dynamicFont:
            return None
        if font not in self.encoders:
            self.encoders[font] = _Encoder(font)
        return self.encoders[font]


# By reportlab's PDFDocument, and gone with it: nothing in a _Written may refer to the
# document (or its canvas), or the entry would keep the document alive.
_WRITTEN: WeakKeyDictionary[Any, _Written] = WeakKeyDictionary()


def _written(canv: Any) -> _Written:
    if canv._doc not in _WRITTEN:
        _WRITTEN[canv._doc] = _Written()
    return _WRITTEN[canv._doc]


@dataclass
class _Row:
    cells: list[str]  # wrapped text, lines joined by "\n"; "" under a cell spanning columns
    height: float
    fonts: list[str]  # of each column
    aligns: list[str]  # of each column: LEFT, CENTER or RIGHT
    middle: bool = False  # lines centred vertically (header rows), else from the top
    spans: list[tuple[int, int]] = field(default_factory=list)  # (first, last) columns


@dataclass
class _Grid:
    widths: list[float]  # points
    size: float
    leading: float
    padding: float  # left and right of each cell, in points
    borders: bool
    header: list[_Row]
    header_merged: list[int]  # columns whose two header rows are one cell
    repeat: bool
    page_height: float  # the frame's height in points: a fresh page
    extra: float  # padding and descent added to lines × leading

    def height_of(self, cells: list[str]) -> float:
        return max(c.count("\n") + 1 for c in cells) * self.leading + self.extra

    def cut(self, row: _Row, room: float) -> tuple[_Row, _Row]:
        keep = max(1, int((room - self.extra) // self.leading))
        split = [c.split("\n") for c in row.cells]
        head = ["\n".join(lines[:keep]) for lines in split]
        rest = ["\n".join(lines[keep:]) for lines in split]
        return (
            dataclasses.replace(row, cells=head, height=self.height_of(head)),
            dataclasses.replace(row, cells=rest, height=self.height_of(rest)),
        )

    def piece(self, rows: list[_Row], with_header: bool) -> _Piece:
        return _Piece(self, [*self.header, *rows] if with_header else rows, with_header)


_TOP_PADDING, _BOTTOM_PADDING = 2, 3  # points; row_extra counts them


class _Piece(Flowable):
    """The rows of a table that go on one page (its header rows first), drawn as reportlab's
    Table draws such a grid of plain-text cells: the same operators with the same numbers,
    so the file is the same, without the table's style machinery (a style object per cell,
    each command applied cell by cell), which was most of the time of a long table.

    Positions follow reportlab 4/5: columns summed from the left, rows from the bottom with a
    compensated sum; cells that span take their rectangle from those positions, and grid
    lines stop at their edges."""

    def __init__(self, grid: _Grid, rows: list[_Row], with_header: bool):
        super().__init__()
        self.grid, self.rows = grid, rows
        self.hAlign = "CENTER"
        self.cols = [0.0]
        width = 0.0
        for w in grid.widths:
            width = width + w
            self.cols.append(width)
        self.width = width
        positions: list[float] = []
        height = c = 0.0
        for row in reversed(rows):
            positions.append(height)
            y = row.height - c
            t = height + y
            c = (t - height) - y
            height = t
        positions.append(height)
        positions.reverse()
        self.row_positions, self.height = positions, height
        # (first column, first row, last column, last row) of each cell over several.
        self.spans = [(c0, r, c1, r) for r, row in enumerate(rows) for c0, c1 in row.spans]
        if with_header and len(grid.header) == 2:
            self.spans += [(col, 0, col, 1) for col in grid.header_merged]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def _cells(self) -> Iterator[tuple[_Row, int, str, float, float, float, float]]:
        """(row, column, text, x, y, width, height) of each cell drawn, row by row."""
        cols, rows = self.cols, self.row_positions
        if not self.spans:
            widths = self.grid.widths
            for r, row in enumerate(self.rows):
                for col, text in enumerate(row.cells):
                    yield row, col, text, cols[col], rows[r + 1], widths[col], row.height
            return
        covered = {(c, r) for c0, r0, c1, r1 in self.spans
                   for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        corner = {(c0, r0): (c1, r1) for c0, r0, c1, r1 in self.spans}
        for r, row in enumerate(self.rows):
            for col, text in enumerate(row.cells):
                c1, r1 = corner.get((col, r), (col, r))
                if (col, r) in covered and (col, r) not in corner:
                    continue
                x, y = cols[col], rows[r1 + 1]
                yield row, col, text, x, y, cols[c1 + 1] - x, rows[r] - y

    def draw(self) -> None:
        if not self.rows:
            return  # no header and no rows: nothing to draw (not even a flat box)
        canv, grid = self.canv, self.grid
        canv.saveState()  # the table's state, then its lines' (Table.draw, _drawLines)
        canv.saveState()
        if grid.borders:
            self._draw_grid()
        canv.restoreState()
        canv.restoreState()
        self._draw_text()

    def _draw_grid(self) -> None:
        canv = self.canv
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.setStrokeColor(black)
        canv.setLineWidth(0.5)
        cols, rows = self.cols, self.row_positions
        across: dict[float, list[tuple[float, float]]] = {}  # y → x ranges a line skips
        down: dict[float, list[tuple[float, float]]] = {}  # x → y ranges
        for c0, r0, c1, r1 in self.spans:
            for c in range(c0 + 1, c1 + 1):
                down.setdefault(cols[c], []).append((rows[r1 + 1], rows[r0]))
            for r in range(r0 + 1, r1 + 1):
                across.setdefault(rows[r], []).append((cols[c0], cols[c1 + 1]))
        for ranges in (*across.values(), *down.values()):
            ranges.sort()

        code, n = canv._code, _written(canv).number  # canv.line, numbers formatted once

        def horizontal(y: float) -> None:
            for x0, x1 in _segments(cols[0], cols[-1], across.get(y)):
                code.append(f"n {n(x0)} {n(y)} m {n(x1)} {n(y)} l S")

        def vertical(x: float) -> None:
            for y0, y1 in _segments(rows[-1], rows[0], down.get(x)):
                code.append(f"n {n(x)} {n(y0)} m {n(x)} {n(y1)} l S")

        # The box, then the inner lines, as reportlab's GRID draws them.
        horizontal(rows[0])
        horizontal(rows[-1])
        vertical(cols[0])
        vertical(cols[-1])
        for y in rows[1:-1]:
            horizontal(y)
        for x in cols[1:-1]:
            vertical(x)

    def _draw_text(self) -> None:
        canv, grid = self.canv, self.grid
        size, leading, pad = grid.size, grid.leading, grid.padding
        written = _written(canv)
        number = written.number
        text: Any = None
        current = ""
        encoder: _Encoder | None = None
        subset, size_code = -1, ""
        for row, col, cell, x0, y0, width, height in self._cells():
            if not cell.replace("\n", ""):
                continue  # nothing to write
            font, just = row.fonts[col], row.aligns[col]
            if text is None:
                text = canv.beginText()
            if font != current:
                text.setFont(font, size)
                encoder = written.encoder(canv, font)
                subset, size_code = -1, f"{fp_str(size)} Tf {fp_str(text._leading)} TL"
                if not current:
                    text.setFillColor("black")
                current = font
            # Where Table._drawCell (reportlab 4/5) puts each line of a plain-text cell.
            lines = cell.split("\n")
            if row.middle:
                y = y0 + (_BOTTOM_PADDING + height - _TOP_PADDING + len(lines) * leading) / 2.0
                y -= size
            else:
                y = y0 + height - _TOP_PADDING - size
            for line in lines:
                if not line:
                    y -= leading
                    continue
                x = x0 + pad
                if just != "LEFT":
                    line_width = _widths(font, size)[line]
                    if just == "RIGHT":
                        x = x0 + width - pad - line_width
                    else:
                        x = x0 + (width + pad - pad) * 0.5 - 0.5 * line_width
                if encoder is None:
                    text.setTextOrigin(x, y)
                    text.textLine(line)
                    y -= leading
                    continue
                # What setTextOrigin and textLine add to the text object.
                runs = encoder.runs(line, canv)
                if len(runs) == 1 and runs[0][0] == subset:
                    text._code.append(f"1 0 0 1 {number(x)} {number(y)} Tm ({runs[0][1]}) Tj T*")
                else:
                    code = [f"1 0 0 1 {number(x)} {number(y)} Tm"]
                    for run_subset, escaped in runs:
                        if run_subset != subset:
                            subset = run_subset
                            code.append(f"{encoder.name(subset, canv)} {size_code}")
                        code.append(f"({escaped}) Tj")
                    code.append("T*")
                    text._code.append(" ".join(code))
                y -= leading
        if text is not None:
            canv.drawText(text)


def _segments(start: float, end: float, skipped: list[tuple[float, float]] | None,
              fuzz: float = 1e-6) -> Iterator[tuple[float, float]]:
    """Parts of the line from ``start`` to ``end`` outside the ``skipped`` ranges (sorted),
    as reportlab's tables._hLine cuts a grid line at a spanning cell."""
    if not skipped or start >= skipped[-1][1] - fuzz or end <= skipped[0][0] + fuzz:
        yield start, end
        return
    i = 0
    while start < end - fuzz and i < len(skipped):
        x0, x1 = skipped[i]
        if x1 <= start + fuzz or x0 >= end - fuzz:
            i += 1
            continue
        if max(start, x0) > start:
            yield start, max(start, x0)
        start = min(end, x1)
    if start < end - fuzz:
        yield start, end


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
        header = self._header_height()
        rows = 0.0
        for row in self.rows:
            rows += row.height
            if header + rows > ah:
                break  # too tall here already: how much taller does not matter
        self.height = header + rows
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
                self.grid.piece(self.rows[:-keep], self._with_header),
                PagedTable(self.grid, self.rows[-keep:], first=False, tail=self._tail),
            ]
        if fit == len(self.rows):
            return [self.grid.piece(self.rows, self._with_header)]
        left = room - used
        tall = self.rows[fit].height > self.grid.page_height * TALL_ROW_SHARE
        if tall and left >= self.grid.extra + MIN_SPLIT_LINES * self.grid.leading:
            # A tall row (a long summary) that does not fit: its first lines fill this page and
            # the rest continues at the top of the next, as office suites split a row; moving
            # it whole would leave most of a page blank, or the first page with no table.
            head, rest = self.grid.cut(self.rows[fit], left)
            return [
                self.grid.piece([*self.rows[:fit], head], self._with_header),
                PagedTable(self.grid, [rest, *self.rows[fit + 1:]], first=False, tail=self._tail),
            ]
        if fit == 0 and ah < self.grid.page_height - 1:
            return []  # hardly a line fits here: the frame moves on to the next page
        if fit == 0:
            # Even a fresh page has room for fewer lines than MIN_SPLIT_LINES (a very tall
            # header): cut anyway, so the table always moves forward.
            head, rest = self.grid.cut(self.rows[0], room)
            return [
                self.grid.piece([head], self._with_header),
                PagedTable(self.grid, [rest, *self.rows[1:]], first=False, tail=self._tail),
            ]
        return [
            self.grid.piece(self.rows[:fit], self._with_header),
            PagedTable(self.grid, self.rows[fit:], first=False, tail=self._tail),
        ]

    def draw(self) -> None:
        self.grid.piece(self.rows, self._with_header).drawOn(self.canv, 0, 0)


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
    column_aligns = [_ALIGN[c.align] for c in block.columns]

    rooms = [w * mm - 2 * pad for w in widths]  # text width of a one-column cell, points
    # (text, font, width) → its wrapped lines joined, and how many: a table repeats many of
    # its cells (a unit, a field, a decision, a date), each wrapped once.
    wrapped: dict[tuple[str, str, float], tuple[str, int]] = {}

    def lines_of(text: str, font: str, room: float) -> tuple[str, int]:
        found = wrapped.get((text, font, room))
        if found is None:
            lines = wrap(text, font, block.size, room)
            found = wrapped[(text, font, room)] = ("\n".join(lines), len(lines))
        return found

    def row_of(values: list[CellValue], header: bool = False, totals: bool = False) -> _Row:
        texts = [""] * len(widths)
        fonts = [FAMILY] * len(widths)
        aligns = list(column_aligns)
        spans: list[tuple[int, int]] = []
        lines_max, col = 1, 0
        for value in values:
            if isinstance(value, str) and not (header or totals):  # most cells
                texts[col], lines = lines_of(value, FAMILY, rooms[col])
                lines_max = max(lines_max, lines)
                col += 1
                continue
            cell = value if isinstance(value, Cell) else Cell(value)
            span = max(1, cell.colspan)
            font = FONT[(cell.bold or header or totals, cell.italic)]
            room = rooms[col] if span == 1 else sum(widths[col : col + span]) * mm - 2 * pad
            texts[col], lines = lines_of(cell.text, font, room)
            lines_max = max(lines_max, lines)
            fonts[col] = font
            align = "center" if header else cell.align
            if align:
                aligns[col] = _ALIGN[align]
            if span > 1:
                spans.append((col, col + span - 1))
            col += span
        height = lines_max * leading + row_extra(block.size)
        return _Row(texts, max(0.0 if header else min_h, height), fonts, aligns, header, spans)

    header: list[_Row] = []
    merged: set[int] = set()
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
    elif block.show_header:
        header.append(row_of([Cell(c.header) for c in block.columns], header=True))
    rows: list[_Row] = []
    for n, values in enumerate(block.rows, 1):
        rows.append(row_of(values))
        if n % ROW_CHUNK == 0:
            yield n
    if block.totals is not None:
        rows.append(row_of(block.totals, totals=True))
    grid = _Grid(
        widths=[w * mm for w in widths],
        size=block.size,
        leading=leading,
        padding=pad,
        borders=block.borders,
        header=header,
        header_merged=sorted(merged),
        repeat=block.repeat_header,
        page_height=text_height_mm * mm,
        extra=row_extra(block.size),
    )
    yield PagedTable(grid, rows)
    yield RLSpacer(1, block.space_after)
