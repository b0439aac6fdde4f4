"""Rules from the campaign's data and the form, each at its boundaries."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from sangkien_desktop.domain.validation import Severity
from tests.core.test_validation_support import (
    CO_SO,
    NAM_2021,
    campaign,
    check,
    good_dossier,
    ids,
)


def test_good_dossier_is_clean():
    report = check()
    assert not report.has_errors
    assert report.warnings == ()
    assert [f.rule_id for f in report.infos] == ["SK-CREDIT"]


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (dt.date(2021, 8, 31), False),
        (dt.date(2021, 9, 1), True),
        (dt.date(2022, 12, 31), True),
        (dt.date(2023, 9, 1), True),
        (dt.date(2023, 9, 2), False),
    ],
)
def test_window_both_ends_inclusive(day, ok):
    d = good_dossier()
    d.first_applied_on = day
    report = check(d, today=dt.date(2023, 9, 1))
    assert ("SK-DATE-WINDOW" not in report.rule_ids()) is ok
    if not ok:
        finding = next(f for f in report.findings if f.rule_id == "SK-DATE-WINDOW")
        assert finding.severity is Severity.ERROR
        assert finding.field == "first_applied_on"
        assert "01/09/2021" in finding.message and "01/09/2023" in finding.message
        assert finding.source.startswith("Hướng dẫn 236")


def test_window_with_open_start():
    d = good_dossier()
    d.first_applied_on = dt.date(2021, 4, 21)
    report = check(d, campaign(NAM_2021), today=dt.date(2021, 4, 21))
    assert "SK-DATE-WINDOW" in report.rule_ids()
    d.first_applied_on = dt.date(2001, 1, 1)
    assert (
        "SK-DATE-WINDOW" not in check(d, campaign(NAM_2021), today=dt.date(2021, 4, 1)).rule_ids()
    )


def test_no_window_no_rule():
    d = good_dossier()
    d.first_applied_on = dt.date(1999, 1, 1)
    assert "SK-DATE-WINDOW" not in check(d, campaign(CO_SO)).rule_ids()


def _with_portal_text(text: str):
    d = good_dossier()
    d.portal_text = text
    return check(d)


def test_portal_text_exactly_the_limit_passes_one_more_fails():
    assert "SK-PORTAL-TEXT-LIMIT" not in _with_portal_text("a" * 2000).rule_ids()
    assert "SK-PORTAL-TEXT-LIMIT" in _with_portal_text("a" * 2001).rule_ids()


def test_decomposed_text_of_exactly_the_limit_counts_as_the_limit():
    composed = ("Việt " * 400)[:2000]
    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) > 2000
    assert "SK-PORTAL-TEXT-LIMIT" not in _with_portal_text(decomposed).rule_ids()
    assert "SK-PORTAL-TEXT-LIMIT" in _with_portal_text(decomposed + "ệ").rule_ids()


def test_crlf_and_invisible_characters_count_as_the_portal_counts():
    text = "a" * 998 + "\r\n" + "\u200b\u00ad" + "b" * 1001  # 998 + 1 + 1001 = 2000
    assert "SK-PORTAL-TEXT-LIMIT" not in _with_portal_text(text).rule_ids()
    finding = next(
        f for f in _with_portal_text(text + "c").findings if f.rule_id == "SK-PORTAL-TEXT-LIMIT"
    )
    assert "2.001/2.000 ký tự" in finding.message


def test_missing_portal_text_only_when_campaign_has_a_limit():
    d = good_dossier()
    d.portal_text = " \u200b\n"
    assert "SK-PORTAL-TEXT-MISSING" in check(d).rule_ids()
    assert "SK-PORTAL-TEXT-MISSING" not in check(d, campaign(CO_SO)).rule_ids()


def test_a_1000_character_campaign_uses_its_own_limit():
    d = good_dossier()
    d.portal_text = "x" * 1001
    report = check(d, campaign(NAM_2021), today=dt.date(2021, 4, 1))
    assert "SK-PORTAL-TEXT-LIMIT" in report.rule_ids()


def test_kind_must_be_one_of_the_campaign():
    d = good_dossier()
    d.solution_type = "covid"
    assert "SK-KIND-ALLOWED" not in check(d).rule_ids()
    report = check(d, campaign(NAM_2021), today=dt.date(2021, 4, 1))
    finding = next(f for f in report.findings if f.rule_id == "SK-KIND-ALLOWED")
    assert "Giải pháp kỹ thuật" in finding.fix


@pytest.mark.parametrize("group", ["", "khong_co"])
def test_target_group_chosen_from_the_campaign(group):
    d = good_dossier()
    d.target_group = group
    assert "SK-TARGET-GROUP" in check(d).rule_ids()
    # A campaign without target groups does not ask.
    assert "SK-TARGET-GROUP" not in check(d, campaign(NAM_2021)).rule_ids()


def test_research_project_needs_acceptance_head_and_date():
    d = good_dossier()
    d.solution_type = "de_tai"
    report = check(d)
    assert {"SK-RESEARCH-ACCEPTED", "SK-RESEARCH-HEAD"} <= report.rule_ids()
    d.research_accepted_on = dt.date(2022, 1, 10)
    d.head_confirmed = True
    assert not {"SK-RESEARCH-ACCEPTED", "SK-RESEARCH-HEAD"} & check(d).rule_ids()
    d.research_accepted_on = dt.date(2022, 5, 2)  # after "today"
    assert "SK-RESEARCH-ACCEPTED" in check(d).rule_ids()


def test_research_applied_since_september_2021():
    d = good_dossier()
    d.solution_type = "de_tai"
    d.research_accepted_on = dt.date(2021, 6, 1)
    d.head_confirmed = True
    d.first_applied_on = dt.date(2021, 9, 1)
    assert "SK-RESEARCH-APPLIED-SINCE" not in check(d).rule_ids()
    d.first_applied_on = dt.date(2021, 8, 31)
    assert "SK-RESEARCH-APPLIED-SINCE" in check(d).rule_ids()


def test_research_rules_only_where_the_campaign_has_them():
    d = good_dossier()
    d.solution_type = "de_tai"
    assert not any(r.startswith("SK-RESEARCH") for r in check(d, campaign(CO_SO)).rule_ids())


def test_required_attachment_matched_by_the_requirement_picked():
    d = good_dossier()
    d.attachments[0].requirement = ""
    d.attachments[0].note = "#quyet_dinh_cong_nhan"  # the old hidden tag counts no more
    report = check(d)
    finding = next(f for f in report.findings if f.rule_id == "SK-ATTACH-REQUIRED")
    assert finding.ref == "quyet_dinh_cong_nhan"
    assert "Giấy tờ bắt buộc" in finding.fix and "#" not in finding.fix
    # The shipped 01 triệu file lowers this rule to a warning (the guidance says "có thể").
    assert finding.severity is Severity.WARNING
    d.attachments[0].requirement = "quyet_dinh_cong_nhan"
    assert "SK-ATTACH-REQUIRED" not in check(d).rule_ids()


def test_required_attachment_is_an_error_without_the_override():
    data_override = {"validation": {"severity": {}}}
    d = good_dossier()
    d.attachments = []
    report = check(d, campaign(**data_override))
    found = [f for f in report.findings if f.rule_id == "SK-ATTACH-REQUIRED"]
    assert len(found) == 2 and all(f.severity is Severity.ERROR for f in found)


def test_nomination_documents_are_not_asked_of_a_dossier():
    d = good_dossier()
    d.attachments = []
    report = check(d, campaign(NAM_2021), today=dt.date(2021, 4, 1))
    assert "SK-ATTACH-REQUIRED" not in report.rule_ids()


@pytest.mark.parametrize(
    ("attr", "rule"),
    [("attests_public_order", "SK-EXCL-PUBLIC-ORDER"), ("attests_no_ip_protection", "SK-EXCL-IP")],
)
def test_exclusions_need_the_attestation(attr, rule):
    d = good_dossier()
    setattr(d, attr, False)
    finding = next(f for f in check(d).findings if f.rule_id == rule)
    assert finding.field == attr and finding.severity is Severity.ERROR
    assert "Nghị định 13/2012/NĐ-CP" in finding.source
    assert rule not in check(d, campaign(exclusions=[])).rule_ids()


@pytest.mark.parametrize(
    ("attr", "rule"),
    [("has_complaint", "SK-COMPLAINT"), ("has_authorship_dispute", "SK-AUTHORSHIP-DISPUTE")],
)
def test_complaint_and_dispute_error_where_the_campaign_says(attr, rule):
    d = good_dossier()
    setattr(d, attr, True)
    soft = next(f for f in check(d).findings if f.rule_id == rule)
    assert soft.severity is Severity.WARNING
    hard = next(
        f
        for f in check(d, campaign(NAM_2021), today=dt.date(2021, 4, 1)).findings
        if f.rule_id == rule
    )
    assert hard.severity is Severity.ERROR
    assert hard.source.startswith("Kế hoạch 71")


@pytest.mark.parametrize(
    "attr",
    ["title", "solution_type", "field_of_application", "description_solution", "unit_name"],
)
def test_required_text_fields(attr):
    d = good_dossier()
    setattr(d, attr, "  \u200b ")
    report = check(d)
    assert any(f.rule_id == "SK-REQUIRED" and f.field == attr for f in report.errors)


def test_required_first_application_and_authors():
    d = good_dossier()
    d.first_applied_on = None
    d.authors = []
    fields = {f.field for f in check(d).errors if f.rule_id == "SK-REQUIRED"}
    assert {"first_applied_on", "authors"} <= fields


def test_first_application_not_in_the_future():
    d = good_dossier()
    d.first_applied_on = dt.date(2022, 5, 1)
    assert "SK-FIRST-APPLIED-FUTURE" not in check(d).rule_ids()
    d.first_applied_on = dt.date(2022, 5, 2)
    assert "SK-FIRST-APPLIED-FUTURE" in check(d).rule_ids()


def test_first_application_not_after_the_decision():
    d = good_dossier()
    assert "SK-FIRST-APPLIED-AFTER-DECISION" not in check(d, decision_date=None).rule_ids()
    on_the_day = check(d, decision_date=d.first_applied_on)
    assert "SK-FIRST-APPLIED-AFTER-DECISION" not in on_the_day.rule_ids()
    later = check(d, decision_date=d.first_applied_on - dt.timedelta(days=1))
    assert "SK-FIRST-APPLIED-AFTER-DECISION" in later.rule_ids()


def test_portal_closed_after_its_last_closing_time():
    d = good_dossier()
    assert "SK-PORTAL-CLOSED" not in check(d, today=dt.date(2023, 9, 1)).rule_ids()
    finding = next(
        f for f in check(d, today=dt.date(2023, 9, 2)).findings if f.rule_id == "SK-PORTAL-CLOSED"
    )
    assert "24 giờ ngày 01/09/2023" in finding.message


def test_portal_fields_of_the_credited_author():
    d = good_dossier()
    d.authors[0].phone = ""
    d.authors[1].cccd = ""  # not the credited author: the portal does not ask
    findings = [f for f in check(d).findings if f.rule_id == "SK-PORTAL-FIELDS"]
    assert [f.field for f in findings] == ["authors[0].phone"]
    assert "SK-PORTAL-FIELDS" not in check(d, campaign(CO_SO)).rule_ids()


def test_benefit_and_description_warnings():
    d = good_dossier()
    d.benefit_unit_vnd = None
    d.benefit_unit_social = ""
    d.description_novelty = ""
    assert {"SK-BENEFIT-MISSING", "SK-DESC-INCOMPLETE"} <= ids(check(d))
    d = good_dossier()
    d.benefit_calculation = ""
    assert "SK-BENEFIT-BASIS" in ids(check(d))
