"""Writes a neutral Document as DOCX with python-docx, building paragraphs and tables as XML.

Word needs a table's widths twice, in the grid (``w:gridCol``) and in every cell (``w:tcW``),
or it redistributes columns on opening; both are set here, with a fixed layout. Rows are built
as plain elements rather than through ``table.add_row()``, which is slow for long tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from typing import IO

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from sangkien_desktop.documents import layout
from sangkien_desktop.documents.blocks import (
    KEPT_ROWS,
    Align,
    Cell,
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
from sangkien_desktop.documents.measure import column_widths
from sangkien_desktop.documents.render_pdf import MOTTO, NATIONAL_TITLE
from sangkien_desktop.domain.progress import Progress

ROW_CHUNK = 200
TABLE_STYLE = "Table Text"
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def _twips(value_mm: float) -> str:
    return str(round(value_mm * 1440 / layout.MM_PER_INCH))


def _el(tag: str, parent=None, **attrs: str):
    element = OxmlElement(tag, {qn(f"w:{k}"): v for k, v in attrs.items()})
    if parent is not None:
        parent.append(element)
    return element


def _run(run: Run, size: float | None, parent) -> None:
    r = _el("w:r", parent)
    if run.bold or run.italic or run.underline or size is not None:
        rpr = _el("w:rPr", r)
        if run.bold:
            _el("w:b", rpr)
        if run.italic:
            _el("w:i", rpr)
        if run.underline:
            _el("w:u", rpr, val="single")
        if size is not None:
            _el("w:sz", rpr, val=str(round(size * 2)))
            _el("w:szCs", rpr, val=str(round(size * 2)))
    for i, line in enumerate(run.text.split("\n")):
        if i:
            _el("w:br", r)
        t = _el("w:t", r)
        t.text = line
        t.set(qn("xml:space"), "preserve")


def _p(
    runs: list[Run],
    size: float | None = None,
    align: Align = "center",
    *,
    after: float = 0.0,
    before: float = 0.0,
    indent: bool = False,
    style: str | None = None,
    keep_next: bool = False,
    border_mm: float | None = None,
):
    """One ``w:p``. ``border_mm`` draws a short centred rule of that width under an empty
    paragraph, as Word users draw the line under the issuing unit."""
    p = _el("w:p")
    ppr = _el("w:pPr", p)
    if style:
        _el("w:pStyle", ppr, val=style)
    if keep_next:
        _el("w:keepNext", ppr)
    if border_mm is not None:
        bdr = _el("w:pBdr", ppr)
        _el("w:bottom", bdr, val="single", sz="6", space="1", color="000000")
    _el("w:spacing", ppr, before=str(round(before * 20)), after=str(round(after * 20)))
    if indent:
        _el("w:ind", ppr, firstLine=_twips(layout.FIRST_LINE_INDENT_MM))
    elif border_mm is not None:
        _el("w:ind", ppr, left=_twips(border_mm), right=_twips(border_mm))
    _el("w:jc", ppr, val=_JC[align])
    if border_mm is not None:
        rpr = _el("w:rPr", ppr)
        _el("w:sz", rpr, val="8")
    for run in runs:
        _run(run, size, p)
    return p


def _keep_next(p) -> None:
    """Adds keep-with-next to a built ``w:p`` (in schema order: after the style)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None or ppr.find(qn("w:keepNext")) is not None:
        return
    style = ppr.find(qn("w:pStyle"))
    keep = OxmlElement("w:keepNext")
    if style is not None:
        style.addnext(keep)
    else:
        ppr.insert(0, keep)


