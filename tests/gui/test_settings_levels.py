"""Two-tier local government since 01/7/2025: the unit levels offer no district union, and a
unit set up at the old district level keeps it."""

from __future__ import annotations

import dataclasses

from sangkien_desktop.services.settings import save_unit_profile, unit_profile

from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog


def test_levels_follow_two_tier_government(qtbot, app_data):
    with app_data.db.session() as s:
        save_unit_profile(s, dataclasses.replace(unit_profile(s), level="district_or_sector",
                                                 unit_name="LĐLĐ huyện Gio Linh", place_name="Gio Linh"))
        s.commit()
    dialog = SettingsDialog(app_data)
    qtbot.addWidget(dialog)
    combo = dialog.ui.levelCombo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert not any(label.startswith("LĐLĐ cấp huyện") for label in labels)
    assert combo.currentData() == "district_or_sector"
    assert "xã, phường" in combo.currentText() and "trước 01/7/2025" in combo.currentText()
    assert dialog.collect().unit_name == "LĐLĐ huyện Gio Linh"  # the name it carries stays
