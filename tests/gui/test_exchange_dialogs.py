"""The portal outbox dialog and the package import dialog, driven through their widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import package_import, package_merge, packages, portal
from sangkien_desktop.services.exchange.import_plan import Resolution
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT, issue
from tests.core.test_portal import _ready

from sangkien_desktop.gui.dialogs import import_package_dialog, portal_outbox_dialog
from sangkien_desktop.gui.dialogs.import_package_dialog import ImportPackageDialog
from sangkien_desktop.gui.dialogs.portal_mark_dialog import Mark, PortalMarkDialog
from sangkien_desktop.gui.dialogs.portal_outbox_dialog import PortalOutboxDialog
from sangkien_desktop.gui.main_window import MainWindow


def _recognise(app_data) -> list[str]:
    with app_data.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        dossiers = [save_dossier(s, _ready(d)) for d in make_dossiers(s)]
        issue(s, make_meeting(s, council, dossiers), dossiers)
        s.commit()
    return [d.uuid for d in dossiers]


def test_menu_entries_are_wired(qtbot, app_data):
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.ui.actionPortalOutbox.isVisible() and window.ui.actionImportPackage.isVisible()


def test_outbox_exports_the_package_and_records_the_answers(qtbot, app_data, tmp_path,
                                                            monkeypatch, _no_modal_boxes):
    good, _weak = _recognise(app_data)
    dialog = PortalOutboxDialog(app_data)
    qtbot.addWidget(dialog)
    table = dialog.ui.outboxTable
    assert table.rowCount() == 1 and table.item(0, 3).text() == "Chưa cập nhật"
    assert not dialog.ui.enteredButton.isEnabled()

    out = tmp_path / "cong.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    opened = []
    monkeypatch.setattr(portal_outbox_dialog.QDesktopServices, "openUrl", opened.append)
    qtbot.mouseClick(dialog.ui.exportButton, Qt.LeftButton)
    job = dialog.export_job
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert job.error is None and dialog.last_export is not None
    assert out.is_file() and (tmp_path / "cong" / "index.html").is_file()
    assert opened[0].toLocalFile().endswith("cong/index.html")
    assert _no_modal_boxes[-1][0] == "Gói cho Cổng"
    assert "số điện thoại và số CCCD/CMND của 1 tác giả" in _no_modal_boxes[-1][1]

    table.selectRow(0)
    monkeypatch.setattr(PortalMarkDialog, "ask", classmethod(
        lambda cls, parent, mode, title: Mark(dt.date(2022, 4, 2), "TN-0457")))
    qtbot.mouseClick(dialog.ui.enteredButton, Qt.LeftButton)
    assert table.rowCount() == 1 and "Đã cập nhật 02/04/2022" in table.item(0, 3).text()
    assert table.item(0, 4).text() == "TN-0457"
    # Every dossier of the package is entered: deleting the folder is offered (answered No).
    title, text = _no_modal_boxes[-1]
    assert title == "Xóa gói cho Cổng" and str(out) in text
    assert out.is_file() and (tmp_path / "cong").is_dir()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog.offer_cleanup()
    assert not out.exists() and not (tmp_path / "cong").exists()

    table.selectRow(0)
    monkeypatch.setattr(PortalMarkDialog, "ask", classmethod(
        lambda cls, parent, mode, title: Mark(dt.date(2022, 4, 9), reason="Thiếu ảnh")))
    qtbot.mouseClick(dialog.ui.returnedButton, Qt.LeftButton)
    assert table.rowCount() == 0  # the returned dossier was reopened as a new version
    with app_data.db.session() as s:
        entry = portal.entry_of(s, good)
        assert entry.result == portal.RETURNED and get_dossier(s, entry.next_uuid).status == \
            Status.DRAFT
    dialog.ui.showDoneCheck.setChecked(True)
    assert "Bị trả lại" in table.item(0, 3).text() and table.item(0, 4).text() == "Thiếu ảnh"


def test_mark_dialog_needs_a_reason_for_a_return(qtbot, _no_modal_boxes):
    dialog = PortalMarkDialog("returned", "SK-1 — Thử")
    qtbot.addWidget(dialog)
    assert dialog.ui.reasonEdit.isVisibleTo(dialog) and not dialog.ui.receiptEdit.isVisibleTo(
        dialog)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() != QDialog.Accepted and _no_modal_boxes[-1][0] == "Thiếu lý do"


def _package_from_another_unit(tmp_path):
    """Another unit's package of two dossiers, recognised by one decision."""
    sender = open_app_data(tmp_path / "cdcs")
    uuids = _recognise(sender)
    out = tmp_path / "goi.skpkg"
    with sender.db.session() as s:
        packages.export_package(s, sender.layout.attachments, out, uuids, sender.campaigns)
    sender.close()
    return out, uuids


