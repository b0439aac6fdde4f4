"""What a refusal gives: a Thông báo không công nhận sáng kiến to the authors of each rejected
solution, with the reason, numbered in the TB register of the body that decided; and a
decision that recognises nothing is never printed as a "Quyết định công nhận"."""

from __future__ import annotations

import datetime as dt

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.documents import write_document
from sangkien_desktop.domain.council import Authority, Decision, DecisionItem, Outcome
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services import papers
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT
from tests.reference.helpers import pdf_text

DAY = dt.date(2022, 3, 22)
REASONS = ("Giải pháp đã được áp dụng tại Công ty từ năm 2019, không có tính mới.",
           "Chưa có số liệu chứng minh hiệu quả sau khi áp dụng thử.")


def reject_all(s, meeting, dossiers, **fields) -> Decision:
    return decisions.issue_decision(s, Decision(
        date=DAY, meeting_uuid=meeting.uuid,
        items=[DecisionItem(d.uuid, Outcome.REJECTED, reason=r)
               for d, r in zip(dossiers, REASONS, strict=True)], **fields))


@pytest.fixture
def s(db):
    session = db.session()
    save_unit_profile(session, UNIT)
    yield session
    session.close()


@pytest.fixture
def rejected(s):
    dossiers = make_dossiers(s)
    meeting = make_meeting(s, make_council(s), dossiers)
    return reject_all(s, meeting, dossiers), dossiers


def _kinds(choices) -> list[str]:
    return [c.kind for c in choices]


def test_a_decision_recognising_nothing_offers_notices_not_a_recognition(s, rejected):
    decision, dossiers = rejected
    assert _kinds(papers.choices_for_decision(s, decision.uuid)) == [
        "thong-bao-khong-cong-nhan", "bien-ban"]
    assert "quyet-dinh" not in _kinds(papers.choices_for_dossier(s, dossiers[0].uuid))
    with pytest.raises(InputError) as info:
        decisions.decision_data(s, decision.uuid)
    assert info.value.code == "decision_recognises_nothing"
    assert "Thông báo không công nhận" in info.value.message


def test_each_rejected_solution_gets_a_numbered_notice_to_its_authors_with_the_reason(s, rejected):
    decision, dossiers = rejected
    (choice,) = [c for c in papers.choices_for_decision(s, decision.uuid)
                 if c.kind == "thong-bao-khong-cong-nhan"]
    assert papers.proposed_number(s, choice) == 1 and choice.number_tail == "/TB-CĐCS"
    papers.claim_number(s, choice, 1)
    notices = papers.paper_data(s, choice)
    assert [n.number for n in notices] == ["01/TB-CĐCS", "02/TB-CĐCS"]
    pages = pdf_text(write_document("thong-bao-khong-cong-nhan", notices, "pdf"))
    assert len(pages) == 2  # one paper per solution
    first = " ".join(pages[0].split())
    assert "Kính gửi:" in first and "Ông (Bà) Kiều Thị Mai Phương" in first
    assert "Ông (Bà) Châu Ngọc Sơn" in first
    assert dossiers[0].title in first and REASONS[0] in first and REASONS[1] not in first
    assert "Biên bản họp số 02/BB-HĐSK ngày" in first
    # Printed again, the notices keep their numbers; the next paper takes number 3.
    papers.claim_number(s, choice, 1)
    assert [n.number for n in papers.paper_data(s, choice)] == ["01/TB-CĐCS", "02/TB-CĐCS"]
    assert papers.proposed_number(s, choice) == 1
    # From one dossier: its own notice only, with the number it already has.
    (own,) = [c for c in papers.choices_for_dossier(s, dossiers[1].uuid)
              if c.kind == "thong-bao-khong-cong-nhan"]
    assert [n.number for n in papers.paper_data(s, own)] == ["02/TB-CĐCS"]


