"""The targets window: the allocation table typed and stored, the dashboard and its chart, and
the progress report and unit sheets written."""

from __future__ import annotations

from openpyxl import load_workbook
from pypdf import PdfReader

from PySide6.QtWidgets import QFileDialog

from sangkien_desktop.services.nominating import targets
from tests.core.nomination_support import recognised_dossiers

from sangkien_desktop.gui.dialogs import paper_output, xlsx_actions
from sangkien_desktop.gui.dialogs.targets_dialog import TargetsDialog

MOT_TRIEU = "mot-trieu-sang-kien-2021-2023"


def test_allocation_progress_and_printing(qtbot, app_data, tmp_path, monkeypatch, _no_modal_boxes):
    with app_data.db.session() as s:
        recognised_dossiers(s, 2, unit_name="Công ty A")
        s.commit()
    dialog = TargetsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.campaignCombo.setCurrentIndex(dialog.ui.campaignCombo.findData(MOT_TRIEU))
    table = dialog.ui.allocationTable
    assert table.columnCount() == 3  # unit, two phases
    dialog.fill_units()
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Công ty A"
    table.item(0, 1).setText("4")
    table.item(0, 2).setText("x")
    assert not dialog.save_targets()  # a bad cell is refused with a message
    assert "số nguyên" in _no_modal_boxes[-1][1]
    assert dialog.ui.noticeLabel.text() == ""
    table.item(0, 2).setText("6")
    row = dialog.add_unit("Công ty B")
    table.item(row, 1).setText("3")
    dialog.ui.saveTargetsButton.click()
    # Saying it was saved (issue 18: saving gave no confirmation).
    assert dialog.ui.noticeLabel.text().startswith("Đã lưu chỉ tiêu của 2 đơn vị lúc ")
    with app_data.db.session() as s:
        assert targets.targets(s, MOT_TRIEU) == {("Công ty A", "1"): 4, ("Công ty A", "2"): 6,
                                                 ("Công ty B", "1"): 3}
    progress = dialog.ui.progressTable
    assert progress.rowCount() == 3  # two units and the total
    assert progress.item(0, 0).text() == "Công ty A" and progress.item(0, 1).text() == "2/4"
    assert progress.item(2, 3).text() == "2/13"
    assert [(b.label, b.target, b.achieved) for b in dialog.chart.bars] == [
        ("Công ty A", 10, 2), ("Công ty B", 3, 0)]
    assert not dialog.chart.grab().isNull()

    report = tmp_path / "bc.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    opened = []
    monkeypatch.setattr(paper_output.QDesktopServices, "openUrl", lambda url: opened.append(url))
    job = dialog.print_report()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)
    assert job.result == report and [u.toLocalFile() for u in opened] == [str(report)]
    text = " ".join(p.extract_text() for p in PdfReader(report).pages)
    assert "Công ty B" in text
    assert str(report) in dialog.ui.noticeLabel.text() and "báo cáo" in dialog.ui.noticeLabel.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    progress.selectRow(0)
    job = dialog.print_sheets()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)
    (sheet,) = job.result
    assert sheet.name == "tom-tat-cong-ty-a.pdf" and len(PdfReader(sheet).pages) == 1
    assert dialog.ui.noticeLabel.text().startswith(
        f"Đã ghi 1 phiếu tóm tắt đơn vị vào thư mục {tmp_path} lúc ")


def test_progress_table_exported_to_excel(qtbot, app_data, tmp_path, monkeypatch):
    with app_data.db.session() as s:
        recognised_dossiers(s, 2, unit_name="Công ty A")
        targets.set_targets(s, app_data.campaigns[MOT_TRIEU], {("Công ty A", "1"): 4})
        s.commit()
    dialog = TargetsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.campaignCombo.setCurrentIndex(dialog.ui.campaignCombo.findData(MOT_TRIEU))
    out = tmp_path / "tien-do.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    opened = []
    monkeypatch.setattr(xlsx_actions.QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog.ui.exportXlsxButton.click()
    assert [u.toLocalFile() for u in opened] == [str(out)]
    assert str(out) in dialog.ui.noticeLabel.text()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    (unit,) = [r for r in rows if r[0] == 1]
    assert unit[1:5] == ("Công ty A", 4, 2, 0.5)
