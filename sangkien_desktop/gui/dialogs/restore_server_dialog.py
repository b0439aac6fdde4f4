"""Sao lưu và khôi phục → Khôi phục, on a shared database: a backup is restored into an empty
database on the server (the IT person made it), never over the one the officers work on.

The officer names the empty database (server, port and login start as the open one's), says
yes to a confirmation, and watches the progress (Cancel stops it); a copy commits whole after
its proof and pg_restore runs in one transaction, so a failure or a cancel leaves the target
as it was (services/backup/server_backups.py). Afterwards this computer may use the restored
database from its next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.services import shared_database
from sangkien_desktop.services.backup.backups import BackupInfo
from sangkien_desktop.services.backup.server_backups import CopyReport
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.shared_database import ServerAddress, SharedSettings

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.forms.ui_restore_server_dialog import Ui_RestoreServerDialog
from sangkien_desktop.gui.jobs import Job, run_job
from sangkien_desktop.gui.labels import exception_text

FIELDS = {"host": "hostEdit", "database": "databaseEdit", "user": "userEdit", "port": "portSpin"}


class RestoreServerDialog(QDialog):
    """Restores ``archive`` into an empty server database; ``report`` once it is done."""

    def __init__(self, app_data: AppData, archive: Path, info: BackupInfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        assert app_data.db.server is not None, "a data folder restores in place (BackupsDialog)"
        self.app_data = app_data
        self.archive = archive
        self.info = info
        self.current: ServerAddress = app_data.db.server
        self.job: Job | None = None
        self.report: CopyReport | None = None
        self.ui = Ui_RestoreServerDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.restore_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Khôi phục"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        ui.backupLabel.setText(counts.fill(
            self.tr("Bản sao lưu lúc %1 (%2): %3"),
            info.created_at.strftime("%H:%M %d/%m/%Y"), counts.dossiers(info.dossier_count),
            archive.name))
        ui.hostEdit.setText(self.current.host)
        ui.portSpin.setValue(self.current.port)
        ui.userEdit.setText(self.current.user)
        if self.current.password:
            ui.passwordEdit.setPlaceholderText(self.tr("để trống: dùng mật khẩu đang dùng"))
        ui.databaseEdit.setFocus()
        ui.buttonBox.accepted.connect(self.start)
        ui.buttonBox.rejected.connect(self.reject)

    def collect(self) -> SharedSettings:
        ui = self.ui
        return SharedSettings(host=clean_line(ui.hostEdit.text()),
                              database=clean_line(ui.databaseEdit.text()),
                              user=clean_line(ui.userEdit.text()), port=ui.portSpin.value(),
                              officer=self._officer(),
                              sslmode=dict(self.current.options).get("sslmode", ""))

    def _officer(self) -> str:
        found = shared_database.load_settings(self.app_data.layout)
        return found.officer if found is not None else ""

    def target(self) -> ServerAddress | None:
        """The empty database as typed, with the password to log in with; None (and the
        problem said) when a field is missing or it names the open database."""
        settings = self.collect()
        try:
            settings.check()
            address = settings.address
            if (address.host, address.port, address.database) == (
                    self.current.host, self.current.port, self.current.database):
                raise SangKienError("restore_target_is_open", server=self.current.label,
                                    field="database")
        except SangKienError as exc:
            self._error(exc)
            return None
        password = self.ui.passwordEdit.text() or None
        if password is None and address.user == self.current.user \
                and address.host == self.current.host and address.port == self.current.port:
            password = self.current.password  # the same login as the open database's
        return shared_database.with_password(address, password)

    def _error(self, exc: BaseException) -> None:
        self.ui.errorLabel.setText(exception_text(exc))
        field = exc.field if isinstance(exc, SangKienError) else None
        widget = getattr(self.ui, FIELDS.get(field or "", ""), None)
        if widget is not None:
            widget.setFocus()

    def start(self) -> Job | None:
        """Asks once more, then restores in the background with progress and Cancel."""
        from sangkien_desktop.services.backup import server_backups

        address = self.target()
        if address is None:
            return None
        self.ui.errorLabel.clear()
        question = counts.fill(self.tr(
            "Khôi phục bản sao lưu lúc %1 (%2) vào cơ sở dữ liệu trống %3?\n\nDữ liệu dùng "
            "chung đang mở (%4) không bị thay đổi."),
            self.info.created_at.strftime("%H:%M %d/%m/%Y"),
            counts.dossiers(self.info.dossier_count), address.label, self.current.label)
        if QMessageBox.question(self, self.windowTitle(), question) \
                != QMessageBox.StandardButton.Yes:
            return None
        archive = self.archive
        self._busy(True)
        self.job = run_job(
            self, lambda: server_backups.iter_restore_into_server(archive, address),
            title=self.tr("Đang khôi phục vào máy chủ…"),
            on_success=lambda report: self._done(report, address),
            on_failure=lambda exc: self._failed(exc, address),
            on_cancel=lambda: self._cancelled(address))
        return self.job

    def _busy(self, busy: bool) -> None:
        self.ui.targetGroup.setEnabled(not busy)
        self.ui.buttonBox.setEnabled(not busy)

    def _done(self, report: CopyReport, address: ServerAddress) -> None:
        self._busy(False)
        self.report = report
        text = counts.fill(self.tr(
            "Đã khôi phục bản sao lưu vào %1: %2, %3; số bản ghi khớp với bản sao lưu."),
            report.server, counts.dossiers(report.rows.get("dossier", 0)),
            counts.attachments(report.attachments))
        if self.ui.useCheck.isChecked():
            settings = self.collect()
            typed = self.ui.passwordEdit.text()
            if typed:
                shared_database.remember_password(address, typed)
            shared_database.save_settings(self.app_data.layout, settings)
            text += "\n\n" + self.tr("Từ lần mở sau, máy này dùng cơ sở dữ liệu %1.").replace(
                "%1", address.label)
        else:
            text += "\n\n" + self.tr("Máy này vẫn dùng %1. Để chuyển sang cơ sở dữ liệu vừa "
                                     "khôi phục: Công cụ → Dữ liệu dùng chung.").replace(
                "%1", self.current.label)
        QMessageBox.information(self, self.windowTitle(), text)
        self.accept()

    def _failed(self, exc: BaseException, address: ServerAddress) -> None:
        self._busy(False)
        message = exception_text(exc) + "\n\n" + self.tr(
            "Cơ sở dữ liệu %1 được để nguyên như trước khi khôi phục.").replace("%1", address.label)
        self.ui.errorLabel.setText(message)
        QMessageBox.warning(self, self.tr("Không khôi phục được"), message)

    def _cancelled(self, address: ServerAddress) -> None:
        self._busy(False)
        self.ui.errorLabel.setText(self.tr(
            "Đã dừng khôi phục; cơ sở dữ liệu %1 được để nguyên như trước.").replace(
            "%1", address.label))

    def done(self, result: int) -> None:
        if self.job is not None and self.job.is_running():
            return  # Cancel in the progress dialog stops the work first
        super().done(result)
