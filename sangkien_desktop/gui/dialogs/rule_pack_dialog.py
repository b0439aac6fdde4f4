"""The rule packs: the shipped ones, imported files and the unit's own, each editable here —
legal basis with the date it was checked, quorum and pass rule, rounds, the rubric with score
ranges and grades, eligibility options, recognition scopes, papers required and the pay rule.
A version a meeting or a decision used is kept: saving stores the next version."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QTableWidget,
    QWidget,
)

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.rule_pack import RulePack
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import rule_packs

from sangkien_desktop.gui.dialogs import rubric_tables
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.rubric_tables import FRACTIONS, PASS_CHOICES, VOTE_BASE_CODES
from sangkien_desktop.gui.dialogs.rule_pack_form import ID_ROLE, RulePackForm, slug
from sangkien_desktop.gui.forms.ui_rule_pack_dialog import Ui_RulePackDialog
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.labels import error_text

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


class RulePackDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None, *, select_id: str | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_RulePackDialog()
        self.ui.setupUi(self)
        self.pack: RulePack | None = None
        self.loading = False
        self._dirty = False
        self.form = RulePackForm(self)
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
        ui.addBandButton.clicked.connect(lambda: self._added(self.form.add_band()))
        ui.removeBandButton.clicked.connect(lambda: self._remove_rows(ui.bandsTable))
        ui.addRangeButton.clicked.connect(lambda: self._added(self.form.add_row(ui.rangesTable, ["", "", "", ""], check=False)))
        ui.removeRangeButton.clicked.connect(lambda: self._remove_rows(ui.rangesTable))
        ui.addRoundButton.clicked.connect(lambda: self._added(self.form.add_row(ui.roundsTable, ["", "", ""])))
        ui.removeRoundButton.clicked.connect(lambda: self._remove_rows(ui.roundsTable))
        ui.addScopeButton.clicked.connect(lambda: self._added(self.form.add_row(ui.scopesTable, ["", ""])))
        ui.removeScopeButton.clicked.connect(lambda: self._remove_rows(ui.scopesTable))
        ui.addPaperButton.clicked.connect(lambda: self._added(self.form.add_row(ui.papersTable, ["", ""])))
        ui.removePaperButton.clicked.connect(lambda: self._remove_rows(ui.papersTable))
        for table in (ui.criteriaTable, ui.bandsTable, ui.rangesTable, ui.roundsTable, ui.scopesTable,
                      ui.papersTable):
            table.itemChanged.connect(self._changed)
        ui.criteriaTable.itemChanged.connect(self.form.update_max_total)
        ui.kindsList.itemChanged.connect(self._changed)
        for edit in (ui.nameEdit, ui.shortNameEdit, ui.appliesToEdit, ui.checkedEdit):
            edit.textEdited.connect(self._changed)
        for edit in (ui.legalEdit, ui.noteEdit):
            edit.textChanged.connect(self._changed)
        for combo in (ui.quorumCombo, ui.voteCombo):
            combo.editTextChanged.connect(self._changed)
        ui.voteCombo.editTextChanged.connect(self.form.show_pass_rule)
        ui.voteBaseCombo.currentIndexChanged.connect(self.form.show_pass_rule)
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
        lst.blockSignals(True)
        lst.clear()
        for info in infos:
            mark = " ★" if info.pack.id == unit.id else ""
            # The name, then (indented) its version and where it came from. No spacing between
            # items: a spaced item is drawn narrower than its wrapped height was measured.
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
        self.form.load(infos[row].pack)

    def _picked(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None or (self.pack and current.data(ID_ROLE) == self.pack.id):
            return
        if self._dirty and not self._confirm_leave():
            self.ui.packList.blockSignals(True)
            self.ui.packList.setCurrentItem(previous)
            self.ui.packList.blockSignals(False)
            return
        with self.app_data.db.session() as session:
            self.form.load(rule_packs.get_pack(session, current.data(ID_ROLE)))

    def _confirm_leave(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Lưu thay đổi?"), self.tr("Bộ quy định có thay đổi chưa lưu. Lưu trước?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- form (showing a pack and reading it back: rule_pack_form) ---------------------------
    def _remove_rows(self, table: QTableWidget) -> None:
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
        for row in rows:
            table.removeRow(row)
        if rows:
            self._changed()
            self.form.update_max_total()

    def _changed(self, *_args) -> None:
        if not self.loading:
            self.set_dirty(True)

    def set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.setWindowTitle(("* " if dirty else "") + self.tr("Bộ quy định xét công nhận sáng kiến"))

    # --- actions ----------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            pack = self.form.collect()
            with unit_of_work.session(self.app_data) as session:
                saved = rule_packs.save_pack(session, pack)
        except SangKienError as exc:
            self.show_error(error_text(exc.message))
            return False
        self.set_dirty(False)
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
        base = slug(name)
        pack_id, n = base, 2
        while pack_id in taken:
            pack_id, n = f"{base}-{n}", n + 1
        copy = dataclasses.replace(self.pack, id=pack_id, version="1", name=clean_line(name),
                                   short_name="", level="unit", sources={}, note="")
        try:
            with unit_of_work.session(self.app_data) as session:
                saved = rule_packs.save_pack(session, copy)
        except SangKienError as exc:
            self.show_error(error_text(exc.message))
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
            self.show_error(error_text(exc.message))
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
            self.show_error(error_text(getattr(exc, "message", str(exc))))
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

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setStyleSheet("QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _show_note(self, message: str) -> None:
        self.show_error(message)
        self.ui.errorLabel.setStyleSheet("QLabel { color: #1f3d66; background: #e8f0fb; border: 1px solid #a8c0e0; padding: 6px; }")

    def reject(self) -> None:
        if self._dirty and not self._confirm_leave():
            return
        super().reject()

