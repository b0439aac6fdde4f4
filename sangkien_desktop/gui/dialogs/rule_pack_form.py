"""The rule-pack window's fields: a pack shown in them (basis, council rules, rounds, the
rubric with its score ranges and grades, eligibility, scopes, papers, pay) and read back into
a pack, each typed value checked with a message saying what to fix."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem, QTableWidget, QTableWidgetItem

from sangkien_desktop.domain.campaign import Choice
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.pass_rule import CouncilRules, parse_fraction
from sangkien_desktop.domain.rule_pack import Eligibility, PayRule, Round, RulePack
from sangkien_desktop.domain.scoring import Band, Rubric, ScoreRange, format_score
from sangkien_desktop.domain.text import clean_line, clean_text, fold
from sangkien_desktop.domain.values import format_date, parse_date

from sangkien_desktop.gui.dialogs import rubric_tables
from sangkien_desktop.gui.dialogs.rubric_tables import PASS_CHOICES
from sangkien_desktop.gui.labels import core_text, error_text

ID_ROLE = Qt.ItemDataRole.UserRole
CONDITION = re.compile(r"^\s*(.+?)\s*(?:≥|>=)\s*([0-9]+(?:[.,][0-9]+)?)\s*$")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "quy-dinh"


class RulePackForm(QObject):
    """The fields of the rule-pack window (gui/dialogs/rule_pack_dialog.py, which imports this
    module and keeps the pack shown)."""

    def __init__(self, dialog: Any):
        super().__init__(dialog)
        self.dialog = dialog

    def add_row(self, table: QTableWidget, values: list[str], *, check: bool | None = None) -> int:
        blocked = table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        for col, value in enumerate(values):
            table.setItem(row, col, QTableWidgetItem(value))
        if check is not None:
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if check else Qt.CheckState.Unchecked)
            table.setItem(row, len(values), item)
        table.blockSignals(blocked)
        return row

    def add_band(self, band: Band | None = None, names: dict[str, str] | None = None) -> int:
        row = rubric_tables.add_band(self.dialog.ui.bandsTable, band, names)
        item = self.dialog.ui.bandsTable.item(row, 3)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(self.tr("Ví dụ “Tính mới ≥ 30”; nhiều điều kiện cách nhau bằng dấu chấm phẩy."))
        return row

    def load(self, pack: RulePack) -> None:
        ui = self.dialog.ui
        self.dialog.loading = True
        self.dialog.pack = pack
        ui.idValue.setText(f"{pack.id} @ {pack.version}")
        ui.nameEdit.setText(pack.name)
        ui.shortNameEdit.setText(pack.short_name)
        ui.levelCombo.setCurrentIndex(max(ui.levelCombo.findData(pack.level), 0))
        ui.appliesToEdit.setText(pack.applies_to)
        ui.legalEdit.setPlainText("\n".join(pack.legal_basis))
        ui.checkedEdit.setText(format_date(pack.legal_checked_on))
        ui.noteEdit.setPlainText(pack.note)
        ui.sourcesValue.setText(self.sources_text(pack.sources))
        ui.quorumCombo.setEditText(str(pack.rules.quorum))
        index = ui.voteCombo.findData(pack.rules.kind)
        ui.voteCombo.setEditText(ui.voteCombo.itemText(index) if index >= 0 else str(pack.rules.vote_needed))
        ui.voteBaseCombo.setCurrentIndex(max(ui.voteBaseCombo.findData(pack.rules.vote_base), 0))
        ui.roundsTable.setRowCount(0)
        for rnd in pack.rounds:
            self.add_row(ui.roundsTable, [rnd.name, rnd.start, rnd.end])
        rubric = pack.rubric
        rubric_tables.load_criteria(ui.criteriaTable, rubric.criteria)
        names = {c.code: c.name for c in rubric.criteria}
        ui.bandsTable.setRowCount(0)
        for band in rubric.bands:
            self.add_band(band, names)
        ui.rangesTable.setRowCount(0)
        for c in rubric.criteria:
            for r in c.ranges:
                self.add_row(ui.rangesTable, [c.name, format_score(r.low), format_score(r.high), r.label],
                              check=r.requires == "benefit_computed")
        ui.dropExtremesCheck.setChecked(rubric.drop_extremes)
        ui.dropMinSpin.setValue(rubric.drop_extremes_min_sheets)
        ui.spreadSpin.setValue(float(rubric.disagreement_spread))
        e = pack.eligibility
        ui.filingSpin.setValue(e.filing_within_months or 0)
        ui.shareSpin.setValue(float(e.min_coauthor_share or 0))
        ui.researchCheck.setChecked(e.research_requires_acceptance)
        ui.resubmissionCheck.setChecked(e.check_resubmission)
        ui.kindsList.clear()
        # A code no program knows (a pack from elsewhere) is listed by its code, kept when saved.
        known = dict(self.dialog.kinds)
        for code, label in [*self.dialog.kinds, *((c, c) for c in e.solution_types if c not in known)]:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in e.solution_types else Qt.CheckState.Unchecked)
            ui.kindsList.addItem(item)
        for table, choices in ((ui.scopesTable, pack.scopes), (ui.papersTable, pack.papers)):
            table.setRowCount(0)
            for choice in choices:
                self.add_row(table, [choice.code, choice.label])
        ui.payPercentSpin.setValue(float(pack.pay.min_percent))
        ui.payYearsSpin.setValue(pack.pay.years)
        self.update_max_total()
        self.show_pass_rule()
        self.dialog.loading = False
        self.dialog.set_dirty(False)
        self.dialog.show_error("")

    def update_max_total(self, *_args) -> None:
        try:
            total = sum((c.max_score * c.weight for c in rubric_tables.read_criteria(self.dialog.ui.criteriaTable)),
                        Decimal(0))
            text = self.tr("Tổng điểm tối đa: %1").replace("%1", format_score(total))
        except InputError:
            text = ""
        self.dialog.ui.maxTotalLabel.setText(text)

    def rules(self) -> CouncilRules:
        ui = self.dialog.ui
        quorum = parse_fraction(ui.quorumCombo.currentText())
        typed = ui.voteCombo.currentText().strip()
        preset = next((code for code, text in PASS_CHOICES if text == typed), None)
        base = ui.voteBaseCombo.currentData()
        return (CouncilRules.preset(preset, quorum=quorum, vote_base=base) if preset
                else CouncilRules(quorum, parse_fraction(typed), base))

    def sources_text(self, sources: dict[str, str]) -> str:
        """Each part's source under the part's name (a file's key only for a part the program
        does not know), as written: the label shows rich text, the sources are escaped."""
        names = {"legal_basis": self.tr("Căn cứ pháp lý"), "council_rules": self.tr("Biểu quyết"),
                 "rubric": self.tr("Tiêu chí chấm điểm"), "eligibility": self.tr("Điều kiện xét"),
                 "pay": self.tr("Thù lao"), "rounds": self.tr("Các đợt"),
                 "scopes": self.tr("Phạm vi ảnh hưởng"), "papers": self.tr("Giấy tờ cần có")}
        return "<br>".join(html.escape(f"{names.get(key, key)}: {text}", quote=False)
                           for key, text in sources.items())

    def show_pass_rule(self, *_args) -> None:
        try:
            text = self.tr("Công nhận khi %1.").replace("%1", core_text(self.rules().describe()))
        except SangKienError as exc:
            text = error_text(exc.message)
        self.dialog.ui.passRuleValue.setText(text)

    def cell(self, table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return clean_line(item.text()) if item is not None else ""

    def choices(self, table: QTableWidget) -> tuple[Choice, ...]:
        found, taken = [], set()
        for row in range(table.rowCount()):
            label = self.cell(table, row, 1)
            if not label:
                continue
            code = self.cell(table, row, 0) or slug(label).replace("-", "_")
            if code in taken:
                raise InputError(self.tr("Mã “%1” dùng hai lần.").replace("%1", code), code="rule_pack_choice_twice")
            taken.add(code)
            found.append(Choice(code, label))
        return tuple(found)

    def band_conditions(self, criteria) -> None:
        """The typed "Tính mới ≥ 30" of each band into the band row's data."""
        by_name = {fold(c.name): c.code for c in criteria} | {c.code: c.code for c in criteria}
        table = self.dialog.ui.bandsTable
        for row in range(table.rowCount()):
            text = self.cell(table, row, 3)
            conditions = {}
            for part in filter(None, (p.strip() for p in text.split(";"))):
                match = CONDITION.match(part)
                code = by_name.get(fold(match.group(1))) if match else None
                if match is None or code is None:
                    raise InputError(self.tr("Mức “%1”: không hiểu điều kiện “%2”; hãy viết dạng “Tính mới ≥ 30”.")
                                     .replace("%1", self.cell(table, row, 0)).replace("%2", part),
                                     code="rule_pack_band_condition")
                conditions[code] = match.group(2).replace(",", ".")
            table.item(row, 0).setData(rubric_tables.EXTRA_ROLE, conditions)

    def rubric(self) -> Rubric:
        ui = self.dialog.ui
        criteria = rubric_tables.read_criteria(ui.criteriaTable)
        ranges: dict[str, list[ScoreRange]] = {c.code: [] for c in criteria}
        by_name = {fold(c.name): c for c in criteria}
        for row in range(ui.rangesTable.rowCount()):
            name = self.cell(ui.rangesTable, row, 0)
            if not name:
                continue
            criterion = by_name.get(fold(name))
            if criterion is None:
                raise InputError(self.tr("Khoảng điểm dòng %1: không có tiêu chí “%2”.").replace("%1", str(row + 1))
                                 .replace("%2", name), code="rule_pack_range_criterion")
            try:
                low = Decimal(self.cell(ui.rangesTable, row, 1).replace(",", "."))
                high = Decimal(self.cell(ui.rangesTable, row, 2).replace(",", "."))
            except ArithmeticError:
                low = high = Decimal(-1)
            if not (0 <= low <= high <= criterion.max_score):
                raise InputError(self.tr("Khoảng điểm dòng %1 phải nằm trong 0–%2, “từ” không lớn hơn “đến”.")
                                 .replace("%1", str(row + 1)).replace("%2", format_score(criterion.max_score)),
                                 code="rule_pack_range")
            money = ui.rangesTable.item(row, 4) is not None and ui.rangesTable.item(row, 4).checkState() == Qt.CheckState.Checked
            ranges[criterion.code].append(ScoreRange(low, high, self.cell(ui.rangesTable, row, 3),
                                                     "benefit_computed" if money else ""))
        criteria = tuple(dataclasses.replace(c, ranges=tuple(ranges[c.code])) for c in criteria)
        self.band_conditions(criteria)
        return Rubric(criteria, rubric_tables.read_bands(ui.bandsTable, criteria),
                      ui.dropExtremesCheck.isChecked(), ui.dropMinSpin.value(),
                      Decimal(str(round(ui.spreadSpin.value(), 1))))

    def collect(self) -> RulePack:
        ui = self.dialog.ui
        assert self.dialog.pack is not None
        checked = parse_date(ui.checkedEdit.text(), field="legal_checked_on",
                             label=self.tr("Ngày kiểm tra căn cứ"))
        if checked is not None and checked > dt.date.today():
            raise InputError(self.tr("Ngày kiểm tra căn cứ không được sau hôm nay."), code="rule_pack_checked_future")
        basis = tuple(clean_line(line) for line in ui.legalEdit.toPlainText().splitlines() if clean_line(line))
        if not basis:
            raise InputError(self.tr("Hãy ghi ít nhất một căn cứ pháp lý, mỗi căn cứ một dòng."),
                             code="rule_pack_no_basis")
        rounds = tuple(Round(str(row + 1), self.cell(ui.roundsTable, row, 0), self.cell(ui.roundsTable, row, 1),
                             self.cell(ui.roundsTable, row, 2))
                       for row in range(ui.roundsTable.rowCount()) if any(
                           self.cell(ui.roundsTable, row, c) for c in range(3)))
        for r in rounds:
            if not (re.fullmatch(r"\d\d-\d\d", r.start) and re.fullmatch(r"\d\d-\d\d", r.end)):
                raise InputError(self.tr("Đợt “%1”: ngày viết dạng MM-DD, ví dụ 01-01 và 06-30.").replace("%1", r.name),
                                 code="rule_pack_round_date")
        kinds = tuple(ui.kindsList.item(i).data(ID_ROLE) for i in range(ui.kindsList.count())
                      if ui.kindsList.item(i).checkState() == Qt.CheckState.Checked)
        share = ui.shareSpin.value()
        return dataclasses.replace(
            self.dialog.pack, name=clean_line(ui.nameEdit.text()), short_name=clean_line(ui.shortNameEdit.text()),
            level=ui.levelCombo.currentData(), applies_to=clean_line(ui.appliesToEdit.text()),
            legal_basis=basis, legal_checked_on=checked, note=clean_text(ui.noteEdit.toPlainText()).strip(),
            rules=self.rules(), rubric=self.rubric(), rounds=rounds,
            eligibility=Eligibility(
                filing_within_months=ui.filingSpin.value() or None,
                min_coauthor_share=Decimal(str(round(share))) if share else None,
                solution_types=kinds, research_requires_acceptance=ui.researchCheck.isChecked(),
                research_type=self.dialog.pack.eligibility.research_type,
                check_resubmission=ui.resubmissionCheck.isChecked()),
            scopes=self.choices(ui.scopesTable), papers=self.choices(ui.papersTable),
            pay=PayRule(Decimal(str(round(ui.payPercentSpin.value(), 1))).normalize(), ui.payYearsSpin.value()),
        )
