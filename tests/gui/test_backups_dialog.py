"""The backups dialog and "Sao lưu ngay", driven through real widgets."""

from __future__ import annotations

import datetime as dt
import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.dossiers.saving import save_dossier

from sangkien_desktop.gui import backup_runner
from sangkien_desktop.gui.backup_runner import runner_for, schedule_start_work
from sangkien_desktop.gui.dialogs.backups_dialog import BackupsDialog
from sangkien_desktop.gui.main_window import MainWindow


def _save(app_data, *titles):
    with app_data.db.session() as session:
        for title in titles:
            save_dossier(session, Dossier(title=title))
        session.commit()


def _titles(window):
    return sorted(window.model.row_at(i).title for i in range(window.model.rowCount()))


def _cells(dialog, row):
    table = dialog.ui.backupTable
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_dialog_lists_backups_and_shows_where_data_lives(qtbot, app_data):
    _save(app_data, "Một", "Hai")
    backups.backup_now(app_data.layout, now=dt.datetime(2025, 4, 2, 9, 30))
    backups.backup_now(app_data.layout, "import", now=dt.datetime(2025, 4, 3, 14, 5))
    (app_data.layout.backups / "sao-luu-20250404-080000-hang-ngay.zip").write_bytes(b"hong")
    dialog = BackupsDialog(app_data)
    qtbot.addWidget(dialog)
    assert dialog.ui.dataFolderLabel.text() == str(app_data.layout.root)
    assert dialog.ui.backupsFolderLabel.text() == str(app_data.layout.backups)
    assert dialog.ui.backupTable.rowCount() == 3
    assert _cells(dialog, 0)[:3] == ["08:00 04/04/2025", "Tự động hằng ngày", "hỏng"]
    assert _cells(dialog, 1)[:3] == ["14:05 03/04/2025", "Trước khi nhập dữ liệu", "2"]
    assert _cells(dialog, 2)[:3] == ["09:30 02/04/2025", "Sao lưu theo yêu cầu", "2"]
    assert _cells(dialog, 2)[3].endswith("KB")
    # A damaged backup can be neither restored nor copied.
    assert not dialog.ui.restoreButton.isEnabled() and not dialog.ui.copyButton.isEnabled()
    dialog.ui.backupTable.selectRow(1)
    assert dialog.ui.restoreButton.isEnabled() and dialog.ui.copyButton.isEnabled()


def test_backups_in_the_folder_used_before_are_listed_and_marked(qtbot, app_data, tmp_path):
    _save(app_data, "Một")
    before = backups.backup_now(app_data.layout, now=dt.datetime(2025, 4, 2, 9, 30))
    dialog = BackupsDialog(app_data)
    qtbot.addWidget(dialog)
    assert dialog.ui.earlierFoldersLabel.isHidden()  # none yet
    dialog.close()
    chosen = tmp_path / "o-dia-khac"
    chosen.mkdir()
    app_data.layout.choose_backups(chosen)
    backups.backup_now(app_data.layout, now=dt.datetime(2025, 4, 3, 9, 30))
    dialog = BackupsDialog(app_data)
    qtbot.addWidget(dialog)
    assert dialog.ui.backupsFolderLabel.text() == str(chosen)
    assert not dialog.ui.earlierFoldersLabel.isHidden()
    assert dialog.ui.earlierFoldersLabel.text() == str(app_data.layout.default_backups)
    assert _cells(dialog, 0)[1] == "Sao lưu theo yêu cầu"
    assert _cells(dialog, 1)[1] == "Sao lưu theo yêu cầu (thư mục cũ)"
    assert str(before.path) in dialog.ui.backupTable.item(1, 1).toolTip()
    dialog.ui.backupTable.selectRow(1)  # restorable and copyable like any other
    assert dialog.selected().path == before.path
    assert dialog.ui.restoreButton.isEnabled() and dialog.ui.copyButton.isEnabled()


def test_backup_now_button_adds_a_backup(qtbot, app_data):
    _save(app_data, "Một")
    dialog = BackupsDialog(app_data)
    qtbot.addWidget(dialog)
    assert dialog.ui.backupTable.rowCount() == 0
    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.backupTable.rowCount() == 1, timeout=10000)
    assert _cells(dialog, 0)[1:3] == ["Sao lưu theo yêu cầu", "1"]
    assert str(app_data.layout.backups) in dialog.ui.backupsHint.text()


def test_the_buttons_come_back_when_the_backup_is_done(qtbot, app_data, monkeypatch):
    """The report reaches the dialog while the worker thread may still be ending: the buttons
    follow the work, not the thread (issue 18: they stayed greyed after "Sao lưu ngay")."""

    class SlowToEnd(threading.Thread):
        def run(self):
            super().run()
            time.sleep(1)  # the thread outlives its report

    monkeypatch.setattr(backup_runner.threading, "Thread", SlowToEnd)
    _save(app_data, "Một")
    dialog = BackupsDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    qtbot.mouseClick(ui.backupNowButton, Qt.LeftButton)
    assert not ui.backupNowButton.isEnabled() and not ui.restoreFileButton.isEnabled()
    qtbot.waitUntil(lambda: ui.backupTable.rowCount() == 1, timeout=10000)
    assert ui.backupNowButton.isEnabled() and ui.restoreFileButton.isEnabled()
    assert ui.backupNowButton.text().replace("&", "") == "Sao lưu ngay"
    ui.backupTable.selectRow(0)
    assert ui.restoreButton.isEnabled() and ui.copyButton.isEnabled()
    dialog.runner.wait()


