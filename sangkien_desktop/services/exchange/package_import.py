"""Reading an exchange package into this unit's data: check everything, then merge by uuid.

``inspect_package`` opens the file, checks the container and every SHA-256, decodes and
cross-checks the records and compares them with what is stored — it writes nothing and
returns an ImportPlan (new, identical, differing). ``package_merge.apply_plan`` then merges
in one transaction with the officer's choice for each difference: keep mine (the default), take
the received one (the replaced values go to the history) or keep both (the received one
under a new uuid). Importing the same package again finds everything identical.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.documents.blocks import Progress, drive
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DataFileError, NotFoundError
from sangkien_desktop.domain.personal_data import fill_withheld
from sangkien_desktop.exchange.json_format import dossier_to_json
from sangkien_desktop.exchange.package import (
    RECORDS,
    PackageError,
    PackageReader,
    refuse_invalid,
)
from sangkien_desktop.exchange.records import Records, parse_records
from sangkien_desktop.exchange.schema import InvalidDataError
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.exchange.packages import decision_json
from sangkien_desktop.storage.migrations import LATEST_VERSION
from sangkien_desktop.storage.models import DecisionRow
from sangkien_desktop.storage.models_exchange import (
    ImportedCopyRow,
    ReceivedDecisionRow,
    ReceivedDocumentRow,
    ReceivedPackageRow,
)

DOSSIER = "dossier"
DECISION = "decision"
_VOLATILE = ("created_at", "updated_at")


class Resolution(enum.StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    KEEP_BOTH = "keep_both"


@dataclass(frozen=True)
class Item:
    kind: str
    uuid: str
    title: str


@dataclass
class Conflict:
    """A record stored here and received with different content."""

    kind: str
    uuid: str
    title: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    # Changed leaves: {"authors[0].phone": [mine, theirs]}.
    changes: dict[str, list[Any]]
    choices: tuple[Resolution, ...]
    note: str = ""


@dataclass
class ImportPlan:
    path: Path
    package_id: str
    kind: str
    sender: str
    created_at: str
    records: Records
    new: list[Item] = field(default_factory=list)
    unchanged: list[Item] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    new_documents: int = 0
    new_attachments: int = 0
    already_imported: bool = False
    # The records file's hash: apply_plan refuses a file changed since it was inspected.
    records_sha256: str = ""

    def conflict(self, uuid: str) -> Conflict | None:
        return next((c for c in self.conflicts if c.uuid == uuid), None)


@dataclass
class ImportReport:
    package_id: str
    sender: str
    added: list[Item] = field(default_factory=list)
    unchanged: list[Item] = field(default_factory=list)
    replaced: list[Item] = field(default_factory=list)
    kept_both: list[Item] = field(default_factory=list)
    kept_mine: list[Item] = field(default_factory=list)
    documents: int = 0
    attachments: int = 0
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.replaced or self.kept_both or self.documents
                    or self.attachments)

    def to_json(self) -> dict[str, Any]:
        def items(values: list[Item]) -> list[dict[str, str]]:
            return [dataclasses.asdict(i) for i in values]

        return {"package_id": self.package_id, "sender": self.sender, "dry_run": self.dry_run,
                "added": items(self.added), "unchanged": items(self.unchanged),
                "replaced": items(self.replaced), "kept_both": items(self.kept_both),
                "kept_mine": items(self.kept_mine), "documents": self.documents,
                "attachments": self.attachments, "notes": self.notes}


# ---- checking ------------------------------------------------------------------------------


def comparable(d: Dossier) -> dict[str, Any]:
    """A dossier's content for comparison: without timestamps a copy may not keep."""
    data = dossier_to_json(d)
    for key in _VOLATILE:
        data.pop(key, None)
    for ref in data["attachments"]:
        ref.pop("added_at", None)
    return data


def _refuse(name: str, what: str, code: str = "package_records") -> PackageError:
    return PackageError(f"Không nhận gói “{name}”: {what} Không có gì được ghi vào dữ liệu.",
                        code=code)


def _cross_check(reader: PackageReader, records: Records) -> None:
    """What the records name must be in the package, and frozen content must match its hash."""
    name = reader.name
    for path in (f.path for f in reader.manifest.files):
        if path.startswith("attachments/") and reader.entry(path).sha256 != path.split("/")[1]:
            raise _refuse(name, f"tệp “{path}” không mang đúng mã băm của nó.", "package_tampered")
    for d in records.dossiers:
        for ref in d.attachments:
            entry = reader.entry(f"attachments/{ref.sha256}")
            if entry is None:
                raise _refuse(name, f"thiếu tệp đính kèm “{ref.filename}” của hồ sơ "
                              f"“{d.title}”.", "package_tampered")
    for doc in records.documents:
        entry = reader.entry(doc.path)
        if entry is None or entry.sha256 != doc.sha256 or entry.size != doc.size:
            raise _refuse(name, f"văn bản “{doc.filename}” không khớp bản kê.",
                          "package_tampered")
    by_uuid = {d.uuid: d for d in records.dossiers}
    for v in records.versions:
        dossier = by_uuid.get(v.dossier_uuid)
        if dossier is None:
            raise _refuse(name, f"có phiên bản của hồ sơ {v.dossier_uuid} nhưng không có hồ sơ.")
        if v.frozen_at is not None and history.content_hash(dossier) != v.content_hash:
            raise _refuse(name, f"nội dung hồ sơ đã công nhận “{dossier.title}” không khớp mã "
                          "băm lúc công nhận: hồ sơ đã bị sửa sau khi công nhận.",
                          "package_tampered")


