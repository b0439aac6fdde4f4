"""What a stored file name may be. The name an attachment or a received paper carries is a
display name only, never a path: one part, no folder separator, no ``..``, no drive, no control
character, NFC, not empty, not too long, nothing Windows refuses (``CON``, ``a:b``, ``x?``).

``name_problem`` is the one definition (the interchange schema names it as the format
``file-name``); ``safe_file_name`` turns any stored name into one that passes it, for writing a
file under a folder (``paths.join_inside``) when an old row holds a name from before the rule.
"""

from __future__ import annotations

import re
import unicodedata

from sangkien_desktop.domain.messages import Message

# Windows and Linux both allow 255 characters (UTF-16 units, bytes) in one name.
MAX_NAME_LENGTH = 255
# A name written to disk: ext4 takes 255 bytes, and " (2)" may be added when two names meet.
MAX_NAME_BYTES = 240
_MAX_BYTES_ON_DISK = 255
# Characters no Windows file name may hold; "/" and "\" separate folders, ":" names a drive
# or an NTFS stream ("a.pdf:x").
FORBIDDEN_CHARACTERS = '/\\:*?"<>|'
# Device names Windows opens instead of a file, with any extension ("NUL.pdf", "com1.txt").
_RESERVED = re.compile(r"^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$",
                       re.IGNORECASE)
# Control, format (invisible, bidirectional overrides) and lone surrogate characters.
_CONTROL = ("Cc", "Cf", "Cs")

# Why a name is refused, worded (domain/messages/json_checks.py); the keys are name_problem's.
NAME_PROBLEM_LABELS = {
    reason: Message(f"file_name_{reason}")
    for reason in ("empty", "too_long", "not_nfc", "control", "separator", "dots", "drive",
                   "forbidden", "trailing", "reserved")
}


def _stem(name: str) -> str:
    return name.split(".", 1)[0].rstrip(" ")


def name_problem(name: str) -> str | None:
    """The key in NAME_PROBLEM_LABELS of the first thing that makes ``name`` unsafe as a
    stored file name; None for a safe name."""
    if not name.strip():
        return "empty"
    if len(name) > MAX_NAME_LENGTH:
        return "too_long"
    if any(unicodedata.category(ch) in _CONTROL for ch in name):
        return "control"
    if not unicodedata.is_normalized("NFC", name):
        return "not_nfc"
    if "/" in name or "\\" in name:
        return "separator"
    if not name.strip(". "):
        return "dots"
    if ":" in name:
        return "drive"
    if any(ch in FORBIDDEN_CHARACTERS for ch in name):
        return "forbidden"
    if name.endswith((".", " ")):
        return "trailing"
    if _RESERVED.match(_stem(name)):
        return "reserved"
    return None


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8, never inside a character."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _trim(text: str) -> str:
    """``text`` without whitespace at either end or dots at its end, repeated until stable
    ("a\u00a0." loses its dot, then the no-break space it uncovered)."""
    while True:
        trimmed = text.strip().rstrip(".")
        if trimmed == text:
            return text
        text = trimmed


def _fit(name: str, limit: int) -> str:
    """``name`` cut to ``limit`` bytes of UTF-8, keeping a short extension."""
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext.encode("utf-8")) > 16:
        return _trim(_cut(name, limit))
    stem = _trim(_cut(stem, limit - len(ext.encode("utf-8")) - 1))
    return f"{stem}.{ext}" if stem else _trim(_cut(name, limit))


def _clean(name: str) -> str:
    # Invisible characters go before composing: "C\u200b\u0301" must become "Ć", not "C\u0301".
    text = "".join(ch for ch in name if unicodedata.category(ch) not in _CONTROL)
    text = unicodedata.normalize("NFC", text)
    text = re.split(r"[/\\]", text)[-1]
    text = "".join("_" if ch in FORBIDDEN_CHARACTERS else ch for ch in text)
    text = _fit(_trim(text), MAX_NAME_BYTES)
    if not text.strip(". "):
        return ""
    if _RESERVED.match(_stem(text)):
        text = _fit("_" + text, MAX_NAME_BYTES)
    return text


def safe_file_name(name: str, fallback: str = "tep") -> str:
    """``name`` made safe to write as one file in a folder: its last path part, NFC, without
    control characters, Windows' forbidden characters turned into "_", a device name prefixed,
    at most MAX_NAME_BYTES of UTF-8; ``fallback`` (made safe too) when nothing is left."""
    return _clean(name) or _clean(fallback) or "tep"


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or "name (2).ext", "name (3).ext"… when a file of that name (compared without
    case, as Windows does) is already in ``taken``; the result is added to ``taken``."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        suffix = f" ({n})" + (f".{ext}" if ext else "")
        candidate = _cut(stem, _MAX_BYTES_ON_DISK - len(suffix.encode("utf-8"))) + suffix
    taken.add(candidate.casefold())
    return candidate
