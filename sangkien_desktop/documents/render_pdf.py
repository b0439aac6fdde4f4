"""Draws a neutral Document as PDF with reportlab, Liberation Serif embedded.

Table cells are wrapped with the font's own metrics into plain multi-line strings, and the
tables are paginated and drawn by pdf_table rather than by reportlab's Table: a thousand-row
summary table takes a fraction of a second, where one reportlab Paragraph per cell would
take many times longer.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from sangkien_desktop.documents import layout
from sangkien_desktop.documents.blocks import (
    Align,
    Closing,
    Document,
    Header,
    PageBreak,
    Paragraph,
    Run,
    Signer,
    Spacer,
    Table,
    Title,
    Verification,
    keeps,
    work_units,
)
from sangkien_desktop.documents.common import upper
from sangkien_desktop.documents.fonts import FAMILY, register_fonts, seed_fonts
from sangkien_desktop.documents.pdf_table import PagedTable, pending_rows, table_flowables
from sangkien_desktop.domain.progress import Progress

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def _markup(runs: list[Run]) -> str:
    parts = []
    for run in runs:
        text = escape(run.text).replace("\n", "<br/>")
        if run.underline:
            text = f"<u>{text}</u>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def _style(size: float, align: Align = "left", **extra: Any) -> ParagraphStyle:
    """One style object per set of values in a process (reportlab copies a style before it
    changes one), so the lines a paragraph breaks into are known by its markup and style."""
    return _style_of(size, align, tuple(sorted(extra.items())))


@cache
def _style_of(size: float, align: Align, extra: tuple[tuple[str, Any], ...]) -> ParagraphStyle:
    return ParagraphStyle(
        "p",
        fontName=FAMILY,
        fontSize=size,
        leading=size * layout.LINE_SPACING,
        alignment=_ALIGN[align],
        **dict(extra),
    )


# Paragraph markup parsed once per process: labels, headings and set phrases recur in every
# paper (seven in ten of a description report's paragraphs). The parsed fragments depend on the
# markup and on the style's font, size and colour only (_style sets nothing else they read);
# reportlab lays them out and draws them without changing them. Emptied past _PARSED_MAX.
_PARSED: dict[tuple[str, str, float, str], list[Any]] = {}
_PARSED_MAX = 4096


# The lines of a paragraph in one font and size (one fragment: a heading, a label, a plain
# paragraph), by markup, style and widths, for the next papers. Emptied past _BROKEN_MAX.
_BROKEN: dict[tuple[Any, ...], tuple[Any, tuple[Any, ...]]] = {}
_BROKEN_MAX = 4096
# What breakLines sets on the paragraph besides the lines it returns.
_BREAK_STATE = ("_width_max", "_splitLongWordCount", "_hyphenations", "height")


class _Paragraph(RLParagraph):
    """A reportlab paragraph that breaks its lines once for each width: a frame asks a
    paragraph its height again at the same width (a KeepTogether measures it, then the frame
    places it), and the same paragraph in one font recurs from paper to paper. The lines are
    those reportlab's breakLines gives; reportlab draws them without changing them, and
    splitting a paragraph between pages copies them (its lines in several fonts, which a
    split does change, are kept for the one paragraph only)."""

    _key: tuple[Any, ...] | None = None
    _wrapped: tuple[float, Any, float, list[float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == availWidth:
            _width, self.blPara, self.height, self._wrapWidths = wrapped
            self.width = availWidth
            return availWidth, self.height
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__ and self.width == availWidth:
            self._wrapped = (availWidth, self.blPara, self.height, self._wrapWidths)
        return size

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        key = None if self._key is None else (self._key, tuple(width))
        known = _BROKEN.get(key) if key is not None else None
        if known is not None:
            lines, state = known
            for name, value in zip(_BREAK_STATE, state, strict=True):
                setattr(self, name, value)
            return lines
        lines = super().breakLines(width)
        if key is not None and lines.kind == 0:
            if len(_BROKEN) >= _BROKEN_MAX:
                _BROKEN.clear()
            _BROKEN[key] = (lines, tuple(getattr(self, name) for name in _BREAK_STATE))
        return lines


def _rl_paragraph(markup: str, style: ParagraphStyle) -> RLParagraph:
    key = (markup, style.fontName, style.fontSize, str(style.textColor))
    frags = _PARSED.get(key)
    if frags is None:
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
            _BROKEN.clear()
        frags = _PARSED[key] = RLParagraph(markup, style).frags
    paragraph = _Paragraph(markup, style, frags=frags)
    paragraph._key = (markup, id(style))  # styles live as long as the process (_style_of)
    return paragraph


def _p(runs: list[Run], size: float, align: Align = "center", after: float = 0.0) -> RLParagraph:
    return _rl_paragraph(_markup(runs), _style(size, align, spaceAfter=after))


class _Rule(Flowable):
    """A short centred line: under the issuing unit, under a decision's title. reportlab
    sets a paragraph's last baseline on its bottom edge, so the line keeps clear of
    descenders by ``above`` points."""

    def __init__(self, length_mm: float, above: float = 7.0, below: float = 4.0):
        super().__init__()
        self.length = length_mm * mm
        self.above, self.below = above, below
        self._avail = self.length

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._avail = aw
        return aw, self.above + self.below

    def draw(self) -> None:
        x = (self._avail - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, self.below, x + self.length, self.below)


def _national() -> list[Flowable]:
    return [
        _p([Run(NATIONAL_TITLE, bold=True)], layout.HEADER_SIZE),
        _p([Run(MOTTO, bold=True, underline=True)], layout.MOTTO_SIZE),
    ]


def _header(block: Header, geo: layout.PageGeometry) -> list[Flowable]:
    if not (block.unit_name or block.parent_organisation):
        flows = _national()
        if block.place_date:
            flows.append(_p([Run(block.place_date, italic=True)], layout.PLACE_DATE_SIZE, "right"))
        return [*flows, RLSpacer(1, 8)]
    left_w, right_w = geo.header_columns
    top_left: list[Flowable] = []
    if block.parent_organisation:
        top_left.append(_p([Run(upper(block.parent_organisation))], layout.HEADER_SIZE))
    top_left += [
        _p([Run(upper(block.unit_name), bold=True)], layout.HEADER_SIZE),
        _Rule(left_w * layout.UNIT_RULE_SHARE),
    ]
    bottom_left: list[Flowable] = []
    if block.number:
        bottom_left.append(_p([Run(f"Số: {block.number}")], layout.NUMBER_SIZE))
    if block.subject:
        bottom_left.append(_p([Run(block.subject)], layout.HEADER_SIZE))
    bottom_right = [_p([Run(block.place_date, italic=True)], layout.PLACE_DATE_SIZE)]
    table = RLTable(
        [[top_left, _national()], [bottom_left, bottom_right]],
        colWidths=[left_w * mm, right_w * mm],
    )
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 1), (-1, 1), 4),
        ]
    )
    return [table, RLSpacer(1, 12)]


def _title(block: Title, geo: layout.PageGeometry) -> list[Flowable]:
    flows: list[Flowable] = [_p([Run(block.text, bold=True)], block.size)]
    if block.subtitle:
        flows.append(_p([Run(block.subtitle, bold=True)], block.subtitle_size))
    if block.note:
        flows.append(_p([Run(block.note, italic=True)], layout.BODY_SIZE))
    if block.rule:
        flows.append(_Rule(geo.text_width * 0.25))
    flows.append(RLSpacer(1, block.space_after))
    return flows


def _paragraph(block: Paragraph) -> RLParagraph:
    style = _style(
        block.size,
        block.align,
        firstLineIndent=layout.FIRST_LINE_INDENT_MM * mm if block.first_line_indent else 0,
        spaceBefore=block.space_before,
        spaceAfter=block.space_after,
        keepWithNext=int(block.keep_with_next),
    )
    return _rl_paragraph(_markup(block.runs), style)


def _signer(signer: Signer) -> list[Flowable]:
    flows: list[Flowable] = []
    if signer.place_date:
        flows.append(_p([Run(signer.place_date, italic=True)], layout.PLACE_DATE_SIZE))
    for line in (signer.capacity, signer.title):
        if line:
            flows.append(_p([Run(line, bold=True)], layout.SIGNATURE_SIZE))
    if signer.note:
        flows.append(_p([Run(signer.note, italic=True)], layout.NOTE_SIZE + 1))
    if signer.sign_space:
        flows.append(RLSpacer(1, layout.SIGNATURE_SPACE_MM * mm))
    if signer.name:
        flows.append(_p([Run(signer.name, bold=True)], layout.SIGNATURE_SIZE))
    return flows


def _closing(block: Closing, geo: layout.PageGeometry) -> list[Flowable]:
    cells: list[list[Flowable]] = []
    if block.recipients is not None:
        left: list[Flowable] = [
            _p([Run("Nơi nhận:", bold=True, italic=True)], layout.RECIPIENTS_LABEL_SIZE, "left")
        ]
        left += [_p([Run(f"- {r}")], layout.RECIPIENTS_SIZE, "left") for r in block.recipients]
        cells = [left] + [_signer(s) for s in block.signers[:1]]
        widths = list(geo.header_columns)
    elif len(block.signers) == 1:
        cells = [[], _signer(block.signers[0])]
        widths = list(geo.header_columns)
    else:
        cells = [_signer(s) for s in block.signers]
        widths = [geo.text_width / max(1, len(cells))] * len(cells)
    table = RLTable([cells], colWidths=[w * mm for w in widths])
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FAMILY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [RLSpacer(1, 6), table]


def _kept_together(document: Document, parts: list[list[Flowable]]) -> list[Flowable]:
    """The story, with each closing run and the body's last lines before it in one
    KeepTogether (moved whole to the next page when it does not fit), and the table before
    such a run told to take its last rows along (blocks.keeps)."""
    keep = keeps(document.blocks)
    story: list[Flowable] = []
    i = 0
    while i < len(parts):
        if i not in keep.blocks and not isinstance(document.blocks[i], Closing):
            story += parts[i]
            i += 1
            continue
        end = i
        while end in keep.blocks:
            end += 1
        group = [f for part in parts[i : end + 1] for f in part]
        if i - 1 in keep.tables:
            for n, flowable in enumerate(parts[i - 1]):
                if isinstance(flowable, PagedTable):  # what follows it: its spacing, the group
                    flowable.keep_with(parts[i - 1][n + 1 :] + group)
        story.append(KeepTogether(group))
        i = end + 1
    return story


def _decorate(document: Document):
    geo = document.geometry

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        if document.border:
            inset = 8 * mm
            x0, y0 = (layout.MARGIN_LEFT_MM - 12) * mm, inset
            w = (geo.width - layout.MARGIN_LEFT_MM + 12 - layout.MARGIN_RIGHT_MM + 7) * mm
            h = geo.height * mm - 2 * inset
            canvas.setLineWidth(2.2)
            canvas.rect(x0, y0, w, h)
            canvas.setLineWidth(0.7)
            canvas.rect(x0 + 4, y0 + 4, w - 8, h - 8)
        if document.page_numbers and doc.page >= 2:
            canvas.setFont(FAMILY, layout.PAGE_NUMBER_SIZE)
            x = (layout.MARGIN_LEFT_MM + geo.text_width / 2) * mm
            y = (geo.height - layout.PAGE_NUMBER_FROM_TOP_MM) * mm - layout.PAGE_NUMBER_SIZE * 0.7
            canvas.drawCentredString(x, y, str(doc.page))
        canvas.restoreState()

    return on_page


class _QuickFlate:
    """reportlab's Flate filter at zlib's quickest level: a page's drawing operators take
    half the time to compress, for some 5% more bytes (a few hundred bytes a page)."""

    pdfname = "FlateDecode"

    def encode(self, text: bytes | str) -> bytes:
        return zlib.compress(text.encode("utf-8") if isinstance(text, str) else text, 1)


_QUICK_FLATE = _QuickFlate()


class _Canvas(Canvas):
    """reportlab's canvas, its pages' drawing compressed by _QuickFlate (the fonts keep
    reportlab's own level: the shared subsets are compressed once per process)."""

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.compression and page.stream and not page.Contents:
            # What PDFPage.check_format would make, with the quicker filter.
            contents = pdfdoc.PDFStream(content=page.stream, filters=[_QUICK_FLATE])
            contents.__Comment__ = "page stream"
            page.Contents = contents


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams compressed only (Flate), not also spelled out in ASCII85: files a fifth
    smaller, and a long table written markedly faster. reportlab reads this switch while it
    builds and writes the file."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _build(template: BaseDocTemplate, story: list[Flowable]) -> Iterator[int]:
    """BaseDocTemplate.build (reportlab 4/5) one flowable at a time, yielding as each page
    is begun: a long table then reports progress, and a closed generator stops the work with
    nothing saved. The file is written only at the end."""
    template._startBuild(canvasmaker=_Canvas)
    canvas = template.canv
    seed_fonts(canvas._doc)
    canvas._doctemplate = template
    page = canvas.getPageNumber()
    try:
        while story:
            template.clean_hanging()
            template.handle_flowable(story)
            if canvas.getPageNumber() != page:
                page = canvas.getPageNumber()
                yield page
    finally:
        del canvas._doctemplate
    template._endBuild()


class _QrCode(Flowable):
    """A QR code as filled squares drawn straight on the canvas (a reportlab Drawing would add
    a Helvetica font resource to the file)."""

    def __init__(self, grid: list[list[bool]], side: float, quiet: int):
        super().__init__()
        self.grid, self.side, self.quiet = grid, side, quiet

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        canvas = self.canv
        cell = self.side / (len(self.grid) + 2 * self.quiet)
        canvas.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(self.grid):
            for c, dark in enumerate(row):
                if dark:
                    canvas.rect((c + self.quiet) * cell, self.side - (r + self.quiet + 1) * cell,
                                cell, cell, stroke=0, fill=1)


def _verification(block: Verification) -> Flowable:
    """The QR code and the line beside it, kept together."""
    from sangkien_desktop.documents.qr import QUIET, modules

    side = block.size_mm * mm
    code = _QrCode(modules(block.payload), side, QUIET)
    text = RLParagraph(escape(block.text), _style(layout.TABLE_SIZE))
    table = RLTable([[code, text]], colWidths=[side + 2 * mm, None], hAlign="LEFT")
    # The table's own font (Helvetica by default) would be added to the file unused.
    table.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                    ("LEFTPADDING", (0, 0), (0, 0), 0)])
    return KeepTogether([RLSpacer(1, 4), table])


