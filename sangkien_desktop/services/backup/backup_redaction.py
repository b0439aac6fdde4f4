"""Rewriting the retained backups without one person's data, after an erasure: backups keep
copies for weeks (docs/backups.md), so an erasure that left them alone would not be one.

Each archive is checked completely and unpacked (storage.backup.extract_verified); the same
erasure (a personal_data.Selection) runs on its database copy; the copy is compacted, checked
(integrity, and none of the erased numbers left in its bytes) and packed again with its
attachments under a temporary name; the new archive is verified like any backup, and only then
takes the old one's name. A backup from an older schema cannot be rewritten by this version
(its tables differ): it is reported, for the officer to delete it (``delete_backup``).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sangkien_desktop import atomic
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.progress import Progress, drive
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.backup.backups import _LOCK  # no backup or restore meanwhile
from sangkien_desktop.services.dossiers.personal_data import Selection, compact
from sangkien_desktop.storage.backup import (
    DB_MEMBER,
    MANIFEST,
    BackupError,
    extract_verified,
    inspect_database,
    integrity_problem,
)
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import LATEST_VERSION


class Outcome(enum.StrEnum):
    REWRITTEN = "rewritten"  # the person's data was in it and is gone
    CLEAN = "clean"  # nothing of the person in it: left as it was
    OLD_SCHEMA = "old_schema"  # from an older version: delete it instead
    FAILED = "failed"  # unreadable, or the rewrite could not be checked: left as it was


@dataclass(frozen=True)
class BackupRewrite:
    path: Path
    created_at: dt.datetime
    outcome: Outcome
    detail: str = ""  # why it was left as it was: a Message, or the system's own words
    dossiers: int = 0  # dossiers changed in it


def retained_backups(layout: DataLayout) -> list[backups.BackupInfo]:
    """The archives in ``backups/`` an erasure concerns: every readable one."""
    return [b for b in backups.list_backups(layout) if b.problem is None]


def _erase_in(database: Path, selection: Selection, user: str | None
              ) -> tuple[int, list[bytes]] | None:
    """Runs the erasure on an unpacked database copy and compacts it into one file; returns
    (dossiers changed, the erased numbers as bytes), or None when the person is not in it."""
    db = open_database(database)
    try:
        with unit_of_work.session(db) as session:  # the copy's own unit of work: no backup
            report = selection.report(session)
            if report is None:
                return None
            result = selection.apply(session, user=user)
        if result is None or not (result.dossiers or result.history_entries or result.drafts):
            return None
        compact(db)
        numbers = [n.encode() for n in sorted(report.identifiers.cccds | report.identifiers.phones)]
    finally:
        db.close()
    conn = sqlite3.connect(str(database), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, as archived
    finally:
        conn.close()
    return len(result.dossiers), numbers


def _pack(old: Path, manifest: dict[str, Any], database: Path, target: Path) -> None:
    """Writes the archive: the new manifest and database, the attachments copied unchanged
    from the old archive (stored, as write_archive stores them)."""
    with zipfile.ZipFile(old) as src, zipfile.ZipFile(target, "w", allowZip64=True) as out:
        out.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        out.write(database, DB_MEMBER, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
        for info in src.infolist():
            if info.filename in (MANIFEST, DB_MEMBER):
                continue
            with src.open(info) as data, out.open(zipfile.ZipInfo(info.filename, info.date_time),
                                                  "w", force_zip64=True) as dest:
                shutil.copyfileobj(data, dest, 1024 * 1024)


def _rewrite_one(info: backups.BackupInfo, selection: Selection, user: str | None,
                 when: dt.datetime) -> BackupRewrite:
    path = info.path
    folder = path.parent
    with tempfile.TemporaryDirectory(dir=folder, prefix=".tmp-sao-luu-xoa-") as work:
        contents = extract_verified(path, Path(work) / "old")
        if contents.manifest.get("schema_version") != LATEST_VERSION:
            return BackupRewrite(path, info.created_at, Outcome.OLD_SCHEMA,
                                 Message("backup_rewrite_old_schema",
                                         version=contents.manifest.get("schema_version")))
        erased = _erase_in(contents.database, selection, user)
        if erased is None:
            return BackupRewrite(path, info.created_at, Outcome.CLEAN)
        changed, numbers = erased
        raw = contents.database.read_bytes()
        left = [n.decode() for n in numbers if n in raw]
        facts = inspect_database(contents.database)
        if left or facts.problems:
            return BackupRewrite(path, info.created_at, Outcome.FAILED,
                                 integrity_problem(facts) if facts.problems
                                 else Message("backup_rewrite_data_left"))
        manifest = dict(contents.manifest)
        manifest["database"] = {**manifest["database"], "size": len(raw),
                                "sha256": hashlib.sha256(raw).hexdigest()}
        manifest["dossier_count"] = facts.dossier_count
        manifest["integrity"] = "ok"
        manifest["redactions"] = [*manifest.get("redactions", []), {
            "at": when.astimezone().isoformat(timespec="seconds"), "reason": selection.reason}]
        with atomic.atomic_path(path, needed=path.stat().st_size) as partial:
            _pack(path, manifest, contents.database, partial)
            extract_verified(partial, Path(work) / "check")  # the new archive restores
    return BackupRewrite(path, info.created_at, Outcome.REWRITTEN, dossiers=changed)


def iter_rewrite_backups(layout: DataLayout, selection: Selection, *, user: str | None = None,
                         now: dt.datetime | None = None
                         ) -> Generator[Progress, None, list[BackupRewrite]]:
    """Rewrites each retained backup without the selection's data, one at a time (under the
    backup lock, so no backup or restore runs meanwhile); yields progress and returns what
    happened to each. A backup that fails is left exactly as it was."""
    when = now or dt.datetime.now()
    found = retained_backups(layout)
    results: list[BackupRewrite] = []
    for n, info in enumerate(found, 1):
        with _LOCK:
            try:
                results.append(_rewrite_one(info, selection, user, when))
            except (BackupError, OSError, sqlite3.DatabaseError, zipfile.BadZipFile) as exc:
                detail = exc.message if isinstance(exc, BackupError) else str(exc)
                results.append(BackupRewrite(info.path, info.created_at, Outcome.FAILED, detail))
        yield Progress(n, len(found), "backups")
    return results


def rewrite_backups(layout: DataLayout, selection: Selection, *, user: str | None = None,
                    progress: Callable[[Progress], None] | None = None) -> list[BackupRewrite]:
    return drive(iter_rewrite_backups(layout, selection, user=user), progress)


def delete_backup(layout: DataLayout, path: Path) -> None:
    """Deletes one archive of ``backups/`` (one that could not be rewritten)."""
    path = Path(path)
    if path.parent.resolve() != layout.backups.resolve() or path.suffix != ".zip":
        raise BackupError("backup_not_in_folder", name=path.name, code="backup_missing")
    with _LOCK:
        path.unlink(missing_ok=True)
