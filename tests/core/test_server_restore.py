"""Restoring a backup into an empty database on the server (the window's "Khôi phục" on a
shared database, ``sangkien restore-to``): its progress, and nothing half-written whatever
goes wrong: a proof that fails, a cancel, pg_restore missing, a database that is not empty,
a server that does not answer."""

from __future__ import annotations

import json
import os
import zipfile

import pytest
from sqlalchemy import text

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.services.backup import server_backups
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.attachments import store_file
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage import transfer
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.server import ServerAddress
from tests import server_tests

pytestmark = pytest.mark.skipif(not server_tests.enabled(),
                                reason=f"no PostgreSQL server ({server_tests.ENV})")
TITLES = ("Máy bóc vỏ lạc dùng động cơ cũ", "Đường ống dẫn nước tiết kiệm")


@pytest.fixture
def backup(tmp_path, request):
    """A backup of a shared database with two dossiers and an attachment: by pg_dump
    (``request.param`` "pg_dump") or the program's own export."""
    kind = getattr(request, "param", "own-export")
    if kind == "pg_dump" and server_backups.find_tool("pg_dump") is None:
        pytest.skip("no pg_dump on this computer")
    name = f"sangkien_test_{os.getpid()}_source"
    app = open_app_data(tmp_path / "may", database=server_tests.new_database(name))
    try:
        pdf = tmp_path / "bien-ban.pdf"
        pdf.write_bytes(b"%PDF-1.4\nbien ban nghiem thu\n" * 200)
        ref = store_file(app.attachments, pdf)
        with app.db.session() as s:
            for title in TITLES:
                save_dossier(s, Dossier(title=title, attachments=[ref] if "lạc" in title else []))
            s.commit()
        info = server_backups.backup_server(app.layout, app.db, use_pg_dump=kind == "pg_dump")
    finally:
        app.close()
        server_tests.drop_database(name)
    return info.path


@pytest.fixture
def target():
    """An empty database on the test server (made by the IT person): its address."""
    name = f"sangkien_test_{os.getpid()}_target"
    url = server_tests.new_database(name)
    yield ServerAddress.parse(url)
    server_tests.drop_database(name)


def _tables(address: ServerAddress) -> list[str]:
    with server_tests.connect(address.sqlalchemy_url().render_as_string(hide_password=False)) as conn:
        return [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")]


def _titles(address: ServerAddress) -> list[str]:
    db = open_database(address)
    try:
        with db.session() as s:
            return sorted(s.scalars(text("SELECT title FROM dossier")))
    finally:
        db.close()


both_kinds = pytest.mark.parametrize("backup", ["pg_dump", "own-export"], indirect=True)


@both_kinds
def test_a_restore_says_its_steps_and_proves_the_copy(backup, target):
    steps = server_backups.iter_restore_into_server(backup, target)
    stages = []
    while True:
        try:
            step = next(steps)
        except StopIteration as done:
            report = done.value
            break
        stages.append(step.stage.code)
    assert stages[0] == "restore_stage_read" and stages[-1] == "restore_stage_verify"
    assert ("restore_stage_pg_restore" in stages) == (report.method == "pg_restore")
    assert ("restore_stage_copy" in stages) == (report.method == "copy")
    assert report.rows["dossier"] == 2
    assert _titles(target) == sorted(TITLES)


def test_a_copy_whose_proof_fails_leaves_the_empty_database_as_it_was(backup, target,
                                                                       monkeypatch):
    monkeypatch.setattr(transfer, "differences", lambda _a, _b: ["dossier"])
    with pytest.raises(SangKienError) as info:
        server_backups.restore_into_server(backup, target)
    assert info.value.code == "migrate_mismatch"
    assert _tables(target) == []


def test_a_cancelled_restore_leaves_nothing(backup, target):
    steps = server_backups.iter_restore_into_server(backup, target)
    while next(steps).stage.code != "restore_stage_copy":
        pass
    steps.close()  # Cancel in the progress dialog: the generator is closed at its yield
    assert _tables(target) == []


@pytest.mark.parametrize("backup", ["pg_dump"], indirect=True)
def test_a_pg_dump_backup_needs_pg_restore_and_says_so(backup, target, monkeypatch):
    real = server_backups.find_tool
    monkeypatch.setattr(server_backups, "find_tool",
                        lambda name: None if name == "pg_restore" else real(name))
    with pytest.raises(SangKienError) as info:
        server_backups.restore_into_server(backup, target)
    assert info.value.code == "backup_server_tool_missing"
    assert "pg_restore" in info.value.message and "PostgreSQL" in info.value.message
    assert _tables(target) == []


@pytest.mark.parametrize("backup", ["pg_dump"], indirect=True)
def test_a_pg_restore_whose_check_fails_is_taken_back(backup, target, tmp_path):
    wrong = tmp_path / "sai-so-ho-so.zip"
    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(wrong, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["dossier_count"] += 1
                data = json.dumps(manifest).encode()
            out.writestr(item, data)
    with pytest.raises(SangKienError) as info:
        server_backups.restore_into_server(wrong, target)
    assert info.value.code == "backup_damaged_dump"
    assert _tables(target) == []


@both_kinds
def test_a_database_with_records_is_refused_and_kept(backup, target):
    db = open_database(target)
    try:
        with db.session() as s:
            save_dossier(s, Dossier(title="Hồ sơ của đơn vị khác"))
            s.commit()
    finally:
        db.close()
    with pytest.raises(SangKienError) as info:
        server_backups.restore_into_server(backup, target)
    assert info.value.code == "db_server_not_empty" and "đã có dữ liệu" in info.value.message
    assert _titles(target) == ["Hồ sơ của đơn vị khác"]


@both_kinds
def test_a_database_the_program_opened_first_is_still_empty(backup, target):
    open_database(target).close()  # its schema made, no record: the IT person tried it
    report = server_backups.restore_into_server(backup, target)
    assert report.rows["dossier"] == 2 and _titles(target) == sorted(TITLES)


def test_a_server_that_does_not_answer_is_said_plainly(backup):
    nowhere = ServerAddress("127.0.0.1", "sangkien", "ha", port=1)
    with pytest.raises(SangKienError) as info:
        server_backups.restore_into_server(backup, nowhere)
    assert info.value.code == "db_server_unreachable" and "127.0.0.1:1" in info.value.message