class _Builder:
    def __init__(self, document: Document):
        self.document = document
        self.geo = document.geometry
        self.docx = new_docx()
        self.body = self.docx.element.body
        self._sect = self.body.find(qn("w:sectPr"))
        self._setup()

    # -- page and styles -------------------------------------------------------------------
    def _setup(self) -> None:
        doc, geo = self.docx, self.geo
        props = doc.core_properties
        props.title, props.author = self.document.title, self.document.author
        props.comments = "Sáng kiến Desktop"
        normal = doc.styles["Normal"]
        normal.font.name = layout.DOCX_FONT_NAME
        normal.font.size = Pt(layout.BODY_SIZE)
        rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            rfonts.set(qn(f"w:{attr}"), layout.DOCX_FONT_NAME)
        _el("w:lang", normal.element.get_or_add_rPr(), val="vi-VN")
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = 1.0
        table_text = doc.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        table_text.base_style = normal
        table_text.font.size = Pt(self.document_table_size())
        table_text.paragraph_format.space_after = Pt(0)
        section = doc.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE if self.document.landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(geo.width), Mm(geo.height)
        section.top_margin, section.bottom_margin = (
            Mm(layout.MARGIN_TOP_MM),
            Mm(layout.MARGIN_BOTTOM_MM),
        )
        section.left_margin, section.right_margin = (
            Mm(layout.MARGIN_LEFT_MM),
            Mm(layout.MARGIN_RIGHT_MM),
        )
        section.header_distance = Mm(layout.PAGE_NUMBER_FROM_TOP_MM)
        section.footer_distance = Mm(layout.PAGE_NUMBER_FROM_TOP_MM)
        if self.document.page_numbers:
            section.different_first_page_header_footer = True
            section.first_page_header.is_linked_to_previous = False
            self._page_number(section.header.paragraphs[0]._p)
        if self.document.border:
            self._page_border()

    def document_table_size(self) -> float:
        sizes = [b.size for b in self.document.blocks if isinstance(b, Table)]
        return sizes[0] if sizes else layout.TABLE_SIZE

    def _page_number(self, p) -> None:
        ppr = p.get_or_add_pPr()
        _el("w:jc", ppr, val="center")
        for kind, text in (
            ("begin", None),
            (None, " PAGE "),
            ("separate", None),
            (None, "2"),
            ("end", None),
        ):
            r = _el("w:r", p)
            rpr = _el("w:rPr", r)
            _el("w:sz", rpr, val=str(round(layout.PAGE_NUMBER_SIZE * 2)))
            if kind:
                _el("w:fldChar", r, fldCharType=kind)
            elif text and text.strip() == "PAGE":
                instr = _el("w:instrText", r)
                instr.text = text
                instr.set(qn("xml:space"), "preserve")
            else:
                _el("w:t", r).text = text

    def _page_border(self) -> None:
        borders = _el("w:pgBorders", offsetFrom="page")
        for side in ("top", "left", "bottom", "right"):
            _el(f"w:{side}", borders, val="thinThickSmallGap", sz="24", space="24", color="000000")
        self._sect.find(qn("w:pgMar")).addnext(borders)

    # -- blocks ----------------------------------------------------------------------------
    def add(self, element) -> None:
        self._sect.addprevious(element)

    def header(self, block: Header) -> None:
        national = [
            _p([Run(NATIONAL_TITLE, bold=True)], layout.HEADER_SIZE),
            _p([Run(MOTTO, bold=True, underline=True)], layout.MOTTO_SIZE),
        ]
        if not (block.unit_name or block.parent_organisation):
            for p in national:
                self.add(p)
            if block.place_date:
                self.add(_p([Run(block.place_date, italic=True)], layout.PLACE_DATE_SIZE, "right"))
            self.add(_p([], after=8))
            return
        left_w, right_w = self.geo.header_columns
        top_left = []
        if block.parent_organisation:
            top_left.append(_p([Run(upper(block.parent_organisation))], layout.HEADER_SIZE))
        top_left.append(_p([Run(upper(block.unit_name), bold=True)], layout.HEADER_SIZE))
        top_left.append(_p([], border_mm=left_w * (1 - layout.UNIT_RULE_SHARE) / 2))
        bottom_left = []
        if block.number:
            bottom_left.append(_p([Run(f"Số: {block.number}")], layout.NUMBER_SIZE, before=4))
        if block.subject:
            bottom_left.append(_p([Run(block.subject)], layout.HEADER_SIZE))
        bottom_right = [_p([Run(block.place_date, italic=True)], layout.PLACE_DATE_SIZE, before=4)]
        self.add(
            self._table_xml(
                [left_w, right_w],
                [[top_left, national], [bottom_left, bottom_right]],
                borders=False,
            )
        )
        self.add(_p([], after=6))

    def title(self, block: Title) -> None:
        self.add(_p([Run(block.text, bold=True)], block.size, keep_next=True))
        if block.subtitle:
            self.add(_p([Run(block.subtitle, bold=True)], block.subtitle_size, keep_next=True))
        if block.note:
            self.add(_p([Run(block.note, italic=True)], layout.BODY_SIZE, keep_next=True))
        if block.rule:
            self.add(_p([], border_mm=self.geo.text_width * 0.375, keep_next=True))
        self.add(_p([], after=block.space_after - 6 if block.space_after > 6 else 0))

    def verification(self, block: Verification) -> None:
        """The QR code (a PNG) and its line in one left-aligned paragraph."""
        from sangkien_desktop.documents.qr import png

        par = self.docx.add_paragraph()  # before the section properties, as add() does
        par.paragraph_format.space_before = Pt(4)
        par.paragraph_format.keep_together = True
        par.add_run().add_picture(BytesIO(png(block.payload)), width=Mm(block.size_mm))
        text = par.add_run("  " + block.text)
        text.font.size = Pt(layout.TABLE_SIZE)

    def paragraph(self, block: Paragraph, keep_next: bool = False) -> None:
        self.add(
            _p(
                block.runs,
                block.size if block.size != layout.BODY_SIZE else None,
                block.align,
                after=block.space_after,
                before=block.space_before,
                indent=block.first_line_indent,
                keep_next=block.keep_with_next or keep_next,
            )
        )

    def _table_xml(
        self,
        widths_mm,
        rows,
        *,
        borders: bool,
        header_rows: int = 0,
        min_h=0.0,
        spans=None,
        vmerge=None,
        cant_split_from: int | None = None,
    ):
        """``rows`` is a list of rows of cell contents (lists of ``w:p``); rows from
        ``cant_split_from`` on never break across pages."""
        tbl = _el("w:tbl")
        tblpr = _el("w:tblPr", tbl)
        _el("w:tblW", tblpr, w=_twips(sum(widths_mm)), type="dxa")
        _el("w:jc", tblpr, val="center")
        bdr = _el("w:tblBorders", tblpr)
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if borders:
                _el(f"w:{side}", bdr, val="single", sz="4", space="0", color="000000")
            else:
                _el(f"w:{side}", bdr, val="nil")
        _el("w:tblLayout", tblpr, type="fixed")
        mar = _el("w:tblCellMar", tblpr)
        pad = _twips(layout.CELL_PADDING_MM) if borders else "0"
        _el("w:top", mar, w="20" if borders else "0", type="dxa")
        _el("w:left", mar, w=pad, type="dxa")
        _el("w:bottom", mar, w="40" if borders else "0", type="dxa")
        _el("w:right", mar, w=pad, type="dxa")
        grid = _el("w:tblGrid", tbl)
        for w in widths_mm:
            _el("w:gridCol", grid, w=_twips(w))
        for r, row in enumerate(rows):
            tr = _el("w:tr", tbl)
            cant_split = cant_split_from is not None and r >= cant_split_from
            if r < header_rows or min_h or cant_split:
                trpr = _el("w:trPr", tr)
                if cant_split:
                    _el("w:cantSplit", trpr)
                if min_h and r >= header_rows:
                    _el("w:trHeight", trpr, val=_twips(min_h), hRule="atLeast")
                if r < header_rows:
                    _el("w:tblHeader", trpr)
            col = 0
            for c, content in enumerate(row):
                span = spans[r][c] if spans else 1
                tc = _el("w:tc", tr)
                tcpr = _el("w:tcPr", tc)
                _el("w:tcW", tcpr, w=_twips(sum(widths_mm[col : col + span])), type="dxa")
                if span > 1:
                    _el("w:gridSpan", tcpr, val=str(span))
                if vmerge and (r, col) in vmerge:
                    _el("w:vMerge", tcpr, **({"val": "restart"} if vmerge[r, col] else {}))
                if r < header_rows:
                    _el("w:vAlign", tcpr, val="center")
                for p in content or [_p([], style=TABLE_STYLE if borders else None)]:
                    tc.append(p)
                col += span
        return tbl

    def table(self, block: Table, keep_last: bool = False) -> Iterator[int]:
        """``keep_last``: the last rows stay on the page of what follows (a closing block):
        Word and LibreOffice keep a row with the next paragraph when its paragraphs say so."""
        widths = column_widths(block, block.width_mm or self.geo.text_width)
        size = None if block.size == self.document_table_size() else block.size
        rows, spans = [], []

        def cells(values: list[str | Cell], strong: bool = False, header: bool = False) -> None:
            row, span_row = [], []
            col = 0
            for value in values:
                cell = value if isinstance(value, Cell) else Cell(value)
                align = "center" if header else (cell.align or block.columns[col].align)
                run = Run(cell.text, bold=cell.bold or strong, italic=cell.italic)
                row.append([_p([run], size, align, style=TABLE_STYLE)])
                span_row.append(max(1, cell.colspan))
                col += max(1, cell.colspan)
            rows.append(row)
            spans.append(span_row)

        vmerge: dict[tuple[int, int], bool] = {}
        header_rows = 0
        if block.show_header and block.group_header:
            group: list[str | Cell] = []
            col = 0
            for cell in block.group_header:
                if cell.colspan <= 1:
                    group.append(block.columns[col].header)
                    vmerge[0, col] = True
                    vmerge[1, col] = False
                else:
                    group.append(Cell(cell.text, colspan=cell.colspan))
                col += max(1, cell.colspan)
            cells(group, strong=True, header=True)
            cells(
                ["" if (1, i) in vmerge else c.header for i, c in enumerate(block.columns)],
                strong=True,
                header=True,
            )
            header_rows = 2
        elif block.show_header:
            cells([c.header for c in block.columns], strong=True, header=True)
            header_rows = 1
        for n, values in enumerate(block.rows, 1):
            cells(values)
            if n % ROW_CHUNK == 0:
                yield n
        if block.totals is not None:
            cells(block.totals, strong=True)
        if keep_last:
            for row in rows[-KEPT_ROWS:]:
                for content in row:
                    for p in content:
                        _keep_next(p)
        self.add(
            self._table_xml(
                widths,
                rows,
                borders=block.borders,
                header_rows=header_rows if block.repeat_header else 0,
                min_h=block.min_row_height_mm,
                spans=spans,
                vmerge=vmerge,
                cant_split_from=len(rows) - KEPT_ROWS if keep_last else None,
            )
        )
        self.add(_p([], after=block.space_after - 6 if block.space_after > 6 else 0,
                    keep_next=keep_last))

    def _signer(self, signer: Signer) -> list:
        ps = []
        if signer.place_date:
            ps.append(_p([Run(signer.place_date, italic=True)], layout.PLACE_DATE_SIZE))
        ps += [
            _p([Run(line, bold=True)], layout.SIGNATURE_SIZE)
            for line in (signer.capacity, signer.title)
            if line
        ]
        if signer.note:
            ps.append(_p([Run(signer.note, italic=True)], layout.NOTE_SIZE + 1))
        if signer.sign_space:
            ps.append(_p([], after=layout.SIGNATURE_SPACE_MM * layout.PT_PER_MM - 6))
        if signer.name:
            ps.append(_p([Run(signer.name, bold=True)], layout.SIGNATURE_SIZE))
        return ps

    def closings(self, blocks: list[Closing]) -> None:
        """Closing blocks one after another (co-authors signing in rows) as one row that
        cannot split: the rows inside it are tables of their own. Word and LibreOffice keep
        such a row whole, and with the paragraph before it (which keeps with next); a
        paragraph's keep-with-next inside a table is not honoured by LibreOffice."""
        if len(blocks) == 1:
            for element in self._closing(blocks[0]):
                self.add(element)
            return
        inner = [element for block in blocks for element in self._closing(block)]
        inner.append(_p([]))  # a cell ends with a paragraph
        self.add(_p([], after=0, keep_next=True))
        self.add(self._table_xml([self.geo.text_width], [[inner]], borders=False, cant_split_from=0))

    def _closing(self, block: Closing) -> list:
        """The closing row: "Nơi nhận" at the left and the signature at the right, in a
        borderless row that cannot split, after an empty paragraph that keeps with it."""
        if block.recipients is not None:
            left = [
                _p([Run("Nơi nhận:", bold=True, italic=True)], layout.RECIPIENTS_LABEL_SIZE, "left")
            ]
            left += [_p([Run(f"- {r}")], layout.RECIPIENTS_SIZE, "left") for r in block.recipients]
            row = [left] + [self._signer(s) for s in block.signers[:1]]
            widths = list(self.geo.header_columns)
        elif len(block.signers) == 1:
            row = [[], self._signer(block.signers[0])]
            widths = list(self.geo.header_columns)
        else:
            row = [self._signer(s) for s in block.signers]
            widths = [self.geo.text_width / max(1, len(row))] * len(row)
        return [_p([], after=0, keep_next=True),
                self._table_xml(widths, [row], borders=False, cant_split_from=0)]


