"""The composition root: the Qt application, fonts, translations, data, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sangkien_desktop import APP_ID, APP_NAME, __version__, paths
from sangkien_desktop.domain.errors import DAMAGE_CODES, SangKienError
from sangkien_desktop.paths import DataLayout, portable_data_dir
from sangkien_desktop.resources import resource_path
from sangkien_desktop.services.context import AppData, open_app_data

from sangkien_desktop.gui import jobs, language
from sangkien_desktop.gui.labels import core_text, exception_text


def load_fonts() -> None:
    """Liberation Serif (metric-compatible with Times New Roman) for document previews."""
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
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    # Lets Wayland and the task bar match the window to packaging/linux/sangkien-desktop.desktop.
    app.setDesktopFileName("sangkien-desktop")
    use_portable_settings()
    QLocale.setDefault(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    load_fonts()
    # Dates and numbers keep the Vietnamese conventions in every language (documents and data
    # are Vietnamese); the language setting changes the interface's words only.
    language.install(language.startup_language())
    return app


def explain_at_start(data_dir: str | None, exc: BaseException) -> bool:
    """Why the data cannot be opened. Damaged data gets the list of good backups and the
    restore (True once restored: open again); anything else (a full disk, a newer version)
    is explained in a message box (False: the program ends)."""
    message = exception_text(exc)
    if isinstance(exc, SangKienError) and exc.code in DAMAGE_CODES:
        from sangkien_desktop.gui.dialogs.damaged_data_dialog import DamagedDataDialog

        layout = DataLayout(paths.data_dir(data_dir))
        return DamagedDataDialog.ask(None, layout, message, at_start=True) is not None
    QMessageBox.critical(None, APP_NAME, message)
    return False


def open_data_or_explain(data_dir: str | None, database: str | None = None) -> AppData | None:
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
            if not explain_at_start(data_dir, exc):
                return None


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

            offer_restore(window, exception_text(exc))  # type: ignore[arg-type]
        else:
            QMessageBox.warning(window, APP_NAME, exception_text(exc))

    sys.excepthook = hook


def run(data_dir: str | None = None, quit_after_load: bool = False,
        open_file: str | None = None, database: str | None = None) -> int:
    """Opens the window; with ``open_file`` (an exchange package given on the command line or
    by the file association) the import dialog for it follows once the window is up."""
    app = create_application()
    from sangkien_desktop.gui.backup_runner import schedule_start_work
    from sangkien_desktop.gui.main_window import MainWindow

    while True:
        app_data = open_data_or_explain(data_dir, database)
        if app_data is None:
            return 2
        try:
            window = MainWindow(app_data)  # the first page of the list is read here
            break
        except SangKienError as exc:
            app_data.close(window=True)
            if not explain_at_start(data_dir, exc):
                return 2
    if app_data.read_only:
        from sangkien_desktop.gui import read_only

        read_only.apply(window)
    # After the first paint, off the GUI thread: leftovers, the quick check, the daily backup.
    schedule_start_work(window, app_data, window.listPainted)
    install_error_hook(window)
    app.aboutToQuit.connect(jobs.stop_all)  # no worker thread outlives the window
    if quit_after_load:
        window.listPainted.connect(lambda: QTimer.singleShot(0, app.quit))
    else:
        QTimer.singleShot(0, window.recover_drafts)
    for note in app_data.folder.notes if app_data.folder else []:
        QTimer.singleShot(0, lambda note=note: QMessageBox.information(
            window, APP_NAME, core_text(note)))
    if open_file:
        QTimer.singleShot(0, lambda: window.open_package(Path(open_file)))
    window.show()
    try:
        return app.exec()
    finally:
        app_data.close(window=True)
