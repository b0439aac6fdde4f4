"""Checks on authors: shares, the credited author, ID numbers, phones, birth dates."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.validation.model import CheckContext, Emit
from sangkien_desktop.domain.validation.tuning import Tuning
from sangkien_desktop.domain.values import format_date, format_share, normalise_phone

HUNDRED = Decimal(100)
_MOBILE = re.compile(r"^0[35789]\d{8}$")
_ID_NOISE = re.compile(r"[\s.\-]")


def _who(i: int, author: Author) -> str:
    name = clean_line(author.full_name)
    return f"tác giả thứ {i + 1} ({name})" if name else f"tác giả thứ {i + 1}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


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
                f"Chưa có tỷ lệ đóng góp hợp lệ của {_who(i, a)}.",
                "Nhập tỷ lệ phần trăm từ 0 đến 100; nếu chỉ có một tác giả, nhập 100.",
            )
    if not d.authors or not all_valid:
        return
    total = sum((a.share_percent or Decimal(0) for a in d.authors), Decimal(0))
    if total != HUNDRED:
        parts = " + ".join(format_share(a.share_percent) for a in d.authors)
        emit(
            "SK-SHARES-TOTAL",
            "authors",
            f"Tổng tỷ lệ đóng góp của các tác giả là {format_share(total)}% "
            f"({parts}), chưa đúng 100%.",
            "Sửa tỷ lệ để tổng đúng bằng 100%; ví dụ chia đều cho ba người thì nhập "
            "33,34 + 33,33 + 33,33.",
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
    how = "chủ nhiệm/tác giả chính" if a.is_lead else "người có tỷ lệ đóng góp cao nhất"
    emit(
        "SK-CREDIT",
        f"authors[{idx}]",
        f"Chương trình ghi nhận sáng kiến cho {_who(idx, a)}, là {how}.",
        "Nếu cần ghi nhận cho người khác, hãy đánh dấu người đó là tác giả chính.",
    )
    if len(tied) > 1:
        names = ", ".join(_who(i, d.authors[i]) for i in tied)
        what = (
            "nhiều người được đánh dấu là tác giả chính"
            if a.is_lead
            else ("nhiều người có cùng tỷ lệ đóng góp cao nhất")
        )
        emit(
            "SK-CREDIT-TIE",
            "authors",
            f"Chưa rõ người được ghi nhận: {what} ({names}).",
            "Đánh dấu đúng một người là tác giả chính (chủ nhiệm) của sáng kiến.",
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
            f"Số “{raw}” của {_who(i, a)} là CMND 9 số cũ. Cổng của chương trình vẫn nhận "
            "CMND, nhưng CMND chỉ có giá trị đến hết ngày 31/12/2024.",
            "Nếu tác giả đã có thẻ căn cước (12 số), hãy nhập số căn cước.",
        )
        return
    if not (number.isascii() and number.isdigit() and len(number) == 12):
        emit(
            "SK-CCCD-FORMAT",
            where,
            f"Số định danh “{raw}” của {_who(i, a)} không đúng: số căn cước có 12 chữ số "
            "(CMND cũ có 9 chữ số).",
            "Nhập đủ 12 chữ số in trên thẻ căn cước, không có chữ cái.",
        )
        return
    province, century = number[:3], int(number[3])
    if ctx.cccd_province_codes and province not in ctx.cccd_province_codes:
        emit(
            "SK-CCCD-FORMAT",
            where,
            f"Ba chữ số đầu “{province}” của số căn cước của {_who(i, a)} không phải mã tỉnh nào.",
            "Đối chiếu lại với thẻ căn cước: ba số đầu là mã tỉnh nơi đăng ký khai sinh.",
        )
        return
    if century > 3:
        emit(
            "SK-CCCD-FORMAT",
            where,
            f"Chữ số thứ tư “{century}” của số căn cước của {_who(i, a)} không hợp lệ "
            "(chỉ có thể là 0, 1, 2 hoặc 3).",
            "Đối chiếu lại với thẻ căn cước.",
        )
        return
    if a.birth_date is not None:
        year = (1900 if century < 2 else 2000) + int(number[4:6])
        if year != a.birth_date.year:
            emit(
                "SK-CCCD-BIRTH",
                where,
                f"Số căn cước của {_who(i, a)} ứng với năm sinh {year}, nhưng ngày sinh đã "
                f"ghi là {format_date(a.birth_date)}.",
                "Kiểm tra lại ngày sinh hoặc số căn cước với thẻ của tác giả.",
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
                    f"{_cap(_who(i, a))} có cùng số định danh với "
                    f"{_who(seen[number], d.authors[seen[number]])}.",
                    "Mỗi người có một số riêng: kiểm tra lại số của từng tác giả.",
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
            f"Số điện thoại “{raw}” của {_who(i, a)} không phải số di động Việt Nam.",
            "Nhập 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, ví dụ 0912 345 678 "
            "(có thể ghi +84 thay cho số 0 đầu).",
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
            f"Ngày sinh {format_date(a.birth_date)} của {_who(i, a)} không thể đúng: ngày "
            "này chưa đến hoặc sau ngày áp dụng sáng kiến.",
            "Nhập lại ngày sinh theo dạng ngày/tháng/năm, ví dụ 15/09/1985.",
        )
        return
    day = d.first_applied_on or ctx.today
    age = age_on(a.birth_date, day)
    if not tuning.author_min_age <= age <= tuning.author_max_age:
        word = "mới" if age < tuning.author_min_age else "đã"
        emit(
            "SK-BIRTH-AGE",
            where,
            f"Theo ngày sinh {format_date(a.birth_date)}, {_who(i, a)} {word} {age} tuổi "
            f"khi áp dụng sáng kiến ({format_date(day)}).",
            "Kiểm tra lại năm sinh; nếu đúng, hãy xác nhận bỏ qua cảnh báo này.",
        )
