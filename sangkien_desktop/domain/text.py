"""Vietnamese text helpers: NFC normalisation, cleaning of invisible characters, search folding."""

from __future__ import annotations

import re
import unicodedata

# Characters that Word, web pages and input methods leave behind and that nobody means to type.
_INVISIBLE = {
    "\u200b",  # zero width space
    "\u200c",  # zero width non-joiner
    "\u200d",  # zero width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte order mark / zero width no-break space
    "\u00ad",  # soft hyphen
}
_SPACES = {"\u00a0", "\u202f", "\u2007", "\u2009", "\u200a", "\u3000"}
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\u0085")
# Anything clean_text would change besides spaces: when none is present (most text), the
# per-character walk is skipped; imports clean hundreds of thousands of cells.
_NEEDS_WALK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u00a0\u202f\u2007\u2009\u200a\u3000\u2028\u2029]"
)


def nfc(text: str) -> str:
    """Compose decomposed Vietnamese (as some input methods and Word paste it) into NFC."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: str, *, multiline: bool = True) -> str:
    """NFC, invisible characters removed, odd spaces made plain, line breaks made ``\\n``.

    Control characters other than tab and newline are dropped. Single-line values also lose
    newlines and have their surrounding space trimmed.
    """
    if _NEEDS_WALK.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text if multiline else " ".join(text.split())
    text = _LINE_BREAKS.sub("\n", nfc(text))
    out: list[str] = []
    for ch in text:
        if ch in _INVISIBLE:
            continue
        if ch in _SPACES:
            out.append(" ")
            continue
        if ch in "\n\t":
            out.append(ch if multiline else " ")
            continue
        if unicodedata.category(ch) == "Cc":
            continue
        out.append(ch)
    result = "".join(out)
    if not multiline:
        result = " ".join(result.split())
    return result


def clean_line(text: str) -> str:
    """A single-line field: cleaned and trimmed, inner runs of space collapsed."""
    return clean_text(text, multiline=False)


def fold(text: str) -> str:
    """Lower case without diacritics, with đ→d, for searching: "Đường" → "duong".

    đ/Đ are letters of their own in Unicode, not a d with a mark, so NFD leaves them alone.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", decomposed.translate(_WITHOUT_MARKS)).casefold()


class _MarksDropped(dict[int, "int | None"]):
    """str.translate's table that deletes every nonspacing mark (category Mn) and keeps
    every other character; each character's answer kept once asked (up to a bound)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.category(chr(code)) == "Mn" else code
        if len(self) < 1 << 14:
            self[code] = kept
        return kept


_WITHOUT_MARKS = _MarksDropped()


_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(query: str) -> list[str]:
    """Folded words of a search box entry, in order, without duplicates."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(fold(query)):
        seen.setdefault(word, None)
    return list(seen)


# Vietnamese alphabetical order: a ă â b c d đ e ê … o ô ơ … u ư; tones only break ties.
_VARIANT_MARKS = {"\u0306": "1", "\u0302": "2", "\u031b": "3"}  # breve, circumflex, horn
_TONE_MARKS = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}


def sort_key(text: str) -> str:
    """A string that sorts in Vietnamese dictionary order with plain string comparison.

    Each letter becomes itself plus a digit for its variant (a0 ă1 â2, d0 đ1, o0 ô2 ơ3, u0 ư3),
    so "An toàn" < "Ắc quy" < "Bơm", and "Đèn" follows every word in plain d.
    Tone marks only break ties, in the order ngang, huyền, hỏi, ngã, sắc, nặng.

    Worked out character by character from what each character gives on its own (kept in
    ``_PIECES``): the same as ``_sort_key_of`` on the whole text whenever every character
    starts a new letter (its decomposition begins with a base, not a mark), which is the case
    for any text typed as composed characters; else the whole text takes the long way.
    """
    primary: list[str] = []
    tones: list[str] = []
    for ch in text:
        piece = _PIECES.get(ch)
        if piece is None:
            piece = _piece(ch)
            if len(_PIECES) < _PIECES_KEPT:
                _PIECES[ch] = piece
        if not piece:
            return _sort_key_of(text)
        primary.append(piece[0])
        tones.append(piece[1])
    return "".join(primary) + "\x01" + "".join(tones)


