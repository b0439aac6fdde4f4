"""Readable names for what the history log records: actions, field paths and values.

Paths come from services.history.diff ("authors[1].full_name") or from a snapshot of a
record; each segment gets its Vietnamese name ("Tác giả 2 › Họ và tên").
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sangkien_desktop.domain.council import ROLE_LABELS, Role

from sangkien_desktop.gui.labels import core_text, status_label

CONTEXT = "history"

ACTIONS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("history", "Tạo mới"),
    "updated": QT_TRANSLATE_NOOP("history", "Sửa"),
    "edited": QT_TRANSLATE_NOOP("history", "Sửa"),
    "saved": QT_TRANSLATE_NOOP("history", "Lưu"),
    "issued": QT_TRANSLATE_NOOP("history", "Ban hành"),
    "recognised": QT_TRANSLATE_NOOP("history", "Được công nhận"),
    "rejected": QT_TRANSLATE_NOOP("history", "Không được công nhận"),
    "version_created": QT_TRANSLATE_NOOP("history", "Tạo phiên bản sửa đổi"),
    "superseded": QT_TRANSLATE_NOOP("history", "Đã có phiên bản sửa đổi"),
    "moved_to_bin": QT_TRANSLATE_NOOP("history", "Chuyển vào thùng rác"),
    "restored": QT_TRANSLATE_NOOP("history", "Khôi phục từ thùng rác"),
    "imported": QT_TRANSLATE_NOOP("history", "Nhập từ tệp"),
    "status": QT_TRANSLATE_NOOP("history", "Đổi trạng thái"),
}

# Field names across dossiers, councils, meetings and decisions.
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("history", "Tên sáng kiến"), "code": QT_TRANSLATE_NOOP("history", "Mã hồ sơ"),
    "solution_type": QT_TRANSLATE_NOOP("history", "Loại giải pháp"), "target_group": QT_TRANSLATE_NOOP("history", "Đối tượng"),
    "field_of_application": QT_TRANSLATE_NOOP("history", "Lĩnh vực áp dụng"), "campaign_id": QT_TRANSLATE_NOOP("history", "Chương trình"),
    "unit_name": QT_TRANSLATE_NOOP("history", "Đơn vị"), "province_code": QT_TRANSLATE_NOOP("history", "Tỉnh, thành phố"),
    "sector": QT_TRANSLATE_NOOP("history", "Khối"), "investor": QT_TRANSLATE_NOOP("history", "Chủ đầu tư"),
    "first_applied_on": QT_TRANSLATE_NOOP("history", "Ngày áp dụng lần đầu"), "applied_as_trial": QT_TRANSLATE_NOOP("history", "Áp dụng thử"),
    "description_before": QT_TRANSLATE_NOOP("history", "Tình trạng trước khi có sáng kiến"),
    "description_solution": QT_TRANSLATE_NOOP("history", "Nội dung giải pháp"), "description_novelty": QT_TRANSLATE_NOOP("history", "Tính mới"),
    "confidential_info": QT_TRANSLATE_NOOP("history", "Thông tin cần bảo mật"), "conditions": QT_TRANSLATE_NOOP("history", "Điều kiện áp dụng"),
    "benefit_author_vnd": QT_TRANSLATE_NOOP("history", "Giá trị làm lợi (theo tác giả)"),
    "benefit_author_social": QT_TRANSLATE_NOOP("history", "Lợi ích xã hội (theo tác giả)"),
    "benefit_unit_vnd": QT_TRANSLATE_NOOP("history", "Giá trị làm lợi (theo đơn vị)"),
    "benefit_unit_social": QT_TRANSLATE_NOOP("history", "Lợi ích xã hội (theo đơn vị)"),
    "benefit_calculation": QT_TRANSLATE_NOOP("history", "Cách tính giá trị làm lợi"),
    "portal_text": QT_TRANSLATE_NOOP("history", "Mô tả cho cổng trực tuyến"),
    "research_accepted_on": QT_TRANSLATE_NOOP("history", "Ngày nghiệm thu"), "head_confirmed": QT_TRANSLATE_NOOP("history", "Thủ trưởng xác nhận"),
    "attests_public_order": QT_TRANSLATE_NOOP("history", "Cam kết không trái trật tự công cộng"),
    "attests_no_ip_protection": QT_TRANSLATE_NOOP("history", "Cam kết không thuộc đối tượng bảo hộ"),
    "has_complaint": QT_TRANSLATE_NOOP("history", "Có khiếu nại"), "has_authorship_dispute": QT_TRANSLATE_NOOP("history", "Có tranh chấp tác giả"),
    "status": QT_TRANSLATE_NOOP("history", "Trạng thái"), "notes": QT_TRANSLATE_NOOP("history", "Ghi chú"),
    "authors": QT_TRANSLATE_NOOP("history", "Tác giả"), "appliers": QT_TRANSLATE_NOOP("history", "Người tham gia áp dụng"),
    "attachments": QT_TRANSLATE_NOOP("history", "Tệp đính kèm"), "full_name": QT_TRANSLATE_NOOP("history", "Họ và tên"),
    "birth_date": QT_TRANSLATE_NOOP("history", "Ngày sinh"), "workplace": QT_TRANSLATE_NOOP("history", "Nơi công tác"),
    "job_title": QT_TRANSLATE_NOOP("history", "Chức danh"), "qualification": QT_TRANSLATE_NOOP("history", "Trình độ chuyên môn"),
    "cccd": QT_TRANSLATE_NOOP("history", "Số CCCD"), "phone": QT_TRANSLATE_NOOP("history", "Điện thoại"),
    "share_percent": QT_TRANSLATE_NOOP("history", "Tỷ lệ đóng góp"), "is_lead": QT_TRANSLATE_NOOP("history", "Chủ nhiệm"),
    "task": QT_TRANSLATE_NOOP("history", "Nhiệm vụ"), "filename": QT_TRANSLATE_NOOP("history", "Tên tệp"), "note": QT_TRANSLATE_NOOP("history", "Ghi chú"),
    # councils
    "name": QT_TRANSLATE_NOOP("history", "Tên"), "year": QT_TRANSLATE_NOOP("history", "Năm"), "employer": QT_TRANSLATE_NOOP("history", "Cơ quan, doanh nghiệp"),
    "founding_number": QT_TRANSLATE_NOOP("history", "Số quyết định thành lập"),
    "founding_date": QT_TRANSLATE_NOOP("history", "Ngày quyết định thành lập"), "members": QT_TRANSLATE_NOOP("history", "Thành viên"),
    "role": QT_TRANSLATE_NOOP("history", "Vai trò"), "position": QT_TRANSLATE_NOOP("history", "Chức vụ"),
    "rubric": QT_TRANSLATE_NOOP("history", "Bộ tiêu chí"), "criteria": QT_TRANSLATE_NOOP("history", "Tiêu chí"), "bands": QT_TRANSLATE_NOOP("history", "Mức kết quả"),
    "max_score": QT_TRANSLATE_NOOP("history", "Điểm tối đa"), "weight": QT_TRANSLATE_NOOP("history", "Hệ số"), "pass_mark": QT_TRANSLATE_NOOP("history", "Điểm sàn"),
    "disqualifying": QT_TRANSLATE_NOOP("history", "Loại nếu dưới sàn"), "guidance": QT_TRANSLATE_NOOP("history", "Gợi ý chấm"),
    "label": QT_TRANSLATE_NOOP("history", "Tên mức"), "min_total": QT_TRANSLATE_NOOP("history", "Tổng điểm từ"),
    "min_scores": QT_TRANSLATE_NOOP("history", "Điều kiện thêm"), "recognised": QT_TRANSLATE_NOOP("history", "Được công nhận"),
    "drop_extremes": QT_TRANSLATE_NOOP("history", "Bỏ phiếu cao nhất và thấp nhất"),
    "drop_extremes_min_sheets": QT_TRANSLATE_NOOP("history", "Số phiếu tối thiểu để bỏ"),
    "disagreement_spread": QT_TRANSLATE_NOOP("history", "Ngưỡng cảnh báo lệch điểm"), "rules": QT_TRANSLATE_NOOP("history", "Quy tắc"),
    "quorum": QT_TRANSLATE_NOOP("history", "Số có mặt tối thiểu"), "vote_needed": QT_TRANSLATE_NOOP("history", "Tỷ lệ tán thành"),
    "vote_base": QT_TRANSLATE_NOOP("history", "Tính tỷ lệ trên"),
    # meetings
    "date": QT_TRANSLATE_NOOP("history", "Ngày"), "place": QT_TRANSLATE_NOOP("history", "Địa điểm"),
    "present_member_ids": QT_TRANSLATE_NOOP("history", "Thành viên có mặt"), "dossier_uuids": QT_TRANSLATE_NOOP("history", "Hồ sơ xem xét"),
    "sheets": QT_TRANSLATE_NOOP("history", "Phiếu đánh giá"), "scores": QT_TRANSLATE_NOOP("history", "Điểm"), "remarks": QT_TRANSLATE_NOOP("history", "Nhận xét"),
    "in_favour": QT_TRANSLATE_NOOP("history", "Tán thành"), "absence_reasons": QT_TRANSLATE_NOOP("history", "Lý do vắng"),
    "minutes_number": QT_TRANSLATE_NOOP("history", "Số biên bản"), "start_time": QT_TRANSLATE_NOOP("history", "Bắt đầu"),
    "end_time": QT_TRANSLATE_NOOP("history", "Kết thúc"), "agenda": QT_TRANSLATE_NOOP("history", "Nội dung họp"),
    "conclusion": QT_TRANSLATE_NOOP("history", "Kết luận"),
    # decisions
    "number": QT_TRANSLATE_NOOP("history", "Số"), "number_text": QT_TRANSLATE_NOOP("history", "Số quyết định"), "items": QT_TRANSLATE_NOOP("history", "Hồ sơ"),
    "outcome": QT_TRANSLATE_NOOP("history", "Kết quả"), "reason": QT_TRANSLATE_NOOP("history", "Lý do"),
    "benefit_agreed_vnd": QT_TRANSLATE_NOOP("history", "Giá trị làm lợi được công nhận"), "reward_vnd": QT_TRANSLATE_NOOP("history", "Tiền thưởng"),
    "annex_order": QT_TRANSLATE_NOOP("history", "Thứ tự trong phụ lục"), "authority": QT_TRANSLATE_NOOP("history", "Thẩm quyền"),
    "authority_text": QT_TRANSLATE_NOOP("history", "Cơ quan ra quyết định"), "signer_name": QT_TRANSLATE_NOOP("history", "Người ký"),
    "signer_title": QT_TRANSLATE_NOOP("history", "Chức vụ người ký"), "signing_capacity": QT_TRANSLATE_NOOP("history", "Thẩm quyền ký"),
    "legal_basis": QT_TRANSLATE_NOOP("history", "Căn cứ"), "scope": QT_TRANSLATE_NOOP("history", "Phạm vi"), "decision": QT_TRANSLATE_NOOP("history", "Quyết định"),
    "previous_uuid": QT_TRANSLATE_NOOP("history", "Phiên bản trước"), "next_uuid": QT_TRANSLATE_NOOP("history", "Phiên bản sau"),
    "lineage_uuid": QT_TRANSLATE_NOOP("history", "Chuỗi phiên bản"), "version": QT_TRANSLATE_NOOP("history", "Phiên bản"),
    "dossier_uuid": QT_TRANSLATE_NOOP("history", "Hồ sơ"), "council_uuid": QT_TRANSLATE_NOOP("history", "Hội đồng"),
    "meeting_uuid": QT_TRANSLATE_NOOP("history", "Cuộc họp"), "uuid": QT_TRANSLATE_NOOP("history", "Mã định danh"),
}  # fmt: skip

# Values stored as codes.
VALUES: dict[str, dict[str, str]] = {
        "outcome": {"recognised": QT_TRANSLATE_NOOP("history", "Công nhận"), "rejected": QT_TRANSLATE_NOOP("history", "Không công nhận")},
    "authority": {"council": QT_TRANSLATE_NOOP("history", "Hội đồng"), "head": QT_TRANSLATE_NOOP("history", "Thủ trưởng đơn vị")},
    "vote_base": {"council": QT_TRANSLATE_NOOP("history", "tổng số thành viên"), "present": QT_TRANSLATE_NOOP("history", "số có mặt")},
}

_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_text(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action


def path_text(path: str) -> str:
    """"authors[1].full_name" → "Tác giả 2 › Họ và tên"."""
    parts: list[str] = []
    for name, index in _SEGMENT.findall(path):
        if index:
            if parts:
                parts[-1] = f"{parts[-1]} {int(index) + 1}"
            else:
                parts.append(str(int(index) + 1))
        else:
            parts.append(tr(FIELDS[name]) if name in FIELDS else name)
    return " › ".join(parts)


def _leaf(path: str) -> str:
    names = [n for n, _i in _SEGMENT.findall(path) if n]
    return names[-1] if names else ""


def value_text(path: str, value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("history", "(trống)")
    if isinstance(value, bool):
        return QCoreApplication.translate("history", "Có") if value else QCoreApplication.translate("history", "Không")
    leaf = _leaf(path)
    if leaf == "status":
        return status_label(str(value))
    if leaf == "role" and str(value) in ROLE_LABELS:
        return core_text(ROLE_LABELS[Role(str(value))])
    if leaf in VALUES and str(value) in VALUES[leaf]:
        return tr(VALUES[leaf][str(value)])
    if isinstance(value, (list, dict)):
        return ", ".join(str(v) for v in (value if isinstance(value, list) else value.values()))
    return str(value)


def flatten(value: Any, path: str = "") -> list[tuple[str, Any]]:
    """The leaves of a snapshot: [("members[0].full_name", "…"), …]."""
    if isinstance(value, dict) and value:
        return [leaf for k, v in value.items() for leaf in flatten(v, f"{path}.{k}" if path else str(k))]
    if isinstance(value, list) and value and any(isinstance(v, (dict, list)) for v in value):
        return [leaf for i, v in enumerate(value) for leaf in flatten(v, f"{path}[{i}]")]
    return [(path, value)]


def _hidden(path: str) -> bool:
    """Internal identifiers mean nothing to a reader."""
    leaf = _leaf(path)
    return leaf.endswith(("uuid", "uuids")) or leaf in ("id", "member_id", "present_member_ids")


SNAPSHOT_ACTIONS = frozenset({"created", "issued", "imported"})


def change_lines(action: str, changes: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, what happened) pairs for one entry: "old → new" for a change, the value for a
    snapshot (a record as created)."""
    lines: list[tuple[str, str]] = []
    snapshot = action in SNAPSHOT_ACTIONS
    for key, value in changes.items():
        if _hidden(key):
            continue
        if not snapshot and isinstance(value, list) and len(value) == 2 \
                and not any(isinstance(v, (dict, list)) for v in value):
            old, new = value
            lines.append((path_text(key), f"{value_text(key, old)} → {value_text(key, new)}"))
            continue
        for path, leaf in flatten(value, key):
            if _hidden(path):
                continue
            if leaf not in (None, "", [], {}) or not snapshot:
                lines.append((path_text(path), value_text(path, leaf)))
    return lines
