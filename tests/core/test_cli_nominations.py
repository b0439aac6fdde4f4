"""`sangkien nominations`, `bundle`, `targets`, `doc --nomination|--campaign` and the demo's
targets and nominations."""

from __future__ import annotations

import json
import zipfile

from openpyxl import load_workbook
from pypdf import PdfReader

from sangkien_desktop.cli import main
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.demo.demo_nominations import create_demo_nominations
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.nominating import nominations as noms
from tests.core.nomination_support import recognised_dossiers
from tests.core.test_validation_support import MOT_TRIEU


def _seed(data_dir) -> tuple[str, list[str]]:
    app = open_app_data(data_dir)
    with app.db.session() as s:
        dossiers = recognised_dossiers(s, 2, unit_name="Công ty A")
        n = noms.save_nomination(s, noms.Nomination(
            campaign_id=MOT_TRIEU, to_unit="Ban Thường vụ LĐLĐ tỉnh Quảng Trị",
            items=[noms.NominationItem(d.uuid) for d in dossiers]), app.campaigns)
        s.commit()
    app.close()
    return n.uuid, [d.code for d in dossiers]


def test_nominations_list_with_dossier_ids(tmp_path, capsys):
    uuid, codes = _seed(tmp_path / "d")
    assert main(["--data-dir", str(tmp_path / "d"), "nominations", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["uuid"] == uuid and listed["status"] == "draft"
    assert [d["code"] for d in listed["dossiers"]] == codes
    assert main(["--data-dir", str(tmp_path / "d"), "nominations"]) == 0
    out = capsys.readouterr().out
    assert uuid[:8] in out and codes[0] in out and "— 1 đợt đề nghị" in out


def test_bundle_command_writes_folder_and_zip(tmp_path, capsys):
    uuid, codes = _seed(tmp_path / "d")
    out_dir = tmp_path / "out"
    assert main(["--data-dir", str(tmp_path / "d"), "bundle", "--nomination", uuid[:8],
                 "--out", str(out_dir), "--format", "both"]) == 0
    (zip_path,) = out_dir.glob("*.zip")
    with zipfile.ZipFile(zip_path) as z:
        names = z.namelist()
    assert len(names) == 2 * (2 + 3 * 2)  # letter, table, 3 papers per dossier; two formats
    assert "Đã tạo bộ hồ sơ" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "d"), "bundle", "--nomination", "khong-co",
                 "--out", str(out_dir)]) == 2


def test_doc_from_a_nomination_and_from_a_campaign(tmp_path, capsys):
    uuid, _ = _seed(tmp_path / "d")
    base = ["--data-dir", str(tmp_path / "d"), "doc"]
    table = tmp_path / "bang.pdf"
    assert main([*base, "bang-tong-hop", "--nomination", uuid, "--out", str(table)]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(table).pages)
    assert "BẢNG TỔNG HỢP TÓM TẮT SÁNG KIẾN" in text
    assert main([*base, "to-trinh", "--nomination", uuid, "--out", str(tmp_path / "tt.docx"),
                 "--format", "docx"]) == 0
    assert main([*base, "quyet-dinh", "--nomination", uuid, "--out", str(tmp_path / "x")]) == 2
    assert main(["--data-dir", str(tmp_path / "d"), "targets", "--campaign", MOT_TRIEU,
                 "--set", "Công ty A", "1", "5"]) == 0
    assert main([*base, "bao-cao-chi-tieu", "--campaign", MOT_TRIEU,
                 "--out", str(tmp_path / "bc.pdf")]) == 0
    assert main([*base, "tom-tat-don-vi", "--campaign", MOT_TRIEU, "--unit", "Công ty A",
                 "--out", str(tmp_path / "sheet.pdf")]) == 0
    sheet = " ".join(p.extract_text() for p in PdfReader(tmp_path / "sheet.pdf").pages)
    assert "Công ty A" in sheet
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "d"), "targets", "--campaign", MOT_TRIEU,
                 "--json"]) == 0
    progress = json.loads(capsys.readouterr().out)
    assert progress["units"][0]["targets"] == {"1": 5}
    assert progress["units"][0]["achieved"] == {"1": 2}


def test_demo_nominations_from_recognised_dossiers_and_none_without(db):
    s = db.session()
    assert create_demo_nominations(s) == (0, 0)  # nothing stored: nothing made, no error
    recognised_dossiers(s, 3, unit_name="Công ty A")
    cells, made = create_demo_nominations(s, seed=3)
    assert cells == 2 and made == 1
    (n,) = noms.list_nominations(s)
    assert len(n.items) == 3 and n.campaign_id == MOT_TRIEU
    assert noms.save_nomination(s, n, load_campaigns())  # it obeys the rules it was made by
    s.close()


def _sheet_values(path) -> list[list]:
    return [list(r) for r in load_workbook(path).active.iter_rows(values_only=True)]


def test_export_xlsx_of_a_nominations_summary_and_a_campaigns_progress(tmp_path, capsys):
    uuid, _codes = _seed(tmp_path / "d")
    base = ["--data-dir", str(tmp_path / "d"), "export-xlsx"]
    table = tmp_path / "bang-tong-hop.xlsx"
    assert main([*base, "--nomination", uuid[:8], "--out", str(table)]) == 0
    assert "Đã xuất bảng tổng hợp (2 sáng kiến)" in capsys.readouterr().out
    rows = _sheet_values(table)
    assert rows[1][0] == "BẢNG TỔNG HỢP TÓM TẮT SÁNG KIẾN"
    titles = [r[1] for r in rows if isinstance(r[0], int)]
    app = open_app_data(tmp_path / "d")
    with app.db.session() as s:
        expected = [get_dossier(s, u).title for u in noms.get_nomination(s, uuid).dossier_uuids]
    app.close()
    assert titles == expected  # the nomination's dossiers, in its order
    assert rows[-1][1] == "Tổng cộng: 2 sáng kiến"

    assert main(["--data-dir", str(tmp_path / "d"), "targets", "--campaign", MOT_TRIEU,
                 "--set", "Công ty A", "1", "5"]) == 0
    capsys.readouterr()
    progress = tmp_path / "tien-do.xlsx"
    assert main([*base, "--targets", MOT_TRIEU, "--out", str(progress)]) == 0
    assert "Đã xuất bảng tiến độ chỉ tiêu (1 đơn vị)" in capsys.readouterr().out
    rows = _sheet_values(progress)
    assert rows[1][0] == "KẾT QUẢ THỰC HIỆN CHỈ TIÊU SÁNG KIẾN"
    (unit,) = [r for r in rows if r[0] == 1]
    assert unit[1:5] == ["Công ty A", 5, 2, 0.4]  # phase 1: target 5, two recognised

    # Wrong requests are refused with exit code 2 and no file.
    assert main([*base, "--nomination", "khong-co", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert main([*base, "--targets", "khong-co", "--out", str(tmp_path / "y.xlsx")]) == 2
    assert main([*base, "--targets", MOT_TRIEU, "--search", "a",
                 "--out", str(tmp_path / "z.xlsx")]) == 2
    assert not list(tmp_path.glob("[xyz].xlsx"))
