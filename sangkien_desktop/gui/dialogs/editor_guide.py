"""Finding one's way in the dossier editor: the steps, the help beside the field with focus,
a finding or an input error shown at its field (or table cell)."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.validation import DISCLAIMER
from sangkien_desktop.domain.values import format_money, parse_date, parse_money

from sangkien_desktop.gui.dialogs.check_panel import CheckPanel
from sangkien_desktop.gui.dialogs.people_tables import PeopleTable
from sangkien_desktop.gui.field_help import HELP
from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.labels import core_text, error_text

ERROR_STYLE = "border: 2px solid #c0392b; background: #fdecec;"
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


class EditorGuide(QObject):
    def __init__(self, editor: QDialog, ui: Ui_DossierEditor, authors: PeopleTable,
                 appliers: PeopleTable, panel: CheckPanel):
        super().__init__(editor)
        self.editor = editor
        self.ui = ui
        self.authors = authors
        self.appliers = appliers
        self.panel = panel

    def go_to_step(self, index: int) -> None:
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

    def show_help(self, widget: QWidget) -> None:
        probe: QWidget | None = widget
        while probe is not None and probe is not self.editor:
            key = WIDGET_HELP.get(probe.objectName())
            if key and key in HELP:
                self.ui.helpBox.setHtml(HELP[key].html())
                return
            probe = probe.parentWidget()

    def show_message(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def field_error(self, widget: QWidget, message: str) -> None:
        widget.setStyleSheet(ERROR_STYLE if message else "")
        widget.setToolTip(message)
        self.show_message(message)

    def check_date(self, edit: QLineEdit) -> None:
        try:
            parse_date(edit.text())
        except InputError as exc:
            self.field_error(edit, error_text(exc.message))
            return
        self.field_error(edit, "")

    def check_money(self, edit: QLineEdit) -> None:
        try:
            amount = parse_money(edit.text())
        except InputError as exc:
            self.field_error(edit, error_text(exc.message))
            return
        self.field_error(edit, "")
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
        widget = self.editor.findChild(QWidget, name)
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
            self.show_message(message)
            return
        step, name = FIELD_WIDGETS.get(exc.field or "", (None, ""))
        widget = self.editor.findChild(QWidget, name) if name else None
        if step is not None and widget is not None:
            self.ui.stepList.setCurrentRow(step)
            self.field_error(widget, message)
            widget.setFocus()
        else:
            self.show_message(message)
