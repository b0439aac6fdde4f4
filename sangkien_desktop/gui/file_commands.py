"""The main window's file commands: dossiers in and out (JSON, spreadsheets, exchange packages,
the portal outbox) and the backups and data check of the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from sangkien_desktop.domain.errors import SangKienError

from sangkien_desktop.gui.labels import exception_text

if TYPE_CHECKING:
    from sangkien_desktop.services.exchange.interchange import ImportReport as JsonImportReport

    from sangkien_desktop.gui.jobs import Job


class FileCommands(QObject):
    """The main window's commands that read or write files."""


    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window  # the MainWindow (gui/main_window.py, which imports this module)

    def import_json(self) -> Job | None:
        from PySide6.QtWidgets import QFileDialog

        from sangkien_desktop.services.exchange.interchange import import_json

        from sangkien_desktop.gui.operation import run_op

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Nhập hồ sơ"), "", self.tr("Tệp hồ sơ JSON (*.json)")
        )
        if not path:
            return None
        # Backed up before the first write (import_json's policy): a refused file takes none.
        return run_op(self.window, self.window.app_data, import_json, Path(path), self.window.app_data.attachments,
                      campaigns=self.window.app_data.campaigns,
                      title=self.tr("Đang nhập hồ sơ…"), failed_title=self.tr("Không nhập được"),
                      progress=True, on_success=self.json_imported)

    def json_imported(self, report: JsonImportReport) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = "\n".join((
            self.tr("Đã nhập %n hồ sơ mới.", "", len(report.added)),
            self.tr("%n hồ sơ đã có sẵn, giống hệt: bỏ qua.", "", len(report.unchanged)),
            self.tr("%n hồ sơ đã có nhưng khác nội dung: giữ nguyên bản đang có.", "",
                    len(report.conflicts)),
        ))
        if report.missing_files:
            text += "\n" + self.tr("Thiếu %n tệp đính kèm (chưa có trong máy này).", "",
                                    len(report.missing_files))
        QMessageBox.information(self.window, self.tr("Nhập hồ sơ"), text)

    def import_package(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Nhận gói hồ sơ"), "", self.tr("Gói hồ sơ sáng kiến (*.skpkg)")
        )
        if path:
            self.open_package(Path(path))

    def open_package(self, path: Path) -> None:
        """Checks the exchange package, then shows what it brings (the menu, or a .skpkg
        opened with the program: ``SangKienDesktop FILE.skpkg``)."""
        from PySide6.QtWidgets import QMessageBox

        from sangkien_desktop.gui.dialogs.import_package_dialog import ImportPackageDialog
        if not path.is_file():
            QMessageBox.warning(self.window, self.tr("Không nhận gói"), self.tr(
                "Không tìm thấy tệp “%1”.").replace("%1", str(path)))
            return
        ImportPackageDialog.run(self.window, self.window.app_data, path)  # the list follows (operation.watch)

    def open_portal_outbox(self) -> None:
        from sangkien_desktop.gui.dialogs.portal_outbox_dialog import PortalOutboxDialog
        PortalOutboxDialog(self.window.app_data, self.window).exec()  # the list follows (operation.watch)

    def export_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from sangkien_desktop.services.exchange.interchange import export_json
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Xuất hồ sơ"), "ho-so-sang-kien.json", self.tr("Tệp hồ sơ JSON (*.json)")
        )
        if not path:
            return
        uuid = self.window.selected_uuid()
        uuids = None
        if uuid and QMessageBox.question(
            self.window,
            self.tr("Xuất hồ sơ"),
            self.tr("Chỉ xuất hồ sơ đang chọn? Chọn “Không” để xuất tất cả hồ sơ."),
        ) == QMessageBox.StandardButton.Yes:
            uuids = [uuid]
        try:
            with self.window.app_data.db.session() as session:
                count = export_json(session, Path(path), uuids)
        except (SangKienError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Không xuất được"), exception_text(exc))
            return
        self.window.statusBar().showMessage(
            self.tr("Đã xuất %n hồ sơ ra %1", "", count).replace("%1", path), 8000
        )

    def backup_now(self) -> None:
        from sangkien_desktop.gui import backup_runner

        backup_runner.backup_now(self.window, self.window.app_data)

    def open_backups(self) -> None:
        # Imported on first use: the dialog's form is not needed for the first paint.
        from sangkien_desktop.gui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window.app_data, self.window)
        dialog.restored.connect(self.window.data_replaced)
        dialog.exec()

    def open_check_data(self) -> None:
        from sangkien_desktop.gui.dialogs.check_data_dialog import CheckDataDialog

        dialog = CheckDataDialog.run(self.window, self.window.app_data)
        if dialog.restored:
            self.window.data_replaced()
        elif dialog.changed:
            self.window.reload()

    def export_xlsx(self) -> None:
        from sangkien_desktop.gui.dialogs import xlsx_actions

        xlsx_actions.export_list(self.window, self.window.app_data, self.window.model.query)

    def save_xlsx_template(self) -> None:
        from sangkien_desktop.gui.dialogs import xlsx_actions

        xlsx_actions.save_template(self.window, self.window.app_data)

    def import_xlsx(self) -> None:
        from sangkien_desktop.gui.dialogs.xlsx_import_dialog import XlsxImportDialog
        XlsxImportDialog.run(self.window, self.window.app_data)  # the list follows the import (operation.watch)
