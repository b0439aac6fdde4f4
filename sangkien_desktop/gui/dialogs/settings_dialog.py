"""Settings: the user's own unit as documents name it, and who works at this computer."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from sangkien_desktop.domain.text import clean_line, clean_text
from sangkien_desktop.domain.unit_profile import ADDRESSEE_COUNCIL, ADDRESSEE_HEAD, UnitProfile
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.settings import save_unit_profile, unit_profile

from sangkien_desktop.gui import language
from sangkien_desktop.gui.dialogs.unit_choices import (
    fill_unit_combos,
    missing,
    read_unit,
    show_unit,
)
from sangkien_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.operation import call_op

# Whom an author's application asks to recognise (Settings → UnitProfile.application_addressee).
ADDRESSEES = (
    (ADDRESSEE_HEAD, QT_TRANSLATE_NOOP("SettingsDialog", "Thủ trưởng cơ quan, đơn vị")),
    (ADDRESSEE_COUNCIL, QT_TRANSLATE_NOOP("SettingsDialog", "Hội đồng sáng kiến của cơ quan, đơn vị")),
)


class SettingsDialog(QDialog):
    @classmethod
    def ask(cls, parent: QWidget | None, app_data: AppData) -> UnitProfile | None:
        dialog = cls(app_data, parent)
        return dialog.profile if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lưu"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        fill_unit_combos(ui.provinceCombo, ui.levelCombo, ui.capacityCombo)
        for code, label in ADDRESSEES:
            ui.addresseeCombo.addItem(self.tr(label), code)
        ui.dataDirValue.setText(str(app_data.layout.root))
        # Which database this computer works on: the folder's file or a shared one on a server.
        ui.databaseValue.setText(core_text(app_data.db.label))
        ui.databaseValue.setToolTip(ui.databaseValue.text())
        ui.sharedDataButton.clicked.connect(self.open_shared_data)
        for code, name in language.LANGUAGES:
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(max(ui.languageCombo.findData(language.saved_language()), 0))
        with app_data.db.session() as session:
            self.profile = unit_profile(session)
        self._load(self.profile)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.setupButton.clicked.connect(self.run_assistant)

    def run_assistant(self) -> None:
        """The first-run assistant again; what it saved is shown here at once."""
        from sangkien_desktop.gui.dialogs.setup_assistant import SetupAssistant

        saved = SetupAssistant.ask(self, self.app_data)
        if saved is not None:
            self.profile = saved
            self._load(saved)

    def _load(self, p: UnitProfile) -> None:
        ui = self.ui
        show_unit(ui, p)
        ui.recipientsEdit.setPlainText("\n".join(p.recipients))
        ui.employerEdit.setText(p.employer_name)
        ui.headTitleEdit.setText(p.head_title)
        ui.employerSuffixEdit.setText(p.employer_number_suffix)
        known = ui.addresseeCombo.findData(p.application_addressee or ADDRESSEE_HEAD)
        if known >= 0:
            ui.addresseeCombo.setCurrentIndex(known)
        else:
            ui.addresseeCombo.setEditText(p.application_addressee)
        ui.userNameEdit.setText(p.user_name)

    def collect(self) -> UnitProfile:
        ui = self.ui
        recipients = [clean_line(r) for r in clean_text(ui.recipientsEdit.toPlainText()).split("\n")]
        return dataclasses.replace(
            read_unit(ui, self.profile),  # fields this form does not show are kept
            recipients=[r for r in recipients if r],
            employer_name=clean_line(ui.employerEdit.text()),
            head_title=clean_line(ui.headTitleEdit.text()),
            employer_number_suffix=clean_line(ui.employerSuffixEdit.text()),
            application_addressee=self._addressee(),
            user_name=clean_line(ui.userNameEdit.text()),
        )

    def _addressee(self) -> str:
        """The chosen rule's code, or the text typed in its place."""
        combo = self.ui.addresseeCombo
        text = clean_line(combo.currentText())
        index = combo.findText(text)
        return combo.itemData(index) if index >= 0 else text

    def open_shared_data(self) -> None:
        """The Dữ liệu dùng chung page: this computer's choice, used from the next start."""
        from sangkien_desktop.gui.dialogs.shared_data_dialog import SharedDataDialog

        if SharedDataDialog.ask(self, self.app_data) is not False:
            self.ui.databaseValue.setText(
                core_text(self.app_data.db.label) + " " + self.tr("(dữ liệu mới dùng từ lần mở sau)"))

    def _save(self) -> None:
        profile = self.collect()
        problem = missing(profile)
        if problem is not None:
            self._error(problem[1])
            getattr(self.ui, f"{problem[0]}Edit").setFocus()
            return
        if not call_op(self, self.app_data, save_unit_profile, profile,
                       title=self.tr("Không lưu được")):
            return
        self.profile = profile
        self._save_language()
        self.accept()

    def _save_language(self) -> None:
        chosen = self.ui.languageCombo.currentData()
        if chosen == language.saved_language():
            return
        language.save_language(chosen)
        QMessageBox.information(
            self, self.tr("Ngôn ngữ giao diện"),
            self.tr("Ngôn ngữ mới được dùng từ lần mở chương trình sau. Văn bản in ra luôn bằng "
                    "tiếng Việt."),
        )

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)
