"""Writing an exchange package: the chosen dossiers with their frozen versions, the decisions
that recognised them, their documents (as received, or drawn here) and attachments.

The dossiers are read a few hundred at a time; the papers come from the data folder's cache
(services.exchange.paper_cache) when their data is unchanged, and the others are drawn in one
batch (services.exchange.paper_render, in worker processes for a big one).

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
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop import __version__
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.catalogue import Catalogue
from sangkien_desktop.domain.dossier import Dossier, new_uuid
from sangkien_desktop.domain.errors import InputError, NotFoundError
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
from sangkien_desktop.services import papers as paper_service
from sangkien_desktop.services.council import decisions as decision_service
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.services.dossiers.dossier_rows import get_dossiers
from sangkien_desktop.services.exchange import paper_render
from sangkien_desktop.services.exchange.paper_cache import PaperCache, paper_key
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
             "annex_order": i.annex_order, "scope_code": i.scope_code}
            for i in row.items
        ],
    }


@dataclass
class _Paper:
    """A paper the package carries that is not received: drawn from ``data`` (through the
    paper cache), or given as it is (``ready``, a nomination's papers)."""

    path: str
    kind: str
    owner_kind: str
    owner: str
    filename: str
    data: Any = None
    ready: bytes | None = None


@dataclass
class _Plan:
    records: Records = field(default_factory=Records)
    entries: list[Entry] = field(default_factory=list)
    pending: list[_Paper] = field(default_factory=list)


def _dossiers(session: Session, uuids: list[str]) -> list[Dossier]:
    if not uuids:
        raise InputError("package_empty")
    wanted = list(dict.fromkeys(uuids))
    found = get_dossiers(session, wanted)
    out: list[Dossier] = []
    for uuid in wanted:
        dossier = found.get(uuid)
        if dossier is None:
            raise NotFoundError("dossier_not_found", uuid=uuid)
        if dossier.deleted_at is not None:
            raise InputError("package_dossier_in_bin", title=dossier.title)
        out.append(dossier)
    return out


def _received_documents(session: Session, owners: list[str]
                        ) -> dict[str, list[ReceivedDocumentRow]]:
    """The papers received for each owner, in the order received: a few queries for a
    thousand owners rather than one each."""
    found: dict[str, list[ReceivedDocumentRow]] = {owner: [] for owner in owners}
    for start in range(0, len(owners), 500):
        for row in session.scalars(select(ReceivedDocumentRow).where(
                ReceivedDocumentRow.owner_uuid.in_(owners[start:start + 500]))
                .order_by(ReceivedDocumentRow.id)):
            found[row.owner_uuid].append(row)
    return found


# A paper to draw for an owner: (kind, filename, the writer's data); data None: nothing to
# draw here, as for another unit's decision.
Wanted = tuple[str, str, Any]


def _add_document(plan: _Plan, store: Store, session: Session, owner_kind: str, owner: str,
                  *wanted: Wanted, received: list[ReceivedDocumentRow] | None = None) -> None:
    """Forwards the papers received for ``owner`` (read here unless given) unchanged; draws
    each wanted kind that did not come with them."""
    if received is None:
        received = _received_documents(session, [owner])[owner]
    for row in received:
        # The kind came from another unit: only letters, digits and "-" go into a path.
        kind = re.sub(r"[^a-z0-9-]+", "-", row.kind.lower()).strip("-")[:40] or "van-ban"
        path = f"documents/{owner}/{row.sha256[:12]}-{kind}.pdf"
        plan.entries.append(Entry(path, blob_path(store, row.sha256)))
        plan.records.documents.append(DocumentRecord(
            path, row.kind, owner_kind, owner, safe_file_name(row.filename, f"{kind}.pdf"),
            row.sha256, row.size))
    have = {row.kind for row in received}
    for kind, filename, data in wanted:
        if kind in have or data is None:
            continue
        plan.pending.append(_Paper(f"documents/{owner}/{kind}.pdf", kind, owner_kind, owner,
                                   filename, data))


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
            choice = next(c for c in paper_service.choices_for_decision(session, row.uuid)
                          if c.kind == REFUSAL)
            refusal: Wanted = (
                REFUSAL, f"Thông báo không công nhận {row.number_text}.pdf".replace("/", "-"),
                paper_service.paper_data(session, choice))
            _add_document(plan, store, session, "decision", row.uuid, refusal)
            continue
        paper: Wanted = ("quyet-dinh", f"Quyết định {row.number_text}.pdf".replace("/", "-"),
                         decision_service.decision_data(session, row.uuid))
        _add_document(plan, store, session, "decision", row.uuid, paper)
    wanted = {v.decision_uuid for v in plan.records.versions if v.decision_uuid}
    wanted -= {r.uuid for r in rows}
    for received in session.scalars(select(ReceivedDecisionRow).where(
            ReceivedDecisionRow.uuid.in_(wanted)).order_by(ReceivedDecisionRow.id)):
        plan.records.decisions.append(json.loads(received.payload_json))
        _add_document(plan, store, session, "decision", received.uuid)


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


def _add_papers(plan: _Plan, session: Session, store: Store, dossiers: list[Dossier],
                nominated: bool, campaigns: dict[str, Campaign]) -> None:
    """The dossiers' papers and their decisions' (as received, or to draw)."""
    profile, labels = unit_profile(session), Catalogue(campaigns)
    received = _received_documents(session, [d.uuid for d in dossiers])
    for d in dossiers:
        # A nomination carries each dossier's application too, as its bundle does.
        kinds: tuple[tuple[str, str], ...] = (
            (("don-yeu-cau", "Đơn yêu cầu"),) if nominated else ())
        kinds += (("bao-cao-mo-ta", "Báo cáo mô tả"),)
        paper = paper_service.paper_of_dossier(d, profile, labels)
        _add_document(plan, store, session, "dossier", d.uuid,
                      *((kind, f"{label} {d.code}.pdf", paper) for kind, label in kinds),
                      received=received[d.uuid])
    _decisions(session, plan, store, {d.uuid for d in dossiers})


@dataclass(frozen=True)
class Ahead:
    """A paper to draw ahead into the cache: its owner, kind, key and the writer's data."""

    owner: str
    kind: str
    key: str
    data: Any


def papers_ahead(session: Session, store: Store, dossier_uuids: list[str],
                 campaigns: dict[str, Campaign], papers: PaperCache) -> list[Ahead]:
    """What a nomination package carrying these dossiers would draw and ``papers`` lacks: each
    dossier's application and description report, the papers of the decisions that
    recognised them (what a package of the dossiers alone draws is among them). Dossiers in
    the bin or gone are left out. Read in the session; drawn by ``iter_draw_ahead``, outside
    it."""
    found = get_dossiers(session, list(dict.fromkeys(dossier_uuids)))
    plan = _Plan()
    _add_papers(plan, session, store, [d for d in found.values() if d.deleted_at is None],
                True, campaigns)
    wanted = [Ahead(p.owner, p.kind, paper_key(p.kind, p.data), p.data) for p in plan.pending]
    return [a for a in wanted if not papers.has(a.owner, a.kind, a.key)]


def iter_draw_ahead(wanted: list[Ahead], papers: PaperCache) -> Generator[Progress, None, int]:
    """Draws these papers into the cache, one at a time in this process, yielding after each
    (the window does it as dossiers are nominated or recognised, so the export at the desk
    finds every paper drawn); returns how many were drawn."""
    for n, a in enumerate(wanted, 1):
        papers.put(a.owner, a.kind, a.key, paper_render.draw_one(a.kind, a.data))
        yield Progress(n, len(wanted), "documents")
    return len(wanted)


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
    _add_papers(plan, session, store, dossiers, nomination is not None, campaigns)
    if nomination is not None:
        owner = str(nomination.record.get("uuid", ""))
        plan.records.nominations.append(nomination.record)
        for doc in nomination.documents:
            plan.pending.append(_Paper(f"documents/{owner}/{doc.kind}.pdf", doc.kind,
                                       "nomination", owner, doc.filename, ready=doc.data))
    plan.entries += [Entry(f"attachments/{sha}", blob_path(store, sha)) for sha in shas]
    return plan


def _rules_versions(dossiers: list[Dossier], campaigns: dict[str, Campaign]) -> list[str]:
    ids = sorted({d.campaign_id for d in dossiers if d.campaign_id})
    return [campaigns[i].rules_version if i in campaigns else i for i in ids]


def _early_workers(uuids: list[str], papers: PaperCache | None) -> paper_render.Workers | None:
    """Worker processes started before the dossiers are read, when most of them have no paper
    in the cache (a first export): they load while this process reads the dossiers."""
    if paper_render.workers_for(len(uuids)) == 0:
        return None
    held = papers.owners_held(uuids) if papers is not None else set()
    if paper_render.workers_for(len(uuids) - len(held)) == 0:
        return None
    return paper_render.start(len(uuids) - len(held))


def _draw(plan: _Plan, papers: PaperCache | None, total: int,
          workers: paper_render.Workers | None = None) -> Generator[Progress, None, list[Entry]]:
    """Every pending paper: from the cache when it holds it, else drawn (in worker processes
    for a big batch) and kept there. Yields one step per paper; returns the package entries."""
    found: list[bytes | None] = []
    keys: list[str] = []
    done = 0
    for p in plan.pending:
        key = paper_key(p.kind, p.data) if p.ready is None else ""
        keys.append(key)
        data = p.ready
        if data is None and papers is not None:
            data = papers.get(p.owner, p.kind, key)
        found.append(data)
        if data is not None:
            done += 1
            yield Progress(done, total, "documents")
    missing = [n for n, data in enumerate(found) if data is None]

    def keep(m: int, data: bytes) -> None:  # into the cache as each comes, while others draw
        if papers is not None:
            p = plan.pending[missing[m]]
            papers.put(p.owner, p.kind, keys[missing[m]], data)

    drawing = paper_render.draw([(plan.pending[n].kind, plan.pending[n].data) for n in missing],
                                workers, keep)
    while True:
        try:
            step = next(drawing)
        except StopIteration as stop:
            drawn: list[bytes] = stop.value
            break
        yield Progress(done + step, total, "documents")
    for n, data in zip(missing, drawn, strict=True):
        found[n] = data
    if papers is not None:
        papers.trim()
    entries = []
    for p, data in zip(plan.pending, found, strict=True):
        assert data is not None
        sha = hashlib.sha256(data).hexdigest()
        plan.records.documents.append(DocumentRecord(
            p.path, p.kind, p.owner_kind, p.owner, safe_file_name(p.filename, f"{p.kind}.pdf"),
            sha, len(data)))
        # Hashed once; a paper drawn here (or kept in the cache) is a PDF compressed already.
        entries.append(Entry(p.path, data, sha256=sha, deflate=False if p.ready is None else None))
    return entries


def iter_export_package(
    session: Session,
    store: Store,
    out: Path,
    dossier_uuids: list[str],
    campaigns: dict[str, Campaign],
    *,
    nomination: NominationPart | None = None,
    personal_data: bool = False,
    papers: PaperCache | None = None,
) -> Generator[Progress, None, Manifest]:
    """Writes the package to ``out`` (atomically), yielding progress: the papers first (from
    ``papers``, the data folder's cache, when given; the others drawn and kept there), then
    every file is packed. Returns the Manifest (StopIteration.value). The authors' CCCD and
    phone go only with ``personal_data`` (the upper level does not need them to nominate)."""
    uuids = list(dossier_uuids) + (nomination.dossier_uuids if nomination else [])
    workers = _early_workers(uuids, papers)
    try:
        dossiers = _dossiers(session, uuids)
        plan = _plan(session, store, dossiers, nomination, personal_data, campaigns)
        total = len(plan.pending) + len(plan.entries) + 2
        rendered = yield from _draw(plan, papers, total, workers)
    finally:
        if workers is not None:
            workers.close()
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
                   personal_data: bool = False, papers: PaperCache | None = None,
                   progress: Callable[[Progress], None] | None = None) -> Manifest:
    return drive(iter_export_package(session, store, out, dossier_uuids, campaigns,
                                     nomination=nomination, personal_data=personal_data,
                                     papers=papers),
                 progress)


def default_name(when: dt.date | None = None) -> str:
    return f"goi-sang-kien-{(when or dt.date.today()):%Y%m%d}.skpkg"
