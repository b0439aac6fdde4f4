"""The Excel actions that need no dialog of their own: export the list as filtered, save the
import template (menu entries), export a table a dialog shows (a nomination's summary table,
a campaign's progress table). Each asks where to save, writes, and says where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers.list_query import DossierQuery
from sangkien_desktop.services.exchange import spreadsheets

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.labels import exception_text


def _ask_path(window: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(window, title, suggested, QCoreApplication.translate("xlsx_actions", "Tệp Excel (*.xlsx)"))
    if not path:
        return None
    return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")


def _failed(window: QWidget, exc: Exception) -> None:
    message = exception_text(exc)
    QMessageBox.warning(window, QCoreApplication.translate("xlsx_actions", "Không ghi được tệp Excel"), message)


def export_list(window: QMainWindow, app_data: AppData, query: DossierQuery) -> Path | None:
    """Writes the dossiers the list shows (same filters, same order) to a file the user picks."""
    path = _ask_path(window, QCoreApplication.translate("xlsx_actions", "Xuất danh sách hồ sơ ra Excel"), "danh-sach-ho-so.xlsx")
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with app_data.db.session() as session:
            count = spreadsheets.export_dossier_list(session, path, app_data.campaigns, query)
    except (SangKienError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        _failed(window, exc)
        return None
    QGuiApplication.restoreOverrideCursor()
    window.statusBar().showMessage(
        counts.fill(QCoreApplication.translate("xlsx_actions", "Đã xuất %1 ra %2"), counts.dossiers(count), path),
        8000,
    )
    return path


def save_template(window: QMainWindow, app_data: AppData) -> Path | None:
    path = _ask_path(window, QCoreApplication.translate("xlsx_actions", "Lưu mẫu Excel để nhập hồ sơ"), "mau-nhap-ho-so.xlsx")
    if path is None:
        return None
    try:
        spreadsheets.save_template(path, app_data.campaigns)
    except (SangKienError, OSError) as exc:
        _failed(window, exc)
        return None
    window.statusBar().showMessage(QCoreApplication.translate("xlsx_actions", "Đã lưu mẫu nhập hồ sơ ra %1").replace("%1", str(path)), 8000)
    return path


def export_table(
    parent: QWidget,
    app_data: AppData,
    title: str,
    suggested: str,
    write: Callable[[Session, Path], object],
) -> Path | None:
    """Asks where to save, lets ``write(session, path)`` write the sheet, then opens it in the
    system's spreadsheet program, as the dialogs do with the documents they print."""
    path = _ask_path(parent, title, suggested)
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with app_data.db.session() as session:
            write(session, path)
    except (SangKienError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        _failed(parent, exc)
        return None
    QGuiApplication.restoreOverrideCursor()
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
