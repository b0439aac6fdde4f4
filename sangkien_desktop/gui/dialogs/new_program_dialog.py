"""Asks for a new program's template, id and names (the rest is edited in ProgramsDialog)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.text import fold

from sangkien_desktop.gui import campaign_picker
from sangkien_desktop.gui.forms.ui_new_program_dialog import Ui_NewProgramDialog

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


def slug(text: str) -> str:
    """"Sáng kiến cấp cơ sở 2027" → "sang-kien-cap-co-so-2027"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:63]


class NewProgramDialog(QDialog):
    def __init__(self, campaigns: dict[str, Campaign], template_id: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.campaigns = campaigns
        self.ui = Ui_NewProgramDialog()
        self.ui.setupUi(self)
        ui = self.ui
        campaign_picker.fill(ui.templateCombo, campaigns)
        index = ui.templateCombo.findData(template_id) if template_id else 0
        ui.templateCombo.setCurrentIndex(max(index, 0))
        year = dt.date.today().year + 1
        # A program's names are data printed on documents: Vietnamese in every language.
        ui.newNameEdit.setText(f"Phong trào thi đua sáng kiến năm {year}")  # i18n: keep
        ui.newShortEdit.setText(f"Sáng kiến {year}")  # i18n: keep
        ui.newIdEdit.setText(f"sang-kien-{year}")
        ui.newError.setVisible(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Tạo"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.newShortEdit.textEdited.connect(lambda t: ui.newIdEdit.setText(slug(t)))

    def _error(self, text: str) -> None:
        self.ui.newError.setText(text)
        self.ui.newError.setVisible(True)

    def _accept(self) -> None:
        ui = self.ui
        new_id = ui.newIdEdit.text().strip()
        if not _ID.fullmatch(new_id):
            self._error(self.tr("Mã chương trình chỉ gồm chữ thường không dấu, chữ số và dấu "
                                "gạch ngang, ví dụ “sang-kien-2027”."))
            return
        if new_id in self.campaigns:
            self._error(self.tr("Đã có chương trình mã “%1”: hãy chọn mã khác.").replace("%1", new_id))
            return
        if not ui.newNameEdit.text().strip() or not ui.newShortEdit.text().strip():
            self._error(self.tr("Hãy điền tên đầy đủ và tên ngắn."))
            return
        self.accept()

    def answer(self) -> tuple[str, str, str, str]:
        ui = self.ui
        return (ui.templateCombo.currentData(), ui.newIdEdit.text().strip(),
                ui.newNameEdit.text().strip(), ui.newShortEdit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, campaigns: dict[str, Campaign],
            template_id: str | None = None) -> tuple[str, str, str, str] | None:
        """(template id, new id, name, short name), or None when cancelled."""
        dialog = cls(campaigns, template_id, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

