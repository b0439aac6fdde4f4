"""The Tờ trình's number and date are chosen from the unit's own register (issue 18, item 8):
the next free number offered, the year's numbers listed, a used one refused in the dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services.council import numbering
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.settings import save_unit_profile
from tests.gui.test_nominations_dialog import _new_nomination, _pick_all, _seed

from sangkien_desktop.gui.dialogs.send_nomination_dialog import SendNominationDialog


def test_the_number_and_date_come_from_the_register(qtbot, app_data, monkeypatch):
    _seed(app_data, 2)
    year = dt.date.today().year
    with app_data.db.session() as s:
        save_unit_profile(s, UnitProfile(unit_name="Công đoàn cơ sở Công ty A",
                                         number_suffix="CĐCS"))
        numbering.register(s, "TTr", 1, dt.date(year, 1, 5), suffix="CĐCS", subject="Tờ trình khác")
        numbering.register(s, "TTr", 2, dt.date(year, 2, 9), suffix="CĐCS", subject="Tờ trình khác")
        s.commit()
    dialog = _new_nomination(qtbot, app_data)
    _pick_all(dialog)
    seen = {}

    def exec_(send: SendNominationDialog) -> int:
        ui = send.ui
        seen["offered"] = ui.numberSpin.value()
        seen["suffix"] = ui.numberSuffix.text()
        seen["register"] = ui.registerLabel.text()
        ui.numberSpin.setValue(2)  # already given in the register
        ui.buttonBox.accepted.emit()
        seen["refused"] = ui.errorLabel.text() if ui.errorLabel.isVisibleTo(send) else ""
        assert send.result() != QDialog.DialogCode.Accepted
        ui.dateEdit.setText("20/03/2025")  # another year: its own register, number 1 offered
        ui.dateEdit.textEdited.emit("20/03/2025")
        seen["last_year"] = (ui.numberSpin.value(), ui.registerLabel.text())
        ui.dateEdit.setText(f"20/03/{year}")
        ui.dateEdit.textEdited.emit(f"20/03/{year}")
        ui.numberSpin.setValue(7)
        ui.buttonBox.accepted.emit()
        return send.result()

    monkeypatch.setattr(SendNominationDialog, "exec", exec_)
    dialog.ui.sendButton.click()
    assert seen["offered"] == 3 and seen["suffix"] == "/TTr-CĐCS"
    assert "01/TTr-CĐCS (05/01/" in seen["register"] and "02/TTr-CĐCS (09/02/" in seen["register"]
    assert "Số tiếp theo còn trống: 3" in seen["register"]
    assert "Số 02/TTr-CĐCS năm" in seen["refused"] and "số 3" in seen["refused"]
    assert seen["last_year"][0] == 1 and "chưa có Tờ trình nào" in seen["last_year"][1]
    with app_data.db.session() as s:
        (sent,) = noms.list_nominations(s)
        assert sent.letter_number_text == "07/TTr-CĐCS"
        assert sent.letter_date == dt.date(year, 3, 20)
        assert [e.number for e in numbering.entries(s, "TTr", year)] == [1, 2, 7]


def test_cancelling_sends_nothing(qtbot, app_data, monkeypatch):
    _seed(app_data, 1)
    dialog = _new_nomination(qtbot, app_data)
    _pick_all(dialog)
    monkeypatch.setattr(SendNominationDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    dialog.ui.sendButton.click()
    with app_data.db.session() as s:
        assert not noms.list_nominations(s)[0].is_sent
