"""A stored name is a display name, never a path: the rule (domain/file_names.py), the one
join (safe_paths.join_inside), and every writer that names a file after something stored —
the attachment copy opened from the editor, the nomination bundle, the portal package,
received papers, the exchange package — given rows an old import left with hostile names."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sangkien_desktop.domain.dossier import AttachmentRef
from sangkien_desktop.domain.errors import AttachmentError, UnsafePathError
from sangkien_desktop.domain.file_names import (
    MAX_NAME_BYTES,
    name_problem,
    safe_file_name,
    unique_name,
)
from sangkien_desktop.safe_paths import join_inside
from sangkien_desktop.services.dossiers.attachments import (
    copy_for_opening,
    export_copy,
    store_file,
)
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import received
from sangkien_desktop.storage.models_exchange import ReceivedDocumentRow
from tests.core import test_portal
from tests.core.test_hostile_json import HOSTILE_NAMES
from tests.core.test_portal import export as portal_export

app = test_portal.app  # a data folder with a recognised dossier of a national campaign

PDF = b"%PDF-1.4\n% bang tinh\n%%EOF\n"


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


# ---- the rule ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Bảng tính giá trị làm lợi.pdf", "quyết định 12-QĐ-CĐCS.pdf",
                                  "ảnh (1).jpg", ".hidden", "a" * 255, "CONSOLE.pdf", "nul1.txt"])
def test_ordinary_names_are_safe_and_kept(name):
    assert name_problem(name) is None
    if len(name.encode()) <= MAX_NAME_BYTES:
        assert safe_file_name(name) == name


@pytest.mark.parametrize("case", list(HOSTILE_NAMES))
def test_hostile_names_break_the_rule_and_are_made_safe(case):
    name = HOSTILE_NAMES[case]
    assert name_problem(name) is not None
    safe = safe_file_name(name, fallback="tep.pdf")
    assert name_problem(safe) is None and "/" not in safe and "\\" not in safe


@settings(max_examples=400, deadline=None)
@given(st.text(min_size=0, max_size=300))
@example("0\xa0.")  # a no-break space uncovered by a trailing dot (found by hypothesis)
@example("a \u3000. .\u2003.")
@example("C\u200b\u0301")  # composes only once the invisible space is gone
def test_any_text_becomes_a_safe_name_inside_the_folder(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("in")
    safe = safe_file_name(text)
    assert name_problem(safe) is None
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert safe_file_name(safe) == safe
    target = join_inside(folder, text)
    assert target.parent == folder and target.name == safe


def test_repeated_names_get_a_number_as_windows_compares_them():
    taken: set[str] = set()
    assert [unique_name(n, taken) for n in ("scan.pdf", "SCAN.pdf", "scan.pdf", "scan")] == [
        "scan.pdf", "SCAN (2).pdf", "scan (3).pdf", "scan"]


def test_a_link_in_the_folder_pointing_out_is_refused(tmp_path):
    folder, outside = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    outside.mkdir()
    os.symlink(outside / "a.pdf", folder / "a.pdf")
    with pytest.raises(UnsafePathError) as info:
        join_inside(folder, "a.pdf")
    assert "nằm ngoài thư mục" in info.value.message
    os.symlink(outside, folder / "sub")
    with pytest.raises(UnsafePathError):
        join_inside(folder, "sub", "x.pdf")


# ---- attachments ---------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path):
    source = tmp_path / "bang-tinh.pdf"
    source.write_bytes(PDF)
    store = tmp_path / "data" / "attachments"
    return store, store_file(store, source)


@pytest.mark.parametrize("case", list(HOSTILE_NAMES))
def test_an_old_row_with_a_hostile_name_is_copied_inside_the_folder(store, tmp_path, case):
    store, ref = store
    before = files_under(tmp_path)
    target = tmp_path / "sandbox" / "mo"
    copy = export_copy(store, dataclasses.replace(ref, filename=HOSTILE_NAMES[case]), target)
    assert copy.parent == target and copy.read_bytes() == PDF
    assert files_under(tmp_path) - before == {copy}
    assert not Path("/tmp/x/ESCAPED.pdf").exists()


def test_a_stored_attachment_is_opened_as_what_its_content_is(store, tmp_path):
    store, ref = store
    opened = copy_for_opening(store, dataclasses.replace(ref, filename="hoso.pdf.exe"),
                              tmp_path / "mo")
    assert opened.name == "hoso.pdf.exe.pdf"
    assert copy_for_opening(store, ref, tmp_path / "mo2").name == "bang-tinh.pdf"
    # Bytes that are no image, PDF or Word file (as a package may carry) are never opened.
    junk = store.parent / "junk.bin"
    junk.write_bytes(b"MZ\x90\x00 not a document")
    from sangkien_desktop.services.dossiers.attachments import blob_path

    sha = "b" * 64
    blob_path(store, sha).parent.mkdir(parents=True, exist_ok=True)
    blob_path(store, sha).write_bytes(junk.read_bytes())
    with pytest.raises(AttachmentError) as info:
        copy_for_opening(store, AttachmentRef(sha, "hoso.pdf", 20, "application/pdf"),
                         tmp_path / "mo3")
    assert "không mở" in info.value.message
    assert not (tmp_path / "mo3").exists() or not any((tmp_path / "mo3").iterdir())


def test_attaching_a_file_keeps_a_safe_display_name(tmp_path):
    source = tmp_path / "CON.pdf"
    source.write_bytes(PDF)
    ref = store_file(tmp_path / "store", source)
    assert ref.filename == "_CON.pdf" and name_problem(ref.filename) is None


# ---- the nomination bundle -----------------------------------------------------------------


def test_the_bundle_writes_hostile_old_names_inside_and_never_over_each_other(db, tmp_path):
    from sangkien_desktop.services.catalog import load_campaigns
    from sangkien_desktop.services.nominating import bundle
    from sangkien_desktop.services.nominating import nominations as noms
    from tests.core.nomination_support import recognised_dossiers
    from tests.core.test_validation_support import MOT_TRIEU

    campaigns = load_campaigns()
    store = tmp_path / "data" / "attachments"
    store.mkdir(parents=True)
    with db.session() as s:
        [dossier] = recognised_dossiers(s, 1, store=store)
        hostile = [dataclasses.replace(dossier.attachments[0], filename="../../x/scan.pdf"),
                   dataclasses.replace(dossier.attachments[1], filename="/tmp/x/SCAN.pdf")]
        # An old import stored these names; the dossier is frozen, so the row is written as is.
        from sangkien_desktop.storage.models import AttachmentRow

        rows = s.query(AttachmentRow).order_by(AttachmentRow.id).all()
        for row, ref in zip(rows, hostile, strict=True):
            row.filename = ref.filename
        s.commit()
        assert [a.filename for a in get_dossier(s, dossier.uuid).attachments] == [
            "../../x/scan.pdf", "/tmp/x/SCAN.pdf"]
        nomination = noms.save_nomination(s, noms.Nomination(
            campaign_id=MOT_TRIEU, to_unit="Ban Thường vụ",
            items=[noms.NominationItem(dossier.uuid)]), campaigns)
        before = files_under(tmp_path)
        result = bundle.write_bundle(s, nomination.uuid, campaigns, tmp_path / "out",
                                     store=store)
    attached = sorted(f for f in result.files if "/dinh-kem/" in f)
    assert [f.rsplit("/", 1)[1] for f in attached] == ["SCAN (2).pdf", "scan.pdf"]
    new = files_under(tmp_path) - before
    assert all(p.is_relative_to(tmp_path / "out") for p in new)
    with zipfile.ZipFile(result.zip_path) as z:
        assert all(".." not in n and not n.startswith("/") for n in z.namelist())
    assert not (tmp_path / "x").exists() and not Path("/tmp/x/SCAN.pdf").exists()


# ---- the portal package --------------------------------------------------------------------


def test_the_portal_package_names_folders_after_safe_codes(app, tmp_path):
    from sangkien_desktop.storage.models import DossierRow

    with app.db.session() as s:  # a code an old import stored (the dossier is frozen)
        s.query(DossierRow).filter_by(uuid=app.good).update({"code": "../../ESCAPED"})
        s.commit()
    before = files_under(tmp_path)
    out = tmp_path / "out" / "cong.zip"
    done = portal_export(app, out, [app.good])
    new = files_under(tmp_path) - before
    assert new and all(p.is_relative_to(tmp_path / "out") for p in new), new
    assert (done.folder / "ESCAPED" / "thong-tin.txt").is_file()
    assert (done.folder / "ESCAPED" / "ESCAPED-ho-so.pdf").is_file()
    with zipfile.ZipFile(out) as z:
        assert all(".." not in n for n in z.namelist())


# ---- received papers -----------------------------------------------------------------------


def test_a_received_paper_with_a_hostile_name_opens_inside_the_folder(db, tmp_path):
    store = tmp_path / "data" / "attachments"
    source = tmp_path / "qd.pdf"
    source.write_bytes(PDF)
    ref = store_file(store, source)
    with db.session() as s:
        s.add(ReceivedDocumentRow(owner_kind="decision", owner_uuid="0" * 8 + "-0000-4000-8000-"
                                  + "0" * 12, kind="../../quyet-dinh", filename="..\\..\\QĐ.exe",
                                  sha256=ref.sha256, size=len(PDF), package_id="",
                                  received_at=dt.datetime(2026, 1, 1)))
        s.commit()
        [paper] = received.papers_of(s, ["00000000-0000-4000-8000-000000000000"])
    before = files_under(tmp_path)
    path = received.copy_paper(store, paper, tmp_path / "mo")
    assert path.parent == tmp_path / "mo" and path.name == "QĐ.exe.pdf"
    assert files_under(tmp_path) - before == {path}


# ---- the exchange package ------------------------------------------------------------------


def test_a_package_forwards_a_paper_an_old_import_stored_under_a_hostile_kind(tmp_path):
    """Files go into the package under paths made of hashes and plain words, whatever the
    stored rows hold; the receiver then refuses the hostile names, saying which."""
    from sangkien_desktop.exchange.package import PackageError
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.exchange import packages
    from tests.core.test_exchange_package import import_

    app = open_app_data(tmp_path / "cdcs")
    receiver = open_app_data(tmp_path / "huyen")
    try:
        source = tmp_path / "bao-cao.pdf"
        source.write_bytes(PDF)
        ref = store_file(app.layout.attachments, source)
        with app.db.session() as s:
            from sangkien_desktop.domain.dossier import Dossier

            dossier = save_dossier(s, Dossier(title="Hồ sơ nhận từ bản cũ", attachments=[
                dataclasses.replace(ref, filename="../../x/ESCAPED.pdf")]))
            s.add(ReceivedDocumentRow(owner_kind="dossier", owner_uuid=dossier.uuid,
                                      kind="../../bao-cao", filename="/tmp/x/ESCAPED.pdf",
                                      sha256=ref.sha256, size=len(PDF), package_id="",
                                      received_at=dt.datetime(2026, 1, 1)))
            s.commit()
            out = tmp_path / "goi.skpkg"
            before = files_under(tmp_path)
            packages.export_package(s, app.layout.attachments, out, [dossier.uuid],
                                    app.campaigns)
        assert files_under(tmp_path) - before == {out}
        with zipfile.ZipFile(out) as z:
            names = z.namelist()
            records = json.loads(z.read("records.json"))
        assert all(".." not in n and not n.startswith("/") for n in names), names
        assert any(n.endswith("-bao-cao.pdf") for n in names)
        # A paper's name is no part of a recognised content: it travels made safe.
        assert records["documents"][0]["filename"] == "ESCAPED.pdf"
        assert all(name_problem(d["filename"]) is None for d in records["documents"])
        with pytest.raises(PackageError) as info:
            import_(receiver, out)
        assert "tên tệp “../../x/ESCAPED.pdf” không dùng được" in info.value.message
    finally:
        app.close()
        receiver.close()
