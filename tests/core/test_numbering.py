import datetime as dt

import pytest

from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.council.numbering import format_number, propose_next, register


def test_numbers_restart_each_year_and_per_type(db):
    with db.session() as s:
        assert propose_next(s, "QĐ", 2026) == 1
        register(s, "QĐ", 1, dt.date(2026, 1, 5), suffix="CĐCS")
        register(s, "QĐ", 7, dt.date(2026, 3, 5), suffix="CĐCS")
        register(s, "TTr", 1, dt.date(2026, 3, 5), suffix="CĐCS")
        assert propose_next(s, "QĐ", 2026) == 8
        assert propose_next(s, "TTr", 2026) == 2
        assert propose_next(s, "QĐ", 2027) == 1
        register(s, "QĐ", 1, dt.date(2027, 1, 2))


def test_used_number_is_refused_with_the_next_free_one(db):
    with db.session() as s:
        register(s, "QĐ", 12, dt.date(2026, 4, 1), suffix="CĐCS")
        with pytest.raises(InputError) as info:
            register(s, "QĐ", 12, dt.date(2026, 9, 1), suffix="CĐCS")
        assert "12/QĐ-CĐCS" in info.value.message and "số 13" in info.value.message
        with pytest.raises(InputError):
            register(s, "XX", 1, dt.date(2026, 9, 1))
        with pytest.raises(InputError):
            register(s, "QĐ", 0, dt.date(2026, 9, 1))


def test_format_number():
    assert format_number(12, "QĐ", "CĐCS") == "12/QĐ-CĐCS"
    assert format_number(3, "TTr", "") == "03/TTr"
    assert format_number(125, "QĐ", "CĐCS") == "125/QĐ-CĐCS"
    assert format_number(5, "QĐ@CTGLH", "CTGLH") == "05/QĐ-CTGLH"
