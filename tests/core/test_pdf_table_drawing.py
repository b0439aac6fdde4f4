"""PDF tables are drawn by us (documents/pdf_table.py), not by reportlab's Table: each page of
rows must look exactly as reportlab's Table draws the same cells with the same styles, pixel
for pixel, spans and alignments included, and its text must read back as written."""

from __future__ import annotations

import gc
import io
import string
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable

from sangkien_desktop.documents import layout, pdf_table, samples, write_document
from sangkien_desktop.documents.blocks import Cell, Column, Table
from sangkien_desktop.documents.fonts import register_fonts
from sangkien_desktop.documents.pdf_table import PagedTable, table_flowables

VIETNAMESE = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
)


def _piece(block: Table) -> Any:
    """The first page of ``block`` as our renderer draws it."""
    register_fonts()
    paged = next(f for f in table_flowables(block, 250.0, 170.0) if isinstance(f, PagedTable))
    return paged.grid.piece(paged.rows, True)


def _reportlab_table(piece: Any) -> RLTable:
    """reportlab's own Table of the same cells, sizes and styles."""
    grid = piece.grid
    everything = ((0, 0), (-1, -1))
    style: list[tuple[Any, ...]] = [
        ("FONTSIZE", *everything, grid.size),
        ("LEADING", *everything, grid.leading),
        ("LEFTPADDING", *everything, grid.padding),
        ("RIGHTPADDING", *everything, grid.padding),
        ("TOPPADDING", *everything, 2),
        ("BOTTOMPADDING", *everything, 3),
    ]
    for r, row in enumerate(piece.rows):
        for c, (font, align) in enumerate(zip(row.fonts, row.aligns, strict=True)):
            style += [("FONTNAME", (c, r), (c, r), font), ("ALIGN", (c, r), (c, r), align)]
        style.append(("VALIGN", (0, r), (-1, r), "MIDDLE" if row.middle else "TOP"))
    style += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in piece.spans]
    if grid.borders:
        style.append(("GRID", *everything, 0.5, "black"))
    return RLTable(
        [row.cells for row in piece.rows],
        colWidths=grid.widths,
        rowHeights=[row.height for row in piece.rows],
        style=style,
    )


def _pdf(flowable: Flowable) -> bytes:
    out = io.BytesIO()
    width, height = flowable.wrap(800, 800)
    canvas = Canvas(out, pagesize=(width + 20, height + 20), invariant=1)
    flowable.drawOn(canvas, 10, 10)
    canvas.save()
    return out.getvalue()


def _pixels(pdf: bytes) -> bytes:
    page = pdfium.PdfDocument(pdf)[0]
    return page.render(scale=2).to_pil().convert("L").tobytes()


def _text(pdf: bytes) -> str:
    return pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()


TABLES = {
    "aligned, bold and italic cells, a total across columns": Table(
        columns=[
            Column("STT", 8, "center"),
            Column("Tên sáng kiến", 40, "justify"),
            Column("Giá trị làm lợi (đồng)", 20, "right"),
            Column("Ghi chú", 12),
        ],
        rows=[
            ["1", "Cải tiến cữ gấp mép túi áo sơ mi giúp giảm thời gian may", "120.000.000", ""],
            ["2", Cell("Ứng dụng mã QR tra cứu quy trình", italic=True), "", Cell("Ưu tiên", bold=True)],
            ["3", "Dòng một\nDòng hai\n\nDòng bốn", Cell("5.000", align="center"), "x"],
        ],
        totals=[Cell("Tổng cộng", colspan=2, align="center"), "125.000.000", ""],
    ),
    "a group header over columns, merged headers": Table(
        columns=[
            Column("STT", 6, "center"),
            Column("Đơn vị", 30),
            Column("Chỉ tiêu", 12, "right"),
            Column("Đạt", 12, "right"),
            Column("Tỷ lệ", 12, "right"),
        ],
        group_header=[Cell(""), Cell(""), Cell("Đợt 1 năm 2022", colspan=3)],
        rows=[["1", "CĐCS Công ty TNHH Cơ khí Trường Sơn", "10", "6", "60%"]],
        totals=[Cell("Tổng cộng", colspan=2, align="center"), "10", "6", "60%"],
    ),
    "no borders, rows left blank to fill in": Table(
        columns=[Column("Họ và tên", 30), Column("Chữ ký", 20, "center")],
        rows=[["", ""], ["Nguyễn Văn A", ""]],
        borders=False,
        min_row_height_mm=12,
    ),
    "more letters than one font subset holds, a no-break space, a sign the font lacks": Table(
        columns=[Column("Chữ", 1), Column("Chữ", 1)],
        rows=[
            [VIETNAMESE, ""],
            [VIETNAMESE.upper(), ""],
            [string.ascii_letters + string.digits + string.punctuation, ""],
            ["αβγδεζηθικλμνξοπρστυφχψω ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", ""],
            ["абвгдежзийклмнопрстуфхцчшщъыьэюя АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", ""],
            ["№ 5\u00a0000 đồng ☃ ½ ¼ § © ® ° ± µ ¶ · × ÷ € ™", ""],
            [VIETNAMESE + " αβγ абв", ""],
            ["ЭЮЯ эюя", "эюя"],  # letters met before, all in the second subset
            ["Chữ", "Chữ"],  # the header again: all in the first
        ],
    ),
}


@pytest.mark.parametrize("name", TABLES)
def test_a_page_of_rows_looks_as_reportlab_draws_it(name):
    piece = _piece(TABLES[name])
    ours, theirs = _pdf(piece), _pdf(_reportlab_table(piece))
    assert _pixels(ours) == _pixels(theirs)
    assert _text(ours) == _text(theirs)


def test_every_letter_reads_back():
    block = TABLES["more letters than one font subset holds, a no-break space, a sign the font lacks"]
    text = "".join(_text(_pdf(_piece(block))).split())  # long words break inside
    for row in block.rows:
        for cell in row:
            for word in str(cell).replace("\u00a0", " ").replace("☃", " ").split():
                assert word in text


def test_the_cells_are_positioned_as_layout_says():
    piece = _piece(TABLES["aligned, bold and italic cells, a total across columns"])
    assert piece.width == pytest.approx(250.0 * layout.PT_PER_MM)
    assert piece.height == pytest.approx(sum(row.height for row in piece.rows))
    assert piece.spans == [(0, 4, 1, 4)]  # the header, three rows, then the total


def test_nothing_of_a_pdf_is_kept_once_it_is_written():
    """What the tables remember while a PDF is written (font encoders, numbers) goes with it:
    an officer prints many papers in one session."""
    for _ in range(3):
        write_document("bang-tong-hop", samples.summary_table(3), "pdf")
    gc.collect()
    assert len(pdf_table._WRITTEN) == 0
