"""PDF documents read back: exact Vietnamese text, embedded fonts, margins, table cells."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from sangkien_desktop.documents import DOCUMENT_KINDS, samples, write_document
from sangkien_desktop.documents.layout import MARGIN_LEFT_MM, MARGIN_RIGHT_MM
from tests.reference.helpers import SAMPLES, pdf_text, text_pieces

# Strings each document must print exactly (after whitespace is collapsed).
EXPECTED = {
    "don-yeu-cau": [
        "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN",
        "Kính gửi: Giám đốc Công ty Cổ phần May mặc và Thương mại Hòa Bình Xanh",
        "Nguyễn Thị Thu Hường",
        "14/05/1986",
        "154.320.000 đồng",
        "Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật và "
        "hoàn toàn chịu trách nhiệm trước pháp luật.",
        "Quảng Trị, ngày 07 tháng 02 năm 2022",
        "Hoàng Thị Mỹ Duyên",
    ],
    "bao-cao-mo-ta": ["BÁO CÁO MÔ TẢ SÁNG KIẾN", "7.3. Tính mới của giải pháp", "120.000.000 đồng"],
    "phieu-danh-gia": [
        "PHIẾU ĐÁNH GIÁ SÁNG KIẾN",
        "Trần Quốc Bảo",
        "27,5",
        "87,5",
        "Đề nghị công nhận sáng kiến.",
    ],
    "bien-ban": [
        "BIÊN BẢN",
        "Số: 03/BB-HĐSK",
        "04/05",
        "Bùi Văn Lực",
        "lý do: Đi công tác",
        "88,5",
    ],
    "quyet-dinh": [
        "QUYẾT ĐỊNH",
        "Số: 12/QĐ-CĐCS",
        "Căn cứ Nghị định số 13/2012/NĐ-CP",
        "155.500.000 đồng (Một trăm năm mươi lăm triệu năm trăm nghìn đồng)",
        "10.885.000 đồng (Mười triệu tám trăm tám mươi lăm nghìn đồng)",
        "Nơi nhận:",
        "TM. BAN CHẤP HÀNH",
        "Lê Thị Minh Nguyệt",
        "DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN",
    ],
    "giay-xac-nhan": [
        "GIẤY XÁC NHẬN",
        "Hiệu quả và phạm vi ảnh hưởng của sáng kiến",
        "Căn cứ Nghị định số 152/2025/NĐ-CP",
        "Nguyễn Thị Thu Hường",
        "Phạm vi tỉnh, ngành",
        "120.000.000 đồng",
        "Mã xác thực: K7Q4-M2XA",
    ],
    "giay-chung-nhan": [
        "GIẤY CHỨNG NHẬN",
        "Nguyễn Thị Thu Hường",
        "Phạm Văn Đức",
        "Số: 02/GCN-2022",
    ],
    "thong-bao-khong-cong-nhan": [
        "THÔNG BÁO",
        "Về việc không công nhận sáng kiến",
        "Số: 03/TB-CĐCS",
        "Số: 04/TB-CĐCS",
        "Ông (Bà) Trịnh Văn Khải, Kho nguyên liệu",
        "Kính gửi: Ông (Bà) Đoàn Thị Thu, Phân xưởng May 1",
        "3. Kết quả: Không công nhận là sáng kiến.",
        "4. Lý do không công nhận: Giải pháp đã được Công ty áp dụng từ năm 2019",
        "Căn cứ kết quả họp Hội đồng sáng kiến tại Biên bản họp số 03/BB-HĐSK",
    ],
    "to-trinh": [
        "TỜ TRÌNH",
        "Số: 05/TTr-CĐCS",
        "Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị",
        "01 sáng kiến",
    ],
    "bang-tong-hop": [
        "BẢNG TỔNG HỢP TÓM TẮT SÁNG KIẾN",
        "Tổng cộng",
        "Một trăm hai mươi triệu đồng",
    ],
    "bao-cao-chi-tieu": ["BÁO CÁO", "Cả chương trình", "56,8", "Đợt 2"],
    "tom-tat-don-vi": [
        "PHIẾU TÓM TẮT KẾT QUẢ SÁNG KIẾN",
        "Đơn vị: Phân xưởng May 2",
        "274.320.000 đồng",
        "Nguyễn Thị Thu Hường, Phạm Văn Đức",
        "NGƯỜI LẬP PHIẾU",
    ],
}
COMMON = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
]


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return {kind: write_document(kind, SAMPLES[kind](), "pdf") for kind in DOCUMENT_KINDS}


def test_every_kind_has_a_sample_and_expectations():
    assert set(SAMPLES) == set(DOCUMENT_KINDS) == set(EXPECTED)


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_vietnamese_text_comes_back_exactly(pdfs, kind):
    text = " ".join(pdf_text(pdfs[kind]))
    assert unicodedata.normalize("NFC", text) == text
    for expected in [*COMMON, *EXPECTED[kind]]:
        assert expected in text, expected


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_fonts_are_embedded_liberation_serif(pdfs, kind):
    reader = PdfReader(io.BytesIO(pdfs[kind]))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, font
            descriptor = descriptor.get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert any(name.startswith("LiberationSerif") for name in seen)
    assert all("Helvetica" not in name and "Times" not in name for name in seen)


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_text_keeps_the_left_and_right_margins(pdfs, kind):
    pieces = text_pieces(pdfs[kind])
    reader = PdfReader(io.BytesIO(pdfs[kind]))
    assert {p.page for p in pieces} == set(range(len(reader.pages)))
    for page_index, page in enumerate(reader.pages):
        on_page = [p for p in pieces if p.page == page_index]
        assert min(p.x_mm for p in on_page) >= MARGIN_LEFT_MM - 0.2
        width_mm = float(page.mediabox.width) * 25.4 / 72
        assert max(p.x_mm for p in on_page) < width_mm - MARGIN_RIGHT_MM


@pytest.mark.parametrize("kind", [k for k in EXPECTED if k != "giay-chung-nhan"])
def test_nothing_is_drawn_in_the_left_margin(pdfs, kind):
    """Rendered pixels: the leftmost ink is at 30 mm or more on every page (the certificate's
    frame is drawn in the margin on purpose)."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdfs[kind])
    dpi = 72
    for i in range(len(pdf)):
        image = pdf[i].render(scale=dpi / 72).to_pil().convert("L")
        width, height = image.size
        pixels = image.load()
        leftmost = next(
            (x for x in range(width) if any(pixels[x, y] < 200 for y in range(0, height, 2))),
            width,
        )
        assert leftmost * 25.4 / dpi >= MARGIN_LEFT_MM - 0.5, f"page {i + 1}"
    pdf.close()


