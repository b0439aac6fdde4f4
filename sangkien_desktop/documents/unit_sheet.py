"""Phiếu tóm tắt kết quả sáng kiến của đơn vị: one page per unit for a meeting — targets and
results per phase, dossiers by status, kind and target group, the benefit value, and the
recognised initiatives with their authors' names. Never a CCCD or a phone number: the data
it is drawn from (UnitSheet) holds names only."""

from __future__ import annotations

from sangkien_desktop.documents.blocks import (
    Cell,
    Closing,
    Column,
    Document,
    Signer,
    Table,
    Title,
    bold,
    italic,
    para,
)
from sangkien_desktop.documents.common import header_for, money, short_date, signer_for
from sangkien_desktop.documents.data import PhaseAchievement, UnitSheet
from sangkien_desktop.documents.targets import percent
from sangkien_desktop.domain.values import format_money

SIZE = 11  # the tables of a one-page sheet
UNKNOWN = "chưa xác định"  # no recognised initiative has a benefit computed in money


def _phase_table(sheet: UnitSheet) -> Table:
    rows: list[list[str | Cell]] = []
    for name, p in zip(sheet.phase_names, sheet.phases, strict=True):
        rows.append([name, str(p.target), str(p.achieved), percent(p.achieved, p.target)])
    total = PhaseAchievement(sum(p.target for p in sheet.phases), sum(p.achieved for p in sheet.phases))
    return Table(
        columns=[Column("Đợt", 40), Column("Chỉ tiêu", 20, "center"),
                 Column("Đã đạt", 20, "center"), Column("Tỷ lệ (%)", 20, "center")],
        rows=rows,
        totals=[Cell("Cả chương trình", align="left"), str(total.target), str(total.achieved),
                percent(total.achieved, total.target)],
        size=SIZE,
    )


def _counts_cell(counts: list[tuple[str, int]]) -> str:
    return "\n".join(f"{label or '(chưa ghi)'}: {n}" for label, n in counts) or "—"


def _counts_table(sheet: UnitSheet) -> Table:
    """Status, kind and target group side by side in one row: the sheet stays on one page."""
    return Table(
        columns=[Column("Tình trạng hồ sơ", 30), Column("Loại giải pháp (đã công nhận)", 35),
                 Column("Đối tượng (đã công nhận)", 35)],
        rows=[[_counts_cell(sheet.by_status), _counts_cell(sheet.by_kind),
               _counts_cell(sheet.by_group)]],
        size=SIZE,
    )


def _initiatives(sheet: UnitSheet) -> Table:
    rows: list[list[str | Cell]] = [
        [str(i), s.title, ", ".join(s.author_names), s.status,
         Cell(format_money(s.benefit_vnd, unit=False), align="right") if s.benefit_vnd else ""]
        for i, s in enumerate(sheet.initiatives, 1)
    ]
    return Table(
        columns=[Column("STT", 8, "center"), Column("Tên sáng kiến", 42), Column("Tác giả", 24),
                 Column("Tình trạng", 14), Column("Làm lợi (đồng)", 16)],
        rows=rows,
        size=SIZE,
    )


def tom_tat_don_vi(sheet: UnitSheet) -> Document:
    doc = Document(title=f"Phiếu tóm tắt kết quả sáng kiến: {sheet.unit_name}", page_numbers=False)
    as_of = f"Số liệu tính đến ngày {short_date(sheet.as_of)}" if sheet.as_of else ""
    doc.add(
        header_for(sheet.unit, date=sheet.date),
        Title("PHIẾU TÓM TẮT KẾT QUẢ SÁNG KIẾN", subtitle=f"Đơn vị: {sheet.unit_name}",
              note=f"Chương trình “{sheet.campaign_name}”" + (f" — {as_of}" if as_of else "")),
        para(bold("1. Chỉ tiêu và kết quả"), keep_with_next=True, first_line_indent=False),
        _phase_table(sheet),
        para(bold("2. Hồ sơ theo tình trạng, loại giải pháp và đối tượng"), keep_with_next=True,
             first_line_indent=False),
        _counts_table(sheet),
    )
    benefit = money(sheet.benefit_vnd) if sheet.benefit_vnd else UNKNOWN
    doc.add(para("Tổng giá trị làm lợi của các sáng kiến đã công nhận: ", bold(benefit), ".",
                 first_line_indent=False))
    if sheet.initiatives:
        doc.add(para(bold("3. Sáng kiến đã công nhận"), keep_with_next=True,
                     first_line_indent=False), _initiatives(sheet))
        if sheet.more_initiatives:
            doc.add(para(italic(f"… và {sheet.more_initiatives} sáng kiến khác "
                                "(xem danh sách đầy đủ trong chương trình)."),
                         first_line_indent=False))
    doc.add(Closing(signers=[Signer(title="NGƯỜI LẬP PHIẾU"), signer_for(sheet.unit)]))
    return doc
