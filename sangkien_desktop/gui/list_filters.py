"""The dossier list's filters and search: the status (or the kept check's findings), the
program, the unit and old versions, turned into the list's query."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from sangkien_desktop.domain.status import STATUS_LABELS
from sangkien_desktop.services.campaign_files import ListLabels, labels_of
from sangkien_desktop.services.dossiers.list_query import distinct_units

from sangkien_desktop.gui.labels import status_label

if TYPE_CHECKING:
    from collections.abc import Callable

# The status filter's data for a check filter: "check:errors", "check:warnings"
# (DossierQuery.check; the overview panel's links are the same words).
CHECK_FILTER = "check:"


class ListFilters(QObject):
    """The filter row above the main window's list."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window  # the MainWindow (gui/main_window.py, which imports this module)
        self._campaign_names: dict[str, str] = {}  # what the campaign filter lists

    def programs_changed(self) -> None:
        """The catalogue's names in the list, and its programs in the filter: open ones
        first, a closed one marked so (gui/campaign_picker.py)."""
        from sangkien_desktop.gui import campaign_picker

        campaigns = self.window.app_data.campaigns
        labels = labels_of(campaigns)
        self.window.model.set_labels(labels)
        self._campaign_names = dict(labels.campaigns)
        self.refill_campaigns(lambda combo: campaign_picker.fill(combo, campaigns))
        # The box keeps a narrow width (the filter row fits 1024 px); its list shows names whole.
        view = self.window.ui.campaignFilter.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)

    def refill_campaigns(self, fill: Callable[[QComboBox], None]) -> None:
        """The filter's programs after "Tất cả" replaced by ``fill``'s, the choice kept."""
        combo = self.window.ui.campaignFilter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        fill(combo)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def focus_search(self) -> None:
        """Ctrl+F: to the search box, its text selected to type over."""
        from PySide6.QtCore import Qt

        self.window.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.ui.searchEdit.selectAll()

    def fill_filters(self, labels: ListLabels) -> None:
        ui = self.window.ui
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
        self.fill_campaigns(labels)
        ui.unitFilter.addItem(self.tr("Tất cả"), None)

    def fill_campaigns(self, labels: ListLabels) -> None:
        if labels.campaigns == self._campaign_names:
            return
        self._campaign_names = dict(labels.campaigns)

        def fill(combo: QComboBox) -> None:
            for campaign_id, name in sorted(labels.campaigns.items(), key=lambda c: c[1]):
                combo.addItem(name, campaign_id)

        self.refill_campaigns(fill)

    def fill_units(self) -> None:
        """Reads the unit names on the list reader's thread (one index hop per unit)."""
        self.window.model.reader.later("units", distinct_units, self.set_units)

    def set_units(self, units: list[str] | None) -> None:
        if units is None:
            return
        combo = self.window.ui.unitFilter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), None)
        for unit in units:
            combo.addItem(unit, unit)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def apply_filters(self) -> None:
        self.window._show_model()  # a filter changed before the first paint: no copy of the old rows
        ui = self.window.ui
        chosen = ui.statusFilter.currentData()
        check = chosen.removeprefix(CHECK_FILTER) if str(chosen).startswith(CHECK_FILTER) else None
        self.window.model.set_query(
            self.window.model.query._replace(
                search=ui.searchEdit.text(),
                status=None if check else chosen,
                check=check,
                campaign_id=ui.campaignFilter.currentData(),
                unit_name=ui.unitFilter.currentData(),
                old_versions=ui.oldVersionsCheck.isChecked(),
            )
        )