def test_a_mixed_decision_prints_only_what_it_recognises(s):
    good, weak = make_dossiers(s)
    meeting = make_meeting(s, make_council(s), [good, weak])
    decision = decisions.issue_decision(s, Decision(
        date=DAY, meeting_uuid=meeting.uuid,
        items=[DecisionItem(good.uuid, Outcome.RECOGNISED),
               DecisionItem(weak.uuid, Outcome.REJECTED, reason=REASONS[1])]))
    text = " ".join(pdf_text(write_document("quyet-dinh", decisions.decision_data(s, decision.uuid), "pdf")))
    assert "Công nhận 01 sáng kiến" in text and weak.title not in text
    assert _kinds(papers.choices_for_dossier(s, weak.uuid))[-1:] == ["thong-bao-khong-cong-nhan"]
    assert "quyet-dinh" not in _kinds(papers.choices_for_dossier(s, weak.uuid))
    assert "thong-bao-khong-cong-nhan" not in _kinds(papers.choices_for_dossier(s, good.uuid))


def test_the_head_of_the_unit_signs_notices_under_the_employer_with_its_symbol(s):
    dossiers = make_dossiers(s)
    meeting = make_meeting(s, make_council(s), dossiers)
    decision = reject_all(s, meeting, dossiers, authority=Authority.HEAD,
                          authority_text="Giám đốc Công ty TNHH Dệt nhuộm Sông Lam",
                          signer_title="GIÁM ĐỐC", signer_name="Hồ Văn Tường")
    (choice,) = [c for c in papers.choices_for_decision(s, decision.uuid)
                 if c.kind == "thong-bao-khong-cong-nhan"]
    assert choice.number_tail == "/TB-CTDNSL"
    notices = papers.paper_data(s, choice)
    assert notices[0].number.strip() == "/TB-CTDNSL"  # not numbered yet: a blank to fill in
    text = " ".join(" ".join(pdf_text(write_document("thong-bao-khong-cong-nhan", notices, "pdf"))).split())
    assert "Giám đốc Công ty TNHH Dệt nhuộm Sông Lam thông báo" in text
    assert "GIÁM ĐỐC Hồ Văn Tường" in text and "TM. BAN CHẤP HÀNH" not in text


def test_the_command_line_prints_and_numbers_notices_and_refuses_a_recognition(tmp_path, capsys):
    app = open_app_data(tmp_path / "d")
    with app.db.session() as session:
        save_unit_profile(session, UNIT)
        dossiers = make_dossiers(session)
        decision = reject_all(session, make_meeting(session, make_council(session), dossiers), dossiers)
        session.commit()
    app.close()
    base = ["--data-dir", str(tmp_path / "d"), "doc"]
    out = tmp_path / "tb.pdf"
    assert main([*base, "quyet-dinh", "--decision", decision.number_text, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "không có sáng kiến nào được công nhận" in err and "thong-bao-khong-cong-nhan" in err
    assert main([*base, "thong-bao-khong-cong-nhan", "--decision", decision.number_text,
                 "--number", "7", "--out", str(out)]) == 0
    text = " ".join(pdf_text(out.read_bytes()))
    assert "Số: 07/TB-CĐCS" in text and "Số: 08/TB-CĐCS" in text
    # The numbers are in the register: printed again without --number, they are kept.
    assert main([*base, "thong-bao-khong-cong-nhan", "--decision", decision.uuid[:8],
                 "--out", str(out)]) == 0
    assert "Số: 07/TB-CĐCS" in " ".join(pdf_text(out.read_bytes()))


def test_a_package_carries_the_notices_of_a_decision_that_recognises_nothing(tmp_path, s, rejected):
    from sangkien_desktop.services.catalog import load_campaigns
    from sangkien_desktop.services.exchange.packages import export_package

    decision, dossiers = rejected
    s.commit()
    report = export_package(s, tmp_path / "store", tmp_path / "goi.skpkg",
                            [d.uuid for d in dossiers], load_campaigns())
    import zipfile

    with zipfile.ZipFile(tmp_path / "goi.skpkg") as z:
        names = z.namelist()
    assert any(n.endswith("thong-bao-khong-cong-nhan.pdf") for n in names), names
    assert not any(n.endswith("quyet-dinh.pdf") for n in names)
    assert report is not None
