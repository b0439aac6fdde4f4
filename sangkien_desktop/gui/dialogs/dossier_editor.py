"""The dossier editor: the description form as guided steps, with help for every field, a
live check against the campaign's rules, and autosave."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.campaign_edit import default_campaign
from sangkien_desktop.domain.dossier import Dossier, Sector
from sangkien_desktop.domain.errors import DossierChangedError, InputError, SangKienError
from sangkien_desktop.domain.portal_text import build_portal_text, clean_portal_text
from sangkien_desktop.domain.text import clean_line, clean_text, nfc
from sangkien_desktop.domain.validation import DISCLAIMER, credited_author
from sangkien_desktop.domain.values import format_date, format_money, parse_date, parse_money
from sangkien_desktop.domain.workflow import Act
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.catalog import load_unit_list
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import drafts, history, stored_checks
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import distinct_units
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui import campaign_picker
from sangkien_desktop.gui.dialogs import save_conflict
from sangkien_desktop.gui.dialogs.attachments_step import AttachmentsStep
from sangkien_desktop.gui.dialogs.check_panel import CheckPanel
from sangkien_desktop.gui.dialogs.editor_state import base_dossier, make_snapshot, restore_snapshot
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.people_tables import APPLIER_COLUMNS, AUTHOR_COLUMNS, PeopleTable
from sangkien_desktop.gui.dialogs.status_acts import StatusActs
from sangkien_desktop.gui.dialogs.version_banner import VersionBanner
from sangkien_desktop.gui.field_help import HELP
from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.labels import (
    core_text,
    error_text,
    sector_label,
)
from sangkien_desktop.gui.operation import call_op, show_error

ERROR_STYLE = "border: 2px solid #c0392b; background: #fdecec;"
AUTOSAVE_DELAY_MS = 3000
_PERSON_FIELD = re.compile(r"^(authors|appliers)\[(\d+)\](?:\.(\w+))?$")
_ATTACHMENT_FIELD = re.compile(r"^attachments\[(\d+)\]")

# Which step and widget a field lives on (widget names from ui/dossier_editor.ui).
FIELD_WIDGETS: dict[str, tuple[int, str]] = {
    "title": (0, "titleEdit"), "campaign_id": (0, "campaignCombo"),
    "solution_type": (0, "solutionTypeCombo"), "target_group": (0, "targetGroupCombo"),
    "field_of_application": (0, "fieldEdit"), "unit_name": (0, "unitCombo"),
    "province_code": (0, "provinceCombo"), "sector": (0, "sectorCombo"),
    "investor": (0, "investorEdit"), "status": (0, "statusActButton"), "notes": (0, "notesEdit"),
    "authors": (1, "authorsTable"),
    "description_before": (2, "beforeEdit"), "description_solution": (2, "solutionEdit"),
    "description_novelty": (2, "noveltyEdit"), "confidential_info": (2, "confidentialEdit"),
    "portal_text": (2, "portalEdit"),
    "benefit_author_vnd": (3, "benefitAuthorVndEdit"), "benefit_author_social": (3, "benefitAuthorSocialEdit"),
    "benefit_unit_vnd": (3, "benefitUnitVndEdit"), "benefit_unit_social": (3, "benefitUnitSocialEdit"),
    "benefit_calculation": (3, "benefitCalculationEdit"),
    "first_applied_on": (4, "firstAppliedEdit"), "applied_as_trial": (4, "trialCheck"),
    "conditions": (4, "conditionsEdit"), "research_accepted_on": (4, "researchAcceptedEdit"),
    "head_confirmed": (4, "headConfirmedCheck"), "attests_public_order": (4, "publicOrderCheck"),
    "attests_no_ip_protection": (4, "noIpCheck"), "has_complaint": (4, "complaintCheck"),
    "has_authorship_dispute": (4, "disputeCheck"), "appliers": (4, "appliersTable"),
    "attachments": (5, "attachmentsTable"),
}  # fmt: skip

# Help shown for a widget with focus (keys of gui.field_help.HELP).
WIDGET_HELP = {widget: field for field, (_step, widget) in FIELD_WIDGETS.items()} | {
    "benefitAuthorVndEdit": "benefit_vnd", "benefitUnitVndEdit": "benefit_vnd",
    "benefitAuthorSocialEdit": "benefit_social", "benefitUnitSocialEdit": "benefit_social",
    "campaignCombo": "campaign", "firstAppliedEdit": "first_applied_on",
}  # fmt: skip


# The help shown when a step opens, before any field has focus.
STEP_HELP = ("title", "authors", "description_solution", "benefit_vnd", "first_applied_on", "attachments")


def _save(session: Session, dossier: Dossier, campaigns: dict[str, Campaign]) -> Dossier:
    """The editor's save: the dossier, its kept check (the overview's counts, the list's check
    filters) and its autosaved draft dropped, in one unit of work."""
    saved = save_dossier(session, dossier)
    stored_checks.refresh_dossiers(session, campaigns, [saved.uuid])
    drafts.discard_draft(session, saved.uuid)
    return saved


def _application() -> QApplication:
    """The running application (the editor follows its focus to show each field's help)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the editor needs a QApplication"
    return app


class DossierEditor(QDialog):
    @classmethod
    def edit(cls, parent: QWidget | None, app_data: AppData, uuid: str | None) -> str | None:
        """Opens the editor on a dossier (a new one when uuid is None); returns the uuid of
        the saved dossier, or None when nothing was saved. When the user makes a correction
        version of a frozen dossier, the editor gives way to one on the new version."""
        saved: str | None = None
        while True:
            try:
                dialog = cls(app_data, uuid, parent)
            except SangKienError as exc:
                QMessageBox.warning(parent, QCoreApplication.translate("DossierEditor", "Không mở được hồ sơ"), error_text(exc.message))
                return saved
            dialog.offer_draft()
            dialog.exec()
            saved = dialog.saved_uuid or saved
            if dialog.version.follow_uuid is None:
                return saved
            uuid = dialog.version.follow_uuid

    def __init__(
        self,
        app_data: AppData,
        uuid: str | None,
        parent: QWidget | None = None,
        *,
        dossier: Dossier | None = None,
    ):
        super().__init__(parent)
        self.app_data = app_data
        self.saved_uuid: str | None = None
        self._dirty = False
        self._loading = True
        self._normalising = False
        self.ui = Ui_DossierEditor()
        self.ui.setupUi(self)
        self.authors = PeopleTable(self.ui.authorsTable, AUTHOR_COLUMNS, "authors")
        self.appliers = PeopleTable(self.ui.appliersTable, APPLIER_COLUMNS, "appliers")
        self.attachments = AttachmentsStep(self.ui, app_data, self, lambda: self._campaign())
        self.panel = CheckPanel(self.ui, app_data, self.collect, lambda: self.dossier.uuid, self)
        self.status = StatusActs(self.ui.statusValue, self.ui.statusActButton, app_data,
                                 lambda: self.dossier, self._saved_before_act, self)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        with app_data.db.session() as session:
            if dossier is not None:
                self.dossier = dossier
            elif uuid is None:
                profile = unit_profile(session)
                # The unit's own programme (set up in the assistant) if it is known, else a
                # programme open today: never a closed one a decision issued now would fail.
                campaign_id = profile.campaign_id if profile.campaign_id in app_data.campaigns else ""
                self.dossier = Dossier(
                    campaign_id=campaign_id or default_campaign(app_data.campaigns, dt.date.today()),
                    unit_name=profile.unit_name)
            else:
                self.dossier = get_dossier(session, uuid)
            self._units = distinct_units(session)
        self._fill_choices()
        self._load(self.dossier)
        self.version = VersionBanner(self, app_data)
        self.stored = uuid is not None
        if self.stored:
            self.version.load(self.dossier.uuid)
        self.ui.historyButton.setEnabled(self.stored)
        self.panel.load_acknowledgements(self.dossier.uuid)
        self.watch = save_conflict.SaveWatch(self, app_data)
        self._connect()
        self._loading = False
        self.ui.stepList.setCurrentRow(0)
        self._update_title()
        self.panel.update_portal_count()
        self.panel.run()
        if app_data.read_only:
            from sangkien_desktop.gui import read_only

            read_only.lock_editor(self)

    @property
    def attachments_list(self):
        return self.attachments.refs

    @attachments_list.setter
    def attachments_list(self, refs) -> None:
        self.attachments.refs = list(refs)

    def show_attachments(self) -> None:
        self.attachments.show()

    # --- setup ------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        campaign_picker.fill(ui.campaignCombo, self.app_data.campaigns)
        for sector in Sector:
            ui.sectorCombo.addItem(sector_label(sector) or self.tr("(chưa chọn)"), sector.value)
        ui.provinceCombo.addItem(self.tr("(chưa chọn)"), "")
        for list_id, suffix in (("provinces-2025", ""), ("provinces-1997", self.tr(" (trước 7/2025)"))):
            for unit in load_unit_list(list_id).units:
                ui.provinceCombo.addItem(unit.name + suffix, f"{list_id}/{unit.code}")
        ui.unitCombo.addItems(self._units)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lưu"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đó&ng"))
        ui.buttonBox.accepted.connect(self._save_and_close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)  # Ctrl+S: save, stay open
        ui.buttonBox.rejected.connect(self.reject)
        ui.stepList.currentRowChanged.connect(self._go_to_step)
        ui.prevButton.clicked.connect(lambda: ui.stepList.setCurrentRow(max(ui.steps.currentIndex() - 1, 0)))
        ui.nextButton.clicked.connect(
            lambda: ui.stepList.setCurrentRow(min(ui.steps.currentIndex() + 1, ui.steps.count() - 1))
        )
        ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)
        for edit in (ui.firstAppliedEdit, ui.researchAcceptedEdit):
            edit.editingFinished.connect(lambda e=edit: self._check_date(e))
        for edit in (ui.benefitAuthorVndEdit, ui.benefitUnitVndEdit):
            edit.editingFinished.connect(lambda e=edit: self._check_money(e))
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(lambda _t, w=line: self._normalise_line(w))
            line.textEdited.connect(self._changed)
        for plain in self.findChildren(QPlainTextEdit):
            plain.textChanged.connect(lambda w=plain: self._normalise_plain(w))
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._changed)
        ui.unitCombo.editTextChanged.connect(self._changed)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._changed)
        for table in (self.authors, self.appliers):
            table.changed.connect(self._changed)
            table.cellError.connect(self._show_message)
        self.attachments.changed.connect(self._changed)
        self.authors.changed.connect(self._update_share_total)
        ui.addAuthorButton.clicked.connect(lambda: self._add_person(self.authors))
        ui.removeAuthorButton.clicked.connect(self.authors.remove_selected)
        ui.authorUpButton.clicked.connect(lambda: self.authors.move_selected(-1))
        ui.authorDownButton.clicked.connect(lambda: self.authors.move_selected(1))
        ui.addApplierButton.clicked.connect(lambda: self._add_person(self.appliers))
        ui.removeApplierButton.clicked.connect(self.appliers.remove_selected)
        ui.buildPortalButton.clicked.connect(self.build_portal_text)
        ui.historyButton.clicked.connect(self.show_history)
        self.panel.jumpRequested.connect(self.jump_to)
        self.status.changed.connect(self._act_done)
        self.autosave_timer.timeout.connect(self.autosave)
        _application().focusChanged.connect(self._focus_changed)

    def _add_person(self, table: PeopleTable) -> None:
        row = table.add_row()
        table.table.setCurrentCell(row, 0)
        table.table.editItem(table.table.currentItem())

    def _go_to_step(self, index: int) -> None:
        ui = self.ui
        ui.steps.setCurrentIndex(index)
        ui.prevButton.setEnabled(index > 0)
        ui.nextButton.setEnabled(index < ui.steps.count() - 1)
        if index < len(STEP_HELP):
            ui.helpBox.setHtml(HELP[STEP_HELP[index]].html())
        else:
            # Not inside the f-string: lupdate does not see a tr() there.
            heading = self.tr("Kiểm tra hồ sơ")
            ui.helpBox.setHtml(f"<h3>{heading}</h3><p>{core_text(DISCLAIMER)}</p>")
        # The Check step lists every finding in its table, with the disclaimer: the side
        # column would show the same findings (and the same disclaimer) a second time.
        on_check = index == ui.steps.count() - 1
        for widget in (ui.helpBox, ui.panelSummaryLabel, ui.findingsList):
            widget.setVisible(not on_check)
        if on_check:
            self.panel.run()

    # --- loading ----------------------------------------------------------------------------
    def _set_combo(self, combo: QComboBox, value: str) -> None:
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
            self.panel.update_portal_count()
            self.attachments.show()  # the program's own list of required documents

    # --- typing -------------------------------------------------------------------------------
    def _normalise_line(self, edit: QLineEdit) -> None:
        """Decomposed text (some input methods, text pasted from Word) becomes NFC at once."""
        text = edit.text()
        composed = nfc(text)
        if composed != text and not self._normalising:
            self._normalising = True
            pos = len(nfc(text[: edit.cursorPosition()]))
            edit.setText(composed)
            edit.setCursorPosition(pos)
            self._normalising = False
        self._changed()

    def _normalise_plain(self, edit: QPlainTextEdit) -> None:
        if self._normalising:
            return
        text = edit.toPlainText()
        # The portal box also loses invisible characters, exactly as the portal will count it.
        clean = clean_portal_text if edit is self.ui.portalEdit else nfc
        fixed = clean(text)
        if fixed != text:
            self._normalising = True
            cursor = edit.textCursor()
            pos = len(clean(text[: cursor.position()]))
            edit.setPlainText(fixed)
            cursor = edit.textCursor()
            cursor.setPosition(min(pos, len(fixed)))
            edit.setTextCursor(cursor)
            self._normalising = False
        self._changed()

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._dirty = True
            self._update_title()
        self.autosave_timer.start()
        self.panel.schedule()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self._show_help(new)
        if self._dirty and old is not None and self.isAncestorOf(old):
            self.autosave()

    def _show_help(self, widget: QWidget) -> None:
        probe: QWidget | None = widget
        while probe is not None and probe is not self:
            key = WIDGET_HELP.get(probe.objectName())
            if key and key in HELP:
                self.ui.helpBox.setHtml(HELP[key].html())
                return
            probe = probe.parentWidget()

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
        try:
            people = self.authors.read_authors()
            index, tied = credited_author(dataclasses.replace(self.dossier, authors=people))
        except InputError:
            index, tied = None, []
        text = ""
        if index is not None and people[index].full_name:
            text = self.tr("Tác giả được chương trình ghi nhận: %1").replace("%1", people[index].full_name)
            if len(tied) > 1:
                text += " " + self.tr("(có nhiều người cùng tỷ lệ cao nhất: hãy đánh dấu chủ nhiệm)")
        self.ui.creditedLabel.setText(text)

    def is_dirty(self) -> bool:
        return self._dirty

    def show_history(self) -> None:
        HistoryDialog.show_for(self, self.app_data, history.DOSSIER, self.dossier.uuid,
                               self.dossier.title or self.dossier.code)

    # --- field checks ---------------------------------------------------------------------
    def show_message(self, message: str) -> None:
        self._show_message(message)

    def _show_message(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _field_error(self, widget: QWidget, message: str) -> None:
        widget.setStyleSheet(ERROR_STYLE if message else "")
        widget.setToolTip(message)
        self._show_message(message)

    def _check_date(self, edit: QLineEdit) -> None:
        try:
            parse_date(edit.text())
        except InputError as exc:
            self._field_error(edit, error_text(exc.message))
            return
        self._field_error(edit, "")

    def _check_money(self, edit: QLineEdit) -> None:
        try:
            amount = parse_money(edit.text())
        except InputError as exc:
            self._field_error(edit, error_text(exc.message))
            return
        self._field_error(edit, "")
        edit.setText(format_money(amount, unit=False))

    def jump_to(self, field: str) -> None:
        """Shows the step and selects the widget (or table cell) a finding is about."""
        ui = self.ui
        match = _PERSON_FIELD.match(field)
        if match:
            table = self.authors if match.group(1) == "authors" else self.appliers
            ui.stepList.setCurrentRow(FIELD_WIDGETS[match.group(1)][0])
            rows = table.filled_rows()
            index = int(match.group(2))
            row = rows[index] if index < len(rows) else index
            column = match.group(3) if match.group(3) in table.columns else table.columns[0]
            item = table.cell(row, column)
            if item is not None:
                table.table.setCurrentItem(item)
            table.table.setFocus()
            return
        match = _ATTACHMENT_FIELD.match(field)
        if match:
            ui.stepList.setCurrentRow(FIELD_WIDGETS["attachments"][0])
            ui.attachmentsTable.selectRow(int(match.group(1)))
            return
        step, name = FIELD_WIDGETS.get(field.split(".")[0].split("[")[0], (None, ""))
        if step is None:
            return
        ui.stepList.setCurrentRow(step)
        widget = self.findChild(QWidget, name)
        if widget is not None:
            widget.setFocus()

    def show_input_error(self, exc: InputError) -> None:
        message = error_text(exc.message)
        match = _PERSON_FIELD.match(exc.field or "")
        if match:
            table = self.authors if match.group(1) == "authors" else self.appliers
            self.ui.stepList.setCurrentRow(FIELD_WIDGETS[match.group(1)][0])
            # Errors from reading a table name the table row itself.
            table.show_error(int(match.group(2)), match.group(3) or table.columns[0], message)
            self._show_message(message)
            return
        step, name = FIELD_WIDGETS.get(exc.field or "", (None, ""))
        widget = self.findChild(QWidget, name) if name else None
        if step is not None and widget is not None:
            self.ui.stepList.setCurrentRow(step)
            self._field_error(widget, message)
            widget.setFocus()
        else:
            self._show_message(message)

    # --- collecting and saving ----------------------------------------------------------
    def collect(self) -> Dossier:
        """The dossier as typed; raises InputError naming the field that cannot be read.
        Of a frozen dossier only the fields outside the recognised content are read."""
        ui = self.ui
        if self.version.frozen:
            return dataclasses.replace(
                self.dossier,
                notes=clean_text(ui.notesEdit.toPlainText()).strip(),
                portal_text=clean_portal_text(ui.portalEdit.toPlainText()),
                campaign_id=ui.campaignCombo.currentData() or "",
                target_group=ui.targetGroupCombo.currentData() or "",
                has_complaint=ui.complaintCheck.isChecked(),
                has_authorship_dispute=ui.disputeCheck.isChecked(),
            )
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

    def save(self) -> bool:
        """Saves in one unit of work; on any problem nothing is written and the field is shown
        (the rules are the core's: a title is required in every way a dossier comes in)."""
        try:
            dossier = self.collect()
        except InputError as exc:
            self.show_input_error(exc)
            return False
        done = call_op(self, self.app_data, _save, dossier, self.app_data.campaigns,
                       title=self.tr("Không lưu được"),
                       on_failure=self._not_saved)
        if isinstance(done.error, DossierChangedError):  # another officer saved it meanwhile
            return self._resolve_conflict(dossier, done.error)
        if not done:
            return False
        self._saved(done.result)
        return True

    def _saved(self, saved: Dossier) -> None:
        self.autosave_timer.stop()
        self.dossier = saved
        self.saved_uuid = saved.uuid
        self.stored = True
        self.ui.codeValue.setText(saved.code)
        self.ui.historyButton.setEnabled(True)
        self._dirty = False
        self._show_message("")
        for w in (self.ui.titleEdit, self.ui.firstAppliedEdit):
            w.setStyleSheet("")
        self._update_title()

    def _resolve_conflict(self, dossier: Dossier, error: DossierChangedError) -> bool:
        """Another officer saved this dossier after it was opened here: reload theirs, keep
        this one as a new dossier, or go on editing (False: nothing saved)."""
        choice = save_conflict.ask(self, error)
        if choice == save_conflict.RELOAD:
            self.reload()
            return False
        if choice != save_conflict.COPY:
            return False
        try:
            copy = save_conflict.keep_copy(self.app_data, dossier)
        except SangKienError as exc:
            show_error(self, self.tr("Không lưu được"), exc)
            return False
        self._saved(copy)
        self._show_stored(copy)
        self.show_message(self.tr("Đã lưu bản của anh/chị thành hồ sơ mới %1.").replace(
            "%1", copy.code))
        return True

    def reload(self) -> None:
        """Drops what is unsaved here and shows the dossier as stored now."""
        with self.app_data.db.session() as session:
            stored = get_dossier(session, self.dossier.uuid)
        self._show_stored(stored)
        self.discard_draft()

    def _show_stored(self, dossier: Dossier) -> None:
        """Shows ``dossier`` as it is stored: nothing unsaved, no draft pending."""
        self.dossier = dossier
        self._loading = True
        self._load(dossier)
        self._loading = False
        self.version.load(dossier.uuid)
        self.autosave_timer.stop()
        self._dirty = False
        self._update_title()
        self.panel.run()

    def _not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, DossierChangedError):  # asked about once call_op returns (save)
            return
        if isinstance(exc, InputError) and exc.field:  # a rule of the core: point at the field
            self.show_input_error(exc)
            return
        show_error(self, self.tr("Không lưu được"), exc)  # the database refused: keep the form
        self._show_message(self.tr("Hồ sơ chưa được lưu; dữ liệu cũ vẫn nguyên vẹn."))

    def _saved_before_act(self, act: Act) -> bool:
        """An act applies to the dossier as stored: a new or changed one is saved first."""
        if act == Act.SUBMIT and (self._dirty or not self.stored):
            return self.save()
        return True

    def _act_done(self, stored: Dossier) -> None:
        # Only the status and the time moved; what is typed and not saved stays in the form.
        # The act moved the stored copy on a revision: this editor's next save replaces it.
        self.dossier = dataclasses.replace(self.dossier, status=stored.status,
                                           updated_at=stored.updated_at,
                                           revision=stored.revision, updated_by=stored.updated_by)
        self.saved_uuid = stored.uuid

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Lưu thay đổi?"),
                self.tr("Hồ sơ có thay đổi chưa lưu. Lưu trước khi đóng?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.discard_draft()
        super().reject()

    def done(self, result: int) -> None:
        self.autosave_timer.stop()
        self.watch.timer.stop()
        self.panel.timer.stop()
        _application().focusChanged.disconnect(self._focus_changed)
        super().done(result)

    # --- autosave -----------------------------------------------------------------------
    def autosave(self) -> None:
        """Keeps what is typed, even half-typed, in the database: a crash loses nothing."""
        self.autosave_timer.stop()
        if not self._dirty:
            return
        # On this thread: a draft written every few seconds of typing must not flash a wait cursor.
        with unit_of_work.session(self.app_data) as session:
            stamp = drafts.save_draft(session, self.dossier.uuid, make_snapshot(self))
        self.ui.autosaveLabel.setText(
            self.tr("Đã lưu nháp lúc %1").replace("%1", stamp.strftime("%H:%M:%S"))
        )

    def discard_draft(self) -> None:
        with unit_of_work.session(self.app_data) as session:
            drafts.discard_draft(session, self.dossier.uuid)

    def offer_draft(self) -> bool:
        """When an autosaved draft is newer than the saved dossier, offers to bring it back."""
        with self.app_data.db.session() as session:
            found = drafts.load_draft(session, self.dossier.uuid)
        if found is None:
            return False
        snapshot, saved_at = found
        if self.dossier.updated_at and saved_at < self.dossier.updated_at:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục bản nháp?"),
            self.tr(
                "Có nội dung chưa lưu của hồ sơ này, tự động ghi lúc %1 (có thể do chương trình "
                "bị tắt đột ngột). Khôi phục nội dung đó?"
            ).replace("%1", saved_at.strftime("%H:%M %d/%m/%Y")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.discard_draft()
            return False
        self.restore_draft(snapshot)
        return True

    def restore_draft(self, snapshot: dict) -> None:
        self._loading = True
        restore_snapshot(self, snapshot)
        self._loading = False
        self._dirty = True
        self._update_title()
        self._update_share_total()
        self.panel.run()

    @classmethod
    def from_draft(cls, app_data: AppData, dossier_uuid: str, parent: QWidget | None = None):
        """An editor on a draft whose dossier was never saved (recovered after a crash)."""
        with app_data.db.session() as session:
            found = drafts.load_draft(session, dossier_uuid)
        if found is None:
            return None
        snapshot, _saved_at = found
        editor = cls(app_data, None, parent, dossier=base_dossier(snapshot))
        editor.restore_draft(snapshot)
        return editor

    # --- portal text ------------------------------------------------------------------------
    def build_portal_text(self) -> None:
        try:
            dossier = self.collect()
        except InputError as exc:
            self.show_input_error(exc)
            return
        campaign = self._campaign()
        draft = build_portal_text(dossier, campaign.description_limit if campaign else None)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Mô tả cho cổng trực tuyến"))
        box.setText(
            self.tr("Văn bản dựng từ phần mô tả (%1). Dùng văn bản này?").replace("%1", core_text(draft.count_label))
        )
        box.setInformativeText(draft.text)
        if draft.was_cut:
            box.setDetailedText(self.tr("Phần bị cắt bớt:") + "\n\n" + draft.cut_text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.ui.portalEdit.setPlainText(draft.text)
