"""A nomination sent upward as an exchange package: the package carries the nomination's
record, its dossiers with their decision, versions and attachments, and every paper — the
Tờ trình, the Bảng tổng hợp, each dossier's application, report and decision."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile

import pytest

from sangkien_desktop.cli import main
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.exchange import packages
from sangkien_desktop.services.exchange.nomination_package import nomination_part
from sangkien_desktop.services.nominating import nominations as noms
from tests.core.nomination_support import recognised_dossiers
from tests.core.test_validation_support import MOT_TRIEU

CDCS = UnitProfile(
    parent_organisation="Liên đoàn Lao động huyện Hải Lăng",
    unit_name="Công đoàn cơ sở Công ty TNHH May Hòa Bình",
    number_suffix="CĐCS",
    place_name="Quảng Trị",
    level="cdcs",
    signer_name="Lê Văn Bình",
)


def nominate(app, count: int = 2, *, send: bool = True) -> tuple[str, list[str]]:
    """A CĐCS data folder with ``count`` recognised dossiers (real attachments) nominated in
    one nomination, sent under a Tờ trình number unless ``send`` is False."""
    with app.db.session() as s:
        dossiers = recognised_dossiers(s, count, store=app.layout.attachments, unit=CDCS)
        nomination = noms.new_nomination(app.campaigns[MOT_TRIEU],
                                         "Ban Thường vụ Liên đoàn Lao động huyện Hải Lăng")
        nomination.items = [noms.NominationItem(d.uuid) for d in dossiers]
        saved = noms.save_nomination(s, nomination, app.campaigns)
        if send:
            noms.mark_sent(s, saved.uuid, date=dt.date(2022, 5, 10))
        s.commit()
    return saved.uuid, [d.uuid for d in dossiers]


@pytest.fixture
def cdcs(tmp_path):
    app = open_app_data(tmp_path / "cdcs")
    yield app
    app.close()


def export_nomination(app, uuid: str, out) -> packages.Manifest:
    with app.db.session() as s:
        part = nomination_part(s, uuid, app.campaigns)
        return packages.export_package(s, app.layout.attachments, out, [], app.campaigns,
                                       nomination=part)


def test_the_package_carries_the_nomination_and_every_paper(cdcs, tmp_path):
    uuid, dossiers = nominate(cdcs)
    out = tmp_path / "de-nghi.skpkg"
    manifest = export_nomination(cdcs, uuid, out)
    assert manifest.kind == "nomination"
    assert manifest.sending_unit["name"] == CDCS.unit_name
    with zipfile.ZipFile(out) as zf:
        records = json.loads(zf.read("records.json"))
        for doc in records["documents"]:
            data = zf.read(doc["path"])
            assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == doc["sha256"]
        names = set(zf.namelist())
    [record] = records["nominations"]
    assert record["uuid"] == uuid and record["letter_number_text"] == "01/TTr-CĐCS"
    assert record["letter_date"] == "2022-05-10" and record["from_unit"]["name"] == CDCS.unit_name
    assert [i["dossier_uuid"] for i in record["items"]] == dossiers
    assert [d["uuid"] for d in records["dossiers"]] == dossiers
    assert len(records["decisions"]) == 1
    assert {v["dossier_uuid"] for v in records["versions"] if v["frozen_at"]} == set(dossiers)
    kinds = {(d["owner_kind"], d["owner_uuid"], d["kind"]) for d in records["documents"]}
    decision = records["decisions"][0]["uuid"]
    assert kinds == {("nomination", uuid, "to-trinh"), ("nomination", uuid, "bang-tong-hop"),
                     ("decision", decision, "quyet-dinh"),
                     *{("dossier", d, k) for d in dossiers for k in ("don-yeu-cau",
                                                                     "bao-cao-mo-ta")}}
    shas = {r["sha256"] for d in records["dossiers"] for r in d["attachments"]}
    assert len(shas) == 4 and {f"attachments/{s}" for s in shas} <= names


def test_a_plain_dossier_package_keeps_its_papers(cdcs, tmp_path):
    _uuid, dossiers = nominate(cdcs)
    out = tmp_path / "ho-so.skpkg"
    with cdcs.db.session() as s:
        packages.export_package(s, cdcs.layout.attachments, out, dossiers, cdcs.campaigns)
    with zipfile.ZipFile(out) as zf:
        records = json.loads(zf.read("records.json"))
    assert records["nominations"] == []
    assert sorted(d["kind"] for d in records["documents"]) == [
        "bao-cao-mo-ta", "bao-cao-mo-ta", "quyet-dinh"]


def test_an_empty_nomination_is_refused(cdcs, tmp_path):
    with cdcs.db.session() as s:
        saved = noms.save_nomination(
            s, noms.new_nomination(cdcs.campaigns[MOT_TRIEU], "LĐLĐ huyện"), cdcs.campaigns)
        with pytest.raises(InputError, match="chưa có hồ sơ"):
            nomination_part(s, saved.uuid, cdcs.campaigns)


def test_cli_exports_a_nomination(cdcs, tmp_path, capsys):
    uuid, dossiers = nominate(cdcs, send=False)
    root = str(cdcs.layout.root)
    out = tmp_path / "de-nghi.skpkg"
    assert main(["--data-dir", root, "export-package", "--nomination", uuid[:8],
                 "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "đợt đề nghị và 2 hồ sơ" in captured.out and "dự thảo" in captured.err
    with zipfile.ZipFile(out) as zf:
        records = json.loads(zf.read("records.json"))
    assert records["nominations"][0]["status"] == "draft"
    assert [d["uuid"] for d in records["dossiers"]] == dossiers
    assert main(["--data-dir", root, "export-package", "--out", str(out)]) == 2
    assert "--nomination" in capsys.readouterr().err
