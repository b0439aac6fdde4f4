"""One schema on both engines: the migration chain from an empty database, the models against
what it made, and values that must come back the same from SQLite and from a server."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest
from sqlalchemy import inspect, select, text

from sangkien_desktop.domain.errors import DatabaseVersionError, SangKienError
from sangkien_desktop.storage import search
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import LATEST_VERSION, STEPS
from sangkien_desktop.storage.models import Base, DossierRow, HistoryRow
from sangkien_desktop.storage.server_schema import server_statements
from tests import server_tests

needs_server = pytest.mark.skipif(not server_tests.enabled(),
                                  reason=f"no PostgreSQL server ({server_tests.ENV})")


def _version(db) -> int:
    with db.engine.connect() as conn:
        if db.server is not None:
            return conn.exec_driver_sql("SELECT version FROM sangkien_schema").scalar()
        return conn.exec_driver_sql("PRAGMA user_version").scalar()


def test_the_chain_from_an_empty_database_makes_what_the_models_describe(db):
    assert _version(db) == LATEST_VERSION
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        assert migrated == {c.name for c in table.columns}, table.name


def test_values_come_back_as_they_were_stored(db):
    """Big money, booleans, naive timestamps, long text and exact JSON text, on both engines."""
    payload = '{"b": 1, "a": [2, 1]}'  # key order kept: content hashes are taken over it
    long_text = "Nội dung dài " * 20000
    stamp = dt.datetime(2026, 3, 9, 14, 5, 7)
    with db.session() as s:
        s.add(DossierRow(uuid="u1", title=long_text, created_at=stamp, updated_at=stamp,
                         benefit_unit_vnd=120_000_000_000, applied_as_trial=True))
        s.add(HistoryRow(entity_kind="dossier", entity_uuid="u1", action="created", at=stamp,
                         changes_json=payload))
        s.commit()
    with db.session() as s:
        row = s.scalar(select(DossierRow))
        assert row.benefit_unit_vnd == 120_000_000_000
        assert row.applied_as_trial is True and row.has_complaint is False
        assert row.created_at == stamp and row.created_at.tzinfo is None
        assert row.title == long_text
        assert s.scalar(select(HistoryRow.changes_json)) == payload


def test_text_sorts_by_code_point_on_both_engines(db):
    """The precomputed Vietnamese sort keys rely on plain code-point order, whatever locale a
    server's database was created with."""
    names = ["b", "B", "a", "Đ", "D", "ă", "Z", "z", " a"]
    stamp = dt.datetime(2026, 1, 1)
    with db.session() as s:
        for i, name in enumerate(names):
            s.add(DossierRow(uuid=f"u{i}", sort_title=name, created_at=stamp, updated_at=stamp))
        s.commit()
        stored = list(s.scalars(select(DossierRow.sort_title).order_by(DossierRow.sort_title)))
    assert stored == sorted(names)


def test_search_folds_accents_and_dd_and_matches_word_prefixes(db):
    with db.session() as s:
        stamp = dt.datetime(2026, 1, 1)
        for i, title in enumerate(["Đường ống nước sạch", "Duong day dien", "Quản lý hồ sơ"]):
            s.add(DossierRow(id=i + 1, uuid=f"u{i}", title=title, created_at=stamp,
                             updated_at=stamp))
        s.flush()
        search.index_many(s, [{"id": i + 1, "body": search.index_text(t)} for i, t in enumerate(
            ["Đường ống nước sạch", "Duong day dien", "Quản lý hồ sơ"])])
        s.commit()

        def found(query):
            condition = search.matches(DossierRow.id, query)
            return sorted(s.scalars(select(DossierRow.id).where(condition)))

        assert found("đường") == [1, 2]
        assert found("DUONG") == [1, 2]
        assert found("duo ong") == [1]  # every word, each as a prefix
        assert found("ho so") == [3]
        assert found("uong") == []  # a prefix of a word, not any part of it
        assert search.matches(DossierRow.id, " ,. ") is None
        assert search.ranked(s, ["duong", "nuoc"], 5) == [1, 2]  # two words before one


def _set_version(db, version: int) -> None:
    with db.engine.begin() as conn:
        if db.server is not None:
            conn.exec_driver_sql(f"UPDATE sangkien_schema SET version = {version}")
        else:
            conn.exec_driver_sql(f"PRAGMA user_version = {version}")


def test_a_newer_schema_is_refused_and_left_alone(database_url, db):
    if database_url is None:
        pytest.skip("an in-memory database cannot be opened twice (test_storage covers files)")
    _set_version(db, LATEST_VERSION + 1)
    try:
        with pytest.raises(DatabaseVersionError):
            open_database(database_url)
        assert _version(db) == LATEST_VERSION + 1
    finally:
        _set_version(db, LATEST_VERSION)  # the test server's database serves the next tests


