"""Exporting dossiers to, and importing them from, the JSON interchange format."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.domain.workflow import imported_status
from sangkien_desktop.exchange.json_format import read_dossiers, write_dossiers
from sangkien_desktop.exchange.records import version_json
from sangkien_desktop.services.backup.backups import Reason
from sangkien_desktop.services.dossiers import stored_checks
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.history import version_from_row
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange.import_plan import comparable
from sangkien_desktop.services.unit_of_work import declares
from sangkien_desktop.storage.models import DossierRow, DossierVersionRow


def export_json(session: Session, path: Path, uuids: list[str] | None = None) -> int:
    """Writes the given dossiers (all live ones when None) to ``path``; returns how many."""
    if uuids:
        dossiers = [get_dossier(session, u) for u in uuids]
    else:
        ids = session.scalars(
            select(DossierRow.uuid).where(DossierRow.deleted_at.is_(None)).order_by(DossierRow.id)
        )
        dossiers = [get_dossier(session, u) for u in ids]
    uuids = [d.uuid for d in dossiers]
    versions = [version_json(version_from_row(r)) for r in session.scalars(
        select(DossierVersionRow).where(DossierVersionRow.dossier_uuid.in_(uuids))
        .order_by(DossierVersionRow.id))]
    write_dossiers(path, dossiers, versions)
    return len(dossiers)


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # Same uuid, different content: never overwritten silently; the officer decides.
    conflicts: list[str] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)
    # Added as submitted: their status stated a decision, and a JSON file carries none.
    lowered: list[str] = field(default_factory=list)


def import_dossiers(
    session: Session, dossiers: list[Dossier], attachment_store: Store | None = None, *,
    campaigns: dict[str, Campaign] | None = None,
) -> ImportReport:
    """Adds the dossiers not yet known (by uuid) in the caller's transaction; with
    ``campaigns``, their kept checks too (services/dossiers/stored_checks.py)."""
    report = ImportReport()
    for d in dossiers:
        try:
            existing = get_dossier(session, d.uuid)
        except NotFoundError:
            existing = None
        if existing is not None:
            if comparable(existing) == comparable(d):
                report.unchanged.append(d.uuid)
            else:
                report.conflicts.append(d.uuid)
            continue
        status = imported_status(d.status, None)
        if status != d.status:
            report.lowered.append(d.uuid)
        save_dossier(session, replace(d, status=status), when=d.updated_at, imported=True)
        report.added.append(d.uuid)
        if attachment_store is not None:
            report.missing_files += [
                f"{d.code or d.title}: {ref.filename}"
                for ref in d.attachments
                if not blob_path(attachment_store, ref.sha256).exists()
            ]
    if campaigns is not None:
        stored_checks.refresh_dossiers(session, campaigns, report.added)
    return report


@declares(backup=Reason.IMPORT)
def import_json(session: Session, path: Path, attachment_store: Store | None = None, *,
                campaigns: dict[str, Campaign] | None = None) -> ImportReport:
    """Reads and checks the whole file first (a refused file writes nothing at all, and takes
    no backup); then imports the dossiers in the caller's unit of work, which backs up before
    the first write and commits them all, or nothing. With ``campaigns`` their kept checks are
    made too."""
    return import_dossiers(session, read_dossiers(path), attachment_store, campaigns=campaigns)
