"""The side-by-side view from the editor's check step: the resubmitted initiative is the first
row, the shared passages are highlighted, and the warning is accepted with a reason."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QInputDialog

from sangkien_desktop.services.dossiers import history
from tests.core.test_similarity import resubmission

from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.similarity_dialog import highlighted

RESUBMITTED = "Sáng kiến đã công nhận năm trước nộp lại"
pytestmark = pytest.mark.both_engines  # the similarity index and the register on a server too


def test_highlighting_escapes_and_marks_shared_runs():
    out = highlighted("A <b> lắp đồng hồ đếm giờ vào tủ", "gắn đồng hồ đếm giờ trong tủ điện")
    assert "&lt;b&gt;" in out and '<span style="background-color: #fde68a">đồng hồ đếm giờ</span>' in out


def test_compare_shows_the_earlier_initiative_side_by_side(qtbot, app_data, monkeypatch):
    earlier, again = resubmission(app_data.db, 150, 2)
    editor = DossierEditor(app_data, again.uuid)
    qtbot.addWidget(editor)
    report = editor.panel.run()
    flagged = [f for f in report.findings if f.rule_id == "SK-ELIG-RESUBMITTED"]
    assert [f.ref for f in flagged] == [earlier.uuid]

    dialog = editor.panel.compare(show=False)
    qtbot.addWidget(dialog)
    table = dialog.ui.matchesTable
    assert table.rowCount() >= 1 and table.item(0, 1).text() == earlier.code
    assert "công nhận ngày 22/03/2022" in table.item(0, 4).text()
    assert "#fde68a" in dialog.ui.mineText.toHtml().lower() or "fde68a" in dialog.ui.mineText.toHtml()
    assert "máy nén khí" in dialog.ui.otherText.toPlainText()
    assert earlier.code in dialog.ui.otherLabel.text()

    # The council overrides with a written reason; it goes into the dossier's history.
    # The rules checked against, by name and version (not "cong-nhan-cap-co-so@2026.1").
    summary = editor.ui.checkSummaryLabel.text()
    assert f"(phiên bản {report.rules_version.rpartition('@')[2]})" in summary
    assert "@" not in summary
    # The table names the rule in words; its id is in the tooltip.
    row = next(r for r in range(editor.ui.findingsTable.rowCount())
               if editor.ui.findingsTable.item(r, 4).text() == RESUBMITTED)
    assert "SK-ELIG-RESUBMITTED" in editor.ui.findingsTable.item(row, 4).toolTip()
    assert not any("SK-" in editor.ui.findingsTable.item(r, 4).text()
                   for r in range(editor.ui.findingsTable.rowCount()))
    editor.ui.findingsTable.selectRow(row)
    answers = iter([("Hội đồng sáng kiến", True), ("Giải pháp mới dùng cảm biến, khác bản 2022", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    editor.panel.acknowledge_selected()
    with app_data.db.session() as s:
        entry = history.for_entity(s, history.DOSSIER, again.uuid)[-1]
    assert entry.action == "acknowledged" and entry.changes["similar_to"] == earlier.code
    shown = HistoryDialog(app_data, history.DOSSIER, again.uuid, "x")
    qtbot.addWidget(shown)
    lines = [f"{r[2]} | {r[3]}" for r in shown.rows()]
    assert f"Cảnh báo | {RESUBMITTED}" in lines, lines


def test_thresholds_are_unit_settings_saved_from_the_comparison(qtbot, app_data):
    from sangkien_desktop.services import similarity

    earlier, again = resubmission(app_data.db, 120, 3)
    editor = DossierEditor(app_data, again.uuid)
    qtbot.addWidget(editor)
    dialog = editor.panel.compare(show=False)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert (ui.showSpin.value(), ui.warnSpin.value()) == (25, 45) and ui.matchesTable.rowCount() >= 1
    ui.showSpin.setValue(60)
    ui.warnSpin.setValue(40)
    assert not dialog.save_thresholds() and "cao hơn" in ui.summaryLabel.text()
    with app_data.db.session() as s:
        assert similarity.thresholds(s) == similarity.Thresholds(25, 45)  # nothing half-saved
    ui.showSpin.setValue(90)
    ui.warnSpin.setValue(95)
    assert dialog.save_thresholds()
    assert ui.matchesTable.rowCount() == 0 and "90 %" in ui.summaryLabel.text()
    with app_data.db.session() as s:
        assert similarity.thresholds(s) == similarity.Thresholds(90, 95)
    # The check uses them: nothing is as alike as 95 %, so no warning now.
    assert "SK-ELIG-RESUBMITTED" not in editor.panel.run().rule_ids()
