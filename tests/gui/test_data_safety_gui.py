"""Issue 12 in the window: damaged data at start offers the good backups and restores from
there; a check that finds damage after the first paint says so at once; Tools → Kiểm tra dữ
liệu; a read-only data folder; a failed save never shows the dossier's data."""

from __future__ import annotations

import sys
import time

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.backup import backups, data_folder
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.saving import save_dossier
from tests.core import disk_faults
from tests.gui.typing import type_text

from sangkien_desktop.gui import app as gui_app
from sangkien_desktop.gui.backup_runner import runner_for, schedule_start_work
from sangkien_desktop.gui.dialogs.check_data_dialog import CheckDataDialog
from sangkien_desktop.gui.dialogs.damaged_data_dialog import DamagedDataDialog
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.main_window import MainWindow


def _save(app_data, *titles):
    with app_data.db.session() as session:
        for title in titles:
            save_dossier(session, Dossier(title=title, description_solution="Mô tả. " * 30))
        session.commit()


def _titles(window):
    return sorted(window.model.row_at(i).title for i in range(window.model.rowCount()))


def _windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def damaged_with_a_backup(app_data):
    _save(app_data, "Trong bản sao lưu", "Cũng trong bản sao lưu")
    good = backups.backup_now(app_data.layout)
    _save(app_data, "Thêm sau khi sao lưu")
    app_data.close()
    database = app_data.layout.database
    disk_faults.damage_page(database, disk_faults.root_page(database, "dossier"))
    return app_data.layout, good


