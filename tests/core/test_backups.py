from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import zipfile

import pytest
from sqlalchemy import text

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.backup import backups, restore
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.attachments import store_file
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers
from sangkien_desktop.services.dossiers.recycle_bin import move_to_bin
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.backup import BackupError

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"


def _titles(app) -> list[str]:
    with app.db.session() as s:
        return sorted(r.title for r in list_dossiers(s, DossierQuery()))


def _blobs(layout) -> set[str]:
    return {p.name for p in layout.attachments.rglob("*") if p.is_file()}


def _add(app, title: str, attachment: bytes | None = None, tmp=None) -> None:
    dossier = Dossier(title=title)
    if attachment is not None:
        source = tmp / f"{title}.pdf"
        source.write_bytes(attachment)
        dossier.attachments.append(store_file(app.layout.attachments, source))
    with app.db.session() as s:
        save_dossier(s, dossier)
        s.commit()


@pytest.fixture
def app(tmp_path):
    data = open_app_data(tmp_path / "data")
    _add(data, "Máy cắt ống", PDF + b"1", tmp_path)
    _add(data, "Đồ gá hàn", PDF + b"2", tmp_path)
    yield data
    data.close()


def test_backup_holds_committed_data_while_a_writer_is_open(app, tmp_path):
    # A session holding the write lock with a flushed, uncommitted change, and another connection
    # in the middle of a read: the backup must neither wait for them nor contain the change.
    session = app.db.session()
    save_dossier(session, Dossier(title="Chưa lưu"))
    session.flush()
    raw = sqlite3.connect(app.layout.database, isolation_level=None)
    raw.execute("BEGIN")
    assert raw.execute("SELECT count(*) FROM dossier").fetchone()[0] == 2
    try:
        info = backups.backup_now(app.layout)
    finally:
        raw.execute("ROLLBACK")
        raw.close()
        session.rollback()
        session.close()
    assert info.dossier_count == 2 and info.reason == "manual"
    assert info.path.parent == app.layout.backups
    with zipfile.ZipFile(info.path) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        snap = tmp_path / "snap.sqlite3"
        snap.write_bytes(zf.read("sangkien.sqlite3"))
    assert {n for n in names if n.startswith("attachments/")} == {
        f"attachments/{b[:2]}/{b}" for b in _blobs(app.layout)
    }
    assert manifest["dossier_count"] == 2 and manifest["app_version"]
    assert manifest["attachments"] == {"count": 2, "size": 2 * (len(PDF) + 1)}
    conn = sqlite3.connect(snap)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert sorted(r[0] for r in conn.execute("SELECT title FROM dossier")) == ["Máy cắt ống", "Đồ gá hàn"]
    conn.close()
    assert backups.verify_backup(info.path).dossier_count == 2


def test_backup_to_a_chosen_file_is_not_pruned_or_listed(app, tmp_path):
    out = tmp_path / "usb" / "ban-sao.zip"
    info = backups.backup_now(app.layout, out=out)
    assert info.path == out and out.exists()
    assert backups.list_backups(app.layout) == []
    assert not list(out.parent.glob(".tmp*"))


def test_restore_brings_back_the_backup_and_keeps_the_replaced_data(app, tmp_path):
    taken = backups.backup_now(app.layout, now=dt.datetime(2025, 3, 1, 9, 0))
    before_blobs = _blobs(app.layout)
    _add(app, "Thêm sau khi sao lưu", PDF + b"3", tmp_path)
    with app.db.session() as s:
        uuid = next(r.uuid for r in list_dossiers(s, DossierQuery()) if r.title == "Máy cắt ống")
        move_to_bin(s, uuid)
        s.commit()
    assert _titles(app) == ["Thêm sau khi sao lưu", "Đồ gá hàn"]

    result = restore.restore_backup(app.layout, taken.path, now=dt.datetime(2025, 3, 1, 10, 0))

    # The engine that was open all along sees the restored data.
    assert _titles(app) == ["Máy cắt ống", "Đồ gá hàn"]
    assert _blobs(app.layout) == before_blobs
    assert result.restored.path == taken.path
    safety = result.safety
    assert safety is not None and safety.reason == "restore" and safety.dossier_count == 2
    assert safety.path.exists() and "truoc-khoi-phuc" in safety.path.name
    # The pre-restore backup holds the changed data: restoring it undoes the restore.
    restore.restore_backup(app.layout, safety.path, now=dt.datetime(2025, 3, 1, 11, 0))
    assert _titles(app) == ["Thêm sau khi sao lưu", "Đồ gá hàn"]
    assert len(_blobs(app.layout)) == 3
    assert not list(app.layout.root.glob(".tmp*"))


