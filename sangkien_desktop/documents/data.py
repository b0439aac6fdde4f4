"""What each document needs, as plain values. Services fill these from the database.

Every document names its issuing unit through a UnitProfile (header, place, signer); a
``signer`` given here replaces the profile's for that one document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sangkien_desktop.documents.blocks import Signer
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.pay import AuthorPay
from sangkien_desktop.domain.unit_profile import UnitProfile


@dataclass
class DossierPaper:
    """Đơn yêu cầu công nhận sáng kiến, and Báo cáo mô tả sáng kiến, of one dossier."""

    dossier: Dossier
    unit: UnitProfile = field(default_factory=UnitProfile)
    # "Kính gửi: ..." — by default the head of the unit (documents.application).
    addressed_to: str = ""
    date: dt.date | None = None  # None leaves "ngày … tháng … năm …" to fill by hand
    # The dossier stores codes ("quan_ly"); the paper prints what the window shows
    # (domain.catalogue), filled by the service. Empty: the stored text as it is.
    solution_type_label: str = ""
    target_group_label: str = ""


@dataclass
class Criterion:
    name: str
    max_score: Decimal
    guidance: str = ""  # what the member looks at, printed small under the name
    # The rubric's ranges ("31–40: Giải pháp mới hoàn toàn") and minimum, a line each.
    notes: tuple[str, ...] = ()


@dataclass
class ScoreSheet:
    """Phiếu đánh giá sáng kiến of one council member for one dossier; blank when
    ``scores`` is None. It carries names only: no personal data on a meeting sheet."""

    unit: UnitProfile
    council_name: str
    criteria: list[Criterion]
    council_parent: str = ""  # the employer the council belongs to, for the header
    dossier_title: str = ""
    authors: list[Author] = field(default_factory=list)
    dossier_code: str = ""
    member_name: str = ""
    member_role: str = ""  # "Ủy viên Hội đồng"
    scores: list[Decimal | None] | None = None
    remarks: str = ""
    pass_total: Decimal | None = None  # recognised at this total or more (the rubric)
    date: dt.date | None = None
    each_minimum: bool = False  # and only with every criterion at its minimum

    @property
    def total(self) -> Decimal | None:
        if self.scores is None or any(s is None for s in self.scores):
            return None
        return sum((s for s in self.scores if s is not None), Decimal(0))


@dataclass
class CouncilMember:
    full_name: str
    council_role: str  # "Chủ tịch Hội đồng", "Thư ký", "Ủy viên"
    position: str = ""  # the member's job: "Phó Giám đốc Công ty"
    present: bool = True
    absence_reason: str = ""


@dataclass
class ConsideredDossier:
    title: str
    authors: list[Author] = field(default_factory=list)
    average_score: Decimal | None = None
    votes_for: int | None = None
    votes_total: int | None = None
    result: str = ""  # "Đề nghị công nhận", "Không đề nghị công nhận"
    note: str = ""


@dataclass
class MeetingMinutes:
    """Biên bản họp Hội đồng sáng kiến."""

    unit: UnitProfile
    council_name: str
    date: dt.date
    venue: str
    members: list[CouncilMember]
    considered: list[ConsideredDossier]
    number: str = ""
    council_parent: str = ""  # the employer the council belongs to, for the header
    start_time: str = ""  # "08 giờ 00"
    end_time: str = ""
    agenda: str = ""  # one sentence: what the meeting was for
    conclusion: str = ""
    # The pass rule the council voted under (its rule pack), and each member out of a dossier
    # (a declared conflict, an author or the authors' unit head, an abstention), as sentences.
    pass_rule: str = ""
    recusals: list[str] = field(default_factory=list)

    def member_with_role(self, word: str) -> CouncilMember | None:
        for member in self.members:
            if word.lower() in member.council_role.lower() and member.present:
                return member
        return None


@dataclass
class RecognisedItem:
    title: str
    authors: list[Author] = field(default_factory=list)
    unit_name: str = ""
    benefit_vnd: int | None = None
    benefit_social: str = ""
    reward_vnd: int | None = None  # thù lao / tiền thưởng for the authors, if decided
    scope: str = ""  # the recognition scope's label (phạm vi ảnh hưởng), if decided
    # Pay to each author (Nghị định 13/2012, Art. 10) and the basis printed under it.
    pay: list[AuthorPay] = field(default_factory=list)
    pay_basis: str = ""
    pay_by_year: bool = True  # False: one sum the unit decided
    # Why the deciding body recognised it though the council did not propose it; empty: the
    # council proposed it.
    own_assessment: str = ""

@dataclass
class RecognitionDecision:
    """Quyết định công nhận sáng kiến, with its annexed list."""

    unit: UnitProfile
    number: str
    date: dt.date | None
    items: list[RecognisedItem]
    # The deciding body in normal case ("Ban Chấp hành Công đoàn cơ sở ..."); printed in
    # upper case above "Căn cứ". Empty: the Ban Chấp hành of the unit.
    authority: str = ""
    subject: str = "Về việc công nhận sáng kiến"
    legal_basis: list[str] = field(default_factory=list)  # each "Căn cứ ...;"
    # "Xét đề nghị của Hội đồng sáng kiến tại Biên bản ...", one recital a line.
    proposal: str = ""
    articles: list[str] = field(default_factory=list)  # empty: the standard three articles
    recipients: list[str] | None = None
    signer: Signer | None = None
    verification_code: str = ""  # printed with its QR code (domain/verification.py)

    @property
    def benefit_total(self) -> int:
        return sum(i.benefit_vnd or 0 for i in self.items)

    @property
    def reward_total(self) -> int:
        return sum(i.reward_vnd or 0 for i in self.items)


@dataclass
class RefusalNotice:
    """Thông báo không công nhận sáng kiến: the written refusal, with its reason, that the
    unit sends the authors of one solution it did not recognise (Điều lệ Sáng kiến, Art. 8)."""

    unit: UnitProfile
    number: str
    date: dt.date | None
    title: str  # of the solution proposed for recognition
    authors: list[Author]
    reason: str
    authority: str = ""  # the deciding body, in running text; empty: the unit's Ban Chấp hành
    legal_basis: list[str] = field(default_factory=list)  # each "Căn cứ ...;"
    council_result: str = ""  # "Căn cứ kết quả họp Hội đồng sáng kiến tại Biên bản ..."
    applied_on: dt.date | None = None  # the date of the application, when known
    recipients: list[str] | None = None
    signer: Signer | None = None
    ref: str = ""  # its entry in the register of notices (not printed)


@dataclass
class Certificate:
    """Giấy chứng nhận sáng kiến for one author."""

    unit: UnitProfile
    author: Author
    dossier_title: str
    decision_number: str
    decision_date: dt.date | None
    authority: str = ""  # who recognised it, in the "của ..." after the decision
    register_number: str = ""  # "Số vào sổ"
    date: dt.date | None = None
    signer: Signer | None = None
    verification_code: str = ""
    ref: str = ""  # its entry in the register of certificates (not printed)


@dataclass
class EffectCertification:
    """Giấy xác nhận hiệu quả và phạm vi ảnh hưởng of a recognised initiative, for one named
    person, which emulation titles count (Nghị định 152/2025, Thông tư 15/2025)."""

    unit: UnitProfile
    person: Author
    dossier_title: str
    decision_number: str
    decision_date: dt.date | None
    authority: str = ""
    field_of_application: str = ""
    first_applied_on: dt.date | None = None
    scope: str = ""  # the scope's label in the pack the decision was issued under
    benefit_vnd: int | None = None
    benefit_social: str = ""
    date: dt.date | None = None
    signer: Signer | None = None
    verification_code: str = ""
    number: str = ""  # in the XN register of the body that decided: "03/XN-CĐCS"
    ref: str = ""  # its entry in that register (not printed)


@dataclass
class SummaryRow:
    """One initiative in the Bảng tổng hợp tóm tắt sáng kiến (and in a Tờ trình)."""

    title: str
    authors: list[Author] = field(default_factory=list)
    unit_name: str = ""
    solution_type: str = ""  # label, not code
    field_of_application: str = ""
    target_group: str = ""  # label
    first_applied_on: dt.date | None = None
    benefit_vnd: int | None = None
    benefit_social: str = ""
    summary: str = ""
    decision_number: str = ""
    decision_date: dt.date | None = None
    decision_body: str = ""
    note: str = ""
    reward_vnd: int | None = None  # the authors' reward the decision fixed, split by shares


@dataclass
class SummaryTable:
    unit: UnitProfile
    rows: list[SummaryRow]
    campaign_name: str = ""
    letter_number: str = ""  # the Tờ trình it goes with
    letter_date: dt.date | None = None
    date: dt.date | None = None

    @property
    def benefit_total(self) -> int:
        return sum(r.benefit_vnd or 0 for r in self.rows)


@dataclass
class NominationLetter:
    """Tờ trình đề nghị xét, khen thưởng sáng kiến, to the upper union."""

    unit: UnitProfile
    number: str
    date: dt.date | None
    to_unit: str
    campaign_name: str
    items: list[SummaryRow]
    quota: int | None = None
    recognised_count: int | None = None  # how many the unit recognised in all
    basis: list[str] = field(default_factory=list)  # "Thực hiện Hướng dẫn số ..."
    recipients: list[str] | None = None
    signer: Signer | None = None


@dataclass
class PhaseAchievement:
    target: int
    achieved: int


@dataclass
class UnitAchievement:
    unit_name: str
    phases: list[PhaseAchievement]

    @property
    def target(self) -> int:
        return sum(p.target for p in self.phases)

    @property
    def achieved(self) -> int:
        return sum(p.achieved for p in self.phases)


@dataclass
class TargetReport:
    """Báo cáo kết quả thực hiện chỉ tiêu: progress against targets per unit and phase."""

    unit: UnitProfile
    campaign_name: str
    phase_names: list[str]
    rows: list[UnitAchievement]
    number: str = ""
    date: dt.date | None = None
    to_unit: str = ""
    as_of: dt.date | None = None
    remarks: str = ""
    recipients: list[str] | None = None
    signer: Signer | None = None


@dataclass
class SheetInitiative:
    """One initiative on a unit's summary sheet: names only, never CCCD or phone numbers."""

    title: str
    author_names: list[str] = field(default_factory=list)
    status: str = ""  # label
    benefit_vnd: int | None = None


@dataclass
class UnitSheet:
    """Phiếu tóm tắt kết quả sáng kiến của một đơn vị: one page for a meeting. It carries no
    personal data beyond names (DOMAIN.md, Personal data)."""

    unit: UnitProfile  # the issuing unit (header, signer)
    campaign_name: str
    unit_name: str  # the unit the sheet is about
    phase_names: list[str]
    phases: list[PhaseAchievement]
    by_status: list[tuple[str, int]] = field(default_factory=list)  # (label, count)
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    by_group: list[tuple[str, int]] = field(default_factory=list)
    benefit_vnd: int | None = 0  # 0 or None: not known (no benefit computed in money)
    initiatives: list[SheetInitiative] = field(default_factory=list)
    more_initiatives: int = 0  # recognised ones left off to keep the sheet on one page
    as_of: dt.date | None = None
    date: dt.date | None = None
