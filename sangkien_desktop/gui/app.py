"""The composition root: the Qt application, fonts, translations, data, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sangkien_desktop import APP_ID, APP_NAME, __version__
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.paths import portable_data_dir
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
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def create_application(argv: list[str] | None = None) -> QApplication:
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
    load_fonts()
    # Dates and numbers keep the Vietnamese conventions in every language (documents and data
    # are Vietnamese); the language setting changes the interface's words only.
    language.install(language.startup_language())
    return app


def open_data_or_explain(data_dir: str | None) -> AppData | None:
    try:
        return open_app_data(data_dir)
    except (SangKienError, OSError) as exc:
        message = exception_text(exc)
        QMessageBox.critical(None, APP_NAME, message)
        return None


def warn_about_journal(parent: QWidget, app_data: AppData) -> None:
    """Says once, at start, that the data folder cannot use WAL (a network share)."""
    notice = app_data.db.journal_notice
    if notice is not None:
        QMessageBox.warning(parent, APP_NAME, core_text(notice))


def run(data_dir: str | None = None, quit_after_load: bool = False,
        open_file: str | None = None) -> int:
    """Opens the window; with ``open_file`` (an exchange package given on the command line or
    by the file association) the import dialog for it follows once the window is up."""
    app = create_application()
    app_data = open_data_or_explain(data_dir)
    if app_data is None:
        return 2
    from sangkien_desktop.gui.backup_runner import schedule_daily_backup
    from sangkien_desktop.gui.main_window import MainWindow

    window = MainWindow(app_data)
    # After the first paint, so the daily backup never delays the list.
    schedule_daily_backup(window, app_data.layout, window.listPainted)
    app.aboutToQuit.connect(jobs.stop_all)  # no worker thread outlives the window
    if quit_after_load:
        window.listPainted.connect(lambda: QTimer.singleShot(0, app.quit))
    else:
        QTimer.singleShot(0, window.recover_drafts)
    if open_file:
        QTimer.singleShot(0, lambda: window.open_package(Path(open_file)))
    window.show()
    QTimer.singleShot(0, lambda: warn_about_journal(window, app_data))
    try:
        return app.exec()
    finally:
        app_data.close()
