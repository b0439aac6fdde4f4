"""The council's arithmetic: weights, dropped extremes, disqualifying criteria, band edges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.scoring import (
    Band,
    Criterion,
    MemberSheet,
    Rubric,
    default_rubric,
    evaluate,
    parse_score,
    parse_scores,
    round_cent,
)

D = Decimal
RUBRIC = default_rubric()


def sheet(member: str, novelty, applicability, benefit, rubric: Rubric = RUBRIC) -> MemberSheet:
    return MemberSheet(member, parse_scores(
        {"tinh_moi": novelty, "ap_dung": applicability, "hieu_qua": benefit}, rubric))


def test_averages_and_total_of_three_members():
    result = evaluate([sheet("1", 34, "27,5", 26), sheet("2", 30, 25, 24),
                       sheet("3", 32, 26, 25)], RUBRIC)
    assert result.averages == {"tinh_moi": D("32.00"), "ap_dung": D("26.17"), "hieu_qua": D("25.00")}
    assert result.total == D("83.17")  # (87.5 + 79 + 83) / 3 = 83.1666…
    assert result.spread == D("8.5")
    assert result.band.code == "B" and result.recognised
    assert not result.members_disagree


@pytest.mark.parametrize(
    ("scores", "band"),
    [
        ((20, 15, 15), "C"),  # exactly 50: đạt (C)
        ((20, 15, "14,99"), "khong_dat"),
        ((30, 30, 25), "A"),  # exactly 85 with novelty exactly 30: A
        ((29, 30, 26), "B"),  # 85 but novelty under 30: falls to B
        ((30, 25, 15), "B"),  # exactly 70
        ((25, 25, "19,99"), "C"),
    ],
)
def test_band_edges(scores, band):
    assert evaluate([sheet("1", *scores)], RUBRIC).band.code == band


def test_edge_is_judged_on_the_printed_two_decimal_average():
    # 50 + 50 + 49.99 = 149.99 → 49.9966… prints as 50,00: what the minutes show decides.
    result = evaluate([sheet("1", 20, 15, 15), sheet("2", 20, 15, 15),
                       sheet("3", 20, 15, "14,99")], RUBRIC)
    assert result.total == D("50.00") and result.band.code == "C"


def test_a_disqualifying_criterion_under_its_pass_mark_fails_whatever_the_total():
    result = evaluate([sheet("1", 40, 30, 9)], RUBRIC)
    assert result.total == D("79.00")
    assert result.failed_criteria == ("hieu_qua",)
    assert result.band.code == "khong_dat" and not result.recognised


def test_a_non_disqualifying_pass_mark_is_reported_but_does_not_fail():
    rubric = Rubric(
        (Criterion("a", "Tính mới", D(50), pass_mark=D(20)),
         Criterion("b", "Hiệu quả", D(50))),
        (Band("dat", "Đạt", D(50)),),
    )
    result = evaluate([MemberSheet("1", parse_scores({"a": 15, "b": 45}, rubric))], rubric)
    assert result.failed_criteria == ("a",) and result.band.code == "dat"


def test_weights_multiply_each_criterion():
    rubric = Rubric(
        (Criterion("moi", "Tính mới", D(10), weight=D(4)),
         Criterion("ad", "Khả năng áp dụng", D(10), weight=D(3)),
         Criterion("hq", "Hiệu quả", D(10), weight=D(3))),
        (Band("dat", "Đạt", D(50)),),
    )
    assert rubric.max_total == D(100)
    scores = parse_scores({"moi": "7,5", "ad": 5, "hq": 4}, rubric)
    result = evaluate([MemberSheet("1", scores)], rubric)
    assert result.total == D("57.00")  # 30 + 15 + 12
    assert result.averages["moi"] == D("7.50")  # averages stay on the criterion's own scale


def test_extremes_are_dropped_only_from_the_minimum_number_of_sheets():
    rubric = Rubric(RUBRIC.criteria, RUBRIC.bands, drop_extremes=True, drop_extremes_min_sheets=5)
    sheets = [sheet("1", 40, 30, 30), sheet("2", 30, 25, 25), sheet("3", 30, 24, 26),
              sheet("4", 28, 25, 27), sheet("5", 10, 10, 10)]
    result = evaluate(sheets, rubric)
    assert result.dropped == ("1", "5") and result.counted == ("2", "3", "4")
    assert result.total == D("80.00")
    assert result.spread == D(70)  # over every sheet, dropped ones included
    assert result.members_disagree  # 70 > 20
    four = evaluate(sheets[:4], rubric)
    assert four.dropped == () and four.sheet_count == 4


def test_ties_drop_one_sheet_each_side():
    rubric = Rubric(RUBRIC.criteria, RUBRIC.bands, drop_extremes=True, drop_extremes_min_sheets=3)
    result = evaluate([sheet("1", 30, 20, 20)] * 2 + [sheet("3", 30, 20, 20)], rubric)
    assert len(result.dropped) == 2 and len(result.counted) == 1
    assert result.total == D("70.00")


@pytest.mark.parametrize(
    ("value", "code"),
    [("abc", "score_not_number"), ("-1", "score_negative"), ("40,5", "score_above_max"),
     ("", "score_missing"), ("nan", "score_not_number")],
)
def test_invalid_scores_name_the_criterion(value, code):
    with pytest.raises(InputError) as info:
        parse_score(value, RUBRIC.criteria[0])
    assert info.value.code == code
    assert "Tính mới" in info.value.message and info.value.field == "tinh_moi"


def test_rubric_round_trips_through_json_data():
    data = RUBRIC.to_dict()
    assert Rubric.from_dict(data) == RUBRIC
    assert data["bands"][0]["min_scores"] == {"tinh_moi": "30"}


def test_round_half_up_is_exact():
    from fractions import Fraction

    assert round_cent(Fraction(1, 200)) == D("0.01")
    assert round_cent(Fraction(14999, 300)) == D("50.00")
    assert round_cent(Fraction(1, 3)) == D("0.33")
