"""One person's personal data in dossiers (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Nghị định
356/2025/NĐ-CP): who matches a search, what of theirs is erased, and the erasure itself as a
pure function of a dossier.

What is erased: an author's CCCD, phone, birth date and "nơi công tác / nơi thường trú" (the
form's column holds either, so it may be a home address); an applier's birth date and that
column; and the person's CCCD and phone wherever they were typed into a text (a note, an
attachment's note, a description). What stays: names and shares — a recognised dossier and
its decision are legal records that name their authors. ``erase_people`` is the only change
the redaction of a frozen dossier may make (services.dossiers.personal_data checks that the
stored result is exactly its output).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sangkien_desktop.domain.dossier import Applier, Author, Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import fold
from sangkien_desktop.domain.values import normalise_phone

Person = Author | Applier
AUTHOR = "author"
APPLIER = "applier"
# The fields erased per role, in the order the form shows them.
ERASED_FIELDS: dict[str, tuple[str, ...]] = {
    AUTHOR: ("birth_date", "workplace", "cccd", "phone"),
    APPLIER: ("birth_date", "workplace"),
}
PERSONAL_FIELD_LABELS = {f: Message(f"personal_field_{f}")
                         for f in ("birth_date", "workplace", "cccd", "phone")}
ROLE_LABELS = {AUTHOR: Message("person_role_author"), APPLIER: Message("person_role_applier")}
# What replaces an identifier typed into a free text.
ERASED_MARK = "[đã xóa]"  # i18n: keep (written into the data)
# Free-text fields of a dossier where an ID or phone number may have been typed.
TEXT_FIELDS = (
    "title", "field_of_application", "unit_name", "investor", "description_before",
    "description_solution", "description_novelty", "confidential_info", "conditions",
    "benefit_author_social", "benefit_unit_social", "benefit_calculation", "portal_text",
    "notes",
)  # fmt: skip


def name_key(name: str) -> str:
    """A name as compared: folded (no diacritics, đ→d, no case), single-spaced."""
    return " ".join(fold(name).split())


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@dataclass(frozen=True)
class PersonQuery:
    """What identifies the person: any of a name, a CCCD/CMND or a phone number. Every
    criterion given must match (a name and a CCCD narrow to the one with both)."""

    name: str = ""
    cccd: str = ""
    phone: str = ""

    def normalised(self) -> PersonQuery:
        return PersonQuery(name_key(self.name), digits(self.cccd),
                           normalise_phone(self.phone) if self.phone.strip() else "")

    @property
    def is_empty(self) -> bool:
        q = self.normalised()
        return not (q.name or q.cccd or q.phone)

    def matches(self, person: Author | Applier) -> bool:
        """Whether ``person`` is the one searched for; an applier has no CCCD or phone, so a
        search by either never matches one (see ``same_name``)."""
        q = self.normalised()
        if q.name and name_key(person.full_name) != q.name:
            return False
        if q.cccd or q.phone:
            if not isinstance(person, Author):
                return False
            if q.cccd and digits(person.cccd) != q.cccd:
                return False
            if q.phone and normalise_phone(person.phone) != q.phone:
                return False
        return bool(q.name or q.cccd or q.phone)


def has_personal_data(person: Author | Applier) -> bool:
    role = AUTHOR if isinstance(person, Author) else APPLIER
    return any(getattr(person, f) not in (None, "") for f in ERASED_FIELDS[role])


# ---- identifiers typed into texts ------------------------------------------------------------

_SEP = r"[\s.\-]*"


def _pattern(number: str, *, phone: bool) -> str:
    """A number as people type it: digits with spaces, dots or dashes between them; a phone
    also with +84 or 84 instead of the leading 0."""
    if phone and number.startswith("0"):
        return r"(?:\+?84|0)" + _SEP + _SEP.join(number[1:])
    return _SEP.join(number)


@dataclass(frozen=True)
class Identifiers:
    """The CCCD and phone numbers to take out of free texts."""

    cccds: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()

    @classmethod
    def of(cls, people: Iterable[Author | Applier], query: PersonQuery | None = None) -> Identifiers:
        cccds, phones = set(), set()
        for p in people:
            if isinstance(p, Author):
                if len(digits(p.cccd)) >= 9:
                    cccds.add(digits(p.cccd))
                if len(digits(p.phone)) >= 9:
                    phones.add(normalise_phone(p.phone))
        if query is not None:
            q = query.normalised()
            if len(q.cccd) >= 9:
                cccds.add(q.cccd)
            if len(digits(q.phone)) >= 9:
                phones.add(q.phone)
        return cls(frozenset(cccds), frozenset(phones))

    def __bool__(self) -> bool:
        return bool(self.cccds or self.phones)

    def _regex(self) -> re.Pattern[str] | None:
        parts = [_pattern(c, phone=False) for c in sorted(self.cccds)]
        parts += [_pattern(p, phone=True) for p in sorted(self.phones)]
        if not parts:
            return None
        return re.compile(r"(?<![\d+])(?:" + "|".join(parts) + r")(?!\d)")

    def found_in(self, text: str) -> bool:
        regex = self._regex()
        return bool(text) and regex is not None and regex.search(text) is not None

    def scrub(self, text: str) -> str:
        """``text`` with every typed occurrence of the numbers replaced by ERASED_MARK."""
        regex = self._regex()
        if not text or regex is None:
            return text
        return regex.sub(ERASED_MARK, text)


# ---- the erasure -------------------------------------------------------------------------------


_P = TypeVar("_P", Author, Applier)


def _erased(person: _P) -> _P:
    role = AUTHOR if isinstance(person, Author) else APPLIER
    blank: dict[str, Any] = {f: None if f == "birth_date" else "" for f in ERASED_FIELDS[role]}
    return dataclasses.replace(person, **blank)


def erase_people(dossier: Dossier, authors: Iterable[int], appliers: Iterable[int],
                 identifiers: Identifiers) -> Dossier:
    """A copy of ``dossier`` without the personal data of the authors and appliers at these
    positions, and without the numbers of ``identifiers`` in any free text (texts, appliers'
    tasks, attachments' notes). Names, shares and everything else stay as they are."""
    chosen_authors, chosen_appliers = set(authors), set(appliers)
    scrub = identifiers.scrub
    texts: dict[str, Any] = {f: scrub(getattr(dossier, f)) for f in TEXT_FIELDS}
    return dataclasses.replace(
        dossier,
        **texts,
        authors=[_erased(a) if i in chosen_authors else a
                 for i, a in enumerate(dossier.authors)],
        appliers=[dataclasses.replace(_erased(p) if i in chosen_appliers else p,
                                      task=scrub(p.task))
                  for i, p in enumerate(dossier.appliers)],
        attachments=[dataclasses.replace(r, note=scrub(r.note)) for r in dossier.attachments],
    )


def mentions(dossier: Dossier, identifiers: Identifiers) -> list[str]:
    """Where the numbers were typed into a text of the dossier: field paths
    ("notes", "attachments[0].note", "appliers[1].task")."""
    if not identifiers:
        return []
    found = [f for f in TEXT_FIELDS if identifiers.found_in(getattr(dossier, f))]
    found += [f"appliers[{i}].task" for i, p in enumerate(dossier.appliers)
              if identifiers.found_in(p.task)]
    found += [f"attachments[{i}].note" for i, r in enumerate(dossier.attachments)
              if identifiers.found_in(r.note)]
    return found


def mask_number(value: str) -> str:
    """The last three digits only, for showing which number it is: "•••••••••123"."""
    value = digits(value)
    return "•" * max(len(value) - 3, 0) + value[-3:] if value else ""


# ---- packages sent upward ----------------------------------------------------------------------

# What a package may leave out (the upper level needs names and shares to nominate, not how to
# reach or identify the authors): absent there means "not sent", never "erased".
WITHHELD_FIELDS = ("cccd", "phone")


_WITHHELD_BLANK: dict[str, Any] = {f: "" for f in WITHHELD_FIELDS}


def withhold(dossier: Dossier) -> Dossier:
    """The dossier as a package carries it without the authors' CCCD and phone."""
    return dataclasses.replace(dossier, authors=[
        dataclasses.replace(a, **_WITHHELD_BLANK) for a in dossier.authors])


def fill_withheld(received: Dossier, mine: Dossier) -> Dossier:
    """``received`` (from a package that withheld the authors' CCCD and phone) with the values
    this copy holds for the same authors (matched by name): what was not sent is kept."""
    held: dict[str, list[Author]] = {}
    for a in mine.authors:
        held.setdefault(name_key(a.full_name), []).append(a)
    authors = []
    for a in received.authors:
        same = held.get(name_key(a.full_name))
        source = same.pop(0) if same else None
        authors.append(a if source is None else dataclasses.replace(
            a, **{f: getattr(a, f) or getattr(source, f) for f in WITHHELD_FIELDS}))
    return dataclasses.replace(received, authors=authors)
