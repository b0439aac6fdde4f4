"""Backup archives: one zip holding a consistent snapshot of the database, taken with SQLite's
online backup API (never a copy of an open file), the attachment files and a small manifest.

This module knows the archive's format and the SQLite mechanics (snapshot, check, restore into
the live file); when to back up, what to keep and how to restore a data folder is decided in
``services/backups.py``. The format is described in ``docs/backups.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sangkien_desktop import atomic
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.storage.database import database_problem
from sangkien_desktop.storage.migrations import APPLICATION_ID, LATEST_VERSION

FORMAT = "sangkien-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "sangkien.sqlite3"
ATTACHMENTS_PREFIX = "attachments/"
# The only names an archive may hold besides the manifest and the database: a crafted archive
# can therefore never write outside the folder it is unpacked into.
_BLOB_NAME = re.compile(r"^attachments/([0-9a-f]{2})/([0-9a-f]{64})$")
_CHUNK = 1024 * 1024


class BackupError(SangKienError):
    """A backup cannot be written, read or restored; nothing was changed."""

    code = "backup"


@dataclass(frozen=True)
class DatabaseFacts:
    schema_version: int
    application_id: int
    dossier_count: int
    problems: tuple[str, ...]  # empty when the integrity check says "ok"


@dataclass(frozen=True)
class ArchiveContents:
    """What a verified archive unpacked to: the database snapshot and the attachment folder."""

    manifest: dict
    database: Path
    attachments: Path


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def snapshot(source: sqlite3.Connection | Path, target: Path) -> None:
    """Copies the database through SQLite's online backup into ``target`` (a new file).

    The copy is one read transaction on the source, so it is consistent even while other
    connections write (uncommitted changes are not in it). The copy is then switched to a
    rollback journal, so it is a single self-contained file.
    """
    own = not isinstance(source, sqlite3.Connection)
    if isinstance(source, Path) and not source.is_file():
        raise BackupError("backup_source", path=source)
    src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(str(source))
    try:
        if own:
            src.execute("PRAGMA busy_timeout = 5000")
        dest = sqlite3.connect(str(target), isolation_level=None)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    except sqlite3.DatabaseError as exc:
        # A full or read-only disk where the copy goes is not damage of the data.
        typed = database_problem(exc, target)
        if typed is not None and typed.code.startswith("disk_"):
            raise typed from exc
        raise BackupError("backup_snapshot_failed", code="backup_source") from exc
    finally:
        if own:
            src.close()


def inspect_database(path: Path, *, thorough: bool = True) -> DatabaseFacts:
    """Schema version, owner mark, live dossier count and the integrity check of a snapshot."""
    try:
        conn = _connect_readonly(path)
        try:
            pragma = "integrity_check" if thorough else "quick_check"
            result = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            has_dossiers = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dossier'"
            ).fetchone()
            count = (
                int(conn.execute("SELECT count(*) FROM dossier WHERE deleted_at IS NULL").fetchone()[0])
                if has_dossiers
                else 0
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return DatabaseFacts(0, 0, 0, (str(exc),))
    return DatabaseFacts(version, app_id, count, () if result == ["ok"] else tuple(result))


def integrity_problem(facts: DatabaseFacts) -> Message:
    """What SQLite's integrity check found (its own words, the first three)."""
    return Message("backup_damaged_integrity", problems="; ".join(facts.problems[:3]))


def _blobs(store: Path) -> Iterator[tuple[Path, str]]:
    """The stored attachment files (``ab/abcd…``), skipping half-copied temporary files."""
    if not store.is_dir():
        return
    for sub in sorted(store.iterdir()):
        if not (sub.is_dir() and re.fullmatch(r"[0-9a-f]{2}", sub.name)):
            continue
        for blob in sorted(sub.iterdir()):
            arcname = f"{ATTACHMENTS_PREFIX}{sub.name}/{blob.name}"
            if blob.is_file() and _BLOB_NAME.match(arcname):
                yield blob, arcname


