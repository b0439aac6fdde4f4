"""Nomination upward: the Tờ trình (cover letter) and the Bảng tổng hợp tóm tắt sáng kiến."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from sangkien_desktop.documents.blocks import (
    Cell,
    Closing,
    Column,
    Document,
    Signer,
    Table,
    Title,
    bold,
    centred,
    italic,
    para,
)
from sangkien_desktop.documents.common import (
    authors_line,
    header_for,
    money,
    share_text,
    short_date,
    signer_for,
)
from sangkien_desktop.documents.data import NominationLetter, SummaryRow, SummaryTable
from sangkien_desktop.domain.numwords import amount_in_words
from sangkien_desktop.domain.values import format_date, format_money, split_by_shares


def benefit_cell(row: SummaryRow) -> Cell:
    if row.benefit_vnd is not None:
        return Cell(format_money(row.benefit_vnd, unit=False), align="right")
    return Cell(row.benefit_social, align="left")


NBSP = "\u00a0"
DATE_WORDS = f"ngày{NBSP}00/00/0000"  # "ngày 22/03/2022", never broken


def decision_cell(row: SummaryRow) -> str:
    """The number on its own line (never broken), "ngày dd/mm/yyyy" kept whole, the body."""
    parts = [row.decision_number]
    if row.decision_date:
        parts.append(f"ngày{NBSP}{format_date(row.decision_date)}")
    if row.decision_body:
        parts.append(f"({row.decision_body})")
    return "\n".join(p for p in parts if p)


def authors_cell(row: SummaryRow) -> str:
    """One author a line with the share; where the decision fixed a reward, each author's
    part of it, split by the shares."""
    shares = split_by_shares(row.reward_vnd, [a.share_percent for a in row.authors]) \
        if row.reward_vnd and len(row.authors) > 1 else None
    lines = []
    for n, a in enumerate(row.authors):
        share = f" ({share_text(a.share_percent)})" if a.share_percent is not None else ""
        lines.append(a.full_name + share)
        if shares is not None:
            lines.append(f"thù lao: {money(shares[n])}")
    if row.reward_vnd and shares is None:
        lines.append(f"Thù lao: {money(row.reward_vnd)}")
    return "\n".join(lines)


# Relative widths on a landscape page (252 mm of text width). The summary has the room; the
# field, kind and target group share a column; the date, an amount up to hundreds of millions
# and every decision number ("21/QĐ-CĐCS", widened for longer symbols) fit on one line at 12 pt.
SUMMARY_COLUMNS = [
    Column("STT", 9, "center"),
    Column("Tên sáng kiến", 28),
    Column("Tác giả (tỷ lệ đóng góp)", 28),
    Column("Đơn vị", 20),
    Column("Lĩnh vực, loại giải pháp, đối tượng", 32),
    Column("Thời gian áp dụng", 22, "center", unbroken=("00/00/0000",)),
    Column("Tóm tắt nội dung, điểm mới", 46),
    Column("Hiệu quả (giá trị làm lợi, đồng)", 24),
    Column("Quyết định công nhận", 27),
    # Wide enough for every word of a favoured field's name ("Lĩnh vực ưu tiên: …").
    Column("Ghi chú", 16),
]
BENEFIT_COLUMN, DECISION_COLUMN = 7, 8


def summary_cells(i: int, row: SummaryRow) -> list[str | Cell]:
    kind = "\n".join(x for x in (row.field_of_application, row.solution_type, row.target_group) if x)
    return [
        str(i),
        row.title,
        authors_cell(row),
        row.unit_name,
        kind,
        format_date(row.first_applied_on),
        row.summary,
        benefit_cell(row),
        decision_cell(row),
        row.note,
    ]


def summary_rows_table(rows: Iterable[SummaryRow], total: int) -> Table:
    rows = list(rows)
    columns = list(SUMMARY_COLUMNS)
    numbers = (DATE_WORDS, *{r.decision_number for r in rows if r.decision_number})
    columns[DECISION_COLUMN] = dataclasses.replace(columns[DECISION_COLUMN], unbroken=numbers)
    amounts = (format_money(max((r.benefit_vnd or 0 for r in rows), default=0), unit=False),
               format_money(total, unit=False))
    columns[BENEFIT_COLUMN] = dataclasses.replace(columns[BENEFIT_COLUMN], unbroken=amounts)
    return Table(
        columns=columns,
        rows=[summary_cells(i, r) for i, r in enumerate(rows, 1)],
        repeat_header=True,
        totals=[
            Cell("Tổng cộng", colspan=7, align="center"),
            Cell(format_money(total, unit=False), align="right"),
            "",
            "",
        ],
    )


def bang_tong_hop(table: SummaryTable) -> Document:
    unit = table.unit
    note = ""
    if table.letter_number:
        note = (
            f"(Kèm theo Tờ trình số {table.letter_number} ngày {short_date(table.letter_date)} "
            f"của Ban Chấp hành {unit.unit_name})"
        )
    subtitle = f"Chương trình “{table.campaign_name}”" if table.campaign_name else ""
    doc = Document(title="Bảng tổng hợp tóm tắt sáng kiến", landscape=True)
    doc.add(
        header_for(unit, date=table.date),
        Title("BẢNG TỔNG HỢP TÓM TẮT SÁNG KIẾN", subtitle=subtitle, note=note),
        summary_rows_table(table.rows, table.benefit_total),
        para(
            f"Tổng số: {len(table.rows):02d} sáng kiến; tổng giá trị làm lợi: ",
            bold(money(table.benefit_total)),
            " ",
            italic(amount_in_words(table.benefit_total)),
            ".",
        ),
        Closing(signers=[Signer(title="NGƯỜI LẬP BẢNG"), signer_for(unit)]),
    )
    return doc


def to_trinh(letter: NominationLetter) -> Document:
    unit = letter.unit
    n = len(letter.items)
    doc = Document(title=f"Tờ trình số {letter.number}")
    doc.add(
        header_for(unit, number=letter.number, date=letter.date),
        Title(
            "TỜ TRÌNH",
            subtitle=f"Đề nghị xét, khen thưởng sáng kiến tham gia Chương trình “{letter.campaign_name}”",
            rule=True,
        ),
        centred("Kính gửi: ", letter.to_unit, space_after=10),
        *[para(line) for line in letter.basis],
    )
    if letter.recognised_count is not None:
        doc.add(
            para(
                f"Ban Chấp hành {unit.unit_name} đã phát động, hướng dẫn đoàn viên, người lao động "
                f"tham gia Chương trình; đến nay có {letter.recognised_count:02d} sáng kiến được "
                "công nhận bằng văn bản."
            )
        )
    quota = f"Căn cứ chỉ tiêu được phân bổ ({letter.quota:02d} sáng kiến), " if letter.quota else ""
    doc.add(
        para(
            f"{quota}Ban Chấp hành {unit.unit_name} trân trọng đề nghị {letter.to_unit} xem xét, "
            f"khen thưởng {n:02d} sáng kiến sau:",
            keep_with_next=True,
        ),
        Table(
            columns=[
                Column("STT", 8, "center"),
                Column("Tên sáng kiến", 40),
                Column("Tác giả", 24),
                Column("Giá trị làm lợi (đồng) hoặc hiệu quả", 20),
                Column("Quyết định công nhận", 20,
                       unbroken=(DATE_WORDS, *{r.decision_number for r in letter.items
                                               if r.decision_number})),
            ],
            rows=[
                [str(i), r.title, authors_line(r.authors), benefit_cell(r), decision_cell(r)]
                for i, r in enumerate(letter.items, 1)
            ],
        ),
        para("(Có Bảng tổng hợp tóm tắt sáng kiến và hồ sơ của từng sáng kiến kèm theo.)"),
        para(f"Kính đề nghị {letter.to_unit} xem xét, quyết định./."),
    )
    recipients = letter.recipients if letter.recipients is not None else unit.recipients
    doc.add(Closing(recipients=list(recipients), signers=[letter.signer or signer_for(unit)]))
    return doc
