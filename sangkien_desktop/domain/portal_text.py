"""The portal's description box: count characters as it does, and draft a text that fits.

The box is a browser textarea. It counts UTF-16 code units of what is pasted, a line break
as one. What we hand over for pasting is ``clean_portal_text`` of the text (NFC, invisible
characters dropped, odd spaces made plain, ends trimmed), so we count that form: decomposed
Vietnamese counts as its composed form. Every Vietnamese letter is one unit; a character
outside the Basic Multilingual Plane (an emoji) is two, as in the browser.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import clean_text
from sangkien_desktop.domain.values import format_money

ELLIPSIS = "…"
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_SPACE_RUNS = re.compile(r"[ \t]+")

# Sections of the long description, in order, with the label put before each in the draft.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("description_before", "Thực trạng trước khi có sáng kiến"),
    ("description_solution", "Nội dung giải pháp"),
    ("description_novelty", "Tính mới"),
    ("benefit", "Hiệu quả"),
)


def clean_portal_text(text: str) -> str:
    """The text as it should be pasted on the portal (and as it is counted)."""
    return clean_text(text).strip()


def _units(text: str) -> int:
    # UTF-16 code units: a character outside the BMP is a surrogate pair (two). The encoder
    # counts in C what a loop over the characters did in Python (checking 100,000 dossiers).
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def portal_length(text: str) -> int:
    """Characters the portal's box shows for ``text`` once cleaned for pasting."""
    return _units(clean_portal_text(text))


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def format_count(n: int, limit: int | None = None) -> Message:
    """1874, 2000 → "1.874/2.000 ký tự" (as the portal shows it, with Vietnamese grouping)."""
    if limit is None:
        return Message("characters", n=_thousands(n))
    return Message("characters_of", n=_thousands(n), limit=_thousands(limit))


def cut_point(text: str, budget: int) -> int:
    """Index to cut ``text`` so that ``text[:i]`` fits ``budget`` units, at a word boundary.

    A single word longer than the budget is cut between letters, never between a letter and
    its combining mark.
    """
    if _units(text) <= budget:
        return len(text)
    used, i = 0, 0
    while i < len(text):
        u = 2 if ord(text[i]) > 0xFFFF else 1
        if used + u > budget:
            break
        used += u
        i += 1
    if i < len(text) and text[i].isspace():
        return i
    space = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i), text.rfind("\t", 0, i))
    if space > 0:
        return space
    while i > 0 and unicodedata.category(text[i]).startswith("M"):
        i -= 1
    return i


def fit_text(text: str, budget: int) -> tuple[str, str]:
    """``(kept, cut)``: kept fits ``budget`` and ends with "…" when something was cut."""
    if _units(text) <= budget:
        return text, ""
    if budget <= _units(ELLIPSIS):
        return "", text
    i = cut_point(text, budget - _units(ELLIPSIS))
    kept = text[:i].rstrip(" \t\n,;:-–")
    if not kept:
        return "", text
    return kept + ELLIPSIS, text[i:].strip()


@dataclass(frozen=True)
class PortalSection:
    key: str  # the Dossier attribute, or "benefit" for the benefit fields together
    label: str
    full: str  # the whole section text
    kept: str  # what the draft holds ("" when left out)
    cut: str  # what was cut off ("" when nothing)


@dataclass(frozen=True)
class PortalDraft:
    text: str
    limit: int | None
    sections: tuple[PortalSection, ...]

    @property
    def length(self) -> int:
        return portal_length(self.text)

    @property
    def was_cut(self) -> bool:
        return any(s.cut for s in self.sections)

    @property
    def cut_text(self) -> str:
        """What was left out, section by section, for the GUI to show."""
        return "\n".join(f"{s.label}: {s.cut}" for s in self.sections if s.cut)

    @property
    def count_label(self) -> str:
        return format_count(self.length, self.limit)


def _tidy(text: str) -> str:
    text = clean_portal_text(text)
    text = _BLANK_LINES.sub("\n", text)
    return _SPACE_RUNS.sub(" ", text)


def benefit_text(dossier: Dossier) -> str:
    """The benefit in one paragraph: the value in VND (the applying unit's figure first),
    then the social benefit."""
    parts = []
    value = dossier.benefit_unit_vnd
    if value is None:
        value = dossier.benefit_author_vnd
    if value:
        parts.append(f"Giá trị làm lợi: {format_money(value)}.")
    social = _tidy(dossier.benefit_unit_social) or _tidy(dossier.benefit_author_social)
    if social:
        parts.append(social)
    return " ".join(parts)


def _bodies(dossier: Dossier) -> list[tuple[str, str, str]]:
    out = []
    for key, label in SECTIONS:
        body = benefit_text(dossier) if key == "benefit" else _tidy(getattr(dossier, key))
        out.append((key, label, body))
    return out


def _allocate(lengths: list[int], available: int) -> list[int]:
    """Shares ``available`` so short sections stay whole and long ones get equal shares."""
    budgets = [0] * len(lengths)
    remaining, left = available, len(lengths)
    for idx in sorted(range(len(lengths)), key=lambda k: lengths[k]):
        budgets[idx] = min(lengths[idx], remaining // left)
        remaining -= budgets[idx]
        left -= 1
    return budgets


def _assemble(parts: list[tuple[str, str]], labelled: bool) -> str:
    return "\n".join(f"{label}: {body}" if labelled else body for label, body in parts)


def build_portal_text(dossier: Dossier, limit: int | None) -> PortalDraft:
    """A portal description drafted from the long description sections, within ``limit``.

    Each non-empty section becomes "Label: text" on its own line. When the whole is too long,
    every section keeps its beginning: short ones stay whole, long ones share the rest
    equally and are cut at a word boundary with "…". The draft is a start for the officer
    to edit, and ``cut_text`` shows what was left out.
    """
    bodies = _bodies(dossier)
    present = [(k, lbl, b) for k, lbl, b in bodies if b]
    if limit is None or _units(_assemble([(lbl, b) for _, lbl, b in present], True)) <= limit:
        text = _assemble([(lbl, b) for _, lbl, b in present], True)
        sections = tuple(PortalSection(k, lbl, b, b, "") for k, lbl, b in bodies)
        return PortalDraft(text, limit, sections)

    labelled = True
    while present:
        overhead = len(present) - 1
        if labelled:
            overhead += sum(_units(lbl) + 2 for _, lbl, _ in present)
        available = max(limit, 0) - overhead
        if available >= 20 * len(present) or (not labelled and available >= len(present)):
            break
        if labelled:
            labelled = False
        else:
            present = present[:-1]

    budgets = _allocate([_units(b) for _, _, b in present], max(available, 0)) if present else []
    fitted: dict[str, tuple[str, str]] = {}
    for (key, _, body), budget in zip(present, budgets, strict=True):
        fitted[key] = fit_text(body, budget)
    parts = [(lbl, fitted[k][0]) for k, lbl, _ in present if fitted[k][0]]
    kept_sections: list[PortalSection] = []
    for key, label, body in bodies:
        kept, cut = fitted.get(key, ("", body))
        kept_sections.append(PortalSection(key, label, body, kept, cut))
    return PortalDraft(_assemble(parts, labelled), limit, tuple(kept_sections))
