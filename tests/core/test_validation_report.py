"""The report, acknowledgements, campaign-driven results and the rule table's integrity."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

import sangkien_desktop.domain.validation as validation_pkg
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.validation import (
    DISCLAIMER,
    RULE_TABLE,
    RULES,
    Acknowledgement,
    Severity,
)
from tests.core.test_validation_support import (
    CO_SO,
    MOT_TRIEU,
    campaign,
    campaign_data,
    check,
    good_dossier,
)

ON = dt.date(2022, 5, 2)


def _warned():
    d = good_dossier()
    d.authors[0].cccd = "045090123456"  # birth year mismatch: a warning
    d.has_complaint = True  # a warning under 01 triệu
    return check(d)


def test_report_records_rules_version_and_note():
    report = check()
    assert report.rules_version == f"{MOT_TRIEU}@2022.03"
    assert report.note == DISCLAIMER
    assert report.note.startswith("Hồ sơ đạt kiểm tra không có nghĩa là chắc chắn được công nhận")
    assert report.checked_on == dt.date(2022, 5, 1)


def test_changing_the_campaign_changes_the_result_and_the_version():
    d = good_dossier()
    d.first_applied_on = dt.date(2021, 3, 1)
    shipped = check(d)
    assert "SK-DATE-WINDOW" in shipped.rule_ids()
    wider = campaign(
        version="2099.1", application_window={"start": "2021-01-01", "end": "2023-12-31"}
    )
    moved = check(d, wider)
    assert "SK-DATE-WINDOW" not in moved.rule_ids()
    assert moved.rules_version == f"{MOT_TRIEU}@2099.1" != shipped.rules_version

    d = good_dossier()
    d.portal_text = "x" * 1500
    assert "SK-PORTAL-TEXT-LIMIT" not in check(d).rule_ids()
    assert "SK-PORTAL-TEXT-LIMIT" in check(d, campaign(description_limit=1000)).rule_ids()


def test_campaign_severity_override_and_switch_off():
    d = good_dossier()
    d.benefit_calculation = ""
    as_error = campaign(validation={"severity": {"SK-BENEFIT-BASIS": "error"}})
    assert check(d, as_error).has_errors
    off = campaign(validation={"severity": {"SK-BENEFIT-BASIS": "off"}})
    assert "SK-BENEFIT-BASIS" not in check(d, off).rule_ids()


@pytest.mark.parametrize(
    "validation",
    [
        "garbage",
        {"severity": ["x"], "attachment_max_mb": "abc", "author_age": 5},
        {"duplicate_title_ratio": "high", "portal_fields": "all", "attachment_types": 3},
        {"severity": {"SK-DATE-WINDOW": "maybe"}},
    ],
)
def test_a_broken_validation_key_falls_back_to_defaults(validation):
    report = check(camp=campaign(validation=validation, research_project="yes", validity=7))
    assert not report.has_errors


def test_source_comes_from_the_campaign_when_named():
    d = good_dossier()
    d.target_group = ""
    finding = next(f for f in check(d).findings if f.rule_id == "SK-TARGET-GROUP")
    assert finding.source == campaign_data(MOT_TRIEU)["sources"]["target_groups"]
    finding = next(f for f in check(d, campaign(CO_SO)).findings if f.rule_id == "SK-TARGET-GROUP")
    assert finding.source == RULES["SK-TARGET-GROUP"].source


def test_acknowledged_warnings_leave_only_errors_and_new_warnings():
    report = _warned()
    assert not report.has_errors
    assert {f.rule_id for f in report.unacknowledged([])} == {"SK-CCCD-BIRTH", "SK-COMPLAINT"}
    assert not report.is_clear()
    birth = next(f for f in report.warnings if f.rule_id == "SK-CCCD-BIRTH")
    ack = Acknowledgement.of(birth, by=" Phạm Thị Dung ", on=ON, reason="Đã đối chiếu thẻ gốc")
    assert ack.by == "Phạm Thị Dung" and ack.field == "authors[0].cccd"
    assert [f.rule_id for f in report.unacknowledged([ack])] == ["SK-COMPLAINT"]
    assert report.acknowledged([ack]) == ((birth, ack),)
    complaint = next(f for f in report.warnings if f.rule_id == "SK-COMPLAINT")
    ack2 = Acknowledgement.of(complaint, by="Phạm Thị Dung", on=ON, reason="Đã giải quyết")
    assert report.is_clear([ack, ack2])


def test_acknowledgement_is_for_one_field_only():
    d = good_dossier()
    d.authors[0].cccd = "045090123456"
    d.authors[1].cccd = "001195654321"
    report = check(d)
    first = next(f for f in report.warnings if f.field == "authors[0].cccd")
    ack = Acknowledgement.of(first, by="A", on=ON, reason="ok")
    assert [f.field for f in report.unacknowledged([ack])] == ["authors[1].cccd"]


def test_stale_acknowledgements_are_found():
    report = _warned()
    birth = next(f for f in report.warnings if f.rule_id == "SK-CCCD-BIRTH")
    ack = Acknowledgement.of(birth, by="A", on=ON, reason="ok")
    assert check().stale([ack]) == (ack,)
    assert report.stale([ack]) == ()


def test_errors_cannot_be_acknowledged():
    d = good_dossier()
    d.title = ""
    error = check(d).errors[0]
    with pytest.raises(InputError):
        Acknowledgement.of(error, by="A", on=ON, reason="x")
    forged = Acknowledgement(error.rule_id, error.field, "A", ON, "x")
    assert error in check(d).unacknowledged([forged])


@pytest.mark.parametrize(("by", "reason"), [("", "lý do"), ("Tên", " \n ")])
def test_acknowledgement_needs_a_name_and_a_reason(by, reason):
    warning = _warned().warnings[0]
    with pytest.raises(InputError):
        Acknowledgement.of(warning, by=by, on=ON, reason=reason)


def test_findings_are_sorted_errors_first_and_per_field():
    d = good_dossier()
    d.title = ""
    d.description_novelty = ""
    d.authors[1].phone = "123"
    report = check(d)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    ranks = [order[f.severity] for f in report.findings]
    assert ranks == sorted(ranks)
    assert [f.rule_id for f in report.for_field("authors[1]")] == ["SK-PHONE-FORMAT"]
    assert [f.rule_id for f in report.for_field("authors")] == ["SK-PHONE-FORMAT", "SK-CREDIT"]


def test_messages_are_vietnamese_nfc_with_a_fix_and_a_source():
    d = good_dossier()
    d.title = ""
    d.portal_text = ""
    d.authors[0].phone = "12"
    d.authors[1].share_percent = None
    for f in check(d).findings:
        for text in (f.message, f.fix, f.source):
            assert text and unicodedata.is_normalized("NFC", text)


def test_rule_table_ids_are_unique_and_stable_in_form():
    ids = [r.id for r in RULE_TABLE]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"SK-[A-Z0-9]+(-[A-Z0-9]+)*", i) for i in ids)
    assert {"SK-DATE-WINDOW", "SK-PORTAL-TEXT-LIMIT", "SK-SHARES-TOTAL"} <= set(ids)


def test_every_rule_in_code_is_in_the_table_and_every_table_rule_is_used():
    package = Path(validation_pkg.__file__).parent
    used: set[str] = set()
    for path in package.glob("*.py"):
        if path.name == "rules.py":
            continue
        used |= set(re.findall(r'"(SK-[A-Z0-9-]+)"', path.read_text(encoding="utf-8")))
    assert used - set(RULES) == set()
    assert set(RULES) - used == set()


def test_a_whole_rule_acknowledgement_covers_every_finding_of_the_rule():
    d = good_dossier()
    d.authors[0].cccd = "045090123456"
    d.authors[1].cccd = "001195654321"
    report = check(d)
    first = next(f for f in report.warnings if f.rule_id == "SK-CCCD-BIRTH")
    ack = Acknowledgement.of(
        first, by="A", on=ON, reason="ok", rules_version=report.rules_version, whole_rule=True
    )
    assert ack.field == "" and ack.rules_version == report.rules_version
    assert not [f for f in report.unacknowledged([ack]) if f.rule_id == "SK-CCCD-BIRTH"]
    assert len(report.acknowledged([ack])) == 2
