"""The Excel import dialog and the Excel menu entries of the main window."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook, load_workbook

from PySide6.QtCore import Qt

from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier

from sangkien_desktop.gui.dialogs.xlsx_import_dialog import XlsxImportDialog
from sangkien_desktop.gui.main_window import MainWindow

HEADER = ["STT", "Tên sáng kiến", "Tác giả", "Ngày áp dụng lần đầu", "Giá trị làm lợi (đồng)"]


def _sheet(path, rows):
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "DANH SÁCH SÁNG KIẾN NĂM 2023"
    ws.merge_cells("A1:E1")
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD = [
    [1, "Bàn thao tác chống mỏi", "Vũ Thị Nga (70%); Lò Văn Páo (30%)", "12/5/2023", "45.000.000 đ"],
    [2, "Phần mềm chấm công", "Đặng Quốc Việt", "01/02/2023", 30000000],
]


def test_dry_run_shows_each_row_and_import_waits_for_a_clean_file(qtbot, app_data, tmp_path):
    path = _sheet(tmp_path / "ds.xlsx", [*GOOD, [3, "Thiếu tỷ lệ", "An; Bình", "30/2/2023", ""]])
    dialog = XlsxImportDialog(app_data, None, path)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    table = ui.resultTable
    assert table.rowCount() == 3
    assert [table.item(i, 0).text() for i in range(3)] == ["3", "4", "5"]
    assert table.item(0, 1).text() == "Sẽ tạo"
    assert "Bàn thao tác chống mỏi" in table.item(0, 2).text() and "Vũ Thị Nga (70%)" in table.item(0, 2).text()
    assert table.item(2, 1).text() == "Lỗi"
    problems = table.item(2, 3).text()
    assert "cột C (Tác giả)" in problems and "tỷ lệ" in problems
    assert "cột D (Ngày áp dụng lần đầu)" in problems and "30/2/2023" in problems
    assert table.item(2, 0).background().color().name() == "#fde2e1"
    assert not ui.importButton.isEnabled()
    assert "1 dòng có lỗi" in ui.summaryLabel.text()
    ui.errorsOnlyCheck.setChecked(True)
    assert table.rowCount() == 1
    # The officer fixes the file in Excel, saves, and checks again.
    _sheet(path, GOOD)
    qtbot.mouseClick(ui.recheckButton, Qt.LeftButton)
    assert ui.importButton.isEnabled()
    assert "bấm “Nhập” để tạo 2 hồ sơ" in ui.summaryLabel.text()
    qtbot.mouseClick(ui.importButton, Qt.LeftButton)
    assert dialog.imported == 2
    assert "Đã nhập 2 hồ sơ" in ui.summaryLabel.text()
    assert not ui.importButton.isEnabled()  # no second import of the same rows
    with app_data.db.session() as s:
        rows = list_dossiers(s, DossierQuery(search="cham cong"))
        assert [(r.title, r.lead_author_name) for r in rows] == [("Phần mềm chấm công", "Đặng Quốc Việt")]
    # Checking the same file again: both rows are now duplicates of what was imported.
    qtbot.mouseClick(ui.recheckButton, Qt.LeftButton)
    assert [table.item(i, 1).text() for i in range(2)] == ["Lỗi", "Lỗi"]
    assert "Đã có hồ sơ" in table.item(0, 3).text()
    assert not ui.importButton.isEnabled() and dialog.imported == 2


def test_an_unreadable_file_is_explained(qtbot, app_data, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_text("không phải Excel")
    dialog = XlsxImportDialog(app_data, None, bad)
    qtbot.addWidget(dialog)
    assert "lưu lại dưới dạng .xlsx" in dialog.ui.summaryLabel.text()
    assert dialog.ui.resultTable.rowCount() == 0 and not dialog.ui.importButton.isEnabled()


def test_menu_entries_import_export_and_save_template(qtbot, app_data, tmp_path, monkeypatch):
    with app_data.db.session() as s:
        for title in ("Máy cắt cỏ cải tiến", "Sổ tay an toàn điện"):
            save_dossier(
                s, Dossier(title=title, authors=[Author(full_name="Mai Anh", share_percent=Decimal(100))])
            )
        s.commit()
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.ui.actionImportXlsx.isVisible() and window.ui.actionExportXlsx.isVisible()

    # Import: pick the file, look at the check, press "Nhập", close; the list shows the new rows.
    sheet = _sheet(tmp_path / "in.xlsx", GOOD)
    monkeypatch.setattr(
        "sangkien_desktop.gui.dialogs.xlsx_import_dialog.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(sheet), ""),
    )

    def press_import(dialog):
        dialog.ui.importButton.click()
        return 0

    monkeypatch.setattr(XlsxImportDialog, "exec", press_import)
    window.ui.actionImportXlsx.trigger()
    titles = {window.model.row_at(i).title for i in range(window.model.rowCount())}
    assert {"Bàn thao tác chống mỏi", "Phần mềm chấm công"} <= titles

    # Export: what the filtered list shows, nothing else.
    out = tmp_path / "ra"
    monkeypatch.setattr(
        "sangkien_desktop.gui.dialogs.xlsx_actions.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(out), ""),
    )
    window.ui.searchEdit.setText("so tay")
    qtbot.waitUntil(lambda: window.model.query.search == "so tay", timeout=2000)
    window.ui.actionExportXlsx.trigger()
    ws = load_workbook(tmp_path / "ra.xlsx").active
    values = [c.value for row in ws.iter_rows() for c in row if c.value]
    assert "Sổ tay an toàn điện" in values and "Máy cắt cỏ cải tiến" not in values
    assert "Đã xuất 1 hồ sơ" in window.statusBar().currentMessage()

    window.ui.actionSaveXlsxTemplate.trigger()  # same patched dialog: saves to ra.xlsx
    assert load_workbook(tmp_path / "ra.xlsx").sheetnames == ["Hồ sơ", "Hướng dẫn", "Danh mục"]
    window.close()
