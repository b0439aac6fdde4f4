"""The decision window: deciding otherwise than the council proposed asks first, takes a written
reason (cancelling leaves the council's proposal), and the reason reaches the history in words
and the paper."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers import history
from tests.gui.council_setup import meeting_held

from sangkien_desktop.gui.dialogs import issue_decision_dialog
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.issue_decision_dialog import (
    COL_OUTCOME,
    COL_REASON,
    IssueDecisionDialog,
)

WHY = "Giải pháp đã áp dụng ổn định ba tháng tại Phân xưởng Dệt."


def _choose(dialog, row: int, outcome: Outcome) -> None:
    """As the officer picks an outcome in the row's list."""
    combo = dialog.ui.itemsTable.cellWidget(row, COL_OUTCOME)
    index = combo.findData(outcome.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_recognising_against_the_council_asks_for_a_reason_kept_in_the_history(
        qtbot, app_data, monkeypatch):
    meeting, good, weak = meeting_held(app_data)
    asked: list[str] = []
    answers: list[str | None] = [None, WHY, "Đơn vị chưa bố trí được kinh phí áp dụng."]

    def ask(_parent, _title, question, _action, **_kw):
        asked.append(question)
        return answers.pop(0)

    monkeypatch.setattr(issue_decision_dialog.ReasonDialog, "ask", staticmethod(ask))
    dialog = IssueDecisionDialog(app_data, meeting_uuid=meeting.uuid)
    qtbot.addWidget(dialog)
    table = dialog.ui.itemsTable
    assert dialog.dossier_uuids() == [good.uuid, weak.uuid]
    # Cancelled: the council's proposal stays, nothing written.
    _choose(dialog, 1, Outcome.RECOGNISED)
    assert "Hội đồng sáng kiến không đề nghị công nhận" in asked[0] and weak.title in asked[0]
    assert table.cellWidget(1, COL_OUTCOME).currentData() == Outcome.REJECTED.value
    assert "chưa đạt mức công nhận" in table.item(1, COL_REASON).text()
    # Confirmed with a reason: recognised, the reason in its row.
    _choose(dialog, 1, Outcome.RECOGNISED)
    assert table.cellWidget(1, COL_OUTCOME).currentData() == Outcome.RECOGNISED.value
    assert table.item(1, COL_REASON).text() == WHY
    # Not recognising the one the council proposed asks too; going back to the proposal does not.
    _choose(dialog, 0, Outcome.REJECTED)
    assert "Hội đồng sáng kiến đề nghị công nhận" in asked[2]
    _choose(dialog, 0, Outcome.RECOGNISED)
    assert len(asked) == 3 and table.item(0, COL_REASON).text() == ""
    dialog.ui.dateEdit.setText("22/03/2022")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    with app_data.db.session() as session:
        data = decisions.decision_data(session, dialog.issued.uuid)
    assert "đối với sáng kiến số 1 tại Danh sách kèm theo;" in data.proposal
    assert data.items[1].own_assessment == WHY
    shown = HistoryDialog(app_data, history.DOSSIER, weak.uuid, "x")
    qtbot.addWidget(shown)
    lines = [f"{r[2]} | {r[3]}" for r in shown.rows()]
    assert "Hội đồng sáng kiến đề nghị | Không công nhận (quyết định khác đề nghị)" in lines, lines
    assert f"Lý do | {WHY}" in lines


def test_a_reason_emptied_in_the_table_is_refused_when_issuing(qtbot, app_data, monkeypatch):
    meeting, _good, weak = meeting_held(app_data)
    monkeypatch.setattr(issue_decision_dialog.ReasonDialog, "ask",
                        staticmethod(lambda *_a, **_k: WHY))
    dialog = IssueDecisionDialog(app_data, meeting_uuid=meeting.uuid)
    qtbot.addWidget(dialog)
    _choose(dialog, 1, Outcome.RECOGNISED)
    dialog.ui.itemsTable.item(1, COL_REASON).setText("  ")
    dialog.ui.dateEdit.setText("22/03/2022")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Hội đồng sáng kiến không đề nghị công nhận hồ sơ" in dialog.ui.errorLabel.text()
    assert weak.title in dialog.ui.errorLabel.text()
    # The cell to write it in is the one selected.
    table = dialog.ui.itemsTable
    assert (table.currentRow(), table.currentColumn()) == (1, COL_REASON)


def test_a_dossier_added_to_a_meetings_decision_asks_for_the_reason(qtbot, app_data, monkeypatch):
    """A submitted dossier the meeting did not consider: the council proposed nothing for it."""
    from PySide6.QtWidgets import QInputDialog

    from sangkien_desktop.domain.dossier import Dossier
    from sangkien_desktop.services.dossiers import workflow
    from sangkien_desktop.services.dossiers.saving import save_dossier

    meeting, _good, _weak = meeting_held(app_data)
    with app_data.db.session() as session:
        late = save_dossier(session, Dossier(title="Giá để khuôn in di động", unit_name="Phân xưởng In"))
        workflow.submit(session, late.uuid)
        session.commit()
    answers: list[str | None] = [None, WHY]
    asked = []
    monkeypatch.setattr(issue_decision_dialog.ReasonDialog, "ask", staticmethod(
        lambda _p, _t, question, _a, **_k: asked.append(question) or answers.pop(0)))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    dialog = IssueDecisionDialog(app_data, meeting_uuid=meeting.uuid)
    qtbot.addWidget(dialog)
    dialog.add_dossier()  # cancelled: not added
    assert len(dialog.dossier_uuids()) == 2 and "chưa có kết quả đề nghị" in asked[0]
    dialog.add_dossier()
    assert dialog.dossier_uuids()[-1] == late.uuid
    assert dialog.ui.itemsTable.item(2, COL_REASON).text() == WHY


def test_the_head_deciding_signs_as_the_head_not_as_the_union_committee(qtbot, app_data):
    """Switching who decides to the head: the union's signing block (TM. BAN CHẤP HÀNH, CHỦ
    TỊCH and the chair's name) gives way to the head's title; switching back brings it back."""
    from sangkien_desktop.domain.council import Authority

    meeting, _good, _weak = meeting_held(app_data)
    dialog = IssueDecisionDialog(app_data, meeting_uuid=meeting.uuid)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    union = (ui.capacityCombo.currentText(), ui.signerTitleEdit.text(), ui.signerNameEdit.text())
    assert union == ("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Phan Thị Hồng Nhung")
    ui.authorityCombo.setCurrentIndex(ui.authorityCombo.findData(Authority.HEAD.value))
    assert (ui.capacityCombo.currentText(), ui.signerTitleEdit.text(), ui.signerNameEdit.text()) \
        == ("", "THỦ TRƯỞNG", "")
    ui.authorityCombo.setCurrentIndex(ui.authorityCombo.findData(Authority.COUNCIL.value))
    assert (ui.capacityCombo.currentText(), ui.signerTitleEdit.text(),
            ui.signerNameEdit.text()) == union
