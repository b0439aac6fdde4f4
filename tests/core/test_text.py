import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from sangkien_desktop.domain.text import clean_line, clean_text, fold, nfc, search_terms


def test_fold_removes_marks_and_d_stroke():
    assert fold("Sáng Kiến") == "sang kien"
    assert fold("Đường") == "duong"
    assert fold("LAO ĐỘNG") == "lao dong"
    assert fold("Nguyễn Thị Ánh Tuyết") == "nguyen thi anh tuyet"


def test_fold_accepts_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Đường sáng kiến")
    assert fold(decomposed) == "duong sang kien"


def test_nfc_composes():
    decomposed = unicodedata.normalize("NFD", "Tiếng Việt")
    assert len(decomposed) > len("Tiếng Việt")
    assert nfc(decomposed) == "Tiếng Việt"


def test_clean_text_drops_invisible_and_normalises_breaks():
    raw = "Sáng\u200b kiến\u00ad\u00a0mới\r\ndòng hai\x07"
    assert clean_text(raw) == "Sáng kiến mới\ndòng hai"


def test_clean_line_collapses_space():
    assert clean_line("  Nguyễn\u00a0 Văn\n An  ") == "Nguyễn Văn An"


def test_search_terms_fold_and_dedupe():
    assert search_terms("Đường  duong, Sáng") == ["duong", "sang"]
    assert search_terms("  ") == []


def test_sort_key_follows_vietnamese_alphabet():
    from sangkien_desktop.domain.text import sort_key

    words = ["Đèn", "Ơn", "Bơm", "ư", "Ắc quy", "Dũng", "An toàn", "Ôn", "On", "u", "Ân", "Lệ", "Le"]
    assert sorted(words, key=sort_key) == [
        "An toàn", "Ắc quy", "Ân", "Bơm", "Dũng", "Đèn", "Le", "Lệ", "On", "Ôn", "Ơn", "u", "ư",
    ]
    # Composed and decomposed input sort the same.
    assert sort_key(unicodedata.normalize("NFD", "Đường")) == sort_key("Đường")


_VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list(_VIETNAMESE) + list(" -.,()|\t\n0123456789ßﬁİΣ\x01")
    + ["\u0300", "\u0301", "\u0303", "\u0306", "\u0302", "\u031b", "\u0323", "\u0309",
       "\u0345", "\u0f71", "\u0903"]) | st.characters(), max_size=40))
def test_sort_key_character_by_character_is_the_whole_text_decomposed(text):
    """sort_key's quick way (each character's part kept) gives what decomposing the whole
    text gives, composed or decomposed, with stray marks and characters that fold to two."""
    from sangkien_desktop.domain.text import _sort_key_of, sort_key

    for form in (text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)):
        assert sort_key(form) == _sort_key_of(form)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list(_VIETNAMESE) + ["\u0300", "\u0301", "\u0306", "\u031b", "\u0323", "\u0f71", "\u0903"])
    | st.characters(), max_size=40))
def test_fold_drops_exactly_the_nonspacing_marks(text):
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    assert fold(text) == unicodedata.normalize("NFC", stripped).casefold()