def _open(path: Path) -> Generator[Progress, None, tuple[PackageReader, Records]]:
    """Opens the package and checks it all: the records first (cheap, and a hostile file
    fails fast), then every file's hash, then what the records name."""
    reader = PackageReader(path, LATEST_VERSION)
    try:
        if reader.manifest.kind not in ("dossiers", "nomination"):
            raise _refuse(reader.name, f"loại gói “{reader.manifest.kind}” không được hỗ trợ.",
                          "package_kind")
        if reader.entry(RECORDS) is None:
            raise _refuse(reader.name, "thiếu tệp hồ sơ records.json.", "package_damaged")
        raw = reader.read_json(RECORDS, "package_records")
        try:
            records = parse_records(raw)
        except InvalidDataError as exc:
            raise refuse_invalid(reader.name, RECORDS, exc, "package_records") from None
        except DataFileError as exc:
            raise _refuse(reader.name, f"dữ liệu không hợp lệ: {exc.message}") from None
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


def _dossier_conflict(session: Session, mine: Dossier, theirs: Dossier) -> Conflict:
    a, b = comparable(mine), comparable(theirs)
    frozen = history.version_of(session, mine.uuid)
    choices = (Resolution.KEEP_MINE, Resolution.TAKE_THEIRS, Resolution.KEEP_BOTH)
    note = ""
    if frozen.frozen and history.content_hash(theirs) != frozen.content_hash:
        choices = (Resolution.KEEP_MINE, Resolution.KEEP_BOTH)
        note = ("Hồ sơ ở máy này đã được công nhận nên không thay được nội dung; có thể giữ "
                "cả hai bản.")
    return Conflict(DOSSIER, mine.uuid, mine.title or theirs.title, a, b, history.diff(a, b),
                    choices, note)


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
    title = f"Quyết định {data.get('number_text', '')}".strip()
    item = Item(DECISION, uuid, title)
    own = session.scalar(select(DecisionRow).where(DecisionRow.uuid == uuid))
    if own is not None:
        mine = decision_json(own)
        if mine == data:
            plan.unchanged.append(item)
        else:
            plan.conflicts.append(Conflict(
                DECISION, uuid, title, mine, data, history.diff(mine, data),
                (Resolution.KEEP_MINE,), "Quyết định do chính đơn vị này ban hành: giữ bản ở máy."))
        return
    received = session.scalar(select(ReceivedDecisionRow).where(ReceivedDecisionRow.uuid == uuid))
    if received is None:
        plan.new.append(item)
        return
    mine = json.loads(received.payload_json)
    if mine == data:
        plan.unchanged.append(item)
    else:
        plan.conflicts.append(Conflict(DECISION, uuid, title, mine, data, history.diff(mine, data),
                                       (Resolution.KEEP_MINE, Resolution.TAKE_THEIRS)))


def iter_inspect_package(session: Session, path: Path, store: Store | None = None
                         ) -> Generator[Progress, None, ImportPlan]:
    """Checks the package and compares it with what is stored; writes nothing. Yields the
    progress of the hash checks and returns the ImportPlan. Raises PackageError (a refusal
    with the reason) when anything is wrong."""
    reader, records = yield from _open(path)
    reader.close()
    m = reader.manifest
    plan = ImportPlan(path, m.package_id, m.kind, m.sender_name,
                      m.created_at.isoformat(timespec="seconds"), records,
                      records_sha256=reader.entry(RECORDS).sha256)
    plan.already_imported = session.scalar(select(ReceivedPackageRow.id).where(
        ReceivedPackageRow.package_id == m.package_id)) is not None
    for theirs in records.dossiers:
        item = Item(DOSSIER, theirs.uuid, theirs.title)
        mine = _local_dossier(session, theirs.uuid)
        if mine is not None:
            theirs = completed(records, theirs, mine)
        if mine is None:
            plan.new.append(item)
        elif comparable(mine) == comparable(theirs) or _copy_matches(session, theirs):
            plan.unchanged.append(item)
        else:
            plan.conflicts.append(_dossier_conflict(session, mine, theirs))
    for data in records.decisions:
        _classify_decision(session, plan, data)
    from sangkien_desktop.services.exchange import received_import

    received_import.classify(session, plan, reader.name)
    for doc in records.documents:
        if _document_row(session, doc.owner_uuid, doc.kind, doc.sha256) is None:
            plan.new_documents += 1
    if store is not None:
        shas = {r.sha256 for d in records.dossiers for r in d.attachments}
        plan.new_attachments = sum(1 for s in shas if not blob_path(store, s).is_file())
    return plan


def inspect_package(session: Session, path: Path, store: Store | None = None,
                    progress: Callable[[Progress], None] | None = None) -> ImportPlan:
    return drive(iter_inspect_package(session, path, store), progress)


def _document_row(session: Session, owner: str, kind: str, sha: str) -> ReceivedDocumentRow | None:
    return session.scalar(select(ReceivedDocumentRow).where(
        ReceivedDocumentRow.owner_uuid == owner, ReceivedDocumentRow.kind == kind,
        ReceivedDocumentRow.sha256 == sha))