def test_page_numbers_start_on_page_two(pdfs):
    pieces = text_pieces(pdfs["quyet-dinh"])
    top = [p for p in pieces if p.y_mm > 297 - 20]
    assert [p.text.strip() for p in top if p.page == 0] == []
    assert [p.text.strip() for p in top if p.page == 1] == ["2"]


def test_summary_table_rows_come_back_in_order_with_header_on_every_page():
    data = samples.summary_table(60)
    pdf = write_document("bang-tong-hop", data, "pdf")
    pages = pdf_text(pdf)
    assert len(pages) > 3
    for page in pages:
        assert "Tên sáng kiến" in page and "Quyết định công nhận" in page
    # The STT column, read by position, page by page, top to bottom: 1..60 with no gap.
    pieces = text_pieces(pdf)
    stt = [
        p
        for p in pieces
        if MARGIN_LEFT_MM <= p.x_mm < MARGIN_LEFT_MM + 10 and p.text.strip().isdigit()
    ]
    ordered = sorted(stt, key=lambda p: (p.page, -p.y_mm))
    assert [int(p.text) for p in ordered] == list(range(1, 61))
    # Titles come back in the same order as the rows.
    text = " ".join(pages)
    positions = [text.find(f"(bản {i})") for i in range(4, 61)]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)
    # The totals row sums the benefit values (20 rows of 120.000.000 đồng).
    assert data.benefit_total == 20 * 120_000_000
    assert "Tổng cộng 2.400.000.000" in pages[-1]


