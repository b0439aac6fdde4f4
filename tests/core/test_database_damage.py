"""Damage at start gets a way out, not a traceback (issue 12, §3), and a read-only data folder
opens read-only (§5): a scrambled table page, an empty database file, a locked USB stick."""

from __future__ import annotations

import subprocess

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DatabaseDamagedError, SangKienError
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage import database
from sangkien_desktop.storage.database import open_database
from tests.core import disk_faults


def _seed(folder, count=30):
    app = open_app_data(folder)
    with app.db.session() as s:
        for n in range(count):
            save_dossier(s, Dossier(title=f"Sáng kiến số {n}"))
        s.commit()
    app.close()


def test_a_scrambled_table_root_page_is_damage_not_a_traceback(tmp_path, capsys):
    data = tmp_path / "data"
    _seed(data)
    disk_faults.damage_page(data / "sangkien.sqlite3", disk_faults.root_page(
        data / "sangkien.sqlite3", "dossier"))
    assert main(["--data-dir", str(data), "list"]) == 2
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "sangkien restore" in err
    assert "Traceback" not in err and "sqlalchemy" not in err and "malformed" not in err
    # The same error, typed, for every other user of the database.
    app = open_app_data(data)
    with pytest.raises(DatabaseDamagedError), app.db.session() as s:
        list_dossiers(s, DossierQuery())
    app.close()


def test_an_empty_database_file_is_damage_not_a_new_install(tmp_path, capsys):
    data = tmp_path / "data"
    _seed(data)
    for extra in data.glob("sangkien.sqlite3-*"):
        extra.unlink()
    (data / "sangkien.sqlite3").write_bytes(b"")
    assert main(["--data-dir", str(data), "list"]) == 2
    err = capsys.readouterr().err
    assert "trống (0 byte)" in err and "khôi phục" in err
    assert (data / "sangkien.sqlite3").stat().st_size == 0  # kept as it was, not recreated


def test_a_new_database_never_appears_empty_under_its_name(tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "migrate", broken)
    with pytest.raises(SangKienError):
        open_database(tmp_path / "new.sqlite3")
    assert list(tmp_path.iterdir()) == []


def _assert_read_only(app, capsys, data):
    assert app.read_only
    with app.db.session() as s:
        assert len(list_dossiers(s, DossierQuery())) == 30
    with pytest.raises(SangKienError) as err, app.db.session() as s:
        save_dossier(s, Dossier(title="Mới"))
        s.commit()
    assert err.value.code == "db_read_only" and "chỉ cho đọc" in err.value.message
    app.close()
    assert main(["--data-dir", str(data), "list", "--search", "số 7"]) == 0
    assert "Sáng kiến số 7" in capsys.readouterr().out


def test_a_read_only_data_folder_opens_read_only(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    _seed(data)
    disk_faults.checkpoint(data / "sangkien.sqlite3")
    before = (data / "sangkien.sqlite3").read_bytes()
    disk_faults.read_only(monkeypatch, data)
    _assert_read_only(open_app_data(data), capsys, data)
    assert (data / "sangkien.sqlite3").read_bytes() == before


def test_a_really_read_only_mount_opens_read_only(tmp_path, capsys):
    """A bind mount remounted read-only, as a locked USB stick is: SQLite cannot even make the
    shared-memory file a WAL database needs."""
    data = tmp_path / "src" / "data"
    _seed(data)
    view = tmp_path / "view"
    view.mkdir()
    done = subprocess.run(["mount", "--bind", str(tmp_path / "src"), str(view)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot bind-mount here (not root); the fault-injection test covers this")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        _assert_read_only(open_app_data(view / "data"), capsys, view / "data")
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True)


def test_a_read_only_folder_with_unmerged_changes_is_refused_clearly(tmp_path, monkeypatch):
    data = tmp_path / "data"
    _seed(data)
    wal = data / "sangkien.sqlite3-wal"
    wal.write_bytes(b"x" * 100)  # as left by a program that did not close
    (data / "sangkien.sqlite3-shm").unlink(missing_ok=True)
    disk_faults.read_only(monkeypatch, data)
    monkeypatch.setattr(database, "_connect", _cannot_open_shm(database._connect))
    with pytest.raises(SangKienError) as err:
        open_app_data(data)
    assert err.value.code == "db_read_only_pending"


def _cannot_open_shm(real):
    import sqlite3

    def connect(path, read_only=False, immutable=False):
        if read_only and not immutable:
            raise sqlite3.OperationalError("unable to open database file")
        return real(path, read_only, immutable)

    return connect
