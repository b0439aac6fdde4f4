from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from sangkien_desktop.domain.dossier import (
    Applier,
    AttachmentRef,
    Author,
    Dossier,
    Status,
    new_uuid,
)
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.exchange import schema
from sangkien_desktop.exchange.json_format import read_dossiers, write_dossiers
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.dossiers import workflow
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange.interchange import export_json, import_json
from sangkien_desktop.storage.database import open_database

ROOT = Path(__file__).parents[2]


def reference(name: str = schema.DOSSIER_SCHEMA) -> jsonschema.Validator:
    """jsonschema's 2020-12 validator over the shipped schema, checking its formats as the
    program does: the reference the program's own (compiled) validator is compared with."""
    checker = jsonschema.FormatChecker()
    for fmt, check in schema.FORMATS.items():
        checker.checks(fmt)(check)
    definition = schema.schema(name)
    jsonschema.Draft202012Validator.check_schema(definition)
    return jsonschema.Draft202012Validator(definition, format_checker=checker)


def _sample() -> Dossier:
    return Dossier(
        title="Thiết bị gá lắp nhanh khuôn ép",
        campaign_id="mot-trieu-sang-kien-2021-2023",
        solution_type="ky_thuat",
        first_applied_on=dt.date(2022, 10, 3),
        benefit_unit_vnd=85_000_000,
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
        save_dossier(s, d)
        saved = workflow.submit(s, d.uuid)  # submitted: a status that needs no decision
        s.commit()
        out = tmp_path / "hoso.json"
        assert export_json(s, out) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(reference().iter_errors(data)) == []
    assert "Thiết bị gá lắp nhanh khuôn ép" in out.read_text(encoding="utf-8")  # not \\u-escaped

    other = open_database(None)
    with unit_of_work.session(other) as s:
        report = import_json(s, out)
        assert report.added == [d.uuid]
        back = get_dossier(s, d.uuid)
    assert back == saved
    with unit_of_work.session(other) as s:
        again = import_json(s, out)
    assert again.added == [] and again.unchanged == [d.uuid]


def test_a_status_that_states_a_decision_comes_in_as_submitted(db, tmp_path):
    """A JSON file carries no decision: "recognised" (or nominated, entered, rejected) in it
    is a claim; the dossier is added as submitted, and the report says which ones."""
    path = tmp_path / "hoso.json"
    claims = [dataclasses.replace(_sample(), uuid=new_uuid(), code=f"SK-2022-0000{n}",
                                  status=status)
              for n, status in enumerate(Status, 1)]
    write_dossiers(path, claims)
    with unit_of_work.session(db) as s:
        report = import_json(s, path)
        stored = {d.uuid: get_dossier(s, d.uuid).status for d in claims}
    expected = {Status.DRAFT: Status.DRAFT}
    for d in claims:
        assert stored[d.uuid] == expected.get(d.status, Status.SUBMITTED), d.status
    assert sorted(report.lowered) == sorted(d.uuid for d in claims
                                            if d.status not in (Status.DRAFT, Status.SUBMITTED))


def test_an_old_file_marks_the_required_document_in_the_note(tmp_path):
    """Files written before attachments had a "requirement" said "#code" in the note: read
    as the requirement, the note left as written (it may be frozen content)."""
    path = tmp_path / "cu.json"
    d = _sample()
    d.attachments[0].note = "#danh_gia_hieu_qua Bảng tính"
    write_dossiers(path, [d])
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["dossiers"][0]["attachments"][0]["requirement"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (back,) = read_dossiers(path)
    assert back.attachments[0].requirement == "danh_gia_hieu_qua"
    assert back.attachments[0].note == "#danh_gia_hieu_qua Bảng tính"


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
        (lambda data: data["dossiers"][0].update(first_applied_on="2022-02-30"),
         "ngày áp dụng lần đầu phải là một ngày có thật"),
        (lambda data: data["dossiers"][0]["authors"][0].update(share_percent="nhiều"),
         "tác giả thứ 1: tỷ lệ đóng góp (%) phải là một số"),
        (lambda data: data["dossiers"].append(dict(data["dossiers"][0])), "trùng mã định danh"),
        (lambda data: data["dossiers"][0].update(status="lost"), "trạng thái phải là một trong"),
    ],
)
def test_bad_files_are_refused_before_anything_is_written(db, tmp_path, mutate, words):
    path = tmp_path / "x.json"
    write_dossiers(path, [_sample(), Dossier(title="Hồ sơ thứ hai")])
    data = json.loads(path.read_text(encoding="utf-8"))
    mutate(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        with unit_of_work.session(db) as s:
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


# ---- the schema ----------------------------------------------------------------------------


def test_demo_data_exports_within_the_limits_and_reads_back(tmp_path):
    """Every export of the demo's data (with councils, decisions, corrections sharing their
    code, nominations) follows the tightened schema and imports elsewhere."""
    from sangkien_desktop.exchange.package import MANIFEST
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.demo.demo_dossiers import create_demo
    from sangkien_desktop.services.exchange import nomination_package, package_import, packages
    from sangkien_desktop.services.nominating.nominations import list_nominations
    from sangkien_desktop.storage.models import DossierRow, DossierVersionRow

    app = open_app_data(tmp_path / "demo")
    other = open_app_data(tmp_path / "other")
    try:
        with app.db.session() as s:
            create_demo(s, 120, seed=11)
            s.commit()
            assert s.query(DossierVersionRow).filter(DossierVersionRow.version > 1).count()
            out = tmp_path / "demo.json"
            count = export_json(s, out)
            uuids = [u for (u,) in s.query(DossierRow.uuid).filter(DossierRow.deleted_at.is_(None))]
            pkg = tmp_path / "demo.skpkg"
            packages.export_package(s, app.layout.attachments, pkg, uuids, app.campaigns)
            [nomination, *_] = list_nominations(s)
            nom_pkg = tmp_path / "de-nghi.skpkg"
            part = nomination_package.nomination_part(s, nomination.uuid, app.campaigns)
            packages.export_package(s, app.layout.attachments, nom_pkg, [], app.campaigns,
                                    nomination=part)
        assert list(reference().iter_errors(json.loads(out.read_text(encoding="utf-8")))) == []
        assert len(read_dossiers(out)) == count
        for path in (pkg, nom_pkg):
            with zipfile.ZipFile(path) as zf:
                records, manifest = json.loads(zf.read("records.json")), json.loads(zf.read(MANIFEST))
            assert [e.message for e in reference().iter_errors(records)] == []
            assert [e.message for e in reference(schema.MANIFEST_SCHEMA).iter_errors(manifest)] == []
            with other.db.session() as s:
                plan = package_import.inspect_package(s, path, other.layout.attachments)
            assert plan.new
    finally:
        app.close()
        other.close()


def _verdicts(document: dict) -> tuple[bool, bool]:
    try:
        schema.check_document(document)
        ours = True
    except schema.InvalidDataError:
        ours = False
    return ours, not any(True for _ in reference().iter_errors(document))


def test_the_program_reads_the_schema_as_the_reference_validator_does():
    from tests.core.test_hostile_json import CASES, HOSTILE_NAMES, good_document

    documents = [good_document()]
    for change, _words in CASES.values():
        if getattr(change, "on_text", False):
            continue
        data = good_document()
        change(data)
        documents.append(data)
    for name in HOSTILE_NAMES.values():
        data = good_document()
        data["dossiers"][0]["attachments"][0]["filename"] = name
        documents.append(data)
    verdicts = [_verdicts(d) for d in documents]
    assert all(ours == theirs for ours, theirs in verdicts), verdicts
    assert verdicts[0] == (True, True) and sum(not ours for ours, _ in verdicts) > 30


def _documented_limits() -> list[tuple[str, str, int]]:
    text = (ROOT / "docs" / "dossier-format.md").read_text(encoding="utf-8")
    section = text.split("## Limits and checks", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| [^|]+ \| `([^`]+)` \| `([^`]+)` \| (\d+) \|$", section, re.M)
    return [(pointer, keyword, int(value)) for pointer, keyword, value in rows]


def test_the_documented_limits_are_the_schemas():
    rows = _documented_limits()
    assert len(rows) >= 15
    definition = schema.schema(schema.DOSSIER_SCHEMA)
    for pointer, keyword, value in rows:
        node = definition
        for step in pointer.split("/"):
            node = node[step]
        assert node[keyword] == value, pointer


def test_the_schemas_limits_are_the_programs():
    from sangkien_desktop.domain.file_names import MAX_NAME_LENGTH, name_problem
    from sangkien_desktop.domain.values import MAX_MONEY
    from sangkien_desktop.exchange.package import MAX_ENTRIES, MAX_ENTRY_SIZE

    dossiers, manifest = schema.schema(schema.DOSSIER_SCHEMA), schema.schema(schema.MANIFEST_SCHEMA)
    defs = dossiers["$defs"]
    assert defs["money"]["maximum"] == MAX_MONEY
    assert defs["attachment"]["properties"]["size"]["maximum"] == MAX_ENTRY_SIZE
    assert defs["document"]["properties"]["size"]["maximum"] == MAX_ENTRY_SIZE
    assert manifest["properties"]["files"]["items"]["properties"]["size"]["maximum"] == MAX_ENTRY_SIZE
    assert manifest["properties"]["files"]["maxItems"] == MAX_ENTRIES
    assert defs["file_name"]["format"] == "file-name"
    assert schema.FORMATS["file-name"]("a" * MAX_NAME_LENGTH + ".pdf") is False
    assert name_problem("a" * MAX_NAME_LENGTH) is None


def test_every_field_of_the_schemas_is_worded():
    """A problem names its field in the officer's words (json_field_<name>, translated by
    code); only the lists of records keep their JSON names."""
    from sangkien_desktop.domain.messages import VIETNAMESE

    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            names.update(node.get("properties", {}) if isinstance(node.get("properties"), dict) else ())
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for name in (schema.DOSSIER_SCHEMA, schema.MANIFEST_SCHEMA):
        walk(schema.schema(name))
    unworded = {n for n in names if f"json_field_{n}" not in VIETNAMESE}
    assert unworded == {"dossiers", "versions", "decisions", "documents", "nominations",
                        "withheld_personal_data"}
