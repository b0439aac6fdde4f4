"""Công cụ → Xóa dữ liệu cá nhân của một người: search, tick, confirm (what goes, what
stays), erase off the GUI thread with the backups; from the bin, one dossier's people."""

from __future__ import annotations

import datetime as dt
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.storage.backup import DB_MEMBER
from tests.core.privacy_support import BORN, CCCD, NAME, fill_world

from sangkien_desktop.gui.dialogs.bin_dialog import BinDialog
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.erase_person_dialog import ErasePersonDialog
from sangkien_desktop.gui.main_window import MainWindow


def test_the_menu_opens_it(qtbot, app_data):
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.ui.actionErasePerson in window.ui.menuTools.actions()


def test_find_tick_confirm_and_erase_with_the_backups(qtbot, app_data, monkeypatch,
                                                      _no_modal_boxes):
    world = fill_world(app_data)
    backup = backups.backup_now(app_data.layout, now=dt.datetime(2026, 1, 5, 8, 0))
    dialog = ErasePersonDialog(app_data)
    qtbot.addWidget(dialog)
    assert not dialog.ui.eraseButton.isEnabled()
    qtbot.keyClicks(dialog.ui.cccdEdit, "038 190 012 345")
    qtbot.mouseClick(dialog.ui.findButton, Qt.LeftButton)
    table = dialog.ui.resultsTable
    assert table.rowCount() == 3
    ticks = [table.item(r, 0).checkState() for r in range(3)]
    assert ticks == [Qt.Checked, Qt.Checked, Qt.Unchecked]  # the same-name applier waits
    assert "Cùng họ tên" in table.item(2, 5).text()
    assert table.item(0, 3).text() == f"tác giả thứ 1: {NAME} (sinh 1990, CCCD …345)"
    assert "số CCCD/CMND" in table.item(0, 4).text()
    summary = dialog.ui.summaryLabel.text()
    assert "Ở 3 hồ sơ." in summary and "1 bản sao lưu đang giữ" in summary
    assert not dialog.ui.eraseButton.isEnabled()  # no reason yet
    dialog.ui.reasonEdit.setText("Theo đơn của chị Phương ngày 05/01/2026")
    assert dialog.ui.eraseButton.isEnabled()
    table.item(2, 0).setCheckState(Qt.Checked)

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, title, text, *a, **k: asked.append(text) or QMessageBox.Yes)
    qtbot.mouseClick(dialog.ui.eraseButton, Qt.LeftButton)
    job = dialog.job
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert job.error is None, job.error
    confirm = asked[0]
    assert NAME in confirm and "ở 3 hồ sơ" in confirm
    assert "Giữ lại: họ tên, tỷ lệ đóng góp" in confirm and "1 hồ sơ đã được công nhận" in confirm
    assert "Đã xóa" in _no_modal_boxes[-1][1] and "1 đã ghi lại" in _no_modal_boxes[-1][1]
    with app_data.db.session() as s:
        recognised = get_dossier(s, world.recognised)
        assert recognised.authors[0].cccd == "" and recognised.authors[0].full_name == NAME
        assert history.hash_chain(s, recognised).ok
        assert get_dossier(s, world.draft).appliers[0].birth_date is None
    with zipfile.ZipFile(backup.path) as zf:
        assert CCCD.encode() not in zf.read(DB_MEMBER)
    # The recognised dossier's banner says when its personal data was erased.
    editor = DossierEditor(app_data, world.recognised)
    qtbot.addWidget(editor)
    banner = editor.ui.versionLabel.text()
    assert "Dữ liệu cá nhân đã được xóa ngày" in banner and "không khớp" not in banner
    assert not editor.ui.titleEdit.isEnabled() or editor.ui.titleEdit.isReadOnly()


def test_a_dossier_in_the_bin(qtbot, app_data, monkeypatch, _no_modal_boxes):
    world = fill_world(app_data)
    bin_dialog = BinDialog(app_data)
    qtbot.addWidget(bin_dialog)
    assert not bin_dialog.ui.eraseDataButton.isEnabled()
    bin_dialog.ui.binTable.selectRow(0)
    assert bin_dialog.ui.eraseDataButton.isEnabled()
    dialog = ErasePersonDialog(app_data, bin_dialog, dossier_uuid=world.binned)
    assert dialog.ui.nameEdit.isHidden() and "Giá đỡ cuộn vải" in dialog.windowTitle()
    assert dialog.ui.resultsTable.rowCount() == 1
    dialog.ui.reasonEdit.setText("Dọn thùng rác")
    dialog.ui.backupsCheck.setChecked(False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog.erase()
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=60_000)
    with app_data.db.session() as s:
        author = get_dossier(s, world.binned).authors[0]
        assert (author.cccd, author.birth_date) == ("", None)
        assert get_dossier(s, world.recognised).authors[0].birth_date == BORN
