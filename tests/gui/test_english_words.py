"""English mode says everything in English (issue 18: "24 giờ ngày" and "Tổng cộng" stayed
Vietnamese, and the check said "1 unacknowledged warnings")."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QMessageBox

from sangkien_desktop.domain.messages import Message
from sangkien_desktop.services.dossiers.check_many import Checked, CheckSummary
from sangkien_desktop.services.nominating import targets
from tests.core.nomination_support import recognised_dossiers

from sangkien_desktop.gui import language
from sangkien_desktop.gui.dialogs.targets_dialog import TargetsDialog
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.main_window import MainWindow

MOT_TRIEU = "mot-trieu-sang-kien-2021-2023"


@pytest.fixture
def english(app_data):
    language.install("en")
    yield app_data
    language.install("vi")


def test_a_closing_time_inside_a_finding_is_english(english):
    closed = Message("check_portal_closed", campaign="01 triệu sáng kiến",
                     closed=Message("closing_midnight", date="31/12/2023"))
    text = core_text(closed)
    assert "midnight at the end of 31/12/2023" in text and "giờ ngày" not in text


def test_the_targets_total_row_is_english(qtbot, english):
    with english.db.session() as s:
        recognised_dossiers(s, 2, unit_name="Công ty A")
        targets.set_targets(s, english.campaigns[MOT_TRIEU], {("Công ty A", "1"): 4})
        s.commit()
    dialog = TargetsDialog(english)
    qtbot.addWidget(dialog)
    dialog.ui.campaignCombo.setCurrentIndex(dialog.ui.campaignCombo.findData(MOT_TRIEU))
    table = dialog.ui.progressTable
    assert table.item(table.rowCount() - 1, 0).text() == "Total"
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Whole programme" in heads or "Whole program" in heads, heads


@pytest.mark.parametrize(("warnings", "said"), [(1, "1 unacknowledged warning."),
                                                 (2, "2 unacknowledged warnings.")])
def test_the_check_summary_counts_in_english(qtbot, english, monkeypatch, warnings, said):
    window = MainWindow(english)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    window.dossiers.show_check(CheckSummary([Checked("u", "SK-1", "Máy", (), 0, warnings)]))
    assert window.last_check_summary == f"Checked 1 dossier: 0 errors, {said}"