def test_restore_from_the_list_reloads_the_main_window(qtbot, app_data, monkeypatch, _no_modal_boxes):
    _save(app_data, "Trước", "Giữ lại")
    backups.backup_now(app_data.layout, now=dt.datetime(2025, 4, 2, 9, 30))
    _save(app_data, "Sau khi sao lưu")
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert _titles(window) == ["Giữ lại", "Sau khi sao lưu", "Trước"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog = BackupsDialog(app_data, window)
    qtbot.addWidget(dialog)
    dialog.restored.connect(window.data_replaced)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.LeftButton)

    assert _titles(window) == ["Giữ lại", "Trước"]
    reasons = [dialog.ui.backupTable.item(r, 1).text() for r in range(dialog.ui.backupTable.rowCount())]
    assert reasons == ["Trước khi khôi phục", "Sao lưu theo yêu cầu"]
    assert _cells(dialog, 0)[2] == "3"  # the replaced data, kept
    title, text = _no_modal_boxes[-1]
    assert title == "Khôi phục dữ liệu" and "09:30 02/04/2025" in text and "truoc-khoi-phuc" in text


def test_damaged_file_is_refused_and_nothing_changes(qtbot, app_data, tmp_path, monkeypatch, _no_modal_boxes):
    _save(app_data, "Giữ nguyên")
    good = backups.backup_now(app_data.layout)
    bad = tmp_path / "hong.zip"
    bad.write_bytes(good.path.read_bytes()[:-200])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    dialog = BackupsDialog(app_data, window)
    qtbot.addWidget(dialog)
    restored = []
    dialog.restored.connect(lambda: restored.append(True))
    qtbot.mouseClick(dialog.ui.restoreFileButton, Qt.LeftButton)
    title, text = _no_modal_boxes[-1]
    assert title == "Không khôi phục được" and "hong.zip" in text and "bị hỏng" in text
    assert restored == [] and dialog.ui.backupTable.rowCount() == 1
    assert _titles(window) == ["Giữ nguyên"]


def test_copy_to_usb(qtbot, app_data, tmp_path, monkeypatch, _no_modal_boxes):
    _save(app_data, "Một")
    info = backups.backup_now(app_data.layout)
    usb = tmp_path / "USB"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    dialog = BackupsDialog(app_data)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.copyButton, Qt.LeftButton)
    assert (usb / info.path.name).read_bytes() == info.path.read_bytes()
    title, text = _no_modal_boxes[-1]
    assert title == "Chép bản sao lưu" and str(usb / info.path.name) in text


def test_backup_now_action_reports_in_the_status_bar(qtbot, app_data):
    _save(app_data, "Một", "Hai")
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.ui.actionBackupNow.isVisible() and window.ui.actionBackups.isVisible()
    window.ui.actionBackupNow.trigger()
    qtbot.waitUntil(lambda: "Đã sao lưu" in window.statusBar().currentMessage(), timeout=10000)
    made = backups.list_backups(app_data.layout)
    assert len(made) == 1 and made[0].dossier_count == 2
    assert str(made[0].path) in window.statusBar().currentMessage()


def test_daily_backup_starts_after_the_first_paint_only_when_due(qtbot, app_data):
    _save(app_data, "Một")
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    schedule_start_work(window, app_data, window.listPainted)
    assert backups.list_backups(app_data.layout) == []
    with qtbot.waitSignal(runner_for(window).finished, timeout=10000):
        window.listPainted.emit()
    runner_for(window).wait()
    made = backups.list_backups(app_data.layout)
    assert [b.reason for b in made] == ["daily"]
    # Connected once: a later paint does not look again, even with no backup left.
    made[0].path.unlink()
    window.listPainted.emit()
    runner_for(window).wait()
    assert backups.list_backups(app_data.layout) == []


def test_backups_action_opens_the_dialog_and_a_restore_reloads_the_list(qtbot, app_data, monkeypatch):
    _save(app_data, "Có trong bản sao lưu")
    backups.backup_now(app_data.layout)
    _save(app_data, "Thêm sau")
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    shown = []

    def exec_(dialog):
        shown.append(dialog.ui.backupTable.rowCount())
        dialog.restore_selected()
        return 0

    monkeypatch.setattr(BackupsDialog, "exec", exec_)
    window.ui.actionBackups.trigger()
    assert shown == [1]
    assert _titles(window) == ["Có trong bản sao lưu"]
