"""Papers of the initiative council: the score sheet (blank or filled) and the meeting minutes.

Neither prints personal data beyond names: they are handed round at a meeting.
"""

from __future__ import annotations

from decimal import Decimal

from sangkien_desktop.documents.blocks import (
    Cell,
    Closing,
    Column,
    Document,
    Header,
    Signer,
    Table,
    Title,
    bold,
    item,
    para,
    text_paragraphs,
)
from sangkien_desktop.documents.common import authors_line, date_words, place_date_line
from sangkien_desktop.documents.data import MeetingMinutes, ScoreSheet
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.domain.values import format_share

COUNCIL = "Hội đồng sáng kiến"
BOX = "□"  # Liberation Serif has U+25A1, not the ballot box U+2610
# A line of dots to write on, one text line wide in either format (an ellipsis is 4.6 mm at
# 13 pt; 34 of them leave room for Word's and LibreOffice's rounding on 165 mm).
DOTTED_LINE = "…" * 34
# Space between the two boxes to tick, kept by both formats (plain spaces collapse in PDF).
BOX_GAP = "\u00a0" * 10


def score(value: Decimal | None) -> str:
    """Scores as Vietnamese write decimals: 27,5."""
    return format_share(value) if value is not None else ""


def council_header(unit: UnitProfile, council_parent: str, number: str, date) -> Header:
    """The council speaks for the employer it belongs to, not for the union."""
    return Header(
        parent_organisation=council_parent or unit.unit_name,
        unit_name=COUNCIL,
        number=number,
        place_date=place_date_line(unit.place_name, date),
    )


def phieu_danh_gia(sheet: ScoreSheet) -> Document:
    blank = sheet.scores is None
    doc = Document(title=f"Phiếu đánh giá sáng kiến: {sheet.dossier_title}".rstrip(": "))
    doc.add(
        council_header(sheet.unit, sheet.council_parent, "", sheet.date),
        Title("PHIẾU ĐÁNH GIÁ SÁNG KIẾN", subtitle=sheet.council_name, rule=True),
        item("Họ và tên thành viên Hội đồng:", sheet.member_name),
        item("Chức danh trong Hội đồng:", sheet.member_role),
        item("Tên sáng kiến:", sheet.dossier_title),
        item("Tác giả (nhóm tác giả):", authors_line(sheet.authors, shares=False)),
    )
    if sheet.dossier_code:
        doc.add(item("Mã hồ sơ:", sheet.dossier_code))
    scores = sheet.scores or [None] * len(sheet.criteria)
    rows: list[list[str | Cell]] = [
        [
            str(i),
            f"{c.name}\n({c.guidance})" if c.guidance else c.name,
            score(c.max_score),
            score(s),
        ]
        for i, (c, s) in enumerate(zip(sheet.criteria, scores, strict=True), 1)
    ]
    max_total = sum((c.max_score for c in sheet.criteria), Decimal(0))
    doc.add(
        para(bold("Kết quả chấm điểm:"), keep_with_next=True),
        Table(
            columns=[
                Column("STT", 8, "center"),
                Column("Tiêu chí đánh giá", 62),
                Column("Điểm tối đa", 15, "center"),
                Column("Điểm chấm", 15, "center"),
            ],
            rows=rows,
            totals=[
                Cell("Tổng cộng", colspan=2, align="center"),
                score(max_total),
                score(sheet.total),
            ],
            min_row_height_mm=12 if blank else 0,
        ),
        para(bold("Nhận xét, ý kiến khác:")),
    )
    if sheet.remarks.strip():
        doc.add(*text_paragraphs(sheet.remarks))
    else:
        doc.add(*[para(DOTTED_LINE, first_line_indent=False) for _ in range(3)])
    threshold = (
        f" (sáng kiến được đề nghị công nhận khi đạt từ {score(sheet.pass_total)} điểm trở lên)"
        if sheet.pass_total is not None
        else ""
    )
    if blank or sheet.total is None or sheet.pass_total is None:
        doc.add(
            para(bold("Kết luận"), threshold + ":"),
            para(f"{BOX} Đề nghị công nhận{BOX_GAP}{BOX} Không đề nghị công nhận"),
        )
    else:
        passed = sheet.total >= sheet.pass_total
        verdict = "Đề nghị công nhận sáng kiến." if passed else "Không đề nghị công nhận sáng kiến."
        doc.add(para(bold("Kết luận"), threshold + ": ", bold(verdict)))
    doc.add(
        Closing(
            signers=[
                Signer(
                    title="THÀNH VIÊN HỘI ĐỒNG",
                    note="(Ký và ghi rõ họ tên)",
                    name=sheet.member_name,
                )
            ]
        )
    )
    return doc


