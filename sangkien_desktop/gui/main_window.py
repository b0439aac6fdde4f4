"""The main window: the dossier list with its filters and search, and the actions on dossiers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from sangkien_desktop.services.campaign_files import ListLabels, labels_of
from sangkien_desktop.services.dossiers.list_query import SortKey, count_by_status

from sangkien_desktop.gui import icons
from sangkien_desktop.gui.dossier_commands import DossierCommands
from sangkien_desktop.gui.empty_list import EmptyList
from sangkien_desktop.gui.file_commands import FileCommands
from sangkien_desktop.gui.forms.ui_main_window import Ui_MainWindow
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.list_columns import ListColumns, column_of
from sangkien_desktop.gui.list_filters import ListFilters
from sangkien_desktop.gui.models.dossier_table import DossierTableModel, first_frame
from sangkien_desktop.gui.models.list_reader import ListReader, reader_for
from sangkien_desktop.gui.views.overview_panel import OverviewPanel
from sangkien_desktop.gui.views.status_badge import StatusBadgeDelegate
from sangkien_desktop.gui.window_dialogs import WindowDialogs

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QAbstractItemModel, QItemSelection, QModelIndex

    from sangkien_desktop.services.context import AppData
    from sangkien_desktop.services.unit_of_work import Changes

    from sangkien_desktop.gui.check_refresh import CheckRefresher
    from sangkien_desktop.gui.forms.ui_empty_list_page import Ui_EmptyListPage
    from sangkien_desktop.gui.papers_ahead import PaperDrawer

# The window paints its list before SQLAlchemy and the services are loaded
# (gui/first_paint.py): what an action needs from them is imported in the action. Until the
# first paint nothing here touches PySide's ``Qt`` namespace either (building it, with every
# enum in it, costs about 20 ms): the methods import it when they run, after the paint; the
# first frame shows a copy of the list's first page (``first_frame``), and what is not on it
# (the empty-state page, the menus' icons, the overview's lines) is made when first needed.

SEARCH_DELAY_MS = 120
STATE_KEY = "main_window/state"  # the "Việc cần làm" panel: where it is docked, or hidden
# The panel's height above or below the list when last seen: kept for it before the first
# paint, so that the list does not move down when the overview arrives.
PANEL_HEIGHT_KEY = "main_window/overview_height"


def window_title(list_title: str, app_data: AppData) -> str:
    """The list's title, and on a shared database which one ("Danh sách hồ sơ sáng kiến — cơ
    sở dữ liệu dùng chung hà@máy-chủ:5432/sangkien"); Qt adds the program's name."""
    if app_data.db.server is not None:
        return f"{list_title} — {core_text(app_data.db.label)}"
    return list_title


