"""Opening the database: pragmas, the schema check and migrations, the session factory."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from sangkien_desktop import atomic
from sangkien_desktop.domain.errors import (
    DatabaseDamagedError,
    DiskError,
    SangKienError,
)
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.storage import server
from sangkien_desktop.storage.migrations import (
    APPLICATION_ID,
    LATEST_VERSION,
    STEPS,
    Step,
    apply_step,
)
from sangkien_desktop.storage.server import ServerAddress, is_server_url
from sangkien_desktop.storage.upgrade import BeforeUpgrade, upgrade

__all__ = ["BeforeUpgrade", "Database", "migrate", "open_database"]

log = logging.getLogger(__name__)
WAL = "wal"
MIN_FREE = atomic.DEFAULT_NEED  # room the database needs to work (its journal, a save, a check)


def _apply_pragmas(dbapi_conn: sqlite3.Connection, in_memory: bool, read_only: bool = False) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    # 16 MB of pages instead of SQLite's 2 MB: a search walks the full-text index and the
    # list's filter index, several MB at 100,000 dossiers, and stays in memory between keys.
    cur.execute("PRAGMA cache_size = -16000")
    if not in_memory and not read_only:
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a power cut never loses a committed save; officers' PCs do lose power.
        cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def damaged(path: Path | None) -> DatabaseDamagedError:
    return DatabaseDamagedError("db_damaged", path=path)


def _not_a_database(path: Path | None) -> SangKienError:
    return SangKienError("db_not_sqlite", path=path)


def read_only_data(path: Path | None) -> SangKienError:
    return SangKienError("db_read_only", folder=path.parent if path is not None else "")


def database_problem(exc: BaseException, path: Path | None) -> SangKienError | None:
    """The typed error for a failure of the database file or of its disk: damaged, full,
    read-only or failing. None for anything else (a bug, a broken constraint), which callers
    raise as it is. Used where the database is opened and, through the engine's error hook,
    wherever it is used."""
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    folder = path.parent if path is not None else Path.cwd()
    if name.startswith("SQLITE_CORRUPT"):
        return damaged(path)
    if name == "SQLITE_NOTADB":
        return _not_a_database(path)
    if name.startswith("SQLITE_FULL"):
        return atomic.disk_full(folder, MIN_FREE)
    if name.startswith("SQLITE_READONLY"):
        return read_only_data(path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        # Another window or command on this computer wrote first (one writer at a time).
        return SangKienError("db_busy")
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        # A full disk shows as an I/O error when SQLite cannot even grow its shared-memory file.
        free = atomic.free_space(folder)
        if free is not None and free < MIN_FREE:
            return atomic.disk_full(folder, MIN_FREE)
        if path is not None and not os.access(folder, os.W_OK):
            return atomic.read_only(folder)
        return DiskError("db_io_failed", code="disk_failed", folder=folder)
    return None


# The codes of the typed errors for a write refused because the data may only be read: a
# read-only file or folder, a server login granted SELECT only.
_REFUSED_WRITE = frozenset({"db_read_only", "disk_read_only", "db_server_no_rights"})


def refused_write(exc: BaseException) -> bool:
    """Whether ``exc`` says the data may only be read (on either engine), so that derived data
    a reader would write for itself (an index built late, a register filled late) is simply
    left as it is."""
    if isinstance(exc, SangKienError):
        return exc.code in _REFUSED_WRITE
    original = getattr(exc, "orig", exc)
    if isinstance(original, sqlite3.Error):
        return str(getattr(original, "sqlite_errorname", "")).startswith("SQLITE_READONLY")
    return getattr(original, "sqlstate", None) in ("25006", "42501")


def busy_elsewhere(exc: BaseException) -> bool:
    """Whether ``exc`` says another writer holds the data just now (another window or command
    on SQLite, a lock or deadlock on a server): work a reader would do for itself can wait
    for another time."""
    return isinstance(exc, SangKienError) and exc.code in ("db_busy", "db_server_busy")


def _uri(path: Path, read_only: bool, immutable: bool = False) -> str:
    uri = path.resolve().as_uri()
    if immutable:
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro" if read_only else uri


def _connect(path: Path | None, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    if path is None:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(_uri(path, read_only, immutable), uri=True, isolation_level=None,
                               check_same_thread=False)
    try:
        _apply_pragmas(conn, path is None, read_only)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise database_problem(exc, path) or _not_a_database(path) from exc
    return conn


def _open_read_only(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection, and whether it had to be opened as immutable.

    On a read-only disk SQLite cannot create the shared-memory file a WAL database needs, so
    a database closed cleanly (no pending -wal) is opened as immutable: nothing can change it
    while the disk is read-only anyway. One left with a pending -wal cannot be read that way
    without losing its last changes, and is refused with a message instead.
    """
    try:
        conn = _connect(path, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, False
    except (sqlite3.Error, SangKienError):
        pass
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise SangKienError("db_read_only_pending", folder=path.parent)
    return _connect(path, read_only=True, immutable=True), True


def _refuse_empty(path: Path) -> None:
    """A present but empty database file is damage (a truncated copy, a failed disk), never a
    new install: a new database takes its name only once its schema is written."""
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise DatabaseDamagedError("db_empty", code="db_damaged", path=path)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


class _FileRecord:
    """The schema version of a SQLite file: ``PRAGMA user_version`` and ``application_id``."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.connection = conn
        self.path = path

    def read(self) -> tuple[int, int]:
        try:
            app_id = int(self.connection.execute("PRAGMA application_id").fetchone()[0])
            return app_id, schema_version(self.connection)
        except sqlite3.DatabaseError as exc:
            raise database_problem(exc, self.path) or _not_a_database(self.path) from exc

    def run(self, step: Step) -> None:
        conn = self.connection
        conn.execute("BEGIN IMMEDIATE")
        try:
            apply_step(conn, step)
            conn.execute(f"PRAGMA user_version = {step.version}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            typed = database_problem(exc, self.path)
            if typed is not None:
                raise typed from exc
            raise

    def foreign(self) -> SangKienError:
        return SangKienError("db_foreign")

    def read_only_upgrade(self) -> SangKienError:
        return SangKienError("db_read_only_upgrade",
                             folder=self.path.parent if self.path else "")


def migrate(conn: sqlite3.Connection, before_upgrade: BeforeUpgrade | None = None, *,
            path: Path | None = None, read_only: bool = False) -> int:
    """Brings the schema to LATEST_VERSION; returns the version found before.

    Refuses a database from a newer version or one that belongs to another program. When a
    database that already has a schema is upgraded, ``before_upgrade`` runs first (a backup).
    A read-only database is only checked: one that needs an upgrade is refused.
    """
    return upgrade(_FileRecord(conn, path), STEPS, LATEST_VERSION, before_upgrade,
                   read_only=read_only)


class Database:
    """One open database: an engine with the pragmas set and a session factory."""

    def __init__(self, engine: Engine, path: Path | None, read_only: bool = False,
                 journal_mode: str = WAL, *, server: ServerAddress | None = None):
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self.journal_mode = journal_mode
        # The shared database on a PostgreSQL server, or None for a SQLite file (or memory).
        self.server = server
        # Who works through this database (the history's user, a save's "updated_by"); None:
        # the user name in the unit's Settings. On a shared database the program sets the
        # officer's name set on this computer, else the server login (services/context.py).
        self.user: str | None = None
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def label(self) -> Message | str:
        """Which database is open, as the title bar and the About box say it."""
        if self.server is not None:
            return server.label(self.server)
        return str(self.path) if self.path is not None else ":memory:"

    @property
    def journal_notice(self) -> Message | None:
        """What to tell the officer when the file could not use WAL (a network share): the
        program works, more slowly, and two computers must not open the folder together."""
        if self.path is None or self.read_only or self.journal_mode == WAL:
            return None
        return Message("db_no_wal", folder=str(self.path.parent), mode=self.journal_mode)

    def session(self) -> Session:
        return self._sessions(info={"user": self.user} if self.user else None)

    def close(self) -> None:
        self.engine.dispose()


def _create(file: Path) -> None:
    """A new database is built under a temporary name and takes its name once its schema is
    in place, so a crash never leaves an empty file that looks like a fresh install."""
    with atomic.disk_errors(file.parent, needed=MIN_FREE):
        file.parent.mkdir(parents=True, exist_ok=True)
        with atomic.atomic_path(file, needed=MIN_FREE) as tmp:
            tmp.unlink()
            conn = _connect(tmp)
            try:
                migrate(conn, path=file)
                conn.execute("PRAGMA journal_mode = DELETE")  # one file, nothing beside it
            finally:
                conn.close()


def open_database(
    path: Path | str | ServerAddress | None = None, *,
    before_upgrade: BeforeUpgrade | None = None, read_only: bool = False,
) -> Database:
    """Opens (creating and migrating as needed) the database at ``path``; None is in-memory,
    a ``postgresql://`` URL (or a ServerAddress) a database on a server (storage/server.py).

    ``read_only`` opens an existing database without writing anything (a locked USB stick);
    a damaged, empty or foreign file, a full or failing disk raise a SangKienError that says
    what to do. The same errors met later, while the database is used, are raised typed too.
    """
    if is_server_url(path):
        path = ServerAddress.parse(str(path))
    if isinstance(path, ServerAddress):
        engine, read_only = server.open_server(path, STEPS, LATEST_VERSION, before_upgrade,
                                               read_only=read_only)
        return Database(engine, None, read_only, server=path)
    file = Path(path) if path is not None else None
    immutable = False
    if file is not None:
        if file.exists():
            _refuse_empty(file)
        elif read_only:
            raise SangKienError("db_read_only_missing", folder=file.parent)
        else:
            _create(file)
        if read_only:
            raw, immutable = _open_read_only(file)
        else:
            raw = _connect(file)
        try:
            migrate(raw, before_upgrade, path=file, read_only=read_only)
        finally:
            raw.close()
        engine = create_engine(
            f"sqlite:///{file}", creator=lambda: sqlite3.connect(
                _uri(file, read_only, immutable), uri=True, check_same_thread=False),
            # A failed statement's message never carries the dossier's data it was writing.
            hide_parameters=True,
        )
    else:
        # One shared connection, so every session sees the same in-memory database.
        shared = _connect(None)
        migrate(shared)
        engine = create_engine(
            "sqlite://", creator=lambda: shared, poolclass=StaticPool, hide_parameters=True
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # The driver's own implicit BEGIN skips SELECTs and breaks SAVEPOINTs; we begin
        # every transaction ourselves instead (SQLAlchemy's documented pysqlite recipe).
        dbapi_conn.isolation_level = None
        _apply_pragmas(dbapi_conn, file is None, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        # A damaged page met while reading the list, a full disk met while saving: the same
        # typed error as at opening, never the driver's text with the statement and its values.
        typed = database_problem(context.original_exception, file)
        if typed is not None:
            raise typed from context.original_exception

    mode = WAL
    if file is not None and not read_only:
        # WAL needs shared memory beside the file: on a network share SQLite keeps its rollback
        # journal ("delete") and says so only in the answer to this pragma.
        with engine.connect() as conn:
            mode = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
        if mode != WAL:
            log.warning("%s: journal_mode stayed %r, not WAL (a network share?)", file, mode)
    return Database(engine, file, read_only, mode)
