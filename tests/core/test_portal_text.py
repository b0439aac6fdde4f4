"""Counting like the portal's text box, and drafting a portal description that fits."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.portal_text import (
    ELLIPSIS,
    build_portal_text,
    clean_portal_text,
    cut_point,
    fit_text,
    format_count,
    portal_length,
)


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


VIET = "Sáng kiến cải tiến quy trình đóng gói giúp giảm thời gian và tiết kiệm vật tư. "


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("", 0),
        ("abc", 3),
        ("Việt", 4),
        (unicodedata.normalize("NFD", "Việt"), 4),
        ("a\r\nb", 3),
        ("a\nb", 3),
        ("a\rb", 3),
        ("a\u200bb\u200c\u200d\ufeffc\u00add", 4),
        ("a\u00a0b", 3),
        ("a\x07b\x00", 2),
        ("  \n abc \n ", 3),
        ("a\tb", 3),
        ("😀", 2),  # a UTF-16 surrogate pair, as the browser counts it
    ],
)
def test_portal_length(text, n):
    assert portal_length(text) == n


def test_clean_portal_text_is_what_gets_pasted():
    assert clean_portal_text(" Sáng\u00a0kiến\u200b\r\nmới \n") == "Sáng kiến\nmới"


@pytest.mark.parametrize(
    ("n", "limit", "label"),
    [
        (1874, 2000, "1.874/2.000 ký tự"),
        (0, 1000, "0/1.000 ký tự"),
        (999, 1000, "999/1.000 ký tự"),
        (12345, None, "12.345 ký tự"),
        (1234567, 2000, "1.234.567/2.000 ký tự"),
    ],
)
def test_format_count(n, limit, label):
    assert format_count(n, limit) == label


def test_cut_at_a_word_boundary():
    text = "một hai ba bốn"
    assert text[: cut_point(text, 9)] == "một hai"
    assert text[: cut_point(text, 7)] == "một hai"
    assert text[: cut_point(text, 6)] == "một"
    kept, cut = fit_text(text, 9)
    assert kept == "một hai" + ELLIPSIS and cut == "ba bốn"


def test_a_long_word_is_cut_between_letters_not_marks():
    # "ệ" has a precomposed form, but "x̂" (x + combining circumflex) does not.
    word = "x\u0302" * 10
    i = cut_point(word, 5)
    assert not unicodedata.category(word[i]).startswith("M")
    assert i <= 5


def test_text_that_fits_is_kept_whole():
    assert fit_text("ngắn", 10) == ("ngắn", "")
    assert fit_text("ngắn gọn", 1) == ("", "ngắn gọn")


def _dossier(**kw) -> Dossier:
    return Dossier(**kw)


def test_draft_assembles_sections_with_labels():
    d = _dossier(
        description_before="Cắt vải bằng kéo tay.",
        description_solution="Bàn cắt có ray dẫn.",
        description_novelty="",
        benefit_unit_vnd=120_000_000,
        benefit_author_social="Giảm tai nạn.",
    )
    draft = build_portal_text(d, 2000)
    assert draft.text == (
        "Thực trạng trước khi có sáng kiến: Cắt vải bằng kéo tay.\n"
        "Nội dung giải pháp: Bàn cắt có ray dẫn.\n"
        "Hiệu quả: Giá trị làm lợi: 120.000.000 đồng. Giảm tai nạn."
    )
    assert not draft.was_cut and draft.cut_text == ""
    assert draft.count_label == format_count(portal_length(draft.text), 2000)


def test_long_draft_keeps_every_section_beginning_and_reports_the_cut():
    d = _dossier(
        description_before=VIET * 20,
        description_solution=VIET * 40,
        description_novelty="Lần đầu áp dụng.",
        benefit_unit_social="Tiết kiệm 30% thời gian. " * 30,
    )
    draft = build_portal_text(d, 1000)
    assert draft.length <= 1000
    assert draft.length > 900  # the space is used, not wasted
    assert draft.was_cut
    by_key = {s.key: s for s in draft.sections}
    assert by_key["description_novelty"].kept == "Lần đầu áp dụng."
    for key in ("description_before", "description_solution", "benefit"):
        assert by_key[key].kept.endswith(ELLIPSIS)
        assert by_key[key].cut
        assert by_key[key].full.startswith(by_key[key].kept[:-1])
    assert "Nội dung giải pháp: " in draft.cut_text


def test_no_limit_no_cut():
    d = _dossier(description_solution=VIET * 100)
    draft = build_portal_text(d, None)
    assert (
        not draft.was_cut and draft.count_label.endswith(" ký tự") and "/" not in draft.count_label
    )


def test_empty_dossier_gives_empty_draft():
    draft = build_portal_text(Dossier(), 2000)
    assert draft.text == "" and draft.length == 0


sections = st.lists(
    st.sampled_from([*VIET, "\n", "\u200b", "x\u0302", "😀", "  ", "\r\n"]), max_size=900
).map("".join)


@settings(max_examples=200, deadline=None)
@given(sections, sections, sections, sections, st.integers(min_value=0, max_value=2500))
def test_draft_never_exceeds_the_limit(before, solution, novelty, social, limit):
    d = _dossier(
        description_before=before,
        description_solution=solution,
        description_novelty=novelty,
        benefit_author_social=social,
    )
    draft = build_portal_text(d, limit)
    assert portal_length(draft.text) <= limit
    assert _utf16(draft.text) <= limit
    assert draft.text == clean_portal_text(draft.text) or draft.text == ""
    for s in draft.sections:
        if s.kept and not s.cut:
            assert s.kept == s.full


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=400))
def test_fit_text_properties(text, budget):
    kept, cut = fit_text(text, budget)
    assert _utf16(kept) <= budget or not cut
    if not cut:
        assert kept == text
        return
    assert kept == "" or kept.endswith(ELLIPSIS)
    body = kept[: -len(ELLIPSIS)]
    assert text.startswith(body)
    if body:
        # Never between a letter and its combining mark.
        assert not unicodedata.category(text[len(body)]).startswith("M")


@given(st.text(alphabet=VIET, max_size=200))
def test_decomposed_counts_as_composed(text):
    assert portal_length(unicodedata.normalize("NFD", text)) == portal_length(text)
