"""Fair scoring: members out of a dossier (conflict of interest, an author, the authors' unit
head), abstentions, no result until every member has scored, and results locked at closing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sangkien_desktop.domain.council import (
    Decision,
    DecisionItem,
    Meeting,
    Outcome,
    Recusal,
    RecusalKind,
    ScoreEntry,
)
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.council import councils, decisions, rule_packs
from sangkien_desktop.services.council.meeting_closing import close_meeting, reopen_meeting
from sangkien_desktop.services.dossiers import history, workflow
from sangkien_desktop.services.dossiers.saving import save_dossier as _save
from tests.core.test_councils import make_council


def save_dossier(s, dossier: Dossier) -> Dossier:
    """Stored and submitted to the council (Nộp Hội đồng): what a meeting considers."""
    return workflow.submit(s, _save(s, dossier).uuid)


GOOD = {"tinh_moi": 34, "ap_dung": 27, "hieu_qua": 26}
WEAK = {"tinh_moi": 20, "ap_dung": 15, "hieu_qua": 10}


def setup(s, pack_id: str = "quoc-gia"):
    council = make_council(s)
    council.pack = rule_packs.get_pack(s, pack_id)
    council.members[4].heads_unit = "Phân xưởng Nhuộm"  # Lương Văn Thịnh, the workshop's head
    council = councils.save_council(s, council)
    dossier = save_dossier(s, Dossier(
        title="Thu hồi nhiệt nước thải nhuộm để gia nhiệt nước cấp",
        unit_name="Phân xưởng Nhuộm", first_applied_on=dt.date(2021, 11, 2),
        benefit_unit_vnd=86_400_000,
        authors=[Author(full_name="Kiều Thị Mai Phương", share_percent=Decimal(70)),
                 Author(full_name="Châu Ngọc Sơn", share_percent=Decimal(30))]))
    return council, dossier


def meeting_of(council, dossier, sheets, recusals=(), **kw) -> Meeting:
    ids = [m.id for m in council.members]
    return Meeting(council.uuid, dt.date(2022, 3, 15), "Phòng họp", ids, [dossier.uuid],
                   [ScoreEntry(ids[i], dossier.uuid, scores) for i, scores in sheets],
                   recusals=list(recusals), **kw)


def conflict(council, dossier, i=3):
    return Recusal(council.members[i].id, dossier.uuid, RecusalKind.CONFLICT,
                   "Anh rể của tác giả Kiều Thị Mai Phương")


@pytest.mark.parametrize(("pack_id", "outcome", "needed"), [
    ("quoc-gia", Outcome.RECOGNISED, 2),  # two thirds of 3 is 2
    ("tinh-70-phan-tram", Outcome.REJECTED, 3),  # 70 % of 3 is 2,1: all three
])
def test_conflicted_members_are_out_and_the_pass_rule_decides(db, pack_id, outcome, needed):
    with db.session() as s:
        council, dossier = setup(s, pack_id)
        meeting = councils.record_meeting(s, meeting_of(
            council, dossier, [(0, GOOD), (1, GOOD), (2, WEAK)], [conflict(council, dossier)]))
        kinds = {(r.member_id, r.kind) for r in meeting.recusals}
        assert kinds == {(council.members[3].id, RecusalKind.CONFLICT),
                         (council.members[4].id, RecusalKind.UNIT_HEAD)}
        (result,) = councils.meeting_results(s, meeting.uuid)
        # Five members, two out of this dossier: the vote is counted on the other three.
        assert result.excluded == (council.members[3].id, council.members[4].id)
        assert result.vote_base == 3 and result.votes_for == 2 and result.votes_needed == needed
        assert result.complete and result.proposed == outcome


def test_a_conflicted_member_may_not_score(db):
    with db.session() as s:
        council, dossier = setup(s)
        with pytest.raises(InputError) as info:
            councils.record_meeting(s, meeting_of(
                council, dossier, [(0, GOOD), (3, GOOD)], [conflict(council, dossier)]))
        assert info.value.code == "sheet_recused"
        assert "Vũ Quang Huy đã khai báo xung đột lợi ích" in info.value.message
        with pytest.raises(InputError) as info:
            councils.record_meeting(s, meeting_of(council, dossier, [(4, GOOD)]))
        assert "Lương Văn Thịnh là thủ trưởng đơn vị của tác giả" in info.value.message


def test_a_conflict_needs_its_reason(db):
    with db.session() as s:
        council, dossier = setup(s)
        bare = Recusal(council.members[3].id, dossier.uuid, RecusalKind.CONFLICT, " ")
        with pytest.raises(InputError) as info:
            councils.record_meeting(s, meeting_of(council, dossier, [], [bare]))
        assert info.value.code == "recusal_conflict_note"


def test_an_author_on_the_council_is_out_automatically(db):
    with db.session() as s:
        council, _ = setup(s)
        own = save_dossier(s, Dossier(title="Sổ tay an toàn", unit_name="Phòng Kỹ thuật",
                                      first_applied_on=dt.date(2021, 10, 1), authors=[
                                          Author(full_name="vũ quang  huy", share_percent=Decimal(100))]))
        meeting = councils.record_meeting(s, meeting_of(council, own, []))
        assert [(r.member_id, r.kind) for r in meeting.recusals] == [
            (council.members[3].id, RecusalKind.AUTHOR)]


def test_an_abstention_counts_against(db):
    with db.session() as s:
        council, dossier = setup(s)
        abstain = Recusal(council.members[2].id, dossier.uuid, RecusalKind.ABSTAIN)
        meeting = councils.record_meeting(s, meeting_of(
            council, dossier, [(0, GOOD), (1, GOOD), (3, GOOD)], [abstain]))
        (result,) = councils.meeting_results(s, meeting.uuid)
        # Out: the unit head only. Base 4, the abstention counts and is not in favour: 3 of 4.
        assert result.abstained == (council.members[2].id,) and result.vote_base == 4
        assert result.votes_for == 3 and result.votes_needed == 3
        assert result.proposed == Outcome.RECOGNISED


def test_no_result_until_every_member_has_scored(db):
    with db.session() as s:
        council, dossier = setup(s)
        meeting = councils.record_meeting(s, meeting_of(council, dossier, [(0, GOOD), (1, GOOD)]))
        (result,) = councils.meeting_results(s, meeting.uuid)
        assert result.pending == (council.members[2].id, council.members[3].id)
        assert result.proposed is None
        with pytest.raises(InputError) as info:
            close_meeting(s, meeting.uuid)
        assert info.value.code == "meeting_incomplete"
        assert "Tạ Thị Bích Ngọc chưa chấm hồ sơ" in info.value.message


def test_closing_locks_the_results_and_reopening_needs_a_reason(db):
    with db.session() as s:
        council, dossier = setup(s)
        meeting = councils.record_meeting(s, meeting_of(
            council, dossier, [(0, GOOD), (1, GOOD), (2, GOOD), (3, WEAK)]))
        closed = close_meeting(s, meeting.uuid, user="Yến")
        assert closed.closed and closed.rule_pack_ref == "quoc-gia@2026.1"
        entry = history.for_entity(s, history.MEETING, meeting.uuid)[-1]
        assert entry.action == "closed" and entry.changes["rule_pack"] == "quoc-gia@2026.1"
        assert entry.changes["pass_rule"].startswith("ít nhất hai phần ba")
        assert entry.changes["results"][0]["excluded"] == [council.members[4].id]
        with pytest.raises(InputError) as info:
            councils.record_meeting(s, closed)
        assert info.value.code == "meeting_closed"
        with pytest.raises(InputError) as info:
            reopen_meeting(s, meeting.uuid, "  ")
        assert info.value.code == "meeting_reopen_reason"
        reopened = reopen_meeting(s, meeting.uuid, "Nhập nhầm phiếu của ông Huy", user="Yến")
        assert not reopened.closed
        assert history.for_entity(s, history.MEETING, meeting.uuid)[-1].changes["reason"] == \
            "Nhập nhầm phiếu của ông Huy"


def test_a_decision_closes_its_meeting_and_records_the_pack(db):
    with db.session() as s:
        council, dossier = setup(s, "giao-duc-2026")
        meeting = councils.record_meeting(s, meeting_of(
            council, dossier, [(0, GOOD), (1, GOOD), (2, GOOD), (3, GOOD)]))
        issued = decisions.issue_decision(s, Decision(
            date=dt.date(2022, 3, 20), meeting_uuid=meeting.uuid,
            items=[DecisionItem(dossier.uuid, Outcome.RECOGNISED, scope_code="co_so")]))
        assert issued.rule_pack_ref == "giao-duc-2026@2026.1"
        assert issued.legal_basis[-1] == ("Căn cứ Quy định về xét, công nhận sáng kiến năm "
                                          "2026 của Sở Giáo dục và Đào tạo;")
        assert councils.get_meeting(s, meeting.uuid).closed
        with pytest.raises(InputError) as info:
            reopen_meeting(s, meeting.uuid, "Sửa phiếu")
        assert info.value.code == "meeting_reopen_decided"
        assert rule_packs.in_use(s, "giao-duc-2026@2026.1")


def test_a_scope_must_be_one_of_the_packs(db):
    with db.session() as s:
        _, dossier = setup(s)
        with pytest.raises(InputError) as info:
            decisions.issue_decision(s, Decision(date=dt.date(2022, 3, 20), items=[
                DecisionItem(dossier.uuid, Outcome.RECOGNISED, scope_code="quoc_te")]))
        assert info.value.code == "decision_scope_unknown"
        # Pay and a scope belong to a recognised initiative only.
        with pytest.raises(InputError) as info:
            decisions.issue_decision(s, Decision(date=dt.date(2022, 3, 20), items=[
                DecisionItem(dossier.uuid, Outcome.REJECTED, "Chưa có số liệu.", scope_code="co_so")]))
        assert info.value.code == "decision_pay_not_recognised"


def test_a_benefit_range_needs_the_money_benefit_when_entered(db):
    with db.session() as s:
        council, _ = setup(s, "giao-duc-2026")
        social = save_dossier(s, Dossier(title="Góc đọc sách", unit_name="Tổ Văn",
                                         first_applied_on=dt.date(2021, 9, 5),
                                         authors=[Author(full_name="Ngô Thị Hạnh")]))
        with pytest.raises(InputError) as info:
            councils.record_meeting(s, meeting_of(council, social, [(0, GOOD)]))
        assert info.value.code == "score_range_requires"
        ok = {"tinh_moi": 34, "ap_dung": 27, "hieu_qua": 20}
        councils.record_meeting(s, meeting_of(council, social, [(0, ok)]))


def test_the_minutes_record_conflicts_abstentions_and_the_pass_rule(db, tmp_path):
    from sangkien_desktop.documents import write_document
    from tests.reference.helpers import pdf_text

    with db.session() as s:
        council, dossier = setup(s, "tinh-70-phan-tram")
        abstain = Recusal(council.members[2].id, dossier.uuid, RecusalKind.ABSTAIN)
        meeting = councils.record_meeting(s, meeting_of(
            council, dossier, [(0, GOOD), (1, GOOD)], [conflict(council, dossier), abstain]))
        minutes = councils.minutes_data(s, meeting.uuid)
    assert "đề nghị công nhận khi có ít nhất 70 % tổng số thành viên" in minutes.pass_rule
    names = {m.id: m.full_name for m in council.members}
    lines = " ".join(minutes.recusals)
    assert f"{names[council.members[3].id]}, hồ sơ “{dossier.title}”: khai báo xung đột lợi ích: " \
           "Anh rể của tác giả Kiều Thị Mai Phương." in minutes.recusals
    assert names[council.members[4].id] in lines and "thủ trưởng đơn vị của tác giả" in lines
    assert names[council.members[2].id] in lines and "không tham gia đánh giá" in lines
    text = " ".join(pdf_text(write_document("bien-ban", minutes, "pdf", tmp_path / "bb.pdf").read_bytes()))
    assert "Quy tắc biểu quyết áp dụng" in text and "khai báo xung đột lợi ích" in text
