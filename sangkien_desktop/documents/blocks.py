"""A document described once, as neutral blocks; the PDF and DOCX renderers draw the same blocks.

A writer turns its data into a :class:`Document` (a list of blocks). Nothing here knows a file
format, so both formats say the same words in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from sangkien_desktop.documents import layout

Align = Literal["left", "center", "right", "justify"]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Paragraph:
    runs: list[Run]
    align: Align = "justify"
    first_line_indent: bool = True
    size: float = layout.BODY_SIZE
    space_before: float = 0.0
    space_after: float = layout.PARAGRAPH_SPACE_AFTER_PT
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Header:
    """The two-column header. Without ``unit_name`` only the national title is printed,
    centred, as on an individual's application (đơn)."""

    parent_organisation: str = ""
    unit_name: str = ""
    number: str = ""  # "12/QĐ-CĐCS", printed as "Số: 12/QĐ-CĐCS"; empty: no number line
    place_date: str = ""  # the whole line, see documents.common.place_date_line
    subject: str = ""  # "V/v ..." under the number, for letters (công văn)


@dataclass
class Title:
    text: str
    subtitle: str = ""  # bold, sentence case: the summary (trích yếu)
    note: str = ""  # italic line below, e.g. "(Kèm theo Quyết định số ...)"
    size: float = layout.TITLE_SIZE
    subtitle_size: float = layout.BODY_SIZE
    rule: bool = False  # short rule under the title block (decisions, reports)
    space_after: float = 6.0


@dataclass
class Cell:
    text: str
    bold: bool = False
    italic: bool = False
    align: Align | None = None  # None: the column's alignment
    colspan: int = 1


CellValue = str | Cell


@dataclass
class Column:
    header: str
    width: float  # relative; scaled to the table width
    align: Align = "left"
    # Words that must never break (a decision number "21/QĐ-CĐCS", a date): the column is
    # widened to hold the widest of them on one line (documents.measure).
    unbroken: tuple[str, ...] = ()


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[CellValue]]
    # An optional row above the column headers: a cell spanning several columns names the
    # group; a single-column cell is merged down with the column header below it.
    group_header: list[Cell] | None = None
    repeat_header: bool = True
    totals: list[CellValue] | None = None  # printed bold as the last row
    size: float = layout.TABLE_SIZE
    show_header: bool = True
    borders: bool = True
    min_row_height_mm: float = 0.0  # for blank rows to be filled in by hand
    width_mm: float | None = None  # None: the full text width
    space_after: float = 6.0


@dataclass
class Signer:
    capacity: str = ""  # "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH"; may be empty
    title: str = ""  # "CHỦ TỊCH", "NGƯỜI NỘP ĐƠN"
    name: str = ""
    place_date: str = ""  # italic line above, when the header has no date (đơn, phiếu)
    note: str = ""  # "(Ký và ghi rõ họ tên)"
    sign_space: bool = True  # False for a heading over a row of co-signers


@dataclass
class Closing:
    """ "Nơi nhận" at the bottom left beside the signature at the right. Without recipients
    the signers share the row: one signs at the right, two at left and right."""

    recipients: list[str] | None = None
    signers: list[Signer] = field(default_factory=list)


@dataclass
class Spacer:
    height_mm: float


@dataclass
class PageBreak:
    pass


@dataclass
class Verification:
    """A paper's verification code, with a QR code holding ``payload`` beside the text."""

    code: str
    payload: str
    text: str
    size_mm: float = 16.0


Block = Header | Title | Paragraph | Table | Closing | Spacer | PageBreak | Verification


@dataclass
class Document:
    title: str  # file metadata
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False
    page_numbers: bool = True  # top centre from page 2 (Nghị định 30/2020)
    border: bool = False  # a double frame on every page (certificates)
    author: str = ""

    @property
    def geometry(self) -> layout.PageGeometry:
        return layout.LANDSCAPE if self.landscape else layout.PORTRAIT

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self


T = TypeVar("T")


def one_per_page(document: Document, papers: Iterable[T], blocks_of: Callable[[T], list]) -> Document:
    """Several papers in one file (certificates, notices): each on its own page."""
    for i, paper in enumerate(papers):
        if i:
            document.add(PageBreak())
        document.add(*blocks_of(paper))
    return document


# Small constructors the writers use, so a document reads like the paper it prints.


def runs_of(*parts: str | Run) -> list[Run]:
    return [p if isinstance(p, Run) else Run(p) for p in parts if p != ""]


def para(*parts: str | Run, **options) -> Paragraph:
    return Paragraph(runs_of(*parts), **options)


def bold(text: str) -> Run:
    return Run(text, bold=True)


def italic(text: str) -> Run:
    return Run(text, italic=True)


def centred(*parts: str | Run, **options) -> Paragraph:
    options.setdefault("first_line_indent", False)
    return Paragraph(runs_of(*parts), align="center", **options)


def item(label: str, value: str = "", *, bold_label: bool = False) -> Paragraph:
    """ "- Lĩnh vực áp dụng: Y tế" as one paragraph; an empty value leaves a dotted line to
    fill in by hand."""
    value = value if value.strip() else "…" * 20
    label_run = Run(label, bold=bold_label)
    return Paragraph([label_run, Run(" " + value)])


def text_paragraphs(text: str, **options) -> list[Paragraph]:
    """A multi-line field as paragraphs, one per non-empty line; empty text gives a dotted
    line, so a printed form shows where something is missing."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        lines = ["…" * 20]
    return [Paragraph([Run(line)], **options) for line in lines]


def work_units(document: Document) -> int:
    """How many steps rendering takes: one per block, plus one per table row."""
    return sum(1 + (len(b.rows) if isinstance(b, Table) else 0) for b in document.blocks)


# How many last rows of a table stay with the closing that follows it, so that a page never
# holds a signature alone (and a table's totals row keeps a data row with it).
KEPT_ROWS = 2


@dataclass(frozen=True)
class Keeps:
    """What stays together at a page break, the same in both formats: each closing block with
    the closing blocks after it and with the last paragraph of the body before it (Nghị định
    30/2020 puts the signature under the text it signs); a table right before that run keeps
    its last rows with it."""

    blocks: frozenset[int]  # blocks kept on the page of the next block
    tables: frozenset[int]  # tables whose last rows are kept with the next block

    def group_start(self, index: int) -> int:
        """The first block of the kept run that ends at ``index``."""
        while index > 0 and index - 1 in self.blocks:
            index -= 1
        return index


def keeps(blocks: list[Block]) -> Keeps:
    kept: set[int] = set()
    tables: set[int] = set()
    for i, block in enumerate(blocks):
        if not isinstance(block, Closing):
            continue
        j = i - 1
        while j >= 0 and isinstance(blocks[j], (Closing, Spacer)):
            kept.add(j)
            j -= 1
        if j >= 0 and isinstance(blocks[j], Paragraph):
            kept.add(j)
            while j > 0 and isinstance(before := blocks[j - 1], Paragraph) and before.keep_with_next:
                j -= 1
                kept.add(j)
            j -= 1
        # A table with no rows yet (a new campaign's report) still ends in its header or totals.
        if j >= 0 and isinstance(table := blocks[j], Table) and (table.rows or table.totals):
            tables.add(j)
    return Keeps(frozenset(kept), frozenset(tables))
