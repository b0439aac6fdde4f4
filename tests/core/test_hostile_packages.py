"""Crafted exchange packages (.skpkg) whose hashes are all correct (a careful forger relists
the manifest): hostile file names, hostile values and hostile sizes in records.json and
manifest.json are refused before anything is written, naming the record and the field in
Vietnamese; nothing ever lands outside the data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.exchange.package import PackageError
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup import backups
from tests.core import test_exchange_package as packages
from tests.core.test_exchange_package import export, import_, rebuild, snapshot
from tests.core.test_hostile_json import ENGLISH, HOSTILE_NAMES, _set

sender, receiver = packages.sender, packages.receiver  # the exchange tests' data folders


def _records(edit):
    def change(files, _manifest):
        records = json.loads(files["records.json"])
        edit(records)
        files["records.json"] = json.dumps(records, ensure_ascii=False).encode()
    return change


def _records_text(replace: str, by: str):
    def change(files, _manifest):
        text = files["records.json"].decode()
        assert replace in text
        files["records.json"] = text.replace(replace, by, 1).encode()
    return change


def _manifest(edit):
    return lambda _files, manifest: edit(manifest)


CASES = {
    # (change, code, words the message must hold)
    "NaN share": (_records_text('"share_percent": 70.0', '"share_percent": NaN'),
                  "package_records", "số không đọc được"),
    "negative share": (_records(_set("dossiers", 0, "authors", 0, "share_percent", value=-1)),
                       "package_records", "tác giả thứ 1: tỷ lệ đóng góp (%) phải từ 0 đến 100"),
    "amount 10^30": (_records(_set("dossiers", 1, "benefit_unit_vnd", value=10**30)),
                     "package_records", "Hồ sơ thứ 2"),
    "reward 10^30": (_records(_set("decisions", 0, "items", 0, "reward_vnd", value=10**30)),
                     "package_records", "Quyết định thứ 1 (“01/QĐ-CĐCS”), mục thứ 1: tiền thưởng"),
    "size abc": (_records(_set("dossiers", 0, "attachments", 0, "size", value="abc")),
                 "package_records", "tệp đính kèm thứ 1: kích thước tệp phải là một số nguyên"),
    "lone surrogate": (_records_text('"title": "', '"title": "\\udc00'), "package_records",
                       "có ký tự Unicode không hợp lệ"),
    "NUL": (_records_text('"title": "', '"title": "\\u0000'), "package_records",
            "có ký tự NUL"),
    "deep nesting": (_records_text('"notes": ""', '"notes": ' + "[" * 100_000 + "]" * 100_000),
                     "package_records", "lồng nhau quá sâu"),
    "nesting kept as received": (
        _records(lambda r: r["decisions"][0].__setitem__("extra", json.loads("[" * 40 + "]" * 40))),
        "package_records", "Quyết định thứ 1: dữ liệu lồng nhau quá sâu"),
    "10,000 authors": (_records(_set("dossiers", 1, "authors", value=[{"full_name": "A"}] * 10_000)),
                       "package_records", "tác giả có 10.000 mục, quá giới hạn 50"),
    # Random letters: a title of one letter repeated is refused earlier, as a zip bomb.
    "40 MB title": (_records(_set("dossiers", 1, "title", value=os.urandom(20_000_000).hex())),
                    "package_records", "tên sáng kiến dài 40.000.000 ký tự"),
    "duplicate codes": (_records(lambda r: r["dossiers"][1].update(
        code=r["dossiers"][0]["code"], unit_name=r["dossiers"][0]["unit_name"])),
        "package_records", "Hồ sơ thứ 2 trùng mã hồ sơ"),
    "records format_version as text": (_records(_set("format_version", value="1")),
                                       "package_records", "“1” không hợp lệ"),
    "manifest format_version as text": (_manifest(_set("format_version", value="1")),
                                        "package_manifest", "không phải số nguyên dương"),
    "manifest sending unit not text": (_manifest(_set("sending_unit", "name", value=["x"])),
                                       "package_manifest",
                                       "Đơn vị gửi (tên) phải là một chuỗi văn bản."),
    "manifest with a huge unit name": (_manifest(_set("sending_unit", "name", value="x" * 10_000)),
                                       "package_manifest", "quá giới hạn 500 ký tự"),
    "document kind climbing": (_records(_set("documents", 0, "kind", value="../../evil")),
                               "package_records", "Văn bản thứ 1"),
    "document path climbing": (_records(_set("documents", 0, "path", value="documents/../evil")),
                               "package_records", "Văn bản thứ 1"),
}


def _crafted(app, uuids, tmp_path: Path, change) -> Path:
    good = tmp_path / "goi.skpkg"
    export(app, uuids, good)
    return rebuild(good, tmp_path / "bad.skpkg", change)


def _refused(receiver, path: Path, code: str) -> str:
    before = snapshot(receiver)
    with pytest.raises(PackageError) as info:
        import_(receiver, path)
    message = info.value.message
    assert info.value.code == code, message
    assert message.startswith("Không nhận gói “bad.skpkg”") and "Không có gì được ghi" in message
    assert not ENGLISH.search(message), message
    assert snapshot(receiver) == before
    return message


@pytest.mark.parametrize("case", list(CASES))
def test_a_crafted_package_is_refused_naming_the_record(sender, receiver, tmp_path, case):
    app, uuids = sender
    change, code, words = CASES[case]
    message = _refused(receiver, _crafted(app, uuids, tmp_path, change), code)
    assert words in message


@pytest.mark.parametrize("case", list(HOSTILE_NAMES))
def test_a_hostile_attachment_name_is_refused_and_nothing_lands_outside(sender, receiver,
                                                                        tmp_path, case):
    app, uuids = sender
    name = HOSTILE_NAMES[case]
    change = _records(_set("dossiers", 0, "attachments", 0, "filename", value=name))
    message = _refused(receiver, _crafted(app, uuids, tmp_path, change), "package_records")
    assert "records.json có dữ liệu không hợp lệ" in message
    assert "Hồ sơ thứ 1 (“" in message and "tệp đính kèm thứ 1: tên tệp" in message
    assert "không dùng được" in message
    assert not (tmp_path / "x").exists() and not Path("/tmp/x/ESCAPED.pdf").exists()


@pytest.mark.parametrize("name", ["../../ESCAPED.pdf", "/tmp/x/ESCAPED.pdf", "NUL.pdf"])
def test_a_hostile_paper_name_is_refused(sender, receiver, tmp_path, name):
    app, uuids = sender
    change = _records(_set("documents", 0, "filename", value=name))
    message = _refused(receiver, _crafted(app, uuids, tmp_path, change), "package_records")
    assert "Văn bản thứ 1" in message and "tên tệp" in message


def test_a_name_flagged_utf8_that_is_not_utf8_is_refused_in_vietnamese(sender, receiver,
                                                                       tmp_path):
    app, uuids = sender
    good = tmp_path / "goi.skpkg"
    export(app, uuids, good)
    flagged = tmp_path / "flagged.skpkg"
    rebuild(good, flagged, lambda files, _m: files.__setitem__("attachments/ảnh", b"x"))
    data = flagged.read_bytes()
    assert data.count("ảnh".encode()) == 2  # the local header and the central directory
    bad = tmp_path / "bad.skpkg"
    bad.write_bytes(data.replace("ảnh".encode(), b"\xff\xfe\xfd\xfc\xfb", 2))
    message = _refused(receiver, bad, "package_damaged")
    assert "không phải UTF-8" in message


def test_a_refused_package_writes_no_backup_and_the_command_line_says_why(sender, tmp_path,
                                                                          capsys):
    app, uuids = sender
    change = _records(_set("dossiers", 0, "attachments", 0, "filename", value="../x/ESCAPED.pdf"))
    bad = _crafted(app, uuids, tmp_path, change)
    root = tmp_path / "huyen2"
    assert main(["--data-dir", str(root), "import-package", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "tên tệp “../x/ESCAPED.pdf” không dùng được" in err and "Traceback" not in err
    assert backups.list_backups(DataLayout(root)) == []


def test_a_record_check_fails_before_the_hashes_are_checked(sender, receiver, tmp_path,
                                                            monkeypatch):
    """A hostile records.json is refused at once, without reading every attachment."""
    app, uuids = sender
    bad = _crafted(app, uuids, tmp_path, _records(_set("dossiers", 0, "title", value=5)))
    from sangkien_desktop.exchange import package

    monkeypatch.setattr(package.PackageReader, "verify",
                        lambda self: pytest.fail("every hash was checked first"))
    _refused(receiver, bad, "package_records")
