"""How alike two dossiers' texts are: accent- and đ-insensitive words and word pairs, weighted by
TF-IDF, compared by cosine.

Only the author's own words count. The form's headings ("Tình trạng giải pháp đã biết", "Tính
mới của giải pháp" …) and quoted legal boilerplate (a sentence citing a decree, a circular or
the Charter, a "Căn cứ …" line, a long quotation) are left out first, so two dossiers that
share only the form do not look alike. The database keeps each dossier's terms
(services/similarity.py); the weights come from how many dossiers hold each term.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

_MARKS = re.compile("[\u0300-\u036f]+")
_WORD = re.compile(r"[^\W_]+")
# A sentence that cites a legal text is boilerplate, not the author's idea.
_LEGAL = re.compile(
    r"\d+/\d{4}/(?:nd-cp|tt-\w+|qh\d+|qd-\w+|l-ctn)|dieu le sang kien|nghi dinh so|thong tu so"
    r"|^\s*can cu\b|\bluat so\b",
)
# A quotation of eight words or more is somebody else's text.
_QUOTED = re.compile(r"[“\"«]([^”\"»]+)[”\"»]")
_SENTENCE = re.compile(r"[^.;!?\n]+[.;!?]*")
_NUMBERING = re.compile(r"^\s*(?:[-+•*–]+|\(?\d+(?:\.\d+)*[.)]?|\(?[a-zđ]\))\s*", re.IGNORECASE)

# The form's own headings and prompts (Thông tư 18/2013, mẫu đơn và báo cáo mô tả), as an
# author copies them into the description; any of them at the start of a line is left out.
FORM_HEADINGS = (
    "Mô tả bản chất của sáng kiến",
    "Tình trạng giải pháp đã biết",
    "Nhược điểm cần khắc phục",
    "Nội dung giải pháp đề nghị công nhận là sáng kiến",
    "Nội dung giải pháp",
    "Các bước thực hiện",
    "Tính mới của giải pháp",
    "Tính mới",
    "Điểm khác biệt của giải pháp",
    "Những thông tin cần được bảo mật",
    "Các điều kiện cần thiết để áp dụng sáng kiến",
    "Những điều kiện cần thiết để áp dụng sáng kiến",
    "Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến",
    "Đánh giá lợi ích thu được do áp dụng sáng kiến",
    "Theo ý kiến của tác giả",
    "Theo ý kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu",
    "Khả năng áp dụng",
    "Hiệu quả",
    "Tên sáng kiến",
    "Lĩnh vực áp dụng sáng kiến",
    "Giá trị làm lợi",
    "Cách tính giá trị làm lợi",
)
# Syllables too common to tell dossiers apart on their own (they still make word pairs).
STOP_WORDS = frozenset(
    "va cua cac nhung la co duoc trong cho de voi mot khi thi da tu nay o ra vao theo tai "
    "len nhu ve do cung khong se dang bang hoac hay nen nham tren duoi sau truoc hon rat".split()
)


def fold(text: str) -> str:
    """Lower case, no diacritics, đ → d (the marks all lie in U+0300–U+036F)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return _MARKS.sub("", decomposed).casefold()


_HEADINGS = tuple(sorted((" ".join(_WORD.findall(fold(h))) for h in FORM_HEADINGS),
                         key=len, reverse=True))


def _strip_headings(line: str) -> str:
    """A folded line without the form headings it starts with (numbering and ':' too)."""
    while True:
        line = _NUMBERING.sub("", line)
        words = " ".join(_WORD.findall(line))
        for heading in _HEADINGS:
            if words == heading or words.startswith(heading + " "):
                # Drop as many words of the line as the heading has.
                count = heading.count(" ") + 1
                found = list(_WORD.finditer(line))
                line = line[found[count - 1].end():].lstrip(" ,:.-–")
                break
        else:
            return line


def own_text(text: str) -> str:
    """The folded text without form headings and legal boilerplate: what is compared."""
    kept = []
    for raw in fold(text).splitlines():
        line = _QUOTED.sub(lambda m: " " if len(_WORD.findall(m.group(1))) >= 8 else m.group(0),
                           raw)
        line = _strip_headings(line)
        for sentence in _SENTENCE.findall(line):
            if not _LEGAL.search(sentence):
                kept.append(sentence)
    return "\n".join(s.strip() for s in kept if s.strip())


def terms(text: str) -> list[str]:
    """The terms of a text (already through ``own_text``): each word outside STOP_WORDS and
    each pair of neighbouring words of one sentence (line), written ``first_second``."""
    out: list[str] = []
    for line in text.splitlines():
        words = _WORD.findall(line)
        out += [w for w in words if w not in STOP_WORDS and len(w) > 1]
        out += [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)
                if not (a in STOP_WORDS and b in STOP_WORDS)]
    return out


def dossier_terms(title: str, *description: str) -> list[str]:
    """A dossier's terms: its title and description parts, each part on its own (no word pair
    spans two parts)."""
    out: list[str] = []
    for part in (title, *description):
        if part and part.strip():
            out += terms(own_text(part))
    return out


def idf(documents: int, holding: int) -> float:
    return math.log((documents + 1) / (holding + 1)) + 1.0


def idfs(doc_freq: Mapping[str, int], documents: int) -> dict[str, float]:
    """Each term's inverse document frequency, from how many of ``documents`` hold it."""
    return {t: idf(documents, n) for t, n in doc_freq.items()}


def weights(counts: Mapping[str, int], idf_of: Mapping[str, float], documents: int) -> dict[str, float]:
    """TF-IDF weights (sublinear term frequency) of one text's term counts; a term no
    document holds gets the highest weight."""
    unseen = idf(documents, 0)
    return {t: (1.0 + math.log(n)) * idf_of.get(t, unseen) for t, n in counts.items() if n > 0}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(b) < len(a):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


# ---- the side-by-side view: which passages two texts share ---------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def shared_spans(text: str, other: str, *, run: int = 3) -> list[Span]:
    """Passages of ``text`` (character spans of the original) whose words, folded, also occur
    in ``other`` as a run of at least ``run`` words in the same order."""
    other_words = _WORD.findall(own_text(other))
    grams = {tuple(other_words[i:i + run]) for i in range(len(other_words) - run + 1)}
    found = list(_WORD.finditer(text))
    folded = [fold(m.group(0)) for m in found]
    marked = [False] * len(found)
    for i in range(len(found) - run + 1):
        if tuple(folded[i:i + run]) in grams:
            for j in range(i, i + run):
                marked[j] = True
    spans: list[Span] = []
    for i, m in enumerate(found):
        if not marked[i]:
            continue
        if spans and i > 0 and marked[i - 1]:
            spans[-1] = Span(spans[-1].start, m.end())
        else:
            spans.append(Span(m.start(), m.end()))
    return spans
