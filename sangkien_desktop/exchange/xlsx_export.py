"""XLSX writers: the dossier list, the summary table (Bảng tổng hợp) and the progress table.

Pure: plain values in, a file out. Sheets have title rows above the table, Vietnamese
headers, column widths fitted to their content, a frozen header, dates as real dates shown
dd/mm/yyyy and money as numbers shown with thousands separators. Written in openpyxl's
streaming mode (10,000 rows in about a second), saved atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from sangkien_desktop.documents.data import SummaryTable, TargetReport
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.values import format_date, format_share
from sangkien_desktop.exchange.xlsx_common import (
    DOSSIER_COLUMNS,
    KIND_STYLES,
    Vocabulary,
    add_styles,
    save_atomically,
    status_label,
)


def authors_text(authors: Sequence[Author]) -> str:
    """ "Nguyễn Văn An (60%); Trần Thị Bình (40%)": how the sheet writes authors and shares."""
    parts = []
    for a in authors:
        share = f" ({format_share(a.share_percent)}%)" if a.share_percent is not None else ""
        parts.append(a.full_name + share)
    return "; ".join(parts)


class _Sheet:
    """A streamed sheet: title rows, one header row (or two), then body rows."""

    def __init__(self, wb: Workbook, title: str, widths: Sequence[float]):
        self.ws: WriteOnlyWorksheet = wb.create_sheet(title)
        self.width = len(widths)
        self.row = 0
        self._styles: dict[str, Any] = {}
        # A streamed sheet writes its view (the frozen panes) with the first row: rows wait
        # here until freeze() says where the header ends.
        self.pending: list[list[Any]] | None = []
        for i, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = 9  # A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0

    def cell(self, value: Any, style: str) -> Cell:
        # Naming the style on each cell looks the name up every time; copying the style
        # array of a first cell so named is several times faster on 10,000 rows.
        array = self._styles.get(style)
        if array is None:
            first = WriteOnlyCell(self.ws)
            first.style = style
            array = self._styles[style] = first._style
        return Cell(self.ws, row=1, column=1, value=value, style_array=array)

    def append(self, cells: list[Any], height: float | None = None) -> None:
        self.row += 1
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        if self.pending is None:
            self.ws.append(cells)
        else:
            self.pending.append(cells)

    def merged_line(self, text: str, style: str, height: float | None = None) -> None:
        self.append([self.cell(text, style)], height)
        if self.width > 1:
            self.ws.merged_cells.add(f"A{self.row}:{get_column_letter(self.width)}{self.row}")

    def title_block(self, unit_line: str, title: str, lines: Iterable[str]) -> None:
        if unit_line:
            self.merged_line(unit_line, "sk_unit")
        self.merged_line(title, "sk_title", 24)
        for line in lines:
            if line:
                self.merged_line(line, "sk_subtitle")
        self.append([])

    def header(self, headers: Sequence[str], height: float = 36) -> None:
        self.append([self.cell(h, "sk_header") for h in headers], height)

    def freeze(self, header_rows: int = 1, columns: int = 0) -> None:
        """Freezes the next ``header_rows`` rows (the header, appended after this call) and
        everything above, and ``columns`` leading columns."""
        self.ws.freeze_panes = f"{get_column_letter(columns + 1)}{self.row + header_rows + 1}"
        for cells in self.pending or []:
            self.ws.append(cells)
        self.pending = None

    def finish(self, header_row: int) -> None:
        if self.pending is not None:
            self.freeze(0)
        last = get_column_letter(self.width)
        self.ws.print_title_rows = f"{header_row}:{header_row}"
        if self.row > header_row:
            self.ws.auto_filter.ref = f"A{header_row}:{last}{self.row}"


def _new_workbook() -> Workbook:
    wb = Workbook(write_only=True)
    add_styles(wb)
    return wb


# --- dossier list ------------------------------------------------------------------------------
def dossier_values(d: Dossier, vocab: Vocabulary, version: int = 1) -> dict[str, Any]:
    """The value of every dossier column for one dossier (STT aside); ``version`` is its
    place in its lineage (1 unless it corrects a recognised version)."""
    return {
        "code": d.code,
        "title": d.title,
        "authors": authors_text(d.authors),
        "unit": d.unit_name,
        "province": vocab.province_label(d.province_code) if d.province_code else "",
        "campaign": vocab.campaign_label(d.campaign_id) if d.campaign_id else "",
        "kind": vocab.kind_label(d.campaign_id, d.solution_type) if d.solution_type else "",
        "target_group": vocab.group_label(d.campaign_id, d.target_group) if d.target_group else "",
        "field": d.field_of_application,
        "first_applied_on": d.first_applied_on,
        "benefit_vnd": d.benefit_author_vnd,
        "benefit_social": d.benefit_author_social,
        "summary": d.description_solution,
        "status": status_label(d.status.value),
        "notes": d.notes,
        "version": version,
        "uuid": d.uuid,
    }


def write_dossier_list(
    path: Path,
    dossiers: Iterable[Dossier],
    vocab: Vocabulary,
    *,
    unit_name: str = "",
    subtitle: str = "",
    versions: Mapping[str, int] | None = None,
) -> int:
    """The dossier list with the template's columns, the version (``versions``: uuid →
    version, 1 when absent) and the uuid, so it can be imported again. Returns the number of
    dossiers written."""
    wb = _new_workbook()
    sheet = _Sheet(wb, "Hồ sơ", [c.width for c in DOSSIER_COLUMNS])
    sheet.title_block(unit_name.upper(), "DANH SÁCH HỒ SƠ SÁNG KIẾN", [subtitle])
    sheet.freeze(columns=3)
    sheet.header([c.header for c in DOSSIER_COLUMNS])
    header_row = sheet.row
    styles = [KIND_STYLES[c.kind] for c in DOSSIER_COLUMNS]
    keys = [c.key for c in DOSSIER_COLUMNS]
    count = 0
    try:
        for count, d in enumerate(dossiers, start=1):
            values = dossier_values(d, vocab, (versions or {}).get(d.uuid, 1))
            values["stt"] = count
            sheet.append([sheet.cell(values[k], s) for k, s in zip(keys, styles, strict=True)])
    except BaseException:
        sheet.ws.close()  # ends the half-written stream in order; nothing reaches ``path``
        raise
    sheet.finish(header_row)
    save_atomically(wb, path)
    return count


# --- summary table -----------------------------------------------------------------------------
SUMMARY_HEADERS = (
    ("STT", 6), ("Tên sáng kiến", 40), ("Tác giả (tỷ lệ đóng góp)", 30), ("Đơn vị", 28),
    ("Lĩnh vực áp dụng", 22), ("Loại giải pháp", 22), ("Đối tượng", 26),
    ("Thời gian áp dụng", 14), ("Tóm tắt nội dung, điểm mới", 60),
    ("Giá trị làm lợi (đồng)", 18), ("Hiệu quả xã hội", 36),
    ("Quyết định công nhận (số, ngày, cơ quan)", 30), ("Ghi chú", 20),
)  # fmt: skip


def _decision_text(number: str, date: dt.date | None, body: str) -> str:
    parts = [f"Số {number}" if number else "", f"ngày {format_date(date)}" if date else "", body]
    return ", ".join(p for p in parts if p)


def write_summary_table(path: Path, table: SummaryTable) -> Path:
    """Bảng tổng hợp tóm tắt sáng kiến, with a totals row for the benefit value."""
    wb = _new_workbook()
    sheet = _Sheet(wb, "Bảng tổng hợp", [w for _h, w in SUMMARY_HEADERS])
    lines = [table.campaign_name]
    if table.letter_number:
        when = f" ngày {format_date(table.letter_date)}" if table.letter_date else ""
        lines.append(f"(Kèm theo Tờ trình số {table.letter_number}{when})")
    sheet.title_block(table.unit.unit_name.upper(), "BẢNG TỔNG HỢP TÓM TẮT SÁNG KIẾN", lines)
    sheet.freeze(columns=2)
    sheet.header([h for h, _w in SUMMARY_HEADERS], 48)
    header_row = sheet.row
    c = sheet.cell
    for i, r in enumerate(table.rows, start=1):
        sheet.append([
            c(i, "sk_int"), c(r.title, "sk_text"), c(authors_text(r.authors), "sk_text"),
            c(r.unit_name, "sk_text"), c(r.field_of_application, "sk_text"),
            c(r.solution_type, "sk_text"), c(r.target_group, "sk_text"),
            c(r.first_applied_on, "sk_date"), c(r.summary, "sk_text"),
            c(r.benefit_vnd, "sk_money"), c(r.benefit_social, "sk_text"),
            c(_decision_text(r.decision_number, r.decision_date, r.decision_body), "sk_text"),
            c(r.note, "sk_text"),
        ])  # fmt: skip
    totals = [c("", "sk_total") for _ in SUMMARY_HEADERS]
    totals[1] = c(f"Tổng cộng: {len(table.rows)} sáng kiến", "sk_total")
    totals[9] = c(table.benefit_total, "sk_total_money")
    sheet.append(totals)
    sheet.finish(header_row)
    return save_atomically(wb, path)


# --- progress table ----------------------------------------------------------------------------
def _ratio(achieved: int, target: int) -> float | None:
    return achieved / target if target else None


def write_progress_table(path: Path, report: TargetReport) -> Path:
    """Kết quả thực hiện chỉ tiêu: per unit and phase the target, the achieved number and the
    percentage, then the whole campaign; a totals row at the bottom."""
    groups = [*report.phase_names, "Cả chương trình"]
    widths = [6, 40] + [11, 11, 11] * len(groups)
    wb = _new_workbook()
    sheet = _Sheet(wb, "Chỉ tiêu", widths)
    lines = [report.campaign_name]
    if report.as_of:
        lines.append(f"(Tính đến ngày {format_date(report.as_of)})")
    sheet.title_block(report.unit.unit_name.upper(), "KẾT QUẢ THỰC HIỆN CHỈ TIÊU SÁNG KIẾN", lines)
    c = sheet.cell
    first_header = sheet.row + 1
    sheet.freeze(header_rows=2, columns=2)
    top = [c("STT", "sk_header"), c("Đơn vị", "sk_header")]
    for name in groups:
        top += [c(name, "sk_header"), c("", "sk_header"), c("", "sk_header")]
    sheet.append(top, 24)
    sheet.header(["", ""] + ["Chỉ tiêu", "Đạt", "Tỷ lệ"] * len(groups), 24)
    ws = sheet.ws
    ws.merged_cells.add(f"A{first_header}:A{first_header + 1}")
    ws.merged_cells.add(f"B{first_header}:B{first_header + 1}")
    for g in range(len(groups)):
        start = 3 + g * 3
        ws.merged_cells.add(
            f"{get_column_letter(start)}{first_header}:{get_column_letter(start + 2)}{first_header}"
        )

    def numbers(pairs: list[tuple[int, int]], bold: bool) -> list[Cell]:
        out = []
        for target, achieved in pairs:
            out += [
                c(target, "sk_total" if bold else "sk_int"),
                c(achieved, "sk_total" if bold else "sk_int"),
                c(_ratio(achieved, target), "sk_percent"),
            ]
        return out

    for i, unit in enumerate(report.rows, start=1):
        pairs = [(p.target, p.achieved) for p in unit.phases]
        pairs.append((unit.target, unit.achieved))
        sheet.append([c(i, "sk_int"), c(unit.unit_name, "sk_text"), *numbers(pairs, False)])
    totals = []
    for p in range(len(report.phase_names)):
        totals.append((
            sum(u.phases[p].target for u in report.rows if p < len(u.phases)),
            sum(u.phases[p].achieved for u in report.rows if p < len(u.phases)),
        ))  # fmt: skip
    totals.append((sum(u.target for u in report.rows), sum(u.achieved for u in report.rows)))
    sheet.append([c("", "sk_total"), c("Tổng cộng", "sk_total"), *numbers(totals, True)])
    ws.print_title_rows = f"{first_header}:{first_header + 1}"
    return save_atomically(wb, path)