def write_archive(
    source: sqlite3.Connection | Path,
    attachments: Path | None,
    target: Path,
    *,
    reason: str,
    created_at: dt.datetime,
    app_version: str,
) -> dict:
    """Writes the backup archive to ``target`` atomically (temporary file, then rename).

    Returns the manifest. ``source`` is the database file or an open connection to it. The
    copy is checked with SQLite's full ``integrity_check`` and the verdict recorded in the
    manifest (``integrity``: "ok" or what the check found), so a backup of damaged data is
    known as such; the caller decides where such a backup goes. A full or read-only disk
    raises a DiskError, any other failure to write a BackupError.
    """
    needed = 2 * _database_size(source)  # the snapshot, then the archive beside it
    try:
        with atomic.disk_errors(target.parent, needed=needed):
            target.parent.mkdir(parents=True, exist_ok=True)
            work = tempfile.TemporaryDirectory(dir=target.parent, prefix=".tmp-sao-luu-")
        with work:
            db_copy = Path(work.name) / DB_MEMBER
            snapshot(source, db_copy)
            facts = inspect_database(db_copy, thorough=True)
            blobs = list(_blobs(attachments)) if attachments is not None else []
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created_at": created_at.isoformat(timespec="seconds"),
                "reason": reason,
                "app_version": app_version,
                "schema_version": facts.schema_version,
                "dossier_count": facts.dossier_count,
                "integrity": "ok" if not facts.problems else "; ".join(facts.problems[:5]),
                "integrity_check": "integrity_check",
                "database": {
                    "name": DB_MEMBER,
                    "size": db_copy.stat().st_size,
                    "sha256": sha256_file(db_copy),
                },
                "attachments": {
                    "count": len(blobs),
                    "size": sum(path.stat().st_size for path, _ in blobs),
                },
            }
            needed = db_copy.stat().st_size + sum(path.stat().st_size for path, _ in blobs)
            with atomic.atomic_path(target, needed=needed) as partial:
                with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
                    zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
                    # Attachments (PDF, JPEG, DOCX) are compressed already; the database is not.
                    zf.write(db_copy, DB_MEMBER, compress_type=zipfile.ZIP_DEFLATED,
                             compresslevel=1)
                    for path, arcname in blobs:
                        zf.write(path, arcname, compress_type=zipfile.ZIP_STORED)
    except OSError as exc:
        typed = atomic.disk_error(exc, target.parent, needed=needed)
        if typed is not None:
            raise typed from exc
        raise BackupError("backup_write", path=target, reason=exc.strerror or str(exc)) from exc
    return manifest


def _database_size(source: sqlite3.Connection | Path) -> int:
    if isinstance(source, sqlite3.Connection):
        page_size = source.execute("PRAGMA page_size").fetchone()[0]
        return int(page_size * source.execute("PRAGMA page_count").fetchone()[0])
    path = Path(source)
    wal = path.with_name(path.name + "-wal")
    return sum(p.stat().st_size for p in (path, wal) if p.exists())


def _damaged(path: Path, detail: Message | str) -> BackupError:
    """A damaged archive; ``detail`` is what was found (a ``backup_damaged_…`` message, or the
    system's own words)."""
    return BackupError("backup_damaged", name=path.name, detail=detail)


def _well_formed(manifest: object) -> bool:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return False
    database, attachments = manifest.get("database"), manifest.get("attachments")
    return (
        isinstance(manifest.get("created_at"), str)
        and isinstance(manifest.get("format_version"), int)
        and isinstance(manifest.get("dossier_count"), int)
        and isinstance(database, dict)
        and isinstance(database.get("size"), int)
        and isinstance(database.get("sha256"), str)
        and isinstance(attachments, dict)
        and isinstance(attachments.get("size"), int)
    )


