from __future__ import annotations

import json

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.saving import save_dossier


def _seed(data_dir, *titles):
    app = open_app_data(data_dir)
    with app.db.session() as s:
        for title in titles:
            save_dossier(s, Dossier(title=title))
        s.commit()
    app.close()


def _titles(data_dir, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "list", "--json"]) == 0
    return sorted(r["title"] for r in json.loads(capsys.readouterr().out))


def test_backup_list_and_restore(tmp_path, capsys):
    d = tmp_path / "d"
    _seed(d, "Sáng kiến một", "Sáng kiến hai")
    assert main(["--data-dir", str(d), "backup"]) == 0
    out = capsys.readouterr().out
    assert "Đã sao lưu vào" in out and "2 hồ sơ" in out
    archive = next((d / "backups").glob("sao-luu-*-thu-cong.zip"))

    _seed(d, "Sáng kiến ba")
    assert main(["--data-dir", str(d), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["reason"], r["dossier_count"]) for r in listed] == [("manual", 2)]

    assert main(["--data-dir", str(d), "restore", archive.name]) == 0  # a name in the folder
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out and "Dữ liệu trước khi khôi phục được sao lưu tại" in out
    assert _titles(d, capsys) == ["Sáng kiến hai", "Sáng kiến một"]

    assert main(["--data-dir", str(d), "backups"]) == 0
    out = capsys.readouterr().out
    assert f"Thư mục dữ liệu: {d}" in out and f"Thư mục sao lưu: {d / 'backups'}" in out
    assert "Trước khi khôi phục, 3 hồ sơ" in out and "— 2 bản sao lưu" in out


def test_backup_to_a_chosen_file_and_restore_elsewhere(tmp_path, capsys):
    _seed(tmp_path / "a", "Ở máy cũ")
    out = tmp_path / "usb" / "sao-luu.zip"
    assert main(["--data-dir", str(tmp_path / "a"), "backup", "--out", str(out)]) == 0
    assert out.exists()
    # A new, empty data folder on another PC (restore does not need it to exist).
    assert main(["--data-dir", str(tmp_path / "b"), "restore", str(out)]) == 0
    assert _titles(tmp_path / "b", capsys) == ["Ở máy cũ"]


def test_damaged_backup_is_refused_with_a_message(tmp_path, capsys):
    _seed(tmp_path / "d", "Giữ nguyên")
    bad = tmp_path / "hong.zip"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert main(["--data-dir", str(tmp_path / "d"), "restore", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Lỗi: Bản sao lưu “hong.zip” bị hỏng" in err and "Traceback" not in err
    assert _titles(tmp_path / "d", capsys) == ["Giữ nguyên"]
    assert main(["--data-dir", str(tmp_path / "d"), "restore", str(tmp_path / "khong-co.zip")]) == 2
    assert "Không tìm thấy bản sao lưu" in capsys.readouterr().err


def test_restore_works_when_the_database_cannot_be_opened(tmp_path, capsys):
    d = tmp_path / "d"
    _seed(d, "Cứu được")
    assert main(["--data-dir", str(d), "backup"]) == 0
    (d / "sangkien.sqlite3").write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (d / f"sangkien.sqlite3{suffix}").unlink(missing_ok=True)
    assert main(["--data-dir", str(d), "list"]) == 2
    archive = next((d / "backups").glob("*.zip"))
    capsys.readouterr()
    assert main(["--data-dir", str(d), "restore", str(archive)]) == 0
    assert "Cơ sở dữ liệu hỏng trước đó được chuyển vào" in capsys.readouterr().out
    assert _titles(d, capsys) == ["Cứu được"]
