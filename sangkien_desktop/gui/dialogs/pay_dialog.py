"""The pay calculator of one recognised initiative (Nghị định 13/2012, Art. 10): a share of
each year's benefit for the first years, or, where the benefit cannot be computed, a sum the
unit decides on a basis the officer writes; split by the authors' contribution shares."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from sangkien_desktop.domain.dossier import Author
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.pay import PayBasis, PayPlan, check_plan, split_pay
from sangkien_desktop.domain.rule_pack import PayRule
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.values import format_money, parse_money

from sangkien_desktop.gui.forms.ui_pay_dialog import Ui_PayDialog
from sangkien_desktop.gui.labels import error_text


class PayDialog(QDialog):
    """``plan`` is what the officer accepted; None after Reset (no pay decided)."""

    def __init__(self, title: str, authors: list[Author], rule: PayRule,
                 plan: PayPlan | None = None, first_year_benefit: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.authors, self.rule, self.plan = authors, rule, plan
        self.ui = Ui_PayDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setText(self.tr("Sáng kiến: <b>%1</b>").replace("%1", title))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Dùng cách tính này"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("&Không tính thù lao"))
        ui.ruleLabel.setText(
            self.tr("Theo bộ quy định: ít nhất %1 % giá trị làm lợi của mỗi năm, trong %2 năm đầu "
                    "áp dụng; chia cho các tác giả theo tỷ lệ đóng góp.")
            .replace("%1", _number(rule.min_percent)).replace("%2", str(rule.years)))
        ui.percentSpin.setMinimum(0.1)
        ui.percentSpin.setValue(float(rule.min_percent))
        ui.yearsTable.setColumnCount(1)
        ui.yearsTable.setHorizontalHeaderLabels([self.tr("Giá trị làm lợi (đồng)")])
        ui.yearsTable.setRowCount(rule.years)
        ui.yearsTable.setVerticalHeaderLabels([self.tr("Năm thứ %1").replace("%1", str(i + 1))
                                               for i in range(rule.years)])
        for i in range(rule.years):
            ui.yearsTable.setItem(i, 0, QTableWidgetItem(""))
        if plan is not None:
            self._load(plan)
        elif first_year_benefit:
            ui.yearsTable.item(0, 0).setText(format_money(first_year_benefit, unit=False))
        ui.benefitRadio.toggled.connect(self._basis_changed)
        ui.percentSpin.valueChanged.connect(self.update_split)
        ui.yearsTable.itemChanged.connect(self.update_split)
        ui.unitSumEdit.textChanged.connect(self.update_split)
        ui.basisEdit.textChanged.connect(self.update_split)
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self._no_pay)
        self._basis_changed()

    def _load(self, plan: PayPlan) -> None:
        ui = self.ui
        unit_sum = plan.basis == PayBasis.UNIT_SUM
        ui.unitSumRadio.setChecked(unit_sum)
        ui.benefitRadio.setChecked(not unit_sum)
        ui.percentSpin.setValue(float(plan.percent))
        for i, value in enumerate(plan.yearly_benefit_vnd[:self.rule.years]):
            ui.yearsTable.item(i, 0).setText(format_money(value, unit=False))
        if plan.unit_sum_vnd:
            ui.unitSumEdit.setText(format_money(plan.unit_sum_vnd, unit=False))
        ui.basisEdit.setText(plan.basis_text)

    def _basis_changed(self) -> None:
        benefit = self.ui.benefitRadio.isChecked()
        self.ui.benefitBox.setEnabled(benefit)
        self.ui.unitSumBox.setEnabled(not benefit)
        self.update_split()

    def collect(self) -> PayPlan:
        """The plan as entered; InputError naming what is wrong."""
        ui = self.ui
        if ui.unitSumRadio.isChecked():
            return PayPlan(PayBasis.UNIT_SUM,
                           unit_sum_vnd=parse_money(ui.unitSumEdit.text(), field="unit_sum_vnd"),
                           basis_text=clean_line(ui.basisEdit.text()))
        years = []
        for i in range(ui.yearsTable.rowCount()):
            value = parse_money(ui.yearsTable.item(i, 0).text(), field="yearly_benefit_vnd")
            if value is None:
                break
            years.append(value)
        percent = Decimal(str(round(ui.percentSpin.value(), 1))).normalize()
        return PayPlan(PayBasis.BENEFIT, percent, tuple(years))

    def update_split(self) -> None:
        ui = self.ui
        table = ui.splitTable
        try:
            plan = self.collect()
            check_plan(plan, min_percent=self.rule.min_percent, years=self.rule.years)
        except InputError as exc:
            ui.errorLabel.setText(error_text(exc.message))
            table.setRowCount(0)
            return
        ui.errorLabel.setText("")
        parts = split_pay(plan, self.authors)
        years = len(plan.yearly_pay())
        headers = [self.tr("Tác giả"), self.tr("Tỷ lệ đóng góp")]
        headers += ([self.tr("Năm thứ %1").replace("%1", str(i + 1)) for i in range(years)]
                    if plan.basis == PayBasis.BENEFIT else [self.tr("Khoản tiền")])
        headers.append(self.tr("Cộng (đồng)"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(parts) + 1)
        rows = [[part.full_name, f"{_number(part.share_percent)} %",
                 *[format_money(v, unit=False) for v in part.per_year],
                 format_money(part.total, unit=False)] for part in parts]
        rows.append([self.tr("Tổng cộng"), "", *[format_money(v, unit=False) for v in plan.yearly_pay()],
                     format_money(plan.total, unit=False)])
        for row, values in enumerate(rows):
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col > 0:  # shares and amounts line up on the right
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == len(parts):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        # The names take what is left; the figures keep the width they need.
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _accept(self) -> None:
        try:
            plan = self.collect()
            check_plan(plan, min_percent=self.rule.min_percent, years=self.rule.years)
        except InputError as exc:
            self.ui.errorLabel.setText(error_text(exc.message))
            return
        self.plan = plan
        self.accept()

    def _no_pay(self) -> None:
        self.plan = None
        self.accept()


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")
