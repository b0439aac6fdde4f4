"""The main window: the dossier list with its filters and search, and the actions on dossiers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.status import STATUS_LABELS
from sangkien_desktop.services.campaign_files import ListLabels, labels_of
from sangkien_desktop.services.dossiers.list_query import SortKey, count_by_status, distinct_units

from sangkien_desktop.gui import icons
from sangkien_desktop.gui.forms.ui_main_window import Ui_MainWindow
from sangkien_desktop.gui.labels import core_text, exception_text, status_label
from sangkien_desktop.gui.models.dossier_table import COLUMNS, DossierTableModel, first_frame
from sangkien_desktop.gui.models.list_reader import ListReader, reader_for
from sangkien_desktop.gui.views.overview_panel import OverviewPanel
from sangkien_desktop.gui.views.status_badge import StatusBadgeDelegate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QAbstractItemModel, QItemSelection, QModelIndex
    from PySide6.QtWidgets import QDialog

    from sangkien_desktop.services.context import AppData
    from sangkien_desktop.services.dossiers.check_many import CheckSummary
    from sangkien_desktop.services.exchange.interchange import ImportReport as JsonImportReport
    from sangkien_desktop.services.unit_of_work import Changes

    from sangkien_desktop.gui.check_refresh import CheckRefresher
    from sangkien_desktop.gui.forms.ui_empty_list_page import Ui_EmptyListPage
    from sangkien_desktop.gui.jobs import Job
    from sangkien_desktop.gui.papers_ahead import PaperDrawer

# The window paints its list before SQLAlchemy and the services are loaded
# (gui/first_paint.py): what an action needs from them is imported in the action. Until the
# first paint nothing here touches PySide's ``Qt`` namespace either (building it, with every
# enum in it, costs about 20 ms): the methods import it when they run, after the paint; the
# first frame shows a copy of the list's first page (``first_frame``), and what is not on it
# (the empty-state page, the menus' icons, the overview's lines) is made when first needed.

SEARCH_DELAY_MS = 120
# The list's columns as the officer left them (chosen, moved, resized). A new key: the layout
# kept before the status came next to the title would hide it off the right edge again.
COLUMNS_KEY = "main_window/columns"
STATE_KEY = "main_window/state"  # the "Việc cần làm" panel: where it is docked, or hidden
# The status filter's data for a check filter: "check:errors", "check:warnings"
# (DossierQuery.check; the overview panel's links are the same words).
CHECK_FILTER = "check:"
# The panel's height above or below the list when last seen: kept for it before the first
# paint, so that the list does not move down when the overview arrives.
PANEL_HEIGHT_KEY = "main_window/overview_height"
DEFAULT_ORDER = (SortKey.TITLE, SortKey.CODE, SortKey.UNIT, SortKey.LEAD_AUTHOR, SortKey.STATUS,
                 SortKey.SOLUTION_TYPE, SortKey.FIRST_APPLIED, SortKey.CAMPAIGN)


def _column(key: SortKey) -> int:
    return next(i for i, (k, _label) in enumerate(COLUMNS) if k is key)


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
        self._campaign_names: dict[str, str] = {}  # what the campaign filter lists
        self._first_frame: QAbstractItemModel | None = None  # in the view until the model is
        self._model_shown = False
        self._empty: QWidget | None = None  # the empty-state page, made when first shown
        self.empty_ui: Ui_EmptyListPage | None = None
        if app_data is not None:
            reader = reader or reader_for(app_data.db)
            labels = labels or labels_of(app_data.campaigns)
        assert reader is not None and labels is not None, "MainWindow needs app_data or a reader"
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        # Qt adds " — Sáng kiến Desktop" (the application's display name, gui/app.py) to every
        # window's title: the window names what it shows, the version is in "Giới thiệu".
        self.setWindowTitle(self.tr("Danh sách hồ sơ sáng kiến"))
        # The main actions keep their words beside the icon, from the first frame on: the tool
        # bar's icons now, the menus' after the paint (_set_icons). (The property by its name:
        # the enum's would build the Qt namespace.)
        self.ui.toolBar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        icons.apply(self, self.ui.toolBar.actions())
        reader.setParent(self)
        self.model = DossierTableModel(reader, labels, self)
        self._badges = StatusBadgeDelegate(self.ui.dossierTable)
        self.ui.dossierTable.setItemDelegateForColumn(_column(SortKey.STATUS), self._badges)
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
        self._fill_filters(labels)
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
        self._programs_changed()
        from sangkien_desktop.gui import operation  # the services: not for the first paint

        operation.watch(app_data, self._data_changed)
        # The actions on the selected dossiers need the data folder: they follow the selection
        # from now on (wiring the selection model earlier would cost the first paint).
        self.ui.dossierTable.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()
        QTimer.singleShot(0, self.refresh_overview)  # after the paint: it needs the services

    def _programs_changed(self) -> None:
        """The catalogue's names in the list, and its programs in the filter: open ones
        first, a closed one marked so (gui/campaign_picker.py)."""
        from sangkien_desktop.gui import campaign_picker

        campaigns = self.app_data.campaigns
        labels = labels_of(campaigns)
        self.model.set_labels(labels)
        self._campaign_names = dict(labels.campaigns)
        self._refill_campaigns(lambda combo: campaign_picker.fill(combo, campaigns))
        # The box keeps a narrow width (the filter row fits 1024 px); its list shows names whole.
        view = self.ui.campaignFilter.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

    def _refill_campaigns(self, fill: Callable[[QComboBox], None]) -> None:
        """The filter's programs after "Tất cả" replaced by ``fill``'s, the choice kept."""
        combo = self.ui.campaignFilter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        fill(combo)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

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
        self._search_timer.timeout.connect(self._apply_filters)
        ui.statusFilter.currentIndexChanged.connect(self._apply_filters)
        ui.campaignFilter.currentIndexChanged.connect(self._apply_filters)
        ui.unitFilter.currentIndexChanged.connect(self._apply_filters)
        ui.oldVersionsCheck.toggled.connect(self._apply_filters)
        ui.dossierTable.doubleClicked.connect(lambda _i: self.edit_selected())
        self.model.countChanged.connect(self._show_count)
        ui.actionNew.triggered.connect(self.new_dossier)
        ui.actionEdit.triggered.connect(self.edit_selected)
        # Enter opens, from the main keyboard or the number pad.
        ui.actionEdit.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        ui.actionDelete.triggered.connect(self.delete_selected)
        ui.actionCheck.triggered.connect(self.check_selected)
        ui.actionSubmit.triggered.connect(self.submit_selected)
        ui.actionSelectAll.triggered.connect(self.select_all_matching)
        ui.actionPrograms.triggered.connect(self.open_programs)
        ui.actionPrint.triggered.connect(self.print_selected)
        ui.actionBin.triggered.connect(self.open_bin)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionSharedData.triggered.connect(self.open_shared_data)
        ui.actionErasePerson.triggered.connect(self.erase_person)
        ui.actionImportJson.triggered.connect(self.import_json)
        ui.actionExportJson.triggered.connect(self.export_json)
        ui.actionImportXlsx.triggered.connect(self.import_xlsx)
        ui.actionExportXlsx.triggered.connect(self.export_xlsx)
        ui.actionSaveXlsxTemplate.triggered.connect(self.save_xlsx_template)
        ui.actionImportPackage.triggered.connect(self.import_package)
        ui.actionPortalOutbox.triggered.connect(self.open_portal_outbox)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionRefresh.triggered.connect(lambda: self.reload(self.selected_uuid()))
        ui.actionAbout.triggered.connect(self.about)
        ui.actionGuide.triggered.connect(self.open_guide)
        ui.actionBackupNow.triggered.connect(self.backup_now)
        ui.actionBackups.triggered.connect(self.open_backups)
        ui.actionCheckData.triggered.connect(self.open_check_data)
        ui.actionHistory.triggered.connect(self.show_history)
        ui.actionCouncils.triggered.connect(self.open_councils)
        ui.actionMeetings.triggered.connect(self.open_meetings)
        ui.actionDecisions.triggered.connect(self.open_decisions)
        ui.actionVerify.triggered.connect(self.open_verify)
        ui.actionRulePacks.triggered.connect(self.open_rule_packs)
        ui.actionNominations.triggered.connect(self.open_nominations)
        ui.actionTargets.triggered.connect(self.open_targets)
        ui.actionReceived.triggered.connect(self.open_received)
        ui.dossierTable.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.model.modelReset.connect(self._show_empty_state)

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

    def focus_search(self) -> None:
        """Ctrl+F: to the search box, its text selected to type over."""
        from PySide6.QtCore import Qt

        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _fill_filters(self, labels: ListLabels) -> None:
        ui = self.ui
        ui.statusFilter.addItem(self.tr("Tất cả"), None)
        for status in STATUS_LABELS:
            ui.statusFilter.addItem(status_label(status), status.value)
        # Whatever the status: the dossiers whose kept check found errors, or warnings nobody
        # acknowledged (the overview's links choose these too).
        ui.statusFilter.insertSeparator(ui.statusFilter.count())
        ui.statusFilter.addItem(self.tr("Có lỗi"), CHECK_FILTER + "errors")
        ui.statusFilter.addItem(self.tr("Có cảnh báo chưa xác nhận"), CHECK_FILTER + "warnings")
        view = ui.statusFilter.view()  # the box keeps its width; its list shows names whole
        view.setMinimumWidth(max(view.sizeHintForColumn(0), ui.statusFilter.width()) + 24)
        ui.campaignFilter.addItem(self.tr("Tất cả"), None)
        self._fill_campaigns(labels)
        ui.unitFilter.addItem(self.tr("Tất cả"), None)
        # The unit names and the number of matches are not needed for the first paint of the
        # list: they are read just after it, on the list reader's thread.
        self._painted = False
        self.listPainted.connect(self._after_first_paint)

    def _fill_campaigns(self, labels: ListLabels) -> None:
        if labels.campaigns == self._campaign_names:
            return
        self._campaign_names = dict(labels.campaigns)

        def fill(combo: QComboBox) -> None:
            for campaign_id, name in sorted(labels.campaigns.items(), key=lambda c: c[1]):
                combo.addItem(name, campaign_id)

        self._refill_campaigns(fill)

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
        self._fill_units()
        QTimer.singleShot(0, self._set_icons)
        QTimer.singleShot(0, self._shortcut_tooltips)

    def _set_icons(self) -> None:
        icons.apply(self)  # the menus show icon and words

    def _fill_units(self) -> None:
        """Reads the unit names on the list reader's thread (one index hop per unit)."""
        self.model.reader.later("units", distinct_units, self._set_units)

    def _set_units(self, units: list[str] | None) -> None:
        if units is None:
            return
        combo = self.ui.unitFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), None)
        for unit in units:
            combo.addItem(unit, unit)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        header = self.ui.dossierTable.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        state = settings.value(COLUMNS_KEY)
        if state is None or not header.restoreState(state):
            self._default_columns()
        # The default order until _show_model turns sorting on: no arrow from the saved state.
        header.setSortIndicatorShown(False)
        # The title takes whatever width the other columns leave: the list always fits.
        header.setSectionResizeMode(_column(SortKey.TITLE), header.ResizeMode.Stretch)
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

    def _default_columns(self) -> None:
        """Title, code, unit, lead author and status, in that order, fit a 1024-pixel window;
        the other columns are a right click on the header away. The code column holds a
        revised dossier's "SK-2025-00017 · bản 2", the status column its longest badge."""
        header = self.ui.dossierTable.horizontalHeader()
        metrics = self.ui.dossierTable.fontMetrics()
        code = QCoreApplication.translate("DossierTableModel", "%1 · bản %2")
        code = code.replace("%1", "SK-2025-00017").replace("%2", "2")
        status = max((status_label(s) for s in STATUS_LABELS), key=metrics.horizontalAdvance)
        widths = {SortKey.CODE: metrics.horizontalAdvance(code) + 24, SortKey.UNIT: 190,
                  SortKey.LEAD_AUTHOR: 160, SortKey.STATUS: metrics.horizontalAdvance(status) + 36,
                  SortKey.SOLUTION_TYPE: 170, SortKey.FIRST_APPLIED: 120, SortKey.CAMPAIGN: 150}
        for key, width in widths.items():
            header.resizeSection(_column(key), width)
        for visual, key in enumerate(DEFAULT_ORDER):
            header.moveSection(header.visualIndex(_column(key)), visual)
        for key, _label in COLUMNS:
            header.setSectionHidden(_column(key), key not in DEFAULT_ORDER[:5])

    def _column_menu(self, pos) -> None:
        """Right click on the header: which columns show (the title always does), and the
        default layout back."""
        from PySide6.QtWidgets import QMenu

        header = self.ui.dossierTable.horizontalHeader()
        menu = QMenu(self)
        for key, label in COLUMNS:
            if key is SortKey.TITLE:
                continue
            column = _column(key)
            action = menu.addAction(QCoreApplication.translate("DossierTableModel", label))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, column=column: header.setSectionHidden(column, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Về cách sắp xếp cột mặc định"), self._default_columns)
        self.column_menu = menu
        menu.popup(header.mapToGlobal(pos))

    def _show_empty_state(self) -> None:
        """The empty page while the list has no dossier and nothing filters it (a filter that
        matches nothing shows the empty grid, so the filter can be changed)."""
        q = self.model.query
        unfiltered = not q.search.strip() and q.status is None and q.campaign_id is None \
            and q.unit_name is None and q.check is None
        empty = unfiltered and self.model.rowCount() == 0
        self.ui.listStack.setCurrentWidget(self._empty_page() if empty else self.ui.tablePage)

    def _empty_page(self) -> QWidget:
        """No dossier at all: the four ways in, as buttons, where the empty grid would be (its
        own form, made the first time it is shown)."""
        if self._empty is None:
            from sangkien_desktop.gui.forms.ui_empty_list_page import Ui_EmptyListPage

            self._empty = page = QWidget()
            self.empty_ui = empty = Ui_EmptyListPage()
            empty.setupUi(page)
            self.ui.listStack.addWidget(page)
            empty.emptyNewButton.clicked.connect(self.ui.actionNew.trigger)
            empty.emptyXlsxButton.clicked.connect(self.ui.actionImportXlsx.trigger)
            empty.emptyPackageButton.clicked.connect(self.ui.actionImportPackage.trigger)
            empty.emptyGuideButton.clicked.connect(self.ui.actionGuide.trigger)
        return self._empty

    @property
    def showing_empty_state(self) -> bool:
        return self._empty is not None and self.ui.listStack.currentWidget() is self._empty

    def paintEvent(self, event) -> None:
        """The window's own paint comes first in a pass that paints the list (or the empty
        page) with it: ``listPainted`` follows once the pass is over. (No event filter on the
        list's viewport: asking Qt for the viewport alone costs the first paint milliseconds.)"""
        super().paintEvent(event)
        QTimer.singleShot(0, self.listPainted.emit)

    # --- list -------------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self._show_model()  # a filter changed before the first paint: no copy of the old rows
        ui = self.ui
        chosen = ui.statusFilter.currentData()
        check = chosen.removeprefix(CHECK_FILTER) if str(chosen).startswith(CHECK_FILTER) else None
        self.model.set_query(
            self.model.query._replace(
                search=ui.searchEdit.text(),
                status=None if check else chosen,
                check=check,
                campaign_id=ui.campaignFilter.currentData(),
                unit_name=ui.unitFilter.currentData(),
                old_versions=ui.oldVersionsCheck.isChecked(),
            )
        )

    def _show_count(self, total: int, more: bool) -> None:
        if more:
            text = self.tr("Hơn %1 hồ sơ khớp — gõ thêm để thu hẹp").replace(
                "%1", f"{total:,}".replace(",", "."))
        else:
            text = self.tr("%n hồ sơ", "", total)
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
        self._fill_units()
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
        paint (_restore_geometry): the dossiers per stage on the list reader's thread (a walk of
        the status index, long at a million dossiers), then the rest (small tables) here."""
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
        opens = {"meetings": self.open_meetings, "nominations": self.open_nominations,
                 "portal": self.open_portal_outbox, "targets": self.open_targets}
        if value in opens:
            opens[value]()
            self.refresh_overview()

    # --- actions ----------------------------------------------------------------------------
    def new_dossier(self) -> None:
        from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

        saved = DossierEditor.edit(self, self.app_data, None)
        if saved:  # the list read it again when it was saved (operation.watch)
            self.select(saved)

    def edit_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

        saved = DossierEditor.edit(self, self.app_data, uuid)
        if saved:
            self.select(saved)

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        uuid = self.selected_uuid()
        if uuid is None:
            return
        from sangkien_desktop.services.dossiers.recycle_bin import check_can_bin, move_to_bin

        # A dossier that cannot go to the bin is refused before any question, with the reason.
        try:
            with self.app_data.db.session() as session:
                check_can_bin(session, uuid)
        except SangKienError as exc:
            QMessageBox.warning(self, self.tr("Không xóa được"), exception_text(exc))
            return
        row = self.model.row_at(self.model.row_of_uuid(uuid))
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa hồ sơ"),
            self.tr("Chuyển hồ sơ “%1” vào thùng rác?\nBạn có thể khôi phục nó từ Thùng rác.")
            .replace("%1", row.title or row.code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from sangkien_desktop.gui.operation import call_op

        call_op(self, self.app_data, move_to_bin, uuid, title=self.tr("Không xóa được"))

    def submit_selected(self) -> None:
        """Nộp Hội đồng: the selected drafts go to the council (status_acts.submit_many)."""
        uuids = self.selected_uuids()
        if not uuids:
            return
        from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

        from sangkien_desktop.gui.dialogs.status_acts import submit_many

        with self.app_data.db.session() as session:
            dossiers = [get_dossier(session, u) for u in uuids]
        done = submit_many(self, self.app_data, dossiers)
        if done:
            self.select(done[0])
            self.statusBar().showMessage(
                self.tr("Đã nộp %n hồ sơ cho Hội đồng.", "", len(done)), 8000)

    def all_matching_selected(self) -> bool:
        """Every loaded row is selected (Ctrl+A, or the menu's "select all"): the user means
        every dossier the filter matches, loaded or not."""
        loaded = self.model.rowCount()
        return loaded > 0 and len(self.ui.dossierTable.selectionModel().selectedRows()) == loaded

    def select_all_matching(self) -> None:
        self.ui.dossierTable.selectAll()
        total = self.model.total
        if total is None or self.model.count_is_lower_bound:
            text = self.tr("Đã chọn mọi hồ sơ khớp bộ lọc (kể cả những hồ sơ chưa hiện trong "
                           "danh sách).")
        else:
            text = self.tr("Đã chọn cả %n hồ sơ khớp bộ lọc (kể cả những hồ sơ chưa hiện trong "
                           "danh sách).", "", total)
        self.statusBar().showMessage(text, 10000)

    def check_selected(self) -> Job | None:
        """Checks the selected dossiers (or, all selected, every dossier the filter matches)
        against their campaigns, off the GUI thread with progress and Cancel, and lists every
        finding."""
        everything = self.all_matching_selected()
        uuids = [] if everything else self.selected_uuids()
        if not everything and not uuids:
            return None
        from sangkien_desktop.services.dossiers import check_many

        from sangkien_desktop.gui.jobs import run_job

        app_data, query = self.app_data, self.model.query
        campaigns, store = app_data.campaigns, app_data.attachments

        def work():
            with app_data.db.session() as session:
                chosen = check_many.query_uuids(session, query) if everything else uuids
                return (yield from check_many.iter_check_many(session, chosen, campaigns, store))

        self.check_job = run_job(
            self, work, title=self.tr("Đang kiểm tra hồ sơ…"), on_success=self._show_check,
            on_cancel=lambda: self.statusBar().showMessage(
                self.tr("Đã dừng kiểm tra; chưa có kết quả."), 8000))
        return self.check_job

    def _show_check(self, summary: CheckSummary) -> None:
        from PySide6.QtWidgets import QMessageBox

        from sangkien_desktop.domain.validation import DISCLAIMER, SEVERITY_LABELS

        lines: list[str] = []
        for d in summary.dossiers:
            lines.append(f"{d.code} — {d.title}")
            for finding in d.findings:
                label = core_text(SEVERITY_LABELS[finding.severity])
                lines.append(f"   [{label}] {core_text(finding.message)} ({finding.rule_id})")
        summary_text = self.tr("Đã kiểm tra %n hồ sơ: %1, %2.", "", len(summary.dossiers))
        summary_text = summary_text.replace("%1", self.tr("%n lỗi", "", summary.errors)).replace(
            "%2", self.tr("%n cảnh báo chưa xác nhận", "", summary.open_warnings))
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Kết quả kiểm tra"))
        box.setIcon(QMessageBox.Icon.Warning if summary.errors else QMessageBox.Icon.Information)
        box.setText(summary_text)
        box.setInformativeText(core_text(DISCLAIMER))
        box.setDetailedText("\n".join(lines))
        self.last_check_summary = summary_text
        box.exec()

    def print_selected(self) -> None:
        """Makes a document of the selected dossier: save, open, or preview and print."""
        uuid = self.selected_uuid()
        if uuid is None:
            return
        # The writers load reportlab, fonts and pdfium: only when asked, not at start-up.
        from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog

        DocumentDialog.for_dossier(self, self.app_data, uuid).exec()

    def recover_drafts(self) -> int:
        """After a crash or power cut: offers to reopen every dossier with unsaved typing."""
        from PySide6.QtWidgets import QMessageBox

        from sangkien_desktop.services.dossiers import drafts

        from sangkien_desktop.gui.operation import call_op

        with self.app_data.db.session() as session:
            pending = drafts.pending_drafts(session)
        recovered = 0
        for draft in pending:
            answer = QMessageBox.question(
                self,
                self.tr("Khôi phục nội dung chưa lưu"),
                self.tr(
                    "Hồ sơ “%1” có nội dung chưa lưu, tự động ghi lúc %2 (có thể do chương trình "
                    "bị tắt đột ngột). Mở lại để xem và lưu?"
                )
                .replace("%1", draft.title or self.tr("(chưa có tên)"))
                .replace("%2", draft.saved_at.strftime("%H:%M %d/%m/%Y")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                call_op(self, self.app_data, drafts.discard_draft, draft.dossier_uuid,
                        title=self.tr("Không bỏ được nội dung chưa lưu"))
                continue
            from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

            if draft.is_new:
                editor = DossierEditor.from_draft(self.app_data, draft.dossier_uuid, self)
            else:
                editor = DossierEditor(self.app_data, draft.dossier_uuid, self)
                with self.app_data.db.session() as session:
                    found = drafts.load_draft(session, draft.dossier_uuid)
                if found is not None:
                    editor.restore_draft(found[0])
            if editor is None:
                continue
            editor.exec()
            recovered += 1
            if editor.saved_uuid:
                self.reload(editor.saved_uuid)
        return recovered

    def erase_person(self) -> None:
        from sangkien_desktop.gui.dialogs.erase_person_dialog import ErasePersonDialog
        ErasePersonDialog(self.app_data, self).exec()  # the list follows (operation.watch)

    def open_bin(self) -> None:
        from sangkien_desktop.gui.dialogs.bin_dialog import BinDialog
        BinDialog(self.app_data, self).exec()  # the list follows what it did (operation.watch)

    def show_history(self) -> None:
        from sangkien_desktop.services.dossiers import history
        from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

        from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog

        uuid = self.selected_uuid()
        if uuid is not None:
            with self.app_data.db.session() as session:
                dossier = get_dossier(session, uuid)
            HistoryDialog.show_for(self, self.app_data, history.DOSSIER, uuid, dossier.title or dossier.code)

    def open_councils(self) -> None:
        from sangkien_desktop.gui.dialogs.councils_dialog import CouncilsDialog
        CouncilsDialog(self.app_data, self).exec()

    def open_meetings(self) -> None:
        from sangkien_desktop.gui.dialogs.meeting_dialog import MeetingDialog
        MeetingDialog(self.app_data, self).exec()

    def open_decisions(self) -> None:
        from sangkien_desktop.gui.dialogs.decisions_dialog import DecisionsDialog
        DecisionsDialog(self.app_data, self).exec()  # the list follows (operation.watch)

    def open_rule_packs(self) -> None:
        from sangkien_desktop.gui.dialogs.rule_pack_dialog import RulePackDialog

        RulePackDialog(self.app_data, self).exec()

    def open_verify(self) -> None:
        from sangkien_desktop.gui.dialogs.verify_dialog import VerifyDialog

        VerifyDialog(self.app_data, self).exec()

    def open_nominations(self) -> None:
        from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog

        NominationsDialog(self.app_data, self).exec()  # the list follows (operation.watch)

    def open_received(self) -> None:
        from sangkien_desktop.gui.dialogs.received_dialog import ReceivedDialog

        dialog = ReceivedDialog(self.app_data, self)
        dialog.exec()
        if dialog.changed:
            self.reload()

    def open_targets(self) -> None:
        from sangkien_desktop.gui.dialogs.targets_dialog import TargetsDialog

        TargetsDialog(self.app_data, self).exec()

    def open_shared_data(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from sangkien_desktop.gui.dialogs.shared_data_dialog import SharedDataDialog

        if SharedDataDialog.ask(self, self.app_data) is not False:
            QMessageBox.information(self, self.tr("Dữ liệu dùng chung"), self.tr(
                "Đã lưu. Chương trình dùng dữ liệu mới từ lần mở sau."))

    def open_programs(self) -> None:
        from sangkien_desktop.gui.dialogs.programs_dialog import ProgramsDialog

        dialog = ProgramsDialog(self.app_data, self)
        dialog.exec()
        if dialog.changed_anything:
            self._programs_changed()

    def open_settings(self) -> None:
        from sangkien_desktop.gui.dialogs.settings_dialog import SettingsDialog
        SettingsDialog.ask(self, self.app_data)

    def offer_setup(self) -> QDialog | None:
        """At start: the first-run assistant, while the unit has no name and the assistant was
        neither finished nor skipped. Opened without waiting (the window stays live behind it)."""
        from sangkien_desktop.services.settings import setup_pending

        if self.app_data.read_only:
            return None
        with self.app_data.db.session() as session:
            if not setup_pending(session):
                return None
        from sangkien_desktop.gui.dialogs.setup_assistant import SetupAssistant

        self.setup_assistant = SetupAssistant(self.app_data, self)
        self.setup_assistant.open()
        return self.setup_assistant

    def import_json(self) -> Job | None:
        from PySide6.QtWidgets import QFileDialog

        from sangkien_desktop.services.exchange.interchange import import_json

        from sangkien_desktop.gui.operation import run_op

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập hồ sơ"), "", self.tr("Tệp hồ sơ JSON (*.json)")
        )
        if not path:
            return None
        # Backed up before the first write (import_json's policy): a refused file takes none.
        return run_op(self, self.app_data, import_json, Path(path), self.app_data.attachments,
                      campaigns=self.app_data.campaigns,
                      title=self.tr("Đang nhập hồ sơ…"), failed_title=self.tr("Không nhập được"),
                      progress=True, on_success=self._json_imported)

    def _json_imported(self, report: JsonImportReport) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = "\n".join((
            self.tr("Đã nhập %n hồ sơ mới.", "", len(report.added)),
            self.tr("%n hồ sơ đã có sẵn, giống hệt: bỏ qua.", "", len(report.unchanged)),
            self.tr("%n hồ sơ đã có nhưng khác nội dung: giữ nguyên bản đang có.", "",
                    len(report.conflicts)),
        ))
        if report.missing_files:
            text += "\n" + self.tr("Thiếu %n tệp đính kèm (chưa có trong máy này).", "",
                                    len(report.missing_files))
        QMessageBox.information(self, self.tr("Nhập hồ sơ"), text)

    def import_package(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhận gói hồ sơ"), "", self.tr("Gói hồ sơ sáng kiến (*.skpkg)")
        )
        if path:
            self.open_package(Path(path))

    def open_package(self, path: Path) -> None:
        """Checks the exchange package, then shows what it brings (the menu, or a .skpkg
        opened with the program: ``SangKienDesktop FILE.skpkg``)."""
        from PySide6.QtWidgets import QMessageBox

        from sangkien_desktop.gui.dialogs.import_package_dialog import ImportPackageDialog
        if not path.is_file():
            QMessageBox.warning(self, self.tr("Không nhận gói"), self.tr(
                "Không tìm thấy tệp “%1”.").replace("%1", str(path)))
            return
        ImportPackageDialog.run(self, self.app_data, path)  # the list follows (operation.watch)

    def open_portal_outbox(self) -> None:
        from sangkien_desktop.gui.dialogs.portal_outbox_dialog import PortalOutboxDialog
        PortalOutboxDialog(self.app_data, self).exec()  # the list follows (operation.watch)

    def export_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from sangkien_desktop.services.exchange.interchange import export_json
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất hồ sơ"), "ho-so-sang-kien.json", self.tr("Tệp hồ sơ JSON (*.json)")
        )
        if not path:
            return
        uuid = self.selected_uuid()
        uuids = None
        if uuid and QMessageBox.question(
            self,
            self.tr("Xuất hồ sơ"),
            self.tr("Chỉ xuất hồ sơ đang chọn? Chọn “Không” để xuất tất cả hồ sơ."),
        ) == QMessageBox.StandardButton.Yes:
            uuids = [uuid]
        try:
            with self.app_data.db.session() as session:
                count = export_json(session, Path(path), uuids)
        except (SangKienError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Không xuất được"), exception_text(exc))
            return
        self.statusBar().showMessage(
            self.tr("Đã xuất %n hồ sơ ra %1", "", count).replace("%1", path), 8000
        )

    def backup_now(self) -> None:
        from sangkien_desktop.gui import backup_runner

        backup_runner.backup_now(self, self.app_data)

    def open_backups(self) -> None:
        # Imported on first use: the dialog's form is not needed for the first paint.
        from sangkien_desktop.gui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.app_data, self)
        dialog.restored.connect(self.data_replaced)
        dialog.exec()

    def open_check_data(self) -> None:
        from sangkien_desktop.gui.dialogs.check_data_dialog import CheckDataDialog

        dialog = CheckDataDialog.run(self, self.app_data)
        if dialog.restored:
            self.data_replaced()
        elif dialog.changed:
            self.reload()

    def data_replaced(self) -> None:
        """The database was replaced under us (a restore): reconnect and read everything again."""
        self.app_data.db.close()
        self.model.reader.reopen()
        self.reload()

    def export_xlsx(self) -> None:
        from sangkien_desktop.gui.dialogs import xlsx_actions

        xlsx_actions.export_list(self, self.app_data, self.model.query)

    def save_xlsx_template(self) -> None:
        from sangkien_desktop.gui.dialogs import xlsx_actions

        xlsx_actions.save_template(self, self.app_data)

    def import_xlsx(self) -> None:
        from sangkien_desktop.gui.dialogs.xlsx_import_dialog import XlsxImportDialog
        XlsxImportDialog.run(self, self.app_data)  # the list follows the import (operation.watch)

    def open_guide(self) -> None:
        from sangkien_desktop.gui.dialogs.guide_dialog import GuideDialog

        GuideDialog.show_guide(self)

    def about(self) -> None:
        from sangkien_desktop.gui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.app_data.layout, self, self.app_data.db.label).exec()

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue(COLUMNS_KEY, self.ui.dossierTable.horizontalHeader().saveState())
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
