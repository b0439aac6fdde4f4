"""Pieces every document shares: the date line, the number, the header and the signature.

They read the user's unit (UnitProfile) so a writer states only what is particular to it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sangkien_desktop.documents import layout
from sangkien_desktop.documents.blocks import Header, Signer
from sangkien_desktop.domain.dossier import Author
from sangkien_desktop.domain.text import nfc
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.domain.values import format_date, format_money, format_share

DOTS = "……"


def _day(value: int) -> str:
    return f"{value:02d}" if value < 10 else str(value)


def _month(value: int) -> str:
    return f"{value:02d}" if value < 3 or layout.PAD_EVERY_MONTH else str(value)


def date_words(date: dt.date | None) -> str:
    """ "ngày 05 tháng 02 năm 2022", "ngày 22 tháng 3 năm 2022" (Nghị định 30/2020);
    no date leaves blanks to fill by hand."""
    if date is None:
        return f"ngày {DOTS} tháng {DOTS} năm {DOTS}"
    return f"ngày {_day(date.day)} tháng {_month(date.month)} năm {date.year}"


def place_date_line(place: str, date: dt.date | None) -> str:
    """ "Quảng Trị, ngày 22 tháng 3 năm 2022"."""
    place = nfc(place.strip()) or DOTS
    return f"{place}, {date_words(date)}"


def short_date(date: dt.date | None) -> str:
    """dd/mm/yyyy, or a blank to fill in."""
    return format_date(date) if date else DOTS


# Room to write a number by hand before "/TTr-CĐCS" (about 12 mm at 13 pt): non-breaking
# spaces, which neither format collapses.
NUMBER_BLANK = "\u00a0" * 10


def number_text(number: str | int | None, type_code: str, suffix: str) -> str:
    """ "05/QĐ-CĐCS" (two digits below 10, Nghị định 30/2020); without a number yet, a blank
    the clerk fills in by hand: "          /QĐ-CĐCS"."""
    tail = f"{type_code}-{suffix}" if suffix else type_code
    if number in (None, ""):
        return f"{NUMBER_BLANK}/{tail}"
    text = str(number).strip()
    if "/" in text:
        return text
    return f"{int(text):02d}/{tail}" if text.isdigit() else f"{text}/{tail}"


# Where a numbered document's issuing unit is not set yet (Settings left empty): a line for the
# clerk to write it by hand, so the number line and the header's left column still print.
UNIT_BLANK = "……………………………"


def header_for(
    unit: UnitProfile, *, number: str = "", date: dt.date | None = None, subject: str = ""
) -> Header:
    unit_name = unit.unit_name or (UNIT_BLANK if number.strip() else "")
    return Header(
        parent_organisation=unit.parent_organisation,
        unit_name=unit_name,
        number=number,
        place_date=place_date_line(unit.place_name, date),
        subject=subject,
    )


def signer_for(unit: UnitProfile, **overrides: str) -> Signer:
    signer = Signer(capacity=unit.signing_capacity, title=unit.signer_title, name=unit.signer_name)
    for key, value in overrides.items():
        setattr(signer, key, value)
    return signer


def money(amount: int | None) -> str:
    return format_money(amount) if amount is not None else ""


def share_text(share: Decimal | None) -> str:
    return f"{format_share(share)}%" if share is not None else ""


def authors_line(authors: list[Author], *, shares: bool = True) -> str:
    """ "Nguyễn Thị Lan (60%), Trần Văn Hùng (40%)"; shares left out for a single author."""
    parts = []
    for author in authors:
        if shares and len(authors) > 1 and author.share_percent is not None:
            parts.append(f"{author.full_name} ({share_text(author.share_percent)})")
        else:
            parts.append(author.full_name)
    return ", ".join(parts)


def upper(text: str) -> str:
    """Upper case for header names; NFC so composed letters stay composed."""
    return nfc(text).upper()
