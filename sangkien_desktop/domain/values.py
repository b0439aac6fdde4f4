"""Parsing of values as Vietnamese users type them: dates, shares, money, phones.

Every parser raises InputError with a message that says what is wrong and how to fix it.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import clean_line

_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
DATE = Message("date_label")  # what a date is called in a message when the caller names none


def parse_date(text: str, *, field: str | None = None, label: str = DATE) -> dt.date | None:
    """dd/mm/yyyy (also with . or -) or ISO yyyy-mm-dd; empty gives None."""
    value = clean_line(text)
    if not value:
        return None
    m = _DATE.match(value)
    if m:
        day, month, year = (int(g) for g in m.groups())
    else:
        m = _ISO.match(value)
        if not m:
            raise InputError(
                "date_format", label=label, value=value,
                field=field,
            )
        year, month, day = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError(
            "date_invalid", label=label, value=value, month=month, year=year, day=day,
            field=field,
        ) from None


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_share(text: str, *, field: str | None = None) -> Decimal | None:
    """A contribution share in percent: "50", "33,33", "33.5 %"; empty gives None."""
    value = clean_line(text).replace("%", "").strip()
    if not value:
        return None
    try:
        share = Decimal(value.replace(",", "."))
    except InvalidOperation:
        raise InputError(
            "share_not_number", text=clean_line(text),
            field=field,
        ) from None
    if not share.is_finite() or share < 0 or share > 100:
        raise InputError(
            "share_range", text=clean_line(text),
            field=field,
        )
    return share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def format_share(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


# The largest amount the form takes (resources/schemas/dossier.schema.json: $defs/money).
MAX_MONEY = 10**15
_MONEY_NOISE = re.compile(r"(?i)(vn[dđ]|đồng|dong|đ|d)\s*$")  # i18n: keep


# As amounts are written in spreadsheets and reports: "12 triệu", "1,5 tỷ", "500 nghìn".
_MONEY_WORDS = {"nghìn": 10**3, "nghin": 10**3, "ngàn": 10**3, "ngan": 10**3,  # i18n: keep
                "k": 10**3, "triệu": 10**6, "trieu": 10**6, "tr": 10**6,  # i18n: keep
                "tỷ": 10**9, "tỉ": 10**9, "ty": 10**9, "ti": 10**9}  # i18n: keep
_MONEY_WITH_WORD = re.compile(r"(?i)^(\d[\d.,]*)\s*(" + "|".join(
    sorted(_MONEY_WORDS, key=len, reverse=True)) + r")\.?$")


def _money_number(core: str) -> Decimal | None:
    """"120.000.000", "120,000,000" (groups of three) or "1,5" / "1.5" (one decimal mark)."""
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", core):
        return Decimal(core.replace(".", "").replace(",", ""))
    if re.fullmatch(r"\d+([.,]\d+)?", core):
        return Decimal(core.replace(",", "."))
    return None


def parse_money(text: str, *, field: str | None = None) -> int | None:
    """Whole đồng from "120.000.000", "120,000,000 đ", "120000000 VNĐ", and from words of
    scale: "12 triệu", "1,5 tỷ đồng", "500 nghìn"; empty gives None."""
    value = clean_line(text)
    if not value:
        return None
    core = _MONEY_NOISE.sub("", value).strip()
    worded = _MONEY_WITH_WORD.match(core)
    number = _money_number(worded.group(1) if worded else core.replace(" ", ""))
    if worded and number is not None:
        number *= _MONEY_WORDS[worded.group(2).casefold()]
    if number is None or number != number.to_integral_value():
        raise InputError(
            "money_format", value=value,
            field=field,
        )
    amount = int(number)
    if amount > MAX_MONEY:
        raise InputError(
            "money_range", value=value,
            field=field,
        )
    return amount


def format_money(amount: int | None, *, unit: bool = True) -> str:
    """120000000 → "120.000.000 đồng"."""
    if amount is None:
        return ""
    text = f"{amount:,}".replace(",", ".")
    return f"{text} đồng" if unit else text  # i18n: keep


def format_size(n: int) -> str:
    """A file or disk size as officers read it: "0 byte", "800 KB", "12,5 MB", "3,2 GB"."""
    if n < 1024:
        return f"{max(n, 0)} byte"
    if n < 1024 * 1024:
        return f"{n // 1024} KB"
    if n < 1024**3:
        return f"{n / 1024**2:.1f} MB".replace(".", ",")
    return f"{n / 1024**3:.1f} GB".replace(".", ",")


_PHONE_DIGITS = re.compile(r"[\s.\-()]")


def split_by_shares(total: int, shares: list[Decimal | None]) -> list[int] | None:
    """A sum (an author reward fixed by a decision) split by contribution shares, whole đồng
    that add up to ``total``: each share rounded down, what is left to the largest shares
    first. None when a share is missing or the shares do not add up to 100."""
    if not shares or any(s is None for s in shares):
        return None
    known = [s for s in shares if s is not None]
    if sum(known) != 100:
        return None
    parts = [int(total * s // 100) for s in known]
    left = total - sum(parts)
    for i in sorted(range(len(known)), key=lambda i: -known[i])[:left]:
        parts[i] += 1
    return parts


def normalise_phone(text: str) -> str:
    """+84 912.345.678 → 0912345678. Unrecognisable input is returned cleaned, unchanged."""
    value = _PHONE_DIGITS.sub("", clean_line(text))
    if value.startswith("+84"):
        value = "0" + value[3:]
    elif value.startswith("84") and len(value) == 11:
        value = "0" + value[2:]
    return value
