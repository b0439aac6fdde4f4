"""Merging an inspected exchange package (``package_import.ImportPlan``) into this unit's data,
in one unit of work: new records are added, identical ones skipped, each differing one resolved
as the officer chose. ``iter_apply_plan`` yields progress between records; stopping it (an
error, or a cancel that closes the generator) rolls the transaction back and removes the
files it had copied into the store, so nothing of the package stays.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sangkien_desktop import atomic
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier, DossierVersion, new_uuid
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.progress import Progress, drive
from sangkien_desktop.domain.workflow import imported_status
from sangkien_desktop.exchange.package import RECORDS, PackageReader
from sangkien_desktop.exchange.records import DocumentRecord
from sangkien_desktop.services.backup.backups import Reason
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers import history, stored_checks
from sangkien_desktop.services.dossiers.attachment_store import Store, store_added
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier, get_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import received_import
from sangkien_desktop.services.exchange.import_plan import (
    DECISION,
    DOSSIER,
    Conflict,
    ImportPlan,
    ImportReport,
    Item,
    Resolution,
    decision_title,
    refuse,
)
from sangkien_desktop.services.exchange.package_import import (
    completed,
    inspect_package,
    stored_documents,
)
from sangkien_desktop.services.unit_of_work import before_write, declares, on_rollback
from sangkien_desktop.storage.migrations import LATEST_VERSION
from sangkien_desktop.storage.models import DossierVersionRow, HistoryRow
from sangkien_desktop.storage.models_exchange import (
    ImportedCopyRow,
    ReceivedDecisionRow,
    ReceivedDocumentRow,
    ReceivedPackageRow,
)

# New dossiers stored at a time (and a progress step after each batch).
_BATCH = 200


class _Merge:
    def __init__(self, session: Session, plan: ImportPlan, reader: PackageReader, store: Store,
                 user: str | None):
        self.s, self.plan, self.reader, self.store, self.user = session, plan, reader, store, user
        self.report = ImportReport(plan.package_id, plan.sender)
        self.versions = {v.dossier_uuid: v for v in plan.records.versions}
        self.origin: dict[str, Any] = {"package": plan.package_id, "from": plan.sender}
        # Dossier entries say what the package left out: the checks do not ask for it here.
        self.dossier_origin = {**self.origin, "withheld_personal_data":
                               list(plan.records.withheld)} if plan.records.withheld \
            else self.origin
        # Files this import brings into the store: placed together before the commit, removed
        # again when it does not commit.
        self.files = atomic.FileBatch()
        self.added: list[str] = []  # their SHA-256s, announced to the store once placed
        self.document_rows: list[dict[str, Any]] = []
        # dossier uuid → the outcome of the last decision about it the package carries.
        self.outcomes: dict[str, str] = {}
        for data in sorted(plan.records.decisions, key=lambda d: str(d.get("date") or "")):
            for item in data.get("items") or []:
                if isinstance(item, dict) and item.get("dossier_uuid"):
                    self.outcomes[str(item["dossier_uuid"])] = str(item.get("outcome", ""))

    def copy(self, path: str, sha: str) -> bool:
        """Writes a file of the package into the store under its SHA-256, checked in the same
        pass (a temporary name until ``place``); False when the store has it already."""
        target = blob_path(self.store, sha)
        if target in self.files.staged or target.is_file():
            return False
        entry = self.reader.entry(path)
        with self.files.file(target, needed=entry.size if entry else None) as out:
            self.reader.write_to(path, sha, out)
        self.added.append(sha)
        return True

    def place(self) -> None:
        """Every file on the disk under its final name, before the transaction that names them
        commits; a shared database keeps each too, in that transaction."""
        self.files.place()
        for sha in self.added:
            store_added(self.store, sha, self.s)

    def blob(self, sha: str) -> None:
        if self.copy(f"attachments/{sha}", sha):
            self.report.attachments += 1

    def save(self, d: Dossier, source_uuid: str = "") -> Dossier:
        for ref in d.attachments:
            self.blob(ref.sha256)
        return save_dossier(self.s, self.supported(d, source_uuid or d.uuid), when=d.updated_at,
                            imported=True)

    def supported(self, d: Dossier, uuid: str) -> Dossier:
        """The dossier with the status its decision supports: one the package carries about
        ``uuid`` (the dossier, or the one it is a copy of), or one already stored here."""
        outcome = self.outcomes.get(uuid)
        if outcome is None and imported_status(d.status, None) != d.status and \
                (known := decisions.outcome_of(self.s, uuid)) is not None:
            outcome = known.outcome.value
        status = imported_status(d.status, outcome)
        if status != d.status:
            self.report.lowered.append(Item(DOSSIER, d.uuid, d.title))
        return dataclasses.replace(d, status=status)

    def add_versions(self, versions: list[tuple[DossierVersion, Dossier]]) -> None:
        """Records each received version under the stored dossier's uuid, unless that dossier
        has one; a (lineage, version) already taken here starts a lineage of its own."""
        uuids = [stored.uuid for _v, stored in versions]
        have = set(self.s.scalars(select(DossierVersionRow.dossier_uuid)
                                  .where(DossierVersionRow.dossier_uuid.in_(uuids))))
        lineages = list({v.lineage_uuid for v, _s in versions})
        taken = {(lineage, version) for lineage, version in self.s.execute(
            select(DossierVersionRow.lineage_uuid, DossierVersionRow.version)
            .where(DossierVersionRow.lineage_uuid.in_(lineages)))}
        rows = []
        for v, stored in versions:
            if stored.uuid in have:
                continue
            clash = (v.lineage_uuid, v.version) in taken
            taken.add((v.lineage_uuid, v.version))
            content_hash = v.content_hash
            if self.plan.records.withheld and v.frozen_at is not None:
                # Checked against the content as carried; stored with the CCCD and phone this
                # copy already held, so the freeze takes the stored content's hash.
                content_hash = history.content_hash(stored)
            rows.append({"dossier_uuid": stored.uuid,
                         "lineage_uuid": stored.uuid if clash else v.lineage_uuid,
                         "version": 1 if clash else v.version,
                         "previous_uuid": None if clash else v.previous_uuid,
                         "content_hash": content_hash, "frozen_at": v.frozen_at,
                         "decision_uuid": v.decision_uuid})
        if rows:
            self.s.execute(insert(DossierVersionRow), rows)

    def add_dossiers(self, dossiers: list[Dossier]) -> None:
        """New dossiers, many at a time: stored as save_dossier stores them (its "created"
        entry included), with their versions and an "imported" entry each; each with the
        status its decision supports (``supported``)."""
        dossiers = [self.supported(d, d.uuid) for d in dossiers]
        for d in dossiers:
            for ref in d.attachments:
                self.blob(ref.sha256)
        # Each with the "created" entry save_dossier writes; their similarity entries are
        # written before the index is next searched (services/similarity.bring_current).
        insert_dossiers(self.s, dossiers, similarity_later=True)
        versioned = [(v, d) for d in dossiers if (v := self.versions.get(d.uuid)) is not None]
        if self.plan.records.withheld:  # the freeze hashes the content as stored
            stored = get_dossiers(self.s, [d.uuid for _v, d in versioned])
            versioned = [(v, stored[d.uuid]) for v, d in versioned]
        self.add_versions(versioned)
        user, at = history.user_name(self.s, self.user), history.now()
        self.s.execute(insert(HistoryRow), [
            history.entry_row(history.DOSSIER, d.uuid, "imported", user, at, self.dossier_origin)
            for d in dossiers])
        self.report.added += [Item(DOSSIER, d.uuid, d.title) for d in dossiers]

    def resolve_dossier(self, conflict: Conflict, theirs: Dossier, choice: Resolution) -> None:
        item = Item(DOSSIER, theirs.uuid, conflict.title)
        if choice not in conflict.choices:
            choice = Resolution.KEEP_MINE
            self.report.notes.append(f"{conflict.title}: {conflict.note}")
        if choice == Resolution.TAKE_THEIRS:
            stored = self.save(theirs)
            if (v := self.versions.get(theirs.uuid)) is not None:
                self.add_versions([(v, stored)])
            history.record(self.s, history.DOSSIER, theirs.uuid, "replaced_by_import", self.user,
                           {**self.dossier_origin, "changes": history.masked(conflict.changes)})
            self.report.replaced.append(item)
        elif choice == Resolution.KEEP_BOTH:
            copy = dataclasses.replace(theirs, uuid=new_uuid(), code="")
            saved = self.save(copy, theirs.uuid)
            if (v := self.versions.get(theirs.uuid)) is not None and v.frozen_at is not None:
                history.freeze(self.s, saved, decision_uuid=v.decision_uuid, when=v.frozen_at)
            self.s.add(ImportedCopyRow(source_uuid=theirs.uuid, local_uuid=saved.uuid,
                                       package_id=self.plan.package_id))
            history.record(self.s, history.DOSSIER, saved.uuid, "imported_copy", self.user,
                           {**self.dossier_origin, "source_uuid": theirs.uuid})
            self.report.kept_both.append(Item(DOSSIER, saved.uuid, conflict.title))
        else:
            self.report.kept_mine.append(item)

    def decision(self, data: dict[str, Any], conflict: Conflict | None,
                 choice: Resolution) -> None:
        item = Item(DECISION, data["uuid"], decision_title(data))
        payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if conflict is None:
            self.s.add(ReceivedDecisionRow(
                uuid=data["uuid"], sending_unit=self.plan.sender,
                number_text=data.get("number_text", ""), date=_date(data.get("date")),
                payload_json=payload, package_id=self.plan.package_id, received_at=history.now()))
            history.record(self.s, history.DECISION, data["uuid"], "imported", self.user,
                           self.origin)
            self.report.added.append(item)
        elif choice == Resolution.TAKE_THEIRS and choice in conflict.choices:
            row = self.s.scalar(select(ReceivedDecisionRow).where(
                ReceivedDecisionRow.uuid == data["uuid"]))
            assert row is not None
            row.payload_json, row.package_id = payload, self.plan.package_id
            history.record(self.s, history.DECISION, data["uuid"], "replaced_by_import",
                           self.user, {**self.origin, "changes": conflict.changes})
            self.report.replaced.append(item)
        else:
            self.report.kept_mine.append(item)

    def document(self, doc: DocumentRecord, stored: set[tuple[str, str, str]]) -> None:
        if (doc.owner_uuid, doc.kind, doc.sha256) not in stored:
            stored.add((doc.owner_uuid, doc.kind, doc.sha256))
            self.copy(doc.path, doc.sha256)
            self.document_rows.append(dict(
                owner_kind=doc.owner_kind, owner_uuid=doc.owner_uuid, kind=doc.kind,
                filename=doc.filename, sha256=doc.sha256, size=doc.size,
                package_id=self.plan.package_id, received_at=history.now()))
            self.report.documents += 1

    def add_documents(self) -> None:
        """The received papers' rows, in one statement."""
        if self.document_rows:
            self.s.execute(insert(ReceivedDocumentRow), self.document_rows)
            self.document_rows = []

    def undo_files(self) -> None:
        """Removes the files copied in (a failed merge, then its rollback, both ask)."""
        self.files.discard()


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@declares(backup=Reason.PACKAGE_IMPORT)
def iter_apply_plan(
    session: Session,
    plan: ImportPlan,
    store: Store,
    resolutions: dict[str, Resolution] | None = None,
    *,
    default: Resolution = Resolution.KEEP_MINE,
    user: str | None = None,
    campaigns: dict[str, Campaign] | None = None,
) -> Generator[Progress, None, ImportReport]:
    """Merges the inspected package in the caller's unit of work (which backs up first and
    commits after the last step); an error or a cancel before that rolls everything back and
    removes the files copied in. With ``campaigns`` the kept checks of the dossiers it carries
    or decides on (services/dossiers/stored_checks.py) are made in that transaction too; a
    copy kept beside one of ours is left due. Returns the ImportReport."""
    reader = PackageReader(plan.path, LATEST_VERSION)
    resolutions = resolutions or {}
    merge: _Merge | None = None
    try:
        entry = reader.entry(RECORDS)
        if reader.manifest.package_id != plan.package_id or entry is None \
                or entry.sha256 != plan.records_sha256:
            raise refuse(reader.name, Message("package_changed_since_check"),
                          "package_changed")
        before_write(session)  # the backup, before the first file is copied into the store
        merge = _Merge(session, plan, reader, store, user)
        on_rollback(session, merge.undo_files)  # a commit that fails after the last step
        records = plan.records
        total = len(records.dossiers) + len(records.decisions) + len(records.documents) + 1
        done = 0
        new = {i.uuid for i in plan.new}
        fresh = [d for d in records.dossiers if d.uuid in new]
        for start in range(0, len(fresh), _BATCH):
            merge.add_dossiers(fresh[start:start + _BATCH])
            done += len(fresh[start:start + _BATCH])
            yield Progress(done, total, "dossiers")
        for theirs in records.dossiers:
            if theirs.uuid in new:
                continue
            conflict = plan.conflict(theirs.uuid)
            if conflict is not None:
                theirs = completed(records, theirs, get_dossier(session, theirs.uuid))
                merge.resolve_dossier(conflict, theirs,
                                      resolutions.get(theirs.uuid, default))
            else:
                merge.report.unchanged.append(Item(DOSSIER, theirs.uuid, theirs.title))
            done += 1
            yield Progress(done, total, "dossiers")
        for data in records.decisions:
            conflict = plan.conflict(data["uuid"])
            if data["uuid"] in new or conflict is not None:
                merge.decision(data, conflict, resolutions.get(data["uuid"], default))
            done += 1
            yield Progress(done, total, "decisions")
        stored = stored_documents(session, records.documents)
        for doc in records.documents:
            merge.document(doc, stored)
            done += 1
            yield Progress(done, total, "documents")
        merge.add_documents()
        received_import.store(session, plan, reader.manifest, merge.report, resolutions,
                              default, user)
        report = merge.report
        report.unchanged += [i for i in plan.unchanged if i.kind == DECISION]
        if report.changed_anything and not plan.already_imported:
            m = reader.manifest
            session.add(ReceivedPackageRow(
                package_id=m.package_id, kind=m.kind, sending_unit=m.sender_name,
                created_at=m.created_at, imported_at=history.now(), app_version=m.app_version,
                rules_versions=", ".join(m.rules_versions),
                summary_json=json.dumps({"report": report.to_json(),
                                         "sending_unit": m.sending_unit,
                                         "nominations": plan.records.nominations},
                                        ensure_ascii=False)))
        if campaigns is not None:  # its dossiers, and those its decisions are about
            stored_checks.refresh_dossiers(session, campaigns, [
                *(d.uuid for d in plan.records.dossiers),
                *(str(item.get("dossier_uuid", "")) for decision in plan.records.decisions
                  for item in decision.get("items", []) if isinstance(item, dict))])
        merge.place()
    except BaseException:  # the unit of work rolls the rows back; the files go here
        if merge is not None:
            merge.undo_files()
        raise
    finally:
        reader.close()
        if merge is not None:
            merge.files.close()
    return report


