"""Work on the data folder taken off the GUI thread: at start, once the list is first painted,
the removal of what a crash left, the quick check when due and the daily backup; and "Sao lưu
ngay". The window stays usable; the status bar says where the backup went, and damaged data
is reported at once with the restore offered.

The worker is a plain (non-daemon) thread: a backup still running when the window closes is
finished before the process exits, rather than left half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from sangkien_desktop.domain.errors import DAMAGE_CODES, SangKienError
from sangkien_desktop.services.backup import backups
from sangkien_desktop.services.context import AppData

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.labels import error_text, exception_text

MESSAGE_MS = 15000



class BackupRunner(QObject):
    """Runs one backup job at a time on a worker thread; reports through queued signals."""

    finished = Signal(object)  # BackupInfo, or None when nothing was due
    failed = Signal(str)
    damaged = Signal(str)  # a check found the data damaged: the message

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        # Cleared by the worker before it reports: the slots the report reaches (queued on the
        # GUI thread) already see the runner idle, though the thread may not have ended yet.
        self._running = False
        self.loud = False  # a failure is also shown in a message box (asked for by the user)

    def busy(self) -> bool:
        return self._running

    def start(self, job: Callable[[], backups.BackupInfo | None], *, loud: bool = False) -> bool:
        """Starts ``job`` unless a backup is already running; False when it did not start."""
        if self.busy():
            return False
        self.loud = loud

        def work() -> None:
            try:
                result = job()
            except SangKienError as exc:
                self._running = False
                signal = self.damaged if exc.code in DAMAGE_CODES else self.failed
                signal.emit(error_text(exc.message))
                return
            except OSError as exc:
                self._running = False
                self.failed.emit(exception_text(exc))
                return
            except BaseException:
                self._running = False
                raise
            self._running = False
            self.finished.emit(result)

        self._running = True
        self._thread = threading.Thread(target=work, name="sangkien-backup")
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)


def backup_message(info: backups.BackupInfo) -> str:
    return counts.fill(
        QCoreApplication.translate("BackupRunner", "Đã sao lưu %1 và các tệp đính kèm vào %2"),
        counts.dossiers(info.dossier_count), info.path,
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
    runner.damaged.connect(lambda message: offer_restore(window, message))
    return runner


@runtime_checkable
class RestoringWindow(Protocol):
    """What a restore needs of the main window (gui/main_window.py, which imports this
    module): its data folder, and to read the data again once it was replaced."""

    app_data: AppData

    def data_replaced(self) -> None: ...


def offer_restore(window: QWidget, message: str) -> bool:
    """Damaged data found while the window is open: says so, and offers the list of good
    backups to restore from. True when the data was restored (the window then reloads)."""
    question = message + "\n\n" + QCoreApplication.translate(
        "BackupRunner", "Mở danh sách bản sao lưu tốt để khôi phục ngay?")
    title = QCoreApplication.translate("BackupRunner", "Dữ liệu bị hỏng")
    if QMessageBox.question(window, title, question) != QMessageBox.StandardButton.Yes:
        return False
    from sangkien_desktop.gui.dialogs.damaged_data_dialog import DamagedDataDialog

    assert isinstance(window, RestoringWindow), "a restore is offered by the main window"
    app_data = window.app_data
    if DamagedDataDialog.ask(window, app_data.layout, message,
                             before_restore=app_data.db.close) is None:
        return False
    window.data_replaced()
    return True


def backup_now(window: QMainWindow, app_data: AppData) -> bool:
    """"Sao lưu ngay": a backup on demand, in the background; False if one is already running."""
    runner = runner_for(window)
    if not runner.start(lambda: app_data.backup(backups.Reason.MANUAL), loud=True):
        window.statusBar().showMessage(QCoreApplication.translate("BackupRunner", "Đang sao lưu, xin chờ…"), MESSAGE_MS)
        return False
    window.statusBar().showMessage(QCoreApplication.translate("BackupRunner", "Đang sao lưu…"))
    return True


def start_work(app_data: AppData) -> backups.BackupInfo | None:
    """What a window does once its list is painted, in the background: removes what a crash
    left in the data folder, runs the quick check when it is due (weekly, and after a window
    that did not close properly), then takes the daily backup if the last is a day old.
    Nothing in a read-only folder. Raises DatabaseDamagedError or DataDamagedError on damage."""
    # Imported here, in the worker: nothing of this is needed for the first paint.
    from sangkien_desktop.services.backup import data_check, data_folder

    folder = app_data.folder
    if app_data.read_only or folder is None:
        return None
    data_folder.clean_leftovers(folder)
    if app_data.db.server is None:  # a server keeps its own files whole
        data_check.start_check(folder, app_data.db)
    return app_data.backup_if_due()


def run_start_work(window: QMainWindow, app_data: AppData) -> None:
    """Runs ``start_work`` on the window's runner (at start-up, from gui/app.py:
    after_first_paint, once the list is painted and the rest loaded)."""
    runner_for(window).start(lambda: start_work(app_data))


def schedule_start_work(window: QMainWindow, app_data: AppData, painted: SignalInstance) -> None:
    """Once the list has been painted, runs ``start_work`` on the window's runner."""

    def start() -> None:
        painted.disconnect(start)
        run_start_work(window, app_data)

    painted.connect(start)
