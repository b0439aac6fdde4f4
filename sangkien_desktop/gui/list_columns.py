"""The dossier list's columns: the default layout that fits a 1024-pixel window, and the
header's menu of which columns show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings

from sangkien_desktop.domain.status import STATUS_LABELS
from sangkien_desktop.services.dossiers.list_query import SortKey

from sangkien_desktop.gui.labels import status_label
from sangkien_desktop.gui.models.dossier_table import COLUMNS

# The list's columns as the officer left them (chosen, moved, resized). A new key: the layout
# kept before the status came next to the title would hide it off the right edge again.
COLUMNS_KEY = "main_window/columns"
DEFAULT_ORDER = (SortKey.TITLE, SortKey.CODE, SortKey.UNIT, SortKey.LEAD_AUTHOR, SortKey.STATUS,
                 SortKey.SOLUTION_TYPE, SortKey.FIRST_APPLIED, SortKey.CAMPAIGN)


def column_of(key: SortKey) -> int:
    return next(i for i, (k, _label) in enumerate(COLUMNS) if k is key)


class ListColumns(QObject):
    """The columns of the main window's list."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window  # the MainWindow (gui/main_window.py, which imports this module)

    def restore(self, settings: QSettings) -> None:
        """The columns as the officer left them (or the default layout)."""
        header = self.window.ui.dossierTable.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        state = settings.value(COLUMNS_KEY)
        if state is None or not header.restoreState(state):
            self.default_columns()
        # The default order until _show_model turns sorting on: no arrow from the saved state.
        header.setSortIndicatorShown(False)
        # The title takes whatever width the other columns leave: the list always fits.
        header.setSectionResizeMode(column_of(SortKey.TITLE), header.ResizeMode.Stretch)

    def save(self, settings: QSettings) -> None:
        settings.setValue(COLUMNS_KEY, self.window.ui.dossierTable.horizontalHeader().saveState())

    def default_columns(self) -> None:
        """Title, code, unit, lead author and status, in that order, fit a 1024-pixel window;
        the other columns are a right click on the header away. The code column holds a
        revised dossier's "SK-2025-00017 · bản 2", the status column its longest badge."""
        header = self.window.ui.dossierTable.horizontalHeader()
        metrics = self.window.ui.dossierTable.fontMetrics()
        code = QCoreApplication.translate("DossierTableModel", "%1 · bản %2")
        code = code.replace("%1", "SK-2025-00017").replace("%2", "2")
        status = max((status_label(s) for s in STATUS_LABELS), key=metrics.horizontalAdvance)
        widths = {SortKey.CODE: metrics.horizontalAdvance(code) + 24, SortKey.UNIT: 190,
                  SortKey.LEAD_AUTHOR: 160, SortKey.STATUS: metrics.horizontalAdvance(status) + 36,
                  SortKey.SOLUTION_TYPE: 170, SortKey.FIRST_APPLIED: 120, SortKey.CAMPAIGN: 150}
        for key, width in widths.items():
            header.resizeSection(column_of(key), width)
        for visual, key in enumerate(DEFAULT_ORDER):
            header.moveSection(header.visualIndex(column_of(key)), visual)
        for key, _label in COLUMNS:
            header.setSectionHidden(column_of(key), key not in DEFAULT_ORDER[:5])

    def column_menu(self, pos) -> None:
        """Right click on the header: which columns show (the title always does), and the
        default layout back."""
        from PySide6.QtWidgets import QMenu

        header = self.window.ui.dossierTable.horizontalHeader()
        menu = QMenu(self.window)
        for key, label in COLUMNS:
            if key is SortKey.TITLE:
                continue
            column = column_of(key)
            action = menu.addAction(QCoreApplication.translate("DossierTableModel", label))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, column=column: header.setSectionHidden(column, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Về cách sắp xếp cột mặc định"), self.default_columns)
        self.window.column_menu = menu
        menu.popup(header.mapToGlobal(pos))
