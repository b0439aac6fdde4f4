"""Shared form rules: date lines, numbers, column widths, the registry and its errors."""

from __future__ import annotations

import datetime as dt

import pytest

from sangkien_desktop.documents import (
    DOCUMENT_KINDS,
    DOCUMENT_LABELS,
    build_document,
    layout,
    samples,
    write_document,
)
from sangkien_desktop.documents.blocks import Header, Table
from sangkien_desktop.documents.common import date_words, number_text, place_date_line
from sangkien_desktop.documents.measure import column_widths, word_width_mm
from sangkien_desktop.domain.errors import InputError
from tests.reference.helpers import SAMPLES


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (dt.date(2022, 3, 22), "Quảng Trị, ngày 22 tháng 3 năm 2022"),
        (dt.date(2022, 2, 5), "Quảng Trị, ngày 05 tháng 02 năm 2022"),
        (dt.date(2023, 1, 10), "Quảng Trị, ngày 10 tháng 01 năm 2023"),
        (dt.date(2021, 12, 1), "Quảng Trị, ngày 01 tháng 12 năm 2021"),
        (None, "Quảng Trị, ngày …… tháng …… năm ……"),
    ],
)
def test_place_date_line_pads_as_decree_30_says(date, text):
    assert place_date_line("Quảng Trị", date) == text


def test_every_month_can_be_padded(monkeypatch):
    monkeypatch.setattr(layout, "PAD_EVERY_MONTH", True)
    assert date_words(dt.date(2022, 3, 22)) == "ngày 22 tháng 03 năm 2022"


def test_number_text():
    assert number_text(12, "QĐ", "CĐCS") == "12/QĐ-CĐCS"
    assert number_text("12/QĐ-LĐLĐ", "QĐ", "CĐCS") == "12/QĐ-LĐLĐ"
    assert number_text(None, "TTr", "CĐCS") == "\u00a0" * 10 + "/TTr-CĐCS"
    assert number_text(4, "QĐ", "CĐCS") == "04/QĐ-CĐCS"


def test_geometry():
    assert layout.PORTRAIT.text_width == 165
    assert layout.LANDSCAPE.text_width == 252
    assert sum(layout.PORTRAIT.header_columns) == pytest.approx(165)


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_column_headers_never_break_inside_a_word(kind):
    document = build_document(kind, SAMPLES[kind]())
    for block in document.blocks:
        if not isinstance(block, Table):
            continue
        widths = column_widths(block, document.geometry.text_width)
        assert sum(widths) == pytest.approx(document.geometry.text_width)
        for column, width in zip(block.columns, widths, strict=True):
            for word in column.header.split():
                assert word_width_mm(word, block.size) + 2 * layout.CELL_PADDING_MM <= width


def test_headers_of_documents_carry_unit_and_number():
    decision = build_document("quyet-dinh", samples.decision())
    header = decision.blocks[0]
    assert isinstance(header, Header)
    assert header.number == "12/QĐ-CĐCS"
    assert header.place_date == "Quảng Trị, ngày 22 tháng 3 năm 2022"
    application = build_document("don-yeu-cau", samples.dossier_paper())
    assert application.blocks[0] == Header()  # an individual's request: national title only


def test_registry_names_every_cli_kind():
    assert list(DOCUMENT_KINDS) == [
        "don-yeu-cau",
        "bao-cao-mo-ta",
        "phieu-danh-gia",
        "bien-ban",
        "quyet-dinh",
        "giay-chung-nhan",
        "giay-xac-nhan",
        "thong-bao-khong-cong-nhan",
        "to-trinh",
        "bang-tong-hop",
        "bao-cao-chi-tieu",
        "tom-tat-don-vi",
    ]
    assert set(DOCUMENT_LABELS) == set(DOCUMENT_KINDS)


def test_registry_errors():
    with pytest.raises(InputError, match="Không có loại văn bản") as info:
        write_document("khong-co", samples.decision(), "pdf")
    assert info.value.code == "document_kind_unknown" and info.value.params["kind"] == "khong-co"
    with pytest.raises(TypeError):
        write_document("quyet-dinh", samples.nomination(), "pdf")
    with pytest.raises(InputError, match="Định dạng"):
        write_document("quyet-dinh", samples.decision(), "odt")  # type: ignore[arg-type]


def test_a_bare_dossier_is_accepted_for_the_application():
    pdf = write_document("don-yeu-cau", samples.dossier(), "pdf")
    assert pdf[:4] == b"%PDF"


def test_empty_dossier_prints_a_fillable_form():
    from sangkien_desktop.domain.dossier import Dossier

    for fmt in ("pdf", "docx"):
        assert write_document("don-yeu-cau", Dossier(), fmt)


def test_certificate_needs_at_least_one():
    with pytest.raises(InputError):
        write_document("giay-chung-nhan", [], "pdf")


def test_phase_count_mismatch_is_refused():
    report = samples.target_report()
    report.phase_names = ["Đợt 1"]
    with pytest.raises(InputError, match="đợt"):
        write_document("bao-cao-chi-tieu", report, "pdf")
