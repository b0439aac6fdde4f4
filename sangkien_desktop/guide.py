"""The user guide shipped with the program (resources/guide/): where it is, what it links to.

Plain text helpers shared by Help → Hướng dẫn and the tests; the rendering is Qt's (gui/).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from sangkien_desktop.resources import resource_path

GUIDE_FILE = "huong-dan-su-dung.md"

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.MULTILINE)


def guide_path() -> Path:
    return resource_path("guide", GUIDE_FILE)


def heading_slug(text: str) -> str:
    """The anchor GitHub gives a heading ("12. Sao lưu" → "12-sao-lưu"), so one "#slug" link
    works both on GitHub and in the program."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


def headings(markdown: str) -> list[tuple[int, str]]:
    """(level, text) of every heading outside code blocks."""
    without_code = re.sub(r"```.*?```", "", markdown, flags=re.DOTALL)
    return [(len(m.group(1)), m.group(2)) for m in _HEADING.finditer(without_code)]


def _fold_char(ch: str) -> str:
    if ch in "đĐ":  # i18n: keep
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def fold_keep_length(text: str) -> str:
    """Lower case without diacritics, one character for one ("Sao lưu" → "sao luu"), so a
    position in the folded text is the same position in the original."""
    return "".join(_fold_char(ch) for ch in text)
