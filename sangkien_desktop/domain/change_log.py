"""How a history entry reads: names of actions and of dossier fields, and one Vietnamese line
per changed value ("Tên sáng kiến: “Cữ gá hàn” → “Cữ gá hàn ống”").

The log stores changes as ``{"authors[1].full_name": [old, new]}`` (services.history.diff);
this module only turns them into text, so the GUI (through ``tr``) and the CLI print the same.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sangkien_desktop.domain.dossier import STATUS_LABELS, Status
from sangkien_desktop.domain.values import format_date, format_money, format_share

ACTION_LABELS: dict[str, str] = {
    "created": "Tạo mới",
    "updated": "Sửa",
    "binned": "Chuyển vào thùng rác",
    "restored": "Khôi phục từ thùng rác",
    "purged": "Xóa hẳn",
    "recognised": "Được công nhận",
    "rejected": "Không được công nhận",
    "version_created": "Tạo phiên bản sửa đổi",
    "superseded": "Có phiên bản sửa đổi mới",
    "issued": "Ban hành quyết định",
    "personal_data_erased": "Xóa dữ liệu cá nhân",
}

FIELD_LABELS: dict[str, str] = {
    "code": "Mã hồ sơ",
    "title": "Tên sáng kiến",
    "solution_type": "Loại giải pháp",
    "field_of_application": "Lĩnh vực áp dụng",
    "target_group": "Đối tượng",
    "campaign_id": "Chương trình",
    "unit_name": "Đơn vị",
    "province_code": "Tỉnh, thành phố / công đoàn ngành",
    "sector": "Khối",
    "investor": "Chủ đầu tư",
    "first_applied_on": "Ngày áp dụng lần đầu",
    "applied_as_trial": "Áp dụng thử",
    "description_before": "Tình trạng trước khi áp dụng",
    "description_solution": "Nội dung giải pháp",
    "description_novelty": "Điểm mới",
    "confidential_info": "Thông tin cần bảo mật",
    "conditions": "Điều kiện áp dụng",
    "benefit_author_vnd": "Giá trị làm lợi (tác giả)",
    "benefit_author_social": "Lợi ích xã hội (tác giả)",
    "benefit_unit_vnd": "Giá trị làm lợi (đơn vị áp dụng)",
    "benefit_unit_social": "Lợi ích xã hội (đơn vị áp dụng)",
    "benefit_calculation": "Cách tính giá trị làm lợi",
    "portal_text": "Mô tả trên Cổng",
    "research_accepted_on": "Ngày nghiệm thu đề tài",
    "head_confirmed": "Xác nhận của thủ trưởng",
    "attests_public_order": "Cam kết không trái trật tự công cộng",
    "attests_no_ip_protection": "Cam kết không thuộc đối tượng bảo hộ",
    "has_complaint": "Có khiếu nại",
    "has_authorship_dispute": "Có tranh chấp tác giả",
    "status": "Trạng thái",
    "notes": "Ghi chú",
    "authors": "Tác giả",
    "appliers": "Người tham gia áp dụng",
    "attachments": "Tệp đính kèm",
    "decision": "Quyết định",
    "reason": "Lý do",
    "content_hash": "Mã kiểm tra nội dung (SHA-256)",
    "previous_uuid": "Phiên bản trước",
    "next_uuid": "Phiên bản sau",
    "lineage_uuid": "Chuỗi phiên bản",
    "version": "Phiên bản",
    # Councils, meetings and decisions.
    "uuid": "Mã định danh",
    "name": "Tên",
    "employer": "Cơ quan, đơn vị",
    "year": "Năm",
    "founding_number": "Số quyết định thành lập",
    "founding_date": "Ngày thành lập",
    "members": "Thành viên",
    "rubric": "Bộ tiêu chí chấm điểm",
    "rules": "Quy tắc họp và biểu quyết",
    "council_uuid": "Hội đồng",
    "date": "Ngày",
    "place": "Địa điểm",
    "present_member_ids": "Thành viên có mặt",
    "absence_reasons": "Lý do vắng mặt",
    "dossier_uuids": "Hồ sơ được xét",
    "sheets": "Phiếu đánh giá",
    "minutes_number": "Số biên bản",
    "start_time": "Giờ bắt đầu",
    "end_time": "Giờ kết thúc",
    "agenda": "Nội dung cuộc họp",
    "conclusion": "Kết luận",
    "number": "Số",
    "number_text": "Số quyết định",
    "authority": "Thẩm quyền quyết định",
    "authority_text": "Cơ quan, người ra quyết định",
    "signer_name": "Người ký",
    "signer_title": "Chức danh người ký",
    "signing_capacity": "Thẩm quyền ký",
    "legal_basis": "Căn cứ",
    "scope": "Phạm vi",
    "meeting_uuid": "Cuộc họp",
    "items": "Sáng kiến trong quyết định",
}

# The parts of a listed item ("authors[1].full_name", "members[0].title").
PART_LABELS: dict[str, str] = {
    "full_name": "họ và tên",
    "birth_date": "ngày sinh",
    "workplace": "nơi công tác",
    "job_title": "chức danh",
    "qualification": "trình độ chuyên môn",
    "cccd": "số CCCD",
    "phone": "số điện thoại",
    "share_percent": "tỷ lệ đóng góp (%)",
    "is_lead": "chủ nhiệm / tác giả chính",
    "task": "nội dung tham gia",
    "filename": "tên tệp",
    "note": "ghi chú",
    "title": "học hàm, học vị",
    "role": "vai trò",
    "position": "chức vụ",
    "scores": "điểm",
    "remarks": "nhận xét",
    "in_favour": "biểu quyết đồng ý",
    "dossier_uuid": "hồ sơ",
    "member_id": "thành viên",
    "outcome": "kết quả",
    "reason": "lý do",
    "benefit_agreed_vnd": "giá trị làm lợi được công nhận",
    "reward_vnd": "tiền thưởng",
}

# Personal data (DOMAIN.md; Luật 91/2025/QH15): the log says that it changed, never what it
# was. A birth date is personal data as much as an ID number: a log kept for years must not
# hold it.
PERSONAL_FIELDS = frozenset({"cccd", "phone", "birth_date"})
HIDDEN = "(đã ẩn)"

_STEP = re.compile(r"([A-Za-z_]+)(?:\[(\d+)\])?")


def field_label(path: str) -> str:
    """ "authors[1].full_name" → "Tác giả thứ 2: họ và tên"; unknown keys are shown as they are."""
    parts = []
    for n, (name, index) in enumerate(_STEP.findall(path)):
        labels = (FIELD_LABELS, PART_LABELS) if n == 0 else (PART_LABELS, FIELD_LABELS)
        label = labels[0].get(name) or labels[1].get(name, name)
        parts.append(f"{label} thứ {int(index) + 1}" if index else label)
    return ": ".join(parts) if parts else path


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
_MONEY_KEYS = re.compile(r"_vnd$")


def plain_value(key: str, value: Any) -> str | None:
    """A stored value as people write it, when it has a usual form: ISO dates as dd/mm/yyyy
    ("1970-12-28" → "28/12/1970", times as "08:30 28/12/1970"), sums in đồng as
    "120.000.000 đồng", shares as "60%", yes/no as "có"/"không"; None for anything else.
    ``key`` is the field's path or name (the leaf decides)."""
    leaf = _STEP.findall(key)[-1][0] if _STEP.findall(key) else key
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value):
            try:
                return format_date(dt.date.fromisoformat(value))
            except ValueError:
                return None
        if _ISO_TIME.fullmatch(value):
            try:
                return dt.datetime.fromisoformat(value).strftime("%H:%M %d/%m/%Y")
            except ValueError:
                return None
    if _MONEY_KEYS.search(leaf) and isinstance(value, (int, float, str)):
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            return None
        if amount.is_finite() and amount == amount.to_integral_value():
            return format_money(int(amount))
    if leaf == "share_percent" and isinstance(value, (int, float, str)):
        try:
            return f"{format_share(Decimal(str(value)))}%"
        except InvalidOperation:
            return None
    return None


