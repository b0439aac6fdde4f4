"""Pay to authors on the decision (Nghị định 13/2012, Art. 10): the calculator splits each
year's pay by share, refuses a rate under the pack's minimum, takes the unit's own sum with a
written basis, and the decision's annex prints each author's part and the basis; the decision
takes the legal basis and the scopes of the pack it is issued under."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sangkien_desktop.documents import write_document
from sangkien_desktop.domain.pay import PayBasis
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.council.rule_packs import set_unit_pack
from tests.gui.council_setup import GOOD, set_up_unit
from tests.gui.typing import type_text
from tests.reference.helpers import pdf_text

from sangkien_desktop.gui.dialogs.issue_decision_dialog import (
    COL_PAY,
    COL_SCOPE,
    IssueDecisionDialog,
)


def test_pay_is_split_by_share_and_printed_per_author(qtbot, app_data, tmp_path):
    _council, (good, weak) = set_up_unit(app_data)
    with app_data.db.session() as s:
        set_unit_pack(s, "giao-duc-2026")
        s.commit()
    issue = IssueDecisionDialog(app_data)
    qtbot.addWidget(issue)
    ui = issue.ui
    # No meeting: the unit's pack, whose legal basis the decision prints.
    assert "Sở Giáo dục và Đào tạo" in ui.legalBasisEdit.toPlainText()
    with app_data.db.session() as s:
        issue._add_row(s, good.uuid)
    scope = ui.itemsTable.cellWidget(0, COL_SCOPE)
    scope.setCurrentIndex(scope.findData("tinh"))

    pay = issue.edit_pay(good.uuid, show=False)
    qtbot.addWidget(pay)
    assert pay.ui.yearsTable.rowCount() == 3
    assert pay.ui.yearsTable.item(0, 0).text() == "86.400.000"  # the benefit of the row
    pay.ui.yearsTable.item(1, 0).setText("90.000.000")
    pay.ui.percentSpin.setValue(5)
    pay._accept()
    assert pay.result() != QDialog.DialogCode.Accepted and "thấp hơn mức tối thiểu 7 %" in pay.ui.errorLabel.text()
    pay.ui.percentSpin.setValue(7)
    split = pay.ui.splitTable
    assert [split.item(r, 0).text() for r in range(3)] == ["Kiều Thị Mai Phương", "Châu Ngọc Sơn", "Tổng cộng"]
    # 7 % of 86,400,000 = 6,048,000, split 70/30; 7 % of 90,000,000 = 6,300,000.
    assert [split.item(0, c).text() for c in (2, 3, 4)] == ["4.233.600", "4.410.000", "8.643.600"]
    assert [split.item(1, c).text() for c in (2, 3, 4)] == ["1.814.400", "1.890.000", "3.704.400"]
    pay._accept()
    assert pay.result() == QDialog.DialogCode.Accepted
    issue.set_pay(good.uuid, pay.plan)
    assert ui.itemsTable.cellWidget(0, COL_PAY).text() == "12.348.000 đồng"

    ui.dateEdit.setText("20/03/2026")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert issue.result() == QDialog.DialogCode.Accepted, ui.errorLabel.text()
    with app_data.db.session() as s:
        stored = decisions.get_decision(s, issue.issued.uuid)
        data = decisions.decision_data(s, issue.issued.uuid)
    [item] = stored.items
    assert item.reward_vnd == 12_348_000 and item.scope_code == "tinh"
    assert item.pay.basis == PayBasis.BENEFIT and item.pay.percent == Decimal(7)
    text = " ".join(pdf_text(write_document("quyet-dinh", data, "pdf", tmp_path / "qd.pdf").read_bytes()))
    for expected in ("THÙ LAO CHO TÁC GIẢ SÁNG KIẾN", "Kiều Thị Mai Phương", "4.233.600", "3.704.400",
                     "12.348.000", "Thù lao bằng 7 % giá trị làm lợi", "Phạm vi ảnh hưởng: Phạm vi ngành",
                     "Căn cứ Quy định về xét, công nhận sáng kiến năm 2026", GOOD[:20]):
        assert expected in text, expected


def _issuing(qtbot, app_data, pick) -> tuple[IssueDecisionDialog, str]:
    """The decision window (no meeting) holding one of the unit's two dossiers."""
    _council, dossiers = set_up_unit(app_data)
    uuid = pick(dossiers).uuid
    issue = IssueDecisionDialog(app_data)
    qtbot.addWidget(issue)
    with app_data.db.session() as s:
        issue._add_row(s, uuid)
    return issue, uuid


def test_the_units_own_sum_needs_its_basis(qtbot, app_data):
    issue, weak_uuid = _issuing(qtbot, app_data, lambda d: d[1])
    pay = issue.edit_pay(weak_uuid, show=False)
    qtbot.addWidget(pay)
    pay.ui.unitSumRadio.setChecked(True)
    type_text(pay.ui.unitSumEdit, "2.000.000")
    pay._accept()
    assert "căn cứ" in pay.ui.errorLabel.text().lower() and pay.result() != QDialog.DialogCode.Accepted
    type_text(pay.ui.basisEdit, "Quy chế chi tiêu nội bộ năm 2026")
    pay._accept()
    assert pay.plan.basis == PayBasis.UNIT_SUM and pay.plan.unit_sum_vnd == 2_000_000
    issue.set_pay(weak_uuid, pay.plan)
    with app_data.db.session() as s:
        issue.ui.dateEdit.setText("20/03/2026")
    issue.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert issue.result() == QDialog.DialogCode.Accepted, issue.ui.errorLabel.text()
    with app_data.db.session() as s:
        data = decisions.decision_data(s, issue.issued.uuid)
    [item] = data.items
    assert [p.total for p in item.pay] == [2_000_000] and not item.pay_by_year
    assert "Quy chế chi tiêu nội bộ năm 2026" in item.pay_basis


def test_scope_and_pay_are_for_a_recognised_initiative_only(qtbot, app_data):
    from sangkien_desktop.domain.council import Outcome

    issue, _good_uuid = _issuing(qtbot, app_data, lambda d: d[0])
    table = issue.ui.itemsTable
    scope, pay = table.cellWidget(0, COL_SCOPE), table.cellWidget(0, COL_PAY)
    assert scope.isEnabled() and pay.isEnabled()
    issue.set_outcome(0, Outcome.REJECTED, "Chưa có số liệu hiệu quả.")
    assert not scope.isEnabled() and not pay.isEnabled()
    assert "được công nhận" in pay.toolTip()
    issue.set_outcome(0, Outcome.RECOGNISED)
    assert scope.isEnabled() and pay.isEnabled()
