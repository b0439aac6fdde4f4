"""Packages sent upward leave the authors' CCCD and phone out by default: such a package
imports at the upper level and nominates, and never erases the numbers a receiver already
holds (absent means "not sent")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import packages
from sangkien_desktop.services.exchange.nomination_package import nomination_part
from sangkien_desktop.services.exchange.package_import import Resolution
from sangkien_desktop.services.nominating import nomination_checks
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_nomination_package import nominate
from tests.core.test_received import TODAY, UPPER, receive
from tests.core.test_validation_support import MOT_TRIEU

CCCD, PHONE = "045085123456", "0912345678"  # good_dossier()'s first author


@pytest.fixture
def cdcs(tmp_path):
    app = open_app_data(tmp_path / "cdcs")
    uuid, dossiers = nominate(app)
    yield app, uuid, dossiers
    app.close()


@pytest.fixture
def upper(tmp_path):
    app = open_app_data(tmp_path / "huyen")
    with app.db.session() as s:
        save_unit_profile(s, UPPER)
        s.commit()
    yield app
    app.close()


def export(app, out: Path, *, nomination: str | None = None, dossiers=(), **kw):
    with app.db.session() as s:
        part = nomination_part(s, nomination, app.campaigns) if nomination else None
        return packages.export_package(s, app.layout.attachments, out, list(dossiers),
                                       app.campaigns, nomination=part, **kw)


def records(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("records.json"))


def test_by_default_no_cccd_or_phone_leaves_in_a_package(cdcs, tmp_path):
    app, uuid, dossiers = cdcs
    out = tmp_path / "de-nghi.skpkg"
    export(app, out, nomination=uuid)
    data = records(out)
    assert data["withheld_personal_data"] == ["cccd", "phone"]
    for d in data["dossiers"]:
        for author in d["authors"]:
            assert "cccd" not in author and "phone" not in author
            assert author["full_name"] and author["share_percent"]
    raw = zipfile.ZipFile(out).read("records.json")
    assert CCCD.encode() not in raw and PHONE.encode() not in raw
    # Nor a hash of the content with them: a 12-digit number could be found from it.
    with app.db.session() as s:
        full = {history.version_of(s, u).content_hash for u in dossiers}
    assert not full & {v["content_hash"] for v in data["versions"]}
    # The documented schema knows the key.
    import jsonschema
    schemas = Path(__file__).parents[2] / "resources" / "schemas"
    jsonschema.validate(data, json.loads((schemas / "dossier.schema.json").read_text()))
    # On request they go.
    full_out = tmp_path / "day-du.skpkg"
    export(app, full_out, nomination=uuid, personal_data=True)
    assert "withheld_personal_data" not in records(full_out)
    assert CCCD.encode() in zipfile.ZipFile(full_out).read("records.json")


def test_a_package_without_personal_data_imports_upstairs_and_nominates(cdcs, upper, tmp_path):
    app, uuid, dossiers = cdcs
    out = tmp_path / "de-nghi.skpkg"
    export(app, out, nomination=uuid)
    report = receive(upper, out)
    assert {i.uuid for i in report.added if i.kind == "dossier"} == set(dossiers)
    campaigns = upper.campaigns
    with upper.db.session() as s:
        for u in dossiers:
            d = get_dossier(s, u)
            assert d.authors[0].cccd == "" and d.authors[0].phone == ""
            info = history.version_of(s, u)
            assert info.frozen and history.content_hash(d) == info.content_hash
        draft = noms.new_nomination(campaigns[MOT_TRIEU], "Ban Thường vụ LĐLĐ tỉnh Quảng Trị")
        assert {c.uuid for c in noms.candidates(s, draft)} == set(dossiers)
        draft.items = [noms.NominationItem(u) for u in dossiers]
        saved = noms.save_nomination(s, draft, campaigns)
        results = nomination_checks.check_nomination(
            s, saved.dossier_uuids, campaigns[MOT_TRIEU], campaigns, upper.layout.attachments,
            today=TODAY)
        # The CCCD and phone the portal asks are the sender's to enter: no gap here.
        assert all(r.complete for r in results.values()), [r.gaps for r in results.values()]
        sent = noms.mark_sent(s, saved.uuid, date=dt.date(2022, 5, 25))
        s.commit()
    assert sent.letter_number_text == "01/TTr-LĐLĐ"
    # And the upper level sends it on to the province, still without them.
    onward = tmp_path / "len-tinh.skpkg"
    export(upper, onward, nomination=sent.uuid)
    assert records(onward)["withheld_personal_data"] == ["cccd", "phone"]
    province = open_app_data(tmp_path / "tinh")
    try:
        assert {i.uuid for i in receive(province, onward).added if i.kind == "dossier"} \
            == set(dossiers)
    finally:
        province.close()


def test_what_was_not_sent_is_not_erased_at_the_receiver(cdcs, upper, tmp_path):
    app, uuid, dossiers = cdcs
    full = tmp_path / "day-du.skpkg"
    export(app, full, nomination=uuid, personal_data=True)
    receive(upper, full)
    # Later, the same dossiers without personal data: identical, nothing to decide.
    lean = tmp_path / "rut-gon.skpkg"
    export(app, lean, nomination=uuid)
    report = receive(upper, lean, dry_run=True)
    assert {i.uuid for i in report.unchanged if i.kind == "dossier"} == set(dossiers)
    assert not report.replaced and not report.kept_mine
    receive(upper, lean, default=Resolution.TAKE_THEIRS)
    with upper.db.session() as s:
        d = get_dossier(s, dossiers[0])
        assert (d.authors[0].cccd, d.authors[0].phone) == (CCCD, PHONE)
        assert history.hash_chain(s, d).ok


def test_taking_a_changed_dossier_keeps_the_numbers_held_here(tmp_path):
    sender, receiver = open_app_data(tmp_path / "a"), open_app_data(tmp_path / "b")
    try:
        from tests.core.test_validation_support import good_dossier

        with sender.db.session() as s:
            d = save_dossier(s, dataclasses.replace(good_dossier(), attachments=[]))
            s.commit()
        first = tmp_path / "1.skpkg"
        export(sender, first, dossiers=[d.uuid], personal_data=True)
        receive(receiver, first)
        with sender.db.session() as s:
            save_dossier(s, dataclasses.replace(get_dossier(s, d.uuid), title="Tên đã sửa"))
            s.commit()
        second = tmp_path / "2.skpkg"
        export(sender, second, dossiers=[d.uuid])
        with receiver.db.session() as s:
            from sangkien_desktop.services.exchange.package_import import inspect_package

            plan = inspect_package(s, second)
        [conflict] = plan.conflicts
        # Only the real change is shown: not "CCCD: 045… → (empty)".
        assert list(conflict.changes) == ["title"]
        report = receive(receiver, second, default=Resolution.TAKE_THEIRS)
        assert [i.uuid for i in report.replaced] == [d.uuid]
        with receiver.db.session() as s:
            got = get_dossier(s, d.uuid)
        assert got.title == "Tên đã sửa" and got.authors[0].cccd == CCCD
        assert got.authors[0].phone == PHONE
    finally:
        sender.close()
        receiver.close()


def test_a_package_naming_other_withheld_fields_is_refused(cdcs, upper, tmp_path):
    from sangkien_desktop.domain.errors import DataFileError
    from sangkien_desktop.exchange.records import parse_records

    app, uuid, _dossiers = cdcs
    out = tmp_path / "de-nghi.skpkg"
    export(app, out, nomination=uuid)
    data = records(out)
    data["withheld_personal_data"] = ["cccd", "full_name"]
    with pytest.raises(DataFileError):
        parse_records(data)
