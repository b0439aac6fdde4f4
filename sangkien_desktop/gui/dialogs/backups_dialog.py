"""Backups: where the data and its backups live, the list of backups, back up now, restore,
copy to a USB stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.services.backup import backups, restore
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.backup_runner import BackupRunner, backup_message
from sangkien_desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from sangkien_desktop.gui.labels import core_text, error_text, exception_text
from sangkien_desktop.gui.views.backup_table import fill_backup_table, size_text


def _folder_of(path: Path) -> Path:
    """The backups folder an archive is in (a damaged one sits in its ``hong/``)."""
    return path.parent.parent if path.parent.name == backups.DAMAGED_DIR else path.parent


class BackupsDialog(QDialog):
    """The list of backups; ``restored`` is emitted after the data was replaced."""

    restored = Signal()

    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.ui.dataFolderLabel.setText(str(app_data.layout.root))
        if app_data.db.server is not None:  # the data is the shared database, not the folder
            self.ui.dataFolderCaption.setText(self.tr("Dữ liệu:"))
            self.ui.dataFolderLabel.setText(core_text(app_data.db.label))
        self.ui.backupsFolderLabel.setText(str(app_data.layout.backups))
        self.runner = BackupRunner(self)
        self.backups: list[backups.BackupInfo] = []
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.backupNowButton.clicked.connect(self.backup_now)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.restoreFileButton.clicked.connect(self.restore_from_file)
        ui.copyButton.clicked.connect(self.copy_selected)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.closeButton.clicked.connect(self.accept)
        ui.backupTable.itemSelectionChanged.connect(self._update_buttons)
        self.runner.finished.connect(self._backup_done)
        self.runner.failed.connect(self._backup_failed)
        self.runner.damaged.connect(self._backup_failed)  # the list then shows it, in red

    # --- list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.backups = backups.list_backups(self.app_data.layout)
        fill_backup_table(self.ui.backupTable, self.backups)
        self._show_earlier_folders()
        self._update_buttons()

    def _show_earlier_folders(self) -> None:
        """The folders backups went to before the one in use, when the list shows backups
        from them (the officer chose another folder; those stay restorable)."""
        folders = list(dict.fromkeys(
            str(_folder_of(info.path)) for info in self.backups if info.earlier))
        ui = self.ui
        ui.earlierFoldersCaption.setVisible(bool(folders))
        ui.earlierFoldersLabel.setVisible(bool(folders))
        ui.earlierFoldersLabel.setText("\n".join(folders))
        ui.earlierFoldersLabel.setToolTip(self.tr(
            "Các bản sao lưu trong thư mục sao lưu dùng trước đây vẫn được liệt kê, khôi phục "
            "và chép ra được."))

    def selected(self) -> backups.BackupInfo | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        busy = self.runner.busy()
        self.ui.backupNowButton.setEnabled(not busy)
        self.ui.restoreButton.setEnabled(info is not None and info.problem is None and not busy)
        self.ui.restoreFileButton.setEnabled(not busy)
        if self.app_data.db.server is not None:
            # A shared database is restored into an empty one, never under the officers
            # working on it (gui/dialogs/restore_server_dialog.py).
            tip = self.tr("Dữ liệu dùng chung được khôi phục vào một cơ sở dữ liệu trống trên "
                          "máy chủ; dữ liệu đang dùng không bị thay đổi.")
            self.ui.restoreButton.setToolTip(tip)
            self.ui.restoreFileButton.setToolTip(tip)
        self.ui.copyButton.setEnabled(info is not None and info.problem is None)

    # --- actions ----------------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.runner.start(lambda: self.app_data.backup(backups.Reason.MANUAL)):
            self.ui.backupNowButton.setText(self.tr("Đang sao lưu…"))
            self._update_buttons()

    def _backup_done(self, info: backups.BackupInfo | None) -> None:
        self.ui.backupNowButton.setText(self.tr("&Sao lưu ngay"))
        self.refresh()
        if info is not None:
            self.last_message = backup_message(info)
            self.ui.backupsHint.setText(self.last_message)

    def _backup_failed(self, message: str) -> None:
        self.ui.backupNowButton.setText(self.tr("&Sao lưu ngay"))
        self.refresh()
        QMessageBox.warning(self, self.tr("Sao lưu không thành công"), message)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None and info.problem is None:
            self._restore(info.path, info)

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản sao lưu"), "", self.tr("Bản sao lưu Sáng kiến (*.zip)")
        )
        if path:
            self._restore(Path(path), backups.describe(Path(path)))

    def _restore(self, path: Path, info: backups.BackupInfo) -> None:
        if info.problem:
            QMessageBox.warning(self, self.tr("Không khôi phục được"), error_text(info.problem))
            return
        if self.app_data.db.server is not None:
            self.restore_to_server(path, info)
            return
        with self.app_data.db.session() as session:
            current = count_dossiers(session, DossierQuery())
        question = counts.fill(self.tr(
            "Khôi phục dữ liệu về bản sao lưu lúc %1 (%2)?\n\nDữ liệu hiện tại (%3) "
            "sẽ được sao lưu trước, rồi mới được thay bằng dữ liệu của bản sao lưu."
        ), info.created_at.strftime("%H:%M %d/%m/%Y"), counts.dossiers(info.dossier_count),
            counts.dossiers(current))
        if QMessageBox.question(self, self.tr("Khôi phục dữ liệu"), question) != QMessageBox.StandardButton.Yes:
            return
        self.runner.wait()  # a backup started from here must finish first
        # Close the database's connections; they are reopened on next use, on the new data.
        self.app_data.db.close()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore.restore_backup(self.app_data.layout, path)
        except (SangKienError, OSError) as exc:
            message = exception_text(exc)
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Không khôi phục được"), message)
            return
        QGuiApplication.restoreOverrideCursor()
        self.restored.emit()
        self.refresh()
        text = counts.fill(self.tr("Đã khôi phục dữ liệu của bản sao lưu lúc %1 (%2)."),
                           result.restored.created_at.strftime("%H:%M %d/%m/%Y"),
                           counts.dossiers(result.restored.dossier_count))
        if result.safety is not None:
            text += "\n" + self.tr("Dữ liệu trước khi khôi phục được sao lưu vào %1.").replace(
                "%1", str(result.safety.path)
            )
        QMessageBox.information(self, self.tr("Khôi phục dữ liệu"), text)

    def restore_to_server(self, path: Path, info: backups.BackupInfo) -> QDialog:
        """On a shared database: into an empty database on the server, asked for first."""
        from sangkien_desktop.gui.dialogs.restore_server_dialog import RestoreServerDialog

        self.runner.wait()  # a backup started from here must finish first
        dialog = RestoreServerDialog(self.app_data, path, info, self)
        dialog.open()
        return dialog

    def copy_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn ổ USB hoặc thư mục để chép bản sao lưu vào")
        )
        if not folder:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            copied = backups.copy_backup(info.path, Path(folder))
        except SangKienError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Không chép được"), error_text(exc.message))
            return
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.information(
            self,
            self.tr("Chép bản sao lưu"),
            self.tr("Đã chép và kiểm tra lại bản sao lưu (%1, mã kiểm tra khớp):\n%2")
            .replace("%1", size_text(copied.size))
            .replace("%2", str(copied.path)),
        )

    def open_folder(self) -> None:
        self.app_data.layout.backups.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.app_data.layout.backups)))

    def done(self, result: int) -> None:
        self.runner.wait()
        super().done(result)
