"""Vietnamese numbers in words, by the conventions of accounting and administrative documents."""

from __future__ import annotations

import unicodedata

import pytest

from sangkien_desktop.domain.numwords import amount_in_words, number_to_words

CASES = [
    (0, "không"),
    (1, "một"),
    (4, "bốn"),
    (5, "năm"),
    (9, "chín"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (19, "mười chín"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (31, "ba mươi mốt"),
    (44, "bốn mươi tư"),
    (45, "bốn mươi lăm"),
    (55, "năm mươi lăm"),
    (90, "chín mươi"),
    (99, "chín mươi chín"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (104, "một trăm linh bốn"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (111, "một trăm mười một"),
    (115, "một trăm mười lăm"),
    (121, "một trăm hai mươi mốt"),
    (205, "hai trăm linh năm"),
    (999, "chín trăm chín mươi chín"),
    (1000, "một nghìn"),
    (1001, "một nghìn không trăm linh một"),
    (1010, "một nghìn không trăm mười"),
    (1015, "một nghìn không trăm mười lăm"),
    (1050, "một nghìn không trăm năm mươi"),
    (1100, "một nghìn một trăm"),
    (2021, "hai nghìn không trăm hai mươi mốt"),
    (2024, "hai nghìn không trăm hai mươi tư"),
    (2025, "hai nghìn không trăm hai mươi lăm"),
    (10_000, "mười nghìn"),
    (15_000, "mười lăm nghìn"),
    (21_000, "hai mươi mốt nghìn"),
    (100_000, "một trăm nghìn"),
    (105_000, "một trăm linh năm nghìn"),
    (1_000_000, "một triệu"),
    (1_000_005, "một triệu không trăm linh năm"),
    (1_005_000, "một triệu không trăm linh năm nghìn"),
    (1_500_000, "một triệu năm trăm nghìn"),
    (2_021_500, "hai triệu không trăm hai mươi mốt nghìn năm trăm"),
    (25_000_000, "hai mươi lăm triệu"),
    (120_000_000, "một trăm hai mươi triệu"),
    (154_320_000, "một trăm năm mươi tư triệu ba trăm hai mươi nghìn"),
    (1_000_000_000, "một tỷ"),
    (1_000_000_005, "một tỷ không trăm linh năm"),
    (1_001_000_000, "một tỷ không trăm linh một triệu"),
    (2_500_000_000, "hai tỷ năm trăm triệu"),
    (10_000_000_000, "mười tỷ"),
    (21_000_000_000, "hai mươi mốt tỷ"),
    (1_000_000_000_000, "một nghìn tỷ"),
    (1_000_000_005_000, "một nghìn tỷ không trăm linh năm nghìn"),
    (2_005_000_000_000, "hai nghìn không trăm linh năm tỷ"),
    (1_000_000_000_000_000, "một triệu tỷ"),
    (10**18, "một tỷ tỷ"),
    (10**18 + 1, "một tỷ tỷ không trăm linh một"),
    (3 * 10**18 + 4 * 10**9, "ba tỷ không trăm linh bốn tỷ"),
]


@pytest.mark.parametrize(("n", "words"), CASES)
def test_number_to_words(n, words):
    assert number_to_words(n) == words


@pytest.mark.parametrize(("n", "words"), CASES)
def test_words_are_nfc(n, words):
    text = number_to_words(n)
    assert unicodedata.normalize("NFC", text) == text


@pytest.mark.parametrize("n", [21, 31, 41, 51, 61, 71, 81, 91])
def test_mot_after_muoi_is_mot_with_sac(n):
    assert number_to_words(n).endswith("mươi mốt")


@pytest.mark.parametrize("n", [1, 11, 101, 1001, 1_000_001])
def test_mot_elsewhere_is_mot_with_nang(n):
    assert number_to_words(n).endswith("một")
    assert "mốt" not in number_to_words(n)


@pytest.mark.parametrize("n", [24, 34, 94, 124])
def test_tu_after_muoi(n):
    assert number_to_words(n).endswith("mươi tư")


@pytest.mark.parametrize("n", [4, 14, 104, 1004])
def test_bon_elsewhere(n):
    assert number_to_words(n).endswith("bốn")


@pytest.mark.parametrize("n", [15, 25, 95, 115, 1015])
def test_lam_after_tens(n):
    assert number_to_words(n).endswith("lăm")


@pytest.mark.parametrize("n", [5, 105, 1005, 50, 500])
def test_nam_elsewhere(n):
    assert "lăm" not in number_to_words(n)


def test_no_le_and_no_khong_nghin():
    for n in (2025, 1_000_005, 1_000_000_005, 10**12 + 5):
        words = number_to_words(n)
        assert " lẻ " not in f" {words} "
        assert "không nghìn" not in words
        assert "không triệu" not in words


def test_every_number_up_to_ten_thousand_reads_without_gaps():
    # A cheap consistency check over a range: words are non-empty, single-spaced, and a
    # number with a non-zero last digit never ends in a scale word.
    for n in range(1, 10_001):
        words = number_to_words(n)
        assert words and "  " not in words and words == words.strip()
        if n % 10:
            assert not words.endswith(("mươi", "trăm", "nghìn"))


def test_negative_and_wrong_types():
    assert number_to_words(-15) == "âm mười lăm"
    with pytest.raises(TypeError):
        number_to_words(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        number_to_words(True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (120_000_000, "(Một trăm hai mươi triệu đồng)"),
        (0, "(Không đồng)"),
        (1_000_005, "(Một triệu không trăm linh năm đồng)"),
        (15_500_000, "(Mười lăm triệu năm trăm nghìn đồng)"),
        (2_025, "(Hai nghìn không trăm hai mươi lăm đồng)"),
    ],
)
def test_amount_in_words(amount, text):
    assert amount_in_words(amount) == text


def test_amount_in_words_options():
    assert amount_in_words(None) == ""
    assert amount_in_words(21_000, parentheses=False) == "Hai mươi mốt nghìn đồng"
