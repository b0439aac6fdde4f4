"""The status follows the acts (issue 18): no save changes it; submitting, a decision, a sent
nomination and the portal mark move it; undoing one is an act with a reason, logged."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import update

from sangkien_desktop.domain.council import Meeting
from sangkien_desktop.domain.dossier import Author, Dossier, Status
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.workflow import (
    TRANSITIONS,
    Act,
    StatusActError,
    check_act,
    imported_status,
)
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.council import councils
from sangkien_desktop.services.dossiers import history, workflow
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import portal
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.storage.models import DossierRow
from tests.core.nomination_support import recognised_dossiers
from tests.core.test_councils import make_council
from tests.core.test_validation_support import MOT_TRIEU

CAMPAIGNS = load_campaigns()


@pytest.fixture
def s(db):
    session = db.session()
    yield session
    session.close()


def _draft(s, title="Giá treo dụng cụ có khóa từ") -> Dossier:
    return save_dossier(s, Dossier(title=title, unit_name="Phân xưởng Cơ điện", authors=[
        Author(full_name="Lò Văn Chiến", share_percent=Decimal(100))]))


def _actions(s, uuid):
    return [e.action for e in history.for_entity(s, history.DOSSIER, uuid)]


def test_a_save_never_changes_the_status(s):
    with pytest.raises(StatusActError) as info:
        save_dossier(s, Dossier(title="Hồ sơ mới", status=Status.RECOGNISED))
    assert info.value.code == "status_new_not_draft" and info.value.field == "status"
    draft = _draft(s)
    for status in set(Status) - {Status.DRAFT}:
        with pytest.raises(StatusActError) as info:
            save_dossier(s, dataclasses.replace(draft, status=status, notes="sửa"))
        assert info.value.code == "status_needs_act"
        assert "rút việc đó, có ghi lý do" in info.value.message
    back = get_dossier(s, draft.uuid)
    assert back.status == Status.DRAFT and back.notes == ""


def test_submitting_and_withdrawing_are_logged_acts(s):
    draft = _draft(s)
    submitted = workflow.submit(s, draft.uuid, user="Vi Thị Hoa")
    assert submitted.status == Status.SUBMITTED
    entry = history.for_entity(s, history.DOSSIER, draft.uuid)[-1]
    assert (entry.action, entry.user, entry.changes["status"]) == (
        "submitted", "Vi Thị Hoa", ["draft", "submitted"])
    with pytest.raises(StatusActError) as info:
        workflow.submit(s, draft.uuid)
    assert info.value.code == "status_act_not_allowed" and "Đã nộp Hội đồng" in info.value.message
    with pytest.raises(StatusActError) as info:
        workflow.withdraw_submission(s, draft.uuid, "   ")
    assert info.value.code == "status_reason_missing"
    assert get_dossier(s, draft.uuid).status == Status.SUBMITTED
    back = workflow.withdraw_submission(s, draft.uuid, "Tác giả xin bổ sung số liệu")
    assert back.status == Status.DRAFT
    entry = history.for_entity(s, history.DOSSIER, draft.uuid)[-1]
    assert entry.action == "submission_withdrawn"
    assert entry.changes["reason"] == "Tác giả xin bổ sung số liệu"
    assert "Lý do: “Tác giả xin bổ sung số liệu”" in history.describe(entry)


def test_an_untitled_draft_is_not_submitted(s):
    # No way in stores an untitled dossier any more (the save refuses it); one imported untitled
    # by an older version may still be in the data.
    with pytest.raises(InputError) as refused:
        save_dossier(s, Dossier())
    assert refused.value.code == "dossier_untitled" and refused.value.field == "title"
    draft = save_dossier(s, Dossier(title="Tên tạm"))
    s.execute(update(DossierRow).where(DossierRow.uuid == draft.uuid).values(title=""))
    with pytest.raises(StatusActError) as info:
        workflow.submit(s, draft.uuid)
    assert info.value.code == "submit_untitled" and info.value.field == "title"


def test_a_dossier_a_meeting_holds_is_not_withdrawn(s):
    draft = _draft(s)
    workflow.submit(s, draft.uuid)
    council = make_council(s)
    councils.record_meeting(s, Meeting(council.uuid, dt.date(2022, 3, 9), "Phòng họp",
                                       [m.id for m in council.members], [draft.uuid], []))
    with pytest.raises(StatusActError) as info:
        workflow.withdraw_submission(s, draft.uuid, "Nhầm hồ sơ")
    assert info.value.code == "withdraw_in_meeting" and "09/03/2022" in info.value.message


def test_only_a_decision_recognises_and_a_recognised_dossier_is_not_decided_again(s):
    (d,) = recognised_dossiers(s, 1)
    assert d.status == Status.RECOGNISED and _actions(s, d.uuid)[-1] == "recognised"
    with pytest.raises(StatusActError):
        workflow.transition(s, d.uuid, Act.RECOGNISE)
    with pytest.raises(StatusActError):
        workflow.submit(s, d.uuid)


def test_a_sent_nomination_nominates_and_withdrawing_it_gives_the_dossiers_back(s):
    dossiers = recognised_dossiers(s, 2)
    nomination = noms.new_nomination(CAMPAIGNS[MOT_TRIEU], "LĐLĐ tỉnh Quảng Trị")
    nomination.items = [noms.NominationItem(d.uuid) for d in dossiers]
    saved = noms.save_nomination(s, nomination, CAMPAIGNS)
    with pytest.raises(noms.NominationSentError):
        noms.withdraw_nomination(s, saved.uuid, "Chưa gửi")
    sent = noms.mark_sent(s, saved.uuid, date=dt.date(2022, 5, 4))
    assert {get_dossier(s, d.uuid).status for d in dossiers} == {Status.NOMINATED}
    assert all(workflow.in_sent_nomination(s, d.uuid) for d in dossiers)
    with pytest.raises(StatusActError):
        noms.withdraw_nomination(s, sent.uuid, "")
    back = noms.withdraw_nomination(s, sent.uuid, "Cấp trên trả lại để bổ sung hồ sơ",
                                    user="Vi Thị Hoa")
    assert back.is_withdrawn and back.is_sent and back.withdrawn_reason.startswith("Cấp trên")
    assert back.letter_number_text == sent.letter_number_text  # the Tờ trình keeps its number
    for d in dossiers:
        assert get_dossier(s, d.uuid).status == Status.RECOGNISED
        entry = history.for_entity(s, history.DOSSIER, d.uuid)[-1]
        assert entry.action == "nomination_withdrawn" and entry.user == "Vi Thị Hoa"
        assert entry.changes["nomination"] == sent.letter_number_text
    # Free again: a new nomination may take them, the withdrawn one is not edited.
    again = noms.new_nomination(CAMPAIGNS[MOT_TRIEU], "LĐLĐ tỉnh Quảng Trị")
    assert {c.uuid for c in noms.candidates(s, again)} == {d.uuid for d in dossiers}
    with pytest.raises(noms.NominationSentError):
        noms.save_nomination(s, dataclasses.replace(back, items=back.items[:1]), CAMPAIGNS)
    with pytest.raises(noms.NominationSentError):
        noms.withdraw_nomination(s, sent.uuid, "Lần nữa")


def test_withdrawing_a_portal_mark_goes_back_to_where_the_dossier_was(s):
    first, second = recognised_dossiers(s, 2)
    nomination = noms.new_nomination(CAMPAIGNS[MOT_TRIEU], "LĐLĐ tỉnh Quảng Trị")
    nomination.items = [noms.NominationItem(first.uuid)]
    noms.mark_sent(s, noms.save_nomination(s, nomination, CAMPAIGNS).uuid,
                   date=dt.date(2022, 5, 4))
    for d in (first, second):
        portal.mark_entered(s, d.uuid, dt.date(2022, 5, 10), "TN-1")
        assert get_dossier(s, d.uuid).status == Status.ENTERED
    with pytest.raises(StatusActError):
        portal.withdraw_entry(s, first.uuid, " ")
    assert portal.withdraw_entry(s, first.uuid, "Đánh dấu nhầm hồ sơ").status == Status.NOMINATED
    assert portal.withdraw_entry(s, second.uuid, "Đánh dấu nhầm").status == Status.RECOGNISED
    entry = history.for_entity(s, history.DOSSIER, first.uuid)[-1]
    assert entry.action == "portal_entry_withdrawn"
    assert entry.changes["entered_on"] == "2022-05-10" and entry.changes["receipt"] == "TN-1"
    assert first.uuid in {r.uuid for r in portal.outbox(s, CAMPAIGNS) if r.to_enter}
    with pytest.raises(StatusActError):
        portal.withdraw_entry(s, first.uuid, "Lần nữa")


def test_the_acts_an_officer_starts_on_one_dossier():
    assert workflow.possible_acts(Status.DRAFT) == [Act.SUBMIT]
    assert workflow.possible_acts(Status.REJECTED) == [Act.SUBMIT]
    assert workflow.possible_acts(Status.SUBMITTED) == [Act.WITHDRAW_SUBMISSION]
    assert workflow.possible_acts(Status.RECOGNISED) == []
    assert workflow.possible_acts(Status.NOMINATED) == []
    assert workflow.possible_acts(Status.ENTERED) == [Act.WITHDRAW_ENTRY]


def test_every_status_is_reached_by_an_act_and_left_by_one():
    reached = {target for _starts, target in TRANSITIONS.values()}
    assert reached | {Status.DRAFT} == set(Status)
    for status in Status:
        assert any(status in starts for starts, _t in TRANSITIONS.values()), status
    with pytest.raises(StatusActError):
        check_act(Act.NOMINATE, Status.DRAFT, "x")


@pytest.mark.parametrize("claimed, decided, kept", [
    (Status.DRAFT, None, Status.DRAFT),
    (Status.SUBMITTED, None, Status.SUBMITTED),
    (Status.RECOGNISED, None, Status.SUBMITTED),
    (Status.NOMINATED, "recognised", Status.NOMINATED),
    (Status.ENTERED, "rejected", Status.SUBMITTED),
    (Status.REJECTED, "rejected", Status.REJECTED),
    (Status.REJECTED, "recognised", Status.SUBMITTED),
])
def test_an_import_keeps_a_status_only_with_its_decision(claimed, decided, kept):
    assert imported_status(claimed, decided) == kept


def test_the_command_line_submits_and_withdraws_with_a_reason(tmp_path, capsys):
    from sangkien_desktop.cli import main
    from sangkien_desktop.services.context import open_app_data

    app = open_app_data(tmp_path / "d")
    with app.db.session() as session:
        draft = _draft(session)
        session.commit()
    app.close()
    base = ["--data-dir", str(tmp_path / "d")]
    assert main([*base, "submit", draft.code]) == 0
    assert "Đã nộp Hội đồng" in capsys.readouterr().out
    assert main([*base, "submit", draft.code]) == 2
    assert "đang ở trạng thái “Đã nộp Hội đồng”" in capsys.readouterr().err
    assert main([*base, "withdraw-submission", draft.code, "--reason", "Bổ sung ảnh"]) == 0
    assert "Bản nháp" in capsys.readouterr().out
    app = open_app_data(tmp_path / "d")
    with app.db.session() as session:
        assert _actions(session, draft.uuid)[-2:] == ["submitted", "submission_withdrawn"]
    app.close()
