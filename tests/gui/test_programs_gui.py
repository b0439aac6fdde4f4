"""Programs in the window (issue 18, item 2): a new dossier's program is open today; closed
programs are marked in every picker; a program made from a template, edited with every
problem marked where it is, saved, imported and exported."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from sangkien_desktop.domain.campaign_edit import State, default_campaign, state
from sangkien_desktop.services import user_campaigns
from sangkien_desktop.services.catalog import load_campaigns
from tests.gui.typing import commit_text

from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.new_program_dialog import NewProgramDialog
from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog
from sangkien_desktop.gui.dialogs.programs_dialog import ProgramsDialog
from sangkien_desktop.gui.dialogs.targets_dialog import TargetsDialog
from sangkien_desktop.gui.main_window import MainWindow

MOT_TRIEU = "mot-trieu-sang-kien-2021-2023"


def _texts(combo) -> dict[str, str]:
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def test_a_new_dossier_takes_a_program_open_today(qtbot, app_data):
    editor = DossierEditor(app_data, None)
    qtbot.addWidget(editor)
    chosen = app_data.campaigns[editor.ui.campaignCombo.currentData()]
    assert state(chosen, dt.date.today()) == State.OPEN
    # The confederation's 2026 plan while it runs (to 31/12/2026), then the one always open.
    expected = "doi-moi-sang-tao-2026" if dt.date.today() <= dt.date(2026, 12, 31) else "cong-nhan-cap-co-so"
    assert chosen.id == expected
    assert editor.collect().campaign_id == chosen.id


def test_closed_programs_are_marked_in_every_picker(qtbot, app_data):
    editor = DossierEditor(app_data, None)
    window = MainWindow(app_data)
    nominations = NominationsDialog(app_data)
    targets = TargetsDialog(app_data)
    for widget in (editor, window, nominations, targets):
        qtbot.addWidget(widget)
    for combo in (editor.ui.campaignCombo, window.ui.campaignFilter,
                  nominations.ui.campaignCombo, targets.ui.campaignCombo):
        texts = _texts(combo)
        assert texts[MOT_TRIEU] == "01 triệu sáng kiến (đã kết thúc 01/09/2023)", combo.objectName()
        assert "(đã kết thúc" in texts["75-nghin-sang-kien-2021"]
        assert texts["cong-nhan-cap-co-so"] == "Cấp cơ sở"
        index = combo.findData(MOT_TRIEU)
        assert "đã kết thúc" in combo.itemData(index, Qt.ItemDataRole.ToolTipRole)


def test_a_program_from_a_template_edited_with_every_problem_marked(qtbot, app_data, monkeypatch):
    dialog = ProgramsDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    monkeypatch.setattr(NewProgramDialog, "ask", lambda *_a: (
        "cong-nhan-cap-co-so", "cap-co-so-2027", "Sáng kiến cấp cơ sở năm 2027", "Cấp cơ sở 2027"))
    ui.newButton.click()
    assert ui.idEdit.text() == "cap-co-so-2027" and ui.programList.currentItem().text().startswith(
        "Cấp cơ sở 2027")
    assert (app_data.layout.campaigns / "cap-co-so-2027.json").is_file()
    # Wrong values everywhere: a window ending before it starts, a date that is no date, a
    # kind's code twice, a phase closing before it opens, a quota that is no number.
    commit_text(ui.startEdit, "01/01/2027")
    commit_text(ui.endEdit, "31/12/2026")
    commit_text(ui.deadlineEdit, "31/02/2027")
    kinds = dialog.tables["solution_types"]
    kinds.add_row()
    row = ui.kindsTable.rowCount() - 1
    ui.kindsTable.item(row, 0).setText("ky_thuat")
    ui.kindsTable.item(row, 1).setText("Giải pháp kỹ thuật (trùng)")
    phases = dialog.tables["phases"]
    phases.add_row()
    for col, value in enumerate(("1", "Đợt 1", "01/01/2027", "30/06/2027",
                                 "01/07/2027 07:00", "01/06/2027 17:00")):
        ui.phasesTable.item(0, col).setText(value)
    quotas = dialog.tables["quotas"]
    quotas.add_row()
    ui.quotasTable.item(0, 2).setText("ba")
    assert dialog.windowTitle().startswith("*")
    assert not dialog.save()
    text = ui.problemsLabel.text()
    assert "5 chỗ cần sửa" in text
    assert ui.endEdit.styleSheet() and ui.deadlineEdit.styleSheet()
    assert kinds.is_marked(row, "code") and phases.is_marked(0, "portal_closes")
    assert quotas.is_marked(0, "count") and not quotas.is_marked(0, "level")
    assert "Loại giải pháp, dòng 7, Mã" in text and "Giai đoạn, dòng 1, Cổng đóng" in text
    # Put right, it saves, and the program is open in 2027.
    ui.endEdit.clear()
    commit_text(ui.endEdit, "31/12/2027")
    ui.deadlineEdit.clear()
    commit_text(ui.deadlineEdit, "15/11/2027 17:00")
    ui.kindsTable.item(row, 0).setText("ky_thuat_2")
    ui.phasesTable.item(0, 5).setText("31/12/2027 17:00")
    ui.quotasTable.item(0, 2).setText("3")
    assert dialog.save(), ui.problemsLabel.text()
    assert not ui.endEdit.styleSheet() and not kinds.is_marked(row, "code")
    saved = load_campaigns(app_data.layout.campaigns)["cap-co-so-2027"]
    assert (saved.window_start, saved.window_end) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert saved.nomination_deadline == dt.datetime(2027, 11, 15, 17, 0)
    assert saved.quotas[0].count == 3 and saved.quotas[0].level == "cdcs"
    assert saved.phases[0].portal_closes == dt.datetime(2027, 12, 31, 17, 0)
    assert default_campaign(app_data.campaigns, dt.date(2027, 3, 1)) == "cap-co-so-2027"
    assert dialog.changed_anything


def test_import_and_export_a_program_file(qtbot, app_data, monkeypatch, tmp_path, _no_modal_boxes):
    source = tmp_path / "tu-cap-tren"
    made = user_campaigns.new_from_template(source, load_campaigns(), "cong-nhan-cap-co-so",
                                            "thi-dua-2027", "Thi đua năm 2027", "Thi đua 2027")
    dialog = ProgramsDialog(app_data)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(source / f"{made.id}.json"), ""))
    dialog.ui.importButton.click()
    assert "thi-dua-2027" in app_data.campaigns
    assert dialog.ui.idEdit.text() == "thi-dua-2027"
    assert _no_modal_boxes[-1][0] == "Đã nhập chương trình"
    out = tmp_path / "gui-di.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    dialog.ui.exportButton.click()
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "thi-dua-2027"
    # A broken file is refused with its problems listed, nothing added.
    bad = tmp_path / "hong.json"
    bad.write_text(json.dumps({**made.raw, "id": "hong", "solution_types": []},
                              ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    dialog.ui.importButton.click()
    title, text = _no_modal_boxes[-1]
    assert title == "Không nhập được tệp chương trình" and "Loại giải pháp" in text
    assert "hong" not in app_data.campaigns
