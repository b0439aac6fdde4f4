"""Thông báo không công nhận sáng kiến: the unit's written refusal to the authors of a solution
it did not recognise, with the reason (Điều lệ Sáng kiến, Nghị định 13/2012/NĐ-CP, Art. 8:
a refusal is notified to the author in writing, stating why). One notice per solution, on a
page of its own, each with its own number in the TB register.
"""

from __future__ import annotations

from sangkien_desktop.documents.blocks import (
    Closing,
    Document,
    Paragraph,
    Title,
    bold,
    centred,
    italic,
    one_per_page,
    para,
)
from sangkien_desktop.documents.common import header_for, share_text, short_date, signer_for
from sangkien_desktop.documents.data import RefusalNotice
from sangkien_desktop.domain.dossier import Author
from sangkien_desktop.domain.errors import InputError

RECIPIENTS = ["Như trên;", "Lưu: VT."]
RESULT = "Không công nhận là sáng kiến."
CLOSING_LINE = (
    "Tác giả có thể bổ sung, hoàn thiện giải pháp và nộp lại đơn yêu cầu công nhận sáng kiến "
    "theo quy định./."
)


def _addressee(author: Author) -> str:
    place = f", {author.workplace}" if author.workplace else ""
    return f"Ông (Bà) {author.full_name}{place}"


def _addressees(authors: list[Author]) -> list[Paragraph]:
    """ "Kính gửi:" each author of the solution: one line, or a list for co-authors."""
    if len(authors) <= 1:
        name = _addressee(authors[0]) if authors else "…" * 20
        return [centred("Kính gửi: ", name, space_after=10)]
    lines = [para("Kính gửi:", first_line_indent=False, space_after=0)]
    lines += [para(f"- {_addressee(a)};", space_after=0) for a in authors]
    lines[-1].space_after = 10
    return lines


def _authors_text(authors: list[Author]) -> str:
    parts = []
    for a in authors:
        share = f" ({share_text(a.share_percent)})" if len(authors) > 1 and a.share_percent else ""
        parts.append(a.full_name + share)
    return ", ".join(parts) or "…" * 20


def authority_of(notice: RefusalNotice) -> str:
    return notice.authority or f"Ban Chấp hành {notice.unit.unit_name}".strip()


def _notice_blocks(notice: RefusalNotice) -> list:
    applied = f" ngày {short_date(notice.applied_on)}" if notice.applied_on else ""
    blocks = [
        header_for(notice.unit, number=notice.number, date=notice.date),
        Title("THÔNG BÁO", subtitle="Về việc không công nhận sáng kiến", rule=True),
        *_addressees(notice.authors),
        *[para(italic(line)) for line in notice.legal_basis],
    ]
    # The council's result, one recital a line (and the deciding body's own evaluation where
    # it did not follow the council's proposal).
    blocks += [para(italic(line)) for line in notice.council_result.splitlines() if line.strip()]
    blocks += [
        para(f"{authority_of(notice)} thông báo kết quả xét đơn yêu cầu công nhận sáng kiến"
             f"{applied} như sau:"),
        para(bold("1. Tên giải pháp đề nghị công nhận: "), f"“{notice.title}”"),
        para(bold("2. Tác giả (đồng tác giả): "), _authors_text(notice.authors)),
        para(bold("3. Kết quả: "), bold(RESULT)),
        para(bold("4. Lý do không công nhận: "), notice.reason.strip() or "…" * 20),
        para(CLOSING_LINE),
    ]
    recipients = notice.recipients if notice.recipients is not None else RECIPIENTS
    blocks.append(Closing(recipients=list(recipients), signers=[notice.signer or signer_for(notice.unit)]))
    return blocks


def thong_bao_khong_cong_nhan(notices: RefusalNotice | list[RefusalNotice]) -> Document:
    items = [notices] if isinstance(notices, RefusalNotice) else list(notices)
    if not items:
        raise InputError("refusal_notices_empty")
    # Several notices in one file are several papers: none is page 2 of another.
    doc = Document(title=f"Thông báo không công nhận sáng kiến: {items[0].title}",
                   page_numbers=len(items) == 1)
    return one_per_page(doc, items, _notice_blocks)
