"""Backups taken off the GUI thread: the daily one after the list is first painted, and
"Sao lưu ngay". The window stays usable; the status bar says where the backup went.

The worker is a plain (non-daemon) thread: a backup still running when the window closes is
finished before the process exits, rather than left half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QMainWindow, QMessageBox

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.backup import backups

from sangkien_desktop.gui.labels import error_text

MESSAGE_MS = 15000



class BackupRunner(QObject):
    """Runs one backup job at a time on a worker thread; reports through queued signals."""

    finished = Signal(object)  # BackupInfo, or None when nothing was due
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self.loud = False  # a failure is also shown in a message box (asked for by the user)

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, job: Callable[[], backups.BackupInfo | None], *, loud: bool = False) -> bool:
        """Starts ``job`` unless a backup is already running; False when it did not start."""
        if self.busy():
            return False
        self.loud = loud

        def work() -> None:
            try:
                result = job()
            except SangKienError as exc:
                self.failed.emit(error_text(exc.message))
                return
            except OSError as exc:
                self.failed.emit(str(exc))
                return
            self.finished.emit(result)

        self._thread = threading.Thread(target=work, name="sangkien-backup")
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


def backup_message(info: backups.BackupInfo) -> str:
    return (
        QCoreApplication.translate("BackupRunner", "Đã sao lưu %1 hồ sơ và các tệp đính kèm vào %2")
        .replace("%1", str(info.dossier_count))
        .replace("%2", str(info.path))
    )


def runner_for(window: QMainWindow) -> BackupRunner:
    """The window's one runner, created on first use, reporting in the window's status bar."""
    runner = window.findChild(BackupRunner, "backupRunner")
    if runner is not None:
        return runner
    runner = BackupRunner(window)
    runner.setObjectName("backupRunner")

    def done(info: backups.BackupInfo | None) -> None:
        if info is not None:
            window.statusBar().showMessage(backup_message(info), MESSAGE_MS)

    def failed(message: str) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("BackupRunner", "Sao lưu không thành công: %1").replace("%1", message), MESSAGE_MS
        )
        if runner.loud:
            QMessageBox.warning(window, QCoreApplication.translate("BackupRunner", "Sao lưu không thành công"), message)

    runner.finished.connect(done)
    runner.failed.connect(failed)
    return runner


def backup_now(window: QMainWindow, layout: DataLayout) -> bool:
    """"Sao lưu ngay": a backup on demand, in the background; False if one is already running."""
    runner = runner_for(window)
    if not runner.start(lambda: backups.backup_now(layout, backups.Reason.MANUAL), loud=True):
        window.statusBar().showMessage(QCoreApplication.translate("BackupRunner", "Đang sao lưu, xin chờ…"), MESSAGE_MS)
        return False
    window.statusBar().showMessage(QCoreApplication.translate("BackupRunner", "Đang sao lưu…"))
    return True


def start_daily_backup(window: QMainWindow, layout: DataLayout) -> None:
    """Takes the daily backup in the background if the last is a day old (at start-up, from
    gui/app.py: after_first_paint)."""
    runner_for(window).start(lambda: backups.backup_if_due(layout))


def schedule_daily_backup(window: QMainWindow, layout: DataLayout, painted: SignalInstance) -> None:
    """Once the list has been painted, takes the daily backup if the last is a day old."""

    def start() -> None:
        painted.disconnect(start)
        start_daily_backup(window, layout)

    painted.connect(start)
