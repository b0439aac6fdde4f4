"""The head of the unit decides on the council's evaluation (Nghị định 13/2012, Art. 8) and
may decide otherwise than the council proposed: deliberately, with a written reason kept in
the dossier's history, and a paper that does not claim the council proposed that dossier."""

from __future__ import annotations

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.documents import write_document
from sangkien_desktop.domain.council import Authority, Decision, DecisionItem, Outcome
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import DAY, UNIT
from tests.reference.helpers import pdf_text

HEAD = "Giám đốc Công ty TNHH Dệt nhuộm Sông Lam"
WHY = "Giải pháp đã áp dụng ổn định ba tháng tại Phân xưởng Dệt, giảm dừng máy rõ rệt."


@pytest.fixture
def setup(db):
    s = db.session()
    save_unit_profile(s, UNIT)
    dossiers = make_dossiers(s)
    meeting = make_meeting(s, make_council(s), dossiers)
    yield s, meeting, dossiers
    s.close()


def _decide(s, meeting, good, weak, *, weak_reason: str) -> Decision:
    return decisions.issue_decision(s, Decision(
        date=DAY, meeting_uuid=meeting.uuid, authority=Authority.HEAD, authority_text=HEAD,
        items=[DecisionItem(good.uuid, Outcome.RECOGNISED),
               DecisionItem(weak.uuid, Outcome.RECOGNISED, reason=weak_reason)]))


def test_recognising_a_dossier_the_council_did_not_propose_needs_a_reason(setup):
    s, meeting, (good, weak) = setup
    with pytest.raises(InputError) as info:
        _decide(s, meeting, good, weak, weak_reason="  ")
    assert info.value.code == "decision_override_reason"
    assert "Hội đồng sáng kiến không đề nghị công nhận" in str(info.value)
    assert weak.title in str(info.value)
    issued = _decide(s, meeting, good, weak, weak_reason=WHY)
    entry = history.for_entity(s, history.DOSSIER, weak.uuid)[-1]
    assert entry.action == "recognised"
    assert entry.changes["council_proposal"] == "rejected"
    assert entry.changes["reason"] == WHY
    # The dossier the council proposed: nothing said of a proposal or a reason.
    proposed = history.for_entity(s, history.DOSSIER, good.uuid)[-1]
    assert "council_proposal" not in proposed.changes and "reason" not in proposed.changes
    assert [i.reason for i in issued.items] == ["", WHY]


def test_the_paper_says_which_dossiers_the_council_proposed_and_why_the_head_recognised_another(
        setup, tmp_path):
    s, meeting, (good, weak) = setup
    issued = _decide(s, meeting, good, weak, weak_reason=WHY)
    data = decisions.decision_data(s, issued.uuid)
    assert "Xét đề nghị của Hội đồng sáng kiến tại Biên bản họp số 02/BB-HĐSK ngày 15/03/2022 " \
        "đối với sáng kiến số 1 tại Danh sách kèm theo;" in data.proposal
    assert f"Xét kết quả xem xét, đánh giá của {HEAD} đối với sáng kiến số 2" in data.proposal
    assert data.items[1].own_assessment == WHY and data.items[0].own_assessment == ""
    path = write_document("quyet-dinh", data, "pdf", tmp_path / "qd.pdf")
    text = " ".join(" ".join(pdf_text(path.read_bytes())).split())
    assert "Hội đồng sáng kiến không đề nghị công nhận" in text
    assert "Lý do: Giải pháp đã áp dụng ổn định ba tháng" in text


def test_a_paper_where_the_council_proposed_every_recognised_dossier_is_unchanged(setup):
    s, meeting, (good, weak) = setup
    issued = decisions.issue_decision(s, Decision(
        date=DAY, meeting_uuid=meeting.uuid,
        items=[DecisionItem(good.uuid, Outcome.RECOGNISED),
               DecisionItem(weak.uuid, Outcome.REJECTED, reason="Chưa đạt mức công nhận.")]))
    data = decisions.decision_data(s, issued.uuid)
    assert data.proposal == ("Xét đề nghị của Hội đồng sáng kiến tại Biên bản họp số 02/BB-HĐSK "
                             "ngày 15/03/2022,")
    weak_entry = history.for_entity(s, history.DOSSIER, weak.uuid)[-1]
    assert "council_proposal" not in weak_entry.changes  # as the council proposed


