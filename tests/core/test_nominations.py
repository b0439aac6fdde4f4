"""Nominations upward: quota and deadline rules from campaign data, the completeness check,
sending under a Tờ trình number, and the documents built from a nomination."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sangkien_desktop.domain.campaign import parse_campaign
from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.dossier import Dossier, Status
from sangkien_desktop.domain.errors import DataFileError, InputError
from sangkien_desktop.domain.nomination import (
    DeadlineState,
    NominationSentError,
    QuotaExceededError,
    check_quota,
    deadline_state,
    phase_for,
    quota_for,
)
from sangkien_desktop.domain.validation import Acknowledgement
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.council import decisions, numbering
from sangkien_desktop.services.dossiers import checks
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.nominating import nomination_checks, nomination_papers
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.nomination_support import UNIT, recognised_dossiers
from tests.core.test_validation_support import MOT_TRIEU, NAM_2021, campaign, campaign_data

CAMPAIGNS = load_campaigns()
TODAY = dt.date(2022, 5, 1)


@pytest.fixture
def s(db):
    session = db.session()
    yield session
    session.close()


# ---- rules from campaign data --------------------------------------------------------------


def test_quota_depends_on_the_units_level_as_the_campaign_says():
    c = campaign(NAM_2021)
    assert quota_for(c, "district_or_sector").count == 3
    assert quota_for(c, "cdcs_direct").count == 1
    assert quota_for(c, "large_enterprise").count == 10
    assert quota_for(c, "cdcs") is None
    assert quota_for(campaign(MOT_TRIEU), "district_or_sector") is None
    check_quota(c, "district_or_sector", 3)
    with pytest.raises(QuotaExceededError) as info:
        check_quota(c, "district_or_sector", 4)
    assert "tối đa 3" in info.value.message and "bỏ bớt 1" in info.value.message
    assert "Kế hoạch 71/LĐLĐ" in info.value.message  # the source of the rule
    with pytest.raises(QuotaExceededError):
        check_quota(c, "cdcs_direct", 2)
    check_quota(c, "cdcs", 50)  # no quota for that level: nothing to exceed


def test_a_changed_campaign_file_changes_the_quota():
    data = campaign_data(NAM_2021)
    data["quotas"][0]["count"] = 5
    assert quota_for(parse_campaign(data), "district_or_sector").count == 5


def test_deadline_warning_nears_by_the_campaigns_days():
    c = campaign(NAM_2021)
    assert c.nomination_deadline == dt.datetime(2021, 4, 16, 17, 0)
    assert c.nomination_warning_days == 7
    due = c.nomination_deadline
    assert deadline_state(due, dt.datetime(2021, 4, 1, 9), 7).state is DeadlineState.OPEN
    near = deadline_state(due, dt.datetime(2021, 4, 9, 9), 7)
    assert near.state is DeadlineState.NEAR and near.days_left == 7
    assert "Còn 7 ngày" in near.message
    today = deadline_state(due, dt.datetime(2021, 4, 16, 16, 59), 7)
    assert today.state is DeadlineState.NEAR and "Hôm nay" in today.message
    assert deadline_state(due, dt.datetime(2021, 4, 16, 17, 1), 7).state is DeadlineState.PASSED
    assert deadline_state(None, dt.datetime(2021, 4, 1), 7).state is DeadlineState.NONE
    # A campaign that warns earlier says so in its file.
    early = campaign(NAM_2021, nomination_warning_days=14)
    assert early.nomination_warning_days == 14
    assert deadline_state(due, dt.datetime(2021, 4, 2, 9), 14).state is DeadlineState.NEAR


def test_bad_warning_days_are_refused():
    with pytest.raises(DataFileError, match="nomination_warning_days"):
        campaign(NAM_2021, nomination_warning_days=-1)


def test_phase_of_a_recognition_date():
    c = campaign(MOT_TRIEU)
    assert phase_for(c, dt.date(2022, 5, 31)).code == "1"
    assert phase_for(c, dt.date(2022, 6, 1)).code == "1"  # portal closed at 24:00 on 31/5
    assert phase_for(c, dt.date(2022, 6, 2)).code == "2"
    assert phase_for(c, dt.date(2023, 9, 3)) is None
    assert phase_for(campaign("cong-nhan-cap-co-so"), dt.date(2030, 1, 1)).code == "all"


# ---- the service ---------------------------------------------------------------------------


def _nomination(dossiers: list[Dossier], campaign_id: str = MOT_TRIEU) -> noms.Nomination:
    return noms.Nomination(
        campaign_id=campaign_id, to_unit="Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị",
        items=[noms.NominationItem(d.uuid) for d in dossiers],
    )


def test_saving_beyond_the_quota_is_refused_and_nothing_is_kept(s):
    dossiers = recognised_dossiers(s, 4, campaign_id=NAM_2021, applied=dt.date(2021, 3, 1),
                                   decided=dt.date(2021, 4, 1))
    with pytest.raises(QuotaExceededError):
        noms.save_nomination(s, _nomination(dossiers, NAM_2021), CAMPAIGNS)
    assert noms.list_nominations(s) == []
    saved = noms.save_nomination(s, _nomination(dossiers[:3], NAM_2021), CAMPAIGNS)
    assert saved.dossier_uuids == [d.uuid for d in dossiers[:3]]
    # A CĐCS directly under the province may send only one.
    save_unit_profile(s, dataclasses.replace(UNIT, level="cdcs_direct"))
    with pytest.raises(QuotaExceededError, match="tối đa 1"):
        noms.save_nomination(s, saved, CAMPAIGNS)


def test_items_keep_their_order_and_tags(s):
    a, b, c = recognised_dossiers(s, 3)
    n = _nomination([a, b, c])
    n.items[2].favoured_field = ""
    saved = noms.save_nomination(s, n, CAMPAIGNS)
    assert noms.move_item(saved, 2, -1) == 1
    assert noms.move_item(saved, 0, -1) == 0  # already first
    saved = noms.save_nomination(s, saved, CAMPAIGNS)
    assert noms.get_nomination(s, saved.uuid).dossier_uuids == [a.uuid, c.uuid, b.uuid]
    assert noms.get_nomination(s, saved.uuid[:8]).uuid == saved.uuid  # a short id works


def test_wrong_items_are_refused(s):
    a, b = recognised_dossiers(s, 2)
    draft = save_dossier(s, Dossier(title="Bản nháp", campaign_id=MOT_TRIEU))
    with pytest.raises(InputError, match="chưa được công nhận"):
        noms.save_nomination(s, _nomination([a, draft]), CAMPAIGNS)
    with pytest.raises(InputError, match="hai lần"):
        noms.save_nomination(s, _nomination([a, a]), CAMPAIGNS)
    tagged = _nomination([a])
    tagged.items[0].favoured_field = "khong_co"
    with pytest.raises(InputError, match="lĩnh vực ưu tiên"):
        noms.save_nomination(s, tagged, CAMPAIGNS)
    with pytest.raises(InputError, match="nơi nhận"):
        noms.save_nomination(s, dataclasses.replace(_nomination([a]), to_unit="  "), CAMPAIGNS)
    noms.save_nomination(s, _nomination([a]), CAMPAIGNS)
    with pytest.raises(InputError, match="đợt đề nghị khác") as info:
        noms.save_nomination(s, _nomination([b, a]), CAMPAIGNS)
    assert info.value.code == "nomination_already_in"


def test_candidates_are_recognised_dossiers_not_yet_taken(s):
    a, b, c = recognised_dossiers(s, 3)
    first = noms.save_nomination(s, _nomination([a]), CAMPAIGNS)
    other = noms.new_nomination(CAMPAIGNS[MOT_TRIEU], "LĐLĐ tỉnh")
    assert {x.uuid for x in noms.candidates(s, other)} == {b.uuid, c.uuid}
    assert {x.uuid for x in noms.candidates(s, first)} == {b.uuid, c.uuid}


def test_sending_numbers_the_letter_nominates_the_dossiers_and_freezes_the_nomination(s):
    a, b = recognised_dossiers(s, 2)
    saved = noms.save_nomination(s, _nomination([a, b]), CAMPAIGNS)
    numbering.register(s, "TTr", 4, dt.date(2022, 1, 5), suffix="LĐLĐ")
    sent = noms.mark_sent(s, saved.uuid, date=dt.date(2022, 5, 10))
    assert sent.letter_number_text == "05/TTr-LĐLĐ" and sent.is_sent
    assert get_dossier(s, a.uuid).status == Status.NOMINATED
    with pytest.raises(NominationSentError):
        noms.save_nomination(s, sent, CAMPAIGNS)
    with pytest.raises(NominationSentError):
        noms.delete_nomination(s, sent.uuid)
    with pytest.raises(NominationSentError):
        noms.mark_sent(s, sent.uuid)


# ---- completeness --------------------------------------------------------------------------


def _gaps(s, uuid) -> set[str]:
    result = nomination_checks.completeness(s, uuid, CAMPAIGNS[MOT_TRIEU], CAMPAIGNS, None,
                                            today=TODAY)
    return {g.code for g in result.gaps}


def test_a_recognised_clean_dossier_is_complete(s):
    (a,) = recognised_dossiers(s, 1)
    result = nomination_checks.completeness(s, a.uuid, CAMPAIGNS[MOT_TRIEU], CAMPAIGNS, None,
                                            today=TODAY)
    assert result.complete and result.gaps == (), result.gaps


def test_complaint_and_authorship_dispute_are_gaps(s):
    (a,) = recognised_dossiers(s, 1)
    save_dossier(s, dataclasses.replace(get_dossier(s, a.uuid), has_complaint=True,
                                        has_authorship_dispute=True))
    assert _gaps(s, a.uuid) == {nomination_checks.COMPLAINT, nomination_checks.AUTHORSHIP_DISPUTE}


def test_no_decision_is_a_gap(s):
    (a,) = recognised_dossiers(s, 1)
    copy = dataclasses.replace(a, uuid="22222222-2222-2222-2222-222222222222", code="",
                               title="Bàn nâng hạ thủy lực cho xưởng sửa chữa ô tô",
                               description_solution="Bơm thủy lực nâng bệ.",
                               description_before="Nâng xe bằng kích tay.")
    # Marked recognised by hand in a database from before the workflow held the status.
    stored = save_dossier(s, copy, imported=True)
    assert stored.status == Status.RECOGNISED
    gaps = nomination_checks.completeness(s, stored.uuid, CAMPAIGNS[MOT_TRIEU], CAMPAIGNS, None,
                                          today=TODAY).gaps
    assert [g.code for g in gaps] == [nomination_checks.NO_DECISION]
    # The message of rule SK-NOT-RECOGNISED, which exports are checked by too.
    assert "chưa có quyết định công nhận" in gaps[0].message
    assert "Đã công nhận" in gaps[0].message  # the status claims what no decision says


def test_a_rejection_is_a_gap_with_its_reason(s):
    save_unit_profile(s, UNIT)
    d = save_dossier(s, dataclasses.replace(
        recognised_dossiers(s, 1)[0], uuid="44444444-4444-4444-4444-444444444444", code="",
        status=Status.DRAFT, title="Bàn nâng hạ thủy lực cho xưởng sửa chữa ô tô",
        description_solution="Bơm thủy lực nâng bệ.", description_before="Nâng xe bằng kích tay."))
    decisions.issue_decision(s, Decision(date=dt.date(2022, 4, 2), items=[
        DecisionItem(d.uuid, Outcome.REJECTED, reason="Trùng giải pháp đã công nhận năm 2020.")]))
    gaps = nomination_checks.completeness(s, d.uuid, CAMPAIGNS[MOT_TRIEU], CAMPAIGNS, None,
                                          today=TODAY).gaps
    assert [g.code for g in gaps] == [nomination_checks.NO_DECISION]
    assert "không được công nhận" in gaps[0].message
    assert "Trùng giải pháp đã công nhận năm 2020." in gaps[0].message


def test_a_decision_outside_the_campaign_window_is_a_gap(s):
    (a,) = recognised_dossiers(s, 1, applied=dt.date(2021, 6, 1), decided=dt.date(2021, 8, 1))
    campaign = CAMPAIGNS[MOT_TRIEU]
    assert campaign.window_start == dt.date(2021, 9, 1)
    gaps = nomination_checks.completeness(s, a.uuid, campaign, CAMPAIGNS, None, today=TODAY).gaps
    assert nomination_checks.NO_DECISION in {g.code for g in gaps}
    assert any("nằm ngoài thời gian của chương trình" in g.message for g in gaps)


def test_a_decision_before_the_first_application_is_a_gap(s):
    (a,) = recognised_dossiers(s, 1, applied=dt.date(2022, 3, 15), decided=dt.date(2022, 3, 1))
    gaps = nomination_checks.completeness(s, a.uuid, CAMPAIGNS[MOT_TRIEU], CAMPAIGNS, None,
                                          today=TODAY).gaps
    # Said once, by the eligibility rules, though the dossier check finds it too.
    assert [g.code for g in gaps] == [nomination_checks.NO_DECISION]
    assert "sau ngày quyết định công nhận 01/03/2022" in gaps[0].message


def test_missing_required_document_until_acknowledged(s):
    (a,) = recognised_dossiers(s, 1)
    stripped = dataclasses.replace(get_dossier(s, a.uuid), attachments=a.attachments[:1])
    # Attachments are recognised content: a correction would make a new version. The check
    # is what matters here, so look at an unfrozen copy.
    copy = dataclasses.replace(stripped, uuid="33333333-3333-3333-3333-333333333333", code="",
                               status=Status.DRAFT)
    copy = save_dossier(s, copy)
    report = checks.check(s, copy, CAMPAIGNS, None, today=TODAY)
    missing = [f for f in report.findings if f.rule_id == "SK-ATTACH-REQUIRED"]
    assert missing, report.findings
    gaps = nomination_checks.completeness(s, copy.uuid, CAMPAIGNS[MOT_TRIEU], CAMPAIGNS, None,
                                          today=TODAY).gaps
    assert nomination_checks.MISSING_DOCUMENT in {g.code for g in gaps}
    for finding in missing:
        checks.acknowledge(s, copy.uuid, Acknowledgement.of(
            finding, by="Hồ Thị Thanh Tâm", on=TODAY, reason="Bản giấy gửi kèm."))
    gaps = nomination_checks.completeness(s, copy.uuid, CAMPAIGNS[MOT_TRIEU], CAMPAIGNS, None,
                                          today=TODAY).gaps
    assert nomination_checks.MISSING_DOCUMENT not in {g.code for g in gaps}


def test_another_eligibility_rule_plugs_in(s):
    (a,) = recognised_dossiers(s, 1)
    result = nomination_checks.completeness(
        s, a.uuid, CAMPAIGNS[MOT_TRIEU], CAMPAIGNS, None, today=TODAY,
        eligibility=lambda _s, _d, _c: ["Quyết định không thuộc đợt này."])
    assert [g.message for g in result.gaps] == ["Quyết định không thuộc đợt này."]


# ---- documents -----------------------------------------------------------------------------


def test_letter_and_summary_rows_follow_the_nomination(s):
    dossiers = recognised_dossiers(s, 3, campaign_id=NAM_2021, applied=dt.date(2021, 3, 1),
                                   decided=dt.date(2021, 4, 1))
    n = _nomination(list(reversed(dossiers)), NAM_2021)
    n.items[0].favoured_field = "atvsld_moi_truong"
    n.basis = "Thực hiện Kế hoạch số 71/KH-LĐLĐ ngày 05/3/2021 của LĐLĐ tỉnh;"
    saved = noms.save_nomination(s, n, CAMPAIGNS)
    letter = nomination_papers.letter_data(s, saved.uuid, CAMPAIGNS)
    assert [r.title for r in letter.items] == [d.title for d in reversed(dossiers)]
    assert letter.quota == 3 and letter.recognised_count == 3
    assert letter.number.strip() == "/TTr-LĐLĐ"  # a draft: the clerk writes the number
    assert letter.basis == [n.basis]
    row = letter.items[0]
    assert row.decision_number == "01/QĐ-LĐLĐ" and row.decision_date == dt.date(2021, 4, 1)
    assert row.note == "Lĩnh vực ưu tiên: An toàn vệ sinh lao động, bảo vệ môi trường"
    assert row.benefit_vnd == 120_000_000 and row.solution_type == "Giải pháp kỹ thuật"
    table = nomination_papers.summary_data(s, saved.uuid, CAMPAIGNS)
    assert len(table.rows) == 3 and table.benefit_total == 360_000_000