def test_every_step_translates_to_the_server_dialect():
    """Nothing only SQLite understands reaches the server (its statements run in the tests
    that use the server; this catches what no test database would reach)."""
    sqlite_only = ("fts5", "json_extract", "json_each", "INSERT OR", "PRAGMA", "DATETIME",
                   "AUTOINCREMENT", "GLOB", "BLOB")
    for step in STEPS:
        for statement in server_statements(step):
            for word in sqlite_only:
                assert word not in statement, (step.version, statement)


@needs_server
def test_upgrade_from_each_released_schema_on_a_server(tmp_path):
    """A server database left at each older version is upgraded to the latest, keeping data."""
    from sangkien_desktop.storage.server import ServerAddress, _ServerRecord, server_engine

    for old in range(1, LATEST_VERSION):
        name = f"sangkien_test_{os.getpid()}_old{old}"
        url = server_tests.new_database(name)
        engine = server_engine(ServerAddress.parse(url))
        with engine.connect() as conn:
            record = _ServerRecord(conn, ServerAddress.parse(url))
            for step in STEPS[:old]:
                record.run(step)
            with conn.begin():
                conn.exec_driver_sql(
                    "INSERT INTO dossier (uuid, created_at, updated_at) "
                    "VALUES ('kept', LOCALTIMESTAMP, LOCALTIMESTAMP)")
        engine.dispose()
        seen = []
        upgraded = open_database(url, before_upgrade=lambda _conn, v, seen=seen: seen.append(v))
        try:
            assert seen == [old]
            assert _version(upgraded) == LATEST_VERSION
            with upgraded.session() as s:
                assert s.scalar(select(DossierRow.uuid)) == "kept"
        finally:
            upgraded.close()
            server_tests.drop_database(name)


@needs_server
@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_each_released_schema_with_its_data_upgrades_alike_on_a_server(version, tmp_path):
    """The data of each released schema (tests/fixtures/schemas), put into a server database
    made by the steps up to that version, upgrades there to what the same file upgrades to on
    SQLite: every table equal row for row (step 9's move of a "#code" out of an attachment's
    note included), and the search index."""
    import shutil

    from sqlalchemy import create_engine

    from sangkien_desktop.storage import transfer
    from sangkien_desktop.storage.server import ServerAddress, _ServerRecord, server_engine
    from tests.core.test_migrations import FIXTURES

    name = f"sangkien_test_{os.getpid()}_data{version}"
    url = server_tests.new_database(name)
    path = tmp_path / "sangkien.sqlite3"
    shutil.copy(FIXTURES / f"schema-{version}.sqlite3", path)
    old = create_engine(f"sqlite:///{path}")
    engine = server_engine(ServerAddress.parse(url))
    try:
        with engine.connect() as conn, old.connect() as source:
            record = _ServerRecord(conn, ServerAddress.parse(url))
            for step in STEPS[:version]:
                record.run(step)
            with conn.begin():
                copied = transfer.copy_tables(source, conn)
        assert copied["dossier"] == 3 and copied["attachment"]
        engine.dispose()
        old.dispose()
        on_server, on_file = open_database(url), open_database(path)
        try:
            assert _version(on_server) == _version(on_file) == LATEST_VERSION
            with on_server.engine.connect() as a, on_file.engine.connect() as b:
                assert transfer.differences(b, a) == []
                if version < 9:
                    assert a.exec_driver_sql(
                        "SELECT requirement FROM attachment ORDER BY id").scalars().first() \
                        == "danh_gia_hieu_qua"
        finally:
            on_server.close()
            on_file.close()
    finally:
        engine.dispose()
        server_tests.drop_database(name)


@needs_server
def test_a_server_database_of_another_program_is_refused():
    name = f"sangkien_test_{os.getpid()}_foreign"
    url = server_tests.new_database(name)
    try:
        with server_tests.connect(url) as conn:
            conn.execute("CREATE TABLE customers (id int)")
        with pytest.raises(SangKienError) as info:
            open_database(url)
        assert info.value.code == "db_server_foreign"
        with server_tests.connect(url) as conn:  # left as it was
            assert conn.execute("SELECT to_regclass('dossier')").fetchone()[0] is None
    finally:
        server_tests.drop_database(name)


