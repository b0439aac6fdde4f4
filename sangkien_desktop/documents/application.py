"""Đơn yêu cầu công nhận sáng kiến (Thông tư 18/2013/TT-BKHCN, Phụ lục I) and the longer
Báo cáo mô tả sáng kiến, both from one Dossier.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sangkien_desktop.documents.blocks import (
    Cell,
    Closing,
    Column,
    Document,
    Header,
    Paragraph,
    Signer,
    Table,
    Title,
    bold,
    centred,
    item,
    para,
    text_paragraphs,
)
from sangkien_desktop.documents.common import (
    header_for,
    money,
    place_date_line,
    share_text,
    short_date,
)
from sangkien_desktop.documents.data import DossierPaper
from sangkien_desktop.domain.dossier import Applier, Author, Dossier
from sangkien_desktop.domain.unit_profile import application_addressee, employer_of, without_union
from sangkien_desktop.domain.values import format_date

SWORN_STATEMENT = (
    "Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật "
    "và hoàn toàn chịu trách nhiệm trước pháp luật."
)
INVESTOR_IS_AUTHOR = "Tác giả đồng thời là chủ đầu tư tạo ra sáng kiến."
NONE = "Không."
SIGNATURE_NOTE = "(Ký và ghi rõ họ tên)"


def addressed_to(paper: DossierPaper) -> str:
    """The body asked to recognise: as the paper says, else as Settings say (the head of the
    officer's employer by default; the dossier's own unit where Settings name none)."""
    if paper.addressed_to.strip():
        return paper.addressed_to.strip()
    body = employer_of(paper.unit) or without_union(paper.dossier.unit_name)
    return application_addressee(paper.unit, body)


def _people_table(people: Sequence[Author | Applier], workplace: Column, last: Column,
                  last_value: Callable[[Any], str], *, blank_row: bool = False) -> Table:
    """The form's table of people: number, name, birth date, workplace, title, qualification
    and one column of its own; ``blank_row`` gives an empty one to fill in by hand."""
    rows: list[list[str | Cell]] = [
        [str(i), p.full_name, format_date(p.birth_date), p.workplace, p.job_title,
         p.qualification, last_value(p)]
        for i, p in enumerate(people, 1)
    ]
    columns = [
        Column("Số TT", 9, "center"),
        Column("Họ và tên", 27),
        Column("Ngày tháng năm sinh", 20, "center"),
        workplace,
        Column("Chức danh", 20),
        Column("Trình độ chuyên môn", 22),
        last,
    ]
    if rows or not blank_row:
        return Table(columns=columns, rows=rows)
    return Table(columns=columns, rows=[[""] * len(columns)], min_row_height_mm=8)


def authors_table(authors: list[Author]) -> Table:
    return _people_table(
        authors, Column("Nơi công tác (hoặc nơi thường trú)", 30),
        Column("Tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến", 22, "center"),
        lambda a: share_text(a.share_percent), blank_row=True)


def appliers_table(dossier: Dossier) -> Table:
    return _people_table(dossier.appliers, Column("Nơi công tác", 28),
                         Column("Nội dung công việc hỗ trợ", 26), lambda a: a.task)


def first_applied(dossier: Dossier) -> str:
    if dossier.first_applied_on is None:
        return ""
    text = format_date(dossier.first_applied_on)
    return f"{text} (áp dụng thử)" if dossier.applied_as_trial else text


def benefit_paragraphs(vnd: int | None, social: str, calculation: str = "") -> list[Paragraph]:
    """The benefit as the form asks for it: the value in VND where it can be computed, the
    social benefit otherwise (or as well)."""
    out: list[Paragraph] = []
    if vnd is not None:
        out.append(para("+ Giá trị làm lợi: ", bold(money(vnd)), "."))
    if calculation.strip():
        out.append(para("+ Cách tính giá trị làm lợi:"))
        out += text_paragraphs(calculation)
    if social.strip():
        label = "+ Hiệu quả xã hội:" if out else ""
        if label:
            out.append(para(label))
        out += text_paragraphs(social)
    return out or text_paragraphs("")


def description_paragraphs(dossier: Dossier) -> list[Paragraph]:
    return [
        para("+ Tình trạng giải pháp đã biết, nhược điểm cần khắc phục:"),
        *text_paragraphs(dossier.description_before),
        para("+ Nội dung giải pháp, các bước thực hiện:"),
        *text_paragraphs(dossier.description_solution),
        para("+ Tính mới, điểm khác biệt của giải pháp:"),
        *text_paragraphs(dossier.description_novelty),
    ]


def author_signatures(authors: list[Author], place_date: str, title: str) -> list[Closing]:
    """One signature block, or a row of them for co-authors (three to a row)."""
    if len(authors) <= 1:
        name = authors[0].full_name if authors else ""
        return [
            Closing(
                signers=[Signer(title=title, note=SIGNATURE_NOTE, name=name, place_date=place_date)]
            )
        ]
    heading = Signer(
        title=title,
        note="(Các đồng tác giả ký, ghi rõ họ tên)",
        place_date=place_date,
        sign_space=False,
    )
    closings = [Closing(signers=[heading])]
    for start in range(0, len(authors), 3):
        chunk = authors[start : start + 3]
        closings.append(Closing(signers=[Signer(name=a.full_name) for a in chunk]))
    return closings


def don_yeu_cau(paper: DossierPaper) -> Document:
    d = paper.dossier
    doc = Document(title=f"Đơn yêu cầu công nhận sáng kiến: {d.title}")
    doc.add(
        Header(),
        Title("ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN"),
        centred("Kính gửi: ", addressed_to(paper)),
        para("Tôi (chúng tôi) ghi tên dưới đây:"),
        authors_table(d.authors),
        para(
            "Là tác giả (nhóm tác giả) đề nghị xét công nhận sáng kiến: ", bold(d.title or "…" * 20)
        ),
        item(
            "- Chủ đầu tư tạo ra sáng kiến (trường hợp tác giả không đồng thời là chủ đầu tư tạo ra sáng kiến):",
            d.investor or INVESTOR_IS_AUTHOR,
        ),
        item("- Lĩnh vực áp dụng sáng kiến:", d.field_of_application),
        item(
            "- Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử (ghi ngày nào sớm hơn):",
            first_applied(d),
        ),
        para("- Mô tả bản chất của sáng kiến:"),
        *description_paragraphs(d),
        item("- Những thông tin cần được bảo mật (nếu có):", d.confidential_info or NONE),
        para("- Những điều kiện cần thiết để áp dụng sáng kiến:"),
        *text_paragraphs(d.conditions),
        para(
            "- Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý "
            "kiến của tác giả:"
        ),
        *benefit_paragraphs(d.benefit_author_vnd, d.benefit_author_social, d.benefit_calculation),
        para(
            "- Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý "
            "kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu, kể cả áp dụng thử "
            "(nếu có):"
        ),
        *benefit_paragraphs(d.benefit_unit_vnd, d.benefit_unit_social),
        para(
            "- Danh sách những người đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu (nếu có):",
            "" if d.appliers else " " + NONE,
        ),
    )
    if d.appliers:
        doc.add(appliers_table(d))
    doc.add(para(SWORN_STATEMENT))
    place = place_date_line(paper.unit.place_name, paper.date)
    doc.add(*author_signatures(d.authors, place, "NGƯỜI NỘP ĐƠN"))
    return doc


def bao_cao_mo_ta(paper: DossierPaper) -> Document:
    d = paper.dossier
    doc = Document(title=f"Báo cáo mô tả sáng kiến: {d.title}")
    doc.add(
        header_for(paper.unit, date=paper.date),
        Title("BÁO CÁO MÔ TẢ SÁNG KIẾN", subtitle=d.title, rule=True),
        para(bold("1. Tên sáng kiến: "), d.title or "…" * 20),
        para(bold("2. Tác giả (nhóm tác giả):")),
        authors_table(d.authors),
        para(bold("3. Chủ đầu tư tạo ra sáng kiến: "), d.investor or INVESTOR_IS_AUTHOR),
        para(bold("4. Lĩnh vực áp dụng sáng kiến: "), d.field_of_application or "…" * 20),
        para(bold("5. Loại giải pháp: "), paper.solution_type_label or d.solution_type or "…" * 20),
        para(
            bold("6. Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử: "),
            first_applied(d) or short_date(None),
        ),
        para(bold("7. Mô tả bản chất của sáng kiến")),
        para(bold("7.1. Tình trạng giải pháp đã biết")),
        *text_paragraphs(d.description_before),
        para(bold("7.2. Nội dung giải pháp đề nghị công nhận là sáng kiến")),
        *text_paragraphs(d.description_solution),
        para(bold("7.3. Tính mới của giải pháp")),
        *text_paragraphs(d.description_novelty),
        para(bold("8. Những thông tin cần được bảo mật: "), d.confidential_info or NONE),
        para(bold("9. Các điều kiện cần thiết để áp dụng sáng kiến")),
        *text_paragraphs(d.conditions),
        para(bold("10. Đánh giá lợi ích thu được do áp dụng sáng kiến")),
        para(bold("10.1. Theo ý kiến của tác giả")),
        *benefit_paragraphs(d.benefit_author_vnd, d.benefit_author_social, d.benefit_calculation),
        para(bold("10.2. Theo ý kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu")),
        *benefit_paragraphs(d.benefit_unit_vnd, d.benefit_unit_social),
        para(
            bold(
                "11. Danh sách những người đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu"
            ),
            "" if d.appliers else ": " + NONE,
        ),
    )
    if d.appliers:
        doc.add(appliers_table(d))
    doc.add(*report_signatures(d.authors))
    return doc


def report_signatures(authors: list[Author]) -> list[Closing]:
    """The author's signature beside the unit's confirmation; with co-authors, every one of
    them signs, in rows of three under the heading (as on the application), and the unit
    confirms below them."""
    unit = Signer(title="XÁC NHẬN CỦA ĐƠN VỊ", note="(Ký tên, đóng dấu)")
    if len(authors) <= 1:
        name = authors[0].full_name if authors else ""
        return [Closing(signers=[unit, Signer(title="TÁC GIẢ", note=SIGNATURE_NOTE, name=name)])]
    return [*author_signatures(authors, "", "CÁC ĐỒNG TÁC GIẢ"), Closing(signers=[unit])]
