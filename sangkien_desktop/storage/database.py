"""Opening the database: pragmas, the schema check and migrations, the session factory."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from sangkien_desktop.domain.errors import DatabaseVersionError, SangKienError
from sangkien_desktop.storage.migrations import APPLICATION_ID, LATEST_VERSION, STEPS


def _apply_pragmas(dbapi_conn: sqlite3.Connection, in_memory: bool) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    # 16 MB of pages instead of SQLite's 2 MB: a search walks the full-text index and the
    # list's filter index, several MB at 100,000 dossiers, and stays in memory between keys.
    cur.execute("PRAGMA cache_size = -16000")
    if not in_memory:
        cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a power cut never loses a committed save; officers' PCs do lose power.
        cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _not_a_database(exc: Exception) -> SangKienError:
    return SangKienError(
        f"Tệp dữ liệu không phải là cơ sở dữ liệu SQLite hợp lệ ({exc}). "
        "Hãy chọn đúng thư mục dữ liệu, hoặc khôi phục từ một bản sao lưu.",
        code="db_not_sqlite",
    )


def _raw_connect(path: Path | None) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path) if path else ":memory:", isolation_level=None)
    try:
        _apply_pragmas(conn, path is None)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _not_a_database(exc) from exc
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


# Called with the open connection and the version found, before the first migration step runs
# on a database that holds data (services/backups.py writes a full backup archive).
BeforeUpgrade = Callable[[sqlite3.Connection, int], object]


def migrate(conn: sqlite3.Connection, before_upgrade: BeforeUpgrade | None = None) -> int:
    """Brings the schema to LATEST_VERSION; returns the version found before.

    Refuses a database from a newer version or one that belongs to another program. When a
    database that already has a schema is upgraded, ``before_upgrade`` runs first (a backup).
    """
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        current = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise _not_a_database(exc) from exc
    if app_id not in (0, APPLICATION_ID):
        raise SangKienError(
            "Tệp dữ liệu này thuộc về một chương trình khác, không phải Sáng kiến Desktop. "
            "Hãy chọn một thư mục dữ liệu khác.",
            code="db_foreign",
        )
    if current > LATEST_VERSION:
        raise DatabaseVersionError(
            f"Dữ liệu được tạo bởi một phiên bản mới hơn của Sáng kiến Desktop (lược đồ "
            f"{current}, phiên bản này chỉ đọc được đến {LATEST_VERSION}). Hãy cài phiên bản "
            "mới hơn; dữ liệu không bị thay đổi."
        )
    if current == LATEST_VERSION:
        return current
    if current > 0 and before_upgrade is not None:
        before_upgrade(conn, current)
    for step in STEPS:
        if step.version <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in step.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step.version}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current


class Database:
    """One open database: an engine with the pragmas set and a session factory."""

    def __init__(self, engine: Engine, path: Path | None):
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    path: Path | str | None = None, *, before_upgrade: BeforeUpgrade | None = None
) -> Database:
    """Opens (creating and migrating as needed) the database at ``path``; None is in-memory."""
    file = Path(path) if path is not None else None
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        raw = _raw_connect(file)
        try:
            migrate(raw, before_upgrade)
        finally:
            raw.close()
        engine = create_engine(f"sqlite:///{file}", connect_args={"check_same_thread": False})
    else:
        # One shared connection, so every session sees the same in-memory database.
        shared = _raw_connect(None)
        migrate(shared)
        engine = create_engine(
            "sqlite://", creator=lambda: shared, poolclass=StaticPool
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # The driver's own implicit BEGIN skips SELECTs and breaks SAVEPOINTs; we begin
        # every transaction ourselves instead (SQLAlchemy's documented pysqlite recipe).
        dbapi_conn.isolation_level = None
        _apply_pragmas(dbapi_conn, file is None)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    return Database(engine, file)