def test_not_recognising_a_dossier_the_council_proposed_is_on_record(setup):
    s, meeting, (good, weak) = setup
    with pytest.raises(InputError) as info:
        decisions.issue_decision(s, Decision(date=DAY, meeting_uuid=meeting.uuid, items=[
            DecisionItem(good.uuid, Outcome.REJECTED)]))
    assert info.value.code == "decision_reason_missing"
    decisions.issue_decision(s, Decision(date=DAY, meeting_uuid=meeting.uuid, items=[
        DecisionItem(good.uuid, Outcome.REJECTED, reason="Đơn vị chưa bố trí được kinh phí áp dụng.")]))
    entry = history.for_entity(s, history.DOSSIER, good.uuid)[-1]
    assert entry.action == "rejected" and entry.changes["council_proposal"] == "recognised"
    assert entry.changes["reason"] == "Đơn vị chưa bố trí được kinh phí áp dụng."



def test_the_notice_of_a_dossier_the_council_proposed_says_the_head_decided_otherwise(
        setup, tmp_path):
    """The notice of non-recognition rests on the council's result; where the council proposed
    recognising and the head did not, it must not read as the council's own conclusion."""
    s, meeting, (good, weak) = setup
    why = "Đơn vị chưa bố trí được kinh phí áp dụng."
    issued = decisions.issue_decision(s, Decision(
        date=DAY, meeting_uuid=meeting.uuid, authority=Authority.HEAD, authority_text=HEAD,
        items=[DecisionItem(good.uuid, Outcome.REJECTED, reason=why),
               DecisionItem(weak.uuid, Outcome.REJECTED, reason="Chưa đạt mức công nhận.")]))
    overridden, as_proposed = decisions.refusal_notices(s, issued.uuid)
    assert overridden.council_result == (
        "Căn cứ kết quả họp Hội đồng sáng kiến tại Biên bản họp số 02/BB-HĐSK ngày 15/03/2022 "
        "(Hội đồng sáng kiến đề nghị công nhận sáng kiến này);\n"
        f"Xét kết quả xem xét, đánh giá của {HEAD},")
    assert as_proposed.council_result == (
        "Căn cứ kết quả họp Hội đồng sáng kiến tại Biên bản họp số 02/BB-HĐSK ngày 15/03/2022;")
    assert overridden.reason == why
    path = write_document("thong-bao-khong-cong-nhan", overridden, "pdf", tmp_path / "tb.pdf")
    text = " ".join(" ".join(pdf_text(path.read_bytes())).split())
    assert "(Hội đồng sáng kiến đề nghị công nhận sáng kiến này); Xét kết quả xem xét, " \
        f"đánh giá của {HEAD}," in text
    assert f"Lý do không công nhận: {why}" in text

@pytest.fixture
def data_dir(tmp_path):
    app = open_app_data(tmp_path / "d")
    with app.db.session() as s:
        save_unit_profile(s, UNIT)
        dossiers = make_dossiers(s)
        meeting = make_meeting(s, make_council(s), dossiers)
        s.commit()
    app.close()
    return tmp_path / "d", meeting.uuid, dossiers


def test_decide_recognises_against_the_council_only_with_a_reason(data_dir, capsys):
    d, uuid, (_good, weak) = data_dir
    args = ["--data-dir", str(d), "decide", "--meeting", uuid, "--date", "22/03/2022",
            "--recognise", weak.code]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "--reason" in err and weak.title in err
    assert main([*args, "--reason", f"{weak.code}=   "]) == 2
    assert "MÃ_HỒ_SƠ=LÝ_DO" in capsys.readouterr().err
    assert main([*args, "--reason", f"{weak.code}={WHY}"]) == 0
    out = capsys.readouterr().out
    assert f"công nhận        {weak.code} “{weak.title}” — Hội đồng không đề nghị; lý do: {WHY}" in out
    app = open_app_data(d)
    with app.db.session() as s:
        entry = history.for_entity(s, history.DOSSIER, weak.uuid)[-1]
        assert entry.changes["council_proposal"] == "rejected" and entry.changes["reason"] == WHY
    app.close()
