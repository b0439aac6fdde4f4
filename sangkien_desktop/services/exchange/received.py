"""What lower units sent up, as the upper level reads it: per sending unit, its nominations
with their dossiers, the decision that recognised each one (the sender's), and the papers
that came with them (the sender's PDFs, stored by SHA-256 like attachments).

Storing them happens at import (``received_import``); this module only reads.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.domain.errors import AttachmentError, NotFoundError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import sort_key
from sangkien_desktop.safe_paths import join_inside
from sangkien_desktop.services.council.decisions import outcome_of
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.attachments import (
    blob_path,
    opening_name,
    sniff_media_type,
)
from sangkien_desktop.storage.models import DossierRow
from sangkien_desktop.storage.models_exchange import ReceivedDocumentRow
from sangkien_desktop.storage.models_nominations import NominationItemRow, NominationRow
from sangkien_desktop.storage.models_received import (
    ReceivedNominationItemRow,
    ReceivedNominationRow,
    ReceivedUnitRow,
)

PAPER_LABELS = {
    "to-trinh": Message("received_to_trinh"),
    "bang-tong-hop": Message("received_bang_tong_hop"),
    "don-yeu-cau": Message("received_don_yeu_cau"),
    "bao-cao-mo-ta": Message("received_bao_cao_mo_ta"),
    "quyet-dinh": Message("received_quyet_dinh"),
    "thong-bao-khong-cong-nhan": Message("received_thong_bao_khong_cong_nhan"),
}


@dataclass(frozen=True)
class ReceivedDossier:
    uuid: str
    code: str
    title: str
    lead_author: str
    status: Status | None  # None: the dossier is not (or no longer) stored here
    recognised: bool  # recognised by the sender's decision
    decision_uuid: str
    decision_number: str
    decision_date: dt.date | None
    # This unit's own nomination that holds it: its Tờ trình number, "" for a draft; None
    # when none does yet.
    nominated_here: str | None


@dataclass
class ReceivedNomination:
    uuid: str
    campaign_id: str
    to_unit: str
    status: str
    letter_number_text: str
    letter_date: dt.date | None
    received_at: dt.datetime
    package_id: str
    dossiers: list[ReceivedDossier] = field(default_factory=list)


@dataclass
class SendingUnit:
    name: str
    parent: str
    level: str
    nominations: list[ReceivedNomination] = field(default_factory=list)

    @property
    def dossier_count(self) -> int:
        return sum(len(n.dossiers) for n in self.nominations)


def _own_nominations(session: Session, uuids: list[str]) -> dict[str, str]:
    rows = session.execute(
        select(NominationItemRow.dossier_uuid, NominationRow.letter_number_text)
        .join(NominationRow, NominationRow.id == NominationItemRow.nomination_id)
        .where(NominationItemRow.dossier_uuid.in_(uuids)))
    return {uuid: letter for uuid, letter in rows}


def _dossier(session: Session, uuid: str, own: dict[str, str]) -> ReceivedDossier:
    row = session.scalar(select(DossierRow).where(DossierRow.uuid == uuid))
    outcome = outcome_of(session, uuid)
    return ReceivedDossier(
        uuid=uuid, code=row.code if row else "", title=row.title if row else uuid,
        lead_author=row.lead_author_name if row else "",
        status=Status(row.status) if row is not None and row.deleted_at is None else None,
        recognised=outcome is not None and outcome.outcome == Outcome.RECOGNISED,
        decision_uuid=outcome.decision_uuid if outcome else "",
        decision_number=outcome.decision_number if outcome else "",
        decision_date=outcome.decision_date if outcome else None,
        nominated_here=own.get(uuid),
    )


def received_by_unit(session: Session) -> list[SendingUnit]:
    """Every received nomination under the unit that sent it (units in Vietnamese order,
    nominations newest first, dossiers in the sender's order)."""
    units: dict[int, SendingUnit] = {}
    rows = session.scalars(select(ReceivedNominationRow).order_by(
        ReceivedNominationRow.received_at.desc(), ReceivedNominationRow.id.desc())).all()
    uuids = [i.dossier_uuid for r in rows for i in r.items]
    own = _own_nominations(session, uuids)
    for row in rows:
        unit = units.setdefault(row.unit_id, SendingUnit(row.unit.name, row.unit.parent,
                                                         row.unit.level))
        unit.nominations.append(ReceivedNomination(
            row.uuid, row.campaign_id, row.to_unit, row.status, row.letter_number_text,
            row.letter_date, row.received_at, row.package_id,
            [_dossier(session, i.dossier_uuid, own) for i in row.items]))
    return sorted(units.values(), key=lambda u: sort_key(u.name))


def senders_of(session: Session, dossier_uuids: list[str]) -> dict[str, str]:
    """The sending unit of each received dossier among ``dossier_uuids``."""
    rows = session.execute(
        select(ReceivedNominationItemRow.dossier_uuid, ReceivedUnitRow.name)
        .join(ReceivedNominationRow,
              ReceivedNominationRow.id == ReceivedNominationItemRow.nomination_id)
        .join(ReceivedUnitRow, ReceivedUnitRow.id == ReceivedNominationRow.unit_id)
        .where(ReceivedNominationItemRow.dossier_uuid.in_(dossier_uuids)))
    return {uuid: name for uuid, name in rows}


def nomination_payload(session: Session, uuid: str) -> dict[str, Any]:
    row = session.scalar(select(ReceivedNominationRow).where(ReceivedNominationRow.uuid == uuid))
    if row is None:
        raise NotFoundError("received_not_found", uuid=uuid)
    payload: dict[str, Any] = json.loads(row.payload_json)
    return payload


# ---- papers --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedPaper:
    owner_kind: str
    owner_uuid: str
    kind: str
    filename: str
    sha256: str

    @property
    def label(self) -> str:
        return PAPER_LABELS.get(self.kind, self.kind)


def papers_of(session: Session, owner_uuids: list[str]) -> list[ReceivedPaper]:
    """The papers received for these owners (a nomination; a dossier and its decision)."""
    order = {u: n for n, u in enumerate(owner_uuids)}
    rows = session.scalars(select(ReceivedDocumentRow).where(
        ReceivedDocumentRow.owner_uuid.in_(owner_uuids)).order_by(ReceivedDocumentRow.id))
    kinds = list(PAPER_LABELS)
    papers = [ReceivedPaper(r.owner_kind, r.owner_uuid, r.kind, r.filename, r.sha256)
              for r in rows]
    return sorted(papers, key=lambda p: (order[p.owner_uuid],
                                         kinds.index(p.kind) if p.kind in kinds else 99))


def received_paper(session: Session, store: Store | None, owner_uuid: str,
                   kind: str) -> Path | None:
    """The stored file of the last paper of ``kind`` received for ``owner_uuid``, or None."""
    if store is None:
        return None
    sha = session.scalar(select(ReceivedDocumentRow.sha256).where(
        ReceivedDocumentRow.owner_uuid == owner_uuid, ReceivedDocumentRow.kind == kind)
        .order_by(ReceivedDocumentRow.id.desc()))
    path = blob_path(store, sha) if sha else None
    return path if path is not None and path.is_file() else None


def copy_paper(store: Store, paper: ReceivedPaper, folder: Path) -> Path:
    """A copy of the paper under its own file name in ``folder`` (to open it in a viewer;
    the stored file stays untouched). The name is made safe and given the extension its
    content calls for (services.dossiers.attachments.opening_name)."""
    source = blob_path(store, paper.sha256)
    if not source.is_file():
        raise NotFoundError("received_paper_missing", filename=paper.filename)
    name = opening_name(paper.filename or f"{paper.kind}.pdf", sniff_media_type(source))
    if name is None:
        raise AttachmentError("received_paper_not_openable", name=paper.filename)
    folder.mkdir(parents=True, exist_ok=True)
    target = join_inside(folder, name, fallback=f"{paper.sha256[:12]}.pdf")
    shutil.copyfile(source, target)
    return target
