"""The dossier list as a Qt model that fetches rows from the database page by page."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services.context import Database
from sangkien_desktop.services.dossiers.list_query import (
    PAGE_SIZE,
    DossierQuery,
    ListRow,
    SortKey,
    list_dossiers,
    open_list,
)

from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.labels import status_label

COLUMNS: tuple[tuple[SortKey, str], ...] = (
    (SortKey.TITLE, QT_TRANSLATE_NOOP("DossierTableModel", "Tên sáng kiến")),
    (SortKey.CODE, QT_TRANSLATE_NOOP("DossierTableModel", "Mã")),
    (SortKey.SOLUTION_TYPE, QT_TRANSLATE_NOOP("DossierTableModel", "Loại giải pháp")),
    (SortKey.UNIT, QT_TRANSLATE_NOOP("DossierTableModel", "Đơn vị")),
    (SortKey.LEAD_AUTHOR, QT_TRANSLATE_NOOP("DossierTableModel", "Tác giả chính")),
    (SortKey.FIRST_APPLIED, QT_TRANSLATE_NOOP("DossierTableModel", "Áp dụng lần đầu")),
    (SortKey.STATUS, QT_TRANSLATE_NOOP("DossierTableModel", "Trạng thái")),
    (SortKey.CAMPAIGN, QT_TRANSLATE_NOOP("DossierTableModel", "Chương trình")),
)


class DossierTableModel(QAbstractTableModel):
    """Rows come in pages of PAGE_SIZE as the view scrolls (canFetchMore/fetchMore)."""

    # The number of matches, and whether it is only a lower bound (a capped search count).
    countChanged = Signal(int, bool)

    def __init__(self, db: Database, campaigns: dict[str, Campaign], parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._campaigns = campaigns
        self._query = DossierQuery()
        self._rows: list[ListRow] = []
        self._total = 0
        self._exhausted = True

    # --- query ------------------------------------------------------------------------------
    @property
    def query(self) -> DossierQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: DossierQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        with self._db.session() as session:
            page = open_list(session, self._query)
        self._rows, self._total, self._exhausted = page.rows, page.total, page.exhausted
        self.endResetModel()
        self.countChanged.emit(page.total, page.more)

    def row_at(self, row: int) -> ListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_uuid(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex) -> None:
        if parent.isValid():
            return
        with self._db.session() as session:
            page = list_dossiers(session, self._query, offset=len(self._rows), limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(row, COLUMNS[index.column()][0])
            if row.superseded:
                text += "\n" + self.tr(
                    "Bản đã được công nhận; đã có bản sửa đổi (bản %1) đang soạn hoặc đã thay thế."
                ).replace("%1", str(row.version + 1))
            return text
        if role == Qt.ItemDataRole.ForegroundRole and row.superseded:
            return QBrush(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.UserRole:
            return row.uuid
        return None

    def _display(self, row: ListRow, key: SortKey) -> str:
        campaign = self._campaigns.get(row.campaign_id)
        if key is SortKey.TITLE:
            return row.title
        if key is SortKey.CODE:
            if row.version > 1 or row.superseded:
                return self.tr("%1 · bản %2").replace("%1", row.code).replace("%2", str(row.version))
            return row.code
        if key is SortKey.SOLUTION_TYPE:
            return campaign.solution_type_label(row.solution_type) if campaign else row.solution_type
        if key is SortKey.UNIT:
            return row.unit_name
        if key is SortKey.LEAD_AUTHOR:
            return row.lead_author_name
        if key is SortKey.FIRST_APPLIED:
            return format_date(row.first_applied_on)
        if key is SortKey.STATUS:
            return status_label(row.status)
        if key is SortKey.CAMPAIGN:
            return campaign.short_name if campaign else row.campaign_id
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_query(
                replace(
                    self._query,
                    sort=COLUMNS[column][0],
                    descending=order == Qt.SortOrder.DescendingOrder,
                )
            )
