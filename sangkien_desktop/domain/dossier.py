"""The dossier (hồ sơ sáng kiến) as plain values: what the description form holds."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

# Status and sector live in domain/status.py (light enough for the window's first paint);
# every module that knows them from here keeps doing so.
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.status import SECTOR_LABELS as SECTOR_LABELS
from sangkien_desktop.domain.status import STATUS_LABELS as STATUS_LABELS
from sangkien_desktop.domain.status import Sector as Sector
from sangkien_desktop.domain.status import Status as Status
from sangkien_desktop.domain.values import format_share


def new_uuid() -> str:
    return str(uuid.uuid4())


@dataclass
class Author:
    full_name: str = ""
    birth_date: dt.date | None = None
    workplace: str = ""
    job_title: str = ""
    qualification: str = ""
    cccd: str = ""
    phone: str = ""
    share_percent: Decimal | None = None
    is_lead: bool = False


@dataclass
class Applier:
    """A person who took part in the first or trial application (người tham gia áp dụng)."""

    full_name: str = ""
    birth_date: dt.date | None = None
    workplace: str = ""
    job_title: str = ""
    qualification: str = ""
    task: str = ""


@dataclass
class AttachmentRef:
    sha256: str
    filename: str
    size: int
    media_type: str
    added_at: dt.datetime | None = None
    note: str = ""
    # The code of the program's required document this file is (campaign
    # required_attachments), picked from a list; "" when it is none of them.
    requirement: str = ""


# "#danh_gia_hieu_qua" in an attachment's note: how a requirement was marked before it had
# its own field (schema 9; files written before then carry it so).
_TAG = re.compile(r"(?<!\S)#([A-Za-z0-9_]+)(?!\S)")


def split_requirement_tag(note: str) -> tuple[str, str]:
    """(the code of the first ``#code`` word of an old note, the note without it)."""
    match = _TAG.search(note)
    if match is None:
        return "", note
    rest = (note[:match.start()] + note[match.end():]).split()
    return match.group(1), " ".join(rest)


@dataclass
class Dossier:
    uuid: str = field(default_factory=new_uuid)
    code: str = ""
    title: str = ""
    solution_type: str = ""
    field_of_application: str = ""
    target_group: str = ""
    campaign_id: str = ""
    unit_name: str = ""
    province_code: str = ""
    sector: Sector = Sector.NONE
    investor: str = ""
    first_applied_on: dt.date | None = None
    applied_as_trial: bool = False
    description_before: str = ""
    description_solution: str = ""
    description_novelty: str = ""
    confidential_info: str = ""
    conditions: str = ""
    benefit_author_vnd: int | None = None
    benefit_author_social: str = ""
    benefit_unit_vnd: int | None = None
    benefit_unit_social: str = ""
    # How the benefit value was computed (the basis an evaluator checks).
    benefit_calculation: str = ""
    # The short text for the portal's description box, within the campaign's limit.
    portal_text: str = ""
    # Research projects (đề tài): acceptance date and the head's confirmation.
    research_accepted_on: dt.date | None = None
    head_confirmed: bool = False
    # The author's attestations (Nghị định 13/2012, Art. 3-4) and the validity flags.
    attests_public_order: bool = False
    attests_no_ip_protection: bool = False
    has_complaint: bool = False
    has_authorship_dispute: bool = False
    status: Status = Status.DRAFT
    notes: str = ""
    authors: list[Author] = field(default_factory=list)
    appliers: list[Applier] = field(default_factory=list)
    attachments: list[AttachmentRef] = field(default_factory=list)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None
    # Bookkeeping of the stored copy, not content: which save this copy was read after (0: not
    # read from the database; a save checks it, storage step 6) and who made that save.
    revision: int = field(default=0, compare=False)
    updated_by: str = field(default="", compare=False)

    @property
    def lead_author(self) -> Author | None:
        """The author the program credits: the one marked lead, else the largest share."""
        if not self.authors:
            return None
        for author in self.authors:
            if author.is_lead:
                return author
        return max(self.authors, key=lambda a: a.share_percent or Decimal(0))

    @property
    def share_total(self) -> Decimal:
        return sum((a.share_percent or Decimal(0) for a in self.authors), Decimal(0))


def has_title(dossier: Dossier) -> bool:
    """The rule every way in shares (the editor, the command line, the imports): a dossier is
    stored only with a title, which is how the officer finds it again."""
    return bool(dossier.title.strip())


def require_title(dossier: Dossier) -> None:
    """Raises InputError ``dossier_untitled`` (field ``title``) for a dossier without a title."""
    if not has_title(dossier):
        raise InputError("dossier_untitled", field="title")


def authors_text(authors: Sequence[Author]) -> str:
    """ "Nguyễn Văn An (60%); Trần Thị Bình (40%)": how the sheet writes authors and shares."""
    parts = []
    for a in authors:
        share = f" ({format_share(a.share_percent)}%)" if a.share_percent is not None else ""
        parts.append(a.full_name + share)
    return "; ".join(parts)


@dataclass(frozen=True)
class DossierVersion:
    """A dossier's place in its lineage of versions and, once recognised, its freeze: the hash
    of the content the decision rests on, when, and by which decision."""

    dossier_uuid: str
    lineage_uuid: str
    version: int
    previous_uuid: str | None
    content_hash: str
    frozen_at: dt.datetime | None
    decision_uuid: str

    @property
    def frozen(self) -> bool:
        return self.frozen_at is not None
