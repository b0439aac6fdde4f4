"""Asks for the reason of undoing an act (withdrawing a submission, a nomination, a portal
mark): the confirmation and the reason in one step, as the history will keep it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sangkien_desktop.gui.forms.ui_reason_dialog import Ui_ReasonDialog


class ReasonDialog(QDialog):
    def __init__(self, title: str, question: str, action: str, parent: QWidget | None = None,
                 *, placeholder: str | None = None):
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        if placeholder is not None:  # the form's example is a withdrawal's
            self.ui.reasonEdit.setPlaceholderText(placeholder)
        self.setWindowTitle(title)
        self.ui.questionLabel.setText(question)
        self.ui.errorLabel.setVisible(False)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def reason(self) -> str:
        return " ".join(self.ui.reasonEdit.toPlainText().split())

    def _accept(self) -> None:
        if not self.reason():
            self.ui.errorLabel.setText(self.tr("Hãy ghi lý do: lý do được ghi vào lịch sử hồ sơ."))
            self.ui.errorLabel.setVisible(True)
            self.ui.reasonEdit.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str, action: str, *,
            placeholder: str | None = None) -> str | None:
        """The reason typed, or None when the user cancelled."""
        dialog = cls(title, question, action, parent, placeholder=placeholder)
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
