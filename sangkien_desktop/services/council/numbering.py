"""The unit's register of document numbers: "12/QĐ-CĐCS", restarting each year per type."""

from __future__ import annotations

import datetime as dt

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
}


def format_number(number: int, doc_type: str, suffix: str) -> str:
    """12, "QĐ", "CĐCS" → "12/QĐ-CĐCS"."""
    return f"{number}/{doc_type}-{suffix}" if suffix else f"{number}/{doc_type}"


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
    used for that type and year. Holds the register of the type and year until the
    transaction ends: an officer issuing at the same moment waits, then gets the next one."""
    if doc_type not in DOC_TYPES:
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
