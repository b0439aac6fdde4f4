"""A read-only data folder (a locked USB stick, a CD, a folder without write rights): the
window says so in its title bar and status bar, and every action that would change the data
is disabled with a tooltip saying why. Viewing, searching, printing and exporting elsewhere
stay; the dossier editor opens for reading only."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
)

if TYPE_CHECKING:
    from sangkien_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from sangkien_desktop.gui.models.dossier_table import DossierTableModel

# The main window's actions that change the data (or write into the data folder).
EDITING_ACTIONS = (
    "actionNew", "actionDelete", "actionBin", "actionSettings", "actionImportJson",
    "actionImportXlsx", "actionImportPackage", "actionPortalOutbox", "actionBackupNow",
    "actionBackups", "actionCouncils", "actionMeetings", "actionDecisions", "actionNominations",
    "actionTargets", "actionReceived",
)
# Editor buttons that only look (page through steps, open an attachment, history, close).
_LOOKING = frozenset({"prevButton", "nextButton", "historyButton", "openAttachmentButton",
                      "otherVersionButton", "goToFieldButton", "recheckButton",
                      "compareButton"})


def reason() -> str:
    return QCoreApplication.translate(
        "ReadOnly", "Thư mục dữ liệu chỉ cho đọc (ổ USB bị gạt khóa ghi, đĩa CD, hoặc tài khoản "
        "không có quyền ghi): xem, tìm, in và xuất ra nơi khác được, nhưng không sửa được. Để "
        "sửa, hãy mở khóa ghi hoặc chép thư mục dữ liệu sang ổ đĩa ghi được rồi mở lại.")


@runtime_checkable
class ListWindow(Protocol):
    """What read-only mode needs of the main window (gui/main_window.py): its form and its
    list's model."""

    ui: Ui_MainWindow
    model: DossierTableModel


def apply(window: QMainWindow) -> None:
    """Puts the main window in read-only mode (``window.ui`` is its Designer form)."""
    why = reason()
    window.setWindowTitle(window.windowTitle() + " — "
                          + QCoreApplication.translate("ReadOnly", "chỉ đọc"))
    badge = QLabel(QCoreApplication.translate("ReadOnly", "Chỉ đọc"), window)
    badge.setObjectName("readOnlyBadge")
    badge.setToolTip(why)
    window.statusBar().addPermanentWidget(badge)
    for menu in window.menuBar().findChildren(QMenu):
        menu.setToolTipsVisible(True)
    assert isinstance(window, ListWindow), "read-only mode is for the main window"
    ui = window.ui

    def disable(*_args) -> None:
        for name in EDITING_ACTIONS:
            action = getattr(ui, name)
            action.setEnabled(False)
            action.setToolTip(why)

    disable()
    # The window enables some of them again as the selection changes: disable them after it.
    ui.dossierTable.selectionModel().selectionChanged.connect(disable)
    window.model.modelReset.connect(disable)


def lock_editor(editor: QDialog) -> None:
    """The dossier editor for reading only: nothing can be typed, chosen or saved."""
    why = reason()
    editor.setWindowTitle(editor.windowTitle() + " — "
                          + QCoreApplication.translate("ReadOnly", "chỉ đọc"))
    typed: list[QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox] = [
        *editor.findChildren(QLineEdit), *editor.findChildren(QTextEdit),
        *editor.findChildren(QPlainTextEdit), *editor.findChildren(QAbstractSpinBox)]
    for typing_widget in typed:
        typing_widget.setReadOnly(True)
    for widget in editor.findChildren(QComboBox):
        widget.setEnabled(False)
    for view in editor.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    boxes = editor.findChildren(QDialogButtonBox)
    for button in editor.findChildren(QAbstractButton):
        if button.objectName() in _LOOKING or any(button in box.buttons() for box in boxes):
            continue
        button.setEnabled(False)
        button.setToolTip(why)
    for box in boxes:
        save = box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(False)
            save.setToolTip(why)
