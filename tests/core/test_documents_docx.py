"""DOCX documents: reference XML, page setup, fonts, table widths, repeated header rows."""

from __future__ import annotations

import io

import pytest
from docx import Document as read_docx

from sangkien_desktop.documents import DOCUMENT_KINDS, samples, write_document
from tests.reference.helpers import SAMPLES, W_NS, compare_with_reference, document_xml, part_xml

W = f"{{{W_NS}}}"


@pytest.fixture(scope="module")
def docxs() -> dict[str, bytes]:
    return {kind: write_document(kind, SAMPLES[kind](), "docx") for kind in DOCUMENT_KINDS}


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_document_xml_matches_reference(docxs, kind):
    problem = compare_with_reference(kind, document_xml(docxs[kind]))
    assert problem is None, problem


def test_reference_comparison_can_fail(docxs):
    changed = document_xml(docxs["to-trinh"]).replace("TỜ TRÌNH", "TỜ  TRÌNH")
    assert compare_with_reference("to-trinh", changed) is not None


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_page_setup_follows_decree_30(docxs, kind):
    sect = part_xml(docxs[kind], "word/document.xml").find(f"{W}body/{W}sectPr")
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    dims = sorted([int(size.get(f"{W}w")), int(size.get(f"{W}h"))])
    assert dims == [11906, 16838]  # A4 in twentieths of a point (±1 from rounding mm)
    landscape = kind in ("giay-chung-nhan", "bang-tong-hop")
    assert (int(size.get(f"{W}w")) > int(size.get(f"{W}h"))) == landscape
    assert int(margins.get(f"{W}left")) == 1701  # 30 mm
    assert int(margins.get(f"{W}right")) == 850  # 15 mm
    assert int(margins.get(f"{W}top")) == int(margins.get(f"{W}bottom")) == 1134  # 20 mm


def test_font_is_times_new_roman_13(docxs):
    doc = read_docx(io.BytesIO(docxs["quyet-dinh"]))
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size.pt == 13
    rfonts = normal.element.rPr.rFonts
    assert rfonts.get(f"{W}eastAsia") == rfonts.get(f"{W}cs") == "Times New Roman"


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_every_table_has_grid_and_cell_widths(docxs, kind):
    body = part_xml(docxs[kind], "word/document.xml").find(f"{W}body")
    tables = body.iter(f"{W}tbl")
    for tbl in tables:
        grid = [int(c.get(f"{W}w")) for c in tbl.find(f"{W}tblGrid")]
        total = int(tbl.find(f"{W}tblPr/{W}tblW").get(f"{W}w"))
        assert abs(sum(grid) - total) <= len(grid)
        assert tbl.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
        for tr in tbl.findall(f"{W}tr"):
            col = 0
            for tc in tr.findall(f"{W}tc"):
                span_el = tc.find(f"{W}tcPr/{W}gridSpan")
                span = int(span_el.get(f"{W}val")) if span_el is not None else 1
                width = int(tc.find(f"{W}tcPr/{W}tcW").get(f"{W}w"))
                assert abs(width - sum(grid[col : col + span])) <= span
                col += span
            assert col == len(grid)


def test_text_width_tables_fit_between_margins(docxs):
    body = part_xml(docxs["bang-tong-hop"], "word/document.xml").find(f"{W}body")
    for tbl in body.iter(f"{W}tbl"):
        assert int(tbl.find(f"{W}tblPr/{W}tblW").get(f"{W}w")) <= round(252 * 1440 / 25.4) + 2


def test_summary_table_repeats_header_and_totals_benefit():
    data = samples.summary_table(40)
    doc = read_docx(io.BytesIO(write_document("bang-tong-hop", data, "docx")))
    table = max(doc.tables, key=lambda t: len(t.rows))
    header = table.rows[0]
    assert header._tr.trPr.find(f"{W}tblHeader") is not None
    assert table.rows[1]._tr.trPr is None or table.rows[1]._tr.trPr.find(f"{W}tblHeader") is None
    assert [c.text for c in header.cells][:2] == ["STT", "Tên sáng kiến"]
    stt = [row.cells[0].text for row in table.rows[1:-1]]
    assert stt == [str(i) for i in range(1, 41)]
    last = table.rows[-1]
    assert last.cells[0].text == "Tổng cộng"
    assert "1.680.000.000" in [c.text for c in last.cells]  # 14 rows of 120.000.000


def test_page_numbers_from_page_two(docxs):
    doc = read_docx(io.BytesIO(docxs["quyet-dinh"]))
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_application_text_and_sworn_statement(docxs):
    doc = read_docx(io.BytesIO(docxs["don-yeu-cau"]))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực" in text
    assert "154.320.000 đồng" in text
    authors = doc.tables[0]
    assert [c.text for c in authors.rows[1].cells] == [
        "1",
        "Nguyễn Thị Thu Hường",
        "14/05/1986",
        "Phân xưởng May 2, Công ty CP May mặc và Thương mại Hòa Bình Xanh",
        "Tổ trưởng tổ may",
        "Trung cấp công nghệ may",
        "60%",
    ]


def test_write_to_path(tmp_path):
    out = write_document("to-trinh", samples.nomination(), "docx", tmp_path / "sub" / "tt.docx")
    assert out.exists() and out.read_bytes()[:2] == b"PK"