def test_progress_is_reported_and_reaches_the_end(tmp_path):
    steps = []
    write_document(
        "bang-tong-hop",
        samples.summary_table(450),
        "pdf",
        tmp_path / "t.pdf",
        progress=steps.append,
    )
    assert steps[-1].done == steps[-1].total
    done = [s.done for s in steps]
    assert done == sorted(done) and len(steps) >= 4
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")


def test_blank_score_sheet_leaves_room_to_write():
    sheet = samples.score_sheet(filled=False)
    text = " ".join(pdf_text(write_document("phieu-danh-gia", sheet, "pdf")))
    assert "□ Đề nghị công nhận" in text
    assert "Trần Quốc Bảo" not in text
    assert "……" in text


def test_a_row_taller_than_a_page_does_not_fail_the_document():
    data = samples.summary_table(2)
    data.rows[1].summary = "Dòng rất dài. " * 900
    pages = pdf_text(write_document("bang-tong-hop", data, "pdf"))
    # The tall row runs on over many pages, every page full, and the table still ends with
    # its totals (the signature block may follow on the next page).
    assert len(pages) > 12
    assert "Tổng cộng" in " ".join(pages[-2:])
    assert all("Dòng rất dài." in page for page in pages[1:-2])


def test_a_tall_row_starts_on_the_first_page_and_runs_on():
    data = samples.summary_table(1)
    data.rows[0].summary = "Các bước thực hiện giải pháp được mô tả chi tiết. " * 40
    pages = pdf_text(write_document("bang-tong-hop", data, "pdf"))
    assert "Các bước thực hiện" in pages[0]  # not a first page with a title and no table
    assert "Các bước thực hiện" in pages[1] and "Tổng cộng" in " ".join(pages[1:])


def test_a_numbered_paper_of_a_unit_not_yet_named_in_settings_keeps_its_number_line():
    import dataclasses

    from sangkien_desktop.domain.unit_profile import UnitProfile

    letter = dataclasses.replace(samples.nomination(), unit=UnitProfile(), number="      /TTr")
    text = " ".join(pdf_text(write_document("to-trinh", letter, "pdf")))
    assert "Số: /TTr" in " ".join(text.split()) and "……………" in text


def _font_programs(pdf: bytes) -> dict[str, bytes]:
    """Each embedded subset's font program (decompressed), by its base font name."""
    reader = PdfReader(io.BytesIO(pdf))
    out = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            out[str(font["/BaseFont"])] = descriptor["/FontFile2"].get_object().get_data()
    return out


