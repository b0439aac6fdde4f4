"""Program pickers: open programs first, a closed one marked so in its name (it stays for the
dossiers made under it), an upcoming one too; one helper for every combo box that lists them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.campaign_edit import State, closes_on, ordered, state

CLOSED_COLOUR = QColor("#777777")


def label(campaign: Campaign, today: dt.date) -> str:
    """The short name, with "(đã kết thúc 01/09/2023)" or "(sắp mở)" after it."""
    found = state(campaign, today)
    if found == State.CLOSED:
        end = closes_on(campaign)
        return QCoreApplication.translate("campaign_picker", "%1 (đã kết thúc %2)").replace(
            "%1", campaign.short_name).replace("%2", f"{end:%d/%m/%Y}" if end else "")
    if found == State.UPCOMING:
        return QCoreApplication.translate("campaign_picker", "%1 (sắp mở)").replace(
            "%1", campaign.short_name)
    return campaign.short_name


def fill(combo: QComboBox, campaigns: dict[str, Campaign], today: dt.date | None = None) -> None:
    """Adds the programs to ``combo`` (after what it holds), data = the program's id; a closed
    one greyed, with the reason in its tooltip."""
    today = today or dt.date.today()
    for campaign in ordered(campaigns, today):
        combo.addItem(label(campaign, today), campaign.id)
        if state(campaign, today) == State.CLOSED:
            index = combo.count() - 1
            combo.setItemData(index, QBrush(CLOSED_COLOUR), Qt.ItemDataRole.ForegroundRole)
            combo.setItemData(index, QCoreApplication.translate(
                "campaign_picker", "Chương trình đã kết thúc: chỉ dùng cho hồ sơ cũ của chương "
                "trình này."), Qt.ItemDataRole.ToolTipRole)
