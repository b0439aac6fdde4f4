"""The verification box in the window (Hội đồng → Xác thực giấy tờ…)."""

from __future__ import annotations

import pytest

from sangkien_desktop.domain.verification import DECISION, make_code
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT, issue
from tests.gui.typing import type_text

from sangkien_desktop.gui.dialogs.verify_dialog import VerifyDialog
from sangkien_desktop.gui.main_window import MainWindow

pytestmark = pytest.mark.both_engines  # the similarity index and the register on a server too


def test_the_window_answers_for_a_certificate(qtbot, app_data, monkeypatch):
    with app_data.db.session() as s:
        save_unit_profile(s, UNIT)
        council = make_council(s)
        dossiers = make_dossiers(s)
        decision = issue(s, make_meeting(s, council, dossiers), dossiers)
        cert = decisions.certificate_data(s, decision.uuid)[1]
        s.commit()
    opened = []
    monkeypatch.setattr(VerifyDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.ui.actionVerify.trigger()
    [dialog] = opened
    ui = dialog.ui
    type_text(ui.codeEdit, cert.verification_code.lower().replace("-", " "))
    ui.checkButton.click()
    text = ui.resultLabel.text()
    assert cert.verification_code in text and cert.author.full_name in text
    assert "Thu hồi nhiệt nước thải nhuộm" in text and "SHA-256" in text
    assert ui.codeEdit.text() == cert.verification_code

    ui.codeEdit.clear()
    type_text(ui.codeEdit, "ZZZZ-ZZZZ")
    ui.checkButton.click()
    assert "Không tìm thấy" in ui.resultLabel.text()
    ui.codeEdit.clear()
    type_text(ui.codeEdit, "abc")
    ui.checkButton.click()
    assert "8 ký tự" in ui.resultLabel.text()
    assert make_code(DECISION, decision.uuid) != cert.verification_code
