"""Writing an exchange package: the chosen dossiers with their frozen versions, the decisions
that recognised them, their documents (as received, or generated here) and attachments.

Nominations plug in through ``NominationPart`` (below): services.nomination_package builds
one for a nomination and passes it to ``iter_export_package``; this module never reads
nomination tables itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop import __version__
from sangkien_desktop.documents.registry import write_document
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier, new_uuid
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.file_names import safe_file_name
from sangkien_desktop.domain.messages import Bullets, Message
from sangkien_desktop.domain.personal_data import WITHHELD_FIELDS, withhold
from sangkien_desktop.domain.progress import Progress, drive
from sangkien_desktop.exchange.package import EXTENSION as EXTENSION  # the front-ends' file dialogs
from sangkien_desktop.exchange.package import RECORDS, Entry, Manifest, write_package
from sangkien_desktop.exchange.records import (
    DocumentRecord,
    Records,
    records_bytes,
)
from sangkien_desktop.services import papers
from sangkien_desktop.services.council import decisions as decision_service
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.papers import dossier_paper
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.migrations import LATEST_VERSION
from sangkien_desktop.storage.models import DecisionItemRow, DecisionRow, DossierVersionRow
from sangkien_desktop.storage.models_exchange import ReceivedDecisionRow, ReceivedDocumentRow

KIND_DOSSIERS = "dossiers"
KIND_NOMINATION = "nomination"


@dataclass
class GeneratedDocument:
    kind: str  # a documents.registry kind: "to-trinh", "bang-tong-hop", …
    filename: str
    data: bytes


@dataclass
class NominationPart:
    """What a nomination adds to a package — the one interface services.nomination_package
    fills.

    ``record`` is the nomination in its JSON form (with a "uuid"); it is written as is under
    "nominations" in records.json and kept as received by the importer. ``dossier_uuids``
    are the nominated dossiers (exported with their decisions and attachments), and
    ``documents`` the nomination's papers (Tờ trình, Bảng tổng hợp)."""

    record: dict[str, Any]
    dossier_uuids: list[str]
    documents: list[GeneratedDocument] = field(default_factory=list)


def decision_json(row: DecisionRow) -> dict[str, Any]:
    """One of this unit's decisions in the package form (docs/dossier-format.md)."""
    return {
        "uuid": row.uuid, "number": row.number, "number_text": row.number_text,
        "doc_type": row.doc_type, "year": row.year, "date": row.date.isoformat(),
        "authority": row.authority, "authority_text": row.authority_text,
        "signer_name": row.signer_name, "signer_title": row.signer_title,
        "signing_capacity": row.signing_capacity,
        "legal_basis": json.loads(row.legal_basis_json), "scope": row.scope,
        "meeting_uuid": row.meeting_uuid, "unit_name": row.unit_name, "status": row.status,
        "created_at": row.created_at.isoformat(timespec="seconds"),
        "items": [
            {"dossier_uuid": i.dossier_uuid, "outcome": i.outcome, "reason": i.reason,
             "benefit_agreed_vnd": i.benefit_agreed_vnd, "reward_vnd": i.reward_vnd,
             "annex_order": i.annex_order}
            for i in row.items
        ],
    }


@dataclass
class _Plan:
    records: Records = field(default_factory=Records)
    entries: list[Entry] = field(default_factory=list)
    # (path, kind, owner kind, owner uuid, filename, render) for documents still to generate.
    pending: list[tuple[str, str, str, str, str, Callable[[], bytes]]] = field(
        default_factory=list)


def _dossiers(session: Session, uuids: list[str]) -> list[Dossier]:
    if not uuids:
        raise InputError("package_empty")
    out: list[Dossier] = []
    for uuid in dict.fromkeys(uuids):
        dossier = get_dossier(session, uuid)
        if dossier.deleted_at is not None:
            raise InputError("package_dossier_in_bin", title=dossier.title)
        out.append(dossier)
    return out


def _received_documents(session: Session, owner: str) -> list[ReceivedDocumentRow]:
    return list(session.scalars(select(ReceivedDocumentRow).where(
        ReceivedDocumentRow.owner_uuid == owner).order_by(ReceivedDocumentRow.id)))


# A paper to generate for an owner: (kind, filename, render); render None: nothing to
# generate here, as for another unit's decision.
Wanted = tuple[str, str, Callable[[], bytes] | None]


