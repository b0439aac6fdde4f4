"""``sangkien packs``: list, show, export, import and choose the unit's rule pack."""

from __future__ import annotations

import json

from sangkien_desktop.cli import main


def test_packs_list_show_export_import_and_use(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "packs"]) == 0
    out = capsys.readouterr().out
    assert "* quoc-gia" in out and "giao-duc-2026" in out and "tinh-70-phan-tram" in out

    assert main([*data, "packs", "show", "tinh-70-phan-tram"]) == 0
    out = capsys.readouterr().out
    assert "công nhận khi ít nhất 70 % tổng số thành viên Hội đồng" in out
    assert "Các đợt: Đợt 1 (01-01 – 06-30); Đợt 2 (07-01 – 12-31)" in out
    assert "Căn cứ pháp lý (kiểm tra ngày 01/12/2026)" in out

    path = tmp_path / "gd.json"
    assert main([*data, "packs", "export", "giao-duc-2026", str(path)]) == 0
    pack = json.loads(path.read_text(encoding="utf-8"))
    pack.update(id="so-gd-hue", version="2026.2", name="Sở GD&ĐT thành phố Huế")
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    assert main([*data, "packs", "import", str(path)]) == 0
    assert "Đã nhập so-gd-hue@2026.2" in capsys.readouterr().out
    assert main([*data, "packs", "use", "so-gd-hue"]) == 0
    capsys.readouterr()
    assert main([*data, "packs", "list"]) == 0
    assert "* so-gd-hue" in capsys.readouterr().out


def test_a_bad_pack_file_is_refused_without_a_traceback(tmp_path, capsys):
    path = tmp_path / "x.json"
    path.write_text('{"format": "khác"}', encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "packs", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: x.json: không phải tệp bộ quy định") and "Traceback" not in err
