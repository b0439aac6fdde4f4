"""Hostile files in the window: the JSON import and the package import show the refusal in
Vietnamese (no traceback: qt_default_raising would fail the test), write nothing and take no
backup; an attachment with a hostile stored name opens from inside a temporary folder; papers
named after a hostile code stay in the chosen folder."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.dossiers.attachments import store_file
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from tests.core.test_exchange_package import rebuild
from tests.core.test_hostile_json import ENGLISH, good_document
from tests.gui.test_exchange_dialogs import _recognise

from sangkien_desktop.gui.dialogs import attachments_step, paper_output
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.import_package_dialog import ImportPackageDialog
from sangkien_desktop.gui.main_window import MainWindow


def _count(app_data) -> int:
    with app_data.db.session() as s:
        return count_dossiers(s, DossierQuery())


def test_a_hostile_json_file_is_refused_in_a_message(qtbot, app_data, tmp_path, monkeypatch,
                                                     _no_modal_boxes):
    data = good_document()
    data["dossiers"][0]["attachments"][0]["filename"] = "../x/ESCAPED.pdf"
    data["dossiers"][1]["authors"] = [{"full_name": "A", "share_percent": -5}]
    path = tmp_path / "hoso.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    job = window.import_json()  # off the GUI thread (gui/operation.py)
    qtbot.waitUntil(lambda: not job.is_running(), timeout=30_000)
    title, text = _no_modal_boxes[-1]
    assert title == "Không nhập được"
    assert "tệp đính kèm thứ 1: tên tệp “../x/ESCAPED.pdf” không dùng được" in text
    assert "Hồ sơ thứ 2 (“Hồ sơ thứ hai”), tác giả thứ 1: tỷ lệ đóng góp (%) phải từ 0 đến 100." in text
    assert not ENGLISH.search(text)
    assert _count(app_data) == 0 and backups.list_backups(app_data.layout) == []
    assert not (tmp_path / "x").exists()


def test_a_json_file_with_a_lone_surrogate_or_nan_is_refused_in_a_message(
        qtbot, app_data, tmp_path, monkeypatch, _no_modal_boxes):
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    text = json.dumps(good_document(), ensure_ascii=False)
    for broken in (text.replace('"Hồ sơ thứ hai"', '"\\ud800"'),
                   text.replace('"share_percent": 66.67', '"share_percent": NaN')):
        path = tmp_path / "hoso.json"
        path.write_text(broken, encoding="utf-8")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        job = window.import_json()
        qtbot.waitUntil(lambda j=job: not j.is_running(), timeout=30_000)
        title, message = _no_modal_boxes[-1]
        assert title == "Không nhập được" and not ENGLISH.search(message), message
    assert _count(app_data) == 0 and backups.list_backups(app_data.layout) == []


def test_a_hostile_package_is_refused_in_the_import_dialog(qtbot, app_data, tmp_path,
                                                           _no_modal_boxes):
    from sangkien_desktop.services.exchange import packages

    uuids = _recognise(app_data)
    good = tmp_path / "goi.skpkg"
    with app_data.db.session() as s:
        packages.export_package(s, app_data.layout.attachments, good, uuids, app_data.campaigns)

    def hostile(files, _manifest):
        records = json.loads(files["records.json"])
        records["dossiers"][0]["title"] = "x" * 5000
        records["dossiers"][1]["authors"][0]["share_percent"] = 1e30
        files["records.json"] = json.dumps(records).encode()

    bad = rebuild(good, tmp_path / "bad.skpkg", hostile)
    job = ImportPackageDialog.run(None, app_data, bad)
    qtbot.waitUntil(lambda: not job.is_running(), timeout=30_000)
    title, text = _no_modal_boxes[-1]
    assert title == "Không nhận gói"
    assert "records.json có dữ liệu không hợp lệ" in text
    assert "Hồ sơ thứ 1" in text and "tên sáng kiến dài 5.000 ký tự" in text
    assert "Hồ sơ thứ 2" in text and "tác giả thứ 1: tỷ lệ đóng góp (%) phải từ 0 đến 100" in text
    assert not ENGLISH.search(text)
    assert backups.list_backups(app_data.layout) == []


def test_an_attachment_an_old_import_named_badly_opens_from_a_temporary_folder(
        qtbot, app_data, tmp_path, monkeypatch, _no_modal_boxes):
    source = tmp_path / "bang-tinh.pdf"
    source.write_bytes(b"%PDF-1.4\n%%EOF\n")
    ref = store_file(app_data.layout.attachments, source)
    with app_data.db.session() as s:
        saved = save_dossier(s, Dossier(title="Hồ sơ cũ", attachments=[
            dataclasses.replace(ref, filename="../../x/ESCAPED.pdf.exe")]))
        s.commit()
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    editor.attachments.refs = list(saved.attachments)
    editor.attachments.show()
    editor.ui.attachmentsTable.selectRow(0)
    opened = []
    monkeypatch.setattr(attachments_step.QDesktopServices, "openUrl", opened.append)
    editor.attachments.open_selected()
    [url] = opened
    path = Path(url.toLocalFile())
    assert path.name == "ESCAPED.pdf.exe.pdf" and path.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "x").exists()


def test_papers_named_after_a_hostile_code_stay_in_the_chosen_folder(qtbot, app_data, tmp_path,
                                                                     monkeypatch):
    from sangkien_desktop.services import papers as paper_service

    folder = tmp_path / "phieu"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(paper_output.QDesktopServices, "openUrl", lambda *_a: None)
    written: list[Path] = []

    def fake_write(kind, data, fmt, path):
        path.write_bytes(b"%PDF-1.4\n")
        yield None

    monkeypatch.setattr(paper_service, "iter_write_atomically", fake_write)
    items = [("phieu-danh-gia-../../ESCAPED", None), ("phieu-danh-gia-../../ESCAPED", None),
             ("phieu-danh-gia-C:\\x\\CON", None)]
    job = paper_output.write_papers_to_folder(None, app_data, "phieu-danh-gia",
                                              lambda _session: items, on_done=written.extend)
    qtbot.waitUntil(lambda: not job.is_running(), timeout=30_000)
    assert job.error is None, job.error
    names = ["ESCAPED (2).pdf", "ESCAPED.pdf", "_CON.pdf"]
    assert sorted(p.name for p in written) == names and all(p.parent == folder for p in written)
    assert sorted(p.name for p in folder.iterdir()) == names
    assert not (tmp_path / "ESCAPED.pdf").exists()
