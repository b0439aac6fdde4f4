"""Issuing a recognition decision: the number proposed from the unit's register (editable, a
used one refused), date, authority, signer, legal basis, and for each dossier considered
"recognised" with the agreed benefit, or "not recognised" with a reason the author reads."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.council import (
    Authority,
    Decision,
    DecisionItem,
    Outcome,
)
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.pay import PayPlan
from sangkien_desktop.domain.rule_pack import PayRule, RulePack
from sangkien_desktop.domain.scoring import format_score
from sangkien_desktop.domain.text import clean_line, clean_text, fold
from sangkien_desktop.domain.values import format_date, format_money, parse_date, parse_money
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import council_lists, decisions, rule_packs
from sangkien_desktop.services.council import councils as council_service
from sangkien_desktop.services.council import results as council_results
from sangkien_desktop.services.council.issuing_unit import same_unit
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui.dialogs.pay_dialog import PayDialog
from sangkien_desktop.gui.dialogs.reason_dialog import ReasonDialog
from sangkien_desktop.gui.dialogs.unit_choices import CAPACITIES
from sangkien_desktop.gui.forms.ui_issue_decision_dialog import Ui_IssueDecisionDialog
from sangkien_desktop.gui.jobs import failure_text
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.operation import call_op

UUID_ROLE = Qt.ItemDataRole.UserRole
# On the title: what the council proposed ("" when it has no result, or no meeting); on the
# reason: the council's own wording of a rejection, given back when the officer returns to it.
PROPOSED_ROLE = Qt.ItemDataRole.UserRole + 1
COUNCIL_REASON_ROLE = Qt.ItemDataRole.UserRole + 2
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
COL_TITLE, COL_AUTHORS, COL_COUNCIL, COL_OUTCOME, COL_BENEFIT, COL_REASON, COL_SCOPE, COL_PAY = range(8)


class IssueDecisionDialog(QDialog):
    @classmethod
    def ask(cls, parent: QWidget | None, app_data: AppData, meeting_uuid: str | None = None) -> Decision | None:
        dialog = cls(app_data, parent, meeting_uuid=meeting_uuid)
        return dialog.issued if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(self, app_data: AppData, parent: QWidget | None = None, *, meeting_uuid: str | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.issued: Decision | None = None
        self._number_touched = False
        self.ui = Ui_IssueDecisionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ra quyết định"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        ui.itemsTable.setColumnCount(8)
        ui.itemsTable.setHorizontalHeaderLabels(
            [self.tr("Hồ sơ"), self.tr("Tác giả"), self.tr("Hội đồng chấm"), self.tr("Quyết định"),
             self.tr("Giá trị làm lợi\n(đồng)"), self.tr("Lý do"),
             self.tr("Phạm vi\nảnh hưởng"), self.tr("Thù lao\ncho tác giả")])
        # The pay decided for each dossier (by uuid), from the pay calculator.
        self.pay_plans: dict[str, PayPlan] = {}
        self.pack: RulePack | None = None
        # Every column within 1,100 px; the scope takes what is left (its wording is long), the
        # pay button keeps the width of an amount.
        ui.itemsTable.horizontalHeaderItem(COL_REASON).setToolTip(self.tr(
            "Lý do không công nhận (tác giả đọc trong thông báo), hoặc lý do công nhận sáng kiến "
            "mà Hội đồng không đề nghị (in trong quyết định)."))
        header = ui.itemsTable.horizontalHeader()
        for col, width in enumerate((220, 135, 130, 125, 105, 120, 115, 130)):
            header.resizeSection(col, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_SCOPE, QHeaderView.ResizeMode.Stretch)
        ui.authorityCombo.addItem(self.tr("Ban Chấp hành (theo đề nghị của Hội đồng)"), Authority.COUNCIL.value)
        ui.authorityCombo.addItem(self.tr("Thủ trưởng đơn vị"), Authority.HEAD.value)
        ui.capacityCombo.addItems(CAPACITIES)
        with app_data.db.session() as session:
            self.profile = unit_profile(session)
            meetings = council_lists.list_meetings(session)
        self._meeting_units = {m.uuid: m.council_unit for m in meetings}
        self.unit_name = self.profile.unit_name  # whose decision: the meeting's council unit
        ui.meetingCombo.addItem(self.tr("(không theo cuộc họp — tự chọn hồ sơ)"), "")
        for m in meetings:
            ui.meetingCombo.addItem(f"{format_date(m.date)} — {m.council_name}"
                                    + (f" ({m.minutes_number})" if m.minutes_number else ""), m.uuid)
        ui.dateEdit.setText(format_date(dt.date.today()))
        self._authority_changed()
        ui.capacityCombo.setEditText(self.profile.signing_capacity)
        ui.signerTitleEdit.setText(self.profile.signer_title)
        ui.signerNameEdit.setText(self.profile.signer_name)
        self._propose_number()
        self._connect()
        if meeting_uuid:
            ui.meetingCombo.setCurrentIndex(max(ui.meetingCombo.findData(meeting_uuid), 0))
        elif meetings:
            ui.meetingCombo.setCurrentIndex(1)
        self._meeting_changed()

    def _connect(self) -> None:
        ui = self.ui
        ui.meetingCombo.currentIndexChanged.connect(self._meeting_changed)
        ui.numberSpin.valueChanged.connect(self._number_edited)
        ui.dateEdit.editingFinished.connect(self._date_changed)
        ui.authorityCombo.currentIndexChanged.connect(self._authority_changed)
        ui.addDossierButton.clicked.connect(self.add_dossier)
        ui.removeDossierButton.clicked.connect(self.remove_selected)
        ui.buttonBox.accepted.connect(self.issue)
        ui.buttonBox.rejected.connect(self.reject)

    # --- number and date ----------------------------------------------------------------------
    def _date(self) -> dt.date | None:
        try:
            return parse_date(self.ui.dateEdit.text())
        except InputError:
            return None

    def _issuer(self) -> tuple[str, str]:
        """Who decides and for which unit: the register and the symbol follow them."""
        unit = "" if self._is_own_unit(self.unit_name) else self.unit_name
        return self.ui.authorityCombo.currentData() or Authority.COUNCIL.value, unit

    def _propose_number(self) -> None:
        date = self._date() or dt.date.today()
        authority, unit = self._issuer()
        symbol = decisions.issuer_symbol(self.profile, authority, unit)
        self.ui.numberSuffixLabel.setText(f"/{decisions.DOC_TYPE}-{symbol}" if symbol
                                          else f"/{decisions.DOC_TYPE}")
        with self.app_data.db.session() as session:
            number = decisions.proposed_number(session, date.year, authority, unit)
        self.ui.numberSpin.blockSignals(True)
        self.ui.numberSpin.setValue(number)
        self.ui.numberSpin.blockSignals(False)
        self._check_number()

    def _number_edited(self) -> None:
        self._number_touched = True
        self._check_number()

    def _date_changed(self) -> None:
        if not self._number_touched:
            self._propose_number()
        else:
            self._check_number()

    def _check_number(self) -> bool:
        """Says at once when the number is already in the register for that year."""
        date = self._date() or dt.date.today()
        number = self.ui.numberSpin.value()
        with self.app_data.db.session() as session:
            used = decisions.number_used(session, date.year, number, *self._issuer())
            free = decisions.proposed_number(session, date.year, *self._issuer()) if used else number
        label = self.ui.numberStatusLabel
        label.setText(self.tr("Số %1 năm %2 đã được dùng cho một văn bản khác. Số chưa dùng tiếp theo: %3.")
                      .replace("%1", f"{number}{self.ui.numberSuffixLabel.text()}")
                      .replace("%2", str(date.year)).replace("%3", str(free)) if used else "")
        label.setVisible(used)
        return not used

    def _authority_changed(self) -> None:
        ui = self.ui
        head = ui.authorityCombo.currentData() == Authority.HEAD.value
        if head:
            ui.authorityTextEdit.setText("")
            ui.authorityTextEdit.setPlaceholderText(self.tr("Giám đốc Công ty …"))
        else:
            ui.authorityTextEdit.setText(self._committee())
            ui.authorityTextEdit.setCursorPosition(0)
        self._signer_follows(head)
        self._date_changed()  # the head keeps a register of its own, with its own symbol

    def _signer_follows(self, head: bool) -> None:
        """The head signs in their own name under their title, not "TM. BAN CHẤP HÀNH / CHỦ
        TỊCH" with the union chair's name: the signing block follows who decides, unless the
        officer has written another."""
        ui, profile = self.ui, self.profile
        union = (profile.signing_capacity, profile.signer_title, profile.signer_name)
        own_head = ("", profile.head_title.strip().upper(), "")
        now = (clean_line(ui.capacityCombo.currentText()), clean_line(ui.signerTitleEdit.text()),
               clean_line(ui.signerNameEdit.text()))
        before, after = (union, own_head) if head else (own_head, union)
        if now != before:
            return
        ui.capacityCombo.setEditText(after[0])
        ui.signerTitleEdit.setText(after[1])
        ui.signerNameEdit.setText(after[2])

    def _committee(self) -> str:
        """The union committee of the deciding unit (a company's is its union's)."""
        union = self.unit_name
        if union != self.profile.unit_name and not fold(union).startswith(("cong doan", "lien doan")):
            union = f"Công đoàn {union}"  # i18n: keep (printed)
        return f"Ban Chấp hành {union}".strip()  # i18n: keep (printed)

    def _is_own_unit(self, unit: str) -> bool:
        """The Settings unit, also when named by its employer ("Công ty X" for "Công đoàn Công ty X")."""
        own = self.profile.unit_name
        union = f"Công đoàn {unit}"  # i18n: keep (a unit's name, not UI text)
        return not unit or same_unit(unit, own) or same_unit(union, own)

    def _follow_meeting_unit(self, meeting_uuid: str) -> None:
        """A meeting of another unit's council (demo data, or a unit whose records an upper
        level keeps): the decision is that unit's, and so is the default issuing body."""
        unit = clean_line(self._meeting_units.get(meeting_uuid, ""))
        unit = self.profile.unit_name if self._is_own_unit(unit) else unit
        if unit == self.unit_name:
            return
        ui = self.ui
        default = self._committee()
        self.unit_name = unit
        if ui.authorityCombo.currentData() != Authority.HEAD.value and \
                clean_line(ui.authorityTextEdit.text()) == clean_line(default):
            self._authority_changed()
        else:
            self._date_changed()
        # The Settings signer signs the officer's own unit's decisions, not another unit's.
        own = unit == self.profile.unit_name
        signer = clean_line(ui.signerNameEdit.text())
        if not own and signer == self.profile.signer_name:
            ui.signerNameEdit.clear()
        elif own and not signer:
            ui.signerNameEdit.setText(self.profile.signer_name)
        ui.signerNameEdit.setPlaceholderText("" if own else self.tr("Họ tên người ký của %1").replace("%1", unit))

    # --- dossiers -----------------------------------------------------------------------------
    def _meeting_changed(self) -> None:
        uuid = self.ui.meetingCombo.currentData() or ""
        self._follow_meeting_unit(uuid)
        self.ui.itemsTable.setRowCount(0)
        self.pay_plans.clear()
        with self.app_data.db.session() as session:
            # The decision is issued under the meeting's rule pack (else the unit's): its legal
            # basis is what the paper prints, its scopes and pay rule what the rows offer.
            self.pack = (council_service.get_meeting_pack(session, uuid) if uuid
                         else rule_packs.unit_pack(session))
        self.ui.legalBasisEdit.setPlainText("\n".join(self.pack.legal_basis))
        if not uuid:
            self._update_count()
            return
        with self.app_data.db.session() as session:
            results = council_service.meeting_results(session, uuid)
            open_ = {c.uuid for c in council_lists.reviewable_dossiers(session, include_drafts=True)}
            for r in results:
                if r.dossier_uuid in open_:
                    self._add_row(session, r.dossier_uuid, r)
        self._update_count()

    def _add_row(self, session, uuid: str, result: council_results.DossierResult | None = None) -> None:
        d = get_dossier(session, uuid)
        table = self.ui.itemsTable
        row = table.rowCount()
        table.insertRow(row)
        title = QTableWidgetItem(d.title)
        title.setData(UUID_ROLE, d.uuid)
        title.setData(PROPOSED_ROLE, result.proposed.value if result and result.proposed else "")
        authors = QTableWidgetItem(", ".join(a.full_name for a in d.authors if a.full_name))
        council = QTableWidgetItem(self._council_text(result))
        for col, item in ((COL_TITLE, title), (COL_AUTHORS, authors), (COL_COUNCIL, council)):
            item.setFlags(READ_ONLY)
            item.setToolTip(item.text())
            table.setItem(row, col, item)
        combo = QComboBox(table)
        combo.addItem(self.tr("Công nhận"), Outcome.RECOGNISED.value)
        combo.addItem(self.tr("Không công nhận"), Outcome.REJECTED.value)
        proposed = result.proposed if result else Outcome.RECOGNISED
        combo.setCurrentIndex(combo.findData((proposed or Outcome.RECOGNISED).value))
        table.setCellWidget(row, COL_OUTCOME, combo)
        benefit = d.benefit_unit_vnd if d.benefit_unit_vnd is not None else d.benefit_author_vnd
        table.setItem(row, COL_BENEFIT, QTableWidgetItem(format_money(benefit, unit=False)))
        reason = QTableWidgetItem(self._reason(result) if proposed == Outcome.REJECTED else "")
        reason.setData(COUNCIL_REASON_ROLE, self._reason(result))
        table.setItem(row, COL_REASON, reason)
        combo.setProperty("chosen", combo.currentData())
        combo.activated.connect(lambda _i, c=combo: self._outcome_chosen(c))
        scope = QComboBox(table)
        scope.addItem(self.tr("(không ghi)"), "")
        for choice in self.pack.scopes if self.pack else ():
            scope.addItem(choice.label, choice.code)
        table.setCellWidget(row, COL_SCOPE, scope)
        pay = QPushButton(self.tr("Tính thù lao…"), table)
        pay.clicked.connect(lambda _=False, u=d.uuid: self.edit_pay(u))
        table.setCellWidget(row, COL_PAY, pay)
        # A scope and pay belong to a recognised initiative: off while "Không công nhận".
        for changed in (combo.currentIndexChanged, scope.currentIndexChanged):
            changed.connect(lambda _i, c=combo, s=scope, p=pay: self._recognised_only(c, s, p))
        self._recognised_only(combo, scope, pay)

    def _outcome_chosen(self, combo: QComboBox) -> None:
        """The officer picked an outcome. Deciding otherwise than the council proposed is
        allowed (the head decides on the council's evaluation, Nghị định 13/2012, Art. 8) but
        deliberate: it asks first, with the reason the history keeps; cancelled, the row keeps
        what it had."""
        table = self.ui.itemsTable
        row = next(r for r in range(table.rowCount()) if table.cellWidget(r, COL_OUTCOME) is combo)
        chosen, before = combo.currentData(), combo.property("chosen")
        if chosen == before:
            return
        title = table.item(row, COL_TITLE)
        proposed = title.data(PROPOSED_ROLE) or ""
        reason_item = table.item(row, COL_REASON)
        recognise = chosen == Outcome.RECOGNISED.value
        against = bool(self.ui.meetingCombo.currentData()) and (
            proposed != Outcome.RECOGNISED.value if recognise else proposed == Outcome.RECOGNISED.value)
        if not against:  # back to the council's proposal, with its own wording
            reason_item.setText("" if recognise else reason_item.data(COUNCIL_REASON_ROLE) or "")
            combo.setProperty("chosen", chosen)
            return
        reason = self._ask_against(title.text(), recognise, proposed)
        if reason is None:
            combo.setCurrentIndex(combo.findData(before))
            return
        reason_item.setText(reason)
        reason_item.setToolTip(reason)
        combo.setProperty("chosen", chosen)

    def _ask_against(self, dossier: str, recognise: bool, proposed: str) -> str | None:
        """The confirmation of a decision against the council's proposal: its reason, or None."""
        example = (self.tr("Ví dụ: Giải pháp đã áp dụng ổn định tại phân xưởng, giảm rõ thời gian "
                           "dừng máy.") if recognise
                   else self.tr("Ví dụ: Chưa có số liệu chứng minh hiệu quả sau khi áp dụng."))
        return ReasonDialog.ask(self, *self._against_texts(dossier, recognise, proposed),
                                placeholder=example)

    def _against_texts(self, dossier: str, recognise: bool, proposed: str) -> tuple[str, str, str]:
        """The title, question and button of the confirmation of a decision against the
        council's proposal."""
        if recognise:
            said = (self.tr("Hội đồng sáng kiến không đề nghị công nhận “%1”.") if proposed
                    else self.tr("Hội đồng sáng kiến chưa có kết quả đề nghị công nhận “%1”."))
            return (self.tr("Công nhận khác đề nghị của Hội đồng"),
                    said.replace("%1", dossier) + "\n\n" + self.tr(
                        "Người ra quyết định vẫn có thể công nhận theo đánh giá của mình (Nghị "
                        "định 13/2012, Điều 8). Hãy ghi lý do công nhận: lý do được lưu vào lịch "
                        "sử hồ sơ và in trong quyết định."),
                    self.tr("&Công nhận"))
        return (self.tr("Không công nhận khác đề nghị của Hội đồng"),
                self.tr("Hội đồng sáng kiến đề nghị công nhận “%1”.").replace("%1", dossier)
                + "\n\n" + self.tr("Hãy ghi lý do không công nhận: tác giả đọc lý do này trong "
                                    "thông báo, và lý do được lưu vào lịch sử hồ sơ."),
                self.tr("&Không công nhận"))

    def _recognised_only(self, outcome: QComboBox, scope: QComboBox, pay: QPushButton) -> None:
        recognised = outcome.currentData() == Outcome.RECOGNISED.value
        scope.setEnabled(recognised)
        pay.setEnabled(recognised)
        tip = "" if recognised else self.tr("Chỉ ghi cho sáng kiến được công nhận.")
        # The scope's whole wording, which the column may cut.
        scope.setToolTip(scope.currentText() if recognised and scope.currentData() else tip)
        pay.setToolTip(tip)

    def _row_of(self, uuid: str) -> int:
        return self.dossier_uuids().index(uuid)

    def edit_pay(self, uuid: str, *, show: bool = True) -> PayDialog:
        """Opens the pay calculator for one dossier; what it accepts is kept for the decision."""
        row = self._row_of(uuid)
        table = self.ui.itemsTable
        with self.app_data.db.session() as session:
            dossier = get_dossier(session, uuid)
        rule = self.pack.pay if self.pack else PayRule()
        benefit = parse_money(table.item(row, COL_BENEFIT).text())
        dialog = PayDialog(dossier.title, dossier.authors, rule, self.pay_plans.get(uuid),
                           benefit, self)
        if show and dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_pay(uuid, dialog.plan)
        return dialog

    def set_pay(self, uuid: str, plan: PayPlan | None) -> None:
        button = self.ui.itemsTable.cellWidget(self._row_of(uuid), COL_PAY)
        if plan is None:
            self.pay_plans.pop(uuid, None)
            button.setText(self.tr("Tính thù lao…"))
        else:
            self.pay_plans[uuid] = plan
            button.setText(format_money(plan.total))

    def _council_text(self, result: council_results.DossierResult | None) -> str:
        if result is None or result.score is None:
            return self.tr("(chưa chấm)")
        s = result.score
        return self.tr("%1 điểm — %2, tán thành %3/%4").replace("%1", format_score(s.total)) \
            .replace("%2", core_text(s.band.label)).replace("%3", str(result.votes_for)).replace("%4", str(result.vote_base))

    def _reason(self, result: council_results.DossierResult | None) -> str:
        """A first wording of the reason, from the council's result; the officer edits it. It
        is printed on the authors' notice, so it stays Vietnamese in every language."""
        return council_results.proposed_reason(result) if result is not None else ""

    def add_dossier(self) -> None:
        taken = set(self.dossier_uuids())
        with self.app_data.db.session() as session:
            choices = [c for c in council_lists.reviewable_dossiers(session) if c.uuid not in taken]
        if not choices:
            self._show_error(self.tr("Không còn hồ sơ đã nộp nào chưa được xét."))
            return
        labels = [f"{c.code} — {c.title}" if c.code else c.title for c in choices]
        picked, ok = QInputDialog.getItem(self, self.tr("Thêm hồ sơ"), self.tr("Hồ sơ đã nộp:"), labels, 0, False)
        if not ok or not picked:
            return
        choice = choices[labels.index(picked)]
        reason: str | None = ""
        if self.ui.meetingCombo.currentData():
            # Not among the meeting's dossiers: the council proposed nothing for it, so adding
            # it to recognise is a decision against the council's evaluation, with its reason.
            reason = self._ask_against(choice.title, True, "")
            if reason is None:
                return
        with self.app_data.db.session() as session:
            self._add_row(session, choice.uuid)
        self.ui.itemsTable.item(self.ui.itemsTable.rowCount() - 1, COL_REASON).setText(reason or "")
        self._update_count()

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.ui.itemsTable.selectedIndexes()}, reverse=True):
            self.pay_plans.pop(self.dossier_uuids()[row], None)
            self.ui.itemsTable.removeRow(row)
        self._update_count()

    def dossier_uuids(self) -> list[str]:
        table = self.ui.itemsTable
        return [table.item(r, COL_TITLE).data(UUID_ROLE) for r in range(table.rowCount())]

    def set_outcome(self, row: int, outcome: Outcome, reason: str = "") -> None:
        combo = self.ui.itemsTable.cellWidget(row, COL_OUTCOME)
        combo.setCurrentIndex(combo.findData(outcome.value))
        combo.setProperty("chosen", outcome.value)
        self.ui.itemsTable.item(row, COL_REASON).setText(reason)

    def _update_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n hồ sơ", "", self.ui.itemsTable.rowCount()))

    # --- issuing ------------------------------------------------------------------------------
    def collect(self) -> Decision:
        ui = self.ui
        table = ui.itemsTable
        date = parse_date(ui.dateEdit.text(), field="date", label=self.tr("Ngày quyết định"))
        if date is None:
            raise InputError(self.tr("Hãy nhập ngày ký quyết định, ví dụ 20/03/2025."), code="decision_date", field="date")
        items = []
        for row in range(table.rowCount()):
            outcome = Outcome(table.cellWidget(row, COL_OUTCOME).currentData())
            benefit = parse_money(table.item(row, COL_BENEFIT).text(), field="benefit")
            uuid = table.item(row, COL_TITLE).data(UUID_ROLE)
            recognised = outcome == Outcome.RECOGNISED
            # A recognised row's reason: why it is recognised against the council's proposal
            # (the service keeps it only then).
            items.append(DecisionItem(
                uuid, outcome, clean_line(table.item(row, COL_REASON).text()),
                benefit if recognised else None, annex_order=row + 1,
                scope_code=(table.cellWidget(row, COL_SCOPE).currentData() or "") if recognised else "",
                pay=self.pay_plans.get(uuid) if recognised else None))
        legal = [clean_line(line) for line in clean_text(ui.legalBasisEdit.toPlainText()).split("\n")]
        return Decision(
            date=date, items=items, number=ui.numberSpin.value(),
            authority=Authority(ui.authorityCombo.currentData()),
            authority_text=clean_line(ui.authorityTextEdit.text()),
            signer_name=clean_line(ui.signerNameEdit.text()), signer_title=clean_line(ui.signerTitleEdit.text()),
            signing_capacity=clean_line(ui.capacityCombo.currentText()),
            legal_basis=[line for line in legal if line], scope=clean_line(ui.scopeEdit.text()),
            meeting_uuid=ui.meetingCombo.currentData() or "",
            unit_name="" if self._is_own_unit(self.unit_name) else self.unit_name,
        )

    def issue(self) -> None:
        try:
            decision = self.collect()
        except SangKienError as exc:
            self._refused(exc)
            return
        done = call_op(self, self.app_data, decisions.issue_decision, decision,
                       title=self.tr("Không ra được quyết định"), on_failure=self._refused)
        if not done:
            return
        self.issued = done.result
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        """A refusal is told in the dialog, beside the fields (a number already used: its
        check is shown again)."""
        self._show_error(failure_text(exc))
        if getattr(exc, "code", "") in ("decision_override_reason", "decision_reason_missing"):
            # The reason to write: its cell, ready to type in.
            title = getattr(getattr(exc, "message", None), "params", {}).get("title")
            table = self.ui.itemsTable
            row = next((r for r in range(table.rowCount()) if table.item(r, COL_TITLE).text() == title), -1)
            if row >= 0:
                table.setCurrentCell(row, COL_REASON)
                table.editItem(table.item(row, COL_REASON))
        if getattr(exc, "code", "") == "number_used":
            self._check_number()
            self.ui.numberSpin.setFocus()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
