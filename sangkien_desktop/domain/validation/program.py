"""Checks that come from the campaign's data: portal text, kinds, target groups, research
projects, required documents, exclusions and validity conditions."""

from __future__ import annotations

from sangkien_desktop.domain.campaign import Campaign, Choice
from sangkien_desktop.domain.dossier import AttachmentRef, Dossier, Sector
from sangkien_desktop.domain.portal_text import format_count, portal_length
from sangkien_desktop.domain.text import clean_line, fold
from sangkien_desktop.domain.validation.model import CheckContext, Emit, Severity
from sangkien_desktop.domain.validation.people import credited_author
from sangkien_desktop.domain.validation.tuning import EXCLUSION_ATTESTATIONS, Tuning
from sangkien_desktop.domain.values import format_date


def check_portal_text(d: Dossier, campaign: Campaign, emit: Emit) -> None:
    limit = campaign.description_limit
    if limit is None:
        return
    n = portal_length(d.portal_text)
    if n == 0:
        emit(
            "SK-PORTAL-TEXT-MISSING",
            "portal_text",
            f"Chưa có đoạn mô tả ngắn để cập nhật lên Cổng (tối đa {format_count(limit)}).",
            "Soạn đoạn mô tả cho Cổng; có thể tạo bản nháp từ phần mô tả chi tiết rồi sửa lại.",
        )
    elif n > limit:
        emit(
            "SK-PORTAL-TEXT-LIMIT",
            "portal_text",
            f"Đoạn mô tả cho Cổng dài {format_count(n, limit)}, quá {n - limit} ký tự; "
            "Cổng sẽ không nhận hoặc cắt mất phần cuối.",
            f"Rút gọn đoạn mô tả xuống còn tối đa {format_count(limit)} (dấu xuống dòng "
            "cũng tính là một ký tự).",
        )


def _labels(choices: tuple[Choice, ...]) -> str:
    return "; ".join(c.label for c in choices)


def check_choices(d: Dossier, campaign: Campaign, emit: Emit) -> None:
    codes = {c.code for c in campaign.solution_types}
    if d.solution_type and d.solution_type not in codes:
        emit(
            "SK-KIND-ALLOWED",
            "solution_type",
            f"Loại giải pháp “{d.solution_type}” không thuộc chương trình “{campaign.short_name}”.",
            f"Chọn một trong các loại: {_labels(campaign.solution_types)}.",
        )
    if not campaign.target_groups:
        return
    groups = {c.code for c in campaign.target_groups}
    if not d.target_group or d.target_group not in groups:
        what = (
            "Chưa chọn đối tượng tham gia"
            if not d.target_group
            else f"Đối tượng “{d.target_group}” không thuộc chương trình"
        )
        emit(
            "SK-TARGET-GROUP",
            "target_group",
            f"{what} (chương trình “{campaign.short_name}” có "
            f"{len(campaign.target_groups)} đối tượng).",
            f"Chọn một trong các đối tượng: {_labels(campaign.target_groups)}.",
        )