@declares(backup=Reason.PACKAGE_IMPORT)
def apply_plan(session: Session, plan: ImportPlan, store: Store,
               resolutions: dict[str, Resolution] | None = None, *,
               default: Resolution = Resolution.KEEP_MINE,
               user: str | None = None,
               campaigns: dict[str, Campaign] | None = None) -> ImportReport:
    """``iter_apply_plan`` run to its end on this thread."""
    return drive(iter_apply_plan(session, plan, store, resolutions, default=default, user=user,
                                 campaigns=campaigns))


def dry_run_report(plan: ImportPlan, resolutions: dict[str, Resolution] | None = None,
                   default: Resolution = Resolution.KEEP_MINE) -> ImportReport:
    """What ``apply_plan`` would do, without doing it."""
    report = ImportReport(plan.package_id, plan.sender, dry_run=True)
    report.added = list(plan.new)
    report.unchanged = list(plan.unchanged)
    for c in plan.conflicts:
        choice = (resolutions or {}).get(c.uuid, default)
        if choice not in c.choices:
            choice = Resolution.KEEP_MINE
        {Resolution.KEEP_MINE: report.kept_mine, Resolution.TAKE_THEIRS: report.replaced,
         Resolution.KEEP_BOTH: report.kept_both}[choice].append(Item(c.kind, c.uuid, c.title))
    report.documents = plan.new_documents
    report.attachments = plan.new_attachments
    return report


@declares(backup=Reason.PACKAGE_IMPORT)
def import_package(session: Session, path: Path, store: Store, *, dry_run: bool = False,
                   default: Resolution = Resolution.KEEP_MINE,
                   progress: Callable[[Progress], None] | None = None,
                   campaigns: dict[str, Campaign] | None = None) -> ImportReport:
    """Checks, then merges (or, with ``dry_run``, only reports) — for the CLI and scripts."""
    plan = inspect_package(session, path, store, progress)
    if dry_run:
        return dry_run_report(plan, default=default)
    return apply_plan(session, plan, store, default=default, campaigns=campaigns)
