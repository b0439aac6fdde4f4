"""The composition root: the Qt application, translations, data, the main window.

Start-up paints the list first and loads the rest after (gui/first_paint.py); what start-up
does once the list is on screen and the rest is loaded starts in one place,
``after_first_paint``. Keep this module's imports to what the first paint needs
(tests/gui/test_startup_imports.py).
"""

from __future__ import annotations

import gc
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from sangkien_desktop import APP_ID, APP_NAME, __version__, paths
from sangkien_desktop.domain.errors import DAMAGE_CODES, SangKienError
from sangkien_desktop.paths import DataLayout, portable_data_dir
from sangkien_desktop.resources import resource_path

from sangkien_desktop.gui import first_paint, language, window_fit
from sangkien_desktop.gui.labels import core_text, exception_text

if TYPE_CHECKING:
    from sangkien_desktop.services.context import AppData

    from sangkien_desktop.gui.main_window import MainWindow


def load_fonts() -> None:
    """Liberation Serif (metric-compatible with Times New Roman) for document previews."""
    from PySide6.QtGui import QFontDatabase

    for path in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def app_icon() -> QIcon:
    """The light-bulb icon in every rendered size (resources/icons/sangkien-<size>.png)."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("sangkien-*.png")):
        icon.addFile(str(path))
    return icon


def use_portable_settings() -> None:
    """In portable mode the window's settings go to an .ini file in the data folder beside the
    program, so a USB stick carries them along and leaves nothing on the host computer."""
    folder = portable_data_dir()
    if folder is None:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def create_application(argv: list[str] | None = None, *, fit_windows: bool = True) -> QApplication:
    """The application, its names, icon, settings' place and language; with ``fit_windows``
    every window fits the screen (``run`` installs that itself, after the first paint)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    # Lets Wayland and the task bar match the window to packaging/linux/sangkien-desktop.desktop.
    app.setDesktopFileName("sangkien-desktop")
    use_portable_settings()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    # Dates and numbers keep the Vietnamese conventions in every language (documents and data
    # are Vietnamese); the language setting changes the interface's words only.
    language.install(language.startup_language())
    if fit_windows:
        window_fit.install(app)  # every window fits the screen and remembers its size
    return app


def explain_at_start(data_dir: str | None, exc: BaseException) -> bool:
    """Why the data cannot be opened. Damaged data gets the list of good backups and the
    restore (True once restored: open again); anything else (a full disk, a newer version)
    is explained in a message box (False: the program ends)."""
    from PySide6.QtWidgets import QMessageBox

    message = exception_text(exc)
    if isinstance(exc, SangKienError) and exc.code in DAMAGE_CODES:
        from sangkien_desktop.gui.dialogs.damaged_data_dialog import DamagedDataDialog

        layout = DataLayout(paths.data_dir(data_dir))
        return DamagedDataDialog.ask(None, layout, message, at_start=True) is not None
    QMessageBox.critical(None, APP_NAME, message)
    return False


def open_data_or_explain(data_dir: str | None, database: str | None = None) -> AppData | None:
    """The data opened (a shared database's password asked when the server refused the login
    and none is stored), or None once the officer gave up or the program cannot go on."""
    from sangkien_desktop.services.context import open_app_data

    password: str | None = None
    while True:
        try:
            return open_app_data(data_dir, window=True, database=database, password=password)
        except (SangKienError, OSError) as exc:
            if isinstance(exc, SangKienError) and exc.code == "db_server_login":
                from sangkien_desktop.gui.dialogs.password_dialog import PasswordDialog

                password = PasswordDialog.ask(None, exception_text(exc), exc.params)
                if password is not None:
                    continue
                return None
            if isinstance(exc, SangKienError) and exc.code.startswith("db_server_"):
                # The shared database cannot be opened now (the network, the server): try again,
                # or work on this computer's own data this time; the choice stays as it was.
                answer = ask_without_server(exception_text(exc))
                if answer == RETRY:
                    continue
                if answer == LOCAL_DATA:
                    database, password = LOCAL_DATA, None  # services.shared_database.LOCAL
                    continue
                return None
            if not explain_at_start(data_dir, exc):
                return None


RETRY, LOCAL_DATA = "retry", "local"


def ask_without_server(message: str) -> str | None:
    """RETRY, LOCAL_DATA (this computer's data folder, this time only), or None to quit."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message,
                      QMessageBox.StandardButton.NoButton)
    retry = box.addButton(QCoreApplication.translate("StartUp", "Thử lại"), QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(QCoreApplication.translate("StartUp", "Dùng dữ liệu trên máy này"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("StartUp", "Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(QCoreApplication.translate("StartUp", "Dữ liệu trên máy này là dữ liệu riêng của máy, không phải dữ liệu dùng chung. Lần mở sau chương trình lại thử máy chủ (đổi trong Công cụ → Dữ liệu dùng chung)."))
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return RETRY if clicked is retry else LOCAL_DATA if clicked is local else None


def install_error_hook(window: QWidget) -> None:
    """A damaged page met while scrolling, a disk filling up during some action no dialog
    guards: said in a box (with the restore offered for damage), never only a traceback."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:
        if not isinstance(exc, SangKienError):
            previous(kind, exc, tb)
            return
        if exc.code in DAMAGE_CODES:
            from sangkien_desktop.gui.backup_runner import offer_restore

            offer_restore(window, exception_text(exc))
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(window, APP_NAME, exception_text(exc))

    sys.excepthook = hook


def warn_about_journal(parent: QWidget, app_data: AppData) -> None:
    """Says once, at start, that the data folder cannot use WAL (a network share)."""
    from PySide6.QtWidgets import QMessageBox

    notice = app_data.db.journal_notice
    if notice is not None:
        QMessageBox.warning(parent, APP_NAME, core_text(notice))


