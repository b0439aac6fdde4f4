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
from typing import Any

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.pass_rule import (  # noqa: F401  (re-exported)
    TWO_THIRDS,
    CouncilRules,
    parse_fraction,
    quorum_met,
    votes_needed,
)
from sangkien_desktop.domain.pay import PayPlan
from sangkien_desktop.domain.rule_pack import NATIONAL_LEGAL_BASIS, RulePack
from sangkien_desktop.domain.scoring import Rubric, default_rubric
from sangkien_desktop.domain.text import clean_line, fold


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


# ---- records -------------------------------------------------------------------------------


@dataclass
class Member:
    full_name: str
    role: Role = Role.MEMBER
    title: str = ""  # academic or professional title: "ThS.", "Kỹ sư"
    position: str = ""  # job: "Trưởng phòng Kỹ thuật"
    id: int | None = None  # set once stored
    # The unit this member heads ("Phòng Kỹ thuật"): kept out of its authors' dossiers.
    heads_unit: str = ""


@dataclass
class Council:
    name: str  # "Hội đồng sáng kiến Công ty ..."
    unit_name: str
    year: int
    employer: str = ""  # the employer the council belongs to, printed in headers
    founding_number: str = ""  # the decision that set it up: "05/QĐ-CT"
    founding_date: dt.date | None = None
    # The rule pack the council follows (its current version); None: the unit's, when saved.
    pack: RulePack | None = None
    members: list[Member] = field(default_factory=list)
    uuid: str = ""
    archived: bool = False  # used, then put away: out of the pickers, kept for its meetings

    @property
    def rubric(self) -> Rubric:
        return self.pack.rubric if self.pack is not None else default_rubric()

    @property
    def rules(self) -> CouncilRules:
        return self.pack.rules if self.pack is not None else CouncilRules()


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


class RecusalKind(enum.StrEnum):
    """Why a member does not score one dossier. The first three take the member out of the
    vote on it; an abstention counts in the vote base as not in favour."""

    CONFLICT = "conflict"  # declared conflict of interest
    AUTHOR = "author"  # named among the authors (found by the program)
    UNIT_HEAD = "unit_head"  # heads the authors' unit (found by the program)
    ABSTAIN = "abstain"


AUTOMATIC_RECUSALS = (RecusalKind.AUTHOR, RecusalKind.UNIT_HEAD)
EXCLUDING_RECUSALS = (RecusalKind.CONFLICT, RecusalKind.AUTHOR, RecusalKind.UNIT_HEAD)


@dataclass(frozen=True)
class Recusal:
    member_id: int
    dossier_uuid: str
    kind: RecusalKind
    note: str = ""

    @property
    def excludes(self) -> bool:
        return self.kind in EXCLUDING_RECUSALS


def _same_name(a: str, b: str) -> bool:
    return bool(a.strip()) and fold(clean_line(a)) == fold(clean_line(b))


def automatic_recusals(members: list[Member], dossier: Dossier) -> list[Recusal]:
    """Members who may not score ``dossier``: one named among its authors, and one who heads
    the authors' unit (the dossier's unit, or a part of an author's workplace, by name)."""
    found = []
    units = {fold(clean_line(dossier.unit_name))} | {
        fold(clean_line(part)) for a in dossier.authors for part in a.workplace.split(",")}
    units.discard("")
    for m in members:
        if m.id is None:
            continue
        if any(_same_name(m.full_name, a.full_name) for a in dossier.authors):
            found.append(Recusal(m.id, dossier.uuid, RecusalKind.AUTHOR))
        elif m.heads_unit.strip() and fold(clean_line(m.heads_unit)) in units:
            found.append(Recusal(m.id, dossier.uuid, RecusalKind.UNIT_HEAD, m.heads_unit))
    return found


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
    # Declared conflicts and abstentions; the service adds the automatic ones when it stores.
    recusals: list[Recusal] = field(default_factory=list)
    rule_pack_ref: str = ""  # the pack it scores and votes under, set when stored
    closed_at: dt.datetime | None = None  # closed: results locked

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


@dataclass
class DecisionItem:
    dossier_uuid: str
    outcome: Outcome
    reason: str = ""  # required for a rejection: the author reads it
    benefit_agreed_vnd: int | None = None
    reward_vnd: int | None = None  # set from ``pay`` when a pay plan is given
    annex_order: int = 0
    scope_code: str = ""  # recognition scope, a code of the pack's scopes
    pay: PayPlan | None = None  # pay to the authors (Nghị định 13/2012, Art. 10)


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
    # The rule pack it was decided under: the meeting's, else the unit's (set when issued).
    rule_pack_ref: str = ""


# Legal references as data (DOMAIN.md): the national pack's; a decision takes its pack's.
DEFAULT_LEGAL_BASIS = NATIONAL_LEGAL_BASIS


class DossierFrozenError(SangKienError):
    """An edit of a recognised (frozen) dossier: a correction needs a new version."""

    code = "dossier_frozen"