def _add_document(plan: _Plan, store: Store, session: Session, owner_kind: str, owner: str,
                  *wanted: Wanted) -> None:
    """Forwards the papers received for ``owner`` unchanged; generates each wanted kind
    that did not come with them."""
    received = _received_documents(session, owner)
    for row in received:
        # The kind came from another unit: only letters, digits and "-" go into a path.
        kind = re.sub(r"[^a-z0-9-]+", "-", row.kind.lower()).strip("-")[:40] or "van-ban"
        path = f"documents/{owner}/{row.sha256[:12]}-{kind}.pdf"
        plan.entries.append(Entry(path, blob_path(store, row.sha256)))
        plan.records.documents.append(DocumentRecord(
            path, row.kind, owner_kind, owner, safe_file_name(row.filename, f"{kind}.pdf"),
            row.sha256, row.size))
    have = {row.kind for row in received}
    for kind, filename, render in wanted:
        if kind in have or render is None:
            continue
        plan.pending.append((f"documents/{owner}/{kind}.pdf", kind, owner_kind, owner,
                             filename, render))


REFUSAL = "thong-bao-khong-cong-nhan"


def _decisions(session: Session, plan: _Plan, store: Store, uuids: set[str]) -> None:
    ids = session.scalars(select(DecisionItemRow.decision_id).where(
        DecisionItemRow.dossier_uuid.in_(uuids)).distinct())
    rows = session.scalars(select(DecisionRow).where(DecisionRow.id.in_(list(ids)))
                           .order_by(DecisionRow.date, DecisionRow.id)).all()
    for row in rows:
        plan.records.decisions.append(decision_json(row))
        if not decision_service.recognises_any(row):
            # A decision that recognises nothing travels as its notices of non-recognition.
            choice = next(c for c in papers.choices_for_decision(session, row.uuid)
                          if c.kind == REFUSAL)
            _add_document(plan, store, session, "decision", row.uuid, (
                REFUSAL, f"Thông báo không công nhận {row.number_text}.pdf".replace("/", "-"),
                partial(_refusal_pdf, session, choice)))
            continue
        _add_document(plan, store, session, "decision", row.uuid, (
            "quyet-dinh", f"Quyết định {row.number_text}.pdf".replace("/", "-"),
            partial(_decision_pdf, session, row.uuid)))
    wanted = {v.decision_uuid for v in plan.records.versions if v.decision_uuid}
    wanted -= {r.uuid for r in rows}
    for received in session.scalars(select(ReceivedDecisionRow).where(
            ReceivedDecisionRow.uuid.in_(wanted)).order_by(ReceivedDecisionRow.id)):
        plan.records.decisions.append(json.loads(received.payload_json))
        _add_document(plan, store, session, "decision", received.uuid)


def _decision_pdf(session: Session, uuid: str) -> bytes:
    return _pdf("quyet-dinh", decision_service.decision_data(session, uuid))


def _refusal_pdf(session: Session, choice: papers.PaperChoice) -> bytes:
    return _pdf(REFUSAL, papers.paper_data(session, choice))


def _pdf(kind: str, data: Any) -> bytes:
    out = write_document(kind, data, "pdf")
    assert isinstance(out, bytes)
    return out


def _without_personal_data(records: Records) -> None:
    """Leaves the authors' CCCD and phone out; a frozen version's hash is then the hash of the
    content as carried (the receiver checks that one), never of what was left out (a number
    this short could be found again from its hash)."""
    records.withheld = WITHHELD_FIELDS
    records.dossiers = [withhold(d) for d in records.dossiers]
    carried = {d.uuid: d for d in records.dossiers}
    records.versions = [
        dataclasses.replace(v, content_hash=history.content_hash(carried[v.dossier_uuid]))
        if v.frozen_at is not None and v.dossier_uuid in carried else v
        for v in records.versions]


