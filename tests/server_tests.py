"""The PostgreSQL server the tests may run on (``.ci/run`` starts one and names it in
SANGKIEN_TEST_POSTGRES, the URL of a login that may create databases).

One database per test run, made at first use and dropped at the end; each test that asks for
it gets it emptied (every table truncated, identities restarted), its schema kept.
"""

from __future__ import annotations

import atexit
import os

ENV = "SANGKIEN_TEST_POSTGRES"
ENGINES = ("sqlite", "postgresql")
_made: dict[str, str] = {}


def enabled() -> bool:
    return bool(os.environ.get(ENV))


def admin_url() -> str:
    return os.environ[ENV]


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def connect(url: str):
    """A plain psycopg connection (autocommit) to the database ``url`` names."""
    import psycopg
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    return psycopg.connect(host=parts.host, port=parts.port or 5432, user=parts.username,
                           password=parts.password, dbname=parts.database or "postgres",
                           autocommit=True)


def admin_connection():
    return connect(admin_url())


def new_database(name: str) -> str:
    """A new, empty database on the test server (dropped first if left by a killed run)."""
    with admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    if not _made:
        atexit.register(_drop_all)
    _made[name] = name
    return _with_database(admin_url(), name)


def drop_database(name: str) -> None:
    with admin_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _made.pop(name, None)


def _drop_all() -> None:
    for name in list(_made):
        try:
            drop_database(name)
        except Exception:  # noqa: BLE001 - the server may be stopping already
            pass


_shared: list[str] = []


def empty_database() -> str:
    """The run's shared test database, its schema current and every table empty."""
    from sangkien_desktop.storage.database import open_database
    from sangkien_desktop.storage.server_schema import VERSION_TABLE

    if not _shared:
        url = new_database(f"sangkien_test_{os.getpid()}")
        open_database(url).close()
        _shared.append(url)
    url = _shared[0]
    with connect(url) as conn:
        # Whatever a previous test left connected (a pool it did not dispose) goes first.
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename <> %s", (VERSION_TABLE,))]
        if tables:
            conn.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables)
                         + " RESTART IDENTITY CASCADE")
    return url