def read_manifest(path: Path) -> dict:
    """The manifest of an archive (cheap: no member but the manifest is read)."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except KeyError as exc:
        raise _damaged(path, Message("backup_damaged_no_manifest")) from exc
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, ValueError) as exc:
        raise _damaged(path, str(exc)) from exc
    if not _well_formed(manifest):
        raise _damaged(path, Message("backup_damaged_manifest"))
    if manifest["format_version"] > FORMAT_VERSION:
        raise BackupError("backup_newer", name=path.name)
    return manifest


def _extract_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> str:
    """Unpacks one member (the zip's CRC is checked on the way) and returns its SHA-256."""
    digest = hashlib.sha256()
    target.parent.mkdir(parents=True, exist_ok=True)
    with zf.open(info) as src, target.open("wb") as out:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def extract_verified(path: Path, work: Path) -> ArchiveContents:
    """Unpacks an archive into ``work`` and checks everything before it may be restored.

    Checked: the manifest, every member's name, the zip checksums, the database's SHA-256 and
    size against the manifest, SQLite's integrity check, that the database is ours and not
    from a newer schema, and that each attachment's content matches its SHA-256 name.
    Raises BackupError (code ``backup_damaged``, ``backup_newer`` …) on the first problem.
    """
    manifest = read_manifest(path)
    database = work / DB_MEMBER
    attachments = work / "attachments"
    attachments.mkdir(parents=True, exist_ok=True)
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            names = [m.filename for m in members]
            if len(set(names)) != len(names):
                raise _damaged(path, Message("backup_damaged_names_twice"))
            if DB_MEMBER not in names:
                raise _damaged(path, Message("backup_damaged_no_database"))
            # Unpacking never writes more than the manifest announced (zip reads stop at the
            # declared sizes), so a crafted archive cannot fill the disk.
            declared = sum(m.file_size for m in members if m.filename != MANIFEST)
            announced = manifest["database"]["size"] + manifest["attachments"]["size"]
            if declared > announced:
                raise _damaged(path, Message("backup_damaged_sizes"))
            for info in members:
                if info.filename == MANIFEST:
                    continue
                if info.filename == DB_MEMBER:
                    sha = _extract_member(zf, info, database)
                    expected = manifest["database"]
                    if sha != expected["sha256"] or database.stat().st_size != expected["size"]:
                        raise _damaged(path, Message("backup_damaged_database_hash"))
                    continue
                match = _BLOB_NAME.match(info.filename)
                if match is None:
                    raise _damaged(path, Message("backup_damaged_stray_file", name=info.filename))
                sha = _extract_member(zf, info, attachments / match[1] / match[2])
                if sha != match[2]:
                    raise _damaged(path, Message("backup_damaged_attachment",
                                                       sha256=match[2][:12]))
    except (OSError, zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise _damaged(path, str(exc)) from exc
    facts = inspect_database(database, thorough=True)
    if facts.problems:
        raise _damaged(path, integrity_problem(facts))
    if facts.dossier_count != manifest["dossier_count"]:
        raise _damaged(path, Message("backup_damaged_count"))
    if facts.application_id not in (0, APPLICATION_ID):
        raise _damaged(path, Message("backup_damaged_not_ours"))
    if facts.schema_version > LATEST_VERSION:
        raise BackupError("backup_newer_schema", name=path.name, version=facts.schema_version,
                          latest=LATEST_VERSION, code="backup_newer")
    return ArchiveContents(manifest, database, attachments)


def is_usable_database(path: Path) -> bool:
    """Whether ``path`` is one of our SQLite databases, readable and passing SQLite's quick
    check: only such a database is backed up before a restore and overwritten in place; any
    other is kept aside as it is."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        # Not read-only: a read-only connection cannot open a WAL database whose -shm is gone.
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            sound = [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return sound and app_id in (0, APPLICATION_ID)


def restore_database(snapshot_file: Path, target: Path, damaged_dir: Path) -> None:
    """Makes ``target`` hold exactly the snapshot's data.

    A usable live database is overwritten through SQLite's backup API: one write transaction
    taken under SQLite's own locks, so connections that still have it open (another window,
    a pooled connection) see either the old data or the new, never a mix. A missing, empty,
    unreadable or damaged database is moved into ``damaged_dir`` with its -wal and -shm files,
    then replaced by a copy of the snapshot (temporary file, then rename).
    """
    if is_usable_database(target):
        src = sqlite3.connect(str(snapshot_file))
        dest = sqlite3.connect(str(target), isolation_level=None)
        try:
            dest.execute("PRAGMA busy_timeout = 10000")
            src.backup(dest)
        except sqlite3.DatabaseError as exc:
            raise BackupError("backup_restore", reason=str(exc)) from exc
        finally:
            dest.close()
            src.close()
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in ("", "-wal", "-shm", "-journal"):
        old = target.with_name(target.name + suffix)
        if old.exists():
            damaged_dir.mkdir(parents=True, exist_ok=True)
            shutil.move(str(old), damaged_dir / f"hong-{stamp}-{old.name}")
    with atomic.atomic_path(target, needed=snapshot_file.stat().st_size) as partial:
        shutil.copyfile(snapshot_file, partial)
