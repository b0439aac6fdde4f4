"""Backups of a shared database on a server, into this computer's backups folder, and their
restore into an empty server database; moving a SQLite data folder onto a server.

A backup uses PostgreSQL's own ``pg_dump`` when this computer has it (the archive then holds
``sangkien.pgdump``, restored with ``pg_restore``); otherwise the program's own export: every
record copied into a SQLite snapshot, the attachment files beside it, the same archive a data
folder's backup is, so it can also be restored into a data folder (docs/backups.md). Either
way the archive has the usual manifest, so the backups list shows it among the others.

A server database is restored only into an empty one (the IT person creates it): another
officer may be working on the live one, which the program never replaces under them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from sangkien_desktop import __version__, atomic
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.progress import Progress, drive, relay
from sangkien_desktop.paths import DataLayout, program_dir
from sangkien_desktop.services.backup.backups import (
    BACKUP_LOCK,
    BackupError,
    BackupInfo,
    DataDamagedError,
    Reason,
    _free_path,
    _info,
    newest_good,
    prune_backups,
)
from sangkien_desktop.services.dossiers.attachment_store import Store, blob_path
from sangkien_desktop.storage import blobs, transfer
from sangkien_desktop.storage.backup import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    extract_verified,
    sha256_file,
    write_archive,
)
from sangkien_desktop.storage.database import BeforeUpgrade, Database, open_database
from sangkien_desktop.storage.migrations import APPLICATION_ID, LATEST_VERSION, STEPS, apply_step
from sangkien_desktop.storage.models import DossierRow
from sangkien_desktop.storage.server import ServerAddress
from sangkien_desktop.storage.transfer import TableCopy

DUMP_MEMBER = "sangkien.pgdump"
_TIMEOUT = 3600  # seconds a pg_dump or pg_restore may take


def find_tool(name: str) -> Path | None:
    """pg_dump or pg_restore: beside the program (``pgsql/bin``, where the Windows installer
    may put them), on the PATH, or in Debian's PostgreSQL folders (newest first)."""
    exe = name + (".exe" if os.name == "nt" else "")
    folder = program_dir()
    if folder is not None and (folder / "pgsql" / "bin" / exe).is_file():
        return folder / "pgsql" / "bin" / exe
    found = shutil.which(name)
    if found:
        return Path(found)
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{exe}"), reverse=True):
        return candidate
    return None


def _run(tool: Path, args: list[str], address: ServerAddress) -> None:
    env = {**os.environ, **address.libpq_env()}
    done = subprocess.run([str(tool), *args], env=env, capture_output=True, text=True,
                          timeout=_TIMEOUT, check=False)
    if done.returncode != 0:
        raise BackupError("backup_server_tool", tool=tool.name,
                          reason=(done.stderr.strip().splitlines() or ["?"])[-1])


def _address_of(conn: Connection) -> ServerAddress:
    url = conn.engine.url
    return ServerAddress(url.host or "localhost", url.database or "", url.username or "",
                         url.port or 5432, url.password,
                         tuple(sorted((k, str(v)) for k, v in url.query.items())))


def _facts(conn: Connection) -> tuple[int, int]:
    version = conn.execute(text("SELECT version FROM sangkien_schema")).scalar() or 0
    count = conn.execute(select(func.count()).select_from(DossierRow.__table__)).scalar() or 0
    return int(version), int(count)


# ---- taking a backup -----------------------------------------------------------------------


def before_server_upgrade(layout: DataLayout) -> BeforeUpgrade:
    """The hook ``open_database`` runs before migrating a shared database on a server: a
    backup of it into this computer's backups folder (pg_dump, or the program's own export)."""

    def hook(conn: Any, version: int) -> None:
        with BACKUP_LOCK:
            backup_connection(layout, conn, version, Reason.MIGRATION)

    return hook


def backup_server(layout: DataLayout, db: Database, reason: str = Reason.MANUAL, *,
                  out: Path | None = None, now: dt.datetime | None = None,
                  use_pg_dump: bool = True) -> BackupInfo:
    """Backs the shared database up into ``layout.backups`` (or ``out``); raises BackupError."""
    assert db.server is not None
    with db.engine.connect() as conn:
        info = backup_connection(layout, conn, None, reason, out=out, now=now,
                                 use_pg_dump=use_pg_dump)
    return info


