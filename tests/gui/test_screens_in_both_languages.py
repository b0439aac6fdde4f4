"""Texts found untranslated or clipped when every screen was looked at in both languages."""

from __future__ import annotations

import dataclasses

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
    assert f"2025 — Hội đồng sáng kiến {EMPLOYER}\nCông đoàn cơ sở {EMPLOYER}" in texts
    assert f"2024 — Hội đồng sáng kiến {EMPLOYER}" in texts


def test_print_preview_toolbar_in_vietnamese(app_data):
    assert QCoreApplication.translate("QPrintPreviewDialog", "Next page") == "Trang sau"
    assert QCoreApplication.translate("QPrintPreviewDialog", "Print") == "In"
