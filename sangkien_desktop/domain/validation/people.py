"""Checks on authors: shares, the credited author, ID numbers, phones, birth dates."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.validation.model import CheckContext, Emit
from sangkien_desktop.domain.validation.tuning import Tuning
from sangkien_desktop.domain.values import format_date, format_share, normalise_phone

HUNDRED = Decimal(100)
_MOBILE = re.compile(r"^0[35789]\d{8}$")
_ID_NOISE = re.compile(r"[\s.\-]")


def who(i: int, author: Author, *, start: bool = False) -> Message:
    """"tác giả thứ 2 (Lan)", or "Tác giả thứ 2 (Lan)" at the ``start`` of a sentence."""
    name, suffix = clean_line(author.full_name), "_start" if start else ""
    if name:
        return Message(f"author_named{suffix}", n=i + 1, name=name)
    return Message(f"author_numbered{suffix}", n=i + 1)


def _valid_share(share: Decimal | None) -> bool:
    return share is not None and share.is_finite() and 0 <= share <= HUNDRED


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years from ``birth`` to ``day`` (negative when ``day`` comes first)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def check_shares(d: Dossier, emit: Emit) -> None:
    all_valid = True
    for i, a in enumerate(d.authors):
        if not _valid_share(a.share_percent):
            all_valid = False
            emit(
                "SK-SHARE-MISSING",
                f"authors[{i}].share_percent",
                Message("check_share_missing", who=who(i, a)),
                Message("check_share_missing_fix"),
            )
    if not d.authors or not all_valid:
        return
    total = sum((a.share_percent or Decimal(0) for a in d.authors), Decimal(0))
    if total != HUNDRED:
        parts = " + ".join(format_share(a.share_percent) for a in d.authors)
        emit(
            "SK-SHARES-TOTAL",
            "authors",
            Message("check_shares_total", total=format_share(total), parts=parts),
            Message("check_shares_total_fix"),
        )


def credited_author(d: Dossier) -> tuple[int | None, list[int]]:
    """Index of the author the program credits, and the indexes that tie for it (empty
    when no share is known yet)."""
    leads = [i for i, a in enumerate(d.authors) if a.is_lead]
    if leads:
        return leads[0], leads
    shares = [a.share_percent if _valid_share(a.share_percent) else None for a in d.authors]
    known = [s for s in shares if s is not None]
    if not known:
        # No usable share yet: the first author stands in, with nothing to compare.
        return (0, []) if d.authors else (None, [])
    top = max(known)
    tied = [i for i, s in enumerate(shares) if s == top]
    return tied[0], tied


def check_credit(d: Dossier, tuning: Tuning, emit: Emit) -> None:
    if tuning.credit_rule != "lead_or_largest_share" or len(d.authors) < 2:
        return
    idx, tied = credited_author(d)
    if idx is None or not tied:
        return
    a = d.authors[idx]
    how = Message("credit_lead" if a.is_lead else "credit_largest_share")
    emit(
        "SK-CREDIT",
        f"authors[{idx}]",
        Message("check_credit", who=who(idx, a), how=how),
        Message("check_credit_fix"),
    )
    if len(tied) > 1:
        names = [who(i, d.authors[i]) for i in tied]
        what = Message("credit_tie_leads" if a.is_lead else "credit_tie_shares")
        emit(
            "SK-CREDIT-TIE",
            "authors",
            Message("check_credit_tie", what=what, names=names),
            Message("check_credit_tie_fix"),
        )


def normalise_id(text: str) -> str:
    return _ID_NOISE.sub("", clean_line(text))


def check_id_number(i: int, a: Author, ctx: CheckContext, emit: Emit) -> None:
    raw = clean_line(a.cccd)
    if not raw:
        return
    number, where = normalise_id(raw), f"authors[{i}].cccd"
    if number.isascii() and number.isdigit() and len(number) == 9:
        emit(
            "SK-CMND-OLD",
            where,
            Message("check_cmnd_old", number=raw, who=who(i, a)),
            Message("check_cmnd_old_fix"),
        )
        return
    if not (number.isascii() and number.isdigit() and len(number) == 12):
        emit(
            "SK-CCCD-FORMAT",
            where,
            Message("check_cccd_length", number=raw, who=who(i, a)),
            Message("check_cccd_length_fix"),
        )
        return
    province, century = number[:3], int(number[3])
    if ctx.cccd_province_codes and province not in ctx.cccd_province_codes:
        emit(
            "SK-CCCD-FORMAT",
            where,
            Message("check_cccd_province", province=province, who=who(i, a)),
            Message("check_cccd_province_fix"),
        )
        return
    if century > 3:
        emit(
            "SK-CCCD-FORMAT",
            where,
            Message("check_cccd_century", digit=century, who=who(i, a)),
            Message("check_cccd_century_fix"),
        )
        return
    if a.birth_date is not None:
        year = (1900 if century < 2 else 2000) + int(number[4:6])
        if year != a.birth_date.year:
            emit(
                "SK-CCCD-BIRTH",
                where,
                Message("check_cccd_birth", who=who(i, a), year=year,
                        date=format_date(a.birth_date)),
                Message("check_cccd_birth_fix"),
            )


def check_authors(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    check_shares(d, emit)
    check_credit(d, tuning, emit)
    seen: dict[str, int] = {}
    for i, a in enumerate(d.authors):
        check_id_number(i, a, ctx, emit)
        number = normalise_id(a.cccd)
        if number:
            if number in seen:
                emit(
                    "SK-CCCD-DUPLICATE",
                    f"authors[{i}].cccd",
                    Message("check_id_shared", who=who(i, a, start=True),
                            other=who(seen[number], d.authors[seen[number]])),
                    Message("check_id_shared_fix"),
                )
            else:
                seen[number] = i
        check_phone(i, a, emit)
        check_birth(i, a, d, ctx, tuning, emit)


def check_phone(i: int, a: Author, emit: Emit) -> None:
    raw = clean_line(a.phone)
    if raw and not _MOBILE.match(normalise_phone(raw)):
        emit(
            "SK-PHONE-FORMAT",
            f"authors[{i}].phone",
            Message("check_phone", phone=raw, who=who(i, a)),
            Message("check_phone_fix"),
        )


def check_birth(
    i: int, a: Author, d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit
) -> None:
    if a.birth_date is None:
        return
    where = f"authors[{i}].birth_date"
    if a.birth_date >= ctx.today or (
        d.first_applied_on is not None and a.birth_date >= d.first_applied_on
    ):
        emit(
            "SK-BIRTH-FUTURE",
            where,
            Message("check_birth_future", date=format_date(a.birth_date), who=who(i, a)),
            Message("check_birth_future_fix"),
        )
        return
    day = d.first_applied_on or ctx.today
    age = age_on(a.birth_date, day)
    if not tuning.author_min_age <= age <= tuning.author_max_age:
        young = age < tuning.author_min_age
        emit(
            "SK-BIRTH-AGE",
            where,
            Message("check_birth_age_young" if young else "check_birth_age_old",
                    date=format_date(a.birth_date), who=who(i, a), age=age,
                    applied=format_date(day)),
            Message("check_birth_age_fix"),
        )
