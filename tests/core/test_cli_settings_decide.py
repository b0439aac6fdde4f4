"""The command line reaches what the window does for papers: the unit profile (`settings`),
a decision from a meeting's results (`decide`), and every `doc` kind with its documented
selector, on demo data."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from sangkien_desktop.cli import main
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT


def run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_settings_are_shown_and_set_key_by_key(tmp_path, capsys):
    d = tmp_path / "d"
    assert run(d, "settings", "--set", "unit.name=Công đoàn cơ sở Công ty CP May Việt Tiến",
               "--set", "unit.place=Nam Định", "--set", "unit.province=ninh-binh",
               "--set", "employer.head_title=Giám đốc", "--set", "application.addressee=council",
               "--set", "recipients=Như trên;|LĐLĐ tỉnh (để b/c);|Lưu: VT.") == 0
    capsys.readouterr()
    assert run(d, "settings", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["unit.name"] == "Công đoàn cơ sở Công ty CP May Việt Tiến"
    assert shown["unit.province"] == "provinces-2025/ninh-binh"
    assert shown["recipients"] == ["Như trên;", "LĐLĐ tỉnh (để b/c);", "Lưu: VT."]
    assert (shown["employer.head_title"], shown["application.addressee"]) == ("Giám đốc", "council")
    # A wrong key or value is refused, and nothing of that command is saved.
    assert run(d, "settings", "--set", "unit.place=Huế", "--set", "unit.level=xã") == 2
    assert "Cấp “xã” không có" in capsys.readouterr().err
    assert run(d, "settings", "--set", "unit.nam=X") == 2
    assert "các khóa: unit.parent" in capsys.readouterr().err.lower()
    assert run(d, "settings", "--json") == 0
    assert json.loads(capsys.readouterr().out)["unit.place"] == "Nam Định"


@pytest.fixture
def meeting(tmp_path):
    app = open_app_data(tmp_path / "d")
    with app.db.session() as s:
        save_unit_profile(s, UNIT)
        dossiers = make_dossiers(s)
        meeting = make_meeting(s, make_council(s), dossiers)
        s.commit()
    app.close()
    return tmp_path / "d", meeting.uuid, dossiers


def test_decide_issues_the_decision_the_meeting_proposed(meeting, capsys):
    d, uuid, (good, weak) = meeting
    assert run(d, "decide", "--meeting", uuid[:8], "--date", "22/03/2022", "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"công nhận        {good.code} “{good.title}”" in out
    assert f"không công nhận  {weak.code} “{weak.title}” — lý do: Hội đồng sáng kiến đánh giá 43,75 điểm" in out
    app = open_app_data(d)
    with app.db.session() as s:
        assert decisions.list_decisions(s) == []  # a dry run decides nothing
    app.close()
    assert run(d, "decide", "--meeting", uuid, "--date", "22/03/2022", "--number", "4",
               "--reject", f"{weak.code}=Chưa có số liệu hiệu quả sau khi áp dụng thử.") == 0
    assert "Đã ra quyết định số 04/QĐ-CĐCS ngày 22/03/2022: công nhận 1, không công nhận 1" in \
        capsys.readouterr().out
    out_dir = d.parent
    assert run(d, "doc", "thong-bao-khong-cong-nhan", "--decision", "04/QĐ-CĐCS", "--number", "1",
               "--out", str(out_dir / "tb.pdf")) == 0
    text = _text(out_dir / "tb.pdf")
    assert "Số: 01/TB-CĐCS" in text and "Chưa có số liệu hiệu quả sau khi áp dụng thử." in text
    # The meeting's dossiers are decided now: a second decision has nothing left to decide.
    assert run(d, "decide", "--meeting", uuid, "--date", "23/03/2022") == 2
    assert "chưa có sáng kiến nào" in capsys.readouterr().err.lower()


def test_decide_refuses_a_head_without_a_title_and_a_reject_without_a_reason(meeting, capsys):
    d, uuid, (_good, weak) = meeting
    assert run(d, "decide", "--meeting", uuid, "--date", "22/03/2022", "--authority", "head") == 2
    assert "chức danh thủ trưởng" in capsys.readouterr().err
    assert run(d, "decide", "--meeting", uuid, "--date", "22/03/2022", "--reject", weak.code) == 2
    assert "MÃ_HỒ_SƠ=LÝ_DO" in capsys.readouterr().err
    assert run(d, "decide", "--meeting", uuid, "--date", "22/03/2022", "--authority", "head",
               "--authority-text", "Giám đốc Công ty TNHH Dệt nhuộm Sông Lam") == 0
    out = capsys.readouterr().out
    assert "01/QĐ-CTDNSL" in out  # the head's own register and symbol


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    d = tmp_path_factory.mktemp("demo") / "d"
    assert main(["--data-dir", str(d), "demo", "--count", "40", "--seed", "3"]) == 0
    # Papers are refused until the unit is named (tests/core/test_first_run.py).
    assert main(["--data-dir", str(d), "settings", "--set", "unit.name=Công đoàn cơ sở mẫu",
                 "--set", "unit.place=Quảng Trị"]) == 0
    return d


def _listed(capsys, d, *args) -> list[str]:
    capsys.readouterr()
    assert run(d, *args) == 0
    return [line for line in capsys.readouterr().out.splitlines() if line and not line.startswith("—")]


def test_every_doc_kind_works_with_its_documented_selector_on_demo_data(demo, tmp_path, capsys):
    d = demo
    # A code that names one dossier (the demo also makes corrections: two versions, one code).
    dossier = next(r["code"] for r in json.loads("\n".join(_listed(capsys, d, "list", "--json")))
                   if r["version"] == 1 and not r["superseded"])
    found = json.loads("\n".join(_listed(capsys, d, "decisions", "--json")))
    recognising = next(x for x in found if x["recognised"])
    rejecting = next(x for x in found if x["rejected"])
    nomination = _listed(capsys, d, "nominations")[0].split()[0]
    campaign = "mot-trieu-sang-kien-2021-2023"
    unit = json.loads("\n".join(_listed(capsys, d, "targets", "--campaign", campaign, "--json")))["units"][0]["unit_name"]
    jobs = [
        *[(kind, "--dossier", dossier) for kind in ("don-yeu-cau", "bao-cao-mo-ta", "phieu-danh-gia")],
        # The decision by the number the list prints, with its year, and by its short id.
        ("quyet-dinh", "--decision", f"{recognising['number']}/{recognising['date'][:4]}"),
        ("giay-chung-nhan", "--decision", recognising["uuid"][:8]),
        ("bien-ban", "--decision", recognising["uuid"]),
        ("bien-ban", "--meeting", recognising["meeting_uuid"][:8]),
        ("thong-bao-khong-cong-nhan", "--decision", rejecting["uuid"][:8]),
        ("to-trinh", "--nomination", nomination),
        ("bang-tong-hop", "--nomination", nomination),
        ("bao-cao-chi-tieu", "--campaign", campaign),
        ("tom-tat-don-vi", "--campaign", campaign, "--unit", unit),
    ]
    for n, (kind, *selector) in enumerate(jobs):
        for fmt in ("pdf", "docx"):
            out = tmp_path / f"{n}-{kind}.{fmt}"
            assert run(d, "doc", kind, *selector, "--format", fmt, "--out", str(out)) == 0, \
                (kind, selector, capsys.readouterr().err)
            assert out.stat().st_size > 1000
