"""The council's rubric in two tables: criteria (maximum, weight, pass mark, disqualifying,
guidance) and bands (label, lowest total, recognised). Reading back raises InputError."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.scoring import Band, Criterion, format_score
from sangkien_desktop.domain.text import clean_line, fold

from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP

FRACTIONS = ("2/3", "1/2", "3/4", "1")
# The pass rules of DOMAIN.md; another share may be typed ("3/5", "60%").
PASS_CHOICES = (("two_thirds", "2/3"), ("seventy_percent", "70%"), ("majority", "> 1/2"),
                ("unanimous", "100%"))  # i18n: keep
VOTE_BASE_CODES = ("council", "present")
CODE_ROLE = Qt.ItemDataRole.UserRole
EXTRA_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("rubric_tables", text)


CRITERIA_HEADERS = (
    QT_TRANSLATE_NOOP("rubric_tables", "Tiêu chí"), QT_TRANSLATE_NOOP("rubric_tables", "Điểm tối đa"),
    QT_TRANSLATE_NOOP("rubric_tables", "Hệ số"), QT_TRANSLATE_NOOP("rubric_tables", "Điểm sàn"),
    QT_TRANSLATE_NOOP("rubric_tables", "Loại nếu dưới sàn"), QT_TRANSLATE_NOOP("rubric_tables", "Gợi ý chấm"),
)  # fmt: skip
BAND_HEADERS = (
    QT_TRANSLATE_NOOP("rubric_tables", "Mức"), QT_TRANSLATE_NOOP("rubric_tables", "Tổng điểm từ"),
    QT_TRANSLATE_NOOP("rubric_tables", "Được công nhận"), QT_TRANSLATE_NOOP("rubric_tables", "Điều kiện thêm"),
)  # fmt: skip


def _checkable(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return clean_line(item.text()) if item is not None else ""


def _cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """A cell of a row (add_criterion and add_band fill every cell; an empty one otherwise)."""
    return table.item(row, col) or QTableWidgetItem()


def _checked(table: QTableWidget, row: int, col: int) -> bool:
    return _cell(table, row, col).checkState() == Qt.CheckState.Checked


def _optional_decimal(text: str, label: str, row: int) -> Decimal | None:
    return _decimal(text, label, row) if text.strip() else None


def _decimal(text: str, label: str, row: int) -> Decimal:
    raw = text.replace(",", ".").strip()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise InputError(QCoreApplication.translate("rubric_tables", "Dòng %1: “%2” phải là một số không âm (đã nhập “%3”).")
                         .replace("%1", str(row + 1)).replace("%2", label).replace("%3", text),
                         code="rubric_number", field=f"row{row}")
    return value


def _code_for(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:30] or "tieu_chi"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def setup(table: QTableWidget, headers: tuple[str, ...], widths: tuple[int, ...]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels([_tr(h) for h in headers])
    for col, width in enumerate(widths):
        table.horizontalHeader().resizeSection(col, width)


# ---- criteria --------------------------------------------------------------------------------


def add_criterion(table: QTableWidget, c: Criterion | None = None) -> int:
    blocked = table.blockSignals(True)  # no "changed" for half-built rows
    row = table.rowCount()
    table.insertRow(row)
    name = QTableWidgetItem(c.name if c else "")
    name.setData(CODE_ROLE, c.code if c else "")
    name.setData(EXTRA_ROLE, c.ranges if c else ())  # score ranges: kept, edited elsewhere
    table.setItem(row, 0, name)
    for col, value in ((1, c.max_score if c else None), (2, c.weight if c else Decimal(1)),
                       (3, c.pass_mark if c else None)):
        table.setItem(row, col, QTableWidgetItem(format_score(value) if value is not None else ""))
    table.setItem(row, 4, _checkable(bool(c and c.disqualifying)))
    table.setItem(row, 5, QTableWidgetItem(c.guidance if c else ""))
    table.blockSignals(blocked)
    return row


def load_criteria(table: QTableWidget, criteria: tuple[Criterion, ...]) -> None:
    table.setRowCount(0)
    for c in criteria:
        add_criterion(table, c)


def read_criteria(table: QTableWidget) -> tuple[Criterion, ...]:
    found: list[Criterion] = []
    taken = {_cell(table, r, 0).data(CODE_ROLE) for r in range(table.rowCount())} - {"", None}
    for row in range(table.rowCount()):
        name = _text(table, row, 0)
        if not name:
            continue
        code = _cell(table, row, 0).data(CODE_ROLE) or _code_for(name, taken)
        taken.add(code)
        maximum = _decimal(_text(table, row, 1), QCoreApplication.translate("rubric_tables", "Điểm tối đa"), row)
        if not maximum:
            raise InputError(QCoreApplication.translate("rubric_tables", "Tiêu chí “%1” cần điểm tối đa lớn hơn 0.").replace("%1", name), code="rubric_max",
                             field=f"row{row}")
        weight = _decimal(_text(table, row, 2) or "1", QCoreApplication.translate("rubric_tables", "Hệ số"), row)
        pass_mark = _optional_decimal(_text(table, row, 3), QCoreApplication.translate("rubric_tables", "Điểm sàn"), row)
        if pass_mark is not None and pass_mark > maximum:
            raise InputError(QCoreApplication.translate("rubric_tables", "Điểm sàn của tiêu chí “%1” lớn hơn điểm tối đa.").replace("%1", name),
                             code="rubric_pass_mark", field=f"row{row}")
        disqualifying = _checked(table, row, 4)
        first = table.item(row, 0)
        ranges = tuple(first.data(EXTRA_ROLE) or ()) if first is not None else ()
        found.append(Criterion(code, name, maximum, weight or Decimal(1), pass_mark, disqualifying,
                               _text(table, row, 5), ranges))
    if not found:
        raise InputError(QCoreApplication.translate("rubric_tables", "Hội đồng cần ít nhất một tiêu chí chấm điểm."), code="rubric_empty")
    return tuple(found)


# ---- bands -----------------------------------------------------------------------------------


def _conditions_text(min_scores: dict[str, Decimal], names: dict[str, str]) -> str:
    return "; ".join(f"{names.get(code, code)} ≥ {format_score(v)}" for code, v in min_scores.items())


def add_band(table: QTableWidget, band: Band | None = None, names: dict[str, str] | None = None) -> int:
    blocked = table.blockSignals(True)
    row = table.rowCount()
    table.insertRow(row)
    label = QTableWidgetItem(band.label if band else "")
    label.setData(CODE_ROLE, band.code if band else "")
    label.setData(EXTRA_ROLE, {k: str(v) for k, v in band.min_scores.items()} if band else {})
    table.setItem(row, 0, label)
    table.setItem(row, 1, QTableWidgetItem(format_score(band.min_total) if band else ""))
    table.setItem(row, 2, _checkable(band.recognised if band else True))
    extra = QTableWidgetItem(_conditions_text(dict(band.min_scores), names or {}) if band else "")
    extra.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    extra.setToolTip(QCoreApplication.translate("rubric_tables", "Điều kiện về điểm từng tiêu chí đi theo bộ tiêu chí mặc định."))
    table.setItem(row, 3, extra)
    table.blockSignals(blocked)
    return row


def load_bands(table: QTableWidget, bands: tuple[Band, ...], names: dict[str, str]) -> None:
    table.setRowCount(0)
    for band in bands:
        add_band(table, band, names)


def read_bands(table: QTableWidget, criteria: tuple[Criterion, ...]) -> tuple[Band, ...]:
    codes = {c.code for c in criteria}
    found: list[Band] = []
    taken: set[str] = set()
    for row in range(table.rowCount()):
        label = _text(table, row, 0)
        if not label:
            continue
        item = _cell(table, row, 0)
        code = item.data(CODE_ROLE) or _code_for(label, taken)
        taken.add(code)
        minimum = _decimal(_text(table, row, 1), QCoreApplication.translate("rubric_tables", "Tổng điểm từ"), row)
        # A condition on a criterion that is no longer in the rubric is dropped with it.
        extra = {k: Decimal(v) for k, v in (item.data(EXTRA_ROLE) or {}).items() if k in codes}
        found.append(Band(code, label, minimum, extra, _checked(table, row, 2)))
    if not any(b.recognised for b in found):
        raise InputError(QCoreApplication.translate(
            "rubric_tables", "Cần ít nhất một mức kết quả được công nhận (ví dụ “Đạt” từ 50 điểm)."),
                         code="rubric_no_band")
    return tuple(sorted(found, key=lambda b: b.min_total, reverse=True))