# character → (its primary part, its tones) in a sort key; () for a character that may change
# the letter before it (a combining mark), which the per-character way cannot handle.
_PIECES: dict[str, tuple[str, str] | tuple[()]] = {}
_PIECES_KEPT = 1 << 14


def _piece(ch: str) -> tuple[str, str] | tuple[()]:
    decomposed = unicodedata.normalize("NFD", ch.casefold())
    if not decomposed or unicodedata.combining(decomposed[0]) or \
            unicodedata.category(decomposed[0]) == "Mn":
        return ()
    primary, _, tones = _sort_key_of(ch).rpartition("\x01")  # tones are digits only
    return primary, tones


def _sort_key_of(text: str) -> str:
    """``sort_key`` the long way: the text decomposed as a whole, mark by mark."""
    primary: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if ch in _VARIANT_MARKS and primary:
            primary[-1] = primary[-1][0] + _VARIANT_MARKS[ch]
        elif ch in _TONE_MARKS:
            if tones:
                tones[-1] = _TONE_MARKS[ch]
        elif unicodedata.category(ch) == "Mn":
            continue
        elif ch == "đ":
            primary.append("d1")
            tones.append("0")
        elif ch.isalnum():
            primary.append(ch + "0")
            tones.append("0")
        else:
            primary.append(" " if ch.isspace() else ch)
            tones.append("0")
    return "".join(primary) + "\x01" + "".join(tones)


# Words that start the place part of a body's name ("Bảo hiểm xã hội | tỉnh Sơn La") when a
# name follows: an abbreviation names the body, not where it is. Legal forms ("Cổ phần",
# "TNHH") are left out, as units leave them out of their symbols.
_PLACE_WORDS = ("tỉnh", "huyện", "quận", "xã", "phường", "thành phố", "thị xã", "thị trấn", "tp.")
_LEGAL_FORMS = ("cổ phần", "tnhh", "mtv", "cp")


def _starts(words: list[str], i: int, phrases: tuple[str, ...]) -> int:
    """How many words of ``words[i:]`` make one of ``phrases`` (0: none)."""
    for phrase in phrases:
        n = phrase.count(" ") + 1
        if " ".join(w.casefold() for w in words[i : i + n]) == phrase:
            return n
    return 0


def initials(name: str) -> str:
    """The symbol a body's name gives in a document number, as Nghị định 30/2020 abbreviates
    ("Bảo hiểm xã hội tỉnh Sơn La" → "BHXH", "Công ty Cổ phần Giày Lam Hồng" → "CTGLH"):
    the first letter of each word up to the place, a word in capitals ("ĐHQG") kept whole."""
    words = nfc(name).split()
    letters: list[str] = []
    i = 0
    while i < len(words):
        place = _starts(words, i, _PLACE_WORDS)
        if place and letters and i + place < len(words) and words[i + place][:1].isupper():
            break
        skip = _starts(words, i, _LEGAL_FORMS)
        if skip:
            i += skip
            continue
        core = "".join(ch for ch in words[i] if ch.isalnum())
        if core:
            letters.append(core if len(core) > 1 and core.isupper() else core[0].upper())
        i += 1
    return "".join(letters)


_SENTENCE_END = re.compile(r"[.!?;](?=\s)")


def shorten(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, never cut inside a word: whole sentences when the
    last one ends past half the limit, else whole words followed by " …"."""
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit // 2:
        return head[: ends[-1]].rstrip()
    cut = head[:limit - 1].rstrip()
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else cut).rstrip(" ,;:") + " …"
