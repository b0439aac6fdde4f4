"""Damaged data: what happened, the backups that verified good, and restore from there (the
damaged file kept aside under a dated name, as Zotero does). Shown when the data cannot be
opened at start, and when a check finds damage while the window is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup import backups, restore

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.forms.ui_damaged_data_dialog import Ui_DamagedDataDialog
from sangkien_desktop.gui.labels import error_text, exception_text
from sangkien_desktop.gui.views.backup_table import fill_backup_table


class DamagedDataDialog(QDialog):
    """``restored`` holds the result once a backup was restored (the dialog then closes)."""

    def __init__(self, layout: DataLayout, message: str, parent: QWidget | None = None, *,
                 before_restore: Callable[[], None] | None = None, at_start: bool = False):
        super().__init__(parent)
        self.layout_ = layout
        self.before_restore = before_restore
        self.restored: restore.RestoreResult | None = None
        self.ui = Ui_DamagedDataDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(message)
        if at_start:
            self.ui.closeButton.setText(self.tr("T&hoát"))
        self.good = [info for info in backups.list_backups(layout) if info.verified]
        fill_backup_table(self.ui.backupTable, self.good)
        self.ui.backupTable.setVisible(bool(self.good))
        self.ui.emptyLabel.setVisible(not self.good)
        self.ui.restoreButton.setEnabled(bool(self.good))
        self._connect()

    @classmethod
    def ask(cls, parent: QWidget | None, layout: DataLayout, message: str, **options
            ) -> restore.RestoreResult | None:
        dialog = cls(layout, message, parent, **options)
        dialog.exec()
        return dialog.restored

    def _connect(self) -> None:
        ui = self.ui
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.restoreFileButton.clicked.connect(self.restore_from_file)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.closeButton.clicked.connect(self.reject)
        ui.backupTable.doubleClicked.connect(lambda _i: self.restore_selected())

    def selected(self) -> backups.BackupInfo | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        return self.good[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info)

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn bản sao lưu"), "", self.tr("Bản sao lưu Sáng kiến (*.zip)"))
        if not path:
            return
        info = backups.describe(Path(path))
        if info.problem:
            QMessageBox.warning(self, self.tr("Không khôi phục được"), error_text(info.problem))
            return
        self.restore(info)

    def restore(self, info: backups.BackupInfo) -> bool:
        question = counts.fill(self.tr(
            "Khôi phục dữ liệu về bản sao lưu lúc %1 (%2)?\n\nTệp dữ liệu hỏng được giữ lại "
            "trong thư mục sao lưu dưới tên có ngày giờ; những gì nhập sau lúc sao lưu sẽ không "
            "có trong dữ liệu khôi phục."
        ), info.created_at.strftime("%H:%M %d/%m/%Y"), counts.dossiers(info.dossier_count))
        if QMessageBox.question(self, self.tr("Khôi phục dữ liệu"), question) != QMessageBox.StandardButton.Yes:
            return False
        if self.before_restore is not None:
            self.before_restore()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore.restore_backup(self.layout_, info.path)
        except (SangKienError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Không khôi phục được"), exception_text(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.restored = result
        text = counts.fill(self.tr("Đã khôi phục dữ liệu của bản sao lưu lúc %1 (%2)."),
                           result.restored.created_at.strftime("%H:%M %d/%m/%Y"),
                           counts.dossiers(result.restored.dossier_count))
        if result.damaged_moved:
            text += "\n" + self.tr("Tệp dữ liệu hỏng được giữ trong %1.").replace(
                "%1", str(self.layout_.backups))
        QMessageBox.information(self, self.tr("Khôi phục dữ liệu"), text)
        self.accept()
        return True

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.layout_.backups)))
