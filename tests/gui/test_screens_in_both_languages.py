"""Texts found untranslated or clipped when every screen was looked at in both languages."""

from __future__ import annotations

import dataclasses
import re

import pytest

from PySide6.QtCore import QCoreApplication

from sangkien_desktop.services.council import councils
from tests.gui.council_setup import EMPLOYER, set_up_unit

from sangkien_desktop.gui import language
from sangkien_desktop.gui.dialogs.councils_dialog import CouncilsDialog
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.meeting_dialog import MeetingDialog


@pytest.fixture
def english(app_data):
    language.install("en")
    yield app_data
    language.install("vi")


def test_editor_check_step_and_portal_count_in_english(qtbot, english):
    editor = DossierEditor(english, None)
    qtbot.addWidget(editor)
    ui = editor.ui
    ui.stepList.setCurrentRow(ui.stepList.count() - 1)
    assert "Checking the dossier" in ui.helpBox.toHtml()
    assert "Kiểm tra" not in ui.helpBox.toPlainText()
    ui.portalEdit.setPlainText("x" * 1500)
    assert ui.portalCountLabel.text().endswith("characters")


def test_score_grid_headers_in_english(qtbot, english):
    _council, (good, _weak) = set_up_unit(english)
    dialog = MeetingDialog(english)
    qtbot.addWidget(dialog)
    dialog.ui.tabs.setCurrentIndex(1)  # the submitted dossiers are in the new meeting
    table = dialog.ui.scoreTable
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert any("(max 40)" in h for h in headers), headers
    assert not any("tối đa" in h for h in headers)


def test_council_list_names_the_unit_once(qtbot, app_data):
    council, _dossiers = set_up_unit(app_data)
    with app_data.db.session() as session:
        councils.save_council(session, dataclasses.replace(
            council, uuid="", year=2024, name=f"Hội đồng sáng kiến {EMPLOYER}", unit_name=EMPLOYER,
            members=[dataclasses.replace(m, id=None) for m in council.members]))
        session.commit()
    dialog = CouncilsDialog(app_data)
    qtbot.addWidget(dialog)
    texts = {dialog.ui.councilList.item(i).text() for i in range(dialog.ui.councilList.count())}
    # The union's council names another unit than its own name: both lines; the employer's
    # council is named after its unit: one line, not the unit twice.
    assert f"2025 — Hội đồng sáng kiến {EMPLOYER}\n    Công đoàn cơ sở {EMPLOYER}" in texts
    assert f"2024 — Hội đồng sáng kiến {EMPLOYER}" in texts


def test_print_preview_toolbar_in_vietnamese(app_data):
    assert QCoreApplication.translate("QPrintPreviewDialog", "Next page") == "Trang sau"
    assert QCoreApplication.translate("QPrintPreviewDialog", "Print") == "In"


def test_a_meeting_result_in_english(qtbot, english):
    """The program's own "fail" is translated by its code; the council's bands (its rubric,
    data like a campaign's) are shown as the council wrote them."""
    from tests.gui.council_setup import GOOD, WEAK
    from tests.gui.test_council_walk import GOOD_SCORES, WEAK_SCORES, _pick, _score

    set_up_unit(english)
    dialog = MeetingDialog(english)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.tabs.setCurrentIndex(1)
    for title in (GOOD, WEAK):
        _pick(ui.availableList, title)
        ui.addDossierButton.click()
    ui.tabs.setCurrentIndex(2)
    _score(dialog, GOOD, GOOD_SCORES)
    assert "Result: <b" in ui.resultLabel.text() and ">Loại B</b>" in ui.resultLabel.text()
    _score(dialog, WEAK, WEAK_SCORES)
    assert ">Fail</b>" in ui.resultLabel.text(), ui.resultLabel.text()
    assert "Không đạt" not in ui.resultLabel.text()


def test_the_portal_answer_in_english(qtbot, english):
    """The portal's answer in the outbox is the core's word, translated by its code."""
    import datetime as dt

    from sangkien_desktop.services.exchange import portal
    from tests.gui.test_exchange_dialogs import _recognise

    from sangkien_desktop.gui.dialogs.portal_outbox_dialog import PortalOutboxDialog

    good, _weak = _recognise(english)
    with english.db.session() as s:
        portal.mark_entered(s, good, dt.date(2022, 4, 2), "TN-0457")
        portal.mark_result(s, good, portal.ACCEPTED, on=dt.date(2022, 4, 9))
        s.commit()
    dialog = PortalOutboxDialog(english)
    qtbot.addWidget(dialog)
    dialog.ui.showDoneCheck.setChecked(True)
    state = dialog.ui.outboxTable.item(0, 3).text()
    assert state.endswith(" — Accepted"), state


def test_received_papers_in_english(qtbot, english, tmp_path):
    """The papers that came with a received nomination are named by the core's codes."""
    from tests.gui.test_received_dialog import receive_a_nomination

    from sangkien_desktop.gui.dialogs.received_dialog import ReceivedDialog

    receive_a_nomination(english, tmp_path)
    dialog = ReceivedDialog(english)
    qtbot.addWidget(dialog)
    dialog.ui.receivedTree.setCurrentItem(dialog.ui.receivedTree.topLevelItem(0).child(0))
    papers = [dialog.ui.paperList.item(i).text() for i in range(dialog.ui.paperList.count())]
    assert papers[0] == "Cover letter" and len(papers) == 2, papers
    assert not any(re.search("[À-ỹĐđ]", p) for p in papers), papers


def test_the_portal_text_offer_in_english(qtbot, english, monkeypatch):
    """The portal text built from the description says its length in English."""
    from PySide6.QtWidgets import QMessageBox

    editor = DossierEditor(english, None)
    qtbot.addWidget(editor)
    editor.ui.titleEdit.setText("Cải tiến khuôn gá")
    editor.ui.solutionEdit.setPlainText("Giải pháp " * 30)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.No)
    editor.build_portal_text()
    assert len(shown) == 1 and "characters" in shown[0], shown
    assert "ký tự" not in shown[0]
