"""Papers written as spreadsheets: the summary table (Bảng tổng hợp tóm tắt sáng kiến) and the
table of results against targets, from the same data as their PDF and DOCX forms.

Pure: data in, a workbook written to ``target`` (a path or a binary stream) out; the caller
saves atomically.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter

from sangkien_desktop.documents.data import SummaryTable, TargetReport
from sangkien_desktop.domain.dossier import authors_text
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.sheets import Sheet, new_workbook

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


def write_summary_table(target: Path | BinaryIO, table: SummaryTable) -> None:
    """Bảng tổng hợp tóm tắt sáng kiến, with a totals row for the benefit value."""
    wb = new_workbook()
    sheet = Sheet(wb, "Bảng tổng hợp", [w for _h, w in SUMMARY_HEADERS])
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
    wb.save(target)


# --- progress table ----------------------------------------------------------------------------
def _ratio(achieved: int, target: int) -> float | None:
    return achieved / target if target else None


def write_achievement_table(target: Path | BinaryIO, report: TargetReport) -> None:
    """Kết quả thực hiện chỉ tiêu: per unit and phase the target, the achieved number and the
    percentage, then the whole campaign; a totals row at the bottom."""
    groups = [*report.phase_names, "Cả chương trình"]
    widths = [6, 40] + [11, 11, 11] * len(groups)
    wb = new_workbook()
    sheet = Sheet(wb, "Chỉ tiêu", widths)
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
    wb.save(target)
