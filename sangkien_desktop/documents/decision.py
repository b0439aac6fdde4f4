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
    Verification,
    bold,
    centred,
    italic,
    item,
    one_per_page,
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
from sangkien_desktop.documents.data import Certificate, EffectCertification, RecognitionDecision
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.numwords import amount_in_words
from sangkien_desktop.domain.values import format_money
from sangkien_desktop.domain.verification import qr_payload


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
        title = f"{it.title}\n(Phạm vi ảnh hưởng: {it.scope})" if it.scope else it.title
        row = [str(i), title, authors_line(it.authors), it.unit_name, benefit]
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


def verification_line(code: str, *, size_mm: float = 16) -> Verification:
    """The code any level holding the package can check, with its QR code."""
    return Verification(code, qr_payload(code), f"Mã xác thực: {code}. Kiểm tra bằng lệnh "
                        f"“sangkien verify {code}” hoặc mục Xác thực giấy tờ của Sáng kiến "
                        "Desktop, tại đơn vị ban hành hoặc nơi đã nhận gói hồ sơ.", size_mm)


def pay_blocks(decision: RecognitionDecision) -> list:
    """The annex's part on pay to authors: each author's part, year by year (or the unit's
    sum), and the basis of each initiative's pay as the officer chose it."""
    paid = [(i, it) for i, it in enumerate(decision.items, 1) if it.pay]
    if not paid:
        return []
    years = max(len(p.per_year) for _, it in paid for p in it.pay if it.pay_by_year) \
        if any(it.pay_by_year for _, it in paid) else 0
    columns = [Column("STT", 7, "center"), Column("Tác giả", 26),
               Column("Tỷ lệ đóng góp", 12, "center")]
    columns += [Column(f"Năm thứ {n}", 15, "right") for n in range(1, years + 1)]
    if any(not it.pay_by_year for _, it in paid):
        columns.append(Column("Khoản tiền", 15, "right"))
    columns.append(Column("Cộng (đồng)", 22, "right"))
    rows: list[list[str | Cell]] = []
    for i, it in paid:
        rows.append([str(i), Cell(it.title, bold=True, colspan=len(columns) - 1, align="left")])
        for part in it.pay:
            cells: list[str | Cell] = ["", part.full_name, share_text(part.share_percent)]
            amounts = [format_money(v, unit=False) for v in part.per_year]
            if it.pay_by_year:
                cells += amounts + [""] * (years - len(amounts))
                if len(columns) > 3 + years + 1:
                    cells.append("")
            else:
                cells += [""] * years + amounts
            cells.append(format_money(part.total, unit=False))
            rows.append(cells)
    total = sum(p.total for _, it in paid for p in it.pay)
    blocks: list = [
        Title("THÙ LAO CHO TÁC GIẢ SÁNG KIẾN", note="(Điều 10 Điều lệ Sáng kiến ban hành kèm "
              "theo Nghị định số 13/2012/NĐ-CP)", size=13, space_after=4),
        Table(columns=columns, rows=rows,
              totals=[Cell("Tổng cộng", colspan=len(columns) - 1, align="center"),
                      format_money(total, unit=False)]),
    ]
    blocks += [para(italic(f"Sáng kiến số {i}: {it.pay_basis}.")) for i, it in paid if it.pay_basis]
    return blocks


def own_assessment_notes(decision: RecognitionDecision) -> list:
    """Under the annex: each initiative recognised though the council did not propose it, on
    whose evaluation and why."""
    return [para(bold("Ghi chú: "), italic(
        f"Sáng kiến số {n} được công nhận theo kết quả xem xét, đánh giá của "
        f"{authority_of(decision)} (Hội đồng sáng kiến không đề nghị công nhận). "
        f"Lý do: {it.own_assessment.rstrip('.')}."))
        for n, it in enumerate(decision.items, 1) if it.own_assessment]


