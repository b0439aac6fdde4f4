"""`sangkien doc` from a decision (quyết định, certificates, minutes) and a blank score sheet
from a dossier, on a council, meeting and decision made through the services."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from sangkien_desktop.cli import main
from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.fixture
def data(tmp_path):
    """A unit with a council, a meeting on two dossiers, decision 1/QĐ-CĐCS from that
    meeting, decision 2/QĐ-CĐCS without one, and a dossier no council has seen."""
    app = open_app_data(tmp_path / "d")
    with app.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        good, weak = make_dossiers(s)
        meeting = make_meeting(s, council, [good, weak])
        first = decisions.issue_decision(s, Decision(
            date=dt.date(2022, 3, 22), meeting_uuid=meeting.uuid,
            items=[DecisionItem(good.uuid, Outcome.RECOGNISED),
                   DecisionItem(weak.uuid, Outcome.REJECTED, reason="Chưa có số liệu hiệu quả.")]))
        lone = save_dossier(s, Dossier(title="Giá treo cuộn vải di động",
                                       authors=[Author(full_name="Tạ Văn Lực")]))
        second = decisions.issue_decision(s, Decision(
            date=dt.date(2022, 4, 5), items=[DecisionItem(lone.uuid, Outcome.RECOGNISED)]))
        unseen = save_dossier(s, Dossier(title="Sổ tay an toàn bằng hình ảnh"))
        s.commit()
        ids = {"first": first.uuid, "second": second.uuid, "first_no": first.number_text,
               "second_no": second.number_text, "good": good.uuid, "unseen": unseen.code}
    app.close()
    return tmp_path, ids


def run(tmp_path, *args) -> int:
    return main(["--data-dir", str(tmp_path / "d"), "doc", *args])


def test_decision_by_its_number_text(data, capsys):
    tmp_path, ids = data
    assert ids["first_no"] == "01/QĐ-CĐCS"
    out = tmp_path / "qd.pdf"
    assert run(tmp_path, "quyet-dinh", "--decision", "1/QĐ-CĐCS", "--out", str(out)) == 0
    text = _text(out)
    assert "QUYẾT ĐỊNH" in text and "Số: 01/QĐ-CĐCS" in text
    assert "Thu hồi nhiệt nước thải nhuộm" in text
    assert "Bảng theo dõi ca máy" not in text  # rejected: not in the annex
    docx = tmp_path / "qd.docx"
    assert run(tmp_path, "quyet-dinh", "--decision", ids["first"], "--format", "docx",
               "--out", str(docx)) == 0
    assert docx.read_bytes()[:2] == b"PK"


def test_all_certificates_of_a_decision_in_one_file(data):
    tmp_path, ids = data
    out = tmp_path / "gcn.pdf"
    assert run(tmp_path, "giay-chung-nhan", "--decision", ids["first"], "--out", str(out)) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 2  # one per author of the recognised dossier
    names = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert "Kiều Thị Mai Phương" in names[0] and "Châu Ngọc Sơn" in names[1]
    assert all("GIẤY CHỨNG NHẬN" in n for n in names)


def test_minutes_of_the_decisions_meeting_and_refused_without_one(data, capsys):
    tmp_path, ids = data
    out = tmp_path / "bb.pdf"
    assert run(tmp_path, "bien-ban", "--decision", ids["first_no"], "--out", str(out)) == 0
    text = _text(out)
    assert "BIÊN BẢN" in text and "02/BB-HĐSK" in text and "Quách Văn Toàn" in text
    capsys.readouterr()
    lone = tmp_path / "none.pdf"
    assert run(tmp_path, "bien-ban", "--decision", ids["second_no"], "--out", str(lone)) == 2
    err = capsys.readouterr().err
    assert "không gắn với cuộc họp Hội đồng sáng kiến nào" in err and "02/QĐ-CĐCS" in err
    assert not lone.exists()


def test_blank_score_sheet_from_a_dossier(data):
    tmp_path, ids = data
    out = tmp_path / "phieu.pdf"
    assert run(tmp_path, "phieu-danh-gia", "--dossier", ids["unseen"], "--out", str(out)) == 0
    text = _text(out)
    assert "PHIẾU ĐÁNH GIÁ" in text and "Sổ tay an toàn bằng hình ảnh" in text
    # The latest council's rubric, with its name in the header.
    assert "Tính mới" in text and "Hội đồng sáng kiến" in text


def test_wrong_source_unknown_decision_and_nominations(data, capsys):
    tmp_path, ids = data
    out = tmp_path / "x.pdf"
    assert run(tmp_path, "quyet-dinh", "--dossier", ids["unseen"], "--out", str(out)) == 2
    assert "Làm được: don-yeu-cau, bao-cao-mo-ta, phieu-danh-gia" in capsys.readouterr().err
    assert run(tmp_path, "don-yeu-cau", "--decision", ids["first"], "--out", str(out)) == 2
    assert "Làm được: quyet-dinh, giay-chung-nhan, giay-xac-nhan, thong-bao-khong-cong-nhan, bien-ban" in capsys.readouterr().err
    assert run(tmp_path, "quyet-dinh", "--decision", "9/QĐ-CĐCS", "--out", str(out)) == 2
    assert "Không tìm thấy quyết định “9/QĐ-CĐCS”" in capsys.readouterr().err
    assert run(tmp_path, "to-trinh", "--nomination", "abc", "--out", str(out)) == 2
    assert "Không tìm thấy đợt đề nghị “abc”" in capsys.readouterr().err
    assert not out.exists()
