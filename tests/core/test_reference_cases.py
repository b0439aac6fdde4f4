"""Reference files for the cases a provincial office sent back (issue 13): the normalised
word/document.xml and the PDF's text with its page count, compared with tests/reference/.

    SANGKIEN_REGENERATE_REFERENCES=1 .venv/bin/python -m pytest tests/core/test_reference_cases.py

regenerates them on purpose; review the diff before committing it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sangkien_desktop.documents import samples, write_document
from sangkien_desktop.domain.council import Authority, Decision, DecisionItem, Outcome
from sangkien_desktop.services import papers
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT
from tests.reference.helpers import compare_with_reference, document_xml, pdf_reference_text

DAY = dt.date(2022, 3, 22)
LONG_UNIT = dataclasses.replace(
    samples.unit(),
    parent_organisation="Công đoàn Tổng Công ty Nông nghiệp và Phát triển Nông thôn Bắc Trung Bộ",
    unit_name="Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Khai thác Công trình "
    "Thủy lợi Nam sông Mã và Phát triển Nông thôn bền vững tỉnh Thanh Hóa",
)


def _papers(s, decision_uuid: str, kind: str, number: int | None = None):
    (choice,) = [c for c in papers.choices_for_decision(s, decision_uuid) if c.kind == kind]
    if number is not None:
        papers.claim_number(s, choice, number)
    return papers.paper_data(s, choice)


def _decided(db, **fields) -> tuple:
    s = db.session()
    save_unit_profile(s, UNIT)
    dossiers = make_dossiers(s)
    meeting = make_meeting(s, make_council(s), dossiers)
    return s, meeting, dossiers


def rejection_only(db):
    """A meeting that recommends nothing, and the decision refusing both: the notices."""
    s, meeting, (first, second) = _decided(db)
    decision = decisions.issue_decision(s, Decision(
        date=DAY, meeting_uuid=meeting.uuid, number=3,
        items=[DecisionItem(first.uuid, Outcome.REJECTED,
                            reason="Giải pháp đã được Công ty áp dụng từ năm 2019, không có tính mới."),
               DecisionItem(second.uuid, Outcome.REJECTED,
                            reason="Chưa có số liệu chứng minh hiệu quả sau khi áp dụng thử.")]))
    return "thong-bao-khong-cong-nhan", _papers(s, decision.uuid, "thong-bao-khong-cong-nhan", 1)


def director_decision(db):
    """A decision the director signs: the employer's header, its own register and symbol."""
    s, meeting, (good, weak) = _decided(db)
    decision = decisions.issue_decision(s, Decision(
        date=DAY, meeting_uuid=meeting.uuid, authority=Authority.HEAD,
        authority_text="Giám đốc Công ty TNHH Dệt nhuộm Sông Lam", signer_title="GIÁM ĐỐC",
        signer_name="Hồ Văn Tường",
        items=[DecisionItem(good.uuid, Outcome.RECOGNISED, reward_vnd=6_048_000),
               DecisionItem(weak.uuid, Outcome.REJECTED, reason="Chưa đạt mức công nhận.")]))
    return "quyet-dinh", decisions.decision_data(s, decision.uuid)


def numbers_below_ten(db):
    """Decision 7 and its certificates 1 and 2: every number below 10 with two digits."""
    s, meeting, (good, weak) = _decided(db)
    decision = decisions.issue_decision(s, Decision(
        date=DAY, meeting_uuid=meeting.uuid, number=7,
        items=[DecisionItem(good.uuid, Outcome.RECOGNISED),
               # Against the council's proposal, so with its reason (not on the certificate).
               DecisionItem(weak.uuid, Outcome.RECOGNISED,
                            reason="Đã áp dụng ổn định tại Phân xưởng Dệt.")]))
    return "giay-chung-nhan", _papers(s, decision.uuid, "giay-chung-nhan", 1)


def long_unit_name(_db):
    """The Tờ trình of a unit whose name takes three header lines, not yet numbered."""
    letter = dataclasses.replace(
        samples.nomination(), unit=LONG_UNIT, number="\u00a0" * 10 + "/TTr-CĐCS",
        items=samples.summary_rows(3),
        basis=[*samples.nomination().basis,
               "Căn cứ Kế hoạch số 15/KH-CĐTCT ngày 10/01/2022 của Công đoàn Tổng Công ty về tổ "
               "chức phong trào thi đua lao động sáng tạo năm 2022;"])
    return "to-trinh", letter


def summary_1000(_db):
    """The summary table of a thousand initiatives (the DOCX reference keeps 12 rows)."""
    return "bang-tong-hop", samples.summary_table(1000)


CASES = {
    "tu-choi-ca-cuoc-hop": rejection_only,
    "quyet-dinh-giam-doc": director_decision,
    "so-duoi-muoi": numbers_below_ten,
    "to-trinh-ten-don-vi-dai": long_unit_name,
    "bang-tong-hop-1000": summary_1000,
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_case_matches_its_reference(db, name):
    kind, data = CASES[name](db)
    big = name.endswith("1000")
    docx = document_xml(write_document(kind, data, "docx"), table_rows=12 if big else None)
    pdf = pdf_reference_text(write_document(kind, data, "pdf"), pages=2 if big else None)
    problems = [compare_with_reference(name, docx), compare_with_reference(name, pdf, ".pdf.txt")]
    assert problems == [None, None], "\n".join(p for p in problems if p)


def test_the_references_say_what_the_issue_asked(db):
    """Read back from the references themselves, so a regenerated file cannot drift."""
    from tests.reference.helpers import REFERENCE_DIR

    def text(name: str) -> str:
        return (REFERENCE_DIR / f"{name}.pdf.txt").read_text(encoding="utf-8")

    refusal = text("tu-choi-ca-cuoc-hop")
    assert refusal.startswith("pages: 2\n") and "QUYẾT ĐỊNH" not in refusal
    assert "Số: 01/TB-CĐCS" in refusal and "Số: 02/TB-CĐCS" in refusal
    director = text("quyet-dinh-giam-doc")
    assert "Số: 01/QĐ-CTDNSL" in director and "CÔNG TY TNHH DỆT NHUỘM SÔNG LAM" in director
    assert "Công nhận 01 sáng kiến" in director and "TM. BAN CHẤP HÀNH" not in director
    numbers = text("so-duoi-muoi")
    assert "Số: 01/GCN-CĐCS" in numbers and "Quyết định số 07/QĐ-CĐCS" in numbers
    letter = text("to-trinh-ten-don-vi-dai")
    assert letter.startswith("pages: 2\n")  # the closing goes over with the last paragraph
    last = letter.split("--- page 2 ---")[1]
    assert "Kính đề nghị" in last and "Nơi nhận:" in last
    table = text("bang-tong-hop-1000")
    pages = int(table.splitlines()[0].split()[1])
    assert table.count("--- page") == 4 and 100 < pages < 400
