import datetime as dt
from decimal import Decimal

import pytest

from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.values import (
    format_money,
    format_share,
    normalise_phone,
    parse_date,
    parse_money,
    parse_share,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("15/09/2022", dt.date(2022, 9, 15)),
        ("1/9/2021", dt.date(2021, 9, 1)),
        ("01.09.2023", dt.date(2023, 9, 1)),
        ("2022-02-28", dt.date(2022, 2, 28)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_parse_date_that_does_not_exist_says_so():
    with pytest.raises(InputError) as info:
        parse_date("31/02/2022", field="first_applied_on")
    assert info.value.code == "date_invalid"
    assert info.value.field == "first_applied_on"
    assert "không có thật" in info.value.message


def test_parse_date_bad_format_explains_the_form():
    with pytest.raises(InputError) as info:
        parse_date("tháng 9")
    assert info.value.code == "date_format"
    assert "ngày/tháng/năm" in info.value.message


@pytest.mark.parametrize(
    "text, expected",
    [("50", Decimal("50.00")), ("33,33", Decimal("33.33")), ("12.5 %", Decimal("12.50")), ("", None)],
)
def test_parse_share(text, expected):
    assert parse_share(text) == expected


@pytest.mark.parametrize("text, code", [("năm mươi", "share_not_number"), ("120", "share_range"), ("-1", "share_range")])
def test_parse_share_rejects(text, code):
    with pytest.raises(InputError) as info:
        parse_share(text)
    assert info.value.code == code


def test_format_share():
    assert format_share(Decimal("33.50")) == "33,5"
    assert format_share(Decimal("100.00")) == "100"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("120.000.000", 120_000_000),
        ("120,000,000 đ", 120_000_000),
        ("120000000 VNĐ", 120_000_000),
        ("5.000.000 đồng", 5_000_000),
        # Words of scale, as spreadsheets and reports write amounts (issue 18).
        ("12 triệu", 12_000_000),
        ("12 triệu đồng", 12_000_000),
        ("1,5 tỷ", 1_500_000_000),
        ("1.5 tỷ đ", 1_500_000_000),
        ("500 nghìn", 500_000),
        ("0,5 triệu", 500_000),
        ("1.500 triệu", 1_500_000_000),
        ("12tr", 12_000_000),
        ("", None),
    ],
)
def test_parse_money(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize("text", ["một trăm triệu", "12,5", "1,2345 đồng", "triệu", "12 trăm"])
def test_parse_money_rejects_what_is_not_whole_dong(text):
    with pytest.raises(InputError) as info:
        parse_money(text)
    assert info.value.code == "money_format" and "120 triệu" in info.value.message


def test_format_money():
    assert format_money(120_000_000) == "120.000.000 đồng"
    assert format_money(0, unit=False) == "0"


def test_normalise_phone():
    assert normalise_phone("+84 912.345.678") == "0912345678"
    assert normalise_phone("84912345678") == "0912345678"
    assert normalise_phone("0912 345 678") == "0912345678"
