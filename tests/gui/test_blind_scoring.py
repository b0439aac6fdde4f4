"""Blind scoring on one station: a sheet entered and left stays hidden (•••) when its row is
selected again, until every member has scored; correcting it is an explicit action that asks
first and is written into the meeting's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sangkien_desktop.services.council import councils
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from tests.gui.council_setup import GOOD, set_up_unit
from tests.gui.test_council_walk import GOOD_SCORES

from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.meeting_dialog import MeetingDialog


def _meeting(qtbot, app_data) -> MeetingDialog:
    set_up_unit(app_data)
    dialog = MeetingDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.dateEdit.setText("15/03/2025")
    dialog.ui.placeEdit.setText("Phòng họp")
    dialog.ui.tabs.setCurrentIndex(2)
    combo = dialog.ui.scoringDossierCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if GOOD in combo.itemText(i)))
    return dialog


def test_an_entered_sheet_stays_hidden_until_corrected_on_purpose(qtbot, app_data, monkeypatch):
    dialog = _meeting(qtbot, app_data)
    table = dialog.ui.scoreTable
    table.setCurrentCell(0, 1)
    for col, value in enumerate(GOOD_SCORES[0], 1):
        table.item(0, col).setText(value)
    assert table.item(0, 1).text() == "34"  # the row being entered shows its marks
    table.setCurrentCell(1, 1)
    assert table.item(0, 1).text() == "•••"
    # Selecting the first member's row again does not reveal the marks.
    table.setCurrentCell(0, 1)
    assert table.item(0, 1).text() == "•••" and table.item(0, 4).text() == ""
    assert not table.item(0, 1).flags() & Qt.ItemIsEditable
    assert dialog.ui.correctSheetButton.isEnabled()
    # Correcting asks first; "No" leaves it hidden.
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a, **_k: asked.append(text) or next(answers))
    dialog.ui.correctSheetButton.click()
    assert table.item(0, 1).text() == "•••" and "Hoàng Minh Châu" in asked[0]
    dialog.ui.correctSheetButton.click()
    assert table.item(0, 1).text() == "34" and table.item(0, 1).flags() & Qt.ItemIsEditable
    table.item(0, 1).setText("33")
    assert dialog.save(), dialog.ui.errorLabel.text()
    with app_data.db.session() as session:
        code = councils.get_meeting(session, dialog.meeting_uuid).dossier_uuids
        code = next(get_dossier(session, u).code for u in code if get_dossier(session, u).title == GOOD)
    shown = HistoryDialog(app_data, history.MEETING, dialog.meeting_uuid, "x")
    qtbot.addWidget(shown)
    lines = [f"{r[2]} | {r[3]}" for r in shown.rows()]
    assert any(line.startswith("Sửa phiếu đã nhập khi chưa chấm xong |") for line in lines), lines
    assert "Thành viên | Hoàng Minh Châu" in lines and f"Hồ sơ | {code}" in lines


def test_sheets_loaded_from_a_saved_meeting_are_hidden_too(qtbot, app_data):
    dialog = _meeting(qtbot, app_data)
    table = dialog.ui.scoreTable
    table.setCurrentCell(0, 1)
    for col, value in enumerate(GOOD_SCORES[0], 1):
        table.item(0, col).setText(value)
    assert dialog.save(), dialog.ui.errorLabel.text()
    again = MeetingDialog(app_data)
    qtbot.addWidget(again)
    again.ui.meetingCombo.setCurrentIndex(again.ui.meetingCombo.findData(dialog.meeting_uuid))
    again.ui.tabs.setCurrentIndex(2)
    combo = again.ui.scoringDossierCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if GOOD in combo.itemText(i)))
    for row in (0, 1, 0):
        again.ui.scoreTable.setCurrentCell(row, 1)
        assert again.ui.scoreTable.item(0, 1).text() == "•••"
