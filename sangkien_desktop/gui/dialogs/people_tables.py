"""Editing the authors and the people who helped apply it, in the editor's two tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from sangkien_desktop.domain.dossier import Applier, Author
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.values import (
    format_date,
    format_share,
    normalise_phone,
    parse_date,
    parse_share,
)

from sangkien_desktop.gui.labels import error_text

ERROR_BRUSH = QBrush(QColor("#f8c8c8"))

# Column order of the two tables in ui/dossier_editor.ui.
AUTHOR_COLUMNS = (
    "full_name", "birth_date", "workplace", "job_title", "qualification",
    "cccd", "phone", "share_percent", "is_lead",
)  # fmt: skip
APPLIER_COLUMNS = ("full_name", "birth_date", "workplace", "job_title", "qualification", "task")


class PeopleTable(QObject):
    """Wraps a QTableWidget of people: loading, reading back with checks, live cell checks."""

    changed = Signal()
    cellError = Signal(str)

    def __init__(self, table: QTableWidget, columns: tuple[str, ...], key: str):
        super().__init__(table)
        self.table = table
        self.columns = columns
        self.key = key  # "authors" or "appliers": prefix of field names in errors
        table.itemChanged.connect(self._on_item_changed)
        header = table.horizontalHeader()
        for col, width in enumerate((180, 95, 180, 120, 130, 115, 105, 90, 70)[: len(columns)]):
            header.resizeSection(col, width)

    # --- rows ---------------------------------------------------------------------------
    def _item(self, text: str = "") -> QTableWidgetItem:
        return QTableWidgetItem(text)

    def add_row(self, values: dict[str, object] | None = None) -> int:
        values = values or {}
        table = self.table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        for col, name in enumerate(self.columns):
            value = values.get(name)
            if name == "is_lead":
                item = self._item()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif name == "birth_date":
                item = self._item(format_date(value if isinstance(value, dt.date) else None))
            elif name == "share_percent":
                item = self._item(format_share(value if isinstance(value, Decimal) else None))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item = self._item(str(value or ""))
            table.setItem(row, col, item)
        table.blockSignals(False)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_selected(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        for col in range(self.table.columnCount()):
            a = self.table.takeItem(row, col)
            b = self.table.takeItem(target, col)
            self.table.setItem(row, col, b)
            self.table.setItem(target, col, a)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, self.table.currentColumn())
        self.changed.emit()

    def load(self, people: list[Author] | list[Applier]) -> None:
        self.table.setRowCount(0)
        for person in people:
            self.add_row({name: getattr(person, name) for name in self.columns})

    def filled_rows(self) -> list[int]:
        """Table rows that hold a person, in order: row i of ``read()`` is table row
        ``filled_rows()[i]`` (empty rows are skipped when reading)."""
        return [
            row
            for row in range(self.table.rowCount())
            if any(self._text(row, n) for n in self.columns if n != "is_lead")
        ]

    def texts(self) -> list[list[str]]:
        """Every cell as typed (the check column as "1"/""), for autosave."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = []
            for name in self.columns:
                item = self.cell(row, name)
                if name == "is_lead":
                    cells.append("1" if item and item.checkState() == Qt.CheckState.Checked else "")
                else:
                    cells.append(item.text() if item else "")
            rows.append(cells)
        return rows

    def load_texts(self, rows: list[list[str]]) -> None:
        self.table.setRowCount(0)
        for cells in rows:
            row = self.add_row({"is_lead": False})
            self.table.blockSignals(True)
            for name, text in zip(self.columns, cells, strict=False):
                item = self.cell(row, name)
                if item is None:
                    continue
                if name == "is_lead":
                    item.setCheckState(Qt.CheckState.Checked if text else Qt.CheckState.Unchecked)
                else:
                    item.setText(text)
            self.table.blockSignals(False)
        self.changed.emit()

    def cell(self, row: int, name: str) -> QTableWidgetItem | None:
        return self.table.item(row, self.columns.index(name))

    def _text(self, row: int, name: str) -> str:
        item = self.cell(row, name)
        return clean_line(item.text()) if item else ""

    # --- reading back ---------------------------------------------------------------------
    def _field(self, row: int, name: str) -> str:
        return f"{self.key}[{row}].{name}"

    def _filled(self) -> Iterator[tuple[int, dict[str, str], dt.date | None]]:
        """(row, its texts, its birth date) for each non-empty row; raises InputError naming
        the row and column."""
        for row in range(self.table.rowCount()):
            texts = {n: self._text(row, n) for n in self.columns if n != "is_lead"}
            if not any(texts.values()):
                continue
            birth = parse_date(
                texts["birth_date"], field=self._field(row, "birth_date"), label=self.tr("Ngày sinh")
            )
            yield row, texts, birth

    def read_authors(self) -> list[Author]:
        """The authors' table, row by row (empty rows skipped)."""
        people = []
        for row, t, birth in self._filled():
            lead = self.cell(row, "is_lead")
            people.append(Author(
                full_name=t["full_name"], birth_date=birth, workplace=t["workplace"],
                job_title=t["job_title"], qualification=t["qualification"],
                cccd=t["cccd"].replace(" ", ""), phone=normalise_phone(t["phone"]),
                share_percent=parse_share(t["share_percent"], field=self._field(row, "share_percent")),
                is_lead=bool(lead and lead.checkState() == Qt.CheckState.Checked),
            ))
        return people

    def read_appliers(self) -> list[Applier]:
        """The appliers' table, row by row (empty rows skipped)."""
        return [Applier(full_name=t["full_name"], birth_date=birth, workplace=t["workplace"],
                        job_title=t["job_title"], qualification=t["qualification"], task=t["task"])
                for _row, t, birth in self._filled()]

    def share_total(self) -> Decimal | None:
        """Sum of the shares typed so far, or None while one of them is not a number."""
        if "share_percent" not in self.columns:
            return None
        total = Decimal(0)
        for row in range(self.table.rowCount()):
            try:
                share = parse_share(self._text(row, "share_percent"))
            except InputError:
                return None
            total += share or 0
        return total

    # --- live checks ------------------------------------------------------------------------
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        name = self.columns[item.column()]
        message = ""
        try:
            if name == "birth_date":
                parse_date(item.text(), label=self.tr("Ngày sinh"))
            elif name == "share_percent":
                parse_share(item.text())
        except InputError as exc:
            message = error_text(exc.message)
        self.mark(item, message)
        if message:
            self.cellError.emit(message)
        self.changed.emit()

    def mark(self, item: QTableWidgetItem, message: str) -> None:
        self.table.blockSignals(True)
        item.setBackground(ERROR_BRUSH if message else QBrush())
        item.setToolTip(message)
        self.table.blockSignals(False)

    def show_error(self, row: int, name: str, message: str) -> None:
        item = self.cell(row, name)
        if item is not None:
            self.mark(item, message)
            self.table.setCurrentItem(item)
            self.table.setFocus()
