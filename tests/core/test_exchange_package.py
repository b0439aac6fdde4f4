"""The exchange package (.skpkg): round trip between two data folders, merge by uuid with
conflicts, idempotent import, refusal of damaged or dangerous packages, atomic export."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.exchange.package import MANIFEST, PackageError
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.attachments import blob_path, store_file
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import package_import, package_merge, packages
from sangkien_desktop.services.exchange.import_plan import Resolution
from sangkien_desktop.services.settings import save_unit_profile
from sangkien_desktop.storage.models import Base
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT, issue


@pytest.fixture
def sender(tmp_path):
    """A CĐCS data folder with two dossiers (one recognised and frozen, one rejected) that
    carry attachments, and their decision."""
    app = open_app_data(tmp_path / "cdcs")
    pdf = tmp_path / "bang-tinh.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(3000))
    png = tmp_path / "anh.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    with app.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        dossiers = make_dossiers(s)
        refs = [store_file(app.layout.attachments, pdf), store_file(app.layout.attachments, png)]
        dossiers = [save_dossier(s, dataclasses.replace(dossiers[0], attachments=refs)),
                    save_dossier(s, dataclasses.replace(dossiers[1], attachments=refs[1:]))]
        meeting = make_meeting(s, council, dossiers)
        issue(s, meeting, dossiers)
        s.commit()
    yield app, [d.uuid for d in dossiers]
    app.close()


@pytest.fixture
def receiver(tmp_path):
    app = open_app_data(tmp_path / "huyen")
    yield app
    app.close()


def export(app, uuids, out: Path):
    with app.db.session() as s:
        return packages.export_package(s, app.layout.attachments, out, uuids, app.campaigns)


def import_(app, path: Path, **kw):
    return unit_of_work.run(app, package_merge.import_package, path, app.layout.attachments, **kw)


def snapshot(app) -> dict[str, object]:
    """Every row of every table, and the files in the attachment store."""
    rows: dict[str, object] = {}
    with app.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows[table.name] = sorted(map(tuple, conn.execute(table.select()).all()), key=repr)
    rows["files"] = sorted(str(p.relative_to(app.layout.attachments))
                           for p in app.layout.attachments.rglob("*"))
    return rows


def test_round_trip_gives_identical_dossiers_documents_and_attachments(sender, receiver, tmp_path):
    app, uuids = sender
    out = tmp_path / "goi.skpkg"
    manifest = export(app, uuids, out)
    assert manifest.kind == "dossiers" and manifest.sending_unit["name"] == UNIT.unit_name
    report = import_(receiver, out)
    assert [i.uuid for i in report.added if i.kind == "dossier"] == uuids
    assert report.attachments == 2 and report.documents == 3  # two reports, one decision
    with app.db.session() as a, receiver.db.session() as b:
        for uuid in uuids:
            mine, theirs = get_dossier(a, uuid), get_dossier(b, uuid)
            assert theirs == mine
            assert history.version_of(b, uuid) == history.version_of(a, uuid)
            for ref in theirs.attachments:
                stored = blob_path(receiver.layout.attachments, ref.sha256).read_bytes()
                assert hashlib.sha256(stored).hexdigest() == ref.sha256
        frozen = history.version_of(b, uuids[0])
        assert frozen.frozen and frozen.decision_uuid
        from sangkien_desktop.storage.models_exchange import (
            ReceivedDecisionRow,
            ReceivedDocumentRow,
        )

        decision = b.scalar(select(ReceivedDecisionRow))
        assert decision.uuid == frozen.decision_uuid and decision.number_text.endswith("QĐ-CĐCS")
        docs = b.scalars(select(ReceivedDocumentRow)).all()
    with zipfile.ZipFile(out) as zf:
        records = json.loads(zf.read("records.json"))
        # Random attachments are stored as they are; the records are deflated.
        assert zf.getinfo("records.json").compress_type == zipfile.ZIP_DEFLATED
        assert {zf.getinfo(f"attachments/{r.sha256}").compress_type
                for r in theirs.attachments} == {zipfile.ZIP_STORED}
        for doc in records["documents"]:
            assert hashlib.sha256(zf.read(doc["path"])).hexdigest() == doc["sha256"]
    assert {d.sha256 for d in docs} == {d["sha256"] for d in records["documents"]}
    for d in docs:
        data = blob_path(receiver.layout.attachments, d.sha256).read_bytes()
        assert data.startswith(b"%PDF") and hashlib.sha256(data).hexdigest() == d.sha256


def test_records_follow_the_documented_schema(sender, tmp_path):
    import jsonschema
    app, uuids = sender
    out = tmp_path / "goi.skpkg"
    export(app, uuids, out)
    docs = Path(__file__).parents[2] / "resources" / "schemas"
    with zipfile.ZipFile(out) as zf:
        jsonschema.validate(json.loads(zf.read("records.json")),
                            json.loads((docs / "dossier.schema.json").read_text()))
        jsonschema.validate(json.loads(zf.read(MANIFEST)),
                            json.loads((docs / "package-manifest.schema.json").read_text()))


def test_importing_twice_changes_nothing(sender, receiver, tmp_path):
    app, uuids = sender
    out = tmp_path / "goi.skpkg"
    export(app, uuids, out)
    import_(receiver, out)
    before = snapshot(receiver)
    again = import_(receiver, out)
    assert not again.changed_anything and len(again.unchanged) == 3  # two dossiers, a decision
    assert snapshot(receiver) == before


def test_dry_run_writes_nothing(sender, receiver, tmp_path):
    app, uuids = sender
    out = tmp_path / "goi.skpkg"
    export(app, uuids, out)
    before = snapshot(receiver)
    report = import_(receiver, out, dry_run=True)
    assert report.dry_run and len(report.added) == 3 and report.attachments == 2
    assert snapshot(receiver) == before


def _diverge(receiver, uuid: str, **changes):
    with receiver.db.session() as s:
        d = get_dossier(s, uuid)
        save_dossier(s, dataclasses.replace(d, **changes))
        s.commit()


def test_conflict_keeps_mine_by_default_and_offers_take_theirs_or_both(sender, receiver,
                                                                       tmp_path):
    app, uuids = sender
    rejected = uuids[1]  # not frozen: its content may change
    out = tmp_path / "goi.skpkg"
    export(app, uuids, out)
    import_(receiver, out)
    _diverge(receiver, rejected, notes="Ghi chú của cấp trên", title="Tên sửa ở cấp trên")

    with receiver.db.session() as s:
        plan = package_import.inspect_package(s, out, receiver.layout.attachments)
    [conflict] = plan.conflicts
    assert conflict.uuid == rejected and conflict.changes["title"] == [
        "Tên sửa ở cấp trên", "Bảng theo dõi ca máy bằng mã màu"]
    assert set(conflict.choices) == set(Resolution)

    kept = import_(receiver, out)
    assert [i.uuid for i in kept.kept_mine] == [rejected]
    with receiver.db.session() as s:
        assert get_dossier(s, rejected).title == "Tên sửa ở cấp trên"

    taken = import_(receiver, out, default=Resolution.TAKE_THEIRS)
    assert [i.uuid for i in taken.replaced] == [rejected]
    with receiver.db.session() as s:
        assert get_dossier(s, rejected).title == "Bảng theo dõi ca máy bằng mã màu"
        entry = history.for_entity(s, history.DOSSIER, rejected)[-1]
    assert entry.action == "replaced_by_import"
    assert entry.changes["changes"]["title"] == ["Tên sửa ở cấp trên",
                                                 "Bảng theo dõi ca máy bằng mã màu"]
    assert entry.changes["package"] == plan.package_id

    _diverge(receiver, rejected, title="Tên sửa lần hai")
    with receiver.db.session() as s:
        plan = package_import.inspect_package(s, out, receiver.layout.attachments)
    both = unit_of_work.run(receiver, package_merge.apply_plan, plan,
                            receiver.layout.attachments, {rejected: Resolution.KEEP_BOTH})
    [copy] = both.kept_both
    with receiver.db.session() as s:
        assert get_dossier(s, copy.uuid).title == "Bảng theo dõi ca máy bằng mã màu"
        assert get_dossier(s, rejected).title == "Tên sửa lần hai"
    before = snapshot(receiver)
    assert not import_(receiver, out, default=Resolution.KEEP_BOTH).changed_anything
    assert snapshot(receiver) == before  # the copy is remembered: no second copy


def test_a_frozen_local_dossier_is_never_replaced(sender, receiver, tmp_path):
    app, uuids = sender
    out = tmp_path / "goi.skpkg"
    export(app, uuids, out)
    import_(receiver, out)
    with app.db.session() as s:  # the sender corrects its copy in place (bypassing the freeze)
        from sangkien_desktop.storage.models import DossierRow

        s.scalar(select(DossierRow).where(DossierRow.uuid == uuids[0])).conditions = "Khác"
        from sangkien_desktop.storage.models import DossierVersionRow

        s.execute(DossierVersionRow.__table__.delete())
        s.commit()
    changed = tmp_path / "goi2.skpkg"
    export(app, [uuids[0]], changed)
    with receiver.db.session() as s:
        plan = package_import.inspect_package(s, changed)
    [conflict] = [c for c in plan.conflicts if c.kind == "dossier"]
    assert Resolution.TAKE_THEIRS not in conflict.choices and conflict.note
    report = import_(receiver, changed, default=Resolution.TAKE_THEIRS)
    assert [i.uuid for i in report.kept_mine if i.kind == "dossier"] == [uuids[0]]
    with receiver.db.session() as s:
        assert get_dossier(s, uuids[0]).conditions != "Khác"


# ---- refusals ------------------------------------------------------------------------------


def rebuild(src: Path, dst: Path, change=None, *, relist: bool = True, extra=()) -> Path:
    """Copies a package entry by entry; ``change(files)`` edits the {name: bytes} map, and
    with ``relist`` the manifest's hashes are recomputed (a careful forger)."""
    with zipfile.ZipFile(src) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(files.pop(MANIFEST))
    if change is not None:
        change(files, manifest)
    if relist:
        manifest["files"] = [{"path": n, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                             for n, b in files.items()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
        zf.writestr(MANIFEST, json.dumps(manifest))
        for info, data in extra:
            zf.writestr(info, data)
    return dst


def _records(edit):
    def change(files, _manifest):
        records = json.loads(files["records.json"])
        edit(records)
        files["records.json"] = json.dumps(records).encode()
    return change


def _attachment(files) -> str:
    return next(n for n in files if n.startswith("attachments/"))


def _symlink() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("attachments/link")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _bomb() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("documents/bomb.pdf")
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


CRAFTED = {
    "tampered attachment, manifest left": (
        lambda f, m: f.__setitem__(_attachment(f), b"%PDF-1.4 forged"), False, "package_tampered"),
    "tampered attachment, manifest relisted": (
        lambda f, m: f.__setitem__(_attachment(f), b"%PDF-1.4 forged"), True, "package_tampered"),
    "tampered records": (
        _records(lambda r: r["dossiers"][1].__setitem__("title", "Giả mạo")), False,
        "package_tampered"),
    "recognised content edited": (
        _records(lambda r: r["dossiers"][0].__setitem__("conditions", "Sửa lén")), True,
        "package_tampered"),
    "newer schema": (lambda f, m: m.__setitem__("schema_version", 99), True, "package_newer"),
    "newer package format": (lambda f, m: m.__setitem__("format_version", 2), True,
                             "package_newer"),
    "newer records format": (_records(lambda r: r.__setitem__("format_version", 2)), True,
                             "package_records"),
    "absolute path": (lambda f, m: f.__setitem__("/etc/passwd", b"x"), True, "package_path"),
    "climbing path": (lambda f, m: f.__setitem__("documents/../../evil.txt", b"x"), True,
                      "package_path"),
    "backslash path": (lambda f, m: f.__setitem__("..\\evil.txt", b"x"), True, "package_path"),
    "unlisted file": (lambda f, m: None, False, "package_tampered"),
    "missing attachment": (lambda f, m: f.pop(_attachment(f)), True, "package_tampered"),
    "duplicate dossier ids": (
        _records(lambda r: r["dossiers"].append(r["dossiers"][0])), True, "package_records"),
    "duplicate decision ids": (
        _records(lambda r: r["decisions"].append(r["decisions"][0])), True, "package_records"),
    "not a package": (lambda f, m: m.__setitem__("format", "other"), True, "package_format"),
    "bad uuid": (_records(lambda r: r["dossiers"][0].__setitem__("uuid", "x")), True,
                 "package_records"),
}


@pytest.mark.parametrize("case", list(CRAFTED))
def test_crafted_packages_are_refused_and_nothing_is_written(sender, receiver, tmp_path, case):
    app, uuids = sender
    good = tmp_path / "goi.skpkg"
    export(app, uuids, good)
    change, relist, code = CRAFTED[case]
    extra = [(zipfile.ZipInfo("extra.txt"), b"x")] if case == "unlisted file" else ()
    bad = rebuild(good, tmp_path / "bad.skpkg", change, relist=relist, extra=extra)
    before = snapshot(receiver)
    with pytest.raises(PackageError) as info:
        import_(receiver, bad)
    assert info.value.code == code, info.value.message
    assert "Không nhận gói" in info.value.message and "Không có gì được ghi" in info.value.message
    assert snapshot(receiver) == before


@pytest.mark.parametrize("case", ["symlink", "zip bomb", "duplicate names", "no manifest",
                                  "truncated", "garbage"])
def test_dangerous_or_broken_containers_are_refused(sender, receiver, tmp_path, case):
    app, uuids = sender
    good = tmp_path / "goi.skpkg"
    export(app, uuids, good)
    bad = tmp_path / "bad.skpkg"
    if case == "symlink":
        rebuild(good, bad, extra=[(_symlink(), b"/etc/passwd")])
    elif case == "zip bomb":
        rebuild(good, bad, extra=[(_bomb(), b"\0" * (20 * 1024 * 1024))])
    elif case == "duplicate names":
        with pytest.warns(UserWarning):
            rebuild(good, bad, extra=[(zipfile.ZipInfo("records.json"), b"{}")])
    elif case == "no manifest":
        with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
            for name in src.namelist():
                if name != MANIFEST:
                    dst.writestr(name, src.read(name))
    elif case == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size * 2 // 3])
    else:
        bad.write_bytes(b"not a zip file at all" * 50)
    before = snapshot(receiver)
    with pytest.raises(PackageError) as info:
        import_(receiver, bad)
    expected = {"symlink": "package_link", "zip bomb": "package_bomb",
                "duplicate names": "package_duplicate", "no manifest": "package_damaged",
                "truncated": "package_damaged", "garbage": "package_damaged"}[case]
    assert info.value.code == expected, info.value.message
    assert snapshot(receiver) == before


@pytest.mark.parametrize("folder", ["documents/", "attachments/"])
def test_a_package_forged_after_its_check_is_refused_by_the_merge(sender, receiver, tmp_path,
                                                                   folder):
    """The merge checks each file as it writes it into the store, against the hash it is
    stored under: a paper forged (and relisted in the manifest) between the check and the
    merge is refused there, and nothing of the package stays."""
    app, uuids = sender
    good = tmp_path / "goi.skpkg"
    export(app, uuids, good)
    store = receiver.layout.attachments
    before = snapshot(receiver)
    with receiver.db.session() as s:
        plan = package_import.inspect_package(s, good, store)

    def forge(files, _manifest):
        name = next(n for n in files if n.startswith(folder))
        files[name] = b"%PDF-1.4 forged"

    rebuild(good, tmp_path / "forged.skpkg", forge)
    os.replace(tmp_path / "forged.skpkg", good)  # same package id, same records
    with pytest.raises(PackageError) as info:
        unit_of_work.run(receiver, package_merge.apply_plan, plan, store)
    assert info.value.code == "package_tampered", info.value.message
    assert "Không nhận gói" in info.value.message
    assert snapshot(receiver) == before
    assert not [p for p in store.rglob("*") if p.is_file()]


def test_refusal_messages_are_vietnamese_and_say_why(sender, receiver, tmp_path):
    app, uuids = sender
    good = tmp_path / "goi.skpkg"
    export(app, uuids, good)
    bad = rebuild(good, tmp_path / "bad.skpkg", lambda f, m: m.__setitem__("schema_version", 99))
    with pytest.raises(DataFileError) as info:
        import_(receiver, bad)
    assert "phiên bản mới hơn" in info.value.message and "cập nhật" in info.value.message


# ---- atomic export -------------------------------------------------------------------------


def test_an_interrupted_export_leaves_nothing_under_the_final_name(sender, tmp_path,
                                                                    monkeypatch):
    app, uuids = sender
    out = tmp_path / "out" / "goi.skpkg"
    with app.db.session() as s:
        steps = packages.iter_export_package(s, app.layout.attachments, out, uuids,
                                             app.campaigns)
        for step in steps:
            if step.stage == "files":
                with pytest.raises(RuntimeError):
                    steps.throw(RuntimeError("mất điện"))
                break
    assert not out.exists()
    assert list(out.parent.iterdir()) == []

    with app.db.session() as s:  # a cancel: the generator is closed halfway
        steps = packages.iter_export_package(s, app.layout.attachments, out, uuids,
                                             app.campaigns)
        next(s for s in steps if s.stage == "files")
        steps.close()
    assert list(out.parent.iterdir()) == []


def test_an_export_over_an_old_package_replaces_it_only_when_complete(sender, tmp_path):
    app, uuids = sender
    out = tmp_path / "goi.skpkg"
    out.write_bytes(b"old package")
    with app.db.session() as s:
        steps = packages.iter_export_package(s, app.layout.attachments, out, uuids,
                                             app.campaigns)
        next(s for s in steps if s.stage == "files")
        steps.close()
    assert out.read_bytes() == b"old package"
    export(app, uuids, out)
    assert zipfile.is_zipfile(out)


def test_a_dossier_with_a_missing_attachment_file_is_not_packed(sender, tmp_path):
    app, uuids = sender
    with app.db.session() as s:
        sha = get_dossier(s, uuids[0]).attachments[0].sha256
    blob_path(app.layout.attachments, sha).unlink()
    with pytest.raises(Exception) as info:
        export(app, uuids, tmp_path / "goi.skpkg")
    assert "đính kèm lại" in str(info.value)
    assert not (tmp_path / "goi.skpkg").exists()


def test_received_package_is_recorded_once(sender, receiver, tmp_path):
    from sangkien_desktop.storage.models_exchange import ReceivedPackageRow

    app, uuids = sender
    out = tmp_path / "goi.skpkg"
    manifest = export(app, uuids, out)
    import_(receiver, out)
    import_(receiver, out)
    with receiver.db.session() as s:
        rows = s.scalars(select(ReceivedPackageRow)).all()
        assert s.scalar(select(func.count()).select_from(ReceivedPackageRow)) == 1
    assert rows[0].package_id == manifest.package_id and rows[0].sending_unit == UNIT.unit_name


def test_a_received_dossier_travels_on_with_the_papers_it_came_with(sender, receiver, tmp_path,
                                                                    monkeypatch):
    """The upper level sends received dossiers on: their description reports and decision go
    as received (the same bytes), read for all the dossiers at once, and nothing is drawn."""
    from sangkien_desktop.services.exchange import paper_render

    app, uuids = sender
    first = tmp_path / "goi.skpkg"
    export(app, uuids, first)
    import_(receiver, first)
    drawn = []
    monkeypatch.setattr(paper_render, "draw_one", lambda kind, data: drawn.append(kind))
    onward = tmp_path / "goi-tiep.skpkg"
    export(receiver, list(reversed(uuids)), onward)
    assert drawn == []

    def papers(path):
        with zipfile.ZipFile(path) as zf:
            records = json.loads(zf.read("records.json"))
            return {(d["owner_uuid"], d["kind"]): zf.read(d["path"]) for d in records["documents"]}

    sent, forwarded = papers(first), papers(onward)
    assert forwarded == sent and len(sent) == 3


def test_each_drawn_paper_is_hashed_once_and_stored_as_it_is(sender, tmp_path, monkeypatch):
    """The papers' SHA-256 in records.json is the one the manifest lists, worked out once per
    paper; a PDF drawn here goes in without a deflate test (it is compressed already), while an
    attachment is still hashed as it is copied."""
    app, uuids = sender
    from sangkien_desktop.exchange import package as package_format

    probed: list[int] = []
    real_probe = package_format._compresses
    monkeypatch.setattr(package_format, "_compresses",
                        lambda source: probed.append(1) or real_probe(source))
    out = tmp_path / "goi.skpkg"
    export(app, uuids, out)
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        records = json.loads(zf.read("records.json"))
        papers = [d for d in records["documents"] if not d["path"].startswith("attachments/")]
        drawn = [d for d in papers if zf.getinfo(d["path"]).compress_type == zipfile.ZIP_STORED]
        listed = {f["path"]: f["sha256"] for f in manifest["files"]}
        for d in papers:
            assert hashlib.sha256(zf.read(d["path"])).hexdigest() == d["sha256"] == listed[d["path"]]
    assert drawn and len(drawn) == len(papers)
    # Only the files not drawn here were tested for deflate: records.json and the attachments.
    assert len(probed) == len(manifest["files"]) - len(papers)
