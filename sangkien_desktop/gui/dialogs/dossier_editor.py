"""The dossier editor: every field of the description form, checked as it is typed."""

from __future__ import annotations

import dataclasses
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import STATUS_LABELS, Dossier, Sector, Status
from sangkien_desktop.domain.errors import AttachmentError, InputError, SangKienError
from sangkien_desktop.domain.text import clean_line, clean_text
from sangkien_desktop.domain.values import (
    format_date,
    format_money,
    parse_date,
    parse_money,
)
from sangkien_desktop.services import dossiers as dossier_service
from sangkien_desktop.services.attachments import MEDIA_LABELS, export_copy, store_file, verify
from sangkien_desktop.services.catalog import load_unit_list
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui.dialogs.people_tables import (
    APPLIER_COLUMNS,
    AUTHOR_COLUMNS,
    PeopleTable,
)
from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.labels import error_text, sector_label, status_label

ERROR_STYLE = "border: 2px solid #c0392b; background: #fdecec;"
DEFAULT_CAMPAIGN = "mot-trieu-sang-kien-2021-2023"
_PERSON_FIELD = re.compile(r"^(authors|appliers)\[(\d+)\]\.(\w+)$")


class DossierEditor(QDialog):
    @classmethod
    def edit(cls, parent: QWidget | None, app_data: AppData, uuid: str | None) -> str | None:
        """Opens the editor on a dossier (a new one when uuid is None); returns the uuid of
        the saved dossier, or None when nothing was saved."""
        try:
            dialog = cls(app_data, uuid, parent)
        except SangKienError as exc:
            QMessageBox.warning(parent, cls.tr("Không mở được hồ sơ"), error_text(exc.message))
            return None
        dialog.exec()
        return dialog.saved_uuid

    def __init__(self, app_data: AppData, uuid: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.saved_uuid: str | None = None
        self._dirty = False
        self._loading = True
        self.ui = Ui_DossierEditor()
        self.ui.setupUi(self)
        self.authors = PeopleTable(self.ui.authorsTable, AUTHOR_COLUMNS, "authors")
        self.appliers = PeopleTable(self.ui.appliersTable, APPLIER_COLUMNS, "appliers")
        with app_data.db.session() as session:
            if uuid is None:
                profile = unit_profile(session)
                self.dossier = Dossier(campaign_id=DEFAULT_CAMPAIGN, unit_name=profile.unit_name)
            else:
                self.dossier = dossier_service.get_dossier(session, uuid)
            self._units = dossier_service.distinct_units(session)
        self._fill_choices()
        self._load(self.dossier)
        self._connect()
        self._loading = False
        self._update_title()

    # --- setup ------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        for campaign in sorted(self.app_data.campaigns.values(), key=lambda c: c.short_name):
            ui.campaignCombo.addItem(campaign.short_name, campaign.id)
        for sector in Sector:
            ui.sectorCombo.addItem(sector_label(sector) or self.tr("(chưa chọn)"), sector.value)
        for status in STATUS_LABELS:
            ui.statusCombo.addItem(status_label(status), status.value)
        ui.provinceCombo.addItem(self.tr("(chưa chọn)"), "")
        for list_id, suffix in (("provinces-2025", ""), ("provinces-1997", self.tr(" (trước 7/2025)"))):
            for unit in load_unit_list(list_id).units:
                ui.provinceCombo.addItem(unit.name + suffix, f"{list_id}/{unit.code}")
        ui.unitCombo.addItems(self._units)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.Save).setText(self.tr("&Lưu"))
        ui.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Đó&ng"))
        ui.buttonBox.accepted.connect(self._save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)
        ui.firstAppliedEdit.editingFinished.connect(self._check_first_applied)
        for edit in (ui.benefitAuthorVndEdit, ui.benefitUnitVndEdit):
            edit.editingFinished.connect(lambda e=edit: self._check_money(e))
        for widget in self.findChildren(QLineEdit):
            widget.textEdited.connect(self._mark_dirty)
        for widget in self.findChildren(QPlainTextEdit):
            widget.textChanged.connect(self._mark_dirty)
        for combo in (ui.campaignCombo, ui.solutionTypeCombo, ui.targetGroupCombo,
                      ui.provinceCombo, ui.sectorCombo, ui.statusCombo):  # fmt: skip
            combo.currentIndexChanged.connect(self._mark_dirty)
        ui.unitCombo.editTextChanged.connect(self._mark_dirty)
        ui.trialCheck.toggled.connect(self._mark_dirty)
        for table in (self.authors, self.appliers):
            table.changed.connect(self._mark_dirty)
            table.cellError.connect(self._show_message)
        self.authors.changed.connect(self._update_share_total)
        ui.addAuthorButton.clicked.connect(lambda: self._add_person(self.authors))
        ui.removeAuthorButton.clicked.connect(self.authors.remove_selected)
        ui.authorUpButton.clicked.connect(lambda: self.authors.move_selected(-1))
        ui.authorDownButton.clicked.connect(lambda: self.authors.move_selected(1))
        ui.addApplierButton.clicked.connect(lambda: self._add_person(self.appliers))
        ui.removeApplierButton.clicked.connect(self.appliers.remove_selected)
        ui.addAttachmentButton.clicked.connect(self.add_attachments)
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        ui.attachmentsTable.doubleClicked.connect(lambda _i: self.open_attachment())

    def _add_person(self, table: PeopleTable) -> None:
        row = table.add_row()
        table.table.setCurrentCell(row, 0)
        table.table.editItem(table.table.item(row, 0))

    # --- loading ----------------------------------------------------------------------------
    def _set_combo(self, combo, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _load(self, d: Dossier) -> None:
        ui = self.ui
        ui.titleEdit.setText(d.title)
        ui.codeValue.setText(d.code or self.tr("(tự cấp khi lưu)"))
        self._set_combo(ui.campaignCombo, d.campaign_id)
        self._fill_campaign_lists(d.solution_type, d.target_group)
        ui.fieldEdit.setText(d.field_of_application)
        ui.unitCombo.setEditText(d.unit_name)
        self._set_combo(ui.provinceCombo, d.province_code)
        self._set_combo(ui.sectorCombo, d.sector.value)
        ui.investorEdit.setText(d.investor)
        ui.firstAppliedEdit.setText(format_date(d.first_applied_on))
        ui.trialCheck.setChecked(d.applied_as_trial)
        self._set_combo(ui.statusCombo, d.status.value)
        ui.notesEdit.setPlainText(d.notes)
        ui.beforeEdit.setPlainText(d.description_before)
        ui.solutionEdit.setPlainText(d.description_solution)
        ui.noveltyEdit.setPlainText(d.description_novelty)
        ui.confidentialEdit.setPlainText(d.confidential_info)
        ui.conditionsEdit.setPlainText(d.conditions)
        ui.benefitAuthorVndEdit.setText(format_money(d.benefit_author_vnd, unit=False))
        ui.benefitAuthorSocialEdit.setPlainText(d.benefit_author_social)
        ui.benefitUnitVndEdit.setText(format_money(d.benefit_unit_vnd, unit=False))
        ui.benefitUnitSocialEdit.setPlainText(d.benefit_unit_social)
        ui.benefitCalculationEdit.setPlainText(d.benefit_calculation)
        self.authors.load(d.authors)
        self.appliers.load(d.appliers)
        self._attachments = list(d.attachments)
        self._show_attachments()
        self._update_share_total()

    def _campaign(self) -> Campaign | None:
        return self.app_data.campaigns.get(self.ui.campaignCombo.currentData() or "")

    def _fill_campaign_lists(self, solution_type: str, target_group: str) -> None:
        campaign = self._campaign()
        for combo, choices, value in (
            (self.ui.solutionTypeCombo, campaign.solution_types if campaign else (), solution_type),
            (self.ui.targetGroupCombo, campaign.target_groups if campaign else (), target_group),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(chưa chọn)"), "")
            for choice in choices:
                combo.addItem(choice.label, choice.code)
            self._set_combo(combo, value)
            combo.blockSignals(False)

    def _campaign_changed(self) -> None:
        if not self._loading:
            self._fill_campaign_lists(
                self.ui.solutionTypeCombo.currentData() or "",
                self.ui.targetGroupCombo.currentData() or "",
            )

    def _show_attachments(self) -> None:
        table = self.ui.attachmentsTable
        table.setRowCount(0)
        for ref in self._attachments:
            row = table.rowCount()
            table.insertRow(row)
            size = f"{ref.size / 1024:,.0f} KB".replace(",", ".")
            for col, text in enumerate(
                (ref.filename, MEDIA_LABELS.get(ref.media_type, ref.media_type), size,
                 format_date(ref.added_at.date() if ref.added_at else None))  # fmt: skip
            ):
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnToContents(0)

    # --- state --------------------------------------------------------------------------
    def _mark_dirty(self, *_args) -> None:
        if not self._loading and not self._dirty:
            self._dirty = True
            self._update_title()

    def _update_title(self) -> None:
        name = self.ui.titleEdit.text() or self.tr("Hồ sơ mới")
        self.setWindowTitle(("* " if self._dirty else "") + name)

    def _update_share_total(self) -> None:
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

    # --- field checks ---------------------------------------------------------------------
    def _show_message(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _field_error(self, widget: QWidget, message: str) -> None:
        widget.setStyleSheet(ERROR_STYLE if message else "")
        widget.setToolTip(message)
        self._show_message(message)

    def _check_first_applied(self) -> None:
        try:
            parse_date(self.ui.firstAppliedEdit.text(), label="Ngày áp dụng lần đầu")
        except InputError as exc:
            self._field_error(self.ui.firstAppliedEdit, error_text(exc.message))
            return
        self._field_error(self.ui.firstAppliedEdit, "")

    def _check_money(self, edit: QLineEdit) -> None:
        try:
            amount = parse_money(edit.text())
        except InputError as exc:
            self._field_error(edit, error_text(exc.message))
            return
        self._field_error(edit, "")
        edit.setText(format_money(amount, unit=False))

    def _widget_for(self, field: str) -> QWidget | None:
        ui = self.ui
        return {
            "title": ui.titleEdit,
            "first_applied_on": ui.firstAppliedEdit,
            "benefit_author_vnd": ui.benefitAuthorVndEdit,
            "benefit_unit_vnd": ui.benefitUnitVndEdit,
        }.get(field)

    def show_input_error(self, exc: InputError) -> None:
        message = error_text(exc.message)
        match = _PERSON_FIELD.match(exc.field or "")
        if match:
            table = self.authors if match.group(1) == "authors" else self.appliers
            self.ui.tabs.setCurrentWidget(self.ui.authorsTab)
            table.show_error(int(match.group(2)), match.group(3), message)
            self._show_message(message)
            return
        widget = self._widget_for(exc.field or "")
        if widget is not None:
            tabs = self.ui.tabs
            for i in range(tabs.count()):
                if tabs.widget(i).isAncestorOf(widget):
                    tabs.setCurrentIndex(i)
            self._field_error(widget, message)
            widget.setFocus()
        else:
            self._show_message(message)

    # --- collecting and saving ----------------------------------------------------------
    def collect(self) -> Dossier:
        """The dossier as typed; raises InputError naming the field that cannot be read."""
        ui = self.ui
        text = lambda w: clean_text(w.toPlainText()).strip()  # noqa: E731
        return dataclasses.replace(
            self.dossier,
            title=clean_line(ui.titleEdit.text()),
            campaign_id=ui.campaignCombo.currentData() or "",
            solution_type=ui.solutionTypeCombo.currentData() or "",
            target_group=ui.targetGroupCombo.currentData() or "",
            field_of_application=clean_line(ui.fieldEdit.text()),
            unit_name=clean_line(ui.unitCombo.currentText()),
            province_code=ui.provinceCombo.currentData() or "",
            sector=Sector(ui.sectorCombo.currentData() or ""),
            investor=clean_line(ui.investorEdit.text()),
            first_applied_on=parse_date(
                ui.firstAppliedEdit.text(), field="first_applied_on", label="Ngày áp dụng lần đầu"
            ),
            applied_as_trial=ui.trialCheck.isChecked(),
            status=Status(ui.statusCombo.currentData()),
            notes=text(ui.notesEdit),
            description_before=text(ui.beforeEdit),
            description_solution=text(ui.solutionEdit),
            description_novelty=text(ui.noveltyEdit),
            confidential_info=text(ui.confidentialEdit),
            conditions=text(ui.conditionsEdit),
            benefit_author_vnd=parse_money(ui.benefitAuthorVndEdit.text(), field="benefit_author_vnd"),
            benefit_author_social=text(ui.benefitAuthorSocialEdit),
            benefit_unit_vnd=parse_money(ui.benefitUnitVndEdit.text(), field="benefit_unit_vnd"),
            benefit_unit_social=text(ui.benefitUnitSocialEdit),
            benefit_calculation=text(ui.benefitCalculationEdit),
            authors=self.authors.read(),
            appliers=self.appliers.read(),
            attachments=list(self._attachments),
        )

    def save(self) -> bool:
        """Saves in one transaction; on any problem nothing is written and the field is shown."""
        try:
            dossier = self.collect()
        except InputError as exc:
            self.show_input_error(exc)
            return False
        if not dossier.title:
            self.show_input_error(
                InputError(
                    "Hãy nhập tên sáng kiến trước khi lưu: đó là cách bạn tìm lại hồ sơ.",
                    field="title",
                )
            )
            return False
        session = self.app_data.db.session()
        try:
            saved = dossier_service.save_dossier(session, dossier)
            session.commit()
        except Exception as exc:  # the database refused: keep the form, say why
            session.rollback()
            QMessageBox.critical(
                self,
                self.tr("Không lưu được"),
                self.tr("Hồ sơ chưa được lưu; dữ liệu cũ vẫn nguyên vẹn.\nChi tiết: %1").replace(
                    "%1", str(exc)
                ),
            )
            return False
        finally:
            session.close()
        self.dossier = saved
        self.saved_uuid = saved.uuid
        self.ui.codeValue.setText(saved.code)
        self._dirty = False
        self._show_message("")
        for w in (self.ui.titleEdit, self.ui.firstAppliedEdit):
            w.setStyleSheet("")
        self._update_title()
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Lưu thay đổi?"),
                self.tr("Hồ sơ có thay đổi chưa lưu. Lưu trước khi đóng?"),
                QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
                QMessageBox.Save,
            )
            if answer == QMessageBox.Cancel:
                return
            if answer == QMessageBox.Save and not self.save():
                return
        super().reject()

    # --- attachments ----------------------------------------------------------------------
    def add_attachments(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn tệp đính kèm"),
            "",
            self.tr("Ảnh, PDF, Word (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.pdf *.docx)"),
        )
        problems = []
        for path in paths:
            try:
                ref = store_file(self.app_data.layout.attachments, Path(path))
            except AttachmentError as exc:
                problems.append(error_text(exc.message))
                continue
            if all(a.sha256 != ref.sha256 for a in self._attachments):
                self._attachments.append(ref)
                self._mark_dirty()
        self._show_attachments()
        if problems:
            QMessageBox.warning(self, self.tr("Có tệp không đính kèm được"), "\n\n".join(problems))

    def _selected_attachment(self) -> int:
        rows = self.ui.attachmentsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def open_attachment(self) -> None:
        index = self._selected_attachment()
        if index < 0:
            return
        ref = self._attachments[index]
        store = self.app_data.layout.attachments
        state = verify(store, ref.sha256)
        if not state.exists or not state.hash_matches:
            QMessageBox.warning(
                self,
                self.tr("Không mở được tệp"),
                self.tr(
                    "Bản lưu của tệp “%1” bị thiếu hoặc đã bị thay đổi. Hãy gỡ tệp này khỏi hồ sơ "
                    "và đính kèm lại từ bản gốc."
                ).replace("%1", ref.filename),
            )
            return
        # Open a copy, so an edit in the viewer never changes the stored original.
        copy = export_copy(store, ref, Path(tempfile.mkdtemp(prefix="sangkien-")))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def remove_attachment(self) -> None:
        index = self._selected_attachment()
        if index >= 0:
            del self._attachments[index]
            self._show_attachments()
            self._mark_dirty()
