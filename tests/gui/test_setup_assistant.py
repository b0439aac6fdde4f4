"""The first-run assistant: offered on a new data folder, three steps typed in Vietnamese,
skippable, reachable again from Settings; papers refused while the unit has no name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import save_unit_profile, setup_pending, unit_profile
from tests.core.test_decisions import UNIT
from tests.gui.typing import commit_text

from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog
from sangkien_desktop.gui.dialogs.setup_assistant import SetupAssistant
from sangkien_desktop.gui.main_window import MainWindow

CAMPAIGN = "75-nghin-sang-kien-2021"


def _window(qtbot, app_data) -> MainWindow:
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    return window


def _fill_unit(ui) -> None:
    commit_text(ui.parentEdit, "LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ")
    commit_text(ui.unitNameEdit, "CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY SÔNG HỒNG")
    commit_text(ui.placeEdit, "Việt Trì")


def test_a_new_folder_offers_the_assistant_and_finishing_sets_the_unit_up(
        qtbot, app_data, tmp_path, monkeypatch):
    window = _window(qtbot, app_data)
    assistant = window.offer_setup()
    assert assistant is not None and assistant.isVisible() and assistant.isModal()
    ui = assistant.ui
    assert ui.stepLabel.text() == "Bước 1/3: Đơn vị của bạn"
    assert ui.backButton.isEnabled() is False and ui.finishButton.isHidden()
    qtbot.mouseClick(ui.nextButton, Qt.LeftButton)  # nothing typed: stays, says what is missing
    assert ui.pages.currentIndex() == 0
    assert "tên đơn vị" in ui.errorLabel.text() and not ui.errorLabel.isHidden()
    _fill_unit(ui)
    ui.provinceCombo.setCurrentIndex(ui.provinceCombo.findText("Tỉnh Phú Thọ"))
    qtbot.mouseClick(ui.nextButton, Qt.LeftButton)
    assert ui.pages.currentIndex() == 1 and ui.errorLabel.isHidden()
    ui.capacityCombo.setEditText("TM. BAN CHẤP HÀNH")
    commit_text(ui.signerTitleEdit, "CHỦ TỊCH")
    commit_text(ui.signerNameEdit, "Nguyễn Thị Thu Hà")
    qtbot.mouseClick(ui.nextButton, Qt.LeftButton)
    assert ui.stepLabel.text() == "Bước 3/3: Chương trình và sao lưu"
    assert ui.nextButton.isHidden() and not ui.finishButton.isHidden()
    assert ui.backupEdit.text() == str(app_data.layout.root / "backups")
    assert ui.campaignCombo.currentData() == "cong-nhan-cap-co-so"  # no programme open: the unit level
    ui.campaignCombo.setCurrentIndex(ui.campaignCombo.findData(CAMPAIGN))
    chosen = tmp_path / "Ổ D" / "sao lưu"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    qtbot.mouseClick(ui.chooseBackupButton, Qt.LeftButton)
    assert ui.backupEdit.text() == str(chosen)
    qtbot.mouseClick(ui.finishButton, Qt.LeftButton)
    assert assistant.result() == QDialog.DialogCode.Accepted
    with app_data.db.session() as s:
        profile = unit_profile(s)
        assert not setup_pending(s)
    assert profile.unit_name == "CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY SÔNG HỒNG"
    assert profile.parent_organisation == "LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ"
    assert (profile.place_name, profile.signer_name, profile.campaign_id) == (
        "Việt Trì", "Nguyễn Thị Thu Hà", CAMPAIGN)
    assert profile.province_code.startswith("provinces-2025/")
    assert app_data.layout.backups == chosen and chosen.is_dir()
    assert window.offer_setup() is None  # done: not offered again
    editor = DossierEditor(app_data, None, window)  # a new dossier starts in the programme
    qtbot.addWidget(editor)
    assert editor.ui.campaignCombo.currentData() == CAMPAIGN
    assert editor.ui.unitCombo.currentText() == profile.unit_name


def test_skipping_changes_nothing_and_is_not_offered_again(qtbot, app_data):
    window = _window(qtbot, app_data)
    assistant = window.offer_setup()
    _fill_unit(assistant.ui)
    qtbot.mouseClick(assistant.ui.skipButton, Qt.LeftButton)
    assert assistant.skipped and assistant.result() == QDialog.DialogCode.Rejected
    with app_data.db.session() as s:
        assert unit_profile(s).unit_name == ""
    assert window.offer_setup() is None
    assert app_data.layout.backups == app_data.layout.root / "backups"


def test_a_named_unit_or_a_read_only_folder_is_not_asked(qtbot, app_data, monkeypatch):
    window = _window(qtbot, app_data)
    with app_data.db.session() as s:
        save_unit_profile(s, UNIT)
        s.commit()
    assert window.offer_setup() is None
    with app_data.db.session() as s:
        save_unit_profile(s, type(UNIT)())
        s.commit()
    monkeypatch.setattr(type(app_data), "read_only", property(lambda _self: True))
    assert window.offer_setup() is None


def test_settings_reopens_the_assistant_and_shows_what_it_saved(qtbot, app_data, monkeypatch):
    def run(dialog):
        _fill_unit(dialog.ui)
        dialog.ui.nextButton.click()
        commit_text(dialog.ui.signerNameEdit, "Trần Văn Hùng")
        dialog.ui.nextButton.click()
        dialog.finish()
        return dialog.result()

    monkeypatch.setattr(SetupAssistant, "exec", run)
    settings = SettingsDialog(app_data)
    qtbot.addWidget(settings)
    qtbot.mouseClick(settings.ui.setupButton, Qt.LeftButton)
    assert settings.ui.unitNameEdit.text() == "CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY SÔNG HỒNG"
    assert settings.ui.signerNameEdit.text() == "Trần Văn Hùng"
    settings.ui.buttonBox.accepted.emit()  # saving Settings keeps the assistant's programme
    with app_data.db.session() as s:
        assert unit_profile(s).signer_name == "Trần Văn Hùng"


def test_an_unwritable_backup_folder_is_refused_with_a_reason(qtbot, app_data, tmp_path, monkeypatch):
    blocker = tmp_path / "tep"
    blocker.write_bytes(b"")
    assistant = SetupAssistant(app_data)
    qtbot.addWidget(assistant)
    _fill_unit(assistant.ui)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(blocker / "con"))
    assistant.ui.chooseBackupButton.click()
    assistant.finish()
    assert assistant.result() != QDialog.DialogCode.Accepted
    assert "Không ghi được vào thư mục" in assistant.ui.errorLabel.text()
    assistant.ui.defaultBackupButton.click()
    assistant.finish()
    assert assistant.result() == QDialog.DialogCode.Accepted
    assert app_data.layout.backups == app_data.layout.root / "backups"


def test_papers_say_the_unit_is_unnamed_before_asking_where_to_save(qtbot, app_data, monkeypatch):
    with app_data.db.session() as s:
        uuid = save_dossier(s, Dossier(title="Khuôn gá hàn ống")).uuid
        s.commit()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    dialog = DocumentDialog.for_dossier(None, app_data, uuid)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.LeftButton)
    assert asked == []
    assert not dialog.ui.errorLabel.isHidden()
    assert "Chưa đặt tên đơn vị" in dialog.ui.errorLabel.text()


def test_an_empty_list_offers_the_four_ways_in_as_real_buttons(qtbot, app_data, monkeypatch):
    window = _window(qtbot, app_data)
    assert window.showing_empty_state
    ui = window.empty_ui  # the page is made when first shown
    buttons = {ui.emptyNewButton: "new_dossier", ui.emptyXlsxButton: "import_xlsx",
               ui.emptyPackageButton: "import_package", ui.emptyGuideButton: "open_guide"}
    assert [b.text() for b in buttons] == ["Tạo hồ sơ &mới", "Nhập từ &Excel",
                                           "Nhập &gói từ đơn vị khác", "Xem &hướng dẫn"]
    called = []
    for name in buttons.values():
        monkeypatch.setattr(MainWindow, name, lambda self, *_a, name=name: called.append(name))
    window = _window(qtbot, app_data)  # the actions connect to the patched methods
    for button in (window.empty_ui.emptyNewButton, window.empty_ui.emptyXlsxButton,
                   window.empty_ui.emptyPackageButton, window.empty_ui.emptyGuideButton):
        qtbot.mouseClick(button, Qt.LeftButton)
    assert called == list(buttons.values())


def test_the_list_replaces_the_empty_state_and_a_filter_keeps_the_grid(qtbot, app_data):
    window = _window(qtbot, app_data)
    with app_data.db.session() as s:
        uuid = save_dossier(s, Dossier(title="Khuôn gá hàn ống")).uuid
        s.commit()
    window.reload(uuid)
    assert not window.showing_empty_state and window.model.rowCount() == 1
    window.ui.searchEdit.setText("khong co")
    qtbot.waitUntil(lambda: window.model.query.search == "khong co", timeout=2000)
    assert window.model.rowCount() == 0 and not window.showing_empty_state
    window.ui.searchEdit.setText("")
    qtbot.waitUntil(lambda: window.model.query.search == "", timeout=2000)
    assert window.model.rowCount() == 1
