"""Reading an exchange package into this unit's data: check everything, then merge by uuid.

``inspect_package`` opens the file, checks the container and every SHA-256, decodes and
cross-checks the records and compares them with what is stored — it writes nothing and
returns an ImportPlan (new, identical, differing). ``package_merge.apply_plan`` then merges
in one transaction with the officer's choice for each difference: keep mine (the default), take
the received one (the replaced values go to the history) or keep both (the received one
under a new uuid). Importing the same package again finds everything identical.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DataFileError, NotFoundError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.personal_data import fill_withheld
from sangkien_desktop.domain.progress import Progress, drive
from sangkien_desktop.exchange.package import (
    RECORDS,
    PackageReader,
    refuse_invalid,
)
from sangkien_desktop.exchange.records import DocumentRecord, Records, parse_records
from sangkien_desktop.exchange.schema import InvalidDataError
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier, get_dossiers
from sangkien_desktop.services.exchange import received_import
from sangkien_desktop.services.exchange.import_plan import (
    DECISION,
    DOSSIER,
    ImportPlan,
    Item,
    Resolution,
    comparable,
    decision_title,
    refuse,
    sort_into,
)
from sangkien_desktop.services.exchange.packages import decision_json
from sangkien_desktop.storage.migrations import LATEST_VERSION
from sangkien_desktop.storage.models import DecisionRow
from sangkien_desktop.storage.models_exchange import (
    ImportedCopyRow,
    ReceivedDecisionRow,
    ReceivedDocumentRow,
    ReceivedPackageRow,
)


def _cross_check(reader: PackageReader, records: Records) -> None:
    """What the records name must be in the package, and frozen content must match its hash."""
    name = reader.name
    for path in (f.path for f in reader.manifest.files):
        entry = reader.entry(path)
        if path.startswith("attachments/") and (entry is None or entry.sha256 != path.split("/")[1]):
            raise refuse(name, Message("package_attachment_hash", path=path), "package_tampered")
    for d in records.dossiers:
        for ref in d.attachments:
            entry = reader.entry(f"attachments/{ref.sha256}")
            if entry is None:
                raise refuse(name, Message("package_attachment_missing_file", filename=ref.filename, title=d.title), "package_tampered")
    for doc in records.documents:
        entry = reader.entry(doc.path)
        if entry is None or entry.sha256 != doc.sha256 or entry.size != doc.size:
            raise refuse(name, Message("package_document_differs", filename=doc.filename),
                          "package_tampered")
    by_uuid = {d.uuid: d for d in records.dossiers}
    for v in records.versions:
        dossier = by_uuid.get(v.dossier_uuid)
        if dossier is None:
            raise refuse(name, Message("package_version_orphan", dossier=v.dossier_uuid))
        if v.frozen_at is not None and history.content_hash(dossier) != v.content_hash:
            raise refuse(name, Message("package_frozen_changed", title=dossier.title),
                          "package_tampered")


def _open(path: Path) -> Generator[Progress, None, tuple[PackageReader, Records]]:
    """Opens the package and checks it all: the records first (cheap, and a hostile file
    fails fast), then every file's hash, then what the records name."""
    reader = PackageReader(path, LATEST_VERSION)
    try:
        if reader.manifest.kind not in ("dossiers", "nomination"):
            raise refuse(reader.name, Message("package_kind_unknown", kind=reader.manifest.kind),
                          "package_kind")
        if reader.entry(RECORDS) is None:
            raise refuse(reader.name, Message("package_no_records"), "package_damaged")
        raw = reader.read_json(RECORDS, "package_records")
        try:
            records = parse_records(raw)
        except InvalidDataError as exc:
            raise refuse_invalid(reader.name, RECORDS, exc, "package_records") from None
        except DataFileError as exc:
            raise refuse(reader.name, Message("package_records_invalid", reason=exc.message)) from None
        yield from reader.verify()
        _cross_check(reader, records)
    except BaseException:
        reader.close()
        raise
    return reader, records


def completed(records: Records, theirs: Dossier, mine: Dossier) -> Dossier:
    """The received dossier with what its package withheld (the authors' CCCD and phone)
    taken from the copy here: not sent means not sent, never erased."""
    return fill_withheld(theirs, mine) if records.withheld else theirs


def _local_dossier(session: Session, uuid: str) -> Dossier | None:
    try:
        return get_dossier(session, uuid)
    except NotFoundError:
        return None


