"""Full and read-only disks get the right diagnosis (issue 12, §5): every export, backup and
attachment says the disk is full (how much is needed, that nothing was lost) or read-only,
never a traceback, never "restore from a backup", never the chosen source file's fault.

Most tests inject the fault (an fsync that fails with ENOSPC, a folder whose writes fail with
EROFS), so they run everywhere; one uses a real small tmpfs where mounting is allowed."""

from __future__ import annotations

import errno
import os

import pytest
from sqlalchemy import event

from sangkien_desktop import atomic
from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import AttachmentError, DiskError
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.attachments import store_file
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile
from tests.core import disk_faults
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT, issue
from tests.core.test_portal import _ready

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"


@pytest.fixture
def data(tmp_path):
    """A data folder with a recognised dossier (for the portal) carrying an attachment."""
    app = open_app_data(tmp_path / "data")
    source = tmp_path / "ban-ve.pdf"
    source.write_bytes(PDF)
    with app.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        dossiers = []
        for d in make_dossiers(s):
            d = _ready(d)
            d.attachments.append(store_file(app.layout.attachments, source))
            dossiers.append(save_dossier(s, d))
        meeting = make_meeting(s, council, dossiers)
        issue(s, meeting, dossiers)
        s.commit()
    app.code = dossiers[0].code
    app.close()
    return tmp_path / "data"


def _no_temp_files(folder):
    return [p.name for p in folder.iterdir() if atomic.TEMP_MARK in p.name] if folder.exists() else []


@pytest.mark.parametrize("command", [
    ["export-json", "--out", "{out}/ho-so.json"],
    ["export-portal", "--out", "{out}/cong.zip"],
    ["export-package", "--out", "{out}/goi.skpkg", "--dossiers", "SK-"],
    ["backup", "--out", "{out}/sao-luu.zip"],
])
def test_an_export_on_a_full_disk_says_so_without_a_traceback(data, tmp_path, capsys, monkeypatch,
                                                             command):
    out = tmp_path / "usb"
    out.mkdir()
    args = [a.replace("{out}", str(out)) for a in command]
    if "SK-" in args:
        main(["--data-dir", str(data), "list", "--json"])
        import json
        args[args.index("SK-")] = json.loads(capsys.readouterr().out)[0]["code"]
    disk_faults.full_disk(monkeypatch)
    assert main(["--data-dir", str(data), *args]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Errno" not in err
    assert "đã đầy" in err and "cần thêm ít nhất" in err and "không bị mất" in err
    assert "khôi phục" not in err
    assert sorted(p.name for p in out.iterdir()) == []  # nothing half-written is left


def test_backup_to_a_read_only_place_says_so(data, tmp_path, capsys, monkeypatch):
    stick = tmp_path / "usb-khoa"
    stick.mkdir()
    disk_faults.read_only(monkeypatch, stick)
    assert main(["--data-dir", str(data), "backup", "--out", str(stick / "b.zip")]) == 2
    err = capsys.readouterr().err
    assert "chỉ cho đọc" in err and "Traceback" not in err and "Errno" not in err
    assert list(stick.iterdir()) == []


def test_attaching_on_a_full_disk_blames_the_disk_not_the_file(tmp_path, monkeypatch):
    source = tmp_path / "ban-ve.pdf"
    source.write_bytes(PDF)
    store = tmp_path / "data" / "attachments"
    disk_faults.full_disk(monkeypatch)
    with pytest.raises(DiskError) as err:
        store_file(store, source)
    assert err.value.code == "disk_full"
    assert "Không đọc được tệp" not in err.value.message and "ban-ve.pdf" not in err.value.message
    assert not [p for p in store.rglob("*") if p.is_file()]  # no half-copied file in the store


def test_attaching_an_unreadable_file_still_blames_the_file(tmp_path):
    with pytest.raises(AttachmentError) as err:
        store_file(tmp_path / "store", tmp_path / "khong-co.pdf")
    assert "khong-co.pdf" in err.value.message


def test_attaching_into_a_read_only_data_folder_says_so(tmp_path, monkeypatch):
    source = tmp_path / "ban-ve.pdf"
    source.write_bytes(PDF)
    store = tmp_path / "data" / "attachments"
    store.mkdir(parents=True)
    disk_faults.read_only(monkeypatch, store)
    with pytest.raises(DiskError) as err:
        store_file(store, source)
    assert err.value.code == "disk_read_only"


def test_a_save_on_a_full_disk_is_typed_and_shows_no_data(tmp_path):
    """SQLite reports a full disk as SQLITE_FULL; a page limit makes it report exactly that."""
    app = open_app_data(tmp_path / "data")

    @event.listens_for(app.db.engine, "connect")
    def _limit(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    app.db.engine.dispose()
    secret = "Bí mật của hồ sơ " + "x" * 20000
    with pytest.raises(DiskError) as err, app.db.session() as s:
        save_dossier(s, Dossier(title="Máy cắt", description_solution=secret))
        s.commit()
    assert err.value.code == "disk_full"
    assert "Bí mật" not in str(err.value) and "INSERT" not in str(err.value)
    assert "không bị mất" in err.value.message
    app.close()


def test_opening_on_a_really_full_disk_says_the_disk_is_full(tmp_path, capsys):
    with disk_faults.small_tmpfs(tmp_path) as disk:
        assert main(["--data-dir", str(disk / "data"), "demo", "--count", "20"]) == 0
        assert main(["--data-dir", str(disk / "data"), "list"]) == 0
        count = capsys.readouterr().out.splitlines()[-1]
        for leftover in (disk / "data").glob("sangkien.sqlite3-*"):
            leftover.unlink()
        disk_faults.fill(disk)
        assert os.statvfs(disk).f_bavail == 0
        assert main(["--data-dir", str(disk / "data"), "list"]) == 2
        err = capsys.readouterr().err
        assert "đã đầy" in err and "không bị mất" in err
        assert "không phải là dữ liệu" not in err and "khôi phục" not in err
        assert main(["--data-dir", str(disk / "data"), "export-json", "--out",
                     str(disk / "x.json")]) == 2
        assert "đã đầy" in capsys.readouterr().err
        (disk / "fill.bin").unlink()
        assert main(["--data-dir", str(disk / "data"), "list"]) == 0
        assert capsys.readouterr().out.splitlines()[-1] == count  # nothing was lost


def test_a_disk_error_names_the_disk_only_when_it_is_the_disks():
    where = atomic.Path("/du-lieu")
    assert atomic.disk_error(OSError(errno.ENOSPC, "full"), where).code == "disk_full"
    assert atomic.disk_error(OSError(errno.EROFS, "ro"), where).code == "disk_read_only"
    # Denied on another file (the source of a copy): not the target disk's fault.
    assert atomic.disk_error(OSError(errno.EACCES, "denied", "/noi-khac/a.pdf"), where) is None
    assert atomic.disk_error(OSError(errno.EACCES, "denied", "/du-lieu/x"), where).code == \
        "disk_read_only"
    assert atomic.disk_error(FileNotFoundError(errno.ENOENT, "gone"), where) is None