def after_first_paint(window: MainWindow, app_data: AppData, *, open_file: str | None = None) -> None:
    """What start-up does once the list is on screen and the rest of the program is loaded
    (the window attached to ``app_data``). The one place such work starts: whatever reads or
    writes much on disk runs off the GUI thread (backup_runner, jobs)."""
    from PySide6.QtWidgets import QMessageBox

    from sangkien_desktop.gui import backup_runner

    load_fonts()
    # Leftovers of a crash, the quick check when due, the daily backup: on the runner's thread.
    backup_runner.run_start_work(window, app_data)
    QTimer.singleShot(0, window.offer_setup)  # a new data folder: set the unit up first
    QTimer.singleShot(0, window.recover_drafts)
    for note in app_data.folder.notes if app_data.folder else []:
        QTimer.singleShot(0, lambda note=note: QMessageBox.information(
            window, APP_NAME, core_text(note)))
    QTimer.singleShot(0, lambda: warn_about_journal(window, app_data))
    if open_file:
        QTimer.singleShot(0, lambda: window.open_package(Path(open_file)))


def _painted_window(data_dir: str | None,
                    database: str | None = None) -> tuple[MainWindow, first_paint.RestLoader] | None:
    """The window on the list alone, when the database allows it (first_paint.open_list)."""
    start = first_paint.open_list(data_dir, database)
    if start is None:
        return None
    from sangkien_desktop.gui.main_window import MainWindow
    from sangkien_desktop.gui.models.list_reader import ListReader

    try:
        window = MainWindow(reader=ListReader(start.layout.database, connection=start.connection),
                            labels=start.labels)
    except (sqlite3.Error, SangKienError):  # the first page does not read: the full way says why
        start.connection.close()
        return None
    loader = first_paint.RestLoader(data_dir, window)
    window.wait_for(loader.wait)
    return window, loader


def _opened_window(data_dir: str | None, database: str | None = None) -> MainWindow | None:
    """The full way: the data folder opened (created, migrated, or restored from a backup
    when damaged), then the window on it; None when the program cannot go on."""
    from sangkien_desktop.gui.main_window import MainWindow

    while True:
        app_data = open_data_or_explain(data_dir, database)
        if app_data is None:
            return None
        try:
            window = MainWindow(app_data)  # the first page of the list is read here
        except SangKienError as exc:
            app_data.close(window=True)
            if not explain_at_start(data_dir, exc):
                return None
            continue
        _apply_read_only(window, app_data)
        return window


def _apply_read_only(window: MainWindow, app_data: AppData) -> None:
    """A data folder that cannot be written: the window says so and disables editing."""
    if app_data.read_only:
        from sangkien_desktop.gui import read_only

        read_only.apply(window)


def _stop_jobs() -> None:
    """No worker thread outlives the window (jobs is imported here, not before the paint)."""
    from sangkien_desktop.gui import jobs

    jobs.stop_all()


def run(data_dir: str | None = None, quit_after_load: bool = False,
        open_file: str | None = None, quit_when_ready: bool = False,
        database: str | None = None) -> int:
    """Opens the window; with ``open_file`` (an exchange package given on the command line or
    by the file association) the import dialog for it follows once the window is up.

    ``quit_after_load`` quits once the list is painted; ``quit_when_ready`` once the rest of the
    program has loaded too (the window attached, before ``after_first_paint``): both for tests
    and benchmarks/startup.py. ``database`` names a shared database on a server (``--database``;
    else the environment or this computer's settings decide, services/shared_database.py)."""
    # Every window fits the screen (window_fit): a filter that sees every event, installed
    # after the first paint when the list is painted first; the main window is fitted here.
    app = create_application(fit_windows=False)
    painted = _painted_window(data_dir, database)
    loader: first_paint.RestLoader | None = None
    if painted is None:
        window_fit.install(app)  # the damaged-data dialog, a message, fit as any window
        window = _opened_window(data_dir, database)
        if window is None:
            return 2
    else:
        window, loader = painted
        window_fit.fit_once(window)
    exit_code = 0

    def ready() -> None:
        """The rest is loaded: attach the window, then what start-up does after the paint."""
        nonlocal exit_code
        try:
            data = window.app_data  # waits for the loader if it has not finished
        except Exception as exc:  # noqa: BLE001 - what opening the data folder raised
            reopened = (open_data_or_explain(data_dir, database)
                        if explain_at_start(data_dir, exc) else None)
            if reopened is None:
                exit_code = 2
                window.close()
                return
            window.model.reader.reopen()  # the data was restored from a backup
            window.attach(reopened)
            window.reload()
            data = reopened
        if loader is not None:  # the full way did this before the paint
            _apply_read_only(window, data)
        if quit_when_ready:
            QTimer.singleShot(0, app.quit)
            return
        after_first_paint(window, data, open_file=open_file)

    def painted_once() -> None:
        window.listPainted.disconnect(painted_once)
        gc.enable()  # off until now when started from the command line (cli: _gui)
        window_fit.install(app)
        if quit_after_load:
            QTimer.singleShot(0, app.quit)
        elif loader is not None:
            loader.start()  # unless an action already waited for it
        else:
            ready()

    if loader is not None:
        loader.finished.connect(ready)
    window.listPainted.connect(painted_once)
    install_error_hook(window)
    app.aboutToQuit.connect(_stop_jobs)
    window.show()
    try:
        return app.exec() or exit_code
    finally:
        window.model.reader.close()
        if window.attached:
            window.app_data.close(window=True)
        elif loader is not None and loader.started():
            try:
                loader.wait().close(window=True)
            except Exception:  # noqa: BLE001 - already told in ready()
                pass
