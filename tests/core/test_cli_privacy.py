"""``sangkien erase-person``: the dry run says where the data is, the real run erases it and
offers (or does) the rewrite of the retained backups."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

from sangkien_desktop.cli import main
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.storage.backup import DB_MEMBER
from tests.core.privacy_support import CCCD, NAME


def test_dry_run_then_erase_then_rewrite_backups(world, capsys):
    root = str(world.app.layout.root)
    backup = backups.backup_now(world.app.layout, now=dt.datetime(2026, 1, 5, 8, 0))
    assert main(["--data-dir", root, "erase-person", "--cccd", CCCD, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"tác giả thứ 1 {NAME}: ngày sinh, nơi công tác / nơi thường trú, số CCCD/CMND, số " \
           "điện thoại" in out
    assert "người tham gia áp dụng thứ 1 Kieu Thi Mai Phuong" in out  # related, not erased
    assert "Chạy thử: chưa xóa gì" in out and "1 bản sao lưu" in out
    with world.app.db.session() as s:
        assert get_dossier(s, world.recognised).authors[0].cccd == CCCD

    assert main(["--data-dir", root, "erase-person", "--cccd", CCCD,
                 "--reason", "Đơn đề nghị ngày 05/01/2026"]) == 0
    out = capsys.readouterr().out
    assert "Đã xóa 8 mục dữ liệu ở 2 hồ sơ (1 hồ sơ đã công nhận" in out
    assert "--rewrite-backups" in out
    with world.app.db.session() as s:
        assert get_dossier(s, world.recognised).authors[0].cccd == ""
    with zipfile.ZipFile(backup.path) as zf:
        assert CCCD.encode() in zf.read(DB_MEMBER)

    # Later: nothing left here, but the backups are rewritten all the same.
    assert main(["--data-dir", root, "erase-person", "--cccd", CCCD, "--rewrite-backups"]) == 0
    out = capsys.readouterr().out
    assert "Không tìm thấy dữ liệu của người này trong dữ liệu hiện tại." in out
    assert f"sao lưu {backup.path.name}: đã ghi lại" in out
    with zipfile.ZipFile(backup.path) as zf:
        assert CCCD.encode() not in zf.read(DB_MEMBER)


def test_json_and_a_whole_binned_dossier(world, capsys):
    root = str(world.app.layout.root)
    assert main(["--data-dir", root, "erase-person", "--name", "kieu thi mai phuong",
                 "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["occurrences"]) == 3 and data["erased"] is None
    assert main(["--data-dir", root, "erase-person", "--binned-dossier", world.draft]) == 2
    assert "không nằm trong thùng rác" in capsys.readouterr().err
    assert main(["--data-dir", root, "erase-person", "--binned-dossier", world.binned]) == 0
    assert "Đã xóa 4 mục dữ liệu ở 1 hồ sơ" in capsys.readouterr().out
    assert main(["--data-dir", root, "erase-person"]) == 2
    assert "Hãy nhập họ tên, số CCCD/CMND hoặc số điện thoại" in capsys.readouterr().err