def _plan(session: Session, store: Store, dossiers: list[Dossier],
          nomination: NominationPart | None, personal_data: bool,
          campaigns: dict[str, Campaign]) -> _Plan:
    plan = _Plan()
    plan.records.dossiers = dossiers
    uuids = {d.uuid for d in dossiers}
    plan.records.versions = [history.version_from_row(r) for r in session.scalars(
        select(DossierVersionRow).where(DossierVersionRow.dossier_uuid.in_(uuids))
        .order_by(DossierVersionRow.id))]
    if not personal_data:
        _without_personal_data(plan.records)
    missing = []
    shas: dict[str, None] = {}
    for d in dossiers:
        for ref in d.attachments:
            if not blob_path(store, ref.sha256).is_file():
                missing.append(Message("package_missing_file", filename=ref.filename,
                                       dossier=d.code or d.title))
            shas[ref.sha256] = None
    if missing:
        raise InputError("package_attachment_missing", files=Bullets(missing[:5]),
                         more=" …" if len(missing) > 5 else "")
    for d in dossiers:
        # A nomination carries each dossier's application too, as its bundle does.
        kinds: tuple[tuple[str, str], ...] = (
            (("don-yeu-cau", "Đơn yêu cầu"),) if nomination is not None else ())
        kinds += (("bao-cao-mo-ta", "Báo cáo mô tả"),)
        _add_document(plan, store, session, "dossier", d.uuid, *(
            (kind, f"{label} {d.code}.pdf",
             lambda u=d.uuid, k=kind: _pdf(k, dossier_paper(session, u, campaigns)))
            for kind, label in kinds))
    _decisions(session, plan, store, uuids)
    if nomination is not None:
        owner = str(nomination.record.get("uuid", ""))
        plan.records.nominations.append(nomination.record)
        for doc in nomination.documents:
            path = f"documents/{owner}/{doc.kind}.pdf"
            plan.pending.append((path, doc.kind, "nomination", owner, doc.filename,
                                 partial(bytes, doc.data)))
    plan.entries += [Entry(f"attachments/{sha}", blob_path(store, sha)) for sha in shas]
    return plan


def _rules_versions(dossiers: list[Dossier], campaigns: dict[str, Campaign]) -> list[str]:
    ids = sorted({d.campaign_id for d in dossiers if d.campaign_id})
    return [campaigns[i].rules_version if i in campaigns else i for i in ids]


def iter_export_package(
    session: Session,
    store: Store,
    out: Path,
    dossier_uuids: list[str],
    campaigns: dict[str, Campaign],
    *,
    nomination: NominationPart | None = None,
    personal_data: bool = False,
) -> Generator[Progress, None, Manifest]:
    """Writes the package to ``out`` (atomically), yielding progress: documents are rendered
    first, then every file is packed. Returns the Manifest (StopIteration.value). The
    authors' CCCD and phone go only with ``personal_data`` (the upper level does not need
    them to nominate)."""
    uuids = list(dossier_uuids) + (nomination.dossier_uuids if nomination else [])
    dossiers = _dossiers(session, uuids)
    plan = _plan(session, store, dossiers, nomination, personal_data, campaigns)
    rendered: list[Entry] = []
    total = len(plan.pending) + len(plan.entries) + 2
    for n, (path, kind, owner_kind, owner, filename, render) in enumerate(plan.pending, 1):
        data = render()
        plan.records.documents.append(DocumentRecord(
            path, kind, owner_kind, owner, safe_file_name(filename, f"{kind}.pdf"),
            hashlib.sha256(data).hexdigest(), len(data)))
        rendered.append(Entry(path, data))
        yield Progress(n, total, "documents")
    profile = unit_profile(session)
    manifest = Manifest(
        package_id=new_uuid(),
        kind=KIND_NOMINATION if nomination else KIND_DOSSIERS,
        created_at=history.now(),
        sending_unit={"name": profile.unit_name, "parent": profile.parent_organisation,
                      "province_code": profile.province_code, "level": profile.level},
        app_version=__version__,
        schema_version=LATEST_VERSION,
        rules_versions=_rules_versions(dossiers, campaigns),
    )
    entries = [Entry(RECORDS, records_bytes(plan.records)), *rendered, *plan.entries]
    done = len(plan.pending)
    for step in write_package(out, manifest, entries, len(entries)):
        yield Progress(done + step.done, total, step.stage)
    return manifest


def export_package(session: Session, store: Store, out: Path, dossier_uuids: list[str],
                   campaigns: dict[str, Campaign], *, nomination: NominationPart | None = None,
                   personal_data: bool = False,
                   progress: Callable[[Progress], None] | None = None) -> Manifest:
    return drive(iter_export_package(session, store, out, dossier_uuids, campaigns,
                                     nomination=nomination, personal_data=personal_data),
                 progress)


def default_name(when: dt.date | None = None) -> str:
    return f"goi-sang-kien-{(when or dt.date.today()):%Y%m%d}.skpkg"
