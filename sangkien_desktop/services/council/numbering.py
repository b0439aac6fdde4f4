"""The registers of document numbers: "12/QĐ-CĐCS", restarting each year per type.

The union's own registers are keyed by the type alone ("QĐ"). A body that issues papers the
officer records but whose numbers the union does not give (the head of the unit: "Giám đốc
Công ty …") keeps a register of its own, keyed by the type and its symbol ("QĐ@CTGLH"): its
decision 05 does not take the union's decision 05. Every register writes its numbers the same
way (Nghị định 30/2020: two digits below 10, "05/QĐ-CĐCS").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.storage import registers
from sangkien_desktop.storage.models import DocumentNumberRow

# Type abbreviations of Nghị định 30/2020 used by this program's documents.
DOC_TYPES = {
    "QĐ": "Quyết định",
    "TTr": "Tờ trình",
    "BB": "Biên bản",
    "BC": "Báo cáo",
    "CV": "Công văn",
    "GCN": "Giấy chứng nhận",
    "TB": "Thông báo",
    "XN": "Giấy xác nhận",
}
REGISTER_SEPARATOR = "@"


def register_key(doc_type: str, issuer: str = "") -> str:
    """The key of a register: the type for the union's own, "QĐ@CTGLH" for another body's."""
    return f"{doc_type}{REGISTER_SEPARATOR}{issuer}" if issuer else doc_type


def issuer_of(key: str) -> str:
    """The body a register key names ("QĐ@CTGLH" → "CTGLH"); "" for the union's own."""
    return key.partition(REGISTER_SEPARATOR)[2]


def type_of(key: str) -> str:
    """The printed type of a register key: "QĐ@CTGLH" → "QĐ"."""
    return key.split(REGISTER_SEPARATOR, 1)[0]


def number_digits(number: int) -> str:
    """ "05", "12", "125": a number below 10 takes a leading zero (Nghị định 30/2020)."""
    return f"{number:02d}"


def format_number(number: int, doc_type: str, suffix: str) -> str:
    """5, "QĐ", "CĐCS" → "05/QĐ-CĐCS"; a register key prints its type."""
    doc_type = type_of(doc_type)
    head = number_digits(number)
    return f"{head}/{doc_type}-{suffix}" if suffix else f"{head}/{doc_type}"


def same_number_text(a: str, b: str) -> bool:
    """ "4/QĐ-CĐCS" and "04/QĐ-CĐCS" name the same number (older papers lack the zero)."""
    return _normal(a) == _normal(b)


def _normal(text: str) -> str:
    head, sep, tail = text.strip().partition("/")
    return f"{int(head)}{sep}{tail}".casefold() if head.isdigit() else text.strip().casefold()


def propose_next(session: Session, doc_type: str, year: int) -> int:
    last = session.scalar(
        select(func.max(DocumentNumberRow.number)).where(
            DocumentNumberRow.doc_type == doc_type, DocumentNumberRow.year == year
        )
    )
    return (last or 0) + 1


def is_used(session: Session, doc_type: str, year: int, number: int) -> bool:
    return (
        session.scalar(
            select(DocumentNumberRow.id).where(
                DocumentNumberRow.doc_type == doc_type,
                DocumentNumberRow.year == year,
                DocumentNumberRow.number == number,
            )
        )
        is not None
    )


def register(
    session: Session,
    doc_type: str,
    number: int | None,
    doc_date: dt.date,
    *,
    suffix: str = "",
    subject: str = "",
    ref_uuid: str = "",
) -> DocumentNumberRow:
    """Records a number as used (None: the next free one, taken now); refuses one already
    used in that register and year. Holds the register of the year until the transaction
    ends: an officer issuing at the same moment waits, then gets the next one."""
    if type_of(doc_type) not in DOC_TYPES:
        raise InputError("doc_type_unknown", doc_type=doc_type, field="doc_type")
    registers.take(session, f"document:{doc_type}", doc_date.year)
    if number is None:
        number = propose_next(session, doc_type, doc_date.year)
    if number < 1:
        raise InputError("number_not_positive", field="number")
    if is_used(session, doc_type, doc_date.year, number):
        raise InputError(
            "number_used", number=format_number(number, doc_type, suffix), year=doc_date.year, session=propose_next(session, doc_type, doc_date.year),
            field="number",
        )
    row = DocumentNumberRow(
        doc_type=doc_type,
        year=doc_date.year,
        number=number,
        suffix=suffix,
        doc_date=doc_date,
        subject=subject,
        ref_uuid=ref_uuid,
        created_at=dt.datetime.now().replace(microsecond=0),
    )
    session.add(row)
    session.flush()
    return row


def holder(session: Session, doc_type: str, year: int, number: int) -> str | None:
    """The ``ref_uuid`` of the document holding this number ("" if none was named); None
    when the number is free."""
    return session.scalar(
        select(DocumentNumberRow.ref_uuid).where(
            DocumentNumberRow.doc_type == doc_type,
            DocumentNumberRow.year == year,
            DocumentNumberRow.number == number,
        )
    )


def number_of(session: Session, doc_type: str, ref_uuid: str) -> DocumentNumberRow | None:
    """The number already given to one document (of this type), if any."""
    if not ref_uuid:
        return None
    return session.scalar(
        select(DocumentNumberRow)
        .where(DocumentNumberRow.doc_type == doc_type, DocumentNumberRow.ref_uuid == ref_uuid)
        .order_by(DocumentNumberRow.id.desc())
    )


@dataclass(frozen=True)
class Entry:
    """One number of the register, as the officer reads it."""

    number: int
    text: str  # "12/TTr-CĐCS"
    date: dt.date | None
    subject: str


def entries(session: Session, doc_type: str, year: int) -> list[Entry]:
    """The register of one type and year, in number order."""
    rows = session.scalars(
        select(DocumentNumberRow)
        .where(DocumentNumberRow.doc_type == doc_type, DocumentNumberRow.year == year)
        .order_by(DocumentNumberRow.number)
    )
    return [Entry(r.number, format_number(r.number, r.doc_type, r.suffix), r.doc_date, r.subject)
            for r in rows]
