"""Importing dossiers from a sheet: real-world layouts and values, every kind of problem in
the dry run (row, column, how to fix), and all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Author, Dossier, Status
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.exchange.xlsx_import import parse_authors, split_authors
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    SortKey,
    count_dossiers,
    list_dossiers,
)
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import spreadsheets as sp
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import LATEST_VERSION

CAMPAIGNS = load_campaigns()
TODAY = dt.date(2025, 6, 1)
HEADERS = ["TT", "Tên sáng kiến *", "Tác giả / đồng tác giả", "Đơn vị công tác", "Tỉnh",
           "Chương trình", "Loại giải pháp", "Đối tượng", "Ngày áp dụng", "Giá trị làm lợi (VNĐ)",
           "Cột riêng của đơn vị"]  # fmt: skip


def real_world_sheet(path, rows, *, headers=HEADERS):
    """Like the sheets officers make: a merged organisation line and title above the header,
    an empty line, then the table."""
    wb = Workbook()
    ws = wb.active
    ws.title = "DS sáng kiến 2022"
    ws["A1"] = "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ"
    ws.merge_cells("A1:E1")
    ws["A2"] = "DANH SÁCH SÁNG KIẾN NĂM 2022"
    ws.merge_cells("A2:K2")
    ws.append([])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _row(title="Máy bóc vỏ lạc", authors="Lê Văn Nam (60%); Hồ Thị Lan (40%)", **kw):
    values = {
        "stt": 1, "title": title, "authors": authors, "unit": "CĐCS HTX Gio An", "province": "Quảng Trị",
        "campaign": "01 triệu sáng kiến", "kind": "Giải pháp kỹ thuật", "group": "Cán bộ công đoàn",
        "date": "15/09/2022", "money": "120.000.000", "extra": "x",
    }  # fmt: skip
    values.update(kw)
    return list(values.values())


def _dry(db, path):
    with db.session() as s:
        return sp.dry_run(s, path, CAMPAIGNS, today=TODAY)


def test_merged_title_rows_text_dates_and_money_formats(db, tmp_path):
    rows = [
        _row("A", date="15/09/2022", money="120.000.000"),
        _row("B", date="5/9/22", money="120,000,000 đ"),
        _row("C", date=dt.datetime(2022, 9, 5), money="120000000"),
        _row("D", date=44809, money=120000000),  # an Excel serial number: 05/09/2022
        _row("E", date="2022-09-05", money=120000000.0, authors="Trương Văn Ánh"),
        _row("F", date=None, money=None, province="TP. Hồ Chí Minh", authors="An, Bình 50,5 %, Chi 49,5%"),
    ]
    path = real_world_sheet(tmp_path / "s.xlsx", rows)
    report = _dry(db, path)
    assert (report.sheet_name, report.header_row) == ("DS sáng kiến 2022", 4)
    assert [p.code for p in report.errors] == ["share_missing"]  # only An has no share
    by_title = {r.dossier.title: r.dossier for r in report.rows}
    for title in "ABCD":
        assert by_title[title].first_applied_on == (dt.date(2022, 9, 15) if title == "A" else dt.date(2022, 9, 5))
        assert by_title[title].benefit_author_vnd == 120_000_000
    assert by_title["E"].authors == [Author(full_name="Trương Văn Ánh", share_percent=Decimal(100))]
    a = by_title["A"]
    assert [(x.full_name, x.share_percent) for x in a.authors] == [
        ("Lê Văn Nam", Decimal(60)), ("Hồ Thị Lan", Decimal(40))
    ]
    assert a.province_code == "provinces-2025/quang-tri"
    assert (a.campaign_id, a.solution_type, a.target_group) == (
        "mot-trieu-sang-kien-2021-2023", "ky_thuat", "can_bo_cong_doan"
    )
    assert a.unit_name == "CĐCS HTX Gio An" and a.status is Status.DRAFT
    assert by_title["F"].province_code == "provinces-2025/ho-chi-minh"
    assert by_title["F"].first_applied_on is None and by_title["F"].benefit_author_vnd is None
    # The unknown column is named, as a note that does not stop the import.
    notes = [p for p in report.problems if p.code == "xlsx_unknown_column"]
    assert len(notes) == 1 and "K “Cột riêng của đơn vị”" in notes[0].text and notes[0].severity == "warning"


def test_each_kind_of_problem_is_reported_with_row_column_and_fix(db, tmp_path):
    with db.session() as s:
        save_dossier(s, Dossier(title="Đèn báo an toàn", authors=[Author(full_name="Phan Văn Hải", share_percent=Decimal(100))]))
        s.commit()
    rows = [
        _row("Đúng hết"),                                        # row 5
        _row("Ngày sai", date="31/02/2022"),                     # row 6
        _row("Tỉnh lạ", province="Tỉnh Xứ Mơ"),                  # row 7
        _row("Tỷ lệ sai", authors="Lê Nam (60%); Hồ Lan (30%)"),  # row 8
        _row("ĐÈN BÁO AN TOÀN", authors="phan van hai"),         # row 9: already stored
        _row("Đúng hết"),                                        # row 10: same as row 5
        _row("Loại lạ", kind="Giải pháp bay"),                   # row 11
        _row("Tiền sai", money="mười hai triệu"),                # row 12
        _row("", authors=""),                                    # row 13
        _row("Ngày chữ", date="tháng 9"),                        # row 14
        _row("Tương lai", date="01/01/2030"),                    # row 15: a warning only
    ]  # fmt: skip
    report = _dry(db, real_world_sheet(tmp_path / "bad.xlsx", rows))
    found = {(p.row, p.column, p.code) for p in report.all_problems() if p.row}
    assert found == {
        (6, "I", "date_invalid"),
        (7, "E", "province_unknown"),
        (8, "C", "shares_total"),
        (9, "B", "duplicate_existing"),
        (10, "B", "duplicate_in_file"),
        (11, "G", "kind_unknown"),
        (12, "J", "money_format"),
        (13, "B", "title_missing"),
        (13, "C", "authors_missing"),
        (14, "I", "date_format"),
        (15, "I", "date_future"),
    }
    texts = {p.code: p.text for p in report.all_problems()}
    assert texts["date_invalid"].startswith("Dòng 6, cột I (Ngày áp dụng): ")
    assert "31/02/2022" in texts["date_invalid"]
    assert "Quảng Trị" in texts["province_unknown"]  # says what a right value looks like
    assert "90%" in texts["shares_total"] and "100" in texts["shares_total"]
    assert "dòng 5" in texts["duplicate_in_file"]
    assert "Giải pháp quản lý" in texts["kind_unknown"]  # lists the choices
    assert "120.000.000" in texts["money_format"]
    assert [r.ok for r in report.rows] == [True, False, False, False, False, False, False, False, False, False, True]
    with pytest.raises(sp.ImportRefusedError) as refused, unit_of_work.session(db) as s:
        sp.import_xlsx(s, tmp_path / "bad.xlsx", CAMPAIGNS, today=TODAY)
    assert len(refused.value.report.errors) == 10
    with db.session() as s:
        assert count_dossiers(s, DossierQuery()) == 1  # nothing was written


def test_all_or_nothing_when_storing_fails_half_way(db, tmp_path, monkeypatch):
    path = real_world_sheet(tmp_path / "ok.xlsx", [_row(f"Sáng kiến {i}") for i in range(5)])
    real_insert = sp.insert_dossiers

    def failing(session, dossiers, **kw):
        real_insert(session, list(dossiers)[:3], batch=1)
        raise OSError("ổ đĩa đầy")

    monkeypatch.setattr(sp, "insert_dossiers", failing)
    with pytest.raises(OSError), unit_of_work.session(db) as s:
        sp.import_xlsx(s, path, CAMPAIGNS, today=TODAY)
    with db.session() as s:
        assert count_dossiers(s, DossierQuery()) == 0
        assert list_dossiers(s, DossierQuery(search="sang kien")) == []
    monkeypatch.setattr(sp, "insert_dossiers", real_insert)
    with unit_of_work.session(db) as s:
        assert sp.import_xlsx(s, path, CAMPAIGNS, today=TODAY).created == 5
    with db.session() as s:
        rows = list_dossiers(s, DossierQuery(sort=SortKey.CODE, descending=False))
        assert [r.title for r in rows] == [f"Sáng kiến {i}" for i in range(5)]
        assert rows[0].lead_author_name == "Lê Văn Nam"


def test_old_province_names_and_codes(db, tmp_path):
    rows = [
        _row("Cũ", province="Quảng Bình"),  # only in the list before 7/2025
        _row("Cũ có ghi chú", province="Thành phố Hà Nội (trước 7/2025)"),
        _row("Mới", province="Hà Nội"),
    ]
    report = _dry(db, real_world_sheet(tmp_path / "p.xlsx", rows))
    assert not report.has_errors
    assert [r.dossier.province_code for r in report.rows] == [
        "provinces-1997/quang-binh", "provinces-1997/ha-noi", "provinces-2025/ha-noi"
    ]


def test_kind_must_belong_to_the_named_campaign(db, tmp_path):
    # That campaign has no target groups either: leave the group empty.
    rows = [_row("Covid", campaign="75 nghìn sáng kiến", kind="Giải pháp trong phòng chống Covid-19", group=None)]
    report = _dry(db, real_world_sheet(tmp_path / "k.xlsx", rows))
    [problem] = report.errors
    assert problem.code == "kind_unknown" and "75 nghìn sáng kiến" in problem.text


def test_template_example_is_skipped_and_a_filled_template_imports(db, tmp_path):
    path = sp.save_template(tmp_path / "mau.xlsx", CAMPAIGNS)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Hồ sơ", "Hướng dẫn", "Danh mục"]
    ws = wb["Hồ sơ"]
    assert ws["A5"].value == "Ví dụ" and ws.freeze_panes == "D5"
    validations = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert set(validations) == {"F6", "G6", "H6", "I6", "O6"}
    assert validations["H6"].startswith("='Danh mục'!$A$2")
    guide = wb["Hướng dẫn"]
    assert any("Tổng tỷ lệ phải đúng 100" in str(c.value) for row in guide.iter_rows() for c in row)
    report = _dry(db, path)
    assert report.rows == [] and [p.code for p in report.problems] == ["xlsx_empty"]
    # The officer fills one row under the example and imports it.
    for col, value in enumerate(["1", "", "Sổ tay số", "Nguyễn Văn An"], start=1):
        ws.cell(6, col, value)
    ws.cell(6, 11, "03/04/2023")
    wb.save(path)
    with unit_of_work.session(db) as s:
        report = sp.import_xlsx(s, path, CAMPAIGNS, today=TODAY)
    assert report.created == 1
    with db.session() as s:
        [row] = list_dossiers(s, DossierQuery())
        assert (row.title, row.lead_author_name, row.first_applied_on) == ("Sổ tay số", "Nguyễn Văn An", dt.date(2023, 4, 3))


def test_a_sheet_without_the_needed_headers_or_not_xlsx(db, tmp_path):
    path = real_world_sheet(tmp_path / "h.xlsx", [_row()], headers=["STT", "Tên sáng kiến", "Đơn vị"])
    report = _dry(db, path)
    assert [p.code for p in report.errors] == ["xlsx_missing_column"]
    assert "Tác giả (tỷ lệ đóng góp %)" in report.errors[0].text
    wb = Workbook()
    wb.active.append(["Họ tên", "Lương"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(DataFileError, match="dòng tiêu đề"):
        _dry(db, tmp_path / "other.xlsx")
    (tmp_path / "fake.xlsx").write_text("không phải Excel")
    with pytest.raises(DataFileError, match="lưu lại dưới dạng .xlsx"):
        _dry(db, tmp_path / "fake.xlsx")
    with pytest.raises(DataFileError, match=".xls"):
        _dry(db, tmp_path / "old.xls")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn An (60%); Trần Thị Bình (40%)", [("Nguyễn Văn An", "60"), ("Trần Thị Bình", "40")]),
        ("1. Nguyễn An - 33,34%\n2. Lê Bình: 33,33\n3. Hồ Chi 33.33 %", [("Nguyễn An", "33.34"), ("Lê Bình", "33.33"), ("Hồ Chi", "33.33")]),
        ("An (50), Bình (50)", [("An", "50"), ("Bình", "50")]),
        ("Một Mình", [("Một Mình", "100")]),
    ],
)  # fmt: skip
def test_authors_cell(text, expected):
    authors, problems = parse_authors(text)
    assert problems == []
    assert [(a.full_name, a.share_percent) for a in authors] == [(n, Decimal(s)) for n, s in expected]


def test_authors_cell_problems():
    assert split_authors("A (33,5%), B") == ["A (33,5%)", "B"]
    assert [c for c, _m in parse_authors("A (60%); B")[1]] == ["share_missing"]
    assert [c for c, _m in parse_authors("A (160%)")[1]] == ["share_range"]
    assert [c for c, _m in parse_authors("A (50%); B (49%)")[1]] == ["shares_total"]


def test_cli_import_export_and_template(tmp_path, capsys):
    data = str(tmp_path / "d")
    sheet = real_world_sheet(tmp_path / "s.xlsx", [_row("Một"), _row("Hai", date="32/1/2022")])
    assert main(["--data-dir", data, "import-xlsx", str(sheet), "--dry-run", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is False and [r["ok"] for r in out["rows"]] == [True, False]
    assert out["rows"][1]["problems"][0]["message"].startswith("Dòng 6, cột I")
    assert main(["--data-dir", data, "import-xlsx", str(sheet)]) == 1
    assert "chưa nhập hồ sơ nào" in capsys.readouterr().err
    sheet = real_world_sheet(tmp_path / "s2.xlsx", [_row("Một"), _row("Hai")])
    assert main(["--data-dir", data, "import-xlsx", str(sheet), "--dry-run"]) == 0
    assert "sẽ tạo 2 hồ sơ" in capsys.readouterr().out
    assert main(["--data-dir", data, "import-xlsx", str(sheet)]) == 0
    assert "Đã nhập 2 hồ sơ" in capsys.readouterr().out
    assert main(["--data-dir", data, "export-xlsx", "--out", str(tmp_path / "e.xlsx"), "--search", "hai"]) == 0
    assert "Đã xuất 1 hồ sơ" in capsys.readouterr().out
    assert main(["--data-dir", data, "xlsx-template", "--out", str(tmp_path / "t.xlsx")]) == 0
    assert "Đã lưu mẫu" in capsys.readouterr().out
    assert load_workbook(tmp_path / "t.xlsx").sheetnames[0] == "Hồ sơ"
    # Importing the same sheet again: every row is now a duplicate.
    assert main(["--data-dir", data, "import-xlsx", str(sheet), "--json"]) == 1
    codes = [p["code"] for r in json.loads(capsys.readouterr().out)["rows"] for p in r["problems"]]
    assert codes == ["duplicate_existing", "duplicate_existing"]


def test_cli_dry_run_without_the_orm_finds_what_the_service_finds(tmp_path, capsys):
    """The command line's dry run reads a current database through plain sqlite3; an older
    one is upgraded first, through the usual path."""
    data = tmp_path / "d"
    sheet = real_world_sheet(tmp_path / "s.xlsx", [_row("Một"), _row("Hai"), _row("Ba")])
    assert main(["--data-dir", str(data), "import-xlsx", str(tmp_path / "s.xlsx")]) == 0
    sheet = real_world_sheet(tmp_path / "s2.xlsx", [_row("Hai"), _row("Bốn")])
    capsys.readouterr()
    assert main(["--data-dir", str(data), "import-xlsx", str(sheet), "--dry-run", "--json"]) == 1
    light = json.loads(capsys.readouterr().out)
    db = open_database(data / "sangkien.sqlite3")
    with db.session() as session:
        report = sp.dry_run(session, sheet, load_campaigns(data / "campaigns"))
    db.close()
    assert [[p.code for p in r.problems] for r in report.rows] == [
        [p["code"] for p in r["problems"]] for r in light["rows"]] == [["duplicate_existing"], []]
    conn = sqlite3.connect(data / "sangkien.sqlite3")
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    assert main(["--data-dir", str(data), "import-xlsx", str(sheet), "--dry-run", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["rows"] == light["rows"]
    conn = sqlite3.connect(data / "sangkien.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()


def test_both_spellings_of_ki_and_amounts_in_words_are_read(db, tmp_path):
    """Issue 18: "kĩ thuật" was refused (the program writes "kỹ thuật") and "12 triệu" unread."""
    rows = [
        _row("A", kind="Giải pháp kĩ thuật", money="12 triệu"),
        _row("B", kind="giải pháp KỸ THUẬT", money="1,5 tỷ đồng"),
        _row("C", kind="Giải pháp quản lí", money="500 nghìn"),
    ]
    report = _dry(db, real_world_sheet(tmp_path / "s.xlsx", rows))
    assert report.errors == []
    by_title = {r.dossier.title: r.dossier for r in report.rows}
    assert [by_title[t].solution_type for t in "ABC"] == ["ky_thuat", "ky_thuat", "quan_ly"]
    assert [by_title[t].benefit_author_vnd for t in "ABC"] == [12_000_000, 1_500_000_000, 500_000]
