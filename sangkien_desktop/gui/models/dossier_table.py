"""The dossier list as a Qt model that fetches rows from the database page by page.

It reads through a ListReader (plain sqlite3, the SQL of services/dossiers/list_query.py) and
shows campaign names from ListLabels, so it works before SQLAlchemy and the campaign catalogue
are loaded: the window paints its first page from it (gui/first_paint.py), through a copy in
Qt's own model (``first_frame``), and shows the model itself right after.

Nothing here touches PySide's ``Qt`` namespace before the first paint (building it, with every
enum in it, costs the first paint about 20 ms): the roles are Qt's plain numbers.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

from sangkien_desktop.services.campaign_files import ListLabels
from sangkien_desktop.services.dossiers.list_query import (
    PAGE_SIZE,
    DossierQuery,
    ListRow,
    SortKey,
    count_for_list,
)

from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.labels import status_label
from sangkien_desktop.gui.models.list_reader import ListReader

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItemModel

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
# The first page after each query fills a tall window; the next ones are PAGE_SIZE rows. Each
# row's list columns sit after its long texts in the table, so every row read costs a few
# pages of the file: the first paint reads no more of them than it shows.
FIRST_PAGE = 60
_KEYS = tuple(key for key, _ in COLUMNS)
_LABELLED = [i for i, key in enumerate(_KEYS) if key in (SortKey.SOLUTION_TYPE, SortKey.CAMPAIGN)]
# data() is called for every role of every visible cell while the list paints; plain ints
# (Qt.ItemDataRole's values) compare faster than the enum members, and most roles are answered
# with None at once.
_DISPLAY, _TOOLTIP, _FOREGROUND, _USER = 0, 3, 9, 256
_STATUS_CODE = _USER + 1  # the status column's code, for its badge (gui/views/status_badge.py)
_STATUS_COLUMN = _KEYS.index(SortKey.STATUS)
_HORIZONTAL = 1  # Qt.Orientation.Horizontal's value


def _greyed():
    # Imported when a superseded row is first shown (only with "old versions" on), not at the
    # first paint.
    from PySide6.QtGui import QBrush, QGuiApplication, QPalette

    return QBrush(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


class DossierTableModel(QAbstractTableModel):
    """Rows come in pages as the view scrolls (canFetchMore/fetchMore); the
    number of matches is counted on the reader's worker thread and announced by countChanged."""

    # The number of matches, and whether it is only a lower bound (a capped search count).
    countChanged = Signal(int, bool)

    def __init__(self, reader: ListReader, labels: ListLabels, parent: QObject | None = None):
        super().__init__(parent)
        self._reader = reader
        self._labels = labels
        self._query = DossierQuery()
        self._rows: list[ListRow] = []
        self._total: int | None = 0
        self._more = False
        self._exhausted = True
        self._count_held = False
        self._status_text: dict[str, str] = {}

    # --- query ------------------------------------------------------------------------------
    @property
    def query(self) -> DossierQuery:
        return self._query

    @property
    def reader(self) -> ListReader:
        return self._reader

    @property
    def total(self) -> int | None:
        """The number of matches; None while it is being counted."""
        return self._total

    @property
    def count_is_lower_bound(self) -> bool:
        """The count stopped at the search cap: more dossiers match than ``total``."""
        return self._more

    def set_query(self, query: DossierQuery) -> None:
        self._query = query
        self.refresh()

    def set_labels(self, labels: ListLabels) -> None:
        """The campaign catalogue, once loaded, replaces the names read for the first paint."""
        if labels == self._labels:
            return
        self._labels = labels
        if self._rows:
            for column in _LABELLED:
                self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def hold_count(self) -> None:
        """Counting the matches waits for ``release_count`` (the window's first paint: the
        count of a million dossiers is no reason to paint later)."""
        self._count_held = True

    def release_count(self) -> None:
        self._count_held = False
        if self._total is None:
            self._count_later()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._reader.page(self._query, 0, FIRST_PAGE)
        self._exhausted = len(self._rows) < FIRST_PAGE
        self.endResetModel()
        if self._exhausted:
            self._counted(self._query, (len(self._rows), False))
        else:
            self._total = None
            if not self._count_held:
                self._count_later()

    def _count_later(self) -> None:
        query = self._query
        self._reader.later("count", partial(count_for_list, q=query), partial(self._counted, query))

    def _counted(self, query: DossierQuery, result: tuple[int, bool] | None) -> None:
        if result is None or query != self._query:
            return
        self._total, self._more = result
        self.countChanged.emit(*result)

    def row_at(self, row: int) -> ListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_uuid(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        page = self._reader.page(self._query, len(self._rows), PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if role == _DISPLAY and orientation.value == _HORIZONTAL and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role not in (_DISPLAY, _TOOLTIP, _FOREGROUND, _USER, _STATUS_CODE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == _STATUS_CODE:
            return row.status if index.column() == _STATUS_COLUMN else None
        if role == _DISPLAY:
            return self._display(row, _KEYS[index.column()])
        if role == _TOOLTIP:
            text = self._display(row, _KEYS[index.column()])
            if row.superseded:
                text += "\n" + self.tr(
                    "Bản đã được công nhận; đã có bản sửa đổi (bản %1) đang soạn hoặc đã thay thế."
                ).replace("%1", str(row.version + 1))
            return text
        if role == _FOREGROUND:
            return _greyed() if row.superseded else None
        return row.uuid

    def _display(self, row: ListRow, key: SortKey) -> str:
        if key is SortKey.TITLE:
            return row.title
        if key is SortKey.CODE:
            if row.version > 1 or row.superseded:
                return self.tr("%1 · bản %2").replace("%1", row.code).replace("%2", str(row.version))
            return row.code
        if key is SortKey.SOLUTION_TYPE:
            return self._labels.solution_type(row.campaign_id, row.solution_type)
        if key is SortKey.UNIT:
            return row.unit_name
        if key is SortKey.LEAD_AUTHOR:
            return row.lead_author_name
        if key is SortKey.FIRST_APPLIED:
            # domain.values.format_date's form, without loading that module for the first paint.
            return row.first_applied_on.strftime("%d/%m/%Y") if row.first_applied_on else ""
        if key is SortKey.STATUS:
            text = self._status_text.get(row.status)
            if text is None:
                text = self._status_text[row.status] = status_label(row.status)
            return text
        if key is SortKey.CAMPAIGN:
            return self._labels.campaign(row.campaign_id)
        return ""

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        from PySide6.QtCore import Qt

        if 0 <= column < len(COLUMNS):
            self.set_query(self._query._replace(sort=COLUMNS[column][0],
                                                descending=order == Qt.SortOrder.DescendingOrder))


def first_frame(model: DossierTableModel, parent: QObject | None = None) -> QStandardItemModel:
    """The rows ``model`` has read, as its ``data`` gives them for the list's paint, in Qt's
    own C++ model: the window's first frame shows this copy (gui/main_window.py).

    The view asks a model of ours for its header with a Qt.Orientation, and that alone makes
    PySide build its ``Qt`` namespace, about 20 ms the first paint would wait for; this model
    answers in C++. Tooltips are left out: the model itself is in the view before a mouse can
    rest on a row.
    """
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    copy = QStandardItemModel(0, len(COLUMNS), parent)
    copy.setHorizontalHeaderLabels([model.tr(label) for _key, label in COLUMNS])
    for row in model._rows:
        cells = [QStandardItem(model._display(row, key)) for key in _KEYS]
        cells[_STATUS_COLUMN].setData(row.status, _STATUS_CODE)
        if row.superseded:
            for cell in cells:
                cell.setData(_greyed(), _FOREGROUND)
        copy.appendRow(cells)
    return copy
