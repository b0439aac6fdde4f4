"""Choosing the database (option, environment, this computer's settings), the password kept
only in a password store, and on a real server: two computers sharing records and attachment
files, moving a data folder up (``migrate-to``), backups by pg_dump and by the program's own
export, and their restore into an empty database."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services import shared_database
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.attachment_store import AttachmentStore, blob_path
from sangkien_desktop.services.dossiers.attachments import store_file
from sangkien_desktop.services.shared_database import SharedSettings
from sangkien_desktop.storage.server import ServerAddress
from tests import password_store, server_tests
from tests.core.test_exchange_package import sender  # noqa: F401 (fixture)

needs_server = pytest.mark.skipif(not server_tests.enabled(),
                                  reason=f"no PostgreSQL server ({server_tests.ENV})")
PDF = b"%PDF-1.4\n" + b"noi dung tep dinh kem " * 5000


def test_the_option_wins_then_the_environment_then_this_computers_settings(tmp_path,
                                                                            monkeypatch):
    layout = DataLayout(tmp_path / "data")
    layout.root.mkdir()
    monkeypatch.delenv(shared_database.ENV_DATABASE_URL, raising=False)
    assert shared_database.choose(layout).address is None  # the folder's own SQLite file
    shared_database.save_settings(layout, SharedSettings("may-chu", "sangkien", "ha",
                                                         officer="Nguyễn Thị Hà"))
    chosen = shared_database.choose(layout)
    assert (chosen.address.label, chosen.officer, chosen.source) == (
        "ha@may-chu:5432/sangkien", "Nguyễn Thị Hà", "settings")
    monkeypatch.setenv(shared_database.ENV_DATABASE_URL, "postgresql://minh@khac/sk")
    assert shared_database.choose(layout).source == "environment"
    chosen = shared_database.choose(layout, "postgresql://an@tinh:6543/sk2")
    assert (chosen.address.label, chosen.source) == ("an@tinh:6543/sk2", "option")
    # --database local: this computer's folder, whatever the environment and settings say.
    assert shared_database.choose(layout, "local").address is None
    shared_database.save_settings(layout, None)
    monkeypatch.delenv(shared_database.ENV_DATABASE_URL)
    assert shared_database.choose(layout).address is None


def test_the_settings_file_never_holds_a_password(tmp_path):
    layout = DataLayout(tmp_path)
    shared_database.save_settings(layout, SharedSettings("may-chu", "sangkien", "ha"))
    text = shared_database.settings_path(layout).read_text(encoding="utf-8")
    assert "password" not in text and json.loads(text)["host"] == "may-chu"
    with pytest.raises(SangKienError) as info:
        shared_database.save_settings(layout, SharedSettings("", "sangkien", "ha"))
    assert info.value.code == "shared_host_missing" and info.value.field == "host"


def test_a_bad_address_is_said_plainly(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--database", "postgresql://máy chủ", "list"]) == 2
    assert "không đúng dạng" in capsys.readouterr().err


def test_commands_read_through_plain_sqlite3_open_a_shared_database_the_full_way(
        tmp_path, capsys, monkeypatch):
    """``list`` and the Excel dry run read a current SQLite file without the ORM; a shared
    database (option, environment or settings) is never that file: they open it instead."""
    monkeypatch.delenv(shared_database.ENV_DATABASE_URL, raising=False)
    assert main(["--data-dir", str(tmp_path), "demo", "--count", "3", "--seed", "2"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "list"]) == 0  # the folder's own file
    listed = capsys.readouterr().out
    assert "SK-2020-00001" in listed
    nowhere = "postgresql://ha@127.0.0.1:9/khong-co"  # port 9: nothing answers
    assert main(["--data-dir", str(tmp_path), "--database", nowhere, "list"]) == 2
    assert "hồ sơ" not in capsys.readouterr().out
    monkeypatch.setenv(shared_database.ENV_DATABASE_URL, nowhere)
    assert main(["--data-dir", str(tmp_path), "list"]) == 2
    assert main(["--data-dir", str(tmp_path), "--database", "local", "list"]) == 0
    assert capsys.readouterr().out == listed


def test_the_password_goes_to_the_password_store_only(monkeypatch):
    store = password_store.install(monkeypatch)
    address = ServerAddress("may-chu", "sangkien", "ha")
    assert shared_database.can_remember()
    assert shared_database.remember_password(address, "bí-mật")
    assert store.kept == {("sangkien-desktop", "ha@may-chu:5432/sangkien"): "bí-mật"}
    assert shared_database.with_password(address).password == "bí-mật"
    assert shared_database.with_password(address, "khác").password == "khác"
    shared_database.forget_password(address)
    assert shared_database.stored_password(address) is None


def test_without_a_password_store_nothing_is_remembered(monkeypatch):
    password_store.remove(monkeypatch)
    address = ServerAddress("may-chu", "sangkien", "ha")
    assert not shared_database.can_remember()
    assert shared_database.remember_password(address, "x") is False
    assert shared_database.with_password(address).password is None  # libpq: pgpass, env


# ---- on a real server ----------------------------------------------------------------------


@pytest.fixture
def server_db():
    """A new empty database on the test server: its URL (dropped at the end)."""
    name = f"sangkien_test_{os.getpid()}_shared"
    url = server_tests.new_database(name)
    yield url
    server_tests.drop_database(name)


def _pdf(tmp_path, name="bien-ban.pdf"):
    path = tmp_path / name
    path.write_bytes(PDF)
    return path


def _seed_folder(folder, tmp_path) -> str:
    """A data folder with demo dossiers, councils and decisions, and one attachment."""
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
    from sangkien_desktop.services.dossiers.saving import save_dossier

    assert main(["--data-dir", str(folder), "demo", "--count", "40", "--seed", "3"]) == 0
    app = open_app_data(folder)
    try:
        ref = store_file(app.attachments, _pdf(tmp_path))
        with app.db.session() as s:
            uuid = s.execute(__import__("sqlalchemy").text(
                "SELECT uuid FROM dossier WHERE status = 'draft' ORDER BY id LIMIT 1")).scalar()
            d = get_dossier(s, uuid)
            d.attachments = [ref]
            save_dossier(s, d)
            s.commit()
    finally:
        app.close()
    return ref.sha256


def _listing(capsys, *args) -> list:
    capsys.readouterr()
    assert main([*args, "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@needs_server
def test_two_computers_share_records_and_attachment_files(server_db, tmp_path):
    one = open_app_data(tmp_path / "may-1", database=server_db)
    two = open_app_data(tmp_path / "may-2", database=server_db)
    try:
        assert isinstance(one.attachments, AttachmentStore)
        ref = store_file(one.attachments, _pdf(tmp_path))
        path = blob_path(two.attachments, ref.sha256)  # fetched from the server
        assert path.read_bytes() == PDF
        assert path.is_relative_to(tmp_path / "may-2")
        assert not any((tmp_path / "may-2" / "attachments").rglob("*"))
    finally:
        one.close()
        two.close()


@needs_server
def test_migrate_to_copies_everything_and_leaves_the_folder_untouched(server_db, tmp_path,
                                                                      capsys):
    folder = tmp_path / "data"
    sha = _seed_folder(folder, tmp_path)
    before = hashlib.sha256((folder / "sangkien.sqlite3").read_bytes()).hexdigest()
    local = _listing(capsys, "--data-dir", str(folder))
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "migrate-to", server_db]) == 0
    out = capsys.readouterr().out
    assert "khớp" in out and "giữ nguyên" in out
    assert hashlib.sha256((folder / "sangkien.sqlite3").read_bytes()).hexdigest() == before
    shared = _listing(capsys, "--data-dir", str(tmp_path / "may-khac"), "--database", server_db)
    assert shared == local
    other = open_app_data(tmp_path / "may-khac", database=server_db)
    try:
        assert blob_path(other.attachments, sha).read_bytes() == PDF
        from sqlalchemy import text

        from sangkien_desktop.storage import similarity_index

        with other.db.session() as s:
            for table in ("decision", "dossier_version", "history", "council", "rule_pack",
                          "verification"):
                assert s.scalar(text(f"SELECT count(*) FROM {table}")) > 0, table
            on_server = similarity_index.entries(s)
            counts = similarity_index.doc_freq(s)
            assert similarity_index.stored_format(s) == 1
        here = open_app_data(folder)
        try:
            with here.db.session() as s:
                assert on_server == similarity_index.entries(s) and on_server
                assert counts == similarity_index.doc_freq(s)
        finally:
            here.close()
    finally:
        other.close()
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "migrate-to", server_db]) == 2  # not empty now
    assert "đã có dữ liệu" in capsys.readouterr().err


@needs_server
@pytest.mark.parametrize("use_pg_dump", [True, False], ids=["pg_dump", "own-export"])
def test_a_server_backup_restores_into_an_empty_database(server_db, tmp_path, capsys,
                                                         use_pg_dump):
    from sangkien_desktop.services.backup import backups, server_backups

    if use_pg_dump and server_backups.find_tool("pg_dump") is None:
        pytest.skip("no pg_dump on this computer")
    folder = tmp_path / "data"
    sha = _seed_folder(folder, tmp_path)
    assert main(["--data-dir", str(folder), "migrate-to", server_db]) == 0
    local = _listing(capsys, "--data-dir", str(folder))
    app = open_app_data(tmp_path / "may", database=server_db)
    try:
        info = server_backups.backup_server(app.layout, app.db, use_pg_dump=use_pg_dump)
        from sqlalchemy import text

        with app.db.session() as s:
            stored = s.scalar(text("SELECT count(*) FROM dossier"))
        assert info.verified and info.dossier_count == stored > 0
        assert info in backups.list_backups(app.layout)
    finally:
        app.close()
    name = f"sangkien_test_{os.getpid()}_restored"
    target = server_tests.new_database(name)
    try:
        capsys.readouterr()
        assert main(["--data-dir", str(tmp_path / "may"), "restore-to", target,
                     str(info.path)]) == 0
        assert "Đã khôi phục" in capsys.readouterr().out
        restored = _listing(capsys, "--data-dir", str(tmp_path / "may-3"), "--database", target)
        assert restored == local
        three = open_app_data(tmp_path / "may-3", database=target)
        try:
            assert blob_path(three.attachments, sha).read_bytes() == PDF
        finally:
            three.close()
    finally:
        server_tests.drop_database(name)


@needs_server
def test_a_package_imported_into_a_shared_database_keeps_its_files_there(server_db, sender,  # noqa: F811
                                                                         tmp_path):
    """The merge writes each received file into the database in its own transaction: another
    computer fetches it; a merge refused half-way (a paper forged after the check) leaves no
    file in the database nor in this computer's cache."""
    from sangkien_desktop.exchange.package import PackageError
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.exchange import package_import, package_merge
    from sangkien_desktop.storage import blobs
    from tests.core.test_exchange_package import export, rebuild

    app, uuids = sender
    good, forged = tmp_path / "goi.skpkg", tmp_path / "gia.skpkg"
    export(app, uuids, good)

    def forge(files, _manifest):
        files[next(n for n in files if n.startswith("documents/"))] = b"%PDF-1.4 forged"

    rebuild(good, forged, forge)
    one = open_app_data(tmp_path / "may-1", database=server_db)
    two = open_app_data(tmp_path / "may-2", database=server_db)
    try:
        store = one.attachments
        assert isinstance(store, AttachmentStore)
        with one.db.session() as s:
            plan = package_import.inspect_package(s, good, store)
        os.replace(good, tmp_path / "goi-that.skpkg")
        os.replace(forged, good)
        with pytest.raises(PackageError):
            unit_of_work.run(one, package_merge.apply_plan, plan, store)
        with one.db.session() as s:
            assert not blobs.stored(s)
        assert not [p for p in store.folder.rglob("*") if p.is_file()]
        os.replace(tmp_path / "goi-that.skpkg", good)
        report = unit_of_work.run(one, package_merge.import_package, good, store)
        assert report.documents and report.attachments
        shas = [d.sha256 for d in plan.records.documents] + [
            r.sha256 for d in plan.records.dossiers for r in d.attachments]
        with two.db.session() as s:
            assert all(blobs.has(s, sha) for sha in shas)
        for sha in shas:
            data = blob_path(two.attachments, sha).read_bytes()  # fetched from the server
            assert hashlib.sha256(data).hexdigest() == sha
    finally:
        one.close()
        two.close()
