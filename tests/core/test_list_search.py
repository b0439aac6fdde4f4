"""A search lists exactly what sorting every match would, whichever way it is run: the walk of
the full-text index in its own order (last saved first), or one of the sorted plans; the index
follows every save, purge and upgrade."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select, text

from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
from sangkien_desktop.services.dossiers import list_query, stored_checks
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    SortKey,
    count_dossiers,
    list_dossiers,
    list_sql,
    open_list,
    walk_sql,
)
from sangkien_desktop.services.dossiers.recycle_bin import move_to_bin, purge
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage import search
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import STEPS
from sangkien_desktop.storage.models import DossierRow

from sangkien_desktop.gui.models.list_reader import connect_read_only

# "!!" holds no word: the whole list, as without a search.
WORDS = ("s", "ng", "sang kien", "nguyen", "truong thcs", "Đường", "benh vien", "zzz", "!!")


@pytest.fixture(scope="module")
def session():
    db = open_database(None)
    s = db.session()
    insert_dossiers(s, generate_dossiers(400, seed=21))
    # Saved again later: a few old dossiers move to the top of the list.
    for row in s.scalars(select(DossierRow).order_by(DossierRow.id).limit(5)):
        d = get_dossier(s, row.uuid)
        save_dossier(s, dataclasses.replace(d, notes="Sửa lại."), when=dt.datetime(2026, 1, 2))
    stored_checks.refresh(s, load_campaigns())  # the check filters' counts
    s.commit()
    yield s
    s.close()
    db.close()


def reference(s, q: DossierQuery) -> list[int]:
    """Every match sorted by SQLite, the slow obvious way."""
    return [r[0] for r in s.connection().exec_driver_sql(*list_sql(q, limit=None))]


def queries(s) -> list[DossierQuery]:
    unit = s.scalar(select(DossierRow.unit_name).group_by(DossierRow.unit_name)
                    .order_by(DossierRow.unit_name))
    filters = [{}, {"status": Status.RECOGNISED.value}, {"status": Status.ENTERED.value},
               {"campaign_id": "75-nghin-sang-kien-2021"}, {"unit_name": unit},
               {"in_bin": True}, {"old_versions": True, "status": Status.RECOGNISED.value},
               {"check": "errors"}, {"check": "warnings", "campaign_id": "cong-nhan-cap-co-so"},
               {"check": "errors", "old_versions": True}]
    sorts = [{}, {"sort": SortKey.TITLE, "descending": False}, {"sort": SortKey.CODE},
             {"sort": SortKey.UPDATED, "descending": False}]
    return [DossierQuery(search=w, **f, **o) for w in WORDS for f in filters for o in sorts]


def test_every_plan_lists_what_sorting_every_match_lists(session, monkeypatch):
    # Small thresholds, so this small database goes through every plan.
    monkeypatch.setattr(list_query, "WALK_BOUND", 20)
    monkeypatch.setattr(list_query, "FEW", 15)
    for q in queries(session):
        expected = reference(session, q)
        assert [r.id for r in list_dossiers(session, q, limit=30)] == expected[:30], q
        assert [r.id for r in list_dossiers(session, q, offset=30, limit=30)] == expected[30:60], q
        assert count_dossiers(session, q, cap=50) == min(len(expected), 51), q
        page = open_list(session, q, page_size=30)
        assert [r.id for r in page.rows] == expected[:30], q
        assert (page.total, page.more) == (min(len(expected), 1000), len(expected) > 1000), q


def test_the_default_order_walks_the_index_without_sorting(tmp_path):
    db = open_database(tmp_path / "walk.sqlite3")
    with db.session() as s:
        insert_dossiers(s, generate_dossiers(50, seed=3))
        s.commit()
    conn = connect_read_only(db.path)
    try:
        for q in (DossierQuery(search="s"), DossierQuery(search="s", old_versions=True)):
            sql, params = walk_sql(q, "\"s\"*", "d.id", 0, 200)
            seen = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
            assert seen[0].startswith("SCAN f VIRTUAL TABLE"), seen
            # The filters and the old-version check read the narrow index, not the dossier row.
            assert any("COVERING INDEX ix_dossier_filter" in step for step in seen), seen
            assert not any("TEMP B-TREE" in step for step in seen), seen
            assert len(conn.execute(sql, params).fetchall()) == 50
    finally:
        conn.close()
        db.close()


def _entries(s) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for (key,) in s.execute(text("SELECT rowid FROM dossier_fts")):
        found.setdefault(key & search.ID_MASK, []).append(key)
    return found


def test_each_dossier_has_one_entry_under_its_list_key(db):
    with db.session() as s:
        insert_dossiers(s, generate_dossiers(30, seed=4))
        first = s.scalar(select(DossierRow).order_by(DossierRow.id))
        d = get_dossier(s, first.uuid)
        save_dossier(s, dataclasses.replace(d, title=d.title + " mới"))
        # Changed behind the index's back: the next save still finds and replaces its entry.
        s.execute(text("UPDATE dossier SET updated_at = '2020-05-05 10:00:00' WHERE id = :i"),
                  {"i": first.id})
        s.expire_all()
        save_dossier(s, get_dossier(s, first.uuid))
        last = s.scalar(select(DossierRow).order_by(DossierRow.id.desc()))
        move_to_bin(s, last.uuid)
        purge(s, last.uuid)
        s.commit()
        rows = s.execute(select(DossierRow.id, DossierRow.updated_at)).all()
        if search.on_server(s):  # a server's entries are keyed by dossier id: one each
            assert sorted(search.entries(s)) == sorted(r.id for r in rows)
        else:
            entries = _entries(s)
            assert entries == {r.id: [search.list_key(r.updated_at, r.id)] for r in rows}
        # The dossier saved last is the first match.
        assert open_list(s, DossierQuery(search=d.title.split()[0])).rows[0].id == first.id


def test_list_key_orders_like_the_list():
    early, late = dt.datetime(2024, 1, 1, 8, 0, 0), dt.datetime(2024, 1, 1, 8, 0, 1)
    assert search.list_key(early, 900) < search.list_key(early, 901) < search.list_key(late, 2)
    assert search.list_key(late, 77) & search.ID_MASK == 77
    with pytest.raises(ValueError):
        search.list_key(late, search.ID_MASK + 1)


def test_upgrading_from_schema_7_rekeys_the_index(tmp_path):
    """A database written before the keys (rowid = dossier id) is re-keyed, and the key the
    migration computes in SQL is the one storage.search computes."""
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in STEPS[:7]:
        for statement in step.statements:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 7")
    stamps = ["2023-03-04 05:06:07.000000", "1899-12-31 23:59:59.000000",
              "2025-12-20 17:00:00.250000"]
    for i, stamp in enumerate(stamps, 1):
        conn.execute("INSERT INTO dossier (id, uuid, title, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?)", (i, f"u{i}", f"Sáng kiến {i}", stamp, stamp))
        conn.execute("INSERT INTO dossier_fts (rowid, body) VALUES (?, ?)", (i, f"sang kien {i}"))
    conn.execute("INSERT INTO dossier_fts (rowid, body) VALUES (99, 'mo coi')")  # no dossier
    conn.close()
    db = open_database(path)
    try:
        with db.session() as s:
            expected = {i: [search.list_key(dt.datetime.fromisoformat(stamp), i)]
                        for i, stamp in enumerate(stamps, 1)}
            assert _entries(s) == expected
            assert [r.id for r in open_list(s, DossierQuery(search="sang")).rows] == [3, 1, 2]
    finally:
        db.close()