def render_pdf(document: Document, out: str | IO[bytes]) -> Iterator[Progress]:
    """Writes ``document`` to ``out`` (a path or a binary file), yielding progress."""
    register_fonts()
    geo = document.geometry
    table_rows = sum(len(b.rows) for b in document.blocks if isinstance(b, Table))
    # Preparing the blocks, then placing the table rows on pages (most of the time).
    total = work_units(document) + table_rows + 1
    done = 0
    parts: list[list[Flowable]] = []  # the flowables of each block
    for block in document.blocks:
        flows: list[Flowable] = []
        if isinstance(block, Header):
            flows += _header(block, geo)
        elif isinstance(block, Title):
            flows += _title(block, geo)
        elif isinstance(block, Paragraph):
            flows.append(_paragraph(block))
        elif isinstance(block, Table):
            base = done
            for part in table_flowables(block, geo.text_width, geo.text_height):
                if isinstance(part, int):
                    done = base + part
                    yield Progress(done, total, "content")
                else:
                    flows.append(part)
            done = base + len(block.rows)
        elif isinstance(block, Closing):
            flows += _closing(block, geo)
        elif isinstance(block, Spacer):
            flows.append(RLSpacer(1, block.height_mm * mm))
        elif isinstance(block, PageBreak):
            flows.append(RLPageBreak())
        elif isinstance(block, Verification):
            flows.append(_verification(block))
        parts.append(flows)
        done += 1
    story = _kept_together(document, parts)
    yield Progress(done, total, "layout")
    template = BaseDocTemplate(
        out,
        pagesize=(geo.width * mm, geo.height * mm),
        leftMargin=layout.MARGIN_LEFT_MM * mm,
        rightMargin=layout.MARGIN_RIGHT_MM * mm,
        topMargin=layout.MARGIN_TOP_MM * mm,
        bottomMargin=layout.MARGIN_BOTTOM_MM * mm,
        title=document.title,
        author=document.author,
        creator="Sáng kiến Desktop",
        invariant=1,
        # Otherwise the canvas starts in Helvetica, which is then listed, not embedded.
        initialFontName=FAMILY,
        initialFontSize=layout.BODY_SIZE,
    )
    frame = Frame(
        layout.MARGIN_LEFT_MM * mm,
        layout.MARGIN_BOTTOM_MM * mm,
        geo.text_width * mm,
        geo.text_height * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates([PageTemplate("page", [frame], onPage=_decorate(document))])
    with _binary_streams():
        for _page in _build(template, story):
            placed = max(0, table_rows - pending_rows(story))
            yield Progress(done + placed, total, "layout")
    yield Progress(total, total, "done")
