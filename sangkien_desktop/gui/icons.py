"""The icons of the toolbar and menus: Lucide (ISC; its licence in resources/licenses/lucide.txt,
listed in Help → Giới thiệu), one SVG per action in resources/icons/actions/. The tool bar's
are set before the first paint (the frame shows its buttons as they stay), the menus' after it.

The tool bar's icons come from PNG files rendered from those SVGs at the tool bar's sizes
(resources/icons/toolbar/, written by tools/toolbar_icons.py; a test holds them equal to the
SVG's rendering): reading a PNG spares the first paint loading Qt's SVG plugin. At a size
without its file (an unusual screen scale) the SVG is used, as in the menus.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QToolBar, QWidget

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


# The tool bar's icon size in pixels at the usual screen scales (100, 125, 150 and 200 %).
TOOLBAR_SIZES = (20, 25, 30, 40)


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", "actions", f"{name}.svg")))


def toolbar_png(name: str, pixels: int):
    """Where the PNG of icon ``name`` at ``pixels`` × ``pixels`` is (it may be missing)."""
    return resource_path("icons", "toolbar", f"{name}-{pixels}.png")


def apply_toolbar(toolbar: QToolBar) -> int:
    """The tool bar's actions' icons: the PNG of the size the tool bar shows on this screen,
    else the SVG. Returns how many were set."""
    pixels = round(toolbar.iconSize().width() * toolbar.devicePixelRatioF())
    done = 0
    for action in toolbar.actions():
        name = ACTION_ICONS.get(action.objectName())
        if name is None or not action.icon().isNull():
            continue
        png = toolbar_png(name, pixels)
        action.setIcon(QIcon(str(png)) if png.is_file() else icon(name))
        done += 1
    return done


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