def _member_line(m) -> str:
    position = f", {m.position}" if m.position else ""
    return f"- {m.full_name}{position} - {m.council_role};"


def bien_ban(minutes: MeetingMinutes) -> Document:
    present = [m for m in minutes.members if m.present]
    absent = [m for m in minutes.members if not m.present]
    chair = minutes.member_with_role("chủ tịch hội đồng")
    secretary = minutes.member_with_role("thư ký")
    start = f"vào lúc {minutes.start_time}, " if minutes.start_time else ""
    doc = Document(title=f"Biên bản họp {minutes.council_name}")
    doc.add(
        council_header(minutes.unit, minutes.council_parent, minutes.number, minutes.date),
        Title("BIÊN BẢN", subtitle=f"Họp {minutes.council_name}", rule=True),
        para(
            f"Hôm nay, {start}{date_words(minutes.date)}, tại {minutes.venue}, "
            f"{minutes.council_name} tổ chức họp xét, đánh giá sáng kiến."
        ),
        para(bold("I. THÀNH PHẦN THAM DỰ")),
        para(
            f"1. Thành viên Hội đồng có mặt: {len(present):02d}/{len(minutes.members):02d} người, gồm:"
        ),
        *[para(_member_line(m)) for m in present],
    )
    if absent:
        doc.add(para(f"2. Thành viên vắng mặt: {len(absent):02d} người:"))
        doc.add(
            *[
                para(
                    _member_line(m)[:-1]
                    + (f" (lý do: {m.absence_reason})." if m.absence_reason else ".")
                )
                for m in absent
            ]
        )
    doc.add(
        para(
            "Chủ trì: ",
            chair.full_name if chair else "……",
            "; Thư ký: ",
            secretary.full_name if secretary else "……",
            ".",
        ),
        para(bold("II. NỘI DUNG")),
    )
    if minutes.agenda:
        doc.add(para(minutes.agenda))
    rows: list[list[str | Cell]] = [
        [
            str(i),
            c.title,
            authors_line(c.authors, shares=False),
            score(c.average_score),
            f"{c.votes_for}/{c.votes_total}" if c.votes_for is not None and c.votes_total else "",
            c.result + (f" ({c.note})" if c.note else ""),
        ]
        for i, c in enumerate(minutes.considered, 1)
    ]
    doc.add(
        para(
            f"Hội đồng đã xem xét {len(rows):02d} hồ sơ sáng kiến. Kết quả đánh giá như sau:",
            keep_with_next=True,
        ),
        Table(
            columns=[
                Column("STT", 7, "center"),
                Column("Tên sáng kiến", 37),
                Column("Tác giả", 20),
                Column("Điểm trung bình", 11, "center"),
                Column("Số phiếu tán thành", 11, "center"),
                Column("Kết quả", 18),
            ],
            rows=rows,
        ),
        *([para(minutes.pass_rule)] if minutes.pass_rule else []),
        *([para("Thành viên không chấm điểm, không biểu quyết hoặc không tham gia đánh giá:")]
          + [para(f"- {line}") for line in minutes.recusals] if minutes.recusals else []),
        para(bold("III. KẾT LUẬN")),
        *text_paragraphs(minutes.conclusion),
        para(
            f"Cuộc họp kết thúc vào lúc {minutes.end_time or '……'} cùng ngày. Biên bản đã được đọc lại "
            "cho các thành viên dự họp cùng nghe và nhất trí thông qua."
        ),
        Closing(
            signers=[
                Signer(title="THƯ KÝ HỘI ĐỒNG", name=secretary.full_name if secretary else ""),
                Signer(title="CHỦ TỊCH HỘI ĐỒNG", name=chair.full_name if chair else ""),
            ]
        ),
    )
    return doc
