"""The choices offered for the unit's profile, shared by Settings and the first-run assistant."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.unit_profile import UnitProfile

from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP

LEVELS = (
    ("cdcs", QT_TRANSLATE_NOOP("SettingsDialog", "Công đoàn cơ sở (thuộc công đoàn cấp trên trực tiếp cơ sở)")),
    ("cdcs_direct", QT_TRANSLATE_NOOP("SettingsDialog", "Công đoàn cơ sở trực thuộc LĐLĐ tỉnh, thành phố")),
    # Two-tier local government since 01/7/2025: no district level. The code stays, so a unit
    # set up before keeps its level; the names its papers carry are its own text, unchanged.
    ("district_or_sector", QT_TRANSLATE_NOOP(
        "SettingsDialog", "Công đoàn cấp trên trực tiếp cơ sở (xã, phường, ngành; trước 01/7/2025: "
        "cấp huyện)")),
    ("large_enterprise", QT_TRANSLATE_NOOP("SettingsDialog", "Công đoàn doanh nghiệp lớn được chỉ định")),
    ("province", QT_TRANSLATE_NOOP("SettingsDialog", "LĐLĐ tỉnh, thành phố hoặc công đoàn ngành Trung ương")),
)
# Printed above the signer's name on documents, so never translated.
CAPACITIES = ("TM. BAN CHẤP HÀNH", "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH", "")  # i18n: keep


def fill_unit_combos(province: QComboBox, level: QComboBox, capacity: QComboBox) -> None:
    """The province (34 units since 01/7/2025), the unit's level and the signing capacity."""
    from sangkien_desktop.services.catalog import load_unit_list

    province.addItem(QCoreApplication.translate("SettingsDialog", "(chưa chọn)"), "")
    for unit in load_unit_list("provinces-2025").units:
        province.addItem(unit.name, f"provinces-2025/{unit.code}")
    for code, label in LEVELS:
        level.addItem(QCoreApplication.translate("SettingsDialog", label), code)
    capacity.addItems(CAPACITIES)


def missing(profile: UnitProfile) -> tuple[str, str] | None:
    """What a profile lacks before documents can be printed from it: (the field, the message)."""
    if not profile.unit_name:
        return "unitName", QCoreApplication.translate(
            "SettingsDialog", "Hãy nhập tên đơn vị: nó được in ở đầu mọi văn bản.")
    if not profile.place_name:
        return "place", QCoreApplication.translate(
            "SettingsDialog", "Hãy nhập địa danh (ví dụ “Việt Trì”): nó đứng trước ngày tháng trên văn bản.")
    return None


def show_unit(ui: Any, p: UnitProfile) -> None:
    """The unit's fields both forms hold (Settings, the setup assistant: same widget names)."""
    ui.parentEdit.setText(p.parent_organisation)
    ui.unitNameEdit.setText(p.unit_name)
    ui.suffixEdit.setText(p.number_suffix)
    ui.placeEdit.setText(p.place_name)
    ui.provinceCombo.setCurrentIndex(max(ui.provinceCombo.findData(p.province_code), 0))
    ui.levelCombo.setCurrentIndex(max(ui.levelCombo.findData(p.level), 0))
    ui.capacityCombo.setEditText(p.signing_capacity)
    ui.signerTitleEdit.setText(p.signer_title)
    ui.signerNameEdit.setText(p.signer_name)


def read_unit(ui: Any, base: UnitProfile) -> UnitProfile:
    """``base`` with the fields of ``show_unit`` as typed; the others kept."""
    return dataclasses.replace(
        base,
        parent_organisation=clean_line(ui.parentEdit.text()),
        unit_name=clean_line(ui.unitNameEdit.text()),
        number_suffix=clean_line(ui.suffixEdit.text()),
        place_name=clean_line(ui.placeEdit.text()),
        province_code=ui.provinceCombo.currentData() or "",
        level=ui.levelCombo.currentData() or "cdcs",
        signing_capacity=clean_line(ui.capacityCombo.currentText()),
        signer_title=clean_line(ui.signerTitleEdit.text()),
        signer_name=clean_line(ui.signerNameEdit.text()),
    )