def backup_connection(layout: DataLayout, conn: Connection, version: int | None,
                      reason: str, *, out: Path | None = None, now: dt.datetime | None = None,
                      use_pg_dump: bool = True) -> BackupInfo:
    """The backup of the server ``conn`` is connected to (at schema ``version``; None: the
    one it has). Also what runs before a server database is upgraded."""
    now = now or dt.datetime.now()
    target = out if out is not None else _free_path(layout.backups, now, reason)
    tool = find_tool("pg_dump") if use_pg_dump else None
    conn.rollback()
    # One snapshot for everything read: other officers go on saving meanwhile.
    conn.exec_driver_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        found, count = _facts(conn)
        version = version or found
        if tool is not None:
            manifest = _dump_archive(tool, _address_of(conn), target, reason, now, version,
                                     count)
        else:
            manifest = _export_archive(conn, target, reason, now, version)
    finally:
        conn.rollback()
    info = _info(target, manifest)
    if info.integrity != "ok":
        raise DataDamagedError(info, newest_good(layout))
    if out is None:
        prune_backups(layout, now)
    return info


def _dump_archive(tool: Path, address: ServerAddress, target: Path, reason: str,
                  now: dt.datetime, version: int, count: int) -> dict[str, Any]:
    with atomic.disk_errors(target.parent):
        target.parent.mkdir(parents=True, exist_ok=True)
        work = tempfile.TemporaryDirectory(dir=target.parent, prefix=".tmp-sao-luu-")
    with work:
        dump = Path(work.name) / DUMP_MEMBER
        _run(tool, ["--format=custom", "--no-owner", "--no-privileges", "--file", str(dump)],
             address)
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "created_at": now.astimezone().isoformat(timespec="seconds"), "reason": reason,
            "app_version": __version__, "schema_version": version, "dossier_count": count,
            # pg_dump reads every row: a table it cannot read fails the dump, not this check.
            "integrity": "ok", "integrity_check": "pg_dump",
            "engine": "postgresql", "server": address.label,
            "database": {"name": DUMP_MEMBER, "size": dump.stat().st_size,
                         "sha256": sha256_file(dump)},
            "attachments": {"count": 0, "size": 0, "in_database": True},
        }
        with atomic.atomic_path(target, needed=dump.stat().st_size) as partial:
            with zipfile.ZipFile(partial, "w", allowZip64=True) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
                zf.write(dump, DUMP_MEMBER, compress_type=zipfile.ZIP_STORED)
    return manifest


def new_sqlite(path: Path, version: int) -> None:
    """An empty SQLite database at schema ``version`` (an export of an older server)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for step in STEPS[:version]:
            apply_step(conn, step)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    finally:
        conn.close()


def _export_archive(conn: Connection, target: Path, reason: str, now: dt.datetime,
                    version: int) -> dict[str, Any]:
    """The program's own export: a SQLite snapshot and the files, as a data folder's backup."""
    from sqlalchemy import create_engine

    with atomic.disk_errors(target.parent):
        target.parent.mkdir(parents=True, exist_ok=True)
        work = tempfile.TemporaryDirectory(dir=target.parent, prefix=".tmp-sao-luu-")
    with work:
        snapshot = Path(work.name) / "snapshot.sqlite3"
        new_sqlite(snapshot, version)
        engine = create_engine(f"sqlite:///{snapshot}")
        try:
            with engine.begin() as into:
                transfer.copy_tables(conn, into)
        finally:
            engine.dispose()
        files = Path(work.name) / "attachments"
        for sha in sorted(blobs.stored(_session(conn))):
            _write_blob(conn, sha, files)
        return write_archive(snapshot, files, target, reason=reason,
                             created_at=now.astimezone(), app_version=__version__)


def _session(conn: Connection) -> Session:
    return Session(bind=conn)


def _write_blob(conn: Connection, sha: str, folder: Path) -> None:
    path = blob_path(folder, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for chunk in blobs.read(_session(conn), sha):
            out.write(chunk)


# ---- restoring into an empty server database, and moving a data folder up ------------------


@dataclass(frozen=True)
class CopyReport:
    """What a move or a restore put into the server database."""

    server: str
    rows: dict[str, int]
    attachments: int
    method: str  # "copy" or "pg_restore"


# The steps a restore or a move shows (in the window's progress dialog).
STAGES = {code: Message(code) for code in (
    "restore_stage_read", "restore_stage_files", "restore_stage_pg_restore",
    "restore_stage_verify")}


def _tables_of(address: ServerAddress) -> list[str]:
    """The tables in the target database's schema (typed errors: unreachable, login...)."""
    from sangkien_desktop.storage.server import server_engine

    engine = server_engine(address)
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")]
    finally:
        engine.dispose()