def test_every_paper_shares_its_first_font_subsets_and_prints_what_lies_beyond(monkeypatch):
    """The first subset of each face holds ASCII and the Vietnamese letters in one order
    (fonts.seed_fonts), so its font program is the same in every paper and made once per
    process (its codes copied from the first PDF's), as are its widths, its ToUnicode map and
    the tables' codes of its characters; a character beyond it opens a subset of its own and
    still comes back. The bytes are those reportlab writes when it makes every subset and every
    font object and codes every string itself (a no-break space, a character the font
    lacks)."""
    from reportlab.pdfbase import pdfmetrics, ttfonts
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    from sangkien_desktop.documents import fonts, pdf_table

    def paper(text: str) -> bytes:
        data = SAMPLES["bao-cao-mo-ta"]()
        data.dossier.title = text
        return write_document("bao-cao-mo-ta", data, "pdf")

    plain, greek = paper("Máy bóc vỏ lạc"), paper("Đo điện trở Ω của cuộn dây ±5%")
    first, second = _font_programs(plain), _font_programs(greek)
    shared = [n for n in first if n.startswith("/AAAAAA+")]
    assert len(shared) >= 2  # regular and bold at least
    assert all(first[n] == second[n] for n in shared)
    assert {n for n in second if n.startswith("/AAAAAB+")}  # Ω in a subset of its own
    # A benefit's calculation prints from the shared subsets alone.
    sums = _font_programs(paper("2.000 giờ × 60.000 đồng ≈ 120 triệu, 200 m² ± 5%"))
    assert sums and all(n.startswith("/AAAAAA+") for n in sums)
    assert "Đo điện trở Ω của cuộn dây ±5%" in " ".join(pdf_text(greek))
    regular = pdfmetrics.getFont(fonts.FAMILY).face
    assert regular._widths is not None and regular._cmap is not None  # written once, reused
    odd = [paper("Máy\xa0bóc vỏ lạc"), paper("Máy bóc vỏ lạc \u4e2d")]

    monkeypatch.setattr(fonts._SharedSubsetFace, "makeSubset", TTFontFace.makeSubset)
    monkeypatch.setattr(fonts._SharedSubsetFace, "addSubsetObjects", TTFontFace.addSubsetObjects)
    monkeypatch.setattr(fonts._SharedSubsetFont, "addObjects", TTFont.addObjects)
    monkeypatch.setattr(fonts._SharedSubsetFont, "splitString", TTFont.splitString)
    assert pdf_table._SHARED_CODES  # the tables' codes of the shared subsets, kept too

    class _PerPaper(dict):
        def setdefault(self, _key, default=None):
            return default

    monkeypatch.setattr(pdf_table, "_SHARED_CODES", _PerPaper())
    assert regular.seeded is not None  # the first PDF's seeded state, copied into the next
    for name in fonts.FONT.values():
        monkeypatch.setattr(pdfmetrics.getFont(name).face, "seeded", None)
    monkeypatch.setattr(ttfonts, "makeToUnicodeCMap", ttfonts.makeToUnicodeCMap.original)
    assert paper("Đo điện trở Ω của cuộn dây ±5%") == greek
    assert [paper("Máy\xa0bóc vỏ lạc"), paper("Máy bóc vỏ lạc \u4e2d")] == odd
    assert paper("Máy bóc vỏ lạc") == plain


def test_markup_parsed_for_one_paper_draws_the_next_the_same(monkeypatch):
    """render_pdf keeps parsed paragraph markup and the lines paragraphs break into for the
    next papers: each paper comes out the same whether it is the first drawn in the process or
    follows others sharing its phrases, and as reportlab lays out each paragraph anew."""
    from reportlab.platypus import Paragraph as RLParagraph

    from sangkien_desktop.documents import render_pdf

    alone = {}
    for kind in DOCUMENT_KINDS:
        render_pdf._PARSED.clear()
        render_pdf._BROKEN.clear()
        alone[kind] = write_document(kind, SAMPLES[kind](), "pdf")
    render_pdf._PARSED.clear()
    render_pdf._BROKEN.clear()
    for kind in [*reversed(DOCUMENT_KINDS), *DOCUMENT_KINDS]:
        assert write_document(kind, SAMPLES[kind](), "pdf") == alone[kind], kind
    assert len(render_pdf._PARSED) > 20 and len(render_pdf._BROKEN) > 20

    monkeypatch.setattr(render_pdf._Paragraph, "wrap", RLParagraph.wrap)
    monkeypatch.setattr(render_pdf._Paragraph, "breakLines", RLParagraph.breakLines)
    for kind in DOCUMENT_KINDS:
        assert write_document(kind, SAMPLES[kind](), "pdf") == alone[kind], kind


def _page_operators(pdf: bytes) -> list[bytes]:
    reader = PdfReader(io.BytesIO(pdf))
    return [page.get_contents().get_data() for page in reader.pages]


def test_pages_compressed_quickly_draw_the_same(monkeypatch):
    """A page's drawing is compressed at zlib's quickest level (render_pdf._QuickFlate): the
    operators are those reportlab writes at its own level, only packed differently."""
    from reportlab.pdfgen.canvas import Canvas

    from sangkien_desktop.documents import render_pdf

    ours = write_document("bao-cao-mo-ta", SAMPLES["bao-cao-mo-ta"](), "pdf")
    monkeypatch.setattr(render_pdf, "_Canvas", Canvas)
    theirs = write_document("bao-cao-mo-ta", SAMPLES["bao-cao-mo-ta"](), "pdf")
    assert ours != theirs
    assert _page_operators(ours) == _page_operators(theirs)