def _rewrite(src, dst, change):
    """Copies an archive member by member; ``change(name, data)`` returns new data or None to drop."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)


def _tamper_attachment(name, data):
    return data + b"x" if name.startswith("attachments/") else data


def _drop_manifest(name, data):
    return None if name == "manifest.json" else data


def _manifest_with(key, value):
    def change(name, data):
        if name != "manifest.json":
            return data
        return json.dumps({**json.loads(data), key: value}).encode()

    change.__name__ = f"manifest_{key}"
    return change


_newer_format = _manifest_with("format_version", 99)
_wrong_count = _manifest_with("dossier_count", 7)


@pytest.mark.parametrize(
    "damage, expected",
    [
        ("truncate", "backup_damaged"),
        ("flip_db_byte", "backup_damaged"),
        (_tamper_attachment, "backup_damaged"),
        (_drop_manifest, "backup_damaged"),
        (_newer_format, "backup_newer"),
        (_wrong_count, "backup_damaged"),
        ("climbing_path", "backup_damaged"),
        ("extra_member", "backup_damaged"),
        (_manifest_with("database", "x"), "backup_damaged"),
        ("not_a_zip", "backup_damaged"),
    ],
    ids=lambda v: v if isinstance(v, str) else v.__name__,
)
def test_damaged_backup_is_refused_and_nothing_changes(app, tmp_path, damage, expected):
    good = backups.backup_now(app.layout)
    bad = tmp_path / "hong.zip"
    if damage == "truncate":
        bad.write_bytes(good.path.read_bytes()[: good.size // 2])
    elif damage == "flip_db_byte":
        raw = bytearray(good.path.read_bytes())
        with zipfile.ZipFile(good.path) as zf:
            info = zf.getinfo("sangkien.sqlite3")
        at = info.header_offset + 30 + len(info.filename) + 200
        raw[at] ^= 0xFF
        bad.write_bytes(bytes(raw))
    elif damage == "climbing_path":
        _rewrite(good.path, bad, lambda n, d: d)
        with zipfile.ZipFile(bad, "a") as zf:
            zf.writestr("../../thoat-ra.txt", b"x")
    elif damage == "extra_member":
        _rewrite(good.path, bad, lambda n, d: d)
        with zipfile.ZipFile(bad, "a") as zf:
            zf.writestr(f"attachments/00/{'0' * 64}", b"\0" * 4096)
    elif damage == "not_a_zip":
        bad.write_bytes(b"PK nothing here" * 100)
    else:
        _rewrite(good.path, bad, damage)
    _add(app, "Sau khi sao lưu", None, tmp_path)
    titles, blobs = _titles(app), _blobs(app.layout)
    listed = {p.name for p in app.layout.backups.iterdir()}

    with pytest.raises(BackupError) as info:
        restore.restore_backup(app.layout, bad)

    assert info.value.code == expected
    assert "không bị thay đổi" in info.value.message
    assert _titles(app) == titles and _blobs(app.layout) == blobs
    assert {p.name for p in app.layout.backups.iterdir()} == listed  # not even a pre-restore backup
    assert not (tmp_path / "thoat-ra.txt").exists()
    assert not list(app.layout.root.glob(".tmp*"))


def test_backup_from_a_newer_schema_is_refused(app, tmp_path):
    good = backups.backup_now(app.layout)
    work = tmp_path / "w"
    work.mkdir()
    with zipfile.ZipFile(good.path) as zf:
        zf.extractall(work)
    conn = sqlite3.connect(work / "sangkien.sqlite3")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    db = (work / "sangkien.sqlite3").read_bytes()
    manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    manifest["database"] = {"name": "sangkien.sqlite3", "size": len(db), "sha256": hashlib.sha256(db).hexdigest()}
    bad = tmp_path / "moi-hon.zip"
    _rewrite(good.path, bad, lambda n, d: json.dumps(manifest).encode() if n == "manifest.json" else (db if n == "sangkien.sqlite3" else d))
    with pytest.raises(BackupError) as info:
        restore.restore_backup(app.layout, bad)
    assert info.value.code == "backup_newer"


def test_restore_over_a_damaged_database(app, tmp_path):
    good = backups.backup_now(app.layout)
    app.close()
    for suffix in ("-wal", "-shm"):
        app.layout.database.with_name(app.layout.database.name + suffix).unlink(missing_ok=True)
    app.layout.database.write_bytes(b"hard disk sector gone " * 500)
    result = restore.restore_backup(app.layout, good.path)
    assert result.safety is None and result.damaged_moved
    assert list(app.layout.backups.glob("hong-*-sangkien.sqlite3"))
    reopened = open_app_data(app.layout.root)
    try:
        assert _titles(reopened) == ["Máy cắt ống", "Đồ gá hàn"]
    finally:
        reopened.close()


def test_restore_of_an_older_schema_is_migrated(app, monkeypatch):
    from sangkien_desktop.storage import database, migrations

    old = backups.backup_now(app.layout)
    extra = migrations.Step(
        migrations.LATEST_VERSION + 1, "test", ("ALTER TABLE setting ADD COLUMN note TEXT",)
    )
    monkeypatch.setattr(database, "STEPS", migrations.STEPS + (extra,))
    monkeypatch.setattr(database, "LATEST_VERSION", extra.version)
    app.db.close()
    restore.restore_backup(app.layout, old.path)
    with app.db.session() as s:
        assert s.execute(text("PRAGMA user_version")).scalar() == extra.version


def test_migration_writes_a_full_backup_first(tmp_path, monkeypatch):
    from sangkien_desktop.storage import database, migrations

    first = open_app_data(tmp_path / "d")
    _add(first, "Trước nâng cấp", PDF, tmp_path)
    first.close()
    extra = migrations.Step(
        migrations.LATEST_VERSION + 1, "test", ("ALTER TABLE setting ADD COLUMN note TEXT",)
    )
    monkeypatch.setattr(database, "STEPS", migrations.STEPS + (extra,))
    monkeypatch.setattr(database, "LATEST_VERSION", extra.version)
    upgraded = open_app_data(tmp_path / "d")
    upgraded.close()
    found = backups.list_backups(upgraded.layout)
    assert [(b.reason, b.schema_version, b.dossier_count) for b in found] == [
        ("migration", migrations.LATEST_VERSION, 1)
    ]
    with zipfile.ZipFile(found[0].path) as zf:
        assert sum(n.startswith("attachments/") for n in zf.namelist()) == 1


def test_daily_backup_only_when_the_last_is_a_day_old(app):
    t0 = dt.datetime(2025, 5, 5, 8, 0)
    first = backups.backup_if_due(app.layout, t0)
    assert first is not None and first.reason == "daily" and "hang-ngay" in first.path.name
    assert backups.backup_if_due(app.layout, t0 + dt.timedelta(hours=23)) is None
    backups.backup_now(app.layout, "import", now=t0 + dt.timedelta(hours=30))
    # An import backup counts as a backup: the next daily one waits a day after it.
    assert backups.backup_if_due(app.layout, t0 + dt.timedelta(hours=40)) is None
    assert backups.backup_if_due(app.layout, t0 + dt.timedelta(hours=54)) is not None


def test_list_shows_reason_count_and_unreadable_files(app):
    backups.backup_now(app.layout, "import", now=dt.datetime(2025, 5, 5, 8, 0))
    backups.backup_now(app.layout, now=dt.datetime(2025, 5, 6, 8, 0))
    (app.layout.backups / "sao-luu-20250507-080000-thu-cong.zip").write_bytes(b"garbage")
    (app.layout.backups / "anh-chup.zip").write_bytes(b"not ours")
    found = backups.list_backups(app.layout)
    assert [(b.created_at.day, b.reason_label, b.dossier_count) for b in found] == [
        (7, "Sao lưu theo yêu cầu", None),
        (6, "Sao lưu theo yêu cầu", 2),
        (5, "Trước khi nhập dữ liệu", 2),
    ]
    assert found[0].problem and "hỏng" in found[0].problem


def test_copy_to_usb_is_verified(app, tmp_path, monkeypatch):
    info = backups.backup_now(app.layout)
    usb = tmp_path / "usb"
    usb.mkdir()
    copied = backups.copy_backup(info.path, usb)
    assert copied.path == usb / info.path.name
    assert copied.path.read_bytes() == info.path.read_bytes() and copied.size == info.size
    assert backups.copy_backup(info.path, usb).path == copied.path  # already there: fine

    copied.path.unlink()

    def bad_copy(src, dst, length=0):
        dst.write(src.read()[:-10])

    monkeypatch.setattr(backups.shutil, "copyfileobj", bad_copy)
    with pytest.raises(BackupError) as err:
        backups.copy_backup(info.path, usb)
    assert err.value.code == "backup_copy_mismatch"
    assert list(usb.iterdir()) == []


def test_copy_to_a_missing_stick_is_a_clear_error(app, tmp_path):
    info = backups.backup_now(app.layout)
    with pytest.raises(BackupError) as err:
        backups.copy_backup(info.path, tmp_path / "rut-ra")
    assert err.value.code == "backup_copy" and "ổ USB" in err.value.message


def test_pruning_after_a_backup_keeps_the_rule(app):
    start = dt.datetime(2025, 1, 1, 9, 0)
    for day in range(40):
        backups.backup_now(app.layout, "daily", now=start + dt.timedelta(days=day))
    (app.layout.backups / "ghi-chu.txt").write_text("của người dùng", encoding="utf-8")
    names = sorted(p.name for p in app.layout.backups.iterdir())
    assert len(names) == 7 + 4 + 1
    assert "ghi-chu.txt" in names
