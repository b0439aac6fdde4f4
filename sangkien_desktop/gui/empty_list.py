"""The main window's empty state: with no dossier at all, the four ways in (new, from a
spreadsheet, from a package, the guide) as buttons where the empty grid would be."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from sangkien_desktop.gui.forms.ui_empty_list_page import Ui_EmptyListPage


class EmptyList(QObject):
    """The empty-state page of the main window's list, made the first time it is shown."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window  # the MainWindow (gui/main_window.py, which imports this module)
        self.page: QWidget | None = None
        self.ui: Ui_EmptyListPage | None = None

    def show_if_empty(self) -> None:
        """The empty page while the list has no dossier and nothing filters it (a filter that
        matches nothing shows the empty grid, so the filter can be changed)."""
        q = self.window.model.query
        unfiltered = not q.search.strip() and q.status is None and q.campaign_id is None \
            and q.unit_name is None and q.check is None
        empty = unfiltered and self.window.model.rowCount() == 0
        self.window.ui.listStack.setCurrentWidget(self.page_made() if empty else self.window.ui.tablePage)

    def page_made(self) -> QWidget:
        """No dossier at all: the four ways in, as buttons, where the empty grid would be (its
        own form, made the first time it is shown)."""
        if self.page is None:
            from sangkien_desktop.gui.forms.ui_empty_list_page import Ui_EmptyListPage

            self.page = page = QWidget()
            self.ui = empty = Ui_EmptyListPage()
            empty.setupUi(page)
            self.window.ui.listStack.addWidget(page)
            empty.emptyNewButton.clicked.connect(self.window.ui.actionNew.trigger)
            empty.emptyXlsxButton.clicked.connect(self.window.ui.actionImportXlsx.trigger)
            empty.emptyPackageButton.clicked.connect(self.window.ui.actionImportPackage.trigger)
            empty.emptyGuideButton.clicked.connect(self.window.ui.actionGuide.trigger)
        return self.page

    @property
    def showing(self) -> bool:
        return self.page is not None and self.window.ui.listStack.currentWidget() is self.page
