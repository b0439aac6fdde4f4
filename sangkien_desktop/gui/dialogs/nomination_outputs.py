"""What the nominations window makes of a nomination: its bundle of papers (written off the
GUI thread), the summary table as a spreadsheet, and the exchange package for the level above."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.services.exchange import spreadsheets
from sangkien_desktop.services.nominating import bundle as bundle_service

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.dialogs import send_package, xlsx_actions
from sangkien_desktop.gui.jobs import Job, run_job, show_error
from sangkien_desktop.gui.labels import core_text


class NominationOutputs(QObject):
    """The nominations window's outputs (gui/dialogs/nominations_dialog.py, which imports this
    module and keeps the last bundle and package made)."""

    def __init__(self, dialog: Any):
        super().__init__(dialog)
        self.dialog = dialog

    def make_bundle(self) -> Job | None:
        """Reads the nomination now, then writes its bundle in a worker (progress, Cancel)."""
        if self.bundling() or self.dialog.current is None or (not self.dialog.current.is_sent and not self.dialog.save()):
            return None
        out = QFileDialog.getExistingDirectory(self.dialog, self.tr("Chọn thư mục để ghi bộ hồ sơ"))
        if not out:
            return None
        try:
            formats = bundle_service.formats_of(self.dialog.ui.formatCombo.currentData())
            with self.dialog.app_data.db.session() as session:
                plan = bundle_service.plan_bundle(
                    session, self.dialog.current.uuid, self.dialog.app_data.campaigns, formats=formats,
                    store=self.dialog.app_data.attachments)
        except SangKienError as exc:
            self.bundle_failed(exc)
            return None
        self.dialog.bundle_job = run_job(
            self.dialog, lambda: bundle_service.iter_write_plan(plan, Path(out)),
            title=self.tr("Đang tạo bộ hồ sơ…"), on_success=self.bundle_written,
            on_failure=self.bundle_failed)
        return self.dialog.bundle_job

    def bundling(self) -> bool:
        return self.dialog.bundle_job is not None and self.dialog.bundle_job.is_running()

    def bundle_failed(self, exc: BaseException) -> None:
        show_error(self.dialog, self.tr("Không tạo được bộ hồ sơ"), exc)

    def bundle_written(self, last: bundle_service.BundleProgress) -> None:
        self.dialog.last_bundle = last
        self.dialog.view.update_buttons()
        text = counts.fill(self.tr("Đã tạo bộ hồ sơ gồm %1:\n%2\nvà tệp nén %3."),
                           counts.files(len(last.files)), last.folder,
                           last.zip_path.name if last.zip_path else "")
        if last.missing:
            text += "\n\n" + self.tr("Chưa có trong bộ hồ sơ:") + "\n" + "\n".join(map(core_text, last.missing))
        QMessageBox.information(self.dialog, self.tr("Bộ hồ sơ đề nghị"), text)

    def export_xlsx(self) -> Path | None:
        """The nomination's summary table (Bảng tổng hợp) as an Excel sheet, in its order."""
        if self.dialog.current is None or (not self.dialog.current.is_sent and not self.dialog.save()):
            return None
        uuid, campaigns = self.dialog.current.uuid, self.dialog.app_data.campaigns
        stem = bundle_service.slug(f"bang-tong-hop {self.dialog.current.letter_number_text or 'du-thao'}")
        return xlsx_actions.export_table(
            self.dialog, self.dialog.app_data, self.tr("Xuất bảng tổng hợp ra Excel"), f"{stem}.xlsx",
            lambda session, path: spreadsheets.export_summary_table(session, uuid, campaigns, path))

    def open_folder(self) -> None:
        if self.dialog.last_bundle is not None and self.dialog.last_bundle.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.dialog.last_bundle.folder)))

    def send_package(self) -> None:
        """"Gửi lên cấp trên": the nomination as an exchange package, written off the GUI
        thread (gui/dialogs/send_package.py)."""
        if self.dialog.current is None or (not self.dialog.current.is_sent and not self.dialog.save()):
            return
        self.dialog.package_job = send_package.send_nomination(
            self.dialog, self.dialog.app_data, self.dialog.current.uuid,
            on_done=lambda path: setattr(self.dialog, "last_package", path),
            personal_data=self.dialog.ui.personalDataCheck.isChecked())
