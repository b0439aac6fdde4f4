"""Asks for the shared database's password when the server refused the login and none is
stored; offers to keep it in the computer's password store, never in a settings file."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sangkien_desktop.services import shared_database

from sangkien_desktop.gui.forms.ui_password_dialog import Ui_PasswordDialog


class PasswordDialog(QDialog):
    @classmethod
    def ask(cls, parent: QWidget | None, message: str,
            params: Mapping[str, object]) -> str | None:
        """The password typed (kept in the password store when asked and possible), or None."""
        dialog = cls(message, str(params.get("server", "")), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        password = dialog.ui.passwordEdit.text()
        if dialog.ui.rememberCheck.isChecked():
            server = str(params.get("server", ""))
            shared_database.remember_password(shared_database.address_from_label(server), password)
        return password

    def __init__(self, message: str, server: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.messageLabel.setText(message)
        ui.serverValue.setText(server)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đăng &nhập"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        can = shared_database.can_remember()
        ui.rememberCheck.setEnabled(can)
        ui.rememberHint.setText(
            self.tr("Mật khẩu được giữ an toàn trong kho mật khẩu của máy (Windows Credential "
                    "Manager), không ghi vào tệp nào.") if can else
            self.tr("Máy này không có kho mật khẩu, nên chương trình sẽ hỏi mật khẩu mỗi lần "
                    "mở. Người phụ trách tin học có thể đặt mật khẩu trong tệp pgpass (xem "
                    "hướng dẫn Dữ liệu dùng chung)."))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.passwordEdit.setFocus()

