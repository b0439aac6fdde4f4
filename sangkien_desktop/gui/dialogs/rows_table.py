"""A table of plain rows typed by the user (codes and labels, phases, quotas): load, read back
as dicts of text, add and remove rows, and mark the cells a check found wrong."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget, QTableWidgetItem

BAD = QColor("#fdecec")


class RowsTable(QObject):
    """``columns``: (key, header, width). ``choices``: for a column picked from a list,
    key → [(value, label)], shown as a combo box in each cell."""

    changed = Signal()

    def __init__(self, table: QTableWidget, columns: list[tuple[str, str, int]],
                 add: QPushButton, remove: QPushButton,
                 choices: dict[str, list[tuple[str, str]]] | None = None):
        super().__init__(table)
        self.table, self.columns, self.choices = table, columns, choices or {}
        self.keys = [c[0] for c in columns]
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([c[1] for c in columns])
        for n, (_key, _header, width) in enumerate(columns):
            if width:
                table.horizontalHeader().resizeSection(n, width)
        table.itemChanged.connect(lambda _item: self.changed.emit())
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_selected)

    def _combo(self, key: str, value: str) -> QComboBox:
        combo = QComboBox()
        for data, label in self.choices[key]:
            combo.addItem(label, data)
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _put(self, row: int, values: dict[str, str]) -> None:
        for col, key in enumerate(self.keys):
            value = str(values.get(key, "") or "")
            if key in self.choices:
                self.table.setCellWidget(row, col, self._combo(key, value))
            else:
                self.table.setItem(row, col, QTableWidgetItem(value))

    def load(self, rows: list[dict[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            self._put(row, values)
        self.table.blockSignals(False)

    def rows(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            values = {}
            for col, key in enumerate(self.keys):
                if key in self.choices:
                    combo = self.table.cellWidget(row, col)
                    values[key] = (combo.currentData() or "" if isinstance(combo, QComboBox)
                                   else "")
                else:
                    item = self.table.item(row, col)
                    values[key] = item.text().strip() if item is not None else ""
            out.append(values)
        return out

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self._put(row, {})
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def clear_marks(self) -> None:
        self.table.blockSignals(True)
        self.table.setStyleSheet("")
        for row in range(self.table.rowCount()):
            for col in range(len(self.keys)):
                item = self.table.item(row, col)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
                elif (widget := self.table.cellWidget(row, col)) is not None:
                    widget.setStyleSheet("")
                    widget.setToolTip("")
        self.table.blockSignals(False)

    def mark(self, row: int | None, key: str | None, message: str) -> None:
        """Marks one cell (or the whole table, ``row`` None) with ``message`` as its tooltip."""
        if row is None or row >= self.table.rowCount() or key not in self.keys:
            self.table.setStyleSheet("QTableWidget { border: 2px solid #c0392b; }")
            self.table.setToolTip(message)
            return
        col = self.keys.index(key)
        self.table.blockSignals(True)
        item = self.table.item(row, col)
        if item is not None:
            item.setBackground(BAD)
            item.setToolTip(message)
        elif (widget := self.table.cellWidget(row, col)) is not None:
            widget.setStyleSheet("background: #fdecec;")
            widget.setToolTip(message)
        self.table.blockSignals(False)

    def is_marked(self, row: int, key: str) -> bool:
        item = self.table.item(row, self.keys.index(key))
        if item is not None:
            return item.background().color() == BAD and item.background().style() != Qt.BrushStyle.NoBrush
        widget = self.table.cellWidget(row, self.keys.index(key))
        return widget is not None and "fdecec" in widget.styleSheet()
