"""Shared fixtures: offscreen Qt, a data directory per test, an in-memory database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy.orm import close_all_sessions  # noqa: E402

from sangkien_desktop.domain import messages  # noqa: E402
from sangkien_desktop.storage.database import Database, open_database  # noqa: E402
from tests import server_tests  # noqa: E402

messages.STRICT = True  # a message code without Vietnamese fails the test that reaches it


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """No test ever touches the real user's data folder."""
    monkeypatch.setenv("SANGKIEN_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_engines: a window test that runs on every engine there is, as the "
        "tests in tests/core do")


def pytest_generate_tests(metafunc):
    """The storage, services and exchange tests (tests/core) that use a database, and the
    window tests marked ``both_engines``, run on every engine there is: SQLite always,
    PostgreSQL when SANGKIEN_TEST_POSTGRES names a server."""
    if "engine" in metafunc.fixturenames and server_tests.enabled() and (
            "tests/core/" in metafunc.definition.path.as_posix()
            or metafunc.definition.get_closest_marker("both_engines")):
        metafunc.parametrize("engine", server_tests.ENGINES, indirect=True)


@pytest.fixture
def engine(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def database_url(engine) -> str | None:
    """An empty database on the test server (emptied for each test); None for SQLite."""
    if engine == "sqlite":
        return None
    return server_tests.empty_database()


@pytest.fixture
def db(database_url) -> Database:
    database = open_database(database_url)
    yield database
    # A session a test left open would hold its server transaction (and its locks) past the
    # test: the next one's emptying of the tables would wait for it.
    close_all_sessions()
    database.close()


@pytest.fixture
def make_db(engine):
    """Opens further empty databases on the test's engine (a second unit, a restore target);
    each is closed, and a server one dropped, at the end of the test."""
    opened: list[tuple[Database, str | None]] = []

    def make() -> Database:
        name = None
        if engine != "sqlite":
            name = f"sangkien_test_{os.getpid()}_{len(opened) + 1}"
        database = open_database(server_tests.new_database(name) if name else None)
        opened.append((database, name))
        return database

    yield make
    close_all_sessions()
    for database, name in opened:
        database.close()
        if name:
            server_tests.drop_database(name)
