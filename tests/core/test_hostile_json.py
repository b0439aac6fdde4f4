"""Crafted dossier files (``import-json``): every one is refused before anything is written —
no row, no pre-import backup — with a Vietnamese message naming the record and the field,
never a traceback nor a validator's English; and a file that only looks odd still imports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.exchange import json_format, schema
from sangkien_desktop.exchange.json_format import read_dossiers, write_dossiers
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
from sangkien_desktop.services.exchange.interchange import import_json
from tests.core.test_json_format import _sample

# What a validator, a codec or Python says in English, which the officer must never read.
ENGLISH = re.compile(r"\b(is not|must be|should be|Expecting|codec|surrogates|Traceback|"
                     r"Error|data\.|exceeds|maximum|minimum)\b")

HOSTILE_NAMES = {
    "climbing path": "../x/ESCAPED.pdf",
    "absolute path": "/tmp/x/ESCAPED.pdf",
    "drive": "C:\\x\\ESCAPED.pdf",
    "drive without separator": "C:ESCAPED.pdf",
    "stream": "bang-tinh.pdf:ẩn",
    "dot dot": "..",
    "control character": "bang\x07tinh.pdf",
    "newline": "bang\ntinh.pdf",
    "right-to-left override": "hoso\u202efdp.exe",
    "empty": "",
    "huge": "x" * 5000 + ".pdf",
    "device name": "CON.pdf",
    "device name, lower case": "com1.txt",
    "windows forbidden": "bang?tinh.pdf",
    "trailing dot": "bang-tinh.pdf.",
}


def good_document() -> dict:
    second = Dossier(title="Hồ sơ thứ hai", code="SK-2024-00002", unit_name="Công ty A",
                     authors=[Author(full_name="Lê Văn Bình")])
    first = _sample()
    first.code, first.unit_name = "SK-2024-00001", "Công ty A"
    return json.loads(json.dumps(json_format.document([first, second]), ensure_ascii=False))


def write(path: Path, data: dict | str | bytes) -> Path:
    if isinstance(data, dict):
        data = json.dumps(data, ensure_ascii=False)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refused(db, path: Path) -> str:
    """Imports ``path`` and returns the refusal's message; nothing may be stored."""
    with pytest.raises(DataFileError) as info:
        with unit_of_work.session(db) as s:
            import_json(s, path)
    message = info.value.message
    assert not ENGLISH.search(message), message
    with db.session() as s:
        assert count_dossiers(s, DossierQuery()) == 0
    return message


def _raw(replace: str, by: str):
    """A change made on the file's text, for what json.dumps would never write."""
    def change(text: str) -> str:
        assert replace in text
        return text.replace(replace, by, 1)
    change.on_text = True  # type: ignore[attr-defined]
    return change


def _set(*path, value):
    def change(data: dict) -> None:
        node = data
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value
    return change


