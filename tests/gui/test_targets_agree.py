"""The printed unit summary sheet and report agree with the targets screen (issue 18, item 5):
one service (services.nominating.targets.line) computes the figures of all three. On demo
data, where some initiatives were recognised after the program's last phase closed."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QSettings

from sangkien_desktop.documents.blocks import Table
from sangkien_desktop.documents.targets import bao_cao_chi_tieu
from sangkien_desktop.documents.unit_sheet import tom_tat_don_vi
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.nominating import target_papers, targets

from sangkien_desktop.gui.dialogs.targets_dialog import TargetsDialog


@pytest.fixture
def demo(app_data):
    with app_data.db.session() as s:
        create_demo(s, 200, seed=1)
        s.commit()
    QSettings().remove("windows")
    return app_data


def _text(cell) -> str:
    return getattr(cell, "text", cell)


def _screen(dialog) -> dict[str, tuple[str, str]]:
    """unit → ("achieved/target" of the whole campaign, rate) as the screen shows them."""
    table = dialog.ui.progressTable
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    whole, rate = heads.index("Cả chương trình"), heads.index("Tỷ lệ (%)")
    return {table.item(r, 0).text(): (table.item(r, whole).text(), table.item(r, rate).text())
            for r in range(table.rowCount())}


def test_the_unit_sheet_says_what_the_targets_screen_says(qtbot, demo):
    dialog = TargetsDialog(demo)
    qtbot.addWidget(dialog)
    combo = dialog.ui.campaignCombo
    compared = late = 0
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        campaign = dialog.campaign
        shown = _screen(dialog)
        with demo.db.session() as s:
            p = targets.achievement(s, campaign)
            for u in p.units:
                if not u.target:
                    continue
                late += u.after_phases
                sheet = tom_tat_don_vi(target_papers.unit_sheet_data(s, campaign, u.unit_name))
                table = next(b for b in sheet.blocks if isinstance(b, Table))
                _label, target, achieved, rate = (_text(c) for c in table.totals)
                assert shown[u.unit_name] == (f"{achieved}/{target}", rate), u.unit_name
                compared += 1
            report = bao_cao_chi_tieu(target_papers.target_report_data(s, campaign))
            totals = next(b for b in report.blocks if isinstance(b, Table)).totals
            whole = [_text(c) for c in totals][-3:]  # the campaign's target, achieved, rate
            assert shown["Tổng cộng"] == (f"{whole[1]}/{whole[0]}", whole[2]), campaign.id
    assert compared > 10 and late > 0  # the case that broke: recognised after the last phase