def _drop_tables(address: ServerAddress) -> None:
    """Leaves the target database with no table again: what a failed or cancelled restore
    made there (its schema, or what pg_restore wrote) goes, in one transaction; so do the
    functions its triggers ran (server_schema.py), which pg_restore would make again."""
    from sangkien_desktop.storage.server import server_engine

    engine = server_engine(address)
    try:
        with engine.begin() as conn:
            names = [r[0] for r in conn.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")]
            if names:
                conn.exec_driver_sql("DROP TABLE IF EXISTS "
                                     + ", ".join(f'"{n}"' for n in names) + " CASCADE")
            functions = [r[0] for r in conn.exec_driver_sql(
                "SELECT p.proname FROM pg_proc AS p JOIN pg_namespace AS n "
                "ON n.oid = p.pronamespace WHERE n.nspname = current_schema() "
                "AND p.prorettype = 'trigger'::regtype")]
            if functions:
                conn.exec_driver_sql("DROP FUNCTION IF EXISTS "
                                     + ", ".join(f'"{f}"()' for f in functions))
    finally:
        engine.dispose()


def _empty_target(address: ServerAddress) -> tuple[Database, bool]:
    """The target server database, its schema made; refused (nothing written) unless it holds
    no record at all. Also whether it had no table before (so what is made there may go
    again on a failure)."""
    from sangkien_desktop.domain.errors import SangKienError

    bare = not _tables_of(address)
    db = open_database(address)
    try:
        with db.engine.connect() as conn:
            if not transfer.is_empty(conn) or blobs.stored(_session(conn)):
                raise SangKienError("db_server_not_empty", server=address.label)
    except BaseException:
        db.close()
        raise
    return db, bare


def iter_copy_into_server(source: Database, files: Store, address: ServerAddress,
                          progress: Callable[[str, int], None] | None = None,
                          ) -> Generator[Progress, None, CopyReport]:
    """Copies every record of ``source`` and every attachment file of ``files`` into the empty
    server database at ``address``, in one transaction, and proves the copy (rows and content
    hashes per table, every file's SHA-256) before it commits; the source is only read. On a
    failure or a cancel nothing stays: the transaction is rolled back, and the schema made in
    a database that had no table is dropped again."""
    from sangkien_desktop.domain.errors import SangKienError

    target, bare = _empty_target(address)
    try:
        with source.engine.connect() as src, target.engine.connect() as dst:
            with dst.begin():
                def worded(step: TableCopy) -> Progress:
                    if progress is not None and step.finished and step.stage != "search":
                        progress(step.stage, step.rows)  # the command line's lines
                    return Progress(step.done, step.total,
                                    Message("restore_stage_copy", table=step.stage))

                rows = yield from relay(transfer.iter_copy_tables(src, dst), worded)
                shas = _referenced_files(src)
                for n, sha in enumerate(shas):
                    yield Progress(n, len(shas), STAGES["restore_stage_files"])
                    path = blob_path(files, sha)
                    if path.is_file():
                        with path.open("rb") as fh:
                            blobs.write(_session(dst), sha, fh)
                yield Progress(0, 1, STAGES["restore_stage_verify"])
                wrong = transfer.differences(src, dst)
                session = _session(dst)
                wrong += [f"blob_chunk {sha[:12]}" for sha in blobs.stored(session)
                          if _sha_of(session, sha) != sha]
                if wrong:
                    raise SangKienError("migrate_mismatch", tables=", ".join(wrong))
        return CopyReport(address.label, rows, len(shas), "copy")
    except BaseException:
        target.close()
        if bare:
            _drop_tables(address)
        raise
    finally:
        target.close()


def copy_into_server(source: Database, files: Store, address: ServerAddress,
                     progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """``iter_copy_into_server`` run to its end."""
    return drive(iter_copy_into_server(source, files, address, progress))


def _referenced_files(conn: Connection) -> list[str]:
    found: set[str] = set()
    for table, column in (("blob", "sha256"), ("received_document", "sha256")):
        found.update(r[0] for r in conn.exec_driver_sql(f"SELECT {column} FROM {table}"))
    return sorted(found)


def _sha_of(session: Any, sha: str) -> str:
    import hashlib

    digest = hashlib.sha256()
    for chunk in blobs.read(session, sha):
        digest.update(chunk)
    return digest.hexdigest()


def iter_restore_into_server(archive: Path,
                             address: ServerAddress) -> Generator[Progress, None, CopyReport]:
    """Restores a backup archive (of a server or of a data folder) into the empty server
    database at ``address``; the window's "Khôi phục" on a shared database, and ``sangkien
    restore-to``. Nothing is left half-written: a copy commits whole after its proof, and
    pg_restore runs in one transaction, its result dropped again when the check after it
    fails (or the work is cancelled)."""
    from sangkien_desktop.storage.backup import read_manifest

    yield Progress(0, 1, STAGES["restore_stage_read"])
    manifest = read_manifest(archive)  # typed: not a backup, damaged, of a newer program
    if int(manifest.get("schema_version") or 0) > LATEST_VERSION:
        raise BackupError("backup_newer_schema", name=archive.name,
                          version=manifest["schema_version"], latest=LATEST_VERSION,
                          code="backup_newer")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    with tempfile.TemporaryDirectory(prefix="sangkien-khoi-phuc-") as work:
        if DUMP_MEMBER in names:
            return (yield from _iter_pg_restore(archive, manifest, Path(work), address))
        contents = extract_verified(archive, Path(work))
        source = open_database(contents.database)
        try:
            return (yield from iter_copy_into_server(source, contents.attachments, address))
        finally:
            source.close()


def restore_into_server(archive: Path, address: ServerAddress) -> CopyReport:
    """``iter_restore_into_server`` run to its end."""
    return drive(iter_restore_into_server(archive, address))


def _iter_pg_restore(archive: Path, manifest: dict[str, Any], work: Path,
                     address: ServerAddress) -> Generator[Progress, None, CopyReport]:
    dump = work / DUMP_MEMBER
    with zipfile.ZipFile(archive) as zf, zf.open(DUMP_MEMBER) as src, dump.open("wb") as out:
        shutil.copyfileobj(src, out, 1024 * 1024)
    if sha256_file(dump) != manifest["database"]["sha256"]:
        raise BackupError("backup_damaged_dump", name=archive.name)
    tool = find_tool("pg_restore")
    if tool is None:
        raise BackupError("backup_server_tool_missing", tool="pg_restore")
    # Only into an empty database: no table, or only the program's own schema with no record
    # in it (the IT person opened the new database with the program first); pg_restore then
    # makes the tables itself.
    if _tables_of(address):
        _empty_target(address)[0].close()
        _drop_tables(address)
    yield Progress(1, 3, STAGES["restore_stage_pg_restore"])
    try:
        _run(tool, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                    "--dbname", address.database, str(dump)], address)
        yield Progress(2, 3, STAGES["restore_stage_verify"])
        db = open_database(address)
        try:
            with db.engine.connect() as conn:
                rows = {p.table: p.rows for p in transfer.proofs(conn).values()}
                count = conn.execute(select(func.count()).select_from(DossierRow.__table__)).scalar()
        finally:
            db.close()
        if count != manifest["dossier_count"]:
            raise BackupError("backup_damaged_dump", name=archive.name)
    except BaseException:
        _drop_tables(address)
        raise
    return CopyReport(address.label, rows, 0, "pg_restore")


def move_folder_to_server(layout: DataLayout, address: ServerAddress,
                          progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copies a SQLite data folder (dossiers, versions, history, decisions, nominations,
    received packages, attachments: every record and file) into an empty server database and
    proves the copy. The folder is left as it was: its database is read through a snapshot
    (brought to the current schema in a temporary folder when it is older)."""
    from sangkien_desktop.domain.errors import SangKienError
    from sangkien_desktop.storage.backup import snapshot

    if not layout.database.is_file():
        raise SangKienError("migrate_no_data", folder=layout.root)
    with tempfile.TemporaryDirectory(prefix="sangkien-chuyen-") as work:
        copy = Path(work) / "sangkien.sqlite3"
        snapshot(layout.database, copy)
        source = open_database(copy)
        try:
            return copy_into_server(source, layout.attachments, address, progress)
        finally:
            source.close()
