"""A whole meeting through the screens: three members score two dossiers, one passes and one
fails, the decision is issued, and the recognised dossier opens read-only."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog

from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.services.council import councils, decisions
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from tests.gui.council_setup import EMPLOYER, GOOD, WEAK, set_up_unit
from tests.gui.typing import commit_text
from tests.reference.helpers import pdf_text

from sangkien_desktop.gui.dialogs import paper_output
from sangkien_desktop.gui.dialogs.decisions_dialog import DecisionsDialog
from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog
from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.issue_decision_dialog import IssueDecisionDialog
from sangkien_desktop.gui.dialogs.meeting_dialog import MeetingDialog

# Per member: tính mới (40), áp dụng (30), hiệu quả (30).
GOOD_SCORES = (("34", "27", "26"), ("30", "25", "24"), ("32,5", "26", "25"))
WEAK_SCORES = (("20", "15", "10"), ("15", "12", "9"), ("25", "15", "12"))


@pytest.fixture
def no_viewer(monkeypatch):
    opened = []
    monkeypatch.setattr(paper_output.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def save_in_document_dialog(qtbot, monkeypatch, out):
    """The document dialog, when shown, saves the document it opened on to ``out`` (its
    format from the suffix) and closes; returns (kind shown, kinds offered) per dialog."""
    shown = []

    def exec_(self):
        shown.append((self.choice().kind, [c.kind for c in self.choices]))
        self.ui.formatCombo.setCurrentIndex(self.ui.formatCombo.findData(out.suffix[1:]))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        self.ui.saveButton.click()
        qtbot.waitUntil(lambda: self.job is not None and not self.job.is_running(), timeout=20000)
        assert self.ui.errorLabel.isHidden(), self.ui.errorLabel.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DocumentDialog, "exec", exec_)
    return shown


def _pick(list_widget, title: str) -> None:
    for i in range(list_widget.count()):
        list_widget.item(i).setSelected(title in list_widget.item(i).text())


def _score(dialog: MeetingDialog, title: str, table: tuple[tuple[str, ...], ...]) -> None:
    combo = dialog.ui.scoringDossierCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if title in combo.itemText(i)))
    grid = dialog.ui.scoreTable
    assert grid.rowCount() == 3
    for row, scores in enumerate(table):
        for col, value in enumerate(scores, 1):
            grid.item(row, col).setText(value)
    grid.item(0, grid.columnCount() - 2).setText("Giải pháp có giá trị thực tế")


def test_meeting_scores_decision_and_freeze(qtbot, app_data, tmp_path, monkeypatch, no_viewer):
    council, (good, weak) = set_up_unit(app_data)
    dialog = MeetingDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.dateEdit.setText("")
    commit_text(ui.dateEdit, "15/03/2025")
    commit_text(ui.placeEdit, "Phòng họp tầng 3, Nhà điều hành")
    assert "đủ điều kiện họp" in ui.quorumLabel.text()

    ui.tabs.setCurrentIndex(1)
    # A new meeting starts with what was submitted to the council (in title order).
    titles = [ui.consideredList.item(i).text() for i in range(ui.consideredList.count())]
    assert [t.split(" — ")[-1] for t in titles] == [WEAK, GOOD]
    assert ui.availableList.count() == 0
    ui.consideredList.setCurrentRow(1)
    ui.upDossierButton.click()
    assert ui.consideredList.item(0).text().endswith(GOOD)

    ui.tabs.setCurrentIndex(2)
    # Blind: while members are still scoring, the others' marks show as dots, no result.
    combo = ui.scoringDossierCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if GOOD in combo.itemText(i)))
    for col, value in enumerate(GOOD_SCORES[0], 1):
        ui.scoreTable.item(0, col).setText(value)
    ui.scoreTable.setCurrentCell(1, 1)
    assert ui.scoreTable.item(0, 1).text() == "•••"
    assert not ui.scoreTable.item(0, 1).flags() & Qt.ItemIsEditable
    assert "Đã chấm 1/3 thành viên" in ui.resultLabel.text() and "83" not in ui.resultLabel.text()
    ui.scoreTable.setCurrentCell(0, 1)
    # An entered sheet stays hidden when its row is selected again (tests/gui/test_blind_scoring.py).
    assert ui.scoreTable.item(0, 1).text() == "•••"
    _score(dialog, GOOD, GOOD_SCORES)
    assert "83,17" in ui.resultLabel.text()  # (87 + 79 + 83,5) / 3
    assert ui.scoreTable.item(0, 1).text() == "34" and ui.scoreTable.item(1, 1).text() == "30"
    assert "Loại B" in ui.resultLabel.text() and "Đề nghị công nhận" in ui.resultLabel.text()
    assert ui.scoreTable.item(2, 4).text() == "83,5"  # the row total
    _score(dialog, WEAK, WEAK_SCORES)
    assert "Không đạt" in ui.resultLabel.text() and "Không đề nghị" in ui.resultLabel.text()
    # A wrong score is marked at once and kept out of the result.
    ui.scoreTable.item(1, 1).setText("55")
    assert "tối đa là 40" in ui.scoreTable.item(1, 1).toolTip()
    assert "Đã chấm 2/3 thành viên" in ui.resultLabel.text()  # one sheet wrong: hidden again
    ui.scoreTable.item(1, 1).setText("15")
    results = [[ui.resultsTable.item(r, c).text() for c in (0, 4, 6)] for r in range(2)]
    assert results == [[GOOD, "Loại B", "Đề nghị công nhận"], [WEAK, "Không đạt", "Không đề nghị"]]
    # Left empty, the conclusion is written from the scores and votes (shown greyed in the
    # field); the secretary may take it into the field and edit it.
    assert ui.conclusionEdit.text() == ""
    proposal = ui.conclusionEdit.placeholderText()
    assert f"Hội đồng thống nhất đề nghị công nhận 01 sáng kiến: “{GOOD}”" in proposal
    assert f"không đề nghị công nhận 01 giải pháp: “{WEAK}”" in proposal

    ui.saveButton.click()
    assert not ui.errorLabel.isVisibleTo(dialog), ui.errorLabel.text()
    meeting_uuid = dialog.meeting_uuid
    with app_data.db.session() as session:
        stored = councils.get_meeting(session, meeting_uuid)
    assert len(stored.sheets) == 6 and stored.place == "Phòng họp tầng 3, Nhà điều hành"

    # The minutes, printed after the meeting in the document dialog, take the register's
    # next number, which the meeting keeps (and the decision will cite).
    out = tmp_path / "bien-ban.pdf"
    shown = save_in_document_dialog(qtbot, monkeypatch, out)
    ui.printMinutesButton.click()
    assert shown == [("bien-ban", ["bien-ban"])]
    assert out.read_bytes().startswith(b"%PDF")
    assert ui.minutesNumberEdit.text() == "01/BB-HĐSK" and not dialog.windowTitle().startswith("*")
    minutes = " ".join(" ".join(pdf_text(out.read_bytes())).split())
    assert f"III. KẾT LUẬN Hội đồng thống nhất đề nghị công nhận 01 sáng kiến: “{GOOD}”" in minutes
    qtbot.mouseClick(ui.conclusionButton, Qt.LeftButton)
    assert ui.conclusionEdit.text() == proposal and dialog.windowTitle().startswith("*")
    dialog.close()

    issue = IssueDecisionDialog(app_data, meeting_uuid=meeting_uuid)
    qtbot.addWidget(issue)
    assert issue.ui.numberSpin.value() == 1
    assert issue.dossier_uuids() == [good.uuid, weak.uuid]
    outcomes = [issue.ui.itemsTable.cellWidget(r, 3).currentText() for r in range(2)]
    assert outcomes == ["Công nhận", "Không công nhận"]
    assert "chưa đạt mức công nhận" in issue.ui.itemsTable.item(1, 5).text()
    assert issue.ui.itemsTable.item(0, 4).text() == "86.400.000"
    issue.ui.dateEdit.setText("20/03/2025")
    issue.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert issue.result() == QDialog.DialogCode.Accepted, issue.ui.errorLabel.text()
    assert issue.issued.number_text == "01/QĐ-CĐCS"
    with app_data.db.session() as session:
        proposal = decisions.decision_data(session, issue.issued.uuid).proposal
    assert "Biên bản họp số 01/BB-HĐSK ngày" in proposal  # the number the minutes took

    with app_data.db.session() as session:
        assert get_dossier(session, good.uuid).status == Status.RECOGNISED
        assert get_dossier(session, weak.uuid).status == Status.REJECTED
        assert history.version_of(session, good.uuid).frozen
        outcome = decisions.outcome_of(session, weak.uuid)
    assert "chưa đạt mức công nhận" in outcome.reason

    editor = DossierEditor(app_data, good.uuid)
    qtbot.addWidget(editor)
    assert editor.ui.versionBanner.isVisibleTo(editor)
    assert "01/QĐ-CĐCS" in editor.ui.versionLabel.text()
    # The decision's own date beside the moment it was entered (and the content locked).
    with app_data.db.session() as session:
        frozen_at = history.version_of(session, good.uuid).frozen_at
    assert "Quyết định số 01/QĐ-CĐCS ngày 20/03/2025" in editor.ui.versionLabel.text()
    assert f"Nội dung khóa từ {frozen_at:%H:%M %d/%m/%Y}" in editor.ui.versionLabel.text()
    with app_data.db.session() as session:
        assert history.version_of(session, good.uuid).content_hash in editor.ui.versionLabel.text()
    assert editor.ui.titleEdit.isReadOnly() and editor.ui.solutionEdit.isReadOnly()
    assert not editor.ui.unitCombo.isEnabled()
    assert editor.ui.authorsTable.editTriggers() == QAbstractItemView.NoEditTriggers
    assert not editor.ui.addAuthorButton.isEnabled()
    assert editor.ui.newVersionButton.isVisibleTo(editor)

    other = DossierEditor(app_data, weak.uuid)
    qtbot.addWidget(other)
    assert not other.ui.titleEdit.isReadOnly() and not other.ui.versionBanner.isVisibleTo(other)


def test_frozen_dossier_keeps_notes_editable_and_makes_a_new_version(qtbot, app_data):
    council, (good, _weak) = set_up_unit(app_data)
    _recognise(app_data, good.uuid)
    editor = DossierEditor(app_data, good.uuid)
    qtbot.addWidget(editor)
    # Notes are outside the recognised content: saving them is allowed.
    commit_text(editor.ui.notesEdit, "Đã gửi bản sao cho phòng Kỹ thuật")
    assert editor.save(), editor.ui.errorLabel.text()
    with app_data.db.session() as session:
        assert get_dossier(session, good.uuid).notes == "Đã gửi bản sao cho phòng Kỹ thuật"

    editor.ui.newVersionButton.click()
    new_uuid = editor.version.follow_uuid
    assert new_uuid and new_uuid != good.uuid and editor.result() == QDialog.DialogCode.Accepted
    copy = DossierEditor(app_data, new_uuid)
    qtbot.addWidget(copy)
    assert not copy.ui.titleEdit.isReadOnly()
    assert "Phiên bản 2" in copy.ui.versionLabel.text()
    copy.ui.titleEdit.setText(GOOD + " (sửa đổi)")
    assert copy.save(), copy.ui.errorLabel.text()
    with app_data.db.session() as session:
        old, new = history.version_of(session, good.uuid), history.version_of(session, new_uuid)
        assert get_dossier(session, good.uuid).title == GOOD
    assert old.frozen and new.lineage_uuid == old.lineage_uuid and new.version == 2

    # The old version stays readable, and points to the correction.
    again = DossierEditor(app_data, good.uuid)
    qtbot.addWidget(again)
    assert again.ui.titleEdit.text() == GOOD and again.ui.titleEdit.isReadOnly()
    assert not again.ui.newVersionButton.isVisibleTo(again)
    assert again.ui.otherVersionButton.text() == "Mở phiên bản 2"

    hist = HistoryDialog(app_data, history.DOSSIER, good.uuid, GOOD)
    qtbot.addWidget(hist)
    lines = [" | ".join(r) for r in hist.rows()]
    assert any("Được công nhận" in line and "Đinh Thị Yến" in line for line in lines)
    assert any("Trạng thái" in line and "Đã công nhận" in line for line in lines)
    assert any("Phiên bản 2: Tạo phiên bản sửa đổi" in line for line in lines)


def _recognise(app_data, uuid: str) -> None:
    with app_data.db.session() as session:
        decisions.issue_decision(session, Decision(dt.date(2025, 3, 20), [DecisionItem(uuid, Outcome.RECOGNISED)]))
        session.commit()


def test_quorum_is_shown_and_checked_live(qtbot, app_data):
    set_up_unit(app_data)
    dialog = MeetingDialog(app_data)
    qtbot.addWidget(dialog)
    table, label = dialog.ui.attendanceTable, dialog.ui.quorumLabel
    assert label.text().startswith("Có mặt 3/3") and dialog.quorum_ok
    table.item(2, 2).setCheckState(Qt.Unchecked)
    assert label.text().startswith("Có mặt 2/3") and "đủ điều kiện họp" in label.text()
    table.item(1, 2).setCheckState(Qt.Unchecked)
    assert label.text().startswith("Có mặt 1/3") and "CHƯA ĐỦ" in label.text()
    assert "cần ít nhất 2" in label.text() and not dialog.quorum_ok
    # Only members present score (the submitted dossiers are already in the new meeting).
    dialog.ui.tabs.setCurrentIndex(1)
    assert dialog.ui.scoreTable.rowCount() == 1
    table.item(1, 2).setCheckState(Qt.Checked)
    assert dialog.ui.scoreTable.rowCount() == 2 and dialog.quorum_ok


def test_a_used_decision_number_is_refused(qtbot, app_data):
    _council, (good, weak) = set_up_unit(app_data)
    _recognise(app_data, good.uuid)
    dialog = IssueDecisionDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.dateEdit.setText("25/03/2025")
    dialog.ui.dateEdit.editingFinished.emit()
    assert dialog.ui.numberSpin.value() == 2  # proposed from the register
    dialog.ui.numberSpin.setValue(1)
    assert dialog.ui.numberStatusLabel.isVisibleTo(dialog)
    assert "đã được dùng" in dialog.ui.numberStatusLabel.text()
    with app_data.db.session() as session:
        dialog._add_row(session, weak.uuid)
    dialog.set_outcome(0, Outcome.REJECTED, "Chưa có số liệu hiệu quả")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "đã được dùng" in dialog.ui.errorLabel.text()
    with app_data.db.session() as session:
        assert len(decisions.list_decisions(session)) == 1
        assert get_dossier(session, weak.uuid).status == Status.SUBMITTED
    dialog.ui.numberSpin.setValue(2)
    assert not dialog.ui.numberStatusLabel.isVisibleTo(dialog)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.issued.number == 2



def test_papers_from_the_meeting_and_the_decision(qtbot, app_data, tmp_path, monkeypatch, no_viewer):
    council, (good, weak) = set_up_unit(app_data)
    dialog = MeetingDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.tabs.setCurrentIndex(1)
    assert dialog.ui.consideredList.count() == 2  # what was submitted
    folder = tmp_path / "phieu"
    folder.mkdir()
    monkeypatch.setattr(paper_output.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog.ui.printSheetsButton.click()  # saves the meeting first: sheets are made from it
    assert dialog.meeting_uuid and not dialog.windowTitle().startswith("*")
    qtbot.waitUntil(lambda: len(no_viewer) == 1, timeout=20000)  # the folder, once written
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == 2 and all(n.startswith("phieu-danh-gia-SK-") and n.endswith(".pdf") for n in written)
    dialog.close()

    _recognise(app_data, good.uuid)
    decisions_dialog = DecisionsDialog(app_data)
    qtbot.addWidget(decisions_dialog)
    ui = decisions_dialog.ui
    assert ui.decisionsTable.rowCount() == 1 and ui.decisionsTable.item(0, 0).text() == "01/QĐ-CĐCS"
    assert ui.itemsTable.item(0, 0).text() == GOOD and ui.itemsTable.item(0, 2).text() == "Công nhận"
    for button, name in ((ui.printButton, "quyet-dinh.docx"), (ui.certificatesButton, "giay-chung-nhan.pdf")):
        out = tmp_path / name
        shown = save_in_document_dialog(qtbot, monkeypatch, out)
        button.click()
        kind = name.split(".")[0]
        assert shown == [(kind, ["quyet-dinh", "giay-chung-nhan", "giay-xac-nhan"])]  # no minutes
        assert out.stat().st_size > 1000, name


def test_main_window_leads_to_the_council_screens(qtbot, app_data, monkeypatch):
    from sangkien_desktop.gui.main_window import MainWindow

    _council, (good, _weak) = set_up_unit(app_data)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    ui = window.ui
    assert ui.menuCouncil.menuAction().isVisible()
    for action in (ui.actionCouncils, ui.actionMeetings, ui.actionDecisions, ui.actionHistory):
        assert action.isVisible(), action.objectName()
    opened = []
    for cls in (HistoryDialog, MeetingDialog, DecisionsDialog):
        monkeypatch.setattr(cls, "exec", lambda self: opened.append(type(self).__name__) or 0)
    assert not ui.actionHistory.isEnabled()
    window.ui.dossierTable.selectRow(window.model.row_of_uuid(good.uuid))
    ui.actionHistory.trigger()
    ui.actionMeetings.trigger()
    ui.actionDecisions.trigger()
    assert opened == ["HistoryDialog", "MeetingDialog", "DecisionsDialog"]


def test_switching_meetings_with_unsaved_changes_asks(qtbot, app_data, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    set_up_unit(app_data)
    dialog = MeetingDialog(app_data)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    commit_text(ui.placeEdit, "Hội trường")
    assert dialog.save()
    uuid = dialog.meeting_uuid
    assert ui.meetingCombo.currentData() == uuid
    ui.placeEdit.clear()
    commit_text(ui.placeEdit, "Phòng họp số 2")
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer[0])
    ui.meetingCombo.setCurrentIndex(0)  # "new meeting", refused: the typing stays
    assert ui.meetingCombo.currentData() == uuid and ui.placeEdit.text() == "Phòng họp số 2"
    answer[0] = QMessageBox.StandardButton.Save
    ui.meetingCombo.setCurrentIndex(0)
    assert ui.meetingCombo.currentIndex() == 0 and dialog.meeting_uuid == "" and ui.placeEdit.text() == ""
    with app_data.db.session() as session:
        assert councils.get_meeting(session, uuid).place == "Phòng họp số 2"


def test_a_meeting_of_another_units_council_defaults_the_decision_to_that_unit(qtbot, app_data):
    """Opened on another unit's meeting (the demo's), the decision is that unit's: its union's
    committee decides, the Settings signer is not put under it, and the decision keeps the
    unit; back on the officer's own meeting, the Settings unit and signer return."""
    from sangkien_desktop.domain.council import Council, Meeting, Member, Role

    own_council, own_dossiers = set_up_unit(app_data)
    other = "Công ty TNHH Giày da Phương Nam"
    with app_data.db.session() as s:
        council = councils.save_council(s, Council(
            name=f"Hội đồng sáng kiến {other}", unit_name=other, employer=other, year=2025,
            members=[Member("Lạc Văn Tường", Role.CHAIR), Member("Mẫn Thị Hoa", Role.SECRETARY),
                     Member("Khổng Văn Lâm", Role.MEMBER)]))
        theirs = councils.record_meeting(s, Meeting(
            council_uuid=council.uuid, date=dt.date(2025, 12, 15), place="Phòng họp",
            present_member_ids=[m.id for m in council.members],
            dossier_uuids=[own_dossiers[1].uuid]))
        mine = councils.record_meeting(s, Meeting(
            council_uuid=own_council.uuid, date=dt.date(2025, 12, 16), place="Phòng họp",
            present_member_ids=[m.id for m in own_council.members],
            dossier_uuids=[own_dossiers[0].uuid]))
        s.commit()
    dialog = IssueDecisionDialog(app_data, meeting_uuid=theirs.uuid)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.authorityTextEdit.text() == f"Ban Chấp hành Công đoàn {other}"
    assert ui.signerNameEdit.text() == "" and other in ui.signerNameEdit.placeholderText()
    ui.signerNameEdit.setText("Lạc Văn Tường")
    assert dialog.collect().unit_name == other
    ui.meetingCombo.setCurrentIndex(ui.meetingCombo.findData(mine.uuid))
    assert ui.authorityTextEdit.text() == f"Ban Chấp hành Công đoàn cơ sở {EMPLOYER}"
    assert ui.signerNameEdit.text() == "Lạc Văn Tường"  # typed by the officer: kept
    assert dialog.collect().unit_name == ""  # the Settings unit
