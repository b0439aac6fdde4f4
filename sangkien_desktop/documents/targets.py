"""Báo cáo kết quả thực hiện chỉ tiêu: how many initiatives each unit has against its targets."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sangkien_desktop.documents.blocks import (
    Cell,
    Closing,
    Column,
    Document,
    Table,
    Title,
    bold,
    centred,
    para,
    text_paragraphs,
)
from sangkien_desktop.documents.common import header_for, number_text, short_date, signer_for
from sangkien_desktop.documents.data import PhaseAchievement, TargetReport
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.values import format_share


def percent(achieved: int, target: int) -> str:
    """76,7 — one decimal, Vietnamese comma; no target gives an empty cell."""
    if target <= 0:
        return ""
    value = (Decimal(achieved) * 100 / Decimal(target)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return format_share(value) if value != value.to_integral() else str(int(value))


def _triple(p: PhaseAchievement) -> list[str]:
    return [str(p.target), str(p.achieved), percent(p.achieved, p.target)]


def progress_table(report: TargetReport) -> Table:
    columns = [Column("STT", 7, "center"), Column("Đơn vị", 40)]
    group = [Cell("STT"), Cell("Đơn vị")]
    for name in [*report.phase_names, "Cả chương trình"]:
        columns += [
            Column("Chỉ tiêu", 11, "center"),
            Column("Đã đạt", 11, "center"),
            Column("Tỷ lệ (%)", 11, "center"),
        ]
        group.append(Cell(name, colspan=3))
    rows = []
    for i, row in enumerate(report.rows, 1):
        if len(row.phases) != len(report.phase_names):
            raise InputError("report_phases_mismatch", unit=row.unit_name,
                             unit_phases=len(row.phases), phases=len(report.phase_names))
        cells: list[str | Cell] = [str(i), row.unit_name]
        for p in row.phases:
            cells += _triple(p)
        cells += _triple(PhaseAchievement(row.target, row.achieved))
        rows.append(cells)
    totals: list[str | Cell] = [Cell("Tổng cộng", colspan=2, align="center")]
    for k in range(len(report.phase_names)):
        totals += _triple(
            PhaseAchievement(
                sum(r.phases[k].target for r in report.rows),
                sum(r.phases[k].achieved for r in report.rows),
            )
        )
    totals += _triple(
        PhaseAchievement(sum(r.target for r in report.rows), sum(r.achieved for r in report.rows))
    )
    return Table(columns=columns, rows=rows, group_header=group, totals=totals)


def bao_cao_chi_tieu(report: TargetReport) -> Document:
    unit = report.unit
    target = sum(r.target for r in report.rows)
    achieved = sum(r.achieved for r in report.rows)
    doc = Document(
        title=f"Báo cáo kết quả thực hiện chỉ tiêu: {report.campaign_name}",
        landscape=len(report.phase_names) > 2,
    )
    # A report is numbered in the union's BC register; unnumbered, the clerk writes it in.
    number = report.number or number_text(None, "BC", unit.number_suffix)
    doc.add(
        header_for(unit, number=number, date=report.date),
        Title(
            "BÁO CÁO",
            subtitle=f"Kết quả thực hiện chỉ tiêu Chương trình “{report.campaign_name}”",
            rule=True,
        ),
    )
    if report.to_unit:
        doc.add(centred("Kính gửi: ", report.to_unit, space_after=10))
    as_of = f"Tính đến ngày {short_date(report.as_of)}, " if report.as_of else ""
    doc.add(
        para(
            f"{as_of}các đơn vị có {achieved:02d} sáng kiến được công nhận trên tổng chỉ tiêu "
            f"{target:02d} sáng kiến, đạt {percent(achieved, target) or '0'}%. Kết quả cụ thể như sau:",
            keep_with_next=True,
        ),
        progress_table(report),
    )
    behind = [r.unit_name for r in report.rows if r.achieved < r.target]
    if behind:
        doc.add(para(bold("Đơn vị chưa đạt chỉ tiêu: "), "; ".join(behind) + "."))
    if report.remarks.strip():
        doc.add(para(bold("Đánh giá, kiến nghị:")), *text_paragraphs(report.remarks))
    recipients = report.recipients if report.recipients is not None else unit.recipients
    doc.add(Closing(recipients=list(recipients), signers=[report.signer or signer_for(unit)]))
    return doc
