"""The unit's initiative councils, one per unit and year: founding decision, members with
their role, the rubric (criteria, bands, averaging) and the quorum and vote rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.council import (
    ROLE_LABELS,
    Council,
    Member,
    Role,
)
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.pass_rule import CouncilRules, parse_fraction
from sangkien_desktop.domain.rule_pack import RulePack
from sangkien_desktop.domain.scoring import Rubric, default_rubric, format_score
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.values import format_date, parse_date
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import councils as council_service
from sangkien_desktop.services.council import rule_packs
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui.dialogs import rubric_tables
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.rubric_tables import FRACTIONS, PASS_CHOICES
from sangkien_desktop.gui.forms.ui_councils_dialog import Ui_CouncilsDialog
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.jobs import failure_text
from sangkien_desktop.gui.labels import core_text, error_text
from sangkien_desktop.gui.operation import call_op

ID_ROLE = Qt.ItemDataRole.UserRole
ARCHIVED_COLOUR = QColor("#777777")
VOTE_BASES = (
    ("council", QT_TRANSLATE_NOOP("CouncilsDialog", "tổng số thành viên")),
    ("present", QT_TRANSLATE_NOOP("CouncilsDialog", "số thành viên có mặt")),
)
MEMBER_HEADERS = (
    QT_TRANSLATE_NOOP("CouncilsDialog", "Họ và tên"), QT_TRANSLATE_NOOP("CouncilsDialog", "Vai trò"),
    QT_TRANSLATE_NOOP("CouncilsDialog", "Học hàm, học vị"), QT_TRANSLATE_NOOP("CouncilsDialog", "Chức vụ, nơi công tác"),
    QT_TRANSLATE_NOOP("CouncilsDialog", "Thủ trưởng của đơn vị"),
)  # fmt: skip
HEADS_COLUMN = 4


class CouncilsDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_CouncilsDialog()
        self.ui.setupUi(self)
        self.council: Council | None = None
        self.pack: RulePack | None = None
        self.packs: list[RulePack] = []
        self._dirty = False
        self._loading = False
        ui = self.ui
        ui.splitter.setSizes([280, 840])
        ui.councilList.setWordWrap(True)
        ui.councilList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # No spacing between items: a spaced item is drawn narrower than its wrapped height was
        # measured at, and a long name lost its last line (as the rule-pack list did). Alternate
        # row colours tell the items apart instead.
        ui.councilList.setAlternatingRowColors(True)
        ui.membersTable.setColumnCount(len(MEMBER_HEADERS))
        ui.membersTable.setHorizontalHeaderLabels([self.tr(h) for h in MEMBER_HEADERS])
        for col, width in enumerate((200, 170, 110, 200)):
            ui.membersTable.horizontalHeader().resizeSection(col, width)
        ui.membersTable.horizontalHeaderItem(HEADS_COLUMN).setToolTip(self.tr(
            "Đơn vị mà thành viên làm thủ trưởng (ví dụ “Phòng Kỹ thuật”): thành viên tự động "
            "không chấm hồ sơ của tác giả thuộc đơn vị đó."))
        rubric_tables.setup(ui.criteriaTable, rubric_tables.CRITERIA_HEADERS, (230, 90, 70, 80, 120))
        rubric_tables.setup(ui.bandsTable, rubric_tables.BAND_HEADERS, (200, 110, 120))
        ui.quorumCombo.addItems(FRACTIONS)
        for code, text in PASS_CHOICES:
            ui.voteCombo.addItem(text, code)
        for code, label in VOTE_BASES:
            ui.voteBaseCombo.addItem(self.tr(label), code)
        menu = QMenu(ui.defaultsButton)
        menu.addAction(self.tr("Xếp loại A, B, C (từ 85, 70, 50 điểm)"), lambda: self.use_defaults(True))
        menu.addAction(self.tr("Đạt / không đạt (từ 50 điểm)"), lambda: self.use_defaults(False))
        ui.defaultsButton.setMenu(menu)
        self._connect()
        self.reload()

    def _connect(self) -> None:
        ui = self.ui
        ui.councilList.currentItemChanged.connect(self._council_picked)
        ui.newButton.clicked.connect(self.new_council)
        ui.addMemberButton.clicked.connect(lambda: self._add_member(None, edit=True))
        ui.removeMemberButton.clicked.connect(lambda: self._remove_row(ui.membersTable))
        ui.addCriterionButton.clicked.connect(self._add_criterion)
        ui.removeCriterionButton.clicked.connect(lambda: self._remove_row(ui.criteriaTable))
        ui.addBandButton.clicked.connect(self._add_band)
        ui.removeBandButton.clicked.connect(lambda: self._remove_row(ui.bandsTable))
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.historyButton.clicked.connect(self.show_history)
        ui.packCombo.activated.connect(self._pack_picked)
        ui.packsButton.clicked.connect(self.open_packs)
        ui.deleteButton.clicked.connect(self.remove_or_restore)
        for table in (ui.membersTable, ui.criteriaTable, ui.bandsTable):
            table.itemChanged.connect(self._changed)
        ui.criteriaTable.itemChanged.connect(self._update_max_total)
        for edit in (ui.nameEdit, ui.unitEdit, ui.employerEdit, ui.foundingNumberEdit, ui.foundingDateEdit):
            edit.textEdited.connect(self._changed)
        for combo in (ui.quorumCombo, ui.voteCombo):
            combo.editTextChanged.connect(self._changed)
        ui.voteBaseCombo.currentIndexChanged.connect(self._changed)
        ui.yearSpin.valueChanged.connect(self._changed)
        ui.dropExtremesCheck.toggled.connect(self._changed)
        ui.dropExtremesCheck.toggled.connect(ui.dropMinSpin.setEnabled)
        ui.dropMinSpin.valueChanged.connect(self._changed)
        ui.spreadSpin.valueChanged.connect(self._changed)

    # --- list -------------------------------------------------------------------------------
    def reload(self, select_uuid: str | None = None) -> None:
        with self.app_data.db.session() as session:
            found = council_service.list_councils(session, archived=True)
        lst = self.ui.councilList
        lst.blockSignals(True)
        lst.clear()
        for c in found:
            # "Hội đồng sáng kiến <unit>" names its unit already: no second line repeating it.
            named = c.unit_name.casefold() in c.name.casefold()
            text = f"{c.year} — {c.name}" if named else f"{c.year} — {c.name}\n    {c.unit_name}"
            item = QListWidgetItem(text + (self.tr(" (đã lưu trữ)") if c.archived else ""))
            item.setData(ID_ROLE, c.uuid)
            item.setToolTip(c.unit_name)
            if c.archived:
                item.setForeground(QBrush(ARCHIVED_COLOUR))
            lst.addItem(item)
        lst.blockSignals(False)
        row = next((i for i, c in enumerate(found) if c.uuid == select_uuid), 0)
        if found:
            lst.setCurrentRow(row)
            self._load(found[row])
        else:
            self.new_council()

    def _council_picked(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None or (self.council and current.data(ID_ROLE) == self.council.uuid):
            return
        if not self._confirm_leave():
            self.ui.councilList.blockSignals(True)
            self.ui.councilList.setCurrentItem(previous)
            self.ui.councilList.blockSignals(False)
            return
        with self.app_data.db.session() as session:
            self._load(council_service.get_council(session, current.data(ID_ROLE)))

    def _confirm_leave(self) -> bool:
        """With unsaved changes: save them, drop them, or stay."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Lưu thay đổi?"), self.tr("Hội đồng có thay đổi chưa lưu. Lưu trước?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_council(self) -> None:
        if not self._confirm_leave():
            return
        with self.app_data.db.session() as session:
            profile = unit_profile(session)
        year = dt.date.today().year
        self.ui.councilList.clearSelection()
        self._load(Council(name=self.tr("Hội đồng sáng kiến"), unit_name=profile.unit_name, year=year))
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    # --- form -------------------------------------------------------------------------------
    def _load(self, c: Council) -> None:
        ui = self.ui
        self._loading = True
        self.council = c
        ui.nameEdit.setText(c.name)
        ui.unitEdit.setText(c.unit_name)
        ui.employerEdit.setText(c.employer)
        ui.yearSpin.setValue(c.year)
        ui.foundingNumberEdit.setText(c.founding_number)
        ui.foundingDateEdit.setText(format_date(c.founding_date))
        self._fill_packs(c.pack)
        self._load_pack(c.pack)
        ui.membersTable.setRowCount(0)
        for m in c.members:
            self._add_member(m)
        ui.historyButton.setEnabled(bool(c.uuid))
        ui.deleteButton.setEnabled(bool(c.uuid))
        ui.deleteButton.setText(self.tr("Bỏ &lưu trữ") if c.archived else self.tr("&Xóa Hội đồng…"))
        self._loading = False
        self._set_dirty(False)
        self._show_error("")

    def _load_rubric(self, rubric: Rubric) -> None:
        ui = self.ui
        rubric_tables.load_criteria(ui.criteriaTable, rubric.criteria)
        names = {c.code: c.name for c in rubric.criteria}
        rubric_tables.load_bands(ui.bandsTable, rubric.bands, names)
        ui.dropExtremesCheck.setChecked(rubric.drop_extremes)
        ui.dropMinSpin.setValue(rubric.drop_extremes_min_sheets)
        ui.dropMinSpin.setEnabled(rubric.drop_extremes)
        ui.spreadSpin.setValue(float(rubric.disagreement_spread))
        self._update_max_total()

    def _fill_packs(self, current: RulePack | None) -> None:
        with unit_of_work.session(self.app_data) as session:
            self.packs = [i.pack for i in rule_packs.list_packs(session)]
            if current is None:
                current = rule_packs.unit_pack(session)
        if current.id not in {p.id for p in self.packs}:
            self.packs.append(current)
        combo = self.ui.packCombo
        combo.clear()
        for pack in self.packs:
            combo.addItem(f"{pack.short_name or pack.name} ({pack.version})", pack.id)
            combo.setItemData(combo.count() - 1, pack.name, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(current.id), 0))
        self.pack = next(p for p in self.packs if p.id == combo.currentData())

    def _load_pack(self, pack: RulePack | None) -> None:
        """Shows the vote rules and the rubric of ``pack`` (None: the unit's)."""
        if pack is None:
            with self.app_data.db.session() as session:
                pack = rule_packs.unit_pack(session)
        self.pack = pack
        ui = self.ui
        ui.quorumCombo.setEditText(str(pack.rules.quorum))
        kind = pack.rules.kind
        index = ui.voteCombo.findData(kind)
        if index >= 0:
            ui.voteCombo.setCurrentIndex(index)
        ui.voteCombo.setEditText(ui.voteCombo.itemText(index) if index >= 0 else str(pack.rules.vote_needed))
        ui.voteBaseCombo.setCurrentIndex(max(ui.voteBaseCombo.findData(pack.rules.vote_base), 0))
        self._load_rubric(pack.rubric)

    def _pack_picked(self, index: int) -> None:
        pack = next((p for p in self.packs if p.id == self.ui.packCombo.itemData(index)), None)
        if pack is not None and pack != self.pack:
            blocked = self._loading
            self._loading = True
            self._load_pack(pack)
            self._loading = blocked
            self._changed()

    def open_packs(self) -> None:
        from sangkien_desktop.gui.dialogs.rule_pack_dialog import RulePackDialog

        RulePackDialog(self.app_data, self, select_id=self.pack.id if self.pack else None).exec()
        loading, self._loading = self._loading, True
        self._fill_packs(self.pack)
        self._loading = loading

    def use_defaults(self, graded: bool) -> None:
        self._load_rubric(default_rubric(graded=graded))
        self._changed()

    def _add_member(self, m: Member | None, *, edit: bool = False) -> None:
        table = self.ui.membersTable
        blocked = table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(m.full_name if m else "")
        name.setData(ID_ROLE, m.id if m else None)
        table.setItem(row, 0, name)
        combo = QComboBox(table)
        for role in Role:
            combo.addItem(core_text(ROLE_LABELS[role]), role.value)
        combo.setCurrentIndex(combo.findData((m.role if m else Role.MEMBER).value))
        combo.currentIndexChanged.connect(self._changed)
        table.setCellWidget(row, 1, combo)
        table.setItem(row, 2, QTableWidgetItem(m.title if m else ""))
        table.setItem(row, 3, QTableWidgetItem(m.position if m else ""))
        table.setItem(row, HEADS_COLUMN, QTableWidgetItem(m.heads_unit if m else ""))
        table.blockSignals(blocked)
        if edit:
            table.setCurrentCell(row, 0)
            table.editItem(name)
            self._changed()

    def _add_criterion(self) -> None:
        row = rubric_tables.add_criterion(self.ui.criteriaTable)
        self.ui.criteriaTable.editItem(self.ui.criteriaTable.item(row, 0))
        self._changed()

    def _add_band(self) -> None:
        rubric_tables.add_band(self.ui.bandsTable)
        self._changed()

    def _remove_row(self, table) -> None:
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
        for row in rows:
            table.removeRow(row)
        if rows:
            self._changed()
            self._update_max_total()

    def _update_max_total(self, *_args) -> None:
        try:
            total = sum((c.max_score * c.weight for c in rubric_tables.read_criteria(self.ui.criteriaTable)),
                        Decimal(0))
            text = self.tr("Tổng điểm tối đa: %1").replace("%1", format_score(total))
        except InputError:
            text = ""
        self.ui.maxTotalLabel.setText(text)

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.setWindowTitle(("* " if dirty else "") + self.tr("Hội đồng sáng kiến"))

    def collect(self) -> Council:
        ui = self.ui
        members = []
        for row in range(ui.membersTable.rowCount()):
            cell = lambda col: clean_line(ui.membersTable.item(row, col).text() if ui.membersTable.item(row, col) else "")  # noqa: E731,B023
            if not cell(0):
                continue
            members.append(Member(cell(0), Role(ui.membersTable.cellWidget(row, 1).currentData()),
                                  cell(2), cell(3), ui.membersTable.item(row, 0).data(ID_ROLE),
                                  cell(HEADS_COLUMN)))
        criteria = rubric_tables.read_criteria(ui.criteriaTable)
        rubric = Rubric(criteria, rubric_tables.read_bands(ui.bandsTable, criteria),
                        ui.dropExtremesCheck.isChecked(), ui.dropMinSpin.value(),
                        Decimal(str(round(ui.spreadSpin.value(), 1))))
        try:
            quorum = parse_fraction(ui.quorumCombo.currentText())
            base_code = ui.voteBaseCombo.currentData()
            typed = ui.voteCombo.currentText().strip()
            preset = next((code for code, text in PASS_CHOICES if text == typed), None)
            rules = (CouncilRules.preset(preset, quorum=quorum, vote_base=base_code) if preset
                     else CouncilRules(quorum, parse_fraction(typed), base_code))
        except SangKienError as exc:
            raise InputError(exc.message, code="council_rules") from exc
        pack = self.pack
        if pack is not None and (pack.rubric != rubric or pack.rules != rules):
            pack = dataclasses.replace(pack, rubric=rubric, rules=rules)
        base = self.council or Council("", "", ui.yearSpin.value())
        return Council(
            name=clean_line(ui.nameEdit.text()), unit_name=clean_line(ui.unitEdit.text()),
            year=ui.yearSpin.value(), employer=clean_line(ui.employerEdit.text()),
            founding_number=clean_line(ui.foundingNumberEdit.text()),
            founding_date=parse_date(ui.foundingDateEdit.text(), field="founding_date",
                                     label=self.tr("Ngày quyết định thành lập")),
            pack=pack, members=members, uuid=base.uuid,
        )

    def save(self) -> bool:
        try:
            council = self.collect()
        except SangKienError as exc:
            self._show_error(error_text(exc.message))
            return False
        done = call_op(self, self.app_data, council_service.save_council, council,
                       title=self.tr("Không lưu được"),
                       on_failure=lambda exc: self._show_error(failure_text(exc)))
        if not done:
            return False
        self._set_dirty(False)
        self.reload(done.result.uuid)
        return True

    def remove_or_restore(self) -> None:
        """Deletes a council that never met; one that met is archived (its meetings, sheets
        and minutes name it), after a confirmation saying which; an archived one comes back."""
        council = self.council
        if council is None or not council.uuid:
            return
        if council.archived:
            call_op(self, self.app_data, council_service.set_archived, council.uuid, False,
                    title=self.tr("Không bỏ lưu trữ được"))
            self.reload(council.uuid)
            return
        with self.app_data.db.session() as session:
            used = council_service.council_in_use(session, council.uuid)
        if used:
            question = self.tr("Hội đồng “%1” đã họp nên không xóa được: các cuộc họp, phiếu đánh "
                               "giá và biên bản đã ghi vẫn cần đến nó.\n\nLưu trữ Hội đồng này? "
                               "Nó sẽ không còn trong danh sách chọn khi ghi cuộc họp mới; bạn "
                               "có thể bỏ lưu trữ sau.")
        else:
            question = self.tr("Xóa Hội đồng “%1”? Hội đồng này chưa họp lần nào.")
        answer = QMessageBox.question(
            self, self.tr("Lưu trữ Hội đồng") if used else self.tr("Xóa Hội đồng"),
            question.replace("%1", council.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not call_op(self, self.app_data, council_service.remove_council, council.uuid,
                       title=self.tr("Xóa Hội đồng")):
            return
        self._set_dirty(False)
        self.reload(council.uuid if used else None)

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def show_history(self) -> None:
        if self.council and self.council.uuid:
            HistoryDialog.show_for(self, self.app_data, history.COUNCIL, self.council.uuid, self.council.name)

    def reject(self) -> None:
        if self._confirm_leave():
            super().reject()