def render_docx(document: Document, out: str | IO[bytes]) -> Iterator[Progress]:
    """Writes ``document`` to ``out`` (a path or a binary file), yielding progress."""
    builder = _Builder(document)
    keep = keeps(document.blocks)
    total = work_units(document) + 1
    done = 0
    closings: list[Closing] = []
    for i, block in enumerate(document.blocks):
        if isinstance(block, Closing):
            closings.append(block)
            nxt = document.blocks[i + 1] if i + 1 < len(document.blocks) else None
            if not isinstance(nxt, Closing):
                builder.closings(closings)
                closings = []
        elif isinstance(block, Header):
            builder.header(block)
        elif isinstance(block, Title):
            builder.title(block)
        elif isinstance(block, Paragraph):
            builder.paragraph(block, keep_next=i in keep.blocks)
        elif isinstance(block, Table):
            base = done
            for n in builder.table(block, keep_last=i in keep.tables):
                done = base + n
                yield Progress(done, total, "content")
            done = base + len(block.rows)
        elif isinstance(block, Spacer):
            builder.add(_p([], after=block.height_mm * layout.PT_PER_MM))
        elif isinstance(block, Verification):
            builder.verification(block)
        elif isinstance(block, PageBreak):
            p = _el("w:p")
            _el("w:br", _el("w:r", p), type="page")
            builder.add(p)
        done += 1
    yield Progress(done, total, "saving")
    builder.docx.save(out)
    yield Progress(total, total, "done")
