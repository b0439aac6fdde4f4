"""The bin: deleted dossiers, to restore or to delete for good."""

from __future__ import annotations

from functools import partial

from sqlalchemy.orm import Session

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from sangkien_desktop.services.campaign_files import labels_of
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    count_dossiers,
    list_dossiers,
)
from sangkien_desktop.services.dossiers.recycle_bin import empty_bin, purge, restore
from sangkien_desktop.services.exchange.paper_cache import PaperCache

from sangkien_desktop.gui.forms.ui_bin_dialog import Ui_BinDialog
from sangkien_desktop.gui.models.dossier_table import DossierTableModel
from sangkien_desktop.gui.models.list_reader import reader_for
from sangkien_desktop.gui.operation import call_op, each


def _empty(session: Session, query: DossierQuery) -> list[str]:
    """Empties the bin; returns the dossiers that were in it."""
    binned = [r.uuid for r in list_dossiers(session, query, limit=None)]
    empty_bin(session)
    return binned


class BinDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_BinDialog()
        self.ui.setupUi(self)
        self.model = DossierTableModel(reader_for(app_data.db, self), labels_of(app_data.campaigns), self)
        self.model.set_query(DossierQuery(in_bin=True))
        self.ui.binTable.setModel(self.model)
        self.ui.binTable.setWordWrap(False)
        for column, width in enumerate((300, 115, 150, 200, 150)):
            self.ui.binTable.horizontalHeader().resizeSection(column, width)
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        ui = self.ui
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.purgeButton.clicked.connect(self.purge_selected)
        ui.emptyButton.clicked.connect(self.empty)
        ui.eraseDataButton.clicked.connect(self.erase_personal_data)
        ui.closeButton.clicked.connect(self.accept)
        ui.binTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def _selected(self) -> list[str]:
        rows = self.ui.binTable.selectionModel().selectedRows()
        return [r.uuid for i in rows if (r := self.model.row_at(i.row())) is not None]

    def _update_buttons(self) -> None:
        has = bool(self._selected())
        self.ui.restoreButton.setEnabled(has)
        self.ui.purgeButton.setEnabled(has)
        self.ui.eraseDataButton.setEnabled(len(self._selected()) == 1)
        self.ui.emptyButton.setEnabled(self.model.rowCount() > 0)

    def erase_personal_data(self) -> None:
        """The selected dossier stays in the bin without its people's personal data."""
        from sangkien_desktop.gui.dialogs.erase_person_dialog import ErasePersonDialog

        uuids = self._selected()
        if len(uuids) == 1 and ErasePersonDialog(self.app_data, self, dossier_uuid=uuids[0]).exec():
            self.model.refresh()

    def restore_selected(self) -> None:
        call_op(self, self.app_data, each, restore, self._selected(),
                title=self.tr("Không khôi phục được"))
        self.model.refresh()

    def purge_selected(self) -> None:
        uuids = self._selected()
        if not uuids or QMessageBox.question(
            self,
            self.tr("Xóa hẳn"),
            self.tr("Xóa hẳn %n hồ sơ đã chọn? Không thể hoàn tác.", "", len(uuids)),
        ) != QMessageBox.StandardButton.Yes:
            return
        # All or nothing: a recognised dossier among the selection stops the whole purge.
        if call_op(self, self.app_data, each, purge, uuids, title=self.tr("Không xóa hẳn được")):
            PaperCache.of(self.app_data.layout).forget(uuids)  # their drawn papers go too
        self.model.refresh()

    def done(self, result: int) -> None:
        self.model.reader.close()
        super().done(result)

    def empty(self) -> None:
        count = self.model.reader.read(partial(count_dossiers, q=self.model.query))
        if QMessageBox.question(
            self,
            self.tr("Dọn sạch thùng rác"),
            self.tr("Xóa hẳn toàn bộ %n hồ sơ trong thùng rác? Không thể hoàn tác.", "", count),
        ) != QMessageBox.StandardButton.Yes:
            return
        done = call_op(self, self.app_data, _empty, self.model.query,
                       title=self.tr("Không dọn được thùng rác"))
        if done:  # their drawn papers go too (a recognised dossier stays: drawn again if sent)
            PaperCache.of(self.app_data.layout).forget(done.result)
        self.model.refresh()
