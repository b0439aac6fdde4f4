"""Backups of a data folder: take one (on demand, daily, before a migration or an import),
list them, keep 7 daily and 4 weekly, check one, copy one to a USB stick (restoring one is
``restore.py``).

Every backup checks its copy of the database (SQLite's integrity check). A backup of damaged
data is set apart in ``backups/hong/``, never counts towards what is kept, and raises
DataDamagedError so that the officer hears of it at once.

Other use-cases call ``backup_now(layout, reason="import")`` before they change data in bulk
(see docs/backups.md). Backups and restores are serialised by one lock per process, so the
daily backup running in the background and a restore never overlap.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sangkien_desktop import __version__, atomic
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup.backup_retention import Entry, to_keep
from sangkien_desktop.storage.backup import (
    BackupError,
    extract_verified,
    read_manifest,
    write_archive,
)
from sangkien_desktop.storage.database import BeforeUpgrade

__all__ = [
    "BackupError",
    "BackupInfo",
    "DataDamagedError",
    "Reason",
    "backup_now",
    "backup_if_due",
    "before_upgrade",
    "copy_backup",
    "list_backups",
    "prune_backups",
    "verify_backup",
]


class Reason(StrEnum):
    MANUAL = "manual"
    DAILY = "daily"
    MIGRATION = "migration"
    IMPORT = "import"
    PACKAGE_IMPORT = "package_import"
    RESTORE = "restore"


# Part of each file name, so a folder of backups reads well on a USB stick.
_SLUGS = {
    Reason.MANUAL: "thu-cong",
    Reason.DAILY: "hang-ngay",
    Reason.MIGRATION: "truoc-nang-cap",
    Reason.IMPORT: "truoc-nhap",
    Reason.PACKAGE_IMPORT: "truoc-nhap-goi",
    Reason.RESTORE: "truoc-khoi-phuc",
}
_REASON_OF_SLUG = {slug: reason for reason, slug in _SLUGS.items()}
REASON_LABELS = {
    Reason.MANUAL: Message("backup_reason_manual"),
    Reason.DAILY: Message("backup_reason_daily"),
    Reason.MIGRATION: Message("backup_reason_migration"),
    Reason.IMPORT: Message("backup_reason_import"),
    Reason.PACKAGE_IMPORT: Message("backup_reason_package_import"),
    Reason.RESTORE: Message("backup_reason_restore"),
}
_NAME = re.compile(r"^sao-luu-(\d{8}-\d{6})-([a-z-]+?)(?:-(\d+))?\.zip$")
DAILY_AGE = dt.timedelta(days=1)
DAMAGED_DIR = "hong"  # backups of damaged data, set apart from the ones a restore may use
KEEP_DAMAGED = 3
DAMAGED_PROBLEM = Message("backup_of_damaged_data")
# One backup, restore or rewrite of backups at a time in this process.
BACKUP_LOCK = threading.RLock()
_LOCK = BACKUP_LOCK
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime
    reason: str
    dossier_count: int | None
    schema_version: int | None
    app_version: str
    size: int
    problem: str | None = None  # why the archive cannot be restored; None when it can
    integrity: str | None = None  # the check of its database when it was taken: "ok" or findings
    earlier: bool = False  # found in a backups folder used before (DataLayout.earlier_backups)

    @property
    def verified(self) -> bool:
        """Readable, and its database passed the integrity check when it was taken."""
        return self.problem is None and self.integrity == "ok"

    @property
    def reason_label(self) -> str:
        try:
            return REASON_LABELS[Reason(self.reason)]
        except ValueError:
            return self.reason


def backup_name(now: dt.datetime, reason: str) -> str:
    return f"sao-luu-{now:%Y%m%d-%H%M%S}-{_SLUGS[Reason(reason)]}.zip"


def _free_path(folder: Path, now: dt.datetime, reason: str) -> Path:
    base = backup_name(now, reason).removesuffix(".zip")
    target = folder / f"{base}.zip"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}.zip"
        n += 1
    return target


def _parse_name(name: str) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(name)
    if match is None or match[2] not in _REASON_OF_SLUG:
        return None
    try:
        taken = dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return taken, _REASON_OF_SLUG[match[2]].value


def _local(iso: str) -> dt.datetime:
    stamp = dt.datetime.fromisoformat(iso)
    return stamp.astimezone().replace(tzinfo=None) if stamp.tzinfo else stamp


def _info(path: Path, manifest: dict[str, Any]) -> BackupInfo:
    integrity = manifest.get("integrity")
    return BackupInfo(
        path=path,
        created_at=_local(str(manifest["created_at"])),
        reason=str(manifest.get("reason", "")),
        dossier_count=manifest.get("dossier_count"),
        schema_version=manifest.get("schema_version"),
        app_version=str(manifest.get("app_version", "")),
        size=path.stat().st_size,
        problem=None if integrity in (None, "ok") else DAMAGED_PROBLEM,
        integrity=None if integrity is None else str(integrity),
    )


class DataDamagedError(BackupError):
    """The backup just taken found the data damaged. The archive was still written (set apart,
    in ``info``); ``good`` is the newest backup that verified good, if any."""

    def __init__(self, info: BackupInfo, good: BackupInfo | None):
        where = info.path.parent
        if good is not None:
            super().__init__("backup_data_damaged", where=where,
                             taken=f"{good.created_at:%H:%M %d/%m/%Y}", count=good.dossier_count)
        else:
            super().__init__("backup_data_damaged_no_good", code="backup_data_damaged",
                             where=where)
        self.info = info
        self.good = good


def describe(path: Path) -> BackupInfo:
    """The manifest facts of one archive, or its name and the problem when it is unreadable."""
    try:
        return _info(path, read_manifest(path))
    except (BackupError, KeyError, ValueError) as exc:
        parsed = _parse_name(path.name)
        taken = parsed[0] if parsed else dt.datetime.fromtimestamp(path.stat().st_mtime)
        return BackupInfo(
            path, taken, parsed[1] if parsed else "", None, None, "", path.stat().st_size, str(exc)
        )


def _write(layout: DataLayout, source: Path | sqlite3.Connection, reason: str, out: Path | None, now: dt.datetime | None) -> BackupInfo:
    now = now or dt.datetime.now()
    target = out if out is not None else _free_path(layout.backups, now, reason)
    manifest = write_archive(
        source,
        layout.attachments,
        target,
        reason=Reason(reason).value,
        created_at=now.astimezone(),
        app_version=__version__,
    )
    info = _info(target, manifest)
    if info.integrity != "ok":
        if out is None:
            info = _set_apart(layout, info)
        raise DataDamagedError(info, newest_good(layout))
    if out is None:
        prune_backups(layout, now)
    return info


def damaged_folder(layout: DataLayout) -> Path:
    return layout.backups / DAMAGED_DIR


def _set_apart(layout: DataLayout, info: BackupInfo) -> BackupInfo:
    """Moves a backup of damaged data into ``backups/hong/`` and keeps the newest few there."""
    folder = damaged_folder(layout)
    folder.mkdir(exist_ok=True)
    target = folder / info.path.name
    os.replace(info.path, target)
    for old in sorted(folder.glob("sao-luu-*.zip"), reverse=True)[KEEP_DAMAGED:]:
        old.unlink(missing_ok=True)
    return replace(info, path=target)


def backup_now(
    layout: DataLayout,
    reason: str = Reason.MANUAL,
    *,
    out: Path | None = None,
    now: dt.datetime | None = None,
) -> BackupInfo:
    """Backs up the database and the attachments into one archive and returns what it holds.

    Safe while the program has the database open: the database is copied with SQLite's
    online backup (committed data only). Written into ``layout.backups`` (then old backups are
    pruned) unless ``out`` names another file. Raises BackupError.
    """
    if not layout.database.exists():
        raise BackupError("backup_empty")
    with _LOCK:
        return _write(layout, layout.database, reason, out, now)


def before_upgrade(layout: DataLayout) -> BeforeUpgrade:
    """The hook ``open_database`` runs before migrating a database that holds data."""

    def hook(conn: sqlite3.Connection, _version: int) -> None:
        with _LOCK:
            _write(layout, conn, Reason.MIGRATION, None, None)

    return hook


def _our_archives(layout: DataLayout) -> list[tuple[Path, dt.datetime, str]]:
    if not layout.backups.is_dir():
        return []
    found = []
    for path in layout.backups.iterdir():
        parsed = _parse_name(path.name)
        if parsed and path.is_file():
            found.append((path, *parsed))
    return found


def last_backup_time(layout: DataLayout) -> dt.datetime | None:
    times = [taken for _p, taken, _r in _our_archives(layout)]
    return max(times) if times else None


# A database with no row in any of these holds nothing an officer made: no daily backup of it
# (a new data folder would otherwise start with "Đã sao lưu 0 hồ sơ …").
_RECORD_TABLES = ("dossier", "council", "nomination", "target", "received_package", "received_unit")


def holds_records(database: Path) -> bool:
    """Whether the database holds a dossier (in the bin too), a council, a nomination, a target
    or anything received; True when that cannot be told (better a backup too many)."""
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return True
    try:
        for table in _RECORD_TABLES:
            if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:  # noqa: S608
                return True
        return False
    except sqlite3.Error:
        return True
    finally:
        conn.close()


def backup_if_due(layout: DataLayout, now: dt.datetime | None = None) -> BackupInfo | None:
    """The daily backup: taken when the newest backup (of any reason) is a day old or more,
    and the database holds something (``holds_records``)."""
    now = now or dt.datetime.now()
    last = last_backup_time(layout)
    if not layout.database.exists() or (last is not None and now - last < DAILY_AGE):
        return None
    if not holds_records(layout.database):
        return None
    return backup_now(layout, Reason.DAILY, now=now)


def _verified(path: Path) -> bool:
    try:
        return read_manifest(path).get("integrity") == "ok"
    except BackupError:
        return False


def prune_backups(layout: DataLayout, now: dt.datetime | None = None) -> list[Path]:
    """Deletes the backups the retention rule does not keep (services/backup_retention.py).

    Only backups that verified good count; the others are never deleted here."""
    now = now or dt.datetime.now()
    archives = _our_archives(layout)
    keep = to_keep(
        (Entry(p.name, taken, reason, _verified(p)) for p, taken, reason in archives), now
    )
    removed = []
    for path, _taken, _reason in archives:
        if path.name not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    # Work folders left by a backup or restore that was killed half-way (power cut).
    for stale in layout.backups.glob(".tmp-sao-luu-*"):
        if now.timestamp() - stale.stat().st_mtime > DAILY_AGE.total_seconds():
            shutil.rmtree(stale, ignore_errors=True)
    return removed


def list_backups(layout: DataLayout) -> list[BackupInfo]:
    """Every backup archive in the backups folder, and in the folders backups went to before
    the officer chose this one (``earlier``: still there to restore or copy), newest first,
    with those that cannot be restored (unreadable, or of damaged data, set apart in ``hong/``)
    marked by ``problem``. A folder that cannot be read (a disk not plugged in) is passed."""
    infos = []
    for folder, earlier in [(layout.backups, False),
                            *((f, True) for f in layout.earlier_backups())]:
        try:
            paths = [*folder.glob("*.zip"), *(folder / DAMAGED_DIR).glob("*.zip")]
        except OSError:
            continue
        for path in paths:
            try:
                info = describe(path)
            except OSError:  # deleted meanwhile (pruned by a backup running in the background)
                continue
            if info.problem is None or _parse_name(path.name):
                infos.append(replace(info, earlier=True) if earlier else info)
    return sorted(infos, key=lambda i: i.created_at, reverse=True)


def newest_good(layout: DataLayout) -> BackupInfo | None:
    """The newest backup whose data verified good when it was taken (by its manifest)."""
    return next((i for i in list_backups(layout) if i.verified), None)


def verify_backup(path: Path) -> BackupInfo:
    """Checks an archive completely (see storage.backup.extract_verified); raises BackupError."""
    with tempfile.TemporaryDirectory(prefix="sangkien-kiem-tra-") as work:
        contents = extract_verified(path, Path(work))
        return _info(path, contents.manifest)


@dataclass(frozen=True)
class CopyResult:
    path: Path
    size: int
    sha256: str


def _hash_file(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def copy_backup(path: Path, folder: Path) -> CopyResult:
    """Copies an archive into ``folder`` (a USB stick) and checks the copy read back from it.

    The copy is written under a temporary name and renamed only when its size and SHA-256,
    read back from the stick, match the original. Raises BackupError.
    """
    target = Path(folder) / path.name
    try:
        size, sha = _hash_file(path)
        if target.exists() and _hash_file(target) == (size, sha):
            return CopyResult(target, size, sha)
        with atomic.atomic_path(target, needed=size, create_folder=False) as partial:
            with path.open("rb") as src, partial.open("wb") as out:
                shutil.copyfileobj(src, out, _CHUNK)
            atomic.fsync_file(partial)
            if _hash_file(partial) != (size, sha):
                raise BackupError("backup_copy_mismatch", folder=folder)
    except OSError as exc:
        raise BackupError("backup_copy", folder=folder, reason=exc.strerror or str(exc)) from exc
    return CopyResult(target, size, sha)