def check_portal_fields(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    wanted = set(tuning.portal_fields)
    if "sector" in wanted and d.sector == Sector.NONE:
        emit(
            "SK-PORTAL-FIELDS",
            "sector",
            "Chưa chọn khối (doanh nghiệp hay cơ quan, hành chính sự nghiệp) mà Cổng hỏi.",
            "Chọn “Khối doanh nghiệp” hoặc “Khối cơ quan, hành chính sự nghiệp”.",
        )
    if "province_code" in wanted and not clean_line(d.province_code):
        emit(
            "SK-PORTAL-FIELDS",
            "province_code",
            "Chưa chọn nơi công tác (tỉnh, thành phố hoặc công đoàn ngành) mà Cổng hỏi.",
            "Chọn tỉnh, thành phố hoặc công đoàn ngành Trung ương trong danh sách.",
        )
    idx, _ = credited_author(d)
    if idx is None:
        return
    a = d.authors[idx]
    name = clean_line(a.full_name) or f"tác giả thứ {idx + 1}"
    for attr, label in (("cccd", "số CCCD/CMND"), ("phone", "số điện thoại")):
        if attr in wanted and attr not in ctx.withheld and not clean_line(getattr(a, attr)):
            emit(
                "SK-PORTAL-FIELDS",
                f"authors[{idx}].{attr}",
                f"Chưa có {label} của {name}, người đứng tên trên Cổng.",
                f"Nhập {label} của {name}; Cổng bắt buộc thông tin này.",
            )


def check_research(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    rule = tuning.research
    if rule is None or d.solution_type != rule.solution_type:
        return
    accepted = d.research_accepted_on
    if rule.requires_acceptance_date and (accepted is None or accepted > ctx.today):
        emit(
            "SK-RESEARCH-ACCEPTED",
            "research_accepted_on",
            "Đề tài chưa có ngày nghiệm thu."
            if accepted is None
            else f"Ngày nghiệm thu đề tài {format_date(accepted)} chưa đến.",
            "Nhập ngày nghiệm thu đề tài ghi trên biên bản nghiệm thu.",
        )
    if rule.requires_head_confirmation and not d.head_confirmed:
        emit(
            "SK-RESEARCH-HEAD",
            "head_confirmed",
            "Đề tài chưa có xác nhận hiệu quả ứng dụng của thủ trưởng đơn vị nơi áp dụng.",
            "Xin xác nhận của thủ trưởng đơn vị, đính kèm văn bản xác nhận, rồi đánh dấu "
            "ô “Đã có xác nhận của thủ trưởng”.",
        )
    since, first = rule.applied_since, d.first_applied_on
    if since is not None and first is not None and first < since:
        emit(
            "SK-RESEARCH-APPLIED-SINCE",
            "first_applied_on",
            f"Đề tài được ứng dụng từ {format_date(first)}, trước ngày "
            f"{format_date(since)} mà chương trình yêu cầu.",
            f"Chương trình chỉ nhận đề tài ứng dụng từ {format_date(since)}: kiểm tra lại "
            "ngày áp dụng.",
        )


def attachment_tags(ref: AttachmentRef) -> set[str]:
    """Requirement codes an attachment is tagged with: ``#code`` words in its note (and its
    ``kind`` attribute, if AttachmentRef gets one), or a note that is exactly a code."""
    tags = {w[1:] for w in ref.note.split() if w.startswith("#") and len(w) > 1}
    kind = getattr(ref, "kind", "")
    if isinstance(kind, str) and kind:
        tags.add(kind)
    note = clean_line(ref.note)
    if note and " " not in note:
        tags.add(note.lstrip("#"))
    return tags


def fulfils(ref: AttachmentRef, requirement: Choice) -> bool:
    """By tag, or by a note that is the requirement's label (diacritics-insensitive)."""
    if requirement.code in attachment_tags(ref):
        return True
    return bool(ref.note) and fold(clean_line(ref.note)) == fold(requirement.label)


def check_required_attachments(
    d: Dossier, tuning: Tuning, emit: Emit, produced: frozenset[str] = frozenset()
) -> None:
    for req in tuning.dossier_attachments:
        if req.code in produced:
            continue
        if not any(fulfils(ref, req) for ref in d.attachments):
            emit(
                "SK-ATTACH-REQUIRED",
                "attachments",
                f"Chưa đính kèm: {req.label}.",
                f"Đính kèm tệp này (ảnh, PDF hoặc Word) và ghi “#{req.code}” vào phần ghi "
                "chú của tệp, để ứng dụng nhận ra.",
                ref=req.code,
            )


def check_exclusions(d: Dossier, tuning: Tuning, emit: Emit) -> None:
    if "trai_thuan_phong" in tuning.exclusions and not d.attests_public_order:
        rule_id, attr = EXCLUSION_ATTESTATIONS["trai_thuan_phong"]
        emit(
            rule_id,
            attr,
            "Tác giả chưa cam kết sáng kiến không trái với trật tự công cộng, đạo đức xã hội.",
            "Xác nhận với tác giả rồi đánh dấu ô cam kết này.",
        )
    if "so_huu_tri_tue" in tuning.exclusions and not d.attests_no_ip_protection:
        rule_id, attr = EXCLUSION_ATTESTATIONS["so_huu_tri_tue"]
        emit(
            rule_id,
            attr,
            "Tác giả chưa cam kết sáng kiến không thuộc đối tượng đang được bảo hộ quyền sở "
            "hữu trí tuệ.",
            "Xác nhận với tác giả (giải pháp chưa được cấp văn bằng bảo hộ) rồi đánh dấu "
            "ô cam kết này.",
        )


def check_validity(d: Dossier, tuning: Tuning, emit: Emit) -> None:
    def severity(code: str) -> Severity:
        return Severity.ERROR if code in tuning.validity else Severity.WARNING

    if d.has_complaint:
        emit(
            "SK-COMPLAINT",
            "has_complaint",
            "Đang có khiếu nại về nội dung hoặc kết quả công nhận sáng kiến.",
            "Giải quyết xong khiếu nại rồi bỏ đánh dấu; hồ sơ đang bị khiếu nại không "
            "được xét chọn.",
            severity=severity("no_complaint"),
        )
    if d.has_authorship_dispute:
        emit(
            "SK-AUTHORSHIP-DISPUTE",
            "has_authorship_dispute",
            "Đang có tranh chấp về quyền tác giả của sáng kiến.",
            "Giải quyết xong tranh chấp (thống nhất danh sách tác giả và tỷ lệ) rồi bỏ đánh dấu.",
            severity=severity("no_authorship_dispute"),
        )