CASES = {
    # (a change of the document or of its text, words the message must hold)
    "NaN share": (_raw('"share_percent": 66.67', '"share_percent": NaN'),
                  "Tệp “x.json” có một số không đọc được ở dòng 1 (NaN"),
    "infinite share": (_raw('"share_percent": 66.67', '"share_percent": 1e400'),
                       "số không đọc được"),
    "a number of 5,000 digits": (_raw('"share_percent": 66.67', '"share_percent": ' + "9" * 5000),
                                 "số không đọc được"),
    "negative share": (_set("dossiers", 0, "authors", 1, "share_percent", value=-5),
                       "Hồ sơ thứ 1 (“Thiết bị gá lắp nhanh khuôn ép”), tác giả thứ 2: tỷ lệ "
                       "đóng góp (%) phải từ 0 đến 100."),
    "share over 100": (_set("dossiers", 0, "authors", 0, "share_percent", value=250),
                       "tác giả thứ 1: tỷ lệ đóng góp (%) phải từ 0 đến 100"),
    "amount 10^30": (_set("dossiers", 0, "benefit_unit_vnd", value=10**30),
                     "giá trị làm lợi (đơn vị áp dụng) phải từ 0 đến 1.000.000.000.000.000"),
    "amount as a float": (_set("dossiers", 1, "benefit_unit_vnd", value=1.5e30),
                          "Hồ sơ thứ 2 (“Hồ sơ thứ hai”): giá trị làm lợi"),
    "amount as text": (_set("dossiers", 0, "benefit_author_vnd", value="120.000.000"),
                       "giá trị làm lợi (tác giả) phải là một số nguyên"),
    "size abc": (_set("dossiers", 0, "attachments", 0, "size", value="abc"),
                 "tệp đính kèm thứ 1: kích thước tệp phải là một số nguyên"),
    "size [1]": (_set("dossiers", 0, "attachments", 0, "size", value=[1]),
                 "tệp đính kèm thứ 1: kích thước tệp phải là một số nguyên"),
    "lone surrogate in a title": (_raw('"title": "Hồ sơ thứ hai"', '"title": "Hồ sơ \\ud800"'),
                                  "Hồ sơ thứ 2: tên sáng kiến có ký tự Unicode không hợp lệ"),
    "NUL in a title": (_raw('"title": "Hồ sơ thứ hai"', '"title": "Hồ sơ\\u0000 hai"'),
                       "Hồ sơ thứ 2: tên sáng kiến có ký tự NUL"),
    "NUL in a key": (_raw('"title": "Hồ sơ thứ hai"', '"title": "Hồ sơ thứ hai", "a\\u0000": 1'),
                     "có ký tự NUL"),
    "100,000-deep nesting": (_raw('"notes": ""', '"notes": ' + "[" * 100_000 + "]" * 100_000),
                             "lồng nhau quá sâu"),
    "10,000 authors": (_set("dossiers", 1, "authors", value=[{"full_name": "A"}] * 10_000),
                       "Hồ sơ thứ 2 (“Hồ sơ thứ hai”): tác giả có 10.000 mục, quá giới hạn 50"),
    "20 MB title": (_set("dossiers", 1, "title", value="x" * 20_000_000),
                    "tên sáng kiến dài 20.000.000 ký tự, quá giới hạn 1.000 ký tự"),
    "duplicate codes of one unit": (_set("dossiers", 1, "code", value="SK-2024-00001"),
                                    "Hồ sơ thứ 2 trùng mã hồ sơ “SK-2024-00001” với hồ sơ thứ 1"),
    "duplicate uuids": (lambda d: d["dossiers"].append(dict(d["dossiers"][0])),
                        "trùng mã định danh"),
    "format_version as text": (_set("format_version", value="1"),
                               "phiên bản định dạng (format_version) “1” không hợp lệ"),
    "format_version zero": (_set("format_version", value=0), "không hợp lệ"),
    "a birth date of year 1": (_set("dossiers", 0, "authors", 0, "birth_date", value="0001-01-01"),
                               "tác giả thứ 1: ngày sinh phải là một ngày từ năm 1900"),
    "a day that does not exist": (_set("dossiers", 0, "first_applied_on", value="2023-02-29"),
                                  "ngày áp dụng lần đầu phải là một ngày có thật"),
    "a moment that does not exist": (_set("dossiers", 0, "created_at", value="2023-01-01T25:00:00"),
                                     "thời điểm tạo phải là một thời điểm có thật"),
    "a status nobody knows": (_set("dossiers", 0, "status", value="lost"),
                              "trạng thái phải là một trong"),
    "dossiers not a list": (_set("dossiers", value={"a": 1}), "phải là một danh sách"),
    "a dossier not an object": (_set("dossiers", value=["x"]),
                                "Hồ sơ thứ 1: phải là một đối tượng JSON"),
    "no title": (lambda d: d["dossiers"][1].pop("title"), "Hồ sơ thứ 2 (“SK-2024-00002”): thiếu tên sáng kiến."),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_crafted_file_is_refused_naming_the_record_and_the_field(db, tmp_path, case):
    change, words = CASES[case]
    data = good_document()
    if getattr(change, "on_text", False):
        path = write(tmp_path / "x.json", change(json.dumps(data, ensure_ascii=False)))
    else:
        change(data)
        path = write(tmp_path / "x.json", data)
    assert words in refused(db, path)


@pytest.mark.parametrize("case", list(HOSTILE_NAMES))
def test_an_attachment_name_that_is_not_a_plain_name_is_refused(db, tmp_path, case):
    data = good_document()
    data["dossiers"][0]["attachments"][0]["filename"] = HOSTILE_NAMES[case]
    message = refused(db, write(tmp_path / "x.json", data))
    assert message.startswith("Tệp “x.json” có dữ liệu không hợp lệ nên chưa nhập gì:")
    assert "Hồ sơ thứ 1 (“Thiết bị gá lắp nhanh khuôn ép”), tệp đính kèm thứ 1: tên tệp" in message
    assert "không dùng được" in message and "Hãy đổi tên tệp" in message


def test_a_name_from_a_mac_in_nfd_is_taken_in_nfc(db, tmp_path):
    data = good_document()
    data["dossiers"][0]["attachments"][0]["filename"] = "quye\u0302\u0301t đi\u0323nh.pdf"
    with unit_of_work.session(db) as s:
        import_json(s, write(tmp_path / "x.json", data))
    [dossier] = [d for d in read_dossiers(tmp_path / "x.json") if d.attachments]
    assert dossier.attachments[0].filename == "quyết định.pdf"


def test_invalid_utf8_is_refused_in_vietnamese(db, tmp_path):
    text = json.dumps(good_document(), ensure_ascii=False).encode("utf-8")
    message = refused(db, write(tmp_path / "x.json", text.replace("thứ hai".encode(), b"\xff\xfe")))
    assert "không phải văn bản UTF-8" in message


def test_a_file_over_the_size_limit_is_not_read(db, tmp_path, monkeypatch):
    path = write(tmp_path / "x.json", good_document())
    monkeypatch.setattr(json_format, "MAX_JSON_BYTES", path.stat().st_size - 1)
    monkeypatch.setattr(json, "loads", lambda *a, **k: pytest.fail("the file was read"))
    assert "quá lớn" in refused(db, path)


def test_many_problems_are_listed_up_to_a_bound(db, tmp_path):
    data = good_document()
    data["dossiers"] = [dict(data["dossiers"][1], uuid=f"00000000-0000-4000-8000-{n:012d}",
                             code="", title=7) for n in range(30)]
    message = refused(db, write(tmp_path / "x.json", data))
    lines = message.splitlines()
    assert len(lines) == 1 + schema.MAX_SHOWN + 1
    assert lines[1] == "- Hồ sơ thứ 1: tên sáng kiến phải là một chuỗi văn bản."
    assert lines[-1] == f"- và {30 - schema.MAX_SHOWN} lỗi khác."


def test_the_same_code_in_two_units_or_in_two_versions_is_fine(db, tmp_path):
    data = good_document()
    data["dossiers"][1]["code"] = "SK-2024-00001"
    data["dossiers"][1]["unit_name"] = "Trường Tiểu học B"
    with unit_of_work.session(db) as s:
        assert len(import_json(s, write(tmp_path / "units.json", data)).added) == 2
    data = good_document()
    data["dossiers"][1]["code"] = "SK-2024-00001"
    first, second = (d["uuid"] for d in data["dossiers"])
    data["versions"] = [
        {"dossier_uuid": first, "lineage_uuid": first, "version": 1, "previous_uuid": None,
         "content_hash": "", "frozen_at": None, "decision_uuid": ""},
        {"dossier_uuid": second, "lineage_uuid": first, "version": 2, "previous_uuid": first,
         "content_hash": "", "frozen_at": None, "decision_uuid": ""}]
    assert [d.code for d in read_dossiers(write(tmp_path / "v.json", data))] == ["SK-2024-00001"] * 2


def test_a_refused_file_leaves_no_backup_and_the_command_line_says_why(tmp_path, capsys):
    root = tmp_path / "data"
    data = good_document()
    data["dossiers"][0]["attachments"][0]["filename"] = "../x/ESCAPED.pdf"
    bad = write(tmp_path / "x.json", data)
    assert main(["--data-dir", str(root), "import-json", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "tệp đính kèm thứ 1: tên tệp “../x/ESCAPED.pdf” không dùng được" in err
    assert "Traceback" not in err
    assert backups.list_backups(DataLayout(root)) == []
    assert not (tmp_path / "x" / "ESCAPED.pdf").exists()
    good = tmp_path / "good.json"
    write_dossiers(good, [_sample()])
    assert main(["--data-dir", str(root), "import-json", str(good)]) == 0
    assert [b.reason for b in backups.list_backups(DataLayout(root))] == ["import"]
    capsys.readouterr()


def test_each_problem_carries_its_rule_path_and_values(tmp_path):
    """For a reader that words the refusal in another language: the problem, not only the
    sentence."""
    data = good_document()
    data["dossiers"][0]["authors"][1]["share_percent"] = -5
    data["dossiers"][1]["title"] = "x" * 1200
    with pytest.raises(schema.InvalidDataError) as info:
        read_dossiers(write(tmp_path / "x.json", data))
    share, title = info.value.problems
    assert (share.rule, share.path, share.params["minimum"], share.params["maximum"]) == (
        "minimum", "dossiers[0].authors[1].share_percent", 0, 100)
    assert share.where == "Hồ sơ thứ 1 (“Thiết bị gá lắp nhanh khuôn ép”), tác giả thứ 2"
    assert (title.rule, title.params["maxLength"], title.params["length"]) == ("maxLength", 1000, 1200)
    assert info.value.code == "data_invalid" and info.value.total == 2
