"""Tools → Kiểm tra dữ liệu (Anki's Check Database): the check runs off the GUI thread with a
progress bar and Cancel, then lists what it found and what it repaired; damaged data offers
the restore from a good backup."""

from __future__ import annotations

import threading

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from sangkien_desktop.services.backup import data_check
from sangkien_desktop.services.context import AppData

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.forms.ui_check_data_dialog import Ui_CheckDataDialog
from sangkien_desktop.gui.jobs import Job, run_job
from sangkien_desktop.gui.labels import core_text, exception_text


class CheckDataDialog(QDialog):
    """``changed`` is True once a repair changed what the list shows (the search index)."""

    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_CheckDataDialog()
        self.ui.setupUi(self)
        self.report: data_check.CheckReport | None = None
        self.changed = False
        self.restored = False
        self.job: Job | None = None
        self._stop = threading.Event()
        if app_data.read_only:
            self.ui.introLabel.setText(self.ui.introLabel.text() + "\n" + self.tr(
                "Thư mục dữ liệu chỉ cho đọc: chỉ kiểm tra, không sửa gì."))
        self.ui.restoreButton.hide()
        self.ui.openFolderButton.hide()
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.startButton.clicked.connect(self.start)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(self.accept)
        ui.restoreButton.clicked.connect(self.offer_restore)
        ui.openFolderButton.clicked.connect(self.open_moved)

    @classmethod
    def run(cls, parent: QWidget | None, app_data: AppData) -> CheckDataDialog:
        dialog = cls(app_data, parent)
        dialog.start()
        dialog.exec()
        return dialog

    def busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def start(self) -> None:
        if self.busy():
            return
        self._stop.clear()
        self.report = None
        self.ui.resultView.clear()
        self.ui.progressBar.setValue(0)
        self.ui.stageLabel.setText(self.tr("Đang kiểm tra…"))
        layout, db, folder = self.app_data.layout, self.app_data.db, self.app_data.folder
        stop = self._stop

        def work():
            return (yield from data_check.iter_check_data(
                layout, db, cancelled=stop.is_set, session=folder))

        self.job = run_job(self, work, title=self.tr("Kiểm tra dữ liệu"), show_progress=False,
                           on_progress=self._progress, on_success=self._done,
                           on_failure=self._failed, on_cancel=self._cancelled)
        self._update_buttons()

    def cancel(self) -> None:
        if self.busy():
            self._stop.set()
            assert self.job is not None  # busy() says a job runs
            self.job.cancel()

    def _progress(self, done: int, total: int, stage: str) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(min(done, total))
        if stage:
            self.ui.stageLabel.setText(core_text(stage))

    def _done(self, report: data_check.CheckReport) -> None:
        self.report = report
        if report.cancelled:
            self._cancelled()
            return
        self.ui.progressBar.setValue(self.ui.progressBar.maximum())
        left = len(report.problems_left)
        summary = counts.fill(self.tr("Đã kiểm tra %1 và %2."),
                              counts.dossiers(report.dossiers), counts.attachments(report.files))
        if not report.findings:
            summary += " " + self.tr("Không thấy vấn đề gì.")
        elif left:
            summary += " " + self.tr("Còn %n vấn đề cần xử lý.", "", left)
        else:
            summary += " " + self.tr("Đã sửa xong những gì tìm thấy.")
        self.ui.stageLabel.setText(summary)
        lines = []
        for finding in report.findings:
            mark = self.tr("ĐÃ SỬA") if finding.repaired else (
                self.tr("LỖI") if finding.severity == data_check.ERROR else self.tr("LƯU Ý"))
            lines.append(f"[{mark}] {core_text(finding.message)}")
            lines += [f"    {line}" for line in finding.details[:50]]
        self.ui.resultView.setPlainText("\n".join(lines))
        self.changed = any(f.repaired and f.code == "search_index" for f in report.findings)
        self.ui.restoreButton.setVisible(report.damaged and not self.app_data.read_only)
        self.ui.openFolderButton.setVisible(report.moved_to is not None)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.ui.stageLabel.setText(self.tr("Không kiểm tra được."))
        self.ui.resultView.setPlainText(exception_text(exc))
        self._update_buttons()

    def _cancelled(self) -> None:
        self.ui.stageLabel.setText(self.tr("Đã hủy kiểm tra; không có gì bị thay đổi."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.busy()
        self.ui.startButton.setEnabled(not busy)
        self.ui.cancelButton.setEnabled(busy)
        self.ui.closeButton.setEnabled(not busy)

    def offer_restore(self) -> None:
        from sangkien_desktop.gui.dialogs.damaged_data_dialog import DamagedDataDialog

        message = core_text(self.report.findings[0].message) if self.report else ""
        if DamagedDataDialog.ask(self, self.app_data.layout, message,
                                 before_restore=self.app_data.db.close) is not None:
            self.restored = True
            self.accept()

    def open_moved(self) -> None:
        if self.report is not None and self.report.moved_to is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.moved_to)))

    def reject(self) -> None:  # Esc while checking cancels instead of leaving a worker behind
        if self.busy():
            self.cancel()
            return
        super().reject()
