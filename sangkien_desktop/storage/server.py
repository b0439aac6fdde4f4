"""A database on a PostgreSQL server, shared by several officers: its address, opening it
(schema check and upgrade, whether this login may write), and the typed errors of a server
that cannot be reached, refuses the login or goes away while in use.

The server arbitrates between the officers, so no folder lock applies; a login without write
rights opens the data read-only, as a locked USB stick does for a local folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.storage.migrations import APPLICATION_ID, Step
from sangkien_desktop.storage.server_schema import (
    CREATE_VERSION_TABLE,
    SET_VERSION,
    VERSION_TABLE,
    server_statements,
)

DEFAULT_PORT = 5432
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_FOREIGN = -1  # "application id" of a database that holds another program's tables
CONNECT_TIMEOUT = 10  # seconds; a server that does not answer is said so, not waited for


def is_server_url(target: object) -> bool:
    """Whether ``target`` names a server database (a URL), not a file."""
    return isinstance(target, str) and target.split(":", 1)[0].lower() in _SCHEMES


@dataclass(frozen=True)
class ServerAddress:
    """Where the shared database is and who logs in; the password is never shown."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    password: str | None = field(default=None, repr=False, compare=False)
    options: tuple[tuple[str, str], ...] = ()  # sslmode and the like, passed on to libpq

    @classmethod
    def parse(cls, url: str) -> ServerAddress:
        """``postgresql://user[:password]@host[:port]/database[?sslmode=…]``."""
        try:
            parsed = make_url(url.strip())
            port = parsed.port or DEFAULT_PORT
        except (ArgumentError, ValueError) as exc:
            raise SangKienError("db_server_bad_url", url=_hide_password(url)) from exc
        if parsed.drivername not in _SCHEMES or not parsed.database or not parsed.username:
            raise SangKienError("db_server_bad_url", url=_hide_password(url))
        options = tuple(sorted((k, str(v)) for k, v in parsed.query.items()))
        return cls(parsed.host or "localhost", parsed.database, parsed.username, port,
                   parsed.password, options)

    def with_password(self, password: str | None) -> ServerAddress:
        return ServerAddress(self.host, self.database, self.user, self.port, password,
                             self.options)

    @property
    def label(self) -> str:
        """``user@host:port/database``: what the title bar and the messages name."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def url(self) -> str:
        """The address without the password, as it can be written down or put in settings."""
        return self.sqlalchemy_url(with_password=False).render_as_string().replace(
            "postgresql+psycopg://", "postgresql://", 1)

    def sqlalchemy_url(self, *, with_password: bool = True) -> URL:
        return URL.create(
            "postgresql+psycopg", self.user, self.password if with_password else None,
            self.host, self.port, self.database, dict(self.options))

    def libpq_env(self) -> dict[str, str]:
        """The address as libpq's environment variables (for pg_dump and pg_restore)."""
        env = {"PGHOST": self.host, "PGPORT": str(self.port), "PGDATABASE": self.database,
               "PGUSER": self.user}
        if self.password:
            env["PGPASSWORD"] = self.password
        sslmode = dict(self.options).get("sslmode")
        if sslmode:
            env["PGSSLMODE"] = sslmode
        return env


def _hide_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url.split("@")[-1]


def _reason(exc: BaseException) -> str:
    """libpq's own words, without the "connection failed: connection to server at …" lead."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    for lead in ("FATAL:", "failed:"):
        if lead in text:
            text = text.rsplit(lead, 1)[1]
    return text.strip()


def server_problem(exc: BaseException, address: ServerAddress) -> SangKienError | None:
    """The typed error for a server that cannot be reached, refuses the login, has no such
    database, forbids a change, or went away; None for anything else (a bug, a constraint)."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a runtime dependency
        return None
    if not isinstance(exc, psycopg.Error):
        return None
    state = getattr(exc, "sqlstate", None) or ""
    text = str(exc)
    server = address.label
    if state == "42501" or state == "25006":  # insufficient_privilege, read_only_sql_transaction
        return SangKienError("db_server_no_rights", user=address.user, server=server)
    if state in ("40001", "40P01", "55P03"):  # serialization failure, deadlock, lock not available
        return SangKienError("db_server_busy", server=server)
    if not isinstance(exc, psycopg.OperationalError):
        return None
    if state.startswith("28") or "password authentication failed" in text \
            or "no password supplied" in text or ("role" in text and "does not exist" in text):
        return SangKienError("db_server_login", user=address.user, server=server)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return SangKienError("db_server_no_database", database=address.database, server=server)
    return SangKienError("db_server_lost" if state.startswith(("08", "57")) or not text.startswith(
        ("connection failed", "failed to resolve")) else "db_server_unreachable",
        reason=_reason(exc), server=server)


