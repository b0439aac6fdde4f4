"""Quyết định công nhận sáng kiến with its annexed list, and the Giấy chứng nhận per author."""

from __future__ import annotations

from sangkien_desktop.documents.blocks import (
    Cell,
    Closing,
    Column,
    Document,
    PageBreak,
    Paragraph,
    Run,
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
    upper,
)
from sangkien_desktop.documents.data import Certificate, RecognitionDecision
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.numwords import amount_in_words
from sangkien_desktop.domain.values import format_money


def amount_with_words(amount: int) -> str:
    """ "120.000.000 đồng (Một trăm hai mươi triệu đồng)", as decisions write sums."""
    return f"{money(amount)} {amount_in_words(amount)}"


def authority_of(decision: RecognitionDecision) -> str:
    """The deciding body in running text: "Ban Chấp hành Công đoàn cơ sở ..."."""
    return decision.authority or f"Ban Chấp hành {decision.unit.unit_name}"


def default_articles(decision: RecognitionDecision) -> list[str]:
    n = len(decision.items)
    first = (
        f"Điều 1. Công nhận {n:02d} sáng kiến (có danh sách kèm theo Quyết định này). "
        f"Tổng giá trị làm lợi của các sáng kiến tính được bằng tiền là "
        f"{amount_with_words(decision.benefit_total)}."
    )
    if decision.reward_total:
        second = (
            "Điều 2. Các tác giả có sáng kiến được công nhận được trả thù lao theo quy định, "
            f"tổng số tiền là {amount_with_words(decision.reward_total)}, mức cụ thể theo danh "
            "sách kèm theo."
        )
    else:
        second = (
            "Điều 2. Các tác giả có sáng kiến được công nhận được hưởng các quyền lợi theo quy "
            "định của Điều lệ Sáng kiến và quy chế của đơn vị."
        )
    third = (
        "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các bộ phận có liên quan và các tác giả "
        "có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."
    )
    return [first, second, third]


def article(text: str, number: int) -> Paragraph:
    """ "Điều 1. ..." with the label in bold; a text without its label gets one."""
    head, sep, rest = text.partition(".")
    if sep and head.strip().startswith("Điều"):
        return para(bold(head.strip() + "."), rest)
    return para(bold(f"Điều {number}. "), text)


def annex_table(decision: RecognitionDecision) -> Table:
    with_reward = any(i.reward_vnd for i in decision.items)
    columns = [
        Column("STT", 7, "center"),
        Column("Tên sáng kiến", 38),
        Column("Tác giả (tỷ lệ đóng góp)", 24),
        Column("Đơn vị áp dụng", 18),
        Column("Giá trị làm lợi (đồng) hoặc hiệu quả xã hội", 24, "right"),
    ]
    if with_reward:
        columns.append(Column("Thù lao (đồng)", 18, "right"))
    rows = []
    for i, it in enumerate(decision.items, 1):
        benefit = (
            format_money(it.benefit_vnd, unit=False)
            if it.benefit_vnd is not None
            else Cell(it.benefit_social, align="left")
        )
        row = [str(i), it.title, authors_line(it.authors), it.unit_name, benefit]
        if with_reward:
            row.append(format_money(it.reward_vnd, unit=False))
        rows.append(row)
    totals: list[str | Cell] = [
        Cell("Tổng cộng", colspan=4, align="center"),
        format_money(decision.benefit_total, unit=False),
    ]
    if with_reward:
        totals.append(format_money(decision.reward_total, unit=False))
    return Table(columns=columns, rows=rows, totals=totals)


def quyet_dinh(decision: RecognitionDecision) -> Document:
    unit = decision.unit
    doc = Document(title=f"Quyết định số {decision.number} {decision.subject.lower()}")
    doc.add(
        header_for(unit, number=decision.number, date=decision.date),
        Title("QUYẾT ĐỊNH", subtitle=decision.subject, rule=True, space_after=4),
        centred(bold(upper(authority_of(decision))), space_after=8),
        *[para(italic(line)) for line in decision.legal_basis],
    )
    if decision.proposal:
        doc.add(para(italic(decision.proposal)))
    doc.add(centred(bold("QUYẾT ĐỊNH:"), space_before=4))
    articles = decision.articles or default_articles(decision)
    doc.add(*[article(text, i) for i, text in enumerate(articles, 1)])
    recipients = decision.recipients if decision.recipients is not None else unit.recipients
    doc.add(Closing(recipients=list(recipients), signers=[decision.signer or signer_for(unit)]))
    doc.add(
        PageBreak(),
        Title(
            "DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN",
            note=(
                f"(Kèm theo Quyết định số {decision.number} ngày {short_date(decision.date)} "
                f"của {authority_of(decision)})"
            ),
            size=13,
            rule=True,
        ),
        annex_table(decision),
        para(
            "Tổng giá trị làm lợi: ",
            bold(money(decision.benefit_total)),
            " ",
            italic(amount_in_words(decision.benefit_total)),
            ".",
        ),
    )
    if decision.reward_total:
        doc.add(
            para(
                "Tổng thù lao cho các tác giả: ",
                bold(money(decision.reward_total)),
                " ",
                italic(amount_in_words(decision.reward_total)),
                ".",
            )
        )
    return doc


CERTIFICATE_SIZE = 15.0


def _certificate_blocks(cert: Certificate) -> list:
    author = cert.author
    line = {"size": CERTIFICATE_SIZE, "space_after": 5}
    blocks = [
        header_for(cert.unit, number=cert.register_number, date=cert.date),
        Title(
            "GIẤY CHỨNG NHẬN",
            subtitle="TÁC GIẢ SÁNG KIẾN",
            size=26,
            subtitle_size=17,
            space_after=10,
        ),
        centred("Chứng nhận: ", Run(author.full_name, bold=True), **line),
    ]
    if author.workplace:
        blocks.append(centred(f"Nơi công tác: {author.workplace}", **line))
    blocks += [
        centred("Là tác giả (đồng tác giả) của sáng kiến:", **line),
        centred(bold(f"“{cert.dossier_title}”"), **line),
    ]
    if author.share_percent is not None and author.share_percent < 100:
        blocks.append(
            centred(
                f"Tỷ lệ đóng góp vào việc tạo ra sáng kiến: {share_text(author.share_percent)}",
                **line,
            )
        )
    body = f" của {cert.authority}" if cert.authority else ""
    blocks.append(
        centred(
            italic(
                f"Sáng kiến đã được công nhận theo Quyết định số {cert.decision_number} ngày "
                f"{short_date(cert.decision_date)}{body}."
            ),
            size=CERTIFICATE_SIZE - 1,
        )
    )
    blocks.append(Closing(signers=[cert.signer or signer_for(cert.unit)]))
    return blocks


def giay_chung_nhan(certificates: Certificate | list[Certificate]) -> Document:
    certs = [certificates] if isinstance(certificates, Certificate) else list(certificates)
    if not certs:
        raise InputError("certificates_empty")
    doc = Document(
        title=f"Giấy chứng nhận sáng kiến: {certs[0].dossier_title}",
        landscape=True,
        page_numbers=False,
        border=True,
    )
    for i, cert in enumerate(certs):
        if i:
            doc.add(PageBreak())
        doc.add(*_certificate_blocks(cert))
    return doc
