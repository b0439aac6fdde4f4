"""Settings: the employer whose head may decide, the symbol of the head's papers and whom an
application is addressed to, kept with the unit profile."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog

from sangkien_desktop.domain.unit_profile import ADDRESSEE_COUNCIL, UnitProfile
from sangkien_desktop.services.settings import save_unit_profile, unit_profile
from tests.gui.typing import commit_text

from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog

PROFILE = UnitProfile(unit_name="Công đoàn cơ sở Công ty CP May Việt Tiến", place_name="Nam Định",
                      user_name="Đinh Thị Yến")


def _dialog(qtbot, app_data) -> SettingsDialog:
    dialog = SettingsDialog(app_data)
    qtbot.addWidget(dialog)
    return dialog


def test_the_head_of_the_unit_and_the_addressee_are_set_and_kept(qtbot, app_data):
    with app_data.db.session() as s:
        save_unit_profile(s, dataclasses.replace(PROFILE, province_code="provinces-2025/ninh-binh"))
        s.commit()
    dialog = _dialog(qtbot, app_data)
    ui = dialog.ui
    assert ui.addresseeCombo.currentData() == "head"  # the default: the head of the unit
    commit_text(ui.employerEdit, "Công ty Cổ phần May Việt Tiến")
    assert ui.headTitleEdit.text() == "Thủ trưởng"
    ui.headTitleEdit.clear()
    commit_text(ui.headTitleEdit, "Giám đốc")
    commit_text(ui.employerSuffixEdit, "VTEC")
    ui.addresseeCombo.setCurrentIndex(ui.addresseeCombo.findData(ADDRESSEE_COUNCIL))
    ui.buttonBox.accepted.emit()
    assert dialog.result() == QDialog.Accepted
    with app_data.db.session() as s:
        saved = unit_profile(s)
    assert (saved.employer_name, saved.head_title, saved.employer_number_suffix,
            saved.application_addressee) == ("Công ty Cổ phần May Việt Tiến", "Giám đốc", "VTEC",
                                              ADDRESSEE_COUNCIL)
    assert saved.user_name == "Đinh Thị Yến" and saved.unit_name == PROFILE.unit_name

    again_dialog = _dialog(qtbot, app_data)
    again = again_dialog.ui
    assert again.addresseeCombo.currentData() == ADDRESSEE_COUNCIL
    assert again.employerSuffixEdit.text() == "VTEC"


def test_a_typed_addressee_is_kept_as_typed(qtbot, app_data):
    with app_data.db.session() as s:
        save_unit_profile(s, PROFILE)
        s.commit()
    dialog = _dialog(qtbot, app_data)
    dialog.ui.addresseeCombo.setEditText("Ban Giám đốc Công ty")
    dialog.ui.buttonBox.accepted.emit()
    with app_data.db.session() as s:
        assert unit_profile(s).application_addressee == "Ban Giám đốc Công ty"
    reopened = _dialog(qtbot, app_data)
    assert reopened.ui.addresseeCombo.currentText() == "Ban Giám đốc Công ty"
