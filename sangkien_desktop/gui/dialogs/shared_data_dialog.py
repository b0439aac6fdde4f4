"""Settings → Dữ liệu dùng chung: this computer works on its own data folder, or on a shared
database on a PostgreSQL server (server, port, database, login, the officer's name for the
history). The password goes to the computer's password store only; the choice is used from
the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.services import shared_database
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.shared_database import SharedSettings

from sangkien_desktop.gui.forms.ui_shared_data_dialog import Ui_SharedDataDialog
from sangkien_desktop.gui.labels import core_text, exception_text

FIELDS = {"host": "hostEdit", "database": "databaseEdit", "user": "userEdit", "port": "portSpin"}


class SharedDataDialog(QDialog):
    @classmethod
    def ask(cls, parent: QWidget | None, app_data: AppData) -> SharedSettings | None | bool:
        """The settings saved (None: back to the data folder), or False when cancelled."""
        dialog = cls(app_data, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else False

    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.saved: SharedSettings | None = None
        self.ui = Ui_SharedDataDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lưu"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        ui.currentLabel.setText(self.tr("Đang mở: %1").replace("%1", core_text(app_data.db.label)))
        can = shared_database.can_remember()
        ui.rememberCheck.setEnabled(can)
        ui.rememberCheck.setChecked(can)
        if not can:
            ui.rememberCheck.setToolTip(self.tr("Máy này không có kho mật khẩu: chương trình sẽ "
                                                "hỏi mật khẩu mỗi lần mở."))
        found = shared_database.load_settings(app_data.layout)
        if found is not None:
            ui.hostEdit.setText(found.host)
            ui.portSpin.setValue(found.port)
            ui.databaseEdit.setText(found.database)
            ui.userEdit.setText(found.user)
            ui.officerEdit.setText(found.officer)
            if shared_database.stored_password(found.address):
                ui.passwordEdit.setPlaceholderText(self.tr("(đã ghi nhớ)"))
        (ui.serverRadio if found is not None else ui.localRadio).setChecked(True)
        self._enable()
        ui.serverRadio.toggled.connect(self._enable)
        ui.testButton.clicked.connect(self.test_connection)
        ui.buttonBox.accepted.connect(self._save)
        ui.buttonBox.rejected.connect(self.reject)

    def _enable(self) -> None:
        on = self.ui.serverRadio.isChecked()
        self.ui.serverGroup.setEnabled(on)
        self.ui.testButton.setEnabled(on)

    def collect(self) -> SharedSettings:
        ui = self.ui
        return SharedSettings(host=clean_line(ui.hostEdit.text()),
                              database=clean_line(ui.databaseEdit.text()),
                              user=clean_line(ui.userEdit.text()), port=ui.portSpin.value(),
                              officer=clean_line(ui.officerEdit.text()))

    def _checked(self) -> SharedSettings | None:
        settings = self.collect()
        try:
            settings.check()
        except SangKienError as exc:
            self._error(exc)
            return None
        return settings

    def _error(self, exc: SangKienError) -> None:
        self.ui.errorLabel.setText(exception_text(exc))
        widget = getattr(self.ui, FIELDS.get(exc.field or "", ""), None)
        if widget is not None:
            widget.setFocus()

    def test_connection(self) -> bool:
        """Logs in once with what is typed (changing nothing) and says what came of it."""
        settings = self._checked()
        if settings is None:
            return False
        address = shared_database.with_password(settings.address,
                                                self.ui.passwordEdit.text() or None)
        try:
            found = shared_database.check_connection(address)
        except SangKienError as exc:
            self.ui.testResult.setText(exception_text(exc))
            return False
        note = self.tr("Kết nối được: %1.").replace("%1", found.label)
        if found.newer:
            note += " " + self.tr("Dữ liệu trên máy chủ do một phiên bản mới hơn của chương "
                                  "trình tạo: hãy cài phiên bản mới hơn trước khi dùng.")
        elif found.schema == 0:
            note += " " + self.tr("Cơ sở dữ liệu còn trống: chương trình sẽ tạo cấu trúc dữ "
                                  "liệu ở lần mở đầu tiên.")
        if not found.may_write:
            note += " " + self.tr("Tên đăng nhập này chỉ được đọc dữ liệu.")
        self.ui.testResult.setText(note)
        self.ui.errorLabel.clear()
        return True

    def _save(self) -> None:
        ui = self.ui
        if ui.localRadio.isChecked():
            shared_database.save_settings(self.app_data.layout, None)
            self.saved = None
            self.accept()
            return
        settings = self._checked()
        if settings is None:
            return
        password = ui.passwordEdit.text()
        if password and ui.rememberCheck.isChecked():
            shared_database.remember_password(settings.address, password)
        shared_database.save_settings(self.app_data.layout, settings)
        self.saved = settings
        self.accept()
