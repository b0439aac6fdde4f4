"""The icons of the toolbar and menus: Lucide (ISC; its licence in resources/licenses/lucide.txt,
listed in Help → Giới thiệu), one SVG per action in resources/icons/actions/. The tool bar's
are set before the first paint (the frame shows its buttons as they stay), the menus' after it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QWidget

from sangkien_desktop.resources import resource_path

# Action object name → icon file (without .svg). One meaning per icon across the program.
ACTION_ICONS = {
    "actionNew": "file-plus",
    "actionEdit": "pencil",
    "actionDelete": "trash-2",
    "actionCheck": "list-checks",
    "actionSubmit": "file-check",
    "actionSelectAll": "square-check",
    "actionPrint": "printer",
    "actionBin": "archive-restore",
    "actionSettings": "settings",
    "actionImportJson": "file-input",
    "actionExportJson": "file-output",
    "actionImportXlsx": "file-spreadsheet",
    "actionExportXlsx": "sheet",
    "actionSaveXlsxTemplate": "file-down",
    "actionImportPackage": "package-open",
    "actionPortalOutbox": "globe",
    "actionBackupNow": "hard-drive-download",
    "actionBackups": "database-backup",
    "actionCheckData": "shield-check",
    "actionErasePerson": "user-x",
    "actionHistory": "history",
    "actionCouncils": "users",
    "actionMeetings": "calendar-check",
    "actionDecisions": "stamp",
    "actionNominations": "send",
    "actionTargets": "target",
    "actionReceived": "inbox",
    "actionFind": "search",
    "actionRefresh": "refresh-cw",
    "actionQuit": "log-out",
    "actionGuide": "book-open",
    "actionAbout": "info",
}


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", "actions", f"{name}.svg")))


def apply(window: QWidget, actions: Iterable[QAction] | None = None) -> int:
    """Gives each of ``actions`` (the window's, by default) without one its icon; returns how
    many were set."""
    done = 0
    for action in window.findChildren(QAction) if actions is None else actions:
        name = ACTION_ICONS.get(action.objectName())
        if name is not None and action.icon().isNull():
            action.setIcon(icon(name))
            done += 1
    return done