def test_a_damaged_table_at_start_offers_the_good_backups_and_restores(
        qtbot, damaged_with_a_backup, monkeypatch, _no_modal_boxes):
    layout, good = damaged_with_a_backup
    offered = []

    def exec_dialog(dialog):
        offered.append((dialog.ui.messageLabel.text(), [i.path for i in dialog.good],
                        dialog.ui.closeButton.text()))
        dialog.restore_selected()
        return 1

    def exec_app(_app):
        qtbot.waitUntil(lambda: bool(_windows()), timeout=30000)
        return 0

    monkeypatch.setattr(DamagedDataDialog, "exec", exec_dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(gui_app.QApplication, "exec", exec_app)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert gui_app.run(data_dir=str(layout.root)) == 0
    [(message, listed, close_text)] = offered
    assert "bị hỏng" in message and listed == [good.path] and close_text == "T&hoát"
    [window] = _windows()
    assert _titles(window) == ["Cũng trong bản sao lưu", "Trong bản sao lưu"]
    kept = [p.name for p in layout.backups.iterdir() if p.name.startswith("hong-")]
    assert any(name.endswith("sangkien.sqlite3") for name in kept)  # the damaged file, aside
    window.close()
    window.deleteLater()


def test_an_empty_database_file_at_start_is_damage(qtbot, app_data, monkeypatch):
    _save(app_data, "Một")
    backups.backup_now(app_data.layout)
    app_data.close()
    for extra in app_data.layout.root.glob("sangkien.sqlite3-*"):
        extra.unlink()
    app_data.layout.database.write_bytes(b"")
    shown = []
    monkeypatch.setattr(DamagedDataDialog, "exec", lambda d: shown.append(d) or 0)
    assert gui_app.open_data_or_explain(str(app_data.layout.root)) is None
    [dialog] = shown
    assert "0 byte" in dialog.ui.messageLabel.text() and len(dialog.good) == 1
    assert app_data.layout.database.stat().st_size == 0


def test_without_a_good_backup_the_dialog_says_what_to_do(qtbot, app_data):
    _save(app_data, "Một")
    (app_data.layout.backups / "sao-luu-20250404-080000-hang-ngay.zip").write_bytes(b"hong")
    dialog = DamagedDataDialog(app_data.layout, "Dữ liệu bị hỏng.")
    qtbot.addWidget(dialog)
    assert dialog.good == []
    assert not dialog.ui.restoreButton.isEnabled() and not dialog.ui.emptyLabel.isHidden()


def _damage_the_search_index(app_data) -> None:
    """Damages a page of the search index: the list still shows, a check finds it."""
    _save(app_data, *(f"Sáng kiến số {n:02d}" for n in range(40)))
    app_data.db.close()
    database = app_data.layout.database
    disk_faults.damage_page(database, disk_faults.page_of(database, b"sang kien so 33"))


def _first_paint_reports_damage(qtbot, app_data, boxes) -> tuple[str, str]:
    """Opens the window, paints the list, and returns the box the start work then showed."""
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    schedule_start_work(window, app_data, window.listPainted)
    with qtbot.waitSignal(runner_for(window).damaged, timeout=10000):
        window.listPainted.emit()
    qtbot.waitUntil(lambda: bool(boxes))
    return boxes[-1]


def test_damage_found_after_the_first_paint_is_told_at_once(qtbot, app_data, _no_modal_boxes):
    _damage_the_search_index(app_data)
    app_data.folder.unclean = True  # the last window did not close properly: check now
    title, text = _first_paint_reports_damage(qtbot, app_data, _no_modal_boxes)
    assert title == "Dữ liệu bị hỏng" and "Kiểm tra nhanh" in text and "khôi phục" in text
    assert backups.list_backups(app_data.layout) == []  # no daily backup of damaged data


def test_a_daily_backup_that_finds_damage_tells_at_once(qtbot, app_data, _no_modal_boxes):
    data_folder.record_check(app_data.layout)  # the weekly check is not due
    _damage_the_search_index(app_data)
    _title, text = _first_paint_reports_damage(qtbot, app_data, _no_modal_boxes)
    assert "bản sao lưu vừa tạo" in text


def test_tools_check_data_reports_and_repairs(qtbot, app_data, monkeypatch):
    _save(app_data, "Máy cắt ống", "Đồ gá hàn")
    with app_data.db.session() as s:
        s.connection().exec_driver_sql("UPDATE dossier_fts SET body = 'sai'")
        s.commit()
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    seen = []

    def exec_(dialog):
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
        seen.append((dialog.ui.stageLabel.text(), dialog.ui.resultView.toPlainText(),
                     dialog.ui.cancelButton.isEnabled()))
        return 1

    monkeypatch.setattr(CheckDataDialog, "exec", exec_)
    window.ui.actionCheckData.trigger()
    [(stage, text, cancel_enabled)] = seen
    assert "Đã kiểm tra 2 hồ sơ" in stage and "Đã sửa xong" in stage
    assert "[ĐÃ SỬA]" in text and "chỉ mục" in text and not cancel_enabled
    window.ui.searchEdit.setText("ga han")
    qtbot.waitUntil(lambda: _titles(window) == ["Đồ gá hàn"])


def test_check_data_cancel_stops_the_check(qtbot, app_data, monkeypatch):
    from sangkien_desktop.services.backup import data_check

    _save(app_data, "Một")

    def long_check(_raw, cancelled):  # a big database: runs until Cancel is pressed
        while not cancelled():
            time.sleep(0.01)
        raise data_check._Stopped

    monkeypatch.setattr(data_check, "_integrity", long_check)
    dialog = CheckDataDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.ui.cancelButton.isEnabled() and not dialog.ui.closeButton.isEnabled()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert dialog.ui.stageLabel.text() == "Đã hủy kiểm tra; không có gì bị thay đổi."
    assert dialog.ui.closeButton.isEnabled() and not dialog.ui.cancelButton.isEnabled()


@pytest.fixture
def read_only_data(tmp_path, app_data, monkeypatch):
    _save(app_data, "Máy cắt ống", "Đồ gá hàn")
    app_data.close()
    disk_faults.read_only(monkeypatch, app_data.layout.root)
    data = open_app_data(app_data.layout.root, window=True)
    yield data
    data.close()


def test_a_read_only_folder_says_so_and_disables_editing(qtbot, read_only_data, monkeypatch):
    from sangkien_desktop.gui import read_only

    window = MainWindow(read_only_data)
    qtbot.addWidget(window)
    read_only.apply(window)
    assert window.windowTitle().endswith("— chỉ đọc")
    badge = window.findChild(QLabel, "readOnlyBadge")
    assert badge.text() == "Chỉ đọc" and "chỉ cho đọc" in badge.toolTip()
    ui = window.ui
    window.ui.dossierTable.selectRow(0)
    for action in (ui.actionNew, ui.actionDelete, ui.actionImportJson, ui.actionSettings,
                   ui.actionBackupNow, ui.actionNominations):
        assert not action.isEnabled(), action.objectName()
        assert "chỉ cho đọc" in action.toolTip()
    for action in (ui.actionEdit, ui.actionPrint, ui.actionExportJson, ui.actionExportXlsx,
                   ui.actionCheck, ui.actionHistory, ui.actionCheckData):
        assert action.isEnabled(), action.objectName()
    editor = DossierEditor(read_only_data, window.selected_uuid(), window)
    qtbot.addWidget(editor)
    assert editor.ui.titleEdit.isReadOnly() and not editor.ui.addAuthorButton.isEnabled()
    assert editor.windowTitle().endswith("chỉ đọc")


def test_a_failed_save_never_shows_the_dossiers_data(qtbot, app_data, _no_modal_boxes):
    with app_data.db.session() as s:
        s.connection().exec_driver_sql(
            "CREATE TRIGGER chan BEFORE INSERT ON dossier BEGIN "
            "SELECT RAISE(ABORT, 'UNIQUE constraint failed: dossier.code'); END")
        s.commit()
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    type_text(editor.ui.titleEdit, "Bí mật kinh doanh")
    assert not editor.save()
    title, text = _no_modal_boxes[-1]
    assert title == "Không lưu được" and "UNIQUE constraint failed" in text
    assert "Bí mật" not in text and "INSERT" not in text and "parameters" not in text


def test_backup_now_in_the_dialog_tells_when_it_found_damage(qtbot, app_data, _no_modal_boxes):
    from sangkien_desktop.gui.dialogs.backups_dialog import BackupsDialog

    _damage_the_search_index(app_data)
    dialog = BackupsDialog(app_data)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.runner.damaged, timeout=10000):
        dialog.backup_now()
    qtbot.waitUntil(lambda: bool(_no_modal_boxes))
    assert "dữ liệu hiện tại đã bị hỏng" in _no_modal_boxes[-1][1]
    assert [dialog.ui.backupTable.item(0, 2).text()] == ["hỏng"]  # listed, set apart, in red
    assert not dialog.ui.restoreButton.isEnabled()
