"""The nominations window picks the level a nomination goes to from the unit's route (two-tier
local government, issue 21 item 2): the addressee follows the level unless typed by hand, the
level is saved, a parent named as a district union is pointed out, and a nomination sent to a
district union before 01/7/2025 keeps its name."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.settings import save_unit_profile
from tests.gui.typing import commit_text

from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog

PROVINCE = "Ban Thường vụ Liên đoàn Lao động tỉnh Quảng Trị"


def _unit(app_data, parent: str) -> None:
    with app_data.db.session() as s:
        save_unit_profile(s, UnitProfile(
            unit_name="Công đoàn cơ sở Công ty Cổ phần Cảng Cửa Việt", level="cdcs",
            parent_organisation=parent, province_code="provinces-2025/quang-tri"))
        s.commit()


def _pick(dialog: NominationsDialog, level: str) -> None:
    combo = dialog.ui.toLevelCombo
    combo.setCurrentIndex(combo.findData(level))
    combo.activated.emit(combo.currentIndex())


def test_a_new_nomination_goes_to_the_nearest_level_and_the_addressee_follows(qtbot, app_data):
    _unit(app_data, "CÔNG ĐOÀN PHƯỜNG ĐÔNG HÀ")
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.newButton.click()
    ui = dialog.ui
    assert [ui.toLevelCombo.itemData(i) for i in range(ui.toLevelCombo.count())] == [
        "direct_upper", "province"]
    assert ui.toLevelCombo.currentData() == "direct_upper"
    assert ui.toLevelCombo.currentText().startswith("Công đoàn cấp trên trực tiếp cơ sở")
    assert ui.toUnitEdit.text() == "Ban Thường vụ Công đoàn phường Đông Hà"
    assert not ui.routeNotice.isVisible()
    _pick(dialog, "province")
    assert ui.toUnitEdit.text() == PROVINCE
    assert dialog.save()
    with app_data.db.session() as s:
        (saved,) = noms.list_nominations(s)
    assert (saved.to_level, saved.to_unit) == ("province", PROVINCE)
    # An addressee typed by hand stays when the level changes.
    ui.toUnitEdit.clear()
    commit_text(ui.toUnitEdit, "Ban Thường vụ Công đoàn Khu kinh tế tỉnh Quảng Trị")
    _pick(dialog, "direct_upper")
    assert ui.toUnitEdit.text() == "Ban Thường vụ Công đoàn Khu kinh tế tỉnh Quảng Trị"


def test_a_district_parent_is_pointed_out_and_an_old_nomination_keeps_its_name(
        qtbot, app_data, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    _unit(app_data, "LĐLĐ HUYỆN GIO LINH")
    with app_data.db.session() as s:
        from sangkien_desktop.storage.models_nominations import NominationRow

        old = noms.save_nomination(s, noms.Nomination(
            campaign_id="mot-trieu-sang-kien-2021-2023", to_unit="Ban Thường vụ LĐLĐ huyện Gio Linh"),
            app_data.campaigns)
        row = s.query(NominationRow).filter_by(uuid=old.uuid).one()
        row.status, row.letter_number_text = noms.SENT, "3/TTr-CĐCS"
        row.letter_date, row.sent_at = dt.date(2023, 5, 2), dt.datetime(2023, 5, 2, 8, 0)
        s.commit()
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    # The sent one: its recipient as written, no level, a note saying why.
    assert ui.toUnitEdit.text() == "Ban Thường vụ LĐLĐ huyện Gio Linh"
    assert ui.toLevelCombo.currentData() == "" and not ui.toLevelCombo.isEnabled()
    assert ui.routeNotice.isVisible() and "giữ đúng như đã ghi" in ui.routeNotice.text()
    # A new one: the district is not offered; the province is, and the settings are pointed at.
    ui.newButton.click()
    assert ui.toLevelCombo.currentData() == "direct_upper"
    assert ui.toUnitEdit.text() == "Công đoàn cấp trên"  # nothing to suggest: the officer types
    assert "cấp huyện" in ui.routeNotice.text() and "Cài đặt" in ui.routeNotice.text()
    _pick(dialog, "province")
    assert ui.toUnitEdit.text() == PROVINCE
