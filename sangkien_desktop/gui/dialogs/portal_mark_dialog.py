"""Asks what the portal said: the date entered and its receipt, or the reason it returned
the dossier."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from sangkien_desktop.gui.forms.ui_portal_mark_dialog import Ui_PortalMarkDialog

ENTERED = "entered"
RETURNED = "returned"


@dataclass(frozen=True)
class Mark:
    on: dt.date
    receipt: str = ""
    reason: str = ""


class PortalMarkDialog(QDialog):
    def __init__(self, mode: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = mode
        self.ui = Ui_PortalMarkDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setText(title)
        ui.dateEdit.setDate(QDate.currentDate())
        ui.dateEdit.setMaximumDate(QDate.currentDate())
        returned = mode == RETURNED
        self.setWindowTitle(self.tr("Cổng trả lại hồ sơ") if returned
                            else self.tr("Đã cập nhật lên Cổng"))
        ui.dateLabel.setText(self.tr("&Ngày trả lại:") if returned else self.tr("&Ngày cập nhật:"))
        for widget in (ui.receiptLabel, ui.receiptEdit):
            widget.setVisible(not returned)
        for widget in (ui.reasonLabel, ui.reasonEdit):
            widget.setVisible(returned)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ghi nhận"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _accept(self) -> None:
        if self.mode == RETURNED and not self.ui.reasonEdit.toPlainText().strip():
            QMessageBox.warning(self, self.tr("Thiếu lý do"),
                                self.tr("Hãy ghi lý do Cổng trả lại hồ sơ."))
            return
        self.accept()

    def mark(self) -> Mark:
        ui = self.ui
        return Mark(ui.dateEdit.date().toPython(), ui.receiptEdit.text().strip(),
                    ui.reasonEdit.toPlainText().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, mode: str, title: str) -> Mark | None:
        dialog = cls(mode, title, parent)
        return dialog.mark() if dialog.exec() == QDialog.DialogCode.Accepted else None
