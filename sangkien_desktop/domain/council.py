"""The initiative council (Hội đồng sáng kiến), its meetings and the recognition decision, as
plain values; the quorum and the two-thirds vote; the check of a decision's date.

Thông tư 18/2013/TT-BKHCN, Art. 8: recognition needs at least two thirds of the council's
members in favour. The quorum of a meeting is the unit's own rule (default: two thirds of the
members present). Both fractions are data (CouncilRules), read from the council's record.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sangkien_desktop.domain.errors import DataFileError, SangKienError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.scoring import Rubric, default_rubric

TWO_THIRDS = Fraction(2, 3)


class Role(enum.StrEnum):
    CHAIR = "chu_tich"
    VICE_CHAIR = "pho_chu_tich"
    SECRETARY = "thu_ky"
    MEMBER = "uy_vien"


# As the minutes and score sheets print them.
ROLE_LABELS: dict[Role, str] = {
    Role.CHAIR: Message("role_chair"),
    Role.VICE_CHAIR: Message("role_vice_chair"),
    Role.SECRETARY: Message("role_secretary"),
    Role.MEMBER: Message("role_member"),
}


class Outcome(enum.StrEnum):
    RECOGNISED = "recognised"
    REJECTED = "rejected"


class Authority(enum.StrEnum):
    """Who decides: the body the council advises (Ban Chấp hành), or the head of the unit."""

    COUNCIL = "council"
    HEAD = "head"


def parse_fraction(text: str | Fraction) -> Fraction:
    """ "2/3", "0.5", "1" → Fraction; must lie in (0, 1]."""
    try:
        value = Fraction(str(text).strip())
    except (ValueError, ZeroDivisionError) as exc:
        raise DataFileError("fraction_invalid", text=text) from exc
    if not 0 < value <= 1:
        raise DataFileError("fraction_range", text=text)
    return value


@dataclass(frozen=True)
class CouncilRules:
    quorum: Fraction = TWO_THIRDS  # members present / members of the council
    vote_needed: Fraction = TWO_THIRDS  # members in favour / the vote base
    # "council": of every member (the reading of Art. 8); "present": of those present.
    vote_base: str = "council"

    def to_dict(self) -> dict[str, str]:
        return {"quorum": str(self.quorum), "vote_needed": str(self.vote_needed),
                "vote_base": self.vote_base}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CouncilRules:
        base = str(data.get("vote_base", "council"))
        if base not in ("council", "present"):
            raise DataFileError("vote_base_invalid", base=base)
        return cls(parse_fraction(data.get("quorum", "2/3")),
                   parse_fraction(data.get("vote_needed", "2/3")), base)


def quorum_met(present: int, council_size: int, rule: Fraction = TWO_THIRDS) -> bool:
    """At least ``rule`` of the members attend (exact: 4 of 6 is two thirds, met)."""
    return council_size > 0 and Fraction(present, council_size) >= rule


def votes_needed(base: int, rule: Fraction = TWO_THIRDS) -> int:
    """The smallest number of votes that reaches ``rule`` of ``base`` (5 members → 4)."""
    return -((-rule.numerator * base) // rule.denominator)


# ---- records -------------------------------------------------------------------------------


@dataclass
class Member:
    full_name: str
    role: Role = Role.MEMBER
    title: str = ""  # academic or professional title: "ThS.", "Kỹ sư"
    position: str = ""  # job: "Trưởng phòng Kỹ thuật"
    id: int | None = None  # set once stored


@dataclass
class Council:
    name: str  # "Hội đồng sáng kiến Công ty ..."
    unit_name: str
    year: int
    employer: str = ""  # the employer the council belongs to, printed in headers
    founding_number: str = ""  # the decision that set it up: "05/QĐ-CT"
    founding_date: dt.date | None = None
    rubric: Rubric = field(default_factory=default_rubric)
    rules: CouncilRules = field(default_factory=CouncilRules)
    members: list[Member] = field(default_factory=list)
    uuid: str = ""
    archived: bool = False  # used, then put away: out of the pickers, kept for its meetings


# Chair, secretary and at least one member (the trade union's representative sits among them):
# a council of fewer cannot hold the vote Thông tư 18/2013, Art. 8, describes.
MIN_MEMBERS = 3


@dataclass
class ScoreEntry:
    """One member's sheet for one dossier; ``in_favour`` None reads the vote from the scores."""

    member_id: int
    dossier_uuid: str
    scores: dict[str, Any]
    remarks: str = ""
    in_favour: bool | None = None


@dataclass
class Meeting:
    council_uuid: str
    date: dt.date
    place: str
    present_member_ids: list[int]
    dossier_uuids: list[str]
    sheets: list[ScoreEntry] = field(default_factory=list)
    absence_reasons: dict[int, str] = field(default_factory=dict)
    minutes_number: str = ""  # "03/BB-HĐSK"
    start_time: str = ""
    end_time: str = ""
    agenda: str = ""
    conclusion: str = ""
    uuid: str = ""


@dataclass
class DecisionItem:
    dossier_uuid: str
    outcome: Outcome
    reason: str = ""  # required for a rejection: the author reads it
    benefit_agreed_vnd: int | None = None
    reward_vnd: int | None = None
    annex_order: int = 0


@dataclass
class Decision:
    date: dt.date
    items: list[DecisionItem]
    number: int | None = None  # None: the next free number of the year
    authority: Authority = Authority.COUNCIL
    authority_text: str = ""  # printed name of the deciding body; empty: from the unit
    signer_name: str = ""  # empty: from the unit profile
    signer_title: str = ""
    signing_capacity: str = ""
    legal_basis: list[str] = field(default_factory=list)  # empty: DEFAULT_LEGAL_BASIS
    scope: str = ""  # what the decision covers: "đợt 1 năm 2022"
    meeting_uuid: str = ""
    number_text: str = ""  # "12/QĐ-CĐCS", set once issued
    status: str = "issued"
    uuid: str = ""
    # The deciding unit as it was named on the day; empty: the unit profile's (Settings).
    unit_name: str = ""


# Legal references as data (DOMAIN.md): a new decree changes this list, not the code.
DEFAULT_LEGAL_BASIS = (
    "Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng kiến;",
    "Căn cứ Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013 của Bộ Khoa học và Công nghệ hướng "
    "dẫn thi hành một số quy định của Điều lệ Sáng kiến;",
)



class DossierFrozenError(SangKienError):
    """An edit of a recognised (frozen) dossier: a correction needs a new version."""

    code = "dossier_frozen"
