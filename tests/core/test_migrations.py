"""A database of every released schema, with data, upgrades to exactly today's schema.

The fixtures in tests/fixtures/schemas were made by tools/schema_fixtures.py from the
migration steps as they were released (git history), so an edited step or a forgotten change
shows here as a difference: tables, columns (type, nullability, default, key), foreign keys and
indexes must all equal those of a fresh database, and no row may be lost.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import LATEST_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
D1 = "0a5b6c7d-1111-4a2b-8c3d-000000000001"


def fixture_versions() -> list[int]:
    return sorted(int(p.stem.split("-")[1]) for p in FIXTURES.glob("schema-*.sqlite3"))


def schema(conn: sqlite3.Connection) -> dict[str, Any]:
    """Everything about the schema but the order tables were made in and the names SQLite
    gives its own indexes."""
    found: dict[str, Any] = {}
    for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"):
        if sql.upper().startswith("CREATE VIRTUAL TABLE"):
            found[name] = {"virtual": " ".join(sql.split())}
            continue
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ? AND sql LIKE "
                        "'CREATE VIRTUAL%'", (name.rsplit("_", 1)[0],)).fetchone():
            continue  # an FTS5 shadow table: follows from the virtual table
        indexes = set()
        for _seq, index, unique, origin, partial in conn.execute(f"PRAGMA index_list({name})"):
            columns = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({index})"))
            indexes.add((index if origin == "c" else f"<{origin}>", unique, columns, partial))
        found[name] = {
            "columns": [tuple(c[1:]) for c in conn.execute(f"PRAGMA table_info({name})")],
            "foreign_keys": sorted(tuple(f[2:]) for f in conn.execute(f"PRAGMA foreign_key_list({name})")),
            "indexes": sorted(indexes),
        }
    return found


def _rows(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("fresh") / "fresh.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        return schema(conn)


def test_every_released_schema_has_a_fixture():
    # The newest schema is the one under way; once a later step is added it is released and
    # needs its fixture (add it to RELEASES in tools/schema_fixtures.py and run the tool).
    assert fixture_versions() == list(range(1, LATEST_VERSION)) or (
        fixture_versions() == list(range(1, LATEST_VERSION + 1)))


@pytest.mark.parametrize("version", fixture_versions())
def test_upgrade_from_a_released_schema(version, fresh, tmp_path):
    path = tmp_path / "sangkien.sqlite3"
    shutil.copy(FIXTURES / f"schema-{version}.sqlite3", path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        before = _rows(conn)
    db = open_database(path)
    try:
        with db.session() as s:  # the program reads the upgraded data
            dossier = get_dossier(s, D1)
            assert dossier.title == "Máy bóc vỏ lạc dùng động cơ cũ"
            assert [a.full_name for a in dossier.authors][:1] == ["Lê Văn Nam"]
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        upgraded, after = schema(conn), _rows(conn)
    assert upgraded.keys() == fresh.keys()
    for table in fresh:
        assert upgraded[table] == fresh[table], table
    lost = {t: (n, after.get(t)) for t, n in before.items() if after.get(t, 0) < n}
    assert not lost, lost
    if before.get("received_decision") and version < 5:
        # Step 5 reads the items of received decisions out of their JSON.
        assert after["received_decision_item"] == 2


def test_the_comparison_sees_a_changed_index(tmp_path, fresh):
    path = tmp_path / "x.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX ix_dossier_live_unit")
        conn.execute("CREATE INDEX ix_dossier_live_unit ON dossier (deleted_at, sort_unit, id)")
        assert schema(conn)["dossier"] != fresh["dossier"]
