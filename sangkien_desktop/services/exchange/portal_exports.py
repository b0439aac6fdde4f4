"""Where portal packages were written, so they can be deleted once their work is done: a
portal folder holds the phone and CCCD numbers the portal asks (in index.html), and people
copy such folders to USB sticks. When every dossier of an export is marked entered, the
window and ``sangkien portal-mark --delete-done`` offer to delete its folder and zip.

Kept in the settings table (key ``portal_exports``): a short list, no schema change.
"""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.services import settings
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.exchange.portal import PortalExport
from sangkien_desktop.storage.models_exchange import PortalEntryRow

KEY = "portal_exports"


@dataclass(frozen=True)
class ExportRecord:
    zip_path: str
    folder: str
    uuids: tuple[str, ...]
    created_at: str
    # Dossiers whose phone or CCCD the folder holds.
    personal: int

    @property
    def exists(self) -> bool:
        return Path(self.folder).exists() or Path(self.zip_path).exists()


def personal_count(export: PortalExport) -> int:
    return sum(1 for i in export.items if any(f.personal and f.value for f in i.fields))


def _load(session: Session) -> list[ExportRecord]:
    raw = settings.get_value(session, KEY, []) or []
    out = []
    for r in raw if isinstance(raw, list) else []:
        try:
            out.append(ExportRecord(str(r["zip_path"]), str(r["folder"]), tuple(r["uuids"]),
                                    str(r.get("created_at", "")), int(r.get("personal", 0))))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def _store(session: Session, records: list[ExportRecord]) -> None:
    settings.set_value(session, KEY, [{**asdict(r), "uuids": list(r.uuids)} for r in records])


def remember(session: Session, export: PortalExport) -> ExportRecord:
    """Records a written export (the caller commits); one written again to the same place
    replaces the earlier record."""
    record = ExportRecord(str(export.zip_path), str(export.folder),
                          tuple(i.uuid for i in export.items),
                          history.now().isoformat(timespec="seconds"), personal_count(export))
    _store(session, [r for r in _load(session) if r.zip_path != record.zip_path] + [record])
    return record


def exports(session: Session) -> list[ExportRecord]:
    """The exports still on disk (records of deleted ones are dropped as found)."""
    records = _load(session)
    present = [r for r in records if r.exists]
    if len(present) != len(records):
        _store(session, present)
    return present


def finished(session: Session) -> list[ExportRecord]:
    """Exports on disk whose every dossier is marked entered on the portal: their work is
    done, and they still hold personal data."""
    entered = set(session.scalars(select(PortalEntryRow.dossier_uuid)))
    return [r for r in exports(session) if r.uuids and set(r.uuids) <= entered]


def delete(session: Session, record: ExportRecord) -> None:
    """Deletes the export's folder and zip and forgets it (the caller commits)."""
    folder, zip_path = Path(record.folder), Path(record.zip_path)
    if folder.is_dir() and (folder / "index.html").is_file():
        shutil.rmtree(folder)
    if zip_path.is_file() and zip_path.suffix.lower() == ".zip":
        zip_path.unlink()
    _store(session, [r for r in _load(session) if r.zip_path != record.zip_path])