def quyet_dinh(decision: RecognitionDecision) -> Document:
    unit = decision.unit
    doc = Document(title=f"Quyết định số {decision.number} {decision.subject.lower()}")
    doc.add(
        header_for(unit, number=decision.number, date=decision.date),
        Title("QUYẾT ĐỊNH", subtitle=decision.subject, rule=True, space_after=4),
        centred(bold(upper(authority_of(decision))), space_after=8),
        *[para(italic(line)) for line in decision.legal_basis],
    )
    doc.add(*[para(italic(line)) for line in decision.proposal.splitlines() if line.strip()])
    doc.add(centred(bold("QUYẾT ĐỊNH:"), space_before=4))
    articles = decision.articles or default_articles(decision)
    doc.add(*[article(text, i) for i, text in enumerate(articles, 1)])
    recipients = decision.recipients if decision.recipients is not None else unit.recipients
    doc.add(Closing(recipients=list(recipients), signers=[decision.signer or signer_for(unit)]))
    if decision.verification_code:
        doc.add(verification_line(decision.verification_code))
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
    doc.add(*own_assessment_notes(decision))
    doc.add(*pay_blocks(decision))
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
    if cert.verification_code:
        blocks.append(verification_line(cert.verification_code, size_mm=14))
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
    return one_per_page(doc, certs, _certificate_blocks)


# The emulation texts that count a recognised initiative with a certification of its effect
# and scope (DOMAIN.md, "What changed by 2026"; checked December 2026).
EMULATION_BASIS = (
    "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật "
    "Thi đua, khen thưởng;",
    "Căn cứ Thông tư số 15/2025/TT-BNV của Bộ Nội vụ hướng dẫn thi hành công tác thi đua, khen "
    "thưởng;",
)


def _effect_blocks(cert: EffectCertification) -> list:
    person = cert.person
    body = f" của {cert.authority}" if cert.authority else ""
    decided = (f"Quyết định số {cert.decision_number} ngày {short_date(cert.decision_date)}"
               f"{body} về việc công nhận sáng kiến")
    blocks: list = [
        header_for(cert.unit, number=cert.number, date=cert.date),
        Title("GIẤY XÁC NHẬN", subtitle="Hiệu quả và phạm vi ảnh hưởng của sáng kiến",
              rule=True, space_after=6),
        *[para(italic(line)) for line in EMULATION_BASIS],
        para(italic(f"Căn cứ {decided};")),
        para(bold(f"{upper(cert.unit.unit_name)} XÁC NHẬN:" if cert.unit.unit_name
                  else "XÁC NHẬN:"), space_before=4),
        item("Ông (bà):", person.full_name, bold_label=True),
    ]
    if person.job_title or person.workplace:
        blocks.append(item("Chức vụ, nơi công tác:",
                           ", ".join(p for p in (person.job_title, person.workplace) if p)))
    role = "Là tác giả" if person.share_percent in (None, 100) else (
        f"Là đồng tác giả (tỷ lệ đóng góp {share_text(person.share_percent)})")
    blocks += [
        para(f"{role} của sáng kiến: ", bold(f"“{cert.dossier_title}”"), "."),
        item("Được công nhận theo:", decided + "."),
    ]
    if cert.field_of_application:
        blocks.append(item("Lĩnh vực áp dụng:", cert.field_of_application))
    if cert.first_applied_on:
        blocks.append(item("Áp dụng lần đầu từ ngày:", short_date(cert.first_applied_on)))
    blocks.append(item("Phạm vi ảnh hưởng:", cert.scope or "…" * 20))
    if cert.benefit_vnd:
        blocks.append(para(bold("Hiệu quả: "), "giá trị làm lợi ", bold(money(cert.benefit_vnd)),
                           " ", italic(amount_in_words(cert.benefit_vnd)),
                           f"{'; ' + cert.benefit_social if cert.benefit_social else ''}."))
    else:
        blocks.append(item("Hiệu quả:", cert.benefit_social or "…" * 20, bold_label=True))
    blocks += [
        para("Giấy xác nhận này dùng làm căn cứ xét tặng danh hiệu thi đua, hình thức khen "
             "thưởng theo quy định.", space_before=4),
        Closing(signers=[cert.signer or signer_for(cert.unit)]),
    ]
    if cert.verification_code:
        blocks.append(verification_line(cert.verification_code))
    return blocks


def giay_xac_nhan(certs: EffectCertification | list[EffectCertification]) -> Document:
    """One certification of effect and scope per person, each on its own page."""
    people = [certs] if isinstance(certs, EffectCertification) else list(certs)
    if not people:
        raise InputError("certificates_empty")
    doc = Document(title=f"Giấy xác nhận hiệu quả sáng kiến: {people[0].dossier_title}",
                   page_numbers=False)  # one page per person
    return one_per_page(doc, people, _effect_blocks)
