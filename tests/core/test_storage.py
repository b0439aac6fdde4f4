"""Opening, migrating and refusing databases."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect, text

from sangkien_desktop.domain.errors import DatabaseVersionError, SangKienError
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.migrations import APPLICATION_ID, LATEST_VERSION, STEPS, apply_step
from sangkien_desktop.storage.models import Base


def test_file_database_pragmas(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    db.close()


def test_models_match_the_migrated_schema(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        assert migrated == {c.name for c in table.columns}, table.name
    db.close()


def test_migrations_are_safe_to_run_twice(tmp_path):
    conn = sqlite3.connect(tmp_path / "a.sqlite3", isolation_level=None)
    for step in STEPS:
        for _ in range(2):
            apply_step(conn, step)
    conn.close()


def test_newer_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseVersionError) as info:
        open_database(path)
    assert "phiên bản mới hơn" in info.value.message
    assert path.read_bytes() == before


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 12345")
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(SangKienError) as info:
        open_database(path)
    assert info.value.code == "db_foreign"


def test_garbage_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(SangKienError) as info:
        open_database(path)
    assert info.value.code == "db_not_sqlite"


def test_upgrade_runs_the_backup_hook_first(tmp_path, monkeypatch):
    from sangkien_desktop.storage import database, migrations

    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    extra = migrations.Step(
        LATEST_VERSION + 1, "test column", ("ALTER TABLE setting ADD COLUMN note TEXT",)
    )
    monkeypatch.setattr(database, "STEPS", STEPS + (extra,))
    monkeypatch.setattr(database, "LATEST_VERSION", extra.version)
    seen = []

    def hook(conn, version):
        seen.append((version, conn.execute("PRAGMA user_version").fetchone()[0]))

    open_database(path, before_upgrade=hook).close()
    assert seen == [(LATEST_VERSION, LATEST_VERSION)]  # ran before the first step
    open_database(path, before_upgrade=hook).close()
    assert len(seen) == 1  # nothing to upgrade: no backup
    new = sqlite3.connect(path)
    assert new.execute("PRAGMA user_version").fetchone()[0] == extra.version
    new.close()


def test_failed_migration_step_rolls_back(tmp_path, monkeypatch):
    from sangkien_desktop.storage import database, migrations

    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    bad = migrations.Step(
        LATEST_VERSION + 1,
        "broken",
        ("CREATE TABLE half_done (x)", "THIS IS NOT SQL"),
    )
    monkeypatch.setattr(database, "STEPS", STEPS + (bad,))
    monkeypatch.setattr(database, "LATEST_VERSION", bad.version)
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='half_done'").fetchone() is None
    conn.close()


def _no_wal(monkeypatch):
    """Opens files as on a share without shared-memory locks: SQLite's unix-dotfile VFS, where
    WAL is refused and the journal stays "delete"."""
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        name = str(database)
        if name == ":memory:" or "vfs=" in name:
            return real(database, *args, **kwargs)
        if not name.startswith("file:"):
            name = f"file:{name}"
        kwargs["uri"] = True
        return real(name + ("&" if "?" in name else "?") + "vfs=unix-dotfile", *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_wal_refused_on_a_share_is_said(tmp_path, monkeypatch, caplog):
    db = open_database(tmp_path / "local.sqlite3")
    assert db.journal_mode == "wal" and db.journal_notice is None
    db.close()
    _no_wal(monkeypatch)
    with caplog.at_level("WARNING"):
        db = open_database(tmp_path / "share" / "sangkien.sqlite3")
    try:
        assert db.journal_mode == "delete"
        assert "not WAL" in caplog.text
        notice = db.journal_notice
        assert notice.code == "db_no_wal" and "ổ mạng" in notice and str(tmp_path / "share") in notice
        with db.session() as s:  # the program still works
            s.execute(text("SELECT count(*) FROM dossier")).scalar_one()
    finally:
        db.close()


def test_the_cli_says_when_wal_is_refused(tmp_path, monkeypatch, capsys):
    from sangkien_desktop.cli import main

    _no_wal(monkeypatch)
    assert main(["--data-dir", str(tmp_path / "d"), "list"]) == 0
    assert "Lưu ý: Thư mục dữ liệu" in capsys.readouterr().err
