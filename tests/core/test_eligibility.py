"""A nomination or an export takes only dossiers recognised by a decision dated inside the
campaign's window and not before the first application (services.checks)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.dossier import Author, Dossier, Status
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.domain.validation import Severity
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers.checks import eligible_for_nomination
from sangkien_desktop.services.dossiers.saving import save_dossier

MAIN = "mot-trieu-sang-kien-2021-2023"  # window 01/09/2021 – 01/09/2023


@pytest.fixture
def s(db):
    session = db.session()
    yield session
    session.close()


@pytest.fixture(scope="module")
def campaign():
    return load_campaigns()[MAIN]


def _saved(s, applied=dt.date(2022, 4, 12), *, imported=False, **kw) -> Dossier:
    return save_dossier(s, imported=imported, dossier=Dossier(
        title="Xe đẩy dụng cụ tiêm truyền cải tiến", unit_name="Bệnh viện Đa khoa huyện Yên Lạc",
        campaign_id=MAIN, first_applied_on=applied,
        authors=[Author(full_name="Hồ Thị Thanh Nhàn", share_percent=Decimal(100))], **kw))


def _decide(s, dossier, date, outcome=Outcome.RECOGNISED, reason=""):
    return decisions.issue_decision(s, Decision(date=date, items=[
        DecisionItem(dossier.uuid, outcome, reason=reason)]))


def _ids(findings):
    return [f.rule_id for f in findings]


def test_a_dossier_recognised_inside_the_window_may_go(s, campaign):
    d = _saved(s)
    _decide(s, d, dt.date(2022, 6, 3))
    assert eligible_for_nomination(s, d.uuid, campaign) == []


def test_a_dossier_without_a_decision_is_not_eligible(s, campaign):
    draft = _saved(s)
    (finding,) = eligible_for_nomination(s, draft.uuid, campaign)
    assert finding.rule_id == "SK-NOT-RECOGNISED" and finding.severity is Severity.ERROR
    assert "chưa có quyết định công nhận" in finding.message and "trạng thái" not in finding.message
    # A status that says "recognised" (typed in a database made before the workflow held the
    # status, schema < 6) is not a decision.
    claimed = _saved(s, status=Status.RECOGNISED, imported=True)
    (finding,) = eligible_for_nomination(s, claimed.uuid, campaign)
    assert "trạng thái ghi “Đã công nhận”" in finding.message


def test_a_rejected_dossier_is_not_eligible_and_the_reason_is_shown(s, campaign):
    d = _saved(s)
    decision = _decide(s, d, dt.date(2022, 6, 3), Outcome.REJECTED,
                       "Trùng với giải pháp đã được công nhận năm 2021.")
    (finding,) = eligible_for_nomination(s, d.uuid, campaign)
    assert finding.rule_id == "SK-NOT-RECOGNISED"
    assert decision.number_text in finding.message and "03/06/2022" in finding.message
    assert "Trùng với giải pháp" in finding.message


def test_a_decision_outside_the_campaign_window_is_not_eligible(s, campaign):
    d = _saved(s, applied=dt.date(2023, 5, 2))
    _decide(s, d, dt.date(2023, 9, 2))  # the day after the window closed
    (finding,) = eligible_for_nomination(s, d.uuid, campaign)
    assert finding.rule_id == "SK-DECISION-WINDOW" and finding.field == "decision_date"
    assert "02/09/2023" in finding.message and "01/09/2021 – 01/09/2023" in finding.message
    edge = _saved(s, applied=dt.date(2023, 5, 2))
    _decide(s, edge, dt.date(2023, 9, 1))  # the last day is inside
    assert eligible_for_nomination(s, edge.uuid, campaign) == []


def test_a_decision_before_the_first_application_is_not_eligible(s, campaign):
    d = _saved(s, applied=dt.date(2022, 8, 15))
    _decide(s, d, dt.date(2022, 8, 1))
    (finding,) = eligible_for_nomination(s, d.uuid, campaign)
    assert finding.rule_id == "SK-FIRST-APPLIED-AFTER-DECISION"
    assert "15/08/2022" in finding.message and "01/08/2022" in finding.message
    same_day = _saved(s, applied=dt.date(2022, 8, 15))
    _decide(s, same_day, dt.date(2022, 8, 15))
    assert eligible_for_nomination(s, same_day.uuid, campaign) == []


def test_both_date_problems_are_reported_together(s, campaign):
    d = _saved(s, applied=dt.date(2021, 8, 20))
    _decide(s, d, dt.date(2021, 8, 10))
    assert sorted(_ids(eligible_for_nomination(s, d.uuid, campaign))) == [
        "SK-DECISION-WINDOW", "SK-FIRST-APPLIED-AFTER-DECISION"]


def test_a_campaign_may_turn_the_window_rule_off(s, campaign):
    raw = dict(campaign.raw)
    raw["validation"] = {**raw.get("validation", {}), "severity": {"SK-DECISION-WINDOW": "off"}}
    relaxed = dataclasses.replace(campaign, raw=raw)
    d = _saved(s, applied=dt.date(2023, 5, 2))
    _decide(s, d, dt.date(2023, 12, 1))
    assert _ids(eligible_for_nomination(s, d.uuid, campaign)) == ["SK-DECISION-WINDOW"]
    assert eligible_for_nomination(s, d.uuid, relaxed) == []


def test_an_unknown_dossier_is_a_typed_error(s, campaign):
    with pytest.raises(NotFoundError):
        eligible_for_nomination(s, "không-có", campaign)


def test_a_stored_decision_stands_for_the_required_scan_of_it(s, campaign):
    from sangkien_desktop.services.dossiers import checks

    def missing(dossier):
        report = checks.check(s, dossier, {MAIN: campaign}, None)
        return sorted(f.ref for f in report.findings if f.rule_id == "SK-ATTACH-REQUIRED")

    d = _saved(s)
    assert missing(d) == ["danh_gia_hieu_qua", "quyet_dinh_cong_nhan"]
    _decide(s, d, dt.date(2022, 6, 3))
    assert missing(d) == ["danh_gia_hieu_qua"]
    rejected = _saved(s, code="SK-2")
    _decide(s, rejected, dt.date(2022, 6, 4), Outcome.REJECTED, reason="Chưa có số liệu")
    assert missing(rejected) == ["danh_gia_hieu_qua", "quyet_dinh_cong_nhan"]
