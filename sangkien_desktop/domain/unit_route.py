"""The route a nomination takes upward under two-tier local government (since 01/7/2025).

There is no district level any more. A grassroots union (CĐCS) sits under the union directly
above the grassroots: a commune's, ward's or special zone's union, a local sector union or the
industrial-zone union; that one sits under the provincial federation (LĐLĐ tỉnh, thành phố).
Some grassroots unions sit directly under the province, or under a central sector union; a
designated large enterprise's union under either; the province and the central sector unions
under the confederation.

A unit's level is the code Settings keep (``UnitProfile.level``); the codes stay as they were,
so a unit set up before 01/7/2025 ("district_or_sector" then meant the district federation)
keeps its level, and what old nominations, dossiers and received packages say (a district
union named in their text) is their own text, never rewritten. What changes is what a new
nomination is offered: the levels above the unit on its route, never a district.
"""

from __future__ import annotations

import enum
import re

from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import fold


class Receiver(enum.StrEnum):
    """A level a nomination is sent to."""

    DIRECT_UPPER = "direct_upper"  # xã, phường, đặc khu; ngành địa phương; khu công nghiệp
    PROVINCE = "province"  # LĐLĐ tỉnh, thành phố
    CENTRAL_SECTOR = "central_sector"  # công đoàn ngành Trung ương và tương đương
    CONFEDERATION = "confederation"  # Tổng Liên đoàn Lao động Việt Nam


# The unit's level (Settings) → the levels above it, nearest first: the first is where its
# nominations go; a farther one only when a plan asks units to send there directly.
ROUTES: dict[str, tuple[Receiver, ...]] = {
    "cdcs": (Receiver.DIRECT_UPPER, Receiver.PROVINCE),
    "cdcs_direct": (Receiver.PROVINCE,),
    "district_or_sector": (Receiver.PROVINCE,),
    "large_enterprise": (Receiver.PROVINCE, Receiver.CENTRAL_SECTOR),
    "province": (Receiver.CONFEDERATION,),
}


def receivers(level: str) -> tuple[Receiver, ...]:
    """The levels a unit at ``level`` nominates to, nearest first (an unknown level: a
    grassroots union's)."""
    return ROUTES.get(level, ROUTES["cdcs"])


def receiver_label(receiver: Receiver | str) -> Message:
    return Message(f"route_{Receiver(receiver).value}")


# A district union named as it was before 01/7/2025: "LĐLĐ huyện Gio Linh", "Liên đoàn Lao động
# quận 3", "Công đoàn thị xã …" (folded: no accents, đ as d).
_DISTRICT = re.compile(r"\b(?:ldld|lien doan lao dong|cong doan)\s+(?:huyen|quan|thi xa)\b")


def names_district(text: str) -> bool:
    """Whether ``text`` names a district-level union, a level abolished on 01/7/2025."""
    return bool(_DISTRICT.search(fold(text)))


def recipient(receiver: Receiver | str, union_name: str) -> str:
    """How a nomination to ``union_name`` at ``receiver`` is addressed ("Kính gửi"): its
    standing committee ("Ban Thường vụ …"), the confederation's presidium; "" without a
    name (the officer types it)."""
    receiver = Receiver(receiver)
    name = " ".join(union_name.split())
    if receiver == Receiver.CONFEDERATION:
        return str(Message("route_recipient_confederation"))
    if not name or names_district(name):
        return ""
    return str(Message("route_recipient", union=name))


# Words (folded) that name a kind of administrative unit: lower case in a name, and what
# follows them is a place's proper name.
_ADMIN = {("tinh",), ("thanh", "pho"), ("phuong",), ("xa",), ("dac", "khu"), ("huyen",),
          ("quan",), ("thi", "xa"), ("thi", "tran")}
# The union words a name opens with, as they are written: "Công đoàn", "Liên đoàn Lao động".
_OPENINGS = ((("cong", "doan"), (True, False)), (("lien", "doan", "lao", "dong"), (True, False, True, False)))


def _abbreviation(word: str) -> bool:
    return len(word) <= 6 and not any(c in "aeiouy" for c in fold(word))


def as_written(name: str) -> str:
    """A unit's name in ordinary case when it was typed in capitals, as headers print it
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ" → "Liên đoàn Lao động tỉnh Phú Thọ"; "CÔNG ĐOÀN GIÁO
    DỤC TỈNH" → "Công đoàn Giáo dục tỉnh"); a name in mixed case is left as it is."""
    name = " ".join(name.split())
    if not name or name != name.upper():
        return name
    words = name.split()
    folded = [fold(w) for w in words]
    out: list[str] = []
    i = 0
    for opening, capital in _OPENINGS:
        if tuple(folded[:len(opening)]) == opening:
            out = [w.capitalize() if up else w.lower() for w, up in zip(words, capital, strict=False)]
            i = len(opening)
            break
    proper, first = False, True
    while i < len(words):
        kind = next((k for k in sorted(_ADMIN, key=len, reverse=True)
                     if tuple(folded[i:i + len(k)]) == k), None)
        if kind is not None and not proper:
            out += [w.lower() for w in words[i:i + len(kind)]]
            i += len(kind)
            proper = True
            continue
        word = words[i]
        if _abbreviation(word) or word[:1].isdigit():
            out.append(word)
        elif first and folded[i] == "cac":  # "Công đoàn các Khu công nghiệp"
            out.append(word.lower())
            i += 1
            continue
        elif proper or first:
            out.append(word.capitalize())
        else:
            out.append(word.lower())
        first = False
        i += 1
    return " ".join(out)