def _value(key: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(trống)"
    if value == HIDDEN:
        return HIDDEN
    plain = plain_value(key, value)
    if plain is not None:
        return plain
    if key.endswith("status"):
        try:
            return STATUS_LABELS[Status(value)]
        except ValueError:
            pass
    if isinstance(value, dict):
        named = value.get("full_name") or value.get("filename") or value.get("title")
        return f"“{named}”" if named else "(một mục)"
    if isinstance(value, list):
        names = [v.get("full_name") or v.get("filename") for v in value if isinstance(v, dict)]
        if names and all(names):
            return ", ".join(f"“{n}”" for n in names)
        return f"{len(value)} mục"
    text = str(value)
    if len(text) > 80:
        text = text[:77] + "…"
    return f"“{text}”"


def describe_changes(changes: dict[str, Any]) -> list[str]:
    """One line per changed value, in the order stored. A change recorded as [old, new] reads
    "label: old → new"; anything else (a note such as the decision number) "label: value"."""
    lines = []
    for key, change in changes.items():
        label = field_label(key)
        if isinstance(change, list) and len(change) == 2:
            old, new = change
            if old is None:
                lines.append(f"{label}: {_value(key, new)}")
            else:
                lines.append(f"{label}: {_value(key, old)} → {_value(key, new)}")
        else:
            lines.append(f"{label}: {_value(key, change)}")
    return lines
