"""Councils that are councils (issue 18, item 7): a chair and enough members, no second
identical copy, removal only when unused (archived otherwise), and every wrong score cell
named and marked when the meeting is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from sangkien_desktop.domain.council import Role
from sangkien_desktop.services.council import council_lists, councils
from sangkien_desktop.services.dossiers import history
from tests.gui.council_setup import GOOD, WEAK, set_up_unit
from tests.gui.list_items import assert_items_whole
from tests.gui.test_councils_dialog import _member

from sangkien_desktop.gui.dialogs import score_grid
from sangkien_desktop.gui.dialogs.councils_dialog import CouncilsDialog
from sangkien_desktop.gui.dialogs.meeting_dialog import MeetingDialog


def _councils(app_data, archived=True):
    with app_data.db.session() as session:
        return councils.list_councils(session, archived=archived)


def test_one_member_without_a_chair_is_refused_with_the_reason(qtbot, app_data):
    dialog = CouncilsDialog(app_data)
    qtbot.addWidget(dialog)
    _member(dialog, "Nguyễn Đức Thắng", Role.MEMBER, "Giám đốc")
    assert not dialog.save()
    assert "chưa có Chủ tịch" in dialog.ui.errorLabel.text()
    combo = dialog.ui.membersTable.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData(Role.CHAIR.value))
    assert not dialog.save()
    assert "mới có 1 thành viên" in dialog.ui.errorLabel.text()
    assert _councils(app_data) == []  # nothing saved silently


def test_a_second_identical_council_is_refused(qtbot, app_data):
    council, _dossiers = set_up_unit(app_data)
    dialog = CouncilsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.new_council()
    dialog.ui.nameEdit.setText(council.name)
    dialog.ui.unitEdit.setText(council.unit_name)
    dialog.ui.yearSpin.setValue(council.year)
    for m in council.members:
        _member(dialog, m.full_name, m.role, m.position)
    assert not dialog.save()
    assert "Đã có" in dialog.ui.errorLabel.text() and str(council.year) in dialog.ui.errorLabel.text()
    assert dialog.ui.councilList.count() == 1 and len(_councils(app_data)) == 1


def test_an_unused_council_is_deleted_and_one_that_met_is_archived(qtbot, app_data, monkeypatch):
    council, _dossiers = set_up_unit(app_data)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    # A meeting of the council: recorded through its screen.
    meeting = MeetingDialog(app_data)
    qtbot.addWidget(meeting)
    meeting.ui.placeEdit.setText("Phòng họp")
    assert meeting.save(), meeting.ui.errorLabel.text()

    dialog = CouncilsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.new_council()
    dialog.ui.nameEdit.setText("Hội đồng sáng kiến năm sau")
    dialog.ui.yearSpin.setValue(council.year + 1)
    for m in council.members:
        _member(dialog, m.full_name, m.role, m.position)
    assert dialog.save(), dialog.ui.errorLabel.text()
    assert dialog.ui.councilList.count() == 2 and dialog.council.year == council.year + 1

    dialog.ui.deleteButton.click()  # never met: deleted
    assert "chưa họp" in asked[-1]
    assert [c.uuid for c in _councils(app_data)] == [council.uuid]
    assert dialog.ui.councilList.count() == 1

    dialog.ui.councilList.setCurrentRow(0)
    dialog.ui.deleteButton.click()  # met: archived, and the question says why
    assert "đã họp nên không xóa được" in asked[-1]
    (kept,) = _councils(app_data)
    assert kept.archived and _councils(app_data, archived=False) == []
    assert "đã lưu trữ" in dialog.ui.councilList.item(0).text()
    assert dialog.ui.deleteButton.text().replace("&", "") == "Bỏ lưu trữ"
    with app_data.db.session() as session:
        actions = [e.action for e in history.for_entity(session, history.COUNCIL, council.uuid)]
    assert actions[-1] == "archived"
    # Its meetings stay readable; a new one is refused with the way out.
    again = MeetingDialog(app_data)
    qtbot.addWidget(again)
    assert "đã lưu trữ" in again.ui.councilCombo.currentText()
    assert again.ui.meetingCombo.count() == 2
    again.ui.meetingCombo.setCurrentIndex(0)  # a new meeting
    again.ui.placeEdit.setText("Phòng họp")
    assert not again.save()
    assert "bỏ lưu trữ" in again.ui.errorLabel.text()

    dialog.ui.deleteButton.click()  # back in use
    assert not _councils(app_data)[0].archived


def test_every_wrong_score_cell_is_named_and_marked_on_save(qtbot, app_data):
    set_up_unit(app_data)
    dialog = MeetingDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.placeEdit.setText("Phòng họp")
    ui.tabs.setCurrentIndex(2)
    combo = ui.scoringDossierCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if WEAK in combo.itemText(i)))
    grid = ui.scoreTable
    grid.item(0, 1).setText("45")  # above the maximum of 40, marked at once
    assert grid.item(0, 1).background() == score_grid.ERROR_BRUSH
    assert "tối đa là 40" in grid.item(0, 1).toolTip()
    grid.item(1, 2).setText("abc")
    assert grid.item(1, 2).background() == score_grid.ERROR_BRUSH
    combo.setCurrentIndex(next(i for i in range(combo.count()) if GOOD in combo.itemText(i)))
    grid.item(2, 3).setText("-1")

    assert not dialog.save()
    text = ui.errorLabel.text()
    # Every problem, not the first: the two typed wrong on WEAK, the negative one on GOOD, and
    # the cells left blank in the sheets that were started.
    assert "ô điểm cần sửa" in text
    for needle in ("tối đa là 40", "không phải là một số", "không được âm"):
        assert needle in text, text
    assert text.count("Phiếu của") >= 3 + 6  # 3 wrong cells, 2 blanks in each of 3 sheets
    # On the grid shown (GOOD), the started sheet's blank cells are marked now too.
    marked = [(r, c) for r in range(3) for c in range(1, 4)
              if grid.item(r, c).background() == score_grid.ERROR_BRUSH]
    assert marked == [(2, 1), (2, 2), (2, 3)]
    with app_data.db.session() as session:
        assert councils.list_councils(session)  # the council is there…
        assert council_lists.list_meetings(session, None) == []  # …and no meeting half-saved


def test_a_long_council_name_is_shown_whole_in_the_list(qtbot, app_data):
    """As the rule-pack list: a name that wraps keeps every line at every width (items spaced
    apart are drawn narrower than the width their height was measured at, and cut)."""
    import dataclasses

    council, _dossiers = set_up_unit(app_data)
    with app_data.db.session() as session:
        for n, name in enumerate((
                "Hội đồng sáng kiến Tổng Công ty Cổ phần Dệt may Hòa Thọ và các đơn vị thành viên",
                "Hội đồng xét công nhận sáng kiến cấp cơ sở năm học 2025–2026 của Trường THPT")):
            councils.save_council(session, dataclasses.replace(
                council, uuid="", name=name, unit_name=f"Công đoàn đơn vị số {n + 2}",
                members=[dataclasses.replace(m, id=None) for m in council.members]))
        session.commit()
    dialog = CouncilsDialog(app_data)
    qtbot.addWidget(dialog)
    lst = dialog.ui.councilList
    assert lst.count() == 3
    assert_items_whole(qtbot, dialog, lst)