class _StepConnection:
    """A step's function on a server connection: its ``?`` parameters as the driver's ``%s``,
    and a literal ``%`` doubled."""

    def __init__(self, conn: Connection):
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        # The driver reads placeholders even when no parameter is given.
        return self.conn.exec_driver_sql(sql.replace("%", "%%").replace("?", "%s"),
                                         tuple(parameters))


class _ServerRecord:
    """The schema version of a server database: the one row of ``sangkien_schema``."""

    def __init__(self, conn: Connection, address: ServerAddress):
        self.connection = conn
        self.address = address

    def _version(self) -> tuple[int, int] | None:
        conn = self.connection
        if conn.exec_driver_sql(f"SELECT to_regclass('{VERSION_TABLE}')").scalar() is None:
            return None
        row = conn.exec_driver_sql(
            f"SELECT application_id, version FROM {VERSION_TABLE} WHERE id = 1").first()
        return (int(row[0]), int(row[1])) if row is not None else (0, 0)

    def read(self) -> tuple[int, int]:
        with self.connection.begin():
            found = self._version()
            if found is not None:
                return found
            tables = self.connection.exec_driver_sql(
                "SELECT count(*) FROM information_schema.tables "
                "WHERE table_schema = current_schema()").scalar()
            return (_FOREIGN, 0) if tables else (0, 0)

    def run(self, step: Step) -> None:
        conn = self.connection
        with conn.begin():
            # Two computers starting a new version at once: one upgrades, the other waits and
            # then finds the step done.
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({APPLICATION_ID})")
            found = self._version()
            if found is not None and found[1] >= step.version:
                return
            try:
                conn.exec_driver_sql(CREATE_VERSION_TABLE)
                for statement in server_statements(step):
                    conn.exec_driver_sql(statement)
                if step.run is not None:
                    step.run(_StepConnection(conn))
            except SangKienError as exc:
                if exc.code == "db_server_no_rights":  # may write rows, not change tables
                    raise self.read_only_upgrade() from exc
                raise
            conn.exec_driver_sql(SET_VERSION, {"app": APPLICATION_ID, "version": step.version})

    def foreign(self) -> SangKienError:
        return SangKienError("db_server_foreign", server=self.address.label)

    def read_only_upgrade(self) -> SangKienError:
        return SangKienError("db_server_upgrade_rights", user=self.address.user,
                             server=self.address.label)


def server_engine(address: ServerAddress) -> Engine:
    """An engine for the server whose driver errors arrive typed (server_problem)."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:  # pragma: no cover - psycopg is a runtime dependency
        raise SangKienError("db_server_driver_missing") from exc
    engine = create_engine(
        address.sqlalchemy_url(), hide_parameters=True, pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "sangkien-desktop",
                      # Every query of the window is short: starting parallel workers costs
                      # more than it saves (a search's count took twice as long with them).
                      "options": "-c max_parallel_workers_per_gather=0"},
    )

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        typed = server_problem(context.original_exception, address)
        if typed is not None:
            raise typed from context.original_exception

    return engine


def may_write(conn: Connection) -> bool:
    """Whether this login may change the data (a role granted SELECT only may not)."""
    return bool(conn.exec_driver_sql(
        "SELECT has_table_privilege('dossier', 'INSERT') AND has_table_privilege('dossier', "
        "'UPDATE') AND NOT current_setting('transaction_read_only')::boolean").scalar())


def probe(address: ServerAddress) -> tuple[int, bool]:
    """(schema version, whether this login may write) of a server database, read once
    without changing anything; 0 for an empty database. Raises the typed errors of
    ``server_problem`` and ``db_server_foreign``."""
    engine = server_engine(address)
    try:
        with engine.connect() as conn:
            record = _ServerRecord(conn, address)
            app_id, version = record.read()
            if app_id not in (0, APPLICATION_ID):
                raise record.foreign()
            writes = version == 0 or may_write(conn)
            conn.rollback()
            return version, writes
    finally:
        engine.dispose()


def open_server(address: ServerAddress, steps: tuple[Step, ...], latest: int,
                before_upgrade: Any = None, *, read_only: bool = False) -> tuple[Engine, bool]:
    """The engine of a server database brought to the latest schema, and whether it opened
    read-only (asked so, or a login that may only read)."""
    from sangkien_desktop.storage.upgrade import upgrade

    engine = server_engine(address)
    try:
        with engine.connect() as conn:
            record = _ServerRecord(conn, address)
            upgrade(record, steps, latest, before_upgrade, read_only=read_only)
            read_only = read_only or not may_write(conn)
            conn.rollback()
    except BaseException:
        engine.dispose()
        raise
    if read_only:
        @event.listens_for(engine, "connect")
        def _read_only(dbapi_conn: Any, _record: object) -> None:
            dbapi_conn.read_only = True

        # The connection the upgrade check used waits in the pool, opened before the rule
        # above: close it, so every connection handed out is a read-only one.
        engine.dispose()
    return engine, read_only


def label(address: ServerAddress) -> Message:
    return Message("db_server_label", server=address.label)
