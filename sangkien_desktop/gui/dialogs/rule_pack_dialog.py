"""The rule packs: the shipped ones, imported files and the unit's own, each editable here —
legal basis with the date it was checked, quorum and pass rule, rounds, the rubric with score
ranges and grades, eligibility options, recognition scopes, papers required and the pay rule.
A version a meeting or a decision used is kept: saving stores the next version."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.campaign import Choice
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.pass_rule import CouncilRules, parse_fraction
from sangkien_desktop.domain.rule_pack import Eligibility, PayRule, Round, RulePack
from sangkien_desktop.domain.scoring import Band, Rubric, ScoreRange, format_score
from sangkien_desktop.domain.text import clean_line, clean_text, fold
from sangkien_desktop.domain.values import format_date, parse_date
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import rule_packs

from sangkien_desktop.gui.dialogs import rubric_tables
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.rubric_tables import FRACTIONS, PASS_CHOICES, VOTE_BASE_CODES
from sangkien_desktop.gui.forms.ui_rule_pack_dialog import Ui_RulePackDialog
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.labels import core_text, error_text

ID_ROLE = Qt.ItemDataRole.UserRole
LEVELS = (
    ("national", QT_TRANSLATE_NOOP("RulePackDialog", "Toàn quốc")),
    ("province", QT_TRANSLATE_NOOP("RulePackDialog", "Tỉnh, thành phố")),
    ("sector", QT_TRANSLATE_NOOP("RulePackDialog", "Ngành")),
    ("unit", QT_TRANSLATE_NOOP("RulePackDialog", "Đơn vị")),
)
ORIGINS = {
    "shipped": QT_TRANSLATE_NOOP("RulePackDialog", "đi kèm chương trình"),
    "imported": QT_TRANSLATE_NOOP("RulePackDialog", "nhập từ tệp"),
    "edited": QT_TRANSLATE_NOOP("RulePackDialog", "của đơn vị"),
    "migrated": QT_TRANSLATE_NOOP("RulePackDialog", "chuyển từ Hội đồng"),
}
RANGE_HEADERS = (
    QT_TRANSLATE_NOOP("RulePackDialog", "Tiêu chí"), QT_TRANSLATE_NOOP("RulePackDialog", "Từ"),
    QT_TRANSLATE_NOOP("RulePackDialog", "Đến"), QT_TRANSLATE_NOOP("RulePackDialog", "Mô tả"),
    QT_TRANSLATE_NOOP("RulePackDialog", "Chỉ khi tính được tiền làm lợi"),
)  # fmt: skip
ROUND_HEADERS = (QT_TRANSLATE_NOOP("RulePackDialog", "Đợt"), QT_TRANSLATE_NOOP("RulePackDialog", "Từ ngày"),
                 QT_TRANSLATE_NOOP("RulePackDialog", "Đến ngày"))
CHOICE_HEADERS = (QT_TRANSLATE_NOOP("RulePackDialog", "Mã"), QT_TRANSLATE_NOOP("RulePackDialog", "Nội dung"))
_CONDITION = re.compile(r"^\s*(.+?)\s*(?:≥|>=)\s*([0-9]+(?:[.,][0-9]+)?)\s*$")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "quy-dinh"


class RulePackDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None, *, select_id: str | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_RulePackDialog()
        self.ui.setupUi(self)
        self.pack: RulePack | None = None
        self._loading = False
        self._dirty = False
        ui = self.ui
        ui.splitter.setSizes([280, 900])
        for code, label in LEVELS:
            ui.levelCombo.addItem(self.tr(label), code)
        ui.quorumCombo.addItems(FRACTIONS)
        for code, text in PASS_CHOICES:
            ui.voteCombo.addItem(text, code)
        for code in VOTE_BASE_CODES:
            ui.voteBaseCombo.addItem(self._base_text(code), code)
        rubric_tables.setup(ui.criteriaTable, rubric_tables.CRITERIA_HEADERS, (220, 90, 70, 80, 120))
        rubric_tables.setup(ui.bandsTable, rubric_tables.BAND_HEADERS, (180, 110, 120))
        for table, headers, widths in ((ui.rangesTable, RANGE_HEADERS, (200, 60, 60, 330)),
                                       (ui.roundsTable, ROUND_HEADERS, (200, 110)),
                                       (ui.scopesTable, CHOICE_HEADERS, (120,)),
                                       (ui.papersTable, CHOICE_HEADERS, (160,))):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
            for col, width in enumerate(widths):
                table.horizontalHeader().resizeSection(col, width)
        # Every program's kinds of solution, each code once (the unit-level program's first).
        kinds: dict[str, str] = {}
        for campaign in sorted(app_data.campaigns.values(), key=lambda c: c.id != "cong-nhan-cap-co-so"):
            for kind in campaign.solution_types:
                kinds.setdefault(kind.code, kind.label)
        self.kinds = tuple(kinds.items())
        self._connect()
        self.reload(select_id)

    def _base_text(self, code: str) -> str:
        return self.tr("tổng số thành viên") if code == "council" else self.tr("số thành viên có mặt")

    def _connect(self) -> None:
        ui = self.ui
        ui.packList.currentItemChanged.connect(self._picked)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.historyButton.clicked.connect(self.show_history)
        ui.unitButton.clicked.connect(self.use_for_unit)
        ui.copyButton.clicked.connect(self.copy_pack)
        ui.importButton.clicked.connect(self.import_file)
        ui.exportButton.clicked.connect(self.export_file)
        ui.addCriterionButton.clicked.connect(lambda: self._added(rubric_tables.add_criterion(ui.criteriaTable)))
        ui.removeCriterionButton.clicked.connect(lambda: self._remove_rows(ui.criteriaTable))
        ui.addBandButton.clicked.connect(lambda: self._added(self._add_band()))
        ui.removeBandButton.clicked.connect(lambda: self._remove_rows(ui.bandsTable))
        ui.addRangeButton.clicked.connect(lambda: self._added(self._add_row(ui.rangesTable, ["", "", "", ""], check=False)))
        ui.removeRangeButton.clicked.connect(lambda: self._remove_rows(ui.rangesTable))
        ui.addRoundButton.clicked.connect(lambda: self._added(self._add_row(ui.roundsTable, ["", "", ""])))
        ui.removeRoundButton.clicked.connect(lambda: self._remove_rows(ui.roundsTable))
        ui.addScopeButton.clicked.connect(lambda: self._added(self._add_row(ui.scopesTable, ["", ""])))
        ui.removeScopeButton.clicked.connect(lambda: self._remove_rows(ui.scopesTable))
        ui.addPaperButton.clicked.connect(lambda: self._added(self._add_row(ui.papersTable, ["", ""])))
        ui.removePaperButton.clicked.connect(lambda: self._remove_rows(ui.papersTable))
        for table in (ui.criteriaTable, ui.bandsTable, ui.rangesTable, ui.roundsTable, ui.scopesTable,
                      ui.papersTable):
            table.itemChanged.connect(self._changed)
        ui.criteriaTable.itemChanged.connect(self._update_max_total)
        ui.kindsList.itemChanged.connect(self._changed)
        for edit in (ui.nameEdit, ui.shortNameEdit, ui.appliesToEdit, ui.checkedEdit):
            edit.textEdited.connect(self._changed)
        for edit in (ui.legalEdit, ui.noteEdit):
            edit.textChanged.connect(self._changed)
        for combo in (ui.quorumCombo, ui.voteCombo):
            combo.editTextChanged.connect(self._changed)
        ui.voteCombo.editTextChanged.connect(self._show_pass_rule)
        ui.voteBaseCombo.currentIndexChanged.connect(self._show_pass_rule)
        for combo in (ui.levelCombo, ui.voteBaseCombo):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (ui.dropMinSpin, ui.spreadSpin, ui.filingSpin, ui.shareSpin, ui.payPercentSpin, ui.payYearsSpin):
            spin.valueChanged.connect(self._changed)
        for check in (ui.dropExtremesCheck, ui.researchCheck, ui.resubmissionCheck):
            check.toggled.connect(self._changed)

    def _added(self, _row: object = None) -> None:
        self._changed()

    # --- list -------------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        with unit_of_work.session(self.app_data) as session:
            infos = rule_packs.list_packs(session)
            unit = rule_packs.unit_pack(session)
        self.unit_id = unit.id
        lst = self.ui.packList
        lst.setSpacing(3)
        lst.blockSignals(True)
        lst.clear()
        for info in infos:
            mark = " ★" if info.pack.id == unit.id else ""
            # The name, then (indented) its version and where it came from; items spaced apart.
            version = self.tr("phiên bản %1").replace("%1", info.pack.version)
            item = QListWidgetItem(f"{info.pack.short_name or info.pack.name}{mark}\n"
                                   f"    {version} — {self.tr(ORIGINS.get(info.origin, info.origin))}")
            item.setData(ID_ROLE, info.pack.id)
            item.setToolTip(info.pack.name)
            lst.addItem(item)
        lst.blockSignals(False)
        self.ui.unitPackLabel.setText(self.tr("Đơn vị đang dùng: %1").replace("%1", unit.short_name or unit.name))
        ids = [i.pack.id for i in infos]
        row = ids.index(select_id) if select_id in ids else ids.index(unit.id) if unit.id in ids else 0
        lst.setCurrentRow(row)
        self._load(infos[row].pack)

    def _picked(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None or (self.pack and current.data(ID_ROLE) == self.pack.id):
            return
        if self._dirty and not self._confirm_leave():
            self.ui.packList.blockSignals(True)
            self.ui.packList.setCurrentItem(previous)
            self.ui.packList.blockSignals(False)
            return
        with self.app_data.db.session() as session:
            self._load(rule_packs.get_pack(session, current.data(ID_ROLE)))

    def _confirm_leave(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Lưu thay đổi?"), self.tr("Bộ quy định có thay đổi chưa lưu. Lưu trước?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- form -------------------------------------------------------------------------------
    def _add_row(self, table: QTableWidget, values: list[str], *, check: bool | None = None) -> int:
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

    def _add_band(self, band: Band | None = None, names: dict[str, str] | None = None) -> int:
        row = rubric_tables.add_band(self.ui.bandsTable, band, names)
        item = self.ui.bandsTable.item(row, 3)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(self.tr("Ví dụ “Tính mới ≥ 30”; nhiều điều kiện cách nhau bằng dấu chấm phẩy."))
        return row

    def _remove_rows(self, table: QTableWidget) -> None:
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
        for row in rows:
            table.removeRow(row)
        if rows:
            self._changed()
            self._update_max_total()

    def _load(self, pack: RulePack) -> None:
        ui = self.ui
        self._loading = True
        self.pack = pack
        ui.idValue.setText(f"{pack.id} @ {pack.version}")
        ui.nameEdit.setText(pack.name)
        ui.shortNameEdit.setText(pack.short_name)
        ui.levelCombo.setCurrentIndex(max(ui.levelCombo.findData(pack.level), 0))
        ui.appliesToEdit.setText(pack.applies_to)
        ui.legalEdit.setPlainText("\n".join(pack.legal_basis))
        ui.checkedEdit.setText(format_date(pack.legal_checked_on))
        ui.noteEdit.setPlainText(pack.note)
        ui.sourcesValue.setText("<br>".join(f"{k}: {v}" for k, v in pack.sources.items()))
        ui.quorumCombo.setEditText(str(pack.rules.quorum))
        index = ui.voteCombo.findData(pack.rules.kind)
        ui.voteCombo.setEditText(ui.voteCombo.itemText(index) if index >= 0 else str(pack.rules.vote_needed))
        ui.voteBaseCombo.setCurrentIndex(max(ui.voteBaseCombo.findData(pack.rules.vote_base), 0))
        ui.roundsTable.setRowCount(0)
        for rnd in pack.rounds:
            self._add_row(ui.roundsTable, [rnd.name, rnd.start, rnd.end])
        rubric = pack.rubric
        rubric_tables.load_criteria(ui.criteriaTable, rubric.criteria)
        names = {c.code: c.name for c in rubric.criteria}
        ui.bandsTable.setRowCount(0)
        for band in rubric.bands:
            self._add_band(band, names)
        ui.rangesTable.setRowCount(0)
        for c in rubric.criteria:
            for r in c.ranges:
                self._add_row(ui.rangesTable, [c.name, format_score(r.low), format_score(r.high), r.label],
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
        known = dict(self.kinds)
        for code, label in [*self.kinds, *((c, c) for c in e.solution_types if c not in known)]:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in e.solution_types else Qt.CheckState.Unchecked)
            ui.kindsList.addItem(item)
        for table, choices in ((ui.scopesTable, pack.scopes), (ui.papersTable, pack.papers)):
            table.setRowCount(0)
            for choice in choices:
                self._add_row(table, [choice.code, choice.label])
        ui.payPercentSpin.setValue(float(pack.pay.min_percent))
        ui.payYearsSpin.setValue(pack.pay.years)
        self._update_max_total()
        self._show_pass_rule()
        self._loading = False
        self._set_dirty(False)
        self._show_error("")

    def _update_max_total(self, *_args) -> None:
        try:
            total = sum((c.max_score * c.weight for c in rubric_tables.read_criteria(self.ui.criteriaTable)),
                        Decimal(0))
            text = self.tr("Tổng điểm tối đa: %1").replace("%1", format_score(total))
        except InputError:
            text = ""
        self.ui.maxTotalLabel.setText(text)

    def _rules(self) -> CouncilRules:
        ui = self.ui
        quorum = parse_fraction(ui.quorumCombo.currentText())
        typed = ui.voteCombo.currentText().strip()
        preset = next((code for code, text in PASS_CHOICES if text == typed), None)
        base = ui.voteBaseCombo.currentData()
        return (CouncilRules.preset(preset, quorum=quorum, vote_base=base) if preset
                else CouncilRules(quorum, parse_fraction(typed), base))

    def _show_pass_rule(self, *_args) -> None:
        try:
            text = self.tr("Công nhận khi %1.").replace("%1", core_text(self._rules().describe()))
        except SangKienError as exc:
            text = error_text(exc.message)
        self.ui.passRuleValue.setText(text)

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.setWindowTitle(("* " if dirty else "") + self.tr("Bộ quy định xét công nhận sáng kiến"))

    # --- reading the form back --------------------------------------------------------------
    def _cell(self, table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return clean_line(item.text()) if item is not None else ""

    def _choices(self, table: QTableWidget) -> tuple[Choice, ...]:
        found, taken = [], set()
        for row in range(table.rowCount()):
            label = self._cell(table, row, 1)
            if not label:
                continue
            code = self._cell(table, row, 0) or _slug(label).replace("-", "_")
            if code in taken:
                raise InputError(self.tr("Mã “%1” dùng hai lần.").replace("%1", code), code="rule_pack_choice_twice")
            taken.add(code)
            found.append(Choice(code, label))
        return tuple(found)

    def _band_conditions(self, criteria) -> None:
        """The typed "Tính mới ≥ 30" of each band into the band row's data."""
        by_name = {fold(c.name): c.code for c in criteria} | {c.code: c.code for c in criteria}
        table = self.ui.bandsTable
        for row in range(table.rowCount()):
            text = self._cell(table, row, 3)
            conditions = {}
            for part in filter(None, (p.strip() for p in text.split(";"))):
                match = _CONDITION.match(part)
                code = by_name.get(fold(match.group(1))) if match else None
                if match is None or code is None:
                    raise InputError(self.tr("Mức “%1”: không hiểu điều kiện “%2”; hãy viết dạng “Tính mới ≥ 30”.")
                                     .replace("%1", self._cell(table, row, 0)).replace("%2", part),
                                     code="rule_pack_band_condition")
                conditions[code] = match.group(2).replace(",", ".")
            table.item(row, 0).setData(rubric_tables.EXTRA_ROLE, conditions)

    def _rubric(self) -> Rubric:
        ui = self.ui
        criteria = rubric_tables.read_criteria(ui.criteriaTable)
        ranges: dict[str, list[ScoreRange]] = {c.code: [] for c in criteria}
        by_name = {fold(c.name): c for c in criteria}
        for row in range(ui.rangesTable.rowCount()):
            name = self._cell(ui.rangesTable, row, 0)
            if not name:
                continue
            criterion = by_name.get(fold(name))
            if criterion is None:
                raise InputError(self.tr("Khoảng điểm dòng %1: không có tiêu chí “%2”.").replace("%1", str(row + 1))
                                 .replace("%2", name), code="rule_pack_range_criterion")
            try:
                low = Decimal(self._cell(ui.rangesTable, row, 1).replace(",", "."))
                high = Decimal(self._cell(ui.rangesTable, row, 2).replace(",", "."))
            except ArithmeticError:
                low = high = Decimal(-1)
            if not (0 <= low <= high <= criterion.max_score):
                raise InputError(self.tr("Khoảng điểm dòng %1 phải nằm trong 0–%2, “từ” không lớn hơn “đến”.")
                                 .replace("%1", str(row + 1)).replace("%2", format_score(criterion.max_score)),
                                 code="rule_pack_range")
            money = ui.rangesTable.item(row, 4) is not None and ui.rangesTable.item(row, 4).checkState() == Qt.CheckState.Checked
            ranges[criterion.code].append(ScoreRange(low, high, self._cell(ui.rangesTable, row, 3),
                                                     "benefit_computed" if money else ""))
        criteria = tuple(dataclasses.replace(c, ranges=tuple(ranges[c.code])) for c in criteria)
        self._band_conditions(criteria)
        return Rubric(criteria, rubric_tables.read_bands(ui.bandsTable, criteria),
                      ui.dropExtremesCheck.isChecked(), ui.dropMinSpin.value(),
                      Decimal(str(round(ui.spreadSpin.value(), 1))))

    def collect(self) -> RulePack:
        ui = self.ui
        assert self.pack is not None
        checked = parse_date(ui.checkedEdit.text(), field="legal_checked_on",
                             label=self.tr("Ngày kiểm tra căn cứ"))
        if checked is not None and checked > dt.date.today():
            raise InputError(self.tr("Ngày kiểm tra căn cứ không được sau hôm nay."), code="rule_pack_checked_future")
        basis = tuple(clean_line(line) for line in ui.legalEdit.toPlainText().splitlines() if clean_line(line))
        if not basis:
            raise InputError(self.tr("Hãy ghi ít nhất một căn cứ pháp lý, mỗi căn cứ một dòng."),
                             code="rule_pack_no_basis")
        rounds = tuple(Round(str(row + 1), self._cell(ui.roundsTable, row, 0), self._cell(ui.roundsTable, row, 1),
                             self._cell(ui.roundsTable, row, 2))
                       for row in range(ui.roundsTable.rowCount()) if any(
                           self._cell(ui.roundsTable, row, c) for c in range(3)))
        for r in rounds:
            if not (re.fullmatch(r"\d\d-\d\d", r.start) and re.fullmatch(r"\d\d-\d\d", r.end)):
                raise InputError(self.tr("Đợt “%1”: ngày viết dạng MM-DD, ví dụ 01-01 và 06-30.").replace("%1", r.name),
                                 code="rule_pack_round_date")
        kinds = tuple(ui.kindsList.item(i).data(ID_ROLE) for i in range(ui.kindsList.count())
                      if ui.kindsList.item(i).checkState() == Qt.CheckState.Checked)
        share = ui.shareSpin.value()
        return dataclasses.replace(
            self.pack, name=clean_line(ui.nameEdit.text()), short_name=clean_line(ui.shortNameEdit.text()),
            level=ui.levelCombo.currentData(), applies_to=clean_line(ui.appliesToEdit.text()),
            legal_basis=basis, legal_checked_on=checked, note=clean_text(ui.noteEdit.toPlainText()).strip(),
            rules=self._rules(), rubric=self._rubric(), rounds=rounds,
            eligibility=Eligibility(
                filing_within_months=ui.filingSpin.value() or None,
                min_coauthor_share=Decimal(str(round(share))) if share else None,
                solution_types=kinds, research_requires_acceptance=ui.researchCheck.isChecked(),
                research_type=self.pack.eligibility.research_type,
                check_resubmission=ui.resubmissionCheck.isChecked()),
            scopes=self._choices(ui.scopesTable), papers=self._choices(ui.papersTable),
            pay=PayRule(Decimal(str(round(ui.payPercentSpin.value(), 1))).normalize(), ui.payYearsSpin.value()),
        )

    # --- actions ----------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            pack = self.collect()
            with unit_of_work.session(self.app_data) as session:
                saved = rule_packs.save_pack(session, pack)
        except SangKienError as exc:
            self._show_error(error_text(exc.message))
            return False
        self._set_dirty(False)
        self.reload(saved.id)
        if saved.version != pack.version:
            self._show_note(self.tr("Phiên bản %1 đã được dùng (hoặc đi kèm chương trình) nên được giữ nguyên; "
                                    "thay đổi được lưu thành phiên bản %2.").replace("%1", pack.version)
                            .replace("%2", saved.version))
        return True

    def copy_pack(self) -> None:
        if self.pack is None or (self._dirty and not self._confirm_leave()):
            return
        name, ok = QInputDialog.getText(self, self.tr("Bộ quy định mới"), self.tr("Tên bộ quy định mới:"),
                                        text=self.tr("Quy định của %1").replace("%1", self.pack.short_name or self.pack.name))
        if not ok or not clean_line(name):
            return
        with self.app_data.db.session() as session:
            taken = {i.pack.id for i in rule_packs.list_packs(session)}
        base = _slug(name)
        pack_id, n = base, 2
        while pack_id in taken:
            pack_id, n = f"{base}-{n}", n + 1
        copy = dataclasses.replace(self.pack, id=pack_id, version="1", name=clean_line(name),
                                   short_name="", level="unit", sources={}, note="")
        try:
            with unit_of_work.session(self.app_data) as session:
                saved = rule_packs.save_pack(session, copy)
        except SangKienError as exc:
            self._show_error(error_text(exc.message))
            return
        self.reload(saved.id)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Nhập bộ quy định"), "",
                                              self.tr("Bộ quy định (*.json)"))
        if not path:
            return
        try:
            with unit_of_work.session(self.app_data) as session:
                pack = rule_packs.import_pack(session, Path(path))
        except SangKienError as exc:
            self._show_error(error_text(exc.message))
            return
        self.reload(pack.id)
        self._show_note(self.tr("Đã nhập “%1”, phiên bản %2.").replace("%1", pack.name).replace("%2", pack.version))

    def export_file(self) -> None:
        if self.pack is None:
            return
        if self._dirty and not self._confirm_leave():
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất bộ quy định"), f"{self.pack.id}-{self.pack.version}.json",
                                              self.tr("Bộ quy định (*.json)"))
        if not path:
            return
        try:
            rule_packs.export_pack(self.pack, Path(path))
        except (SangKienError, OSError) as exc:
            self._show_error(error_text(getattr(exc, "message", str(exc))))
            return
        self._show_note(self.tr("Đã xuất ra %1.").replace("%1", path))

    def use_for_unit(self) -> None:
        if self.pack is None:
            return
        with unit_of_work.session(self.app_data) as session:
            rule_packs.set_unit_pack(session, self.pack.id)
        self.reload(self.pack.id)

    def show_history(self) -> None:
        if self.pack is not None:
            HistoryDialog.show_for(self, self.app_data, rule_packs.RULE_PACK, self.pack.id, self.pack.name)

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setStyleSheet("QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _show_note(self, message: str) -> None:
        self._show_error(message)
        self.ui.errorLabel.setStyleSheet("QLabel { color: #1f3d66; background: #e8f0fb; border: 1px solid #a8c0e0; padding: 6px; }")

    def reject(self) -> None:
        if self._dirty and not self._confirm_leave():
            return
        super().reject()