def _classify_dossier(session: Session, plan: ImportPlan, theirs: Dossier,
                      mine: Dossier | None) -> None:
    """``mine``: the dossier stored under the same uuid (read for every dossier at once)."""
    if mine is None:  # new: its content is compared with nothing
        plan.new.append(Item(DOSSIER, theirs.uuid, theirs.title))
        return
    theirs = completed(plan.records, theirs, mine)
    choices: tuple[Resolution, ...] = (Resolution.KEEP_MINE, Resolution.TAKE_THEIRS,
                                       Resolution.KEEP_BOTH)
    note = ""
    frozen = history.version_of(session, mine.uuid)
    if frozen.frozen and history.content_hash(theirs) != frozen.content_hash:
        choices = (Resolution.KEEP_MINE, Resolution.KEEP_BOTH)
        note = Message("package_note_frozen")
    sort_into(plan, Item(DOSSIER, mine.uuid, mine.title or theirs.title), comparable(mine),
              comparable(theirs), choices, note, same=_copy_matches(session, theirs))


def _copy_matches(session: Session, theirs: Dossier) -> bool:
    copy = session.scalar(select(ImportedCopyRow.local_uuid).where(
        ImportedCopyRow.source_uuid == theirs.uuid))
    if copy is None:
        return False
    local = _local_dossier(session, copy)
    if local is None:
        return False
    a, b = comparable(local), comparable(theirs)
    for data in (a, b):
        data.pop("uuid", None)
        data.pop("code", None)
    return a == b


def _classify_decision(session: Session, plan: ImportPlan, data: dict[str, Any]) -> None:
    uuid = data["uuid"]
    item = Item(DECISION, uuid, decision_title(data))
    own = session.scalar(select(DecisionRow).where(DecisionRow.uuid == uuid))
    if own is not None:
        sort_into(plan, item, decision_json(own), data, (Resolution.KEEP_MINE,),
                  Message("package_note_own_decision"))
        return
    received = session.scalar(select(ReceivedDecisionRow).where(ReceivedDecisionRow.uuid == uuid))
    mine = json.loads(received.payload_json) if received is not None else None
    sort_into(plan, item, mine, data, (Resolution.KEEP_MINE, Resolution.TAKE_THEIRS))


def iter_inspect_package(session: Session, path: Path, store: Store | None = None
                         ) -> Generator[Progress, None, ImportPlan]:
    """Checks the package and compares it with what is stored; writes nothing. Yields the
    progress of the hash checks and returns the ImportPlan. Raises PackageError (a refusal
    with the reason) when anything is wrong."""
    reader, records = yield from _open(path)
    reader.close()
    records_entry = reader.entry(RECORDS)
    assert records_entry is not None  # _open refuses a package without it
    m = reader.manifest
    plan = ImportPlan(path, m.package_id, m.kind, m.sender_name,
                      m.created_at.isoformat(timespec="seconds"), records,
                      records_sha256=records_entry.sha256)
    plan.already_imported = session.scalar(select(ReceivedPackageRow.id).where(
        ReceivedPackageRow.package_id == m.package_id)) is not None
    local = get_dossiers(session, (d.uuid for d in records.dossiers))
    for theirs in records.dossiers:
        _classify_dossier(session, plan, theirs, local.get(theirs.uuid))
    for data in records.decisions:
        _classify_decision(session, plan, data)
    received_import.classify(session, plan, reader.name)
    have = stored_documents(session, records.documents)
    plan.new_documents = sum(
        1 for doc in records.documents if (doc.owner_uuid, doc.kind, doc.sha256) not in have)
    if store is not None:
        shas = {r.sha256 for d in records.dossiers for r in d.attachments}
        plan.new_attachments = sum(1 for s in shas if not blob_path(store, s).is_file())
    return plan


def inspect_package(session: Session, path: Path, store: Store | None = None,
                    progress: Callable[[Progress], None] | None = None) -> ImportPlan:
    return drive(iter_inspect_package(session, path, store), progress)


def stored_document(session: Session, owner: str, kind: str, sha: str) -> ReceivedDocumentRow | None:
    """The received document stored for ``owner`` with that kind and content, if any."""
    return session.scalar(select(ReceivedDocumentRow).where(
        ReceivedDocumentRow.owner_uuid == owner, ReceivedDocumentRow.kind == kind,
        ReceivedDocumentRow.sha256 == sha))

def stored_documents(session: Session, documents: list[DocumentRecord]
                     ) -> set[tuple[str, str, str]]:
    """(owner, kind, SHA-256) of the received papers already stored among ``documents``."""
    owners = list({doc.owner_uuid for doc in documents})
    found: set[tuple[str, str, str]] = set()
    for start in range(0, len(owners), 500):
        found.update(tuple(r) for r in session.execute(  # type: ignore[misc]
            select(ReceivedDocumentRow.owner_uuid, ReceivedDocumentRow.kind,
                   ReceivedDocumentRow.sha256)
            .where(ReceivedDocumentRow.owner_uuid.in_(owners[start:start + 500]))))
    return found
