"""Reading a dossier sheet as people make them: find the sheet and its header row among
merged title rows, map the headers to columns, and turn cells into dates, money and text.

Cells come in every shape: dates typed as text (15/09/2022, 5/9/22) or stored as Excel dates
or serial numbers; money as numbers or text ("120.000.000", "120,000,000 đ").
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from sangkien_desktop.domain.errors import DataFileError, InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import clean_line, clean_text
from sangkien_desktop.domain.values import parse_date, parse_money
from sangkien_desktop.exchange.xlsx_common import COLUMNS_BY_KEY, header_key, header_lookup

# The header is looked for in the first rows only: title rows above it are few.
HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class SheetColumn:
    key: str
    index: int  # 0-based position in the row
    header: str  # as written in the sheet

    @property
    def letter(self) -> str:
        return get_column_letter(self.index + 1)


@dataclass
class SheetNote:
    """Something about the sheet as a whole (a column not recognised, a missing column)."""

    message: str
    code: str
    severity: str = "warning"


@dataclass
class Sheet:
    path: Path
    name: str
    header_row: int
    columns: dict[str, SheetColumn]
    rows: list[tuple[int, tuple[Any, ...]]]  # sheet row number, raw values
    notes: list[SheetNote] = field(default_factory=list)


def _open(path: Path):
    if path.suffix.lower() == ".xls":
        raise DataFileError("xlsx_old_format", name=path.name)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise DataFileError("xlsx_missing", path=path) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DataFileError("xlsx_unreadable", name=path.name, reason=exc) from None


def _find_header(rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, SheetColumn], list[str]]:
    """The best header row among the first rows: the one naming most known columns, and the
    title among them. Returns (index in rows, columns, headers not recognised), or -1."""
    lookup = header_lookup()
    best: tuple[int, dict[str, SheetColumn], list[str]] = (-1, {}, [])
    for i, values in enumerate(rows):
        found: dict[str, SheetColumn] = {}
        unknown: list[str] = []
        for index, value in enumerate(values):
            if value is None or str(value).strip() == "":
                continue
            key = lookup.get(header_key(value))
            if key is None:
                unknown.append(f"{get_column_letter(index + 1)} “{clean_line(str(value))}”")
            elif key not in found:
                found[key] = SheetColumn(key, index, clean_line(str(value)))
        if "title" in found and len(found) >= 2 and len(found) > len(best[1]):
            best = (i, found, unknown)
    return best


def read_sheet(path: Path) -> Sheet:
    """The first sheet that has a recognisable header row, with its data rows."""
    wb = _open(Path(path))
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue  # a chart sheet
            if (ws.max_row or 0) <= 1 or (ws.max_column or 0) <= 1:
                # Some programs write no size or a wrong one ("A1"): then read what is there.
                # Not always, as finding the real size walks the whole sheet once more.
                ws.reset_dimensions()
            rows = ws.iter_rows(values_only=True)
            head: list[tuple[Any, ...]] = []
            for values in rows:
                head.append(values)
                if len(head) >= HEADER_SEARCH_ROWS:
                    break
            at, columns, unknown = _find_header(head)
            if at < 0:
                continue
            data = [(n, v) for n, v in enumerate(head[at + 1 :], start=at + 2)]
            data += [(n, v) for n, v in enumerate(rows, start=len(head) + 1)]
            sheet = Sheet(Path(path), ws.title, at + 1, columns, data)
            for text in unknown:
                sheet.notes.append(SheetNote(Message("xlsx_unknown_column", column=text),
                                             "xlsx_unknown_column"))
            for key in ("title", "authors"):
                if key not in columns:
                    header = COLUMNS_BY_KEY[key].header
                    sheet.notes.append(SheetNote(
                        Message("xlsx_missing_column", header=header, row=at + 1),
                        "xlsx_missing_column", "error"))
            return sheet
    finally:
        wb.close()
    expected = ", ".join(f"“{COLUMNS_BY_KEY[k].header}”" for k in ("title", "authors", "unit"))
    raise DataFileError(
        "xlsx_no_header", name=Path(path).name, expected=expected, rows=HEADER_SEARCH_ROWS,
    )


def iter_values(sheet: Sheet) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each non-empty data row as (row number, {column key: raw value})."""
    columns = list(sheet.columns.values())
    for number, values in sheet.rows:
        picked = {}
        for col in columns:
            value = values[col.index] if col.index < len(values) else None
            if isinstance(value, str):
                value = value.strip() or None
            if value is not None:
                picked[col.key] = value
        if picked:
            yield number, picked


# --- cell values -------------------------------------------------------------------------------
def cell_text(value: Any, *, multiline: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    text = str(value)
    return clean_text(text).strip() if multiline else clean_line(text)


_SHORT_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})$")
# Serial numbers Excel shows as dates between 1954 and 2119: smaller numbers are not dates
# anybody means (a year typed as 2022 would otherwise become 14/07/1905).
_SERIAL_RANGE = (20000, 80000)


def cell_date(value: Any, label: str) -> dt.date | None:
    """An Excel date, a serial number or text dd/mm/yyyy, d/m/yy, yyyy-mm-dd."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            return from_excel(value).date()
        raise InputError("xlsx_date_is_number", label=label, value=cell_text(value))
    text = clean_line(str(value))
    m = _SHORT_YEAR.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        text = f"{day}/{month}/{2000 + year if year < 70 else 1900 + year}"
    return parse_date(text, label=label)


def cell_money(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0 or value > 10**15:
            raise InputError("xlsx_money_negative", value=cell_text(value))
        return int(round(value))
    if isinstance(value, dt.date):
        raise InputError("xlsx_money_is_date", value=cell_text(value))
    return parse_money(str(value))
