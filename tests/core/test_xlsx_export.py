"""XLSX exports: the dossier list (and its round trip through the import), the summary
table and the progress table, opened again with openpyxl to check what Excel will show."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from sangkien_desktop.documents.data import (
    PhaseAchievement,
    SummaryRow,
    SummaryTable,
    TargetReport,
    UnitAchievement,
)
from sangkien_desktop.documents.render_xlsx import write_achievement_table, write_summary_table
from sangkien_desktop.domain.dossier import Author, Dossier, Status
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services import settings, unit_of_work
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.dossiers import workflow
from sangkien_desktop.services.dossiers.list_query import DossierQuery, SortKey, list_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange.spreadsheets import (
    export_dossier_list,
    import_xlsx,
    sheet_dossiers,
)
from sangkien_desktop.storage.database import open_database

CAMPAIGNS = load_campaigns()
MTSK = "mot-trieu-sang-kien-2021-2023"


def sample_dossiers() -> list[Dossier]:
    return [
        Dossier(
            title="Cải tiến quy trình đóng gói",
            authors=[
                Author(full_name="Phạm Thu Trang", share_percent=Decimal("33.34")),
                Author(full_name="Đỗ Minh Đức", share_percent=Decimal("33.33")),
                Author(full_name="Lê Văn Tâm", share_percent=Decimal("33.33")),
            ],
            unit_name="Công đoàn Công ty CP Bao bì Đồng Nai",
            province_code="provinces-1997/dong-nai",
            campaign_id=MTSK,
            solution_type="ky_thuat",
            target_group="cnld_doanh_nghiep",
            field_of_application="Sản xuất",
            first_applied_on=dt.date(2022, 3, 1),
            benefit_author_vnd=1_250_000_000,
            benefit_author_social="Giảm tai nạn lao động",
            description_solution="Dây chuyền đóng gói tự động.\nHai bước.",
            status=Status.SUBMITTED,
            notes="Ghi chú; có dấu chấm phẩy",
        ),
        Dossier(
            title="Sổ tay điện tử công đoàn",
            authors=[Author(full_name="Nguyễn Thị Hoa", share_percent=Decimal(100))],
            unit_name="Công đoàn Trường THCS Hòa Bình",
            province_code="provinces-2025/quang-tri",
            campaign_id="cong-nhan-cap-co-so",
            solution_type="cong_doan",
            target_group="can_bo_cong_doan",
            first_applied_on=dt.date(2024, 11, 5),
        ),
        Dossier(
            title="Không có gì ngoài tên",
            authors=[Author(full_name="Trần Bình", share_percent=Decimal(100))],
        ),
    ]


def _store(db, dossiers):
    with db.session() as s:
        settings.save_unit_profile(s, UnitProfile(unit_name="Công đoàn Khu công nghiệp Biên Hòa"))
        for d in dossiers:
            save_dossier(s, dataclasses.replace(d, status=Status.DRAFT))
            if d.status == Status.SUBMITTED:
                workflow.submit(s, d.uuid)
        s.commit()


def _header_row(ws, first: str = "STT") -> int:
    return next(r for r in range(1, 15) if ws.cell(r, 1).value == first)


def test_dossier_list_has_titles_headers_widths_and_formats(db, tmp_path):
    _store(db, sample_dossiers())
    out = tmp_path / "ds.xlsx"
    with db.session() as s:
        assert export_dossier_list(s, out, CAMPAIGNS, today=dt.date(2025, 1, 2)) == 3
    ws = load_workbook(out).active
    assert ws.title == "Hồ sơ"
    assert ws["A1"].value == "CÔNG ĐOÀN KHU CÔNG NGHIỆP BIÊN HÒA"
    assert ws["A2"].value == "DANH SÁCH HỒ SƠ SÁNG KIẾN"
    assert "02/01/2025" in ws["A3"].value and "3 hồ sơ" in ws["A3"].value
    assert {str(r) for r in ws.merged_cells.ranges} >= {"A1:R1", "A2:R2", "A3:R3"}
    h = _header_row(ws)
    headers = [c.value for c in ws[h]]
    assert headers[:4] == ["STT", "Mã hồ sơ", "Tên sáng kiến", "Tác giả (tỷ lệ đóng góp %)"]
    assert "Ngày áp dụng lần đầu" in headers and "Giá trị làm lợi (đồng)" in headers
    assert ws.freeze_panes == f"D{h + 1}"
    assert ws.column_dimensions["C"].width == 48
    assert all(ws.column_dimensions[col].width >= 6 for col in "ABCDEFGHIJKLMNOPQR")
    # The version and the uuid tell two versions under one code apart (and keep the identity).
    assert headers[-2:] == ["Phiên bản", "Mã định danh"]
    rows = {ws.cell(r, 3).value: r for r in range(h + 1, h + 4)}
    first = rows["Cải tiến quy trình đóng gói"]
    date_cell = ws.cell(first, headers.index("Ngày áp dụng lần đầu") + 1)
    assert date_cell.value == dt.datetime(2022, 3, 1) and date_cell.number_format == "dd/mm/yyyy"
    money = ws.cell(first, headers.index("Giá trị làm lợi (đồng)") + 1)
    assert money.value == 1_250_000_000 and money.number_format == "#,##0"
    assert ws.cell(first, 4).value == "Phạm Thu Trang (33,34%); Đỗ Minh Đức (33,33%); Lê Văn Tâm (33,33%)"
    assert ws.cell(first, 6).value == "Tỉnh Đồng Nai (trước 7/2025)"
    assert ws.cell(first, 8).value == "Giải pháp kỹ thuật"
    assert ws.cell(first, 15).value == "Đã nộp Hội đồng"
    assert ws.cell(first, 17).value == 1 and len(ws.cell(first, 18).value) == 36


def test_the_filter_decides_what_is_exported(db, tmp_path):
    _store(db, sample_dossiers())
    out = tmp_path / "f.xlsx"
    with db.session() as s:
        count = export_dossier_list(s, out, CAMPAIGNS, DossierQuery(search="so tay", sort=SortKey.CODE))
    assert count == 1
    ws = load_workbook(out).active
    h = _header_row(ws)
    assert ws.cell(h + 1, 3).value == "Sổ tay điện tử công đoàn" and ws.cell(h + 2, 3).value is None
    assert "tìm “so tay”" in ws["A3"].value


SHEET_FIELDS = (
    "code", "title", "unit_name", "province_code", "campaign_id", "solution_type", "target_group",
    "field_of_application", "first_applied_on", "benefit_author_vnd", "benefit_author_social",
    "description_solution", "status", "notes",
)  # fmt: skip


def _comparable(d: Dossier) -> dict:
    data = {f: getattr(d, f) for f in SHEET_FIELDS}
    data["authors"] = [(a.full_name, a.share_percent) for a in d.authors]
    return data


def test_round_trip_export_then_import_gives_the_same_dossiers(db, tmp_path):
    _store(db, sample_dossiers())
    out = tmp_path / "rt.xlsx"
    with db.session() as s:
        export_dossier_list(s, out, CAMPAIGNS)
        ids = [r.id for r in list_dossiers(s, DossierQuery(sort=SortKey.CODE, descending=False), limit=None)]
        before = [_comparable(d) for d in sheet_dossiers(s, ids)]
    other = open_database(None)
    try:
        with unit_of_work.session(other) as s:
            report = import_xlsx(s, out, CAMPAIGNS)
            assert report.created == 3
        with other.session() as s:
            ids = [r.id for r in list_dossiers(s, DossierQuery(sort=SortKey.CODE, descending=False), limit=None)]
            after = [_comparable(d) for d in sheet_dossiers(s, ids)]
            # Searching works on imported dossiers (the index was filled).
            assert [r.title for r in list_dossiers(s, DossierQuery(search="dong goi"))] == [
                "Cải tiến quy trình đóng gói"
            ]
    finally:
        other.close()
    assert after == before
    assert before[0]["authors"][0] == ("Phạm Thu Trang", Decimal("33.34"))


def test_summary_table(tmp_path):
    table = SummaryTable(
        unit=UnitProfile(unit_name="Liên đoàn Lao động huyện Gio Linh"),
        campaign_name="Chương trình “01 triệu sáng kiến”",
        letter_number="15/TTr-LĐLĐ",
        letter_date=dt.date(2022, 5, 20),
        rows=[
            SummaryRow(
                title="Máy bóc vỏ lạc",
                authors=[Author(full_name="Lê Văn Nam", share_percent=Decimal(100))],
                unit_name="CĐCS Hợp tác xã Gio An",
                solution_type="Giải pháp kỹ thuật",
                first_applied_on=dt.date(2021, 10, 1),
                benefit_vnd=120_000_000,
                decision_number="12/QĐ-HĐSK",
                decision_date=dt.date(2022, 3, 22),
                decision_body="Hội đồng sáng kiến HTX",
            ),
            SummaryRow(title="Sổ tay an toàn", benefit_social="Giảm tai nạn"),
        ],
    )
    out = tmp_path / "bth.xlsx"
    write_summary_table(out, table)
    ws = load_workbook(out).active
    assert ws["A2"].value == "BẢNG TỔNG HỢP TÓM TẮT SÁNG KIẾN"
    assert "15/TTr-LĐLĐ ngày 20/05/2022" in ws["A4"].value
    h = _header_row(ws)
    assert ws.freeze_panes == f"C{h + 1}"
    assert ws.cell(h + 1, 2).value == "Máy bóc vỏ lạc"
    assert ws.cell(h + 1, 3).value == "Lê Văn Nam (100%)"
    assert ws.cell(h + 1, 8).number_format == "dd/mm/yyyy"
    assert ws.cell(h + 1, 10).value == 120_000_000 and ws.cell(h + 1, 10).number_format == "#,##0"
    assert ws.cell(h + 1, 12).value == "Số 12/QĐ-HĐSK, ngày 22/03/2022, Hội đồng sáng kiến HTX"
    total = h + 3
    assert ws.cell(total, 2).value == "Tổng cộng: 2 sáng kiến"
    assert ws.cell(total, 10).value == 120_000_000 and ws.cell(total, 10).font.b
    assert ws.column_dimensions["I"].width == 60
    assert ws.page_setup.orientation == "landscape"


def test_progress_table(tmp_path):
    report = TargetReport(
        unit=UnitProfile(unit_name="Công đoàn Viên chức tỉnh"),
        campaign_name="01 triệu sáng kiến",
        phase_names=["Giai đoạn 1", "Giai đoạn 2"],
        rows=[
            UnitAchievement("CĐCS Sở Y tế", [PhaseAchievement(20, 25), PhaseAchievement(30, 12)]),
            UnitAchievement("CĐCS Sở Giáo dục", [PhaseAchievement(0, 3), PhaseAchievement(10, 0)]),
        ],
        as_of=dt.date(2022, 12, 31),
    )
    out = tmp_path / "ct.xlsx"
    write_achievement_table(out, report)
    ws = load_workbook(out).active
    assert "31/12/2022" in ws["A4"].value
    h = _header_row(ws)
    assert [ws.cell(h, c).value for c in (3, 6, 9)] == ["Giai đoạn 1", "Giai đoạn 2", "Cả chương trình"]
    assert [ws.cell(h + 1, c).value for c in (3, 4, 5)] == ["Chỉ tiêu", "Đạt", "Tỷ lệ"]
    assert f"C{h}:E{h}" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.freeze_panes == f"C{h + 2}"
    yte = [ws.cell(h + 2, c).value for c in range(2, 12)]
    assert yte[:3] == ["CĐCS Sở Y tế", 20, 25]
    assert yte[3] == pytest.approx(1.25) and ws.cell(h + 2, 5).number_format == "0.0%"
    assert yte[7:10] == [50, 37, pytest.approx(0.74)]
    assert ws.cell(h + 3, 5).value is None  # no target: no percentage rather than a division by 0
    totals = [ws.cell(h + 4, c).value for c in range(2, 12)]
    assert totals[0] == "Tổng cộng" and totals[1:3] == [20, 28] and totals[7:9] == [60, 40]


def test_export_is_atomic(db, tmp_path, monkeypatch):
    """A failure while writing leaves the previous file as it was, and no stray temp file."""
    _store(db, sample_dossiers())
    out = tmp_path / "ds.xlsx"
    out.write_bytes(b"previous")
    from sangkien_desktop.exchange import xlsx_export

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(xlsx_export, "dossier_values", broken)
    with db.session() as s, pytest.raises(OSError):
        export_dossier_list(s, out, CAMPAIGNS)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["ds.xlsx"]
