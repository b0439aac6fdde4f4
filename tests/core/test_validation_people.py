"""Author rules: shares, the credited author, CCCD/CMND, phones, birth dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from sangkien_desktop.domain.validation import Severity, credited_author
from tests.core.test_validation_support import CO_SO, campaign, check, good_dossier


def _findings(report, rule):
    return [f for f in report.findings if f.rule_id == rule]


@pytest.mark.parametrize(
    ("first", "ok"), [("59.99", False), ("60", True), ("60.00", True), ("60.01", False)]
)
def test_shares_add_to_exactly_100(first, ok):
    d = good_dossier()
    d.authors[0].share_percent = Decimal(first)
    found = _findings(check(d), "SK-SHARES-TOTAL")
    assert (found == []) is ok
    if not ok:
        assert found[0].field == "authors"
        assert found[0].severity is Severity.ERROR
        assert "%" in found[0].message and "," in found[0].message


def test_three_equal_thirds_are_not_100():
    d = good_dossier()
    d.authors.append(d.authors[1].__class__(full_name="Lê Văn Cường", cccd=""))
    for a in d.authors:
        a.share_percent = Decimal("33.33")
    found = _findings(check(d), "SK-SHARES-TOTAL")
    assert found and "99,99%" in found[0].message and "33,34" in found[0].fix


@pytest.mark.parametrize("share", [None, Decimal("-1"), Decimal("100.01"), Decimal("NaN")])
def test_missing_or_impossible_share(share):
    d = good_dossier()
    d.authors[1].share_percent = share
    report = check(d)
    assert [f.field for f in _findings(report, "SK-SHARE-MISSING")] == ["authors[1].share_percent"]
    assert "SK-SHARES-TOTAL" not in report.rule_ids()


def test_credit_goes_to_the_lead():
    d = good_dossier()
    d.authors[0].is_lead = False
    d.authors[1].is_lead = True
    info = _findings(check(d), "SK-CREDIT")
    assert info[0].field == "authors[1]" and "Trần Thị Bình" in info[0].message
    assert info[0].severity is Severity.INFO


def test_credit_goes_to_the_largest_share_without_a_lead():
    d = good_dossier()
    d.authors[0].is_lead = False
    d.authors[0].share_percent = Decimal("30")
    d.authors[1].share_percent = Decimal("70")
    assert credited_author(d) == (1, [1])
    assert _findings(check(d), "SK-CREDIT")[0].field == "authors[1]"
    assert "SK-CREDIT-TIE" not in check(d).rule_ids()


def test_tie_for_the_largest_share_is_a_warning():
    d = good_dossier()
    d.authors[0].is_lead = False
    d.authors[0].share_percent = d.authors[1].share_percent = Decimal("50")
    tie = _findings(check(d), "SK-CREDIT-TIE")
    assert tie and tie[0].severity is Severity.WARNING
    assert "Nguyễn Văn An" in tie[0].message and "Trần Thị Bình" in tie[0].message


def test_two_leads_are_a_warning():
    d = good_dossier()
    d.authors[1].is_lead = True
    assert "SK-CREDIT-TIE" in check(d).rule_ids()


def test_single_author_has_no_credit_hint():
    d = good_dossier()
    d.authors = d.authors[:1]
    d.authors[0].share_percent = Decimal(100)
    assert not {"SK-CREDIT", "SK-CREDIT-TIE"} & check(d).rule_ids()


def test_credit_rule_follows_the_campaign():
    d = good_dossier()
    assert "SK-CREDIT" not in check(d, campaign(credit_rule="all_authors")).rule_ids()


@pytest.mark.parametrize(
    ("number", "rule"),
    [
        ("045085123456", None),
        ("045 085 123.456", None),
        ("001085123456", None),
        ("096085123456", None),  # Cà Mau, the last code
        ("000085123456", "SK-CCCD-FORMAT"),  # no such province
        ("003085123456", "SK-CCCD-FORMAT"),  # a gap in the codes
        ("097085123456", "SK-CCCD-FORMAT"),
        ("045485123456", "SK-CCCD-FORMAT"),  # century digit 4
        ("04508512345", "SK-CCCD-FORMAT"),  # 11 digits
        ("0450851234567", "SK-CCCD-FORMAT"),  # 13 digits
        ("04508512345A", "SK-CCCD-FORMAT"),
        ("０４５０８５１２３４５６", "SK-CCCD-FORMAT"),  # full-width digits are not digits here
        ("280111111", "SK-CMND-OLD"),
        ("045090123456", "SK-CCCD-BIRTH"),  # says born 1990, recorded 1985
        ("045285123456", "SK-CCCD-BIRTH"),  # says born 2085
    ],
)
def test_id_numbers(number, rule):
    d = good_dossier()
    d.authors[0].cccd = number
    report = check(d)
    got = {f.rule_id for f in report.findings if f.field == "authors[0].cccd"}
    assert got == ({rule} if rule else set())
    if rule == "SK-CMND-OLD" or rule == "SK-CCCD-BIRTH":
        assert next(f for f in report.findings if f.rule_id == rule).severity is Severity.WARNING


def test_province_code_unchecked_without_the_list():
    d = good_dossier()
    d.authors[0].cccd = "003085123456"
    assert "SK-CCCD-FORMAT" not in check(d, cccd_province_codes=frozenset()).rule_ids()


def test_century_digit_for_people_born_in_the_2000s():
    d = good_dossier()
    d.authors[1].birth_date = dt.date(2003, 1, 5)
    d.authors[1].cccd = "001303654321"
    assert "SK-CCCD-BIRTH" not in check(d).rule_ids()


def test_same_id_twice_is_an_error():
    d = good_dossier()
    d.authors[1].cccd = d.authors[0].cccd
    found = _findings(check(d), "SK-CCCD-DUPLICATE")
    assert [f.field for f in found] == ["authors[1].cccd"]


@pytest.mark.parametrize(
    ("phone", "ok"),
    [
        ("0912345678", True),
        ("0912.345.678", True),
        ("+84 912 345 678", True),
        ("84912345678", True),
        ("0387654321", True),
        ("0591234567", True),
        ("0701234567", True),
        ("0812345678", True),
        ("", True),
        ("0212345678", False),  # a landline prefix
        ("0112345678", False),
        ("091234567", False),
        ("09123456789", False),
        ("912345678", False),
        ("09123456a8", False),
    ],
)
def test_mobile_phone(phone, ok):
    d = good_dossier()
    d.authors[1].phone = phone
    found = _findings(check(d), "SK-PHONE-FORMAT")
    assert (found == []) is ok
    if not ok:
        assert found[0].field == "authors[1].phone"


@pytest.mark.parametrize(
    ("birth", "rule"),
    [
        (dt.date(2007, 3, 15), None),  # exactly 15 on 15/03/2022
        (dt.date(2007, 3, 16), "SK-BIRTH-AGE"),  # one day short of 15
        (dt.date(1922, 3, 16), None),  # 99
        (dt.date(1922, 3, 15), "SK-BIRTH-AGE"),  # 100
        (dt.date(2022, 3, 15), "SK-BIRTH-FUTURE"),  # born on the day of application
        (dt.date(2030, 1, 1), "SK-BIRTH-FUTURE"),
    ],
)
def test_plausible_birth_dates(birth, rule):
    d = good_dossier()
    d.authors[1].birth_date = birth
    d.authors[1].cccd = ""
    got = {f.rule_id for f in check(d).findings if f.field == "authors[1].birth_date"}
    assert got == ({rule} if rule else set())


def test_author_age_limits_from_the_campaign():
    d = good_dossier()
    d.authors[1].birth_date = dt.date(2008, 1, 1)  # 14
    d.authors[1].cccd = ""
    camp = campaign(CO_SO, validation={"author_age": {"min": 12, "max": 80}})
    assert "SK-BIRTH-AGE" not in check(d, camp).rule_ids()
    assert "SK-BIRTH-AGE" in check(d, campaign(CO_SO)).rule_ids()


def test_author_name_and_birth_date_required():
    d = good_dossier()
    d.authors[1].full_name = ""
    d.authors[1].birth_date = None
    fields = {f.field for f in check(d).errors if f.rule_id == "SK-REQUIRED"}
    assert {"authors[1].full_name", "authors[1].birth_date"} <= fields
