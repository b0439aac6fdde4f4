"""The dossier list's one SQL definition: the same rows through a Session and through plain
sqlite3 (the window's first paint), counts that agree with the rows, and query plans that walk
an index instead of reading every dossier."""

from __future__ import annotations

import itertools
import sqlite3

import pytest
from sqlalchemy import select

from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers.list_query import (
    UNITS_SQL,
    DossierQuery,
    SortKey,
    count_dossiers,
    count_for_list,
    count_sql,
    distinct_units,
    list_dossiers,
    list_sql,
)
from sangkien_desktop.services.dossiers.recycle_bin import move_to_bin
from sangkien_desktop.storage.models import DossierVersionRow

from sangkien_desktop.gui.models.list_reader import connect_read_only


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A data folder with demo dossiers: councils, decisions, corrections, the bin; and one
    correction moved to the bin, so its recognised version is the current one again."""
    app = open_app_data(tmp_path_factory.mktemp("list") / "data")
    with app.db.session() as s:
        create_demo(s, 300, seed=5)
        s.commit()
        corrections = s.scalars(select(DossierVersionRow.dossier_uuid).where(
            DossierVersionRow.version > 1, DossierVersionRow.frozen_at.is_(None))).all()
        assert len(corrections) >= 2
        move_to_bin(s, corrections[0])
        s.commit()
    yield app
    app.close()


def _queries(app):
    with app.db.session() as s:
        unit = distinct_units(s)[3]
    filters = [
        {}, {"status": "recognised"}, {"status": "submitted"},
        {"campaign_id": "cong-nhan-cap-co-so"}, {"unit_name": unit}, {"in_bin": True},
        {"old_versions": True}, {"old_versions": True, "status": "recognised"},
        {"search": "nang"}, {"search": "may cat"}, {"search": "nang", "old_versions": True},
    ]
    for sort, descending, f in itertools.product(SortKey, (False, True), filters):
        yield DossierQuery(sort=sort, descending=descending, **f)


def test_a_session_and_plain_sqlite3_read_the_same_rows(demo):
    """The window paints from sqlite3 before SQLAlchemy is loaded: for every sort, filter and
    search the two give identical rows, paged or whole, and identical counts."""
    conn = connect_read_only(demo.db.path)
    try:
        with demo.db.session() as s:
            for q in _queries(demo):
                whole = list_dossiers(s, q, limit=None)
                assert list_dossiers(conn, q, limit=None) == whole, q
                assert list_dossiers(conn, q, offset=7, limit=5) == whole[7:12], q
                assert count_dossiers(conn, q) == count_dossiers(s, q) == len(whole), q
                assert count_for_list(conn, q) == (len(whole), False), q
    finally:
        conn.close()


def test_old_versions_are_left_out_unless_asked_for(demo):
    with demo.db.session() as s:
        current = {r.uuid: r for r in list_dossiers(s, DossierQuery(), limit=None)}
        every = {r.uuid: r for r in list_dossiers(s, DossierQuery(old_versions=True), limit=None)}
        versions = s.execute(select(DossierVersionRow.dossier_uuid, DossierVersionRow.previous_uuid)
                             .where(DossierVersionRow.previous_uuid.is_not(None))).all()
    assert set(current) < set(every)
    hidden = set(every) - set(current)
    assert all(every[u].superseded for u in hidden)
    for newer, older in versions:
        if newer in current:  # a live correction hides the version it corrects
            assert older not in current and older in every
        elif older in every:  # the correction is in the bin: the old version is the dossier
            assert older in current


def _plan(conn: sqlite3.Connection, sql_params: tuple[str, dict]) -> list[str]:
    sql, params = sql_params
    return [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def _reads_every_dossier(plan: list[str]) -> list[str]:
    """Steps that read rows without an index, or sort them all: the version table's own scan
    is allowed (a handful of rows beside the dossiers)."""
    return [step for step in plan
            if "TEMP B-TREE FOR ORDER BY" in step or (step.startswith("SCAN") and step != "SCAN v"
                                                      and step != "SCAN CONSTANT ROW")]


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", list(SortKey))
def test_each_sort_walks_its_index_without_reading_every_dossier(demo, sort, descending):
    conn = connect_read_only(demo.db.path)
    try:
        plan = _plan(conn, list_sql(DossierQuery(sort=sort, descending=descending)))
    finally:
        conn.close()
    assert plan[0].startswith("SEARCH d USING INDEX ix_dossier_live_"), plan
    assert _reads_every_dossier(plan) == [], plan
    # The version columns and the old-version check look rows up by index, one per row read.
    assert all(" USING " in step for step in plan if step.startswith(("SEARCH", "SCAN"))), plan


def test_the_count_and_the_unit_list_read_indexes_only(demo):
    conn = connect_read_only(demo.db.path)
    try:
        count = _plan(conn, count_sql(DossierQuery()))
        units = _plan(conn, (UNITS_SQL, {}))
    finally:
        conn.close()
    assert "SEARCH d USING COVERING INDEX ix_dossier_live_campaign (deleted_at=?)" in count, count
    assert _reads_every_dossier(count) == [], count
    hops = [step for step in units if "dossier" in step]
    assert hops and all("USING COVERING INDEX ix_dossier_live_unit" in step for step in hops), units


def test_the_unit_list_hops_over_names_that_share_a_sort_key():
    """Two spellings of a unit sort alike (one key) yet are two entries, as GROUP BY gave."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE dossier (id INTEGER PRIMARY KEY, deleted_at, sort_unit, unit_name)")
    conn.execute("CREATE INDEX ix_dossier_live_unit ON dossier (deleted_at, sort_unit, unit_name, id)")
    rows = [(None, "a", "X"), (None, "a", "Y"), (None, "b", "B"), (None, "b", "B"), (None, "", ""),
            ("2024-01-01", "c", "Gone"), (None, "d", "D")]
    conn.executemany("INSERT INTO dossier (deleted_at, sort_unit, unit_name) VALUES (?, ?, ?)", rows * 3)
    grouped = [r[0] for r in conn.execute(
        "SELECT unit_name FROM dossier WHERE deleted_at IS NULL AND unit_name != '' "
        "GROUP BY sort_unit, unit_name ORDER BY sort_unit, unit_name")]
    assert distinct_units(conn) == grouped == ["X", "Y", "B", "D"]


def test_the_unit_list_costs_the_same_however_many_dossiers_each_unit_has():
    """One hop per unit, not a walk over each unit's dossiers: the work SQLite does (its virtual
    machine's steps) for three units is the same with 5 dossiers each as with 5,000."""
    def steps(per_unit: int) -> int:
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE dossier (id INTEGER PRIMARY KEY, deleted_at, sort_unit, unit_name)")
        conn.execute("CREATE INDEX ix_dossier_live_unit ON dossier (deleted_at, sort_unit, unit_name, id)")
        conn.executemany("INSERT INTO dossier (deleted_at, sort_unit, unit_name) VALUES (NULL, ?, ?)",
                         [(key, name) for key, name in (("a", "A"), ("a", "Á"), ("b", "B"))
                          for _ in range(per_unit)])
        done = [0]

        def count() -> int:
            done[0] += 1
            return 0

        conn.set_progress_handler(count, 10)
        assert distinct_units(conn) == ["A", "Á", "B"]
        conn.close()
        return done[0]

    few, many = steps(5), steps(5_000)
    assert many <= few + 5, (few, many)