class MainWindow(QMainWindow):
    """The dossier list, then every action on dossiers.

    ``MainWindow(app_data)`` is the window on an opened data folder. At start-up the window is
    first built on the list alone (``reader`` and ``labels`` from gui/first_paint.py), painted,
    and attached to the data folder once the rest of the program has loaded (``attach``); an
    action taken before that waits for it (``app_data``).
    """

    listPainted = Signal()

    def __init__(self, app_data: AppData | None = None, *, reader: ListReader | None = None,
                 labels: ListLabels | None = None):
        super().__init__()
        self._app_data: AppData | None = None
        self._checks: CheckRefresher | None = None
        self._papers: PaperDrawer | None = None  # papers drawn ahead (gui/papers_ahead.py)
        self._loading: Callable[[], AppData] | None = None
        self._first_frame: QAbstractItemModel | None = None  # in the view until the model is
        self._model_shown = False
        if app_data is not None:
            reader = reader or reader_for(app_data.db)
            labels = labels or labels_of(app_data.campaigns)
        assert reader is not None and labels is not None, "MainWindow needs app_data or a reader"
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        # What the window does, each part on its own (the list is the window's).
        self.filters = ListFilters(self)
        self.columns = ListColumns(self)
        self.dossiers = DossierCommands(self)
        self.files = FileCommands(self)
        self.dialogs = WindowDialogs(self)
        self.empty = EmptyList(self)
        # Qt adds " — Sáng kiến Desktop" (the application's display name, gui/app.py) to every
        # window's title: the window names what it shows, the version is in "Giới thiệu".
        self.setWindowTitle(self.tr("Danh sách hồ sơ sáng kiến"))
        # The main actions keep their words beside the icon, from the first frame on: the tool
        # bar's icons now, the menus' after the paint (_set_icons). (The property by its name:
        # the enum's would build the Qt namespace.)
        self.ui.toolBar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        icons.apply_toolbar(self.ui.toolBar)
        reader.setParent(self)
        self.model = DossierTableModel(reader, labels, self)
        self._badges = StatusBadgeDelegate(self.ui.dossierTable)
        self.ui.dossierTable.setItemDelegateForColumn(column_of(SortKey.STATUS), self._badges)
        rows = self.ui.dossierTable.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        # The number of matches, on the right of the status bar: it comes after the first
        # page (counted on the reader's thread) and stays beside any passing message.
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        # "Việc cần làm": put in its place by the saved state (_restore_geometry), filled once
        # the rest of the program has loaded (refresh_overview).
        self.overview_panel = OverviewPanel(self)
        self.overview_panel.linkActivated.connect(self._overview_link)
        self.ui.menuDossier.addSeparator()
        self.ui.menuDossier.addAction(self.overview_panel.toggleViewAction())
        self.filters.fill_filters(labels)
        # The unit names and the number of matches are not needed for the first paint of the
        # list: they are read just after it, on the list reader's thread.
        self._painted = False
        self.listPainted.connect(self._after_first_paint)
        self._connect()
        self.model.hold_count()  # until the first paint (_after_first_paint)
        self.model.refresh()
        if app_data is None:
            # The first frame shows the first page held in Qt's own model: a model of ours
            # would be asked for its header with a Qt.Orientation. The model itself takes its
            # place right after the paint (_show_model), the same rows in the same columns.
            self._first_frame = first_frame(self.model, self)
            self.ui.dossierTable.setModel(self._first_frame)
        else:
            self.ui.dossierTable.setModel(self.model)
        self._restore_geometry()
        if app_data is not None:
            self._show_model()
        self._enable_selection_actions(False)  # nothing is selected yet
        if app_data is not None:
            self.attach(app_data)

    def _show_model(self) -> None:
        """The list's own model in the view (instead of the first frame's copy), sorting on
        in the default order (latest change first) whatever the header's saved state says."""
        if self._model_shown:
            return
        self._model_shown = True
        from PySide6.QtCore import Qt

        table = self.ui.dossierTable
        if self._first_frame is not None:
            # What the officer did on the copy (a row clicked, Ctrl+A, the arrows, the wheel
            # as soon as the list showed) is done again on the model: the same rows.
            chosen = table.selectionModel().selection()
            current = table.currentIndex()
            scrolled = table.verticalScrollBar().value()
            table.setModel(self.model)  # the header keeps its sections: the columns are the same
            self._first_frame.deleteLater()
            self._first_frame = None
            self._select_again(chosen, current, scrolled)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    def _select_again(self, chosen: QItemSelection, current: QModelIndex, scrolled: int) -> None:
        """The first frame's selection, current cell and scroll position, on the model."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        table, model = self.ui.dossierTable, self.model
        again = QItemSelection()
        for i in range(chosen.count()):
            part = chosen.at(i)
            again.select(model.index(part.top(), part.left()), model.index(part.bottom(), part.right()))
        flags = QItemSelectionModel.SelectionFlag
        selection = table.selectionModel()
        if not again.isEmpty():
            selection.select(again, flags.Select)
        if current.isValid():
            selection.setCurrentIndex(model.index(current.row(), current.column()), flags.NoUpdate)
        table.verticalScrollBar().setValue(scrolled)

    # --- the data folder --------------------------------------------------------------------
    def attach(self, app_data: AppData) -> None:
        """Joins the window to its opened data folder (at start-up, once the rest of the
        program has loaded after the first paint): names from the campaign catalogue, the
        actions on the selection."""
        if self._app_data is not None:
            return
        self._show_model()  # the selection below is the model's
        self._app_data = app_data
        # Which database is open: a shared one on a server is named, so nobody takes it for
        # their own copy (and the other way round).
        self.setWindowTitle(window_title(self.tr("Danh sách hồ sơ sáng kiến"), app_data))
        self.filters.programs_changed()
        from sangkien_desktop.gui import operation  # the services: not for the first paint

        operation.watch(app_data, self._data_changed)
        # The actions on the selected dossiers need the data folder: they follow the selection
        # from now on (wiring the selection model earlier would cost the first paint).
        self.ui.dossierTable.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        # Enter opens, from the main keyboard or the number pad (the action is off until now;
        # QKeySequence, with its 71 standard keys made a Python enum, is no cost of the paint).
        from PySide6.QtGui import QKeySequence

        self.ui.actionEdit.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self._update_actions()
        QTimer.singleShot(0, self.refresh_overview)  # after the paint: it needs the services

    def wait_for(self, loading: Callable[[], AppData]) -> None:
        """``loading()`` gives the AppData the window is still waiting for (RestLoader.wait)."""
        self._loading = loading

    @property
    def attached(self) -> bool:
        return self._app_data is not None

    @property
    def app_data(self) -> AppData:
        """The opened data folder; an action taken before it has loaded waits for it here."""
        if self._app_data is None:
            if self._loading is None:
                raise RuntimeError("MainWindow has no data folder")
            self.attach(self._loading())
        assert self._app_data is not None
        return self._app_data

    # --- setup ------------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.filters.apply_filters)
        ui.statusFilter.currentIndexChanged.connect(self.filters.apply_filters)
        ui.campaignFilter.currentIndexChanged.connect(self.filters.apply_filters)
        ui.unitFilter.currentIndexChanged.connect(self.filters.apply_filters)
        ui.oldVersionsCheck.toggled.connect(self.filters.apply_filters)
        ui.dossierTable.doubleClicked.connect(lambda _i: self.dossiers.edit_selected())
        self.model.countChanged.connect(self._show_count)
        ui.actionNew.triggered.connect(self.dossiers.new_dossier)
        ui.actionEdit.triggered.connect(self.dossiers.edit_selected)
        ui.actionDelete.triggered.connect(self.dossiers.delete_selected)
        ui.actionCheck.triggered.connect(self.dossiers.check_selected)
        ui.actionSubmit.triggered.connect(self.dossiers.submit_selected)
        ui.actionSelectAll.triggered.connect(self.dossiers.select_all_matching)
        ui.actionPrograms.triggered.connect(self.dialogs.open_programs)
        ui.actionPrint.triggered.connect(self.dossiers.print_selected)
        ui.actionBin.triggered.connect(self.dialogs.open_bin)
        ui.actionSettings.triggered.connect(self.dialogs.open_settings)
        ui.actionSharedData.triggered.connect(self.dialogs.open_shared_data)
        ui.actionErasePerson.triggered.connect(self.dialogs.erase_person)
        ui.actionImportJson.triggered.connect(self.files.import_json)
        ui.actionExportJson.triggered.connect(self.files.export_json)
        ui.actionImportXlsx.triggered.connect(self.files.import_xlsx)
        ui.actionExportXlsx.triggered.connect(self.files.export_xlsx)
        ui.actionSaveXlsxTemplate.triggered.connect(self.files.save_xlsx_template)
        ui.actionImportPackage.triggered.connect(self.files.import_package)
        ui.actionPortalOutbox.triggered.connect(self.files.open_portal_outbox)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self.filters.focus_search)
        ui.actionRefresh.triggered.connect(lambda: self.reload(self.selected_uuid()))
        ui.actionAbout.triggered.connect(self.dialogs.about)
        ui.actionGuide.triggered.connect(self.dialogs.open_guide)
        ui.actionBackupNow.triggered.connect(self.files.backup_now)
        ui.actionBackups.triggered.connect(self.files.open_backups)
        ui.actionCheckData.triggered.connect(self.files.open_check_data)
        ui.actionHistory.triggered.connect(self.dossiers.show_history)
        ui.actionCouncils.triggered.connect(self.dialogs.open_councils)
        ui.actionMeetings.triggered.connect(self.dialogs.open_meetings)
        ui.actionDecisions.triggered.connect(self.dialogs.open_decisions)
        ui.actionVerify.triggered.connect(self.dialogs.open_verify)
        ui.actionRulePacks.triggered.connect(self.dialogs.open_rule_packs)
        ui.actionNominations.triggered.connect(self.dialogs.open_nominations)
        ui.actionTargets.triggered.connect(self.dialogs.open_targets)
        ui.actionReceived.triggered.connect(self.dialogs.open_received)
        ui.dossierTable.horizontalHeader().customContextMenuRequested.connect(self.columns.column_menu)
        self.model.modelReset.connect(self.empty.show_if_empty)

    def _shortcut_tooltips(self) -> None:
        """Each action's shortcut in its tooltip ("Hồ sơ mới (Ctrl+N)"); menus show it anyway."""
        from PySide6.QtGui import QAction, QKeySequence

        for action in self.findChildren(QAction):
            keys = action.shortcut()
            if keys.isEmpty():
                continue
            tip = action.toolTip() if action.toolTip() != action.text().replace("&", "") \
                else action.text().replace("&", "").rstrip("…")
            action.setToolTip(f"{tip} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")

    def _after_first_paint(self) -> None:
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_the_first_frame)  # whoever else waited goes first

    def _after_the_first_frame(self) -> None:
        """What the first frame went without: the list's own model in the view, the number of
        matches and the unit names (read on the reader's thread), the menus' icons, the
        shortcuts in the tooltips."""
        self._show_model()
        self.model.release_count()
        self.filters.fill_units()
        QTimer.singleShot(0, self._set_icons)
        QTimer.singleShot(0, self._shortcut_tooltips)

    def _set_icons(self) -> None:
        icons.apply(self)  # the menus show icon and words

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.columns.restore(settings)
        # The panel where the officer left it, as tall as it was, empty until the overview
        # comes. With no place saved (the first start) it goes above the list, two lines
        # tall: that costs this start the Qt namespace, the next ones not.
        panel = self.overview_panel
        panel.hide()
        window_state = settings.value(STATE_KEY)
        if window_state is not None and self.restoreState(window_state):
            height = settings.value(PANEL_HEIGHT_KEY, 0)
            panel.reserve(int(height) if isinstance(height, int | str) and str(height).isdigit() else 0)
        else:
            from PySide6.QtCore import Qt

            self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, panel)
            panel.show()
            panel.reserve_lines()

    @property
    def empty_ui(self) -> Ui_EmptyListPage | None:
        return self.empty.ui

    @property
    def showing_empty_state(self) -> bool:
        return self.empty.showing

    def paintEvent(self, event) -> None:
        """The window's own paint comes first in a pass that paints the list (or the empty
        page) with it: ``listPainted`` follows once the pass is over. (No event filter on the
        list's viewport: asking Qt for the viewport alone costs the first paint milliseconds.)"""
        super().paintEvent(event)
        QTimer.singleShot(0, self.listPainted.emit)

    # --- list -------------------------------------------------------------------------------
    def _show_count(self, total: int, more: bool) -> None:
        from sangkien_desktop.gui.language import grouped, number

        if more:
            text = self.tr("Hơn %1 hồ sơ khớp — gõ thêm để thu hẹp").replace("%1", number(total))
        else:
            text = grouped(self.tr("%n hồ sơ", "", total), total)
        self.count_label.setText(text)

    def selected_uuids(self) -> list[str]:
        rows = sorted(i.row() for i in self.ui.dossierTable.selectionModel().selectedRows())
        return [r.uuid for i in rows if (r := self.model.row_at(i)) is not None]

    def selected_uuid(self) -> str | None:
        current = self.ui.dossierTable.currentIndex()
        uuids = self.selected_uuids()
        if current.isValid() and (row := self.model.row_at(current.row())) and row.uuid in uuids:
            return row.uuid
        return uuids[0] if uuids else None

    def _update_actions(self) -> None:
        self._enable_selection_actions(self.selected_uuid() is not None)

    def _enable_selection_actions(self, enabled: bool) -> None:
        for action in (self.ui.actionEdit, self.ui.actionDelete, self.ui.actionCheck, self.ui.actionPrint,
                       self.ui.actionHistory, self.ui.actionSubmit):
            action.setEnabled(enabled)

    def reload(self, select_uuid: str | None = None) -> None:
        self.filters.fill_units()
        self.model.refresh()
        if self.attached:
            self.refresh_overview()
        if select_uuid:
            self.select(select_uuid)

    def select(self, uuid: str) -> None:
        """Selects the dossier's row, when the list shows it."""
        row = self.model.row_of_uuid(uuid)
        if row >= 0:
            self.ui.dossierTable.selectRow(row)

    def _data_changed(self, changes: Changes) -> None:
        """An operation (gui/operation.py) changed the data: the list and the overview read it
        again, once; an autosaved draft changes neither."""
        from sangkien_desktop.gui import papers_ahead

        if not changes.only("editor_draft"):
            self.reload(self.selected_uuid())
        if papers_ahead.concerns(changes):  # dossiers nominated or recognised
            if self._papers is None:
                self._papers = papers_ahead.PaperDrawer(self)
            self._papers.ask(changes)

    # --- what to do next ---------------------------------------------------------------------
    def refresh_overview(self) -> None:
        """Reads the "Việc cần làm" overview into its panel, put in its place before the first
        paint (_restore_geometry): the dossiers per stage on the list reader's thread (the
        stored counts, storage/dossier_tally.py), then the rest (small tables) here."""
        self.model.reader.later("overview", count_by_status, self._show_overview)

    def _show_overview(self, by_status: dict[str, int] | None) -> None:
        """The overview with the counts read (None: the reader failed; read here again, where
        a damaged database is said and its restore offered)."""
        from sangkien_desktop.services.overview import overview

        app_data = self.app_data
        if self._checks is None:
            from sangkien_desktop.gui.check_refresh import CheckRefresher

            self._checks = CheckRefresher(self)
        self._checks.before_overview()  # the kept checks the counts read, up to date
        with app_data.db.session() as session:
            found = overview(session, app_data.campaigns, by_status=by_status)
        self.overview_panel.show_overview(found)

    def checks_refreshed(self) -> None:
        """The kept checks were done again on a worker: the counts, and a list filtered by
        them, read again."""
        self.refresh_overview()
        if self.model.query.check:
            self.model.refresh()

    def _overview_link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind in ("status", "check"):
            combo = self.ui.statusFilter
            combo.setCurrentIndex(max(combo.findData(value if kind == "status" else link), 0))
            return
        opens = {"meetings": self.dialogs.open_meetings, "nominations": self.dialogs.open_nominations,
                 "portal": self.files.open_portal_outbox, "targets": self.dialogs.open_targets}
        if value in opens:
            opens[value]()
            self.refresh_overview()

    # --- actions ----------------------------------------------------------------------------
    def all_matching_selected(self) -> bool:
        """Every loaded row is selected (Ctrl+A, or the menu's "select all"): the user means
        every dossier the filter matches, loaded or not."""
        loaded = self.model.rowCount()
        return loaded > 0 and len(self.ui.dossierTable.selectionModel().selectedRows()) == loaded

    def data_replaced(self) -> None:
        """The database was replaced under us (a restore): reconnect and read everything again."""
        self.app_data.db.close()
        self.model.reader.reopen()
        self.reload()

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        self.columns.save(settings)
        panel = self.overview_panel
        if panel.overview is not None:  # where the officer put the panel, or that it is closed
            settings.setValue(STATE_KEY, self.saveState())
            above = panel.isVisible() and not panel.isFloating() and not panel.beside_the_list()
            settings.setValue(PANEL_HEIGHT_KEY, panel.height() if above else 0)
        super().closeEvent(event)
        if event.isAccepted():
            self._search_timer.stop()
            if self._checks is not None:
                self._checks.stop()
            if self._papers is not None:
                self._papers.stop()
            self.model.reader.close()