@needs_server
def test_a_login_that_may_only_read_opens_read_only_and_cannot_write():
    name = f"sangkien_test_{os.getpid()}_reader"
    url = server_tests.new_database(name)
    open_database(url).close()
    with server_tests.admin_connection() as admin:
        admin.execute("DROP ROLE IF EXISTS sangkien_test_reader")
        admin.execute("CREATE ROLE sangkien_test_reader LOGIN PASSWORD 'doc-thoi'")
    try:
        with server_tests.connect(url) as conn:
            conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO sangkien_test_reader")
        user = url.split("//", 1)[1].split("@", 1)[0]
        reader = open_database(url.replace(f"//{user}@", "//sangkien_test_reader:doc-thoi@", 1))
        try:
            assert reader.read_only
            with reader.session() as s:
                assert s.scalar(text("SELECT count(*) FROM dossier")) == 0
                s.add(DossierRow(uuid="x", created_at=dt.datetime.now(),
                                 updated_at=dt.datetime.now()))
                with pytest.raises(SangKienError) as info:
                    s.commit()
            assert info.value.code == "db_server_no_rights"
        finally:
            reader.close()
    finally:
        server_tests.drop_database(name)
        with server_tests.admin_connection() as admin:
            admin.execute("DROP ROLE IF EXISTS sangkien_test_reader")


@needs_server
def test_an_unreachable_server_and_a_missing_database_are_said_plainly():
    with pytest.raises(SangKienError) as info:
        open_database("postgresql://nobody@127.0.0.1:1/sangkien")
    assert info.value.code == "db_server_unreachable"
    assert "127.0.0.1:1" in info.value.message
    missing = server_tests.admin_url().rsplit("/", 1)[0] + "/khong_co_csdl_nay"
    with pytest.raises(SangKienError) as info:
        open_database(missing)
    assert info.value.code == "db_server_no_database"


@needs_server
def test_every_sort_of_the_list_is_handed_over_in_order_by_an_index_on_a_server(database_url,
                                                                               db):
    """The list's pages never sort every dossier: with sorting forbidden to the planner, each
    sort of the list (and the unit list) still has a plan, so an index gives the order (the
    partial indexes of storage/server_schema.py)."""
    from sangkien_desktop.services.dossiers.list_query import (
        UNITS_SQL,
        DossierQuery,
        SortKey,
        list_sql,
    )

    if database_url is None:
        pytest.skip("the server's plans")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_sort = off")
        for key in SortKey:
            for descending in (False, True):
                sql, params = list_sql(DossierQuery(sort=key, descending=descending),
                                       dialect="postgresql")
                plan = "\n".join(r[0] for r in conn.execute(text("EXPLAIN " + sql), params))
                # A sort of every row is refused; the unit's (sort_unit, id) order finishes
                # within each unit (an incremental sort over the index's sort_unit order).
                assert not re.search(r"(?<!Incremental )Sort  \(cost", plan), (key, plan)
        plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + UNITS_SQL))
        assert "Sort" not in plan, plan


def test_a_broad_search_walks_the_list_and_finds_what_the_index_finds(db):
    """On a server a search matching many dossiers is asked entry by entry along the sort
    order, one matching few through the GIN index; both give the same pages (and SQLite's)."""
    from sangkien_desktop.services.dossiers import list_query
    from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_sql
    from sangkien_desktop.storage.search_query import broad_sql

    stamp = dt.datetime(2026, 1, 1)
    titles = [f"Bệnh viện số {i}" if i % 3 else f"Đường số {i}" for i in range(1, 1601)]
    with db.session() as s:
        s.add_all(DossierRow(id=i, uuid=f"u{i}", title=t, sort_title=t.lower(), created_at=stamp,
                             updated_at=stamp + dt.timedelta(minutes=i))
                  for i, t in enumerate(titles, start=1))
        s.flush()
        search.index_many(s, [{"id": i, "body": search.index_text(t)}
                              for i, t in enumerate(titles, start=1)])
        s.commit()
        dialect = list_query.dialect_of(s)
        for words, many in (("benh vien", True), ("duong", False), ("so 1", False)):
            asked = broad_sql(dialect, words)
            if dialect == "postgresql":
                assert asked is not None
                assert bool(s.execute(text(asked[0]), asked[1]).scalar()) is many, words
            else:
                assert asked is None  # SQLite plans it alone
            pages = []
            for broad in (False, True):
                sql, params = list_sql(DossierQuery(search=words), limit=60, offset=30,
                                       dialect=dialect, broad=broad)
                pages.append([r[0] for r in s.execute(text(sql), params)])
            assert pages[0] == pages[1] and pages[0], words
            assert [r.id for r in list_query.list_dossiers(
                s, DossierQuery(search=words), offset=30, limit=60)] == pages[0]


@needs_server
def test_the_programs_server_sessions_start_no_parallel_workers(database_url, db):
    if database_url is None:
        pytest.skip("a server's setting")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW max_parallel_workers_per_gather").scalar() == "0"
