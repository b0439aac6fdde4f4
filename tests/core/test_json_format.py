from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from sangkien_desktop.domain.dossier import Applier, AttachmentRef, Author, Dossier, Status
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.exchange.json_format import read_dossiers, write_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange.interchange import export_json, import_json
from sangkien_desktop.storage.database import open_database

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "dossier.schema.json").read_text())


def _sample() -> Dossier:
    return Dossier(
        title="Thiết bị gá lắp nhanh khuôn ép",
        campaign_id="mot-trieu-sang-kien-2021-2023",
        solution_type="ky_thuat",
        first_applied_on=dt.date(2022, 10, 3),
        benefit_unit_vnd=85_000_000,
        status=Status.RECOGNISED,
        authors=[
            Author(full_name="Vũ Thị Lan", birth_date=dt.date(1990, 2, 1), share_percent=Decimal("66.67")),
            Author(full_name="Ngô Văn Hải", share_percent=Decimal("33.33"), is_lead=True),
        ],
        appliers=[Applier(full_name="Lý Minh Tâm", task="Thử nghiệm")],
        attachments=[
            AttachmentRef(sha256="a" * 64, filename="quyết định.pdf", size=10, media_type="application/pdf")
        ],
    )


def test_export_validates_against_the_schema_and_round_trips(db, tmp_path):
    d = _sample()
    with db.session() as s:
        saved = save_dossier(s, d)
        s.commit()
        out = tmp_path / "hoso.json"
        assert export_json(s, out) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert "Thiết bị gá lắp nhanh khuôn ép" in out.read_text(encoding="utf-8")  # not \\u-escaped

    other = open_database(None)
    with other.session() as s:
        report = import_json(s, out)
        assert report.added == [d.uuid]
        back = get_dossier(s, d.uuid)
    assert back == saved
    with other.session() as s:
        again = import_json(s, out)
    assert again.added == [] and again.unchanged == [d.uuid]


def test_a_differing_copy_is_a_conflict_and_not_overwritten(db, tmp_path):
    d = _sample()
    with db.session() as s:
        save_dossier(s, d)
        s.commit()
        out = tmp_path / "hoso.json"
        export_json(s, out)
        local = get_dossier(s, d.uuid)
        local.title = "Tên đã sửa tại máy này"
        save_dossier(s, local)
        s.commit()
        report = import_json(s, out)
        assert report.conflicts == [d.uuid]
        assert get_dossier(s, d.uuid).title == "Tên đã sửa tại máy này"


@pytest.mark.parametrize(
    "mutate, words",
    [
        (lambda data: data.update(format="khác"), "không phải tệp hồ sơ"),
        (lambda data: data.update(format_version=99), "mới hơn"),
        (lambda data: data["dossiers"][0].update(uuid="abc"), "uuid"),
        (lambda data: data["dossiers"][0].update(first_applied_on="2022-02-30"), "first_applied_on"),
        (lambda data: data["dossiers"][0]["authors"][0].update(share_percent="nhiều"), "share_percent"),
        (lambda data: data["dossiers"].append(dict(data["dossiers"][0])), "trùng mã định danh"),
        (lambda data: data["dossiers"][0].update(status="lost"), "không hợp lệ"),
    ],
)
def test_bad_files_are_refused_before_anything_is_written(db, tmp_path, mutate, words):
    path = tmp_path / "x.json"
    write_dossiers(path, [_sample(), Dossier(title="Hồ sơ thứ hai")])
    data = json.loads(path.read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        with db.session() as s:
            import_json(s, path)
    assert words in info.value.message
    with db.session() as s:
        assert count_dossiers(s, DossierQuery()) == 0


def test_broken_json_names_the_line(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"format": "sangkien-dossiers",\n  "dossiers": [}', encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_dossiers(path)
    assert "dòng 2" in info.value.message


def test_write_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    path.write_text("bản cũ", encoding="utf-8")

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr("os.fsync", boom)
    with pytest.raises(OSError):
        write_dossiers(path, [_sample()])
    assert path.read_text(encoding="utf-8") == "bản cũ"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