@pytest.fixture
def conflicting(app_data, tmp_path):
    """A package from another unit whose second dossier was edited here since."""
    out, uuids = _package_from_another_unit(tmp_path)
    with app_data.db.session() as s:
        package_merge.import_package(s, out, app_data.layout.attachments)
        d = get_dossier(s, uuids[1])
        save_dossier(s, dataclasses.replace(d, title="Bảng màu theo dõi ca máy (đã sửa)"))
        s.commit()
    return out, uuids


def test_import_dialog_shows_differences_side_by_side(qtbot, app_data, conflicting):
    out, uuids = conflicting
    with app_data.db.session() as s:
        plan = package_import.inspect_package(s, out, app_data.layout.attachments)
    dialog = ImportPackageDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.ui.conflictList.count() == 1
    table = dialog.ui.diffTable
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert rows.get("Tên sáng kiến") == ("Bảng màu theo dõi ca máy (đã sửa)",
                                     "Bảng theo dõi ca máy bằng mã màu")
    assert dialog.ui.keepMineRadio.isChecked() and dialog.choices[uuids[1]] == \
        Resolution.KEEP_MINE
    qtbot.mouseClick(dialog.ui.takeTheirsRadio, Qt.LeftButton)
    assert dialog.choices[uuids[1]] == Resolution.TAKE_THEIRS
    assert dialog.ui.conflictList.item(0).text().endswith("⇐")


def test_import_flow_takes_the_chosen_side(qtbot, app_data, conflicting, monkeypatch):
    out, uuids = conflicting

    def exec_choosing(dialog):
        dialog.ui.keepBothRadio.setChecked(True)
        return QDialog.Accepted

    monkeypatch.setattr(ImportPackageDialog, "exec", exec_choosing)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    done = []
    ImportPackageDialog.run(window, app_data, out, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    [report] = done
    assert [i.title for i in report.kept_both] == ["Bảng màu theo dõi ca máy (đã sửa)"]
    with app_data.db.session() as s:
        assert get_dossier(s, report.kept_both[0].uuid).title == "Bảng theo dõi ca máy bằng mã màu"


def test_a_refused_package_says_why(qtbot, app_data, tmp_path, _no_modal_boxes):
    bad = tmp_path / "hong.skpkg"
    bad.write_bytes(b"PK\x03\x04 truncated")
    job = ImportPackageDialog.run(None, app_data, bad)
    qtbot.waitUntil(lambda: not job.is_running(), timeout=30_000)
    assert job.error is not None
    title, text = _no_modal_boxes[-1]
    assert title == "Không nhận gói" and "bị cắt cụt" in text


def test_field_labels_come_from_the_editor():
    assert import_package_dialog.field_label("authors[0].phone") == "Tác giả, đồng tác giả[0].phone"
    assert import_package_dialog.field_label("zzz") == "zzz"
    assert QMessageBox  # imported for the patched statics


def test_import_dialog_shows_the_package_time_and_an_unnamed_sender_plainly(qtbot, app_data, conflicting):
    out, _uuids = conflicting
    with app_data.db.session() as s:
        plan = package_import.inspect_package(s, out, app_data.layout.attachments)
    plan = dataclasses.replace(plan, sender="", created_at="2026-11-21T21:52:49")
    dialog = ImportPackageDialog(plan)
    qtbot.addWidget(dialog)
    summary = dialog.ui.summaryLabel.text()
    assert "21:52 21/11/2026" in summary and "2026-11-21" not in summary
    assert "không ghi đơn vị gửi" in summary and "không rõ" not in summary
    item = dialog.ui.conflictList.item(0)
    assert item.toolTip() and item.toolTip() in item.text()
    assert import_package_dialog.package_time("2026-11-21T21:52:49+00:00").endswith("21/11/2026")
    assert import_package_dialog.package_time("hôm qua") == "hôm qua"


def test_the_import_says_dossiers_decisions_and_papers_not_items(qtbot, app_data, tmp_path,
                                                                 monkeypatch, _no_modal_boxes):
    """Issue 18: the summary spoke of "mục" and "bản nhận được"; it names what it counts."""
    out, _uuids = _package_from_another_unit(tmp_path)
    with app_data.db.session() as s:
        plan = package_import.inspect_package(s, out, app_data.layout.attachments)
    dialog = ImportPackageDialog(plan)
    qtbot.addWidget(dialog)
    summary = dialog.ui.summaryLabel.text()
    assert "Mới, sẽ được thêm: 2 hồ sơ, 1 quyết định." in summary, summary
    assert "Giấy tờ mới: " in summary and "văn bản" in summary
    assert "mục" not in summary

    monkeypatch.setattr(ImportPackageDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    done = []
    ImportPackageDialog.run(None, app_data, out, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    title, text = _no_modal_boxes[-1]
    assert title == "Nhận gói hồ sơ"
    assert text.startswith("Đã thêm: 2 hồ sơ, 1 quyết định.\nGiấy tờ mới: "), text
    assert "mục" not in text and "bản nhận được" not in text
