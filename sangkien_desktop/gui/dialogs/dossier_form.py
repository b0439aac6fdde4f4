"""The dossier editor's field pages: the choice lists filled, a dossier shown in the widgets of
every step and read back from them, and the authors' shares added up as they are typed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier, Sector
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.portal_text import clean_portal_text
from sangkien_desktop.domain.text import clean_line, clean_text
from sangkien_desktop.domain.validation import credited_author
from sangkien_desktop.domain.values import format_date, format_money, parse_date, parse_money
from sangkien_desktop.services.catalog import load_unit_list
from sangkien_desktop.services.context import AppData

from sangkien_desktop.gui import campaign_picker
from sangkien_desktop.gui.dialogs.attachments_step import AttachmentsStep
from sangkien_desktop.gui.dialogs.people_tables import PeopleTable
from sangkien_desktop.gui.dialogs.status_acts import StatusActs
from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.labels import sector_label


class DossierForm(QObject):
    def __init__(self, ui: Ui_DossierEditor, app_data: AppData, authors: PeopleTable,
                 appliers: PeopleTable, attachments: AttachmentsStep, status: StatusActs,
                 parent: QObject):
        super().__init__(parent)
        self.ui = ui
        self.app_data = app_data
        self.authors = authors
        self.appliers = appliers
        self.attachments = attachments
        self.status = status

    def fill_choices(self, units: list[str]) -> None:
        ui = self.ui
        campaign_picker.fill(ui.campaignCombo, self.app_data.campaigns)
        for sector in Sector:
            ui.sectorCombo.addItem(sector_label(sector) or self.tr("(chưa chọn)"), sector.value)
        ui.provinceCombo.addItem(self.tr("(chưa chọn)"), "")
        for list_id, suffix in (("provinces-2025", ""), ("provinces-1997", self.tr(" (trước 7/2025)"))):
            for unit in load_unit_list(list_id).units:
                ui.provinceCombo.addItem(unit.name + suffix, f"{list_id}/{unit.code}")
        ui.unitCombo.addItems(units)

    def add_person(self, table: PeopleTable) -> None:
        row = table.add_row()
        table.table.setCurrentCell(row, 0)
        table.table.editItem(table.table.currentItem())

    def set_combo(self, combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def load(self, d: Dossier) -> None:
        ui = self.ui
        ui.titleEdit.setText(d.title)
        ui.codeValue.setText(d.code or self.tr("(tự cấp khi lưu)"))
        self.set_combo(ui.campaignCombo, d.campaign_id)
        self.fill_campaign_lists(d.solution_type, d.target_group)
        ui.fieldEdit.setText(d.field_of_application)
        ui.unitCombo.setEditText(d.unit_name)
        self.set_combo(ui.provinceCombo, d.province_code)
        self.set_combo(ui.sectorCombo, d.sector.value)
        ui.investorEdit.setText(d.investor)
        self.status.show(d.status)
        ui.notesEdit.setPlainText(d.notes)
        ui.beforeEdit.setPlainText(d.description_before)
        ui.solutionEdit.setPlainText(d.description_solution)
        ui.noveltyEdit.setPlainText(d.description_novelty)
        ui.confidentialEdit.setPlainText(d.confidential_info)
        ui.portalEdit.setPlainText(d.portal_text)
        ui.benefitAuthorVndEdit.setText(format_money(d.benefit_author_vnd, unit=False))
        ui.benefitAuthorSocialEdit.setPlainText(d.benefit_author_social)
        ui.benefitUnitVndEdit.setText(format_money(d.benefit_unit_vnd, unit=False))
        ui.benefitUnitSocialEdit.setPlainText(d.benefit_unit_social)
        ui.benefitCalculationEdit.setPlainText(d.benefit_calculation)
        ui.firstAppliedEdit.setText(format_date(d.first_applied_on))
        ui.trialCheck.setChecked(d.applied_as_trial)
        ui.conditionsEdit.setPlainText(d.conditions)
        ui.researchAcceptedEdit.setText(format_date(d.research_accepted_on))
        ui.headConfirmedCheck.setChecked(d.head_confirmed)
        ui.publicOrderCheck.setChecked(d.attests_public_order)
        ui.noIpCheck.setChecked(d.attests_no_ip_protection)
        ui.complaintCheck.setChecked(d.has_complaint)
        ui.disputeCheck.setChecked(d.has_authorship_dispute)
        self.authors.load(d.authors)
        self.appliers.load(d.appliers)
        self.attachments.refs = list(d.attachments)
        # A long title (or name) opens at its beginning, not scrolled to its last words.
        for edit in (ui.titleEdit, ui.fieldEdit, ui.investorEdit, ui.unitCombo.lineEdit()):
            edit.setCursorPosition(0)
        self.attachments.show()
        self.update_share_total(d)

    def campaign(self) -> Campaign | None:
        return self.app_data.campaigns.get(self.ui.campaignCombo.currentData() or "")

    def fill_campaign_lists(self, solution_type: str, target_group: str) -> None:
        campaign = self.campaign()
        for combo, choices, value in (
            (self.ui.solutionTypeCombo, campaign.solution_types if campaign else (), solution_type),
            (self.ui.targetGroupCombo, campaign.target_groups if campaign else (), target_group),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(chưa chọn)"), "")
            for choice in choices:
                combo.addItem(choice.label, choice.code)
            self.set_combo(combo, value)
            combo.blockSignals(False)

    def update_share_total(self, dossier: Dossier) -> None:
        total = self.authors.share_total()
        label = self.ui.shareTotalLabel
        if total is None:
            label.setText(self.tr("Tổng tỷ lệ: chưa tính được (có ô không phải số)"))
            label.setStyleSheet("color: #c0392b")
        else:
            text = f"{total.normalize():f}".replace(".", ",")
            ok = total == 100 or self.ui.authorsTable.rowCount() == 0
            label.setText(self.tr("Tổng tỷ lệ đóng góp: %1 %").replace("%1", text))
            label.setStyleSheet("" if ok else "color: #c0392b")
        try:
            people = self.authors.read_authors()
            index, tied = credited_author(dataclasses.replace(dossier, authors=people))
        except InputError:
            index, tied = None, []
        text = ""
        if index is not None and people[index].full_name:
            text = self.tr("Tác giả được chương trình ghi nhận: %1").replace("%1", people[index].full_name)
            if len(tied) > 1:
                text += " " + self.tr("(có nhiều người cùng tỷ lệ cao nhất: hãy đánh dấu chủ nhiệm)")
        self.ui.creditedLabel.setText(text)

    def collect(self, dossier: Dossier, frozen: bool) -> Dossier:
        """The dossier as typed; raises InputError naming the field that cannot be read.
        Of a frozen dossier only the fields outside the recognised content are read."""
        ui = self.ui
        if frozen:
            return dataclasses.replace(
                dossier,
                notes=clean_text(ui.notesEdit.toPlainText()).strip(),
                portal_text=clean_portal_text(ui.portalEdit.toPlainText()),
                campaign_id=ui.campaignCombo.currentData() or "",
                target_group=ui.targetGroupCombo.currentData() or "",
                has_complaint=ui.complaintCheck.isChecked(),
                has_authorship_dispute=ui.disputeCheck.isChecked(),
            )
        text = lambda w: clean_text(w.toPlainText()).strip()  # noqa: E731
        return dataclasses.replace(
            dossier,
            title=clean_line(ui.titleEdit.text()),
            campaign_id=ui.campaignCombo.currentData() or "",
            solution_type=ui.solutionTypeCombo.currentData() or "",
            target_group=ui.targetGroupCombo.currentData() or "",
            field_of_application=clean_line(ui.fieldEdit.text()),
            unit_name=clean_line(ui.unitCombo.currentText()),
            province_code=ui.provinceCombo.currentData() or "",
            sector=Sector(ui.sectorCombo.currentData() or ""),
            investor=clean_line(ui.investorEdit.text()),
            notes=text(ui.notesEdit),
            description_before=text(ui.beforeEdit),
            description_solution=text(ui.solutionEdit),
            description_novelty=text(ui.noveltyEdit),
            confidential_info=text(ui.confidentialEdit),
            portal_text=clean_portal_text(ui.portalEdit.toPlainText()),
            benefit_author_vnd=parse_money(ui.benefitAuthorVndEdit.text(), field="benefit_author_vnd"),
            benefit_author_social=text(ui.benefitAuthorSocialEdit),
            benefit_unit_vnd=parse_money(ui.benefitUnitVndEdit.text(), field="benefit_unit_vnd"),
            benefit_unit_social=text(ui.benefitUnitSocialEdit),
            benefit_calculation=text(ui.benefitCalculationEdit),
            first_applied_on=parse_date(
                ui.firstAppliedEdit.text(), field="first_applied_on", label=self.tr("Ngày áp dụng lần đầu")
            ),
            applied_as_trial=ui.trialCheck.isChecked(),
            conditions=text(ui.conditionsEdit),
            research_accepted_on=parse_date(
                ui.researchAcceptedEdit.text(), field="research_accepted_on", label=self.tr("Ngày nghiệm thu")
            ),
            head_confirmed=ui.headConfirmedCheck.isChecked(),
            attests_public_order=ui.publicOrderCheck.isChecked(),
            attests_no_ip_protection=ui.noIpCheck.isChecked(),
            has_complaint=ui.complaintCheck.isChecked(),
            has_authorship_dispute=ui.disputeCheck.isChecked(),
            authors=self.authors.read_authors(),
            appliers=self.appliers.read_appliers(),
            attachments=list(self.attachments.refs),
        )
