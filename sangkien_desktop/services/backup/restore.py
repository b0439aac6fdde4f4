"""Restoring a backup into a data folder, as one journaled operation that a crash cannot leave
half done.

The archive is unpacked and verified into a work folder in the data folder
(``.tmp-khoi-phuc-XXXX``) and synced to disk, and the current data is backed up. Then, before
anything in the data folder is renamed, a journal (``.khoi-phuc.json``) naming the work folder
is written. From there every step can be run again: set the current attachments aside, move
the archive's into place, copy the database in (one SQLite transaction), drop what was set
aside, remove the journal. A restore killed at any point is finished at the next start
(``finish_interrupted_restore``), or rolled back when its unpacked copy is no longer sound.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sangkien_desktop import atomic
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup.backups import (
    _LOCK,
    BackupError,
    BackupInfo,
    Reason,
    _info,
    backup_now,
)
from sangkien_desktop.storage.backup import (
    DB_MEMBER,
    extract_verified,
    is_usable_database,
    restore_database,
    sha256_file,
)
from sangkien_desktop.storage.database import open_database

WORK_PREFIX = ".tmp-khoi-phuc-"
NEW, BEFORE = "attachments", "attachments-before"


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety: BackupInfo | None  # the backup of the data that was replaced
    damaged_moved: bool  # the replaced database was damaged and was moved into backups/


def journal_path(layout: DataLayout) -> Path:
    return layout.restore_journal


def restore_backup(layout: DataLayout, path: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Replaces the data folder's database and attachments with those of the archive.

    The archive is verified completely first; a damaged one is refused and nothing changes.
    Then the current data is backed up (reason "restore") unless it is itself damaged, in which
    case it is kept aside under a dated name in ``backups/``. A backup from an older schema is
    migrated afterwards. Open connections of the caller should be closed (``db.close()``)
    before and are reopened lazily after.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup_missing", path=path)
    now = now or dt.datetime.now()
    with atomic.disk_errors(layout.root):
        layout.ensure()
        work = Path(tempfile.mkdtemp(dir=layout.root, prefix=WORK_PREFIX))
    with _LOCK:
        try:
            contents = extract_verified(path, work)
            with atomic.disk_errors(layout.root):
                atomic.fsync_tree(work)  # the journal below promises these files are on disk
            restored = _info(path, contents.manifest)
            healthy = is_usable_database(layout.database)
            safety = backup_now(layout, Reason.RESTORE, now=now) if healthy else None
            journal = {
                "archive": str(path),
                "work": work.name,
                "database_sha256": contents.manifest["database"]["sha256"],
                "healthy": healthy,
                "stamp": now.strftime("%Y%m%d-%H%M%S"),
            }
            atomic.write_bytes(journal_path(layout), json.dumps(journal).encode("utf-8"))
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
        _complete(layout, journal)
    # A backup from an older version: bring its schema up to date now (the archive itself is
    # the copy from before the upgrade).
    open_database(layout.database).close()
    return RestoreResult(restored, safety, not healthy)


def _swap_failed(exc: OSError) -> BackupError:
    return BackupError("restore_attachments", reason=exc.strerror or str(exc), code="backup_restore")


def _complete(layout: DataLayout, journal: dict[str, Any]) -> None:
    """Runs the restore's steps from wherever a previous run stopped; each may run twice."""
    work = layout.root / journal["work"]
    new, before = work / NEW, work / BEFORE
    if new.exists():  # the archive's attachments are not in place yet
        if not before.exists():
            try:
                if layout.attachments.exists():
                    os.replace(layout.attachments, before)
                else:
                    before.mkdir()
            except OSError as exc:
                _roll_back(layout, work)  # nothing was changed: no restore to finish
                raise _swap_failed(exc) from exc
        try:
            os.replace(new, layout.attachments)
        except OSError as exc:
            _roll_back(layout, work)
            raise _swap_failed(exc) from exc
    if journal.get("step") != "database":
        # From here the database may change: the restore can only go forward.
        journal = {**journal, "step": "database"}
        atomic.write_bytes(journal_path(layout), json.dumps(journal).encode("utf-8"))
    try:
        restore_database(work / DB_MEMBER, layout.database, layout.backups)
    except BaseException:
        if journal["healthy"]:
            # The backup API wrote nothing (one transaction): the old data stands, and its
            # attachments go back beside it.
            _roll_back(layout, work)
        # Otherwise the damaged database is already set aside: the journal stays, and the
        # next start (or the next attempt) completes the restore.
        raise
    if before.exists() and not journal["healthy"] and any(before.iterdir()):
        # No backup of them could be taken: keep the replaced attachments beside the damaged
        # database moved into backups/, instead of deleting them.
        os.replace(before, layout.backups / f"hong-{journal['stamp']}-attachments")
    atomic.fsync_dir(layout.root)
    journal_path(layout).unlink(missing_ok=True)
    atomic.fsync_dir(layout.root)
    shutil.rmtree(work, ignore_errors=True)


def _roll_back(layout: DataLayout, work: Path) -> None:
    """Puts the attachments set aside back; only while the database was not touched."""
    before = work / BEFORE
    if before.exists():
        if layout.attachments.exists() and (work / NEW).exists() is False:
            # The archive's attachments took the place: they go back into the work folder.
            os.replace(layout.attachments, work / NEW)
        if not layout.attachments.exists():
            os.replace(before, layout.attachments)
    atomic.fsync_dir(layout.root)
    journal_path(layout).unlink(missing_ok=True)
    shutil.rmtree(work, ignore_errors=True)


def _give_up(layout: DataLayout, work: Path, journal: dict[str, Any]) -> None:
    """Ends a restore that can go neither forward nor back: whatever was set aside is kept in
    backups/, and the journal goes so that the program opens again."""
    before = work / BEFORE
    if before.exists():
        os.replace(before, layout.backups / f"hong-{journal.get('stamp', 'khoi-phuc')}-attachments")
    journal_path(layout).unlink(missing_ok=True)
    shutil.rmtree(work, ignore_errors=True)


@dataclass(frozen=True)
class Recovered:
    finished: bool  # True: the restore was completed; False: it was rolled back
    archive: str


def finish_interrupted_restore(layout: DataLayout) -> Recovered | None:
    """At start, before the database is opened: completes a restore a crash interrupted (its
    journal is there), or rolls it back when the unpacked copy it relied on is gone or changed
    and nothing of the database was replaced yet. None when there was nothing to do.

    Call only when no other process has the data folder open (``data_folder.FolderLock``).
    """
    path = journal_path(layout)
    if not path.exists():
        return None
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        work = layout.root / journal["work"]
    except (OSError, ValueError, KeyError, TypeError):
        # A journal is written atomically, so an unreadable one was never ours to trust.
        path.unlink(missing_ok=True)
        return None
    snapshot = work / DB_MEMBER
    sound = snapshot.is_file() and sha256_file(snapshot) == journal.get("database_sha256")
    with _LOCK:
        if not sound and journal.get("step") != "database":
            _roll_back(layout, work)
            return Recovered(False, str(journal.get("archive", "")))
        if not sound:
            # The database step had begun: go forward from the archive, unpacked again.
            shutil.rmtree(work / "lai", ignore_errors=True)
            try:
                contents = extract_verified(Path(journal["archive"]), work / "lai")
            except BackupError as exc:
                _give_up(layout, work, journal)
                raise BackupError("restore_lost", code="backup_restore_lost",
                                  archive=journal["archive"], folder=layout.backups) from exc
            os.replace(contents.database, snapshot)
        _complete(layout, journal)
    open_database(layout.database).close()
    return Recovered(True, str(journal.get("archive", "")))
