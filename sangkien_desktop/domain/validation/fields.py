"""Checks on the description form itself: required content, benefit, dates."""

from __future__ import annotations

import datetime as dt

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.text import clean_text
from sangkien_desktop.domain.validation.model import CheckContext, Emit
from sangkien_desktop.domain.values import format_date

# Dossier attribute → (what it is called on the form, how to fill it in).
REQUIRED_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("title", "tên sáng kiến", "Nhập tên sáng kiến ngắn gọn, nói rõ giải pháp làm gì."),
    ("solution_type", "loại giải pháp", "Chọn loại giải pháp trong danh sách."),
    ("field_of_application", "lĩnh vực áp dụng", "Nhập lĩnh vực áp dụng sáng kiến."),
    (
        "first_applied_on",
        "ngày áp dụng lần đầu hoặc áp dụng thử",
        "Nhập ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử, dạng ngày/tháng/năm.",
    ),
    (
        "description_solution",
        "mô tả bản chất của giải pháp",
        "Mô tả giải pháp là gì và các bước thực hiện.",
    ),
    ("unit_name", "đơn vị áp dụng sáng kiến", "Nhập tên cơ quan, đơn vị, doanh nghiệp."),
)


def _blank(value: object) -> bool:
    if value is None:
        return True
    return isinstance(value, str) and not clean_text(value).strip()


def check_required(d: Dossier, emit: Emit) -> None:
    for attr, label, fix in REQUIRED_FIELDS:
        if _blank(getattr(d, attr)):
            emit("SK-REQUIRED", attr, f"Chưa có {label}.", fix)
    if not d.authors:
        emit(
            "SK-REQUIRED",
            "authors",
            "Hồ sơ chưa có tác giả nào.",
            "Thêm ít nhất một tác giả, với họ tên, ngày sinh và tỷ lệ đóng góp.",
        )
    for i, a in enumerate(d.authors):
        if _blank(a.full_name):
            emit(
                "SK-REQUIRED",
                f"authors[{i}].full_name",
                f"Tác giả thứ {i + 1} chưa có họ và tên.",
                "Nhập họ và tên đầy đủ của tác giả, hoặc xóa dòng tác giả trống.",
            )
        if a.birth_date is None:
            emit(
                "SK-REQUIRED",
                f"authors[{i}].birth_date",
                f"Tác giả thứ {i + 1} chưa có ngày tháng năm sinh.",
                "Nhập ngày sinh theo dạng ngày/tháng/năm, ví dụ 15/09/1985.",
            )


def check_description(d: Dossier, emit: Emit) -> None:
    if _blank(d.description_before):
        emit(
            "SK-DESC-INCOMPLETE",
            "description_before",
            "Chưa mô tả tình trạng trước khi có sáng kiến.",
            "Viết vài câu về cách làm cũ và điều bất cập, để thấy giải pháp mới cải thiện gì.",
        )
    if _blank(d.description_novelty):
        emit(
            "SK-DESC-INCOMPLETE",
            "description_novelty",
            "Chưa nêu tính mới của sáng kiến.",
            "Nêu điểm mới so với cách làm trước đây tại đơn vị.",
        )


def check_benefit(d: Dossier, emit: Emit) -> None:
    values = (d.benefit_author_vnd, d.benefit_unit_vnd)
    socials = (d.benefit_author_social, d.benefit_unit_social)
    if not any(values) and all(_blank(s) for s in socials):
        emit(
            "SK-BENEFIT-MISSING",
            "benefit_author_social",
            "Chưa đánh giá lợi ích thu được hoặc dự kiến thu được của sáng kiến.",
            "Ghi giá trị làm lợi (đồng) nếu tính được, hoặc mô tả lợi ích xã hội.",
        )
    if any(values) and _blank(d.benefit_calculation):
        emit(
            "SK-BENEFIT-BASIS",
            "benefit_calculation",
            "Đã ghi giá trị làm lợi nhưng chưa ghi cách tính.",
            "Ghi cách tính giá trị làm lợi (số liệu trước và sau khi áp dụng, đơn giá), "
            "để Hội đồng kiểm tra được.",
        )


def _applied_word(d: Dossier) -> str:
    return "áp dụng thử" if d.applied_as_trial else "áp dụng lần đầu"


def check_applied_before_decision(d: Dossier, decision_date: dt.date | None, emit: Emit) -> None:
    """An initiative is recognised only once applied: the decision is not before the first
    application (the same day is fine)."""
    first = d.first_applied_on
    if first is None or decision_date is None or first <= decision_date:
        return
    emit(
        "SK-FIRST-APPLIED-AFTER-DECISION",
        "first_applied_on",
        f"Ngày {_applied_word(d)} {format_date(first)} sau ngày quyết định công nhận "
        f"{format_date(decision_date)}.",
        "Sáng kiến phải được áp dụng trước khi công nhận: kiểm tra lại hai ngày này.",
    )


def check_dates(d: Dossier, campaign: Campaign, ctx: CheckContext, emit: Emit) -> None:
    first = d.first_applied_on
    if first is None:
        return
    word = _applied_word(d)
    if first > ctx.today:
        emit(
            "SK-FIRST-APPLIED-FUTURE",
            "first_applied_on",
            f"Ngày {word} {format_date(first)} chưa đến. Chỉ công nhận sáng kiến đã được "
            "áp dụng hoặc áp dụng thử.",
            "Sửa lại ngày áp dụng; nếu sáng kiến chưa áp dụng, hãy chờ áp dụng rồi mới "
            "đề nghị công nhận.",
        )
    check_applied_before_decision(d, ctx.decision_date, emit)
    start, end = campaign.window_start, campaign.window_end
    if (start and first < start) or (end and first > end):
        if start and end:
            span = f"từ {format_date(start)} đến {format_date(end)}"
        elif start:
            span = f"từ {format_date(start)} trở đi"
        else:
            span = f"đến hết {format_date(end)}"
        emit(
            "SK-DATE-WINDOW",
            "first_applied_on",
            f"Sáng kiến {word} ngày {format_date(first)}, ngoài thời gian của "
            f"chương trình “{campaign.short_name}” ({span}).",
            f"Chương trình chỉ nhận sáng kiến đưa vào áp dụng {span}. Kiểm tra lại ngày "
            "áp dụng; nếu ngày đúng, sáng kiến không tham gia được chương trình này.",
        )


def _closing_words(moment: dt.datetime) -> str:
    if moment.time() == dt.time(0, 0) and moment.date() > dt.date.min:
        return f"24 giờ ngày {format_date(moment.date() - dt.timedelta(days=1))}"
    return f"{moment:%H:%M} ngày {format_date(moment.date())}"


def check_portal_open(campaign: Campaign, ctx: CheckContext, emit: Emit) -> None:
    closes = [p.portal_closes for p in campaign.phases if p.portal_closes is not None]
    if not closes:
        return
    last = max(c.replace(tzinfo=None) for c in closes)
    if dt.datetime.combine(ctx.today, dt.time.min) >= last:
        emit(
            "SK-PORTAL-CLOSED",
            "campaign_id",
            f"Cổng cập nhật của chương trình “{campaign.short_name}” đã đóng lúc {_closing_words(last)}.",
            "Hồ sơ vẫn dùng được để công nhận tại đơn vị và đề nghị lên cấp trên; chọn "
            "chương trình khác nếu cần.",
        )
