"""Hints of a possible duplicate: another dossier with a very similar title or description.

Comparison is on folded text (lower case, no diacritics), so "Máy bơm" and "may bom" are
the same words. It is a hint for a person to look at, never an error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import fold
from sangkien_desktop.domain.validation.model import CheckContext, Emit, OtherDossier
from sangkien_desktop.domain.validation.tuning import Tuning

_MARKS = re.compile("[\u0300-\u036f]+")
_WORD = re.compile(r"[^\W_]+")
MAX_HINTS = 5
_MIN_SHINGLES = 5


def duplicate_text(dossier: Dossier) -> str:
    """The description compared between dossiers (give the same to OtherDossier)."""
    parts = (dossier.description_before, dossier.description_solution, dossier.description_novelty)
    text = "\n".join(p for p in parts if p.strip())
    return text or dossier.portal_text


def other_from(dossier: Dossier) -> OtherDossier:
    return OtherDossier(dossier.uuid, dossier.title, duplicate_text(dossier), dossier.code)


def _fold(text: str) -> str:
    """``domain.text.fold`` for comparison, faster on long texts: Vietnamese marks all lie in the
    combining block U+0300–U+036F, so one regex drops them (other scripts' marks stay)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))  # i18n: keep
    return _MARKS.sub("", decomposed).casefold()


def _words(text: str, folder: Callable[[str], str] = _fold) -> list[str]:
    # Folded words in order, punctuation dropped.
    return _WORD.findall(folder(text))


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _words(text)
    return set(zip(words, words[1:], words[2:], strict=False))


def title_similarity(a: str, b: str) -> float:
    fa, fb = " ".join(_words(a, fold)), " ".join(_words(b, fold))
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    matcher = SequenceMatcher(None, fa, fb, autojunk=False)
    if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
        return 0.0
    return matcher.ratio()


def text_similarity(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    if len(a) < _MIN_SHINGLES or len(b) < _MIN_SHINGLES:
        return 0.0
    return len(a & b) / len(a | b)


def check_duplicates(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    if not ctx.others:
        return
    mine = _shingles(duplicate_text(d))
    hits: list[tuple[float, str, OtherDossier]] = []
    # A recognised initiative of an earlier year is the pack's SK-ELIG-RESUBMITTED instead.
    resubmission = ctx.pack is not None and ctx.pack.eligibility.check_resubmission
    filed = ctx.filed_on or ctx.today
    for other in ctx.others:
        if other.uuid == d.uuid or (resubmission and ctx.resubmitted(other, filed)):
            continue
        by_title = title_similarity(d.title, other.title)
        if other.score is not None:  # measured against the archive (services/similarity.py)
            by_text, enough = other.score, ctx.similarity_warn
        else:
            by_text, enough = text_similarity(mine, _shingles(other.description)), tuning.duplicate_text_ratio
        if by_title >= tuning.duplicate_title_ratio:
            hits.append((by_title, "title", other))
        elif by_text >= enough:
            hits.append((by_text, "description_solution", other))
    hits.sort(key=lambda h: -h[0])
    for score, where, other in hits[:MAX_HINTS]:
        what = Message("duplicate_title" if where == "title" else "duplicate_description")
        how = (Message("duplicate_same", what=what) if score >= 1
               else Message("duplicate_similar", what=what, percent=min(round(score * 100), 99)))
        emit(
            "SK-DUPLICATE",
            where,
            Message("check_duplicate_coded", title=other.title, code=other.code, how=how)
            if other.code else Message("check_duplicate", title=other.title, how=how),
            Message("check_duplicate_fix"),
            ref=other.uuid,
        )
