"""Readable names for what the history log records: actions, field paths and values.

Paths come from services.history.diff ("authors[1].full_name") or from a snapshot of a
record; each segment gets its Vietnamese name ("Tác giả 2 › Họ và tên").
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sangkien_desktop.domain.council import ROLE_LABELS, Role

from sangkien_desktop.gui.labels import status_label

_N = QT_TRANSLATE_NOOP
CONTEXT = "history"

ACTIONS: dict[str, str] = {
    "created": _N("history", "Tạo mới"),
    "updated": _N("history", "Sửa"),
    "edited": _N("history", "Sửa"),
    "saved": _N("history", "Lưu"),
    "issued": _N("history", "Ban hành"),
    "recognised": _N("history", "Được công nhận"),
    "rejected": _N("history", "Không được công nhận"),
    "version_created": _N("history", "Tạo phiên bản sửa đổi"),
    "superseded": _N("history", "Đã có phiên bản sửa đổi"),
    "moved_to_bin": _N("history", "Chuyển vào thùng rác"),
    "restored": _N("history", "Khôi phục từ thùng rác"),
    "imported": _N("history", "Nhập từ tệp"),
    "status": _N("history", "Đổi trạng thái"),
}

# Field names across dossiers, councils, meetings and decisions.
FIELDS: dict[str, str] = {
    "title": _N("history", "Tên sáng kiến"), "code": _N("history", "Mã hồ sơ"),
    "solution_type": _N("history", "Loại giải pháp"), "target_group": _N("history", "Đối tượng"),
    "field_of_application": _N("history", "Lĩnh vực áp dụng"), "campaign_id": _N("history", "Chương trình"),
    "unit_name": _N("history", "Đơn vị"), "province_code": _N("history", "Tỉnh, thành phố"),
    "sector": _N("history", "Khối"), "investor": _N("history", "Chủ đầu tư"),
    "first_applied_on": _N("history", "Ngày áp dụng lần đầu"), "applied_as_trial": _N("history", "Áp dụng thử"),
    "description_before": _N("history", "Tình trạng trước khi có sáng kiến"),
    "description_solution": _N("history", "Nội dung giải pháp"), "description_novelty": _N("history", "Tính mới"),
    "confidential_info": _N("history", "Thông tin cần bảo mật"), "conditions": _N("history", "Điều kiện áp dụng"),
    "benefit_author_vnd": _N("history", "Giá trị làm lợi (theo tác giả)"),
    "benefit_author_social": _N("history", "Lợi ích xã hội (theo tác giả)"),
    "benefit_unit_vnd": _N("history", "Giá trị làm lợi (theo đơn vị)"),
    "benefit_unit_social": _N("history", "Lợi ích xã hội (theo đơn vị)"),
    "benefit_calculation": _N("history", "Cách tính giá trị làm lợi"),
    "portal_text": _N("history", "Mô tả cho cổng trực tuyến"),
    "research_accepted_on": _N("history", "Ngày nghiệm thu"), "head_confirmed": _N("history", "Thủ trưởng xác nhận"),
    "attests_public_order": _N("history", "Cam kết không trái trật tự công cộng"),
    "attests_no_ip_protection": _N("history", "Cam kết không thuộc đối tượng bảo hộ"),
    "has_complaint": _N("history", "Có khiếu nại"), "has_authorship_dispute": _N("history", "Có tranh chấp tác giả"),
    "status": _N("history", "Trạng thái"), "notes": _N("history", "Ghi chú"),
    "authors": _N("history", "Tác giả"), "appliers": _N("history", "Người tham gia áp dụng"),
    "attachments": _N("history", "Tệp đính kèm"), "full_name": _N("history", "Họ và tên"),
    "birth_date": _N("history", "Ngày sinh"), "workplace": _N("history", "Nơi công tác"),
    "job_title": _N("history", "Chức danh"), "qualification": _N("history", "Trình độ chuyên môn"),
    "cccd": _N("history", "Số CCCD"), "phone": _N("history", "Điện thoại"),
    "share_percent": _N("history", "Tỷ lệ đóng góp"), "is_lead": _N("history", "Chủ nhiệm"),
    "task": _N("history", "Nhiệm vụ"), "filename": _N("history", "Tên tệp"), "note": _N("history", "Ghi chú"),
    # councils
    "name": _N("history", "Tên"), "year": _N("history", "Năm"), "employer": _N("history", "Cơ quan, doanh nghiệp"),
    "founding_number": _N("history", "Số quyết định thành lập"),
    "founding_date": _N("history", "Ngày quyết định thành lập"), "members": _N("history", "Thành viên"),
    "role": _N("history", "Vai trò"), "position": _N("history", "Chức vụ"),
    "rubric": _N("history", "Bộ tiêu chí"), "criteria": _N("history", "Tiêu chí"), "bands": _N("history", "Mức kết quả"),
    "max_score": _N("history", "Điểm tối đa"), "weight": _N("history", "Hệ số"), "pass_mark": _N("history", "Điểm sàn"),
    "disqualifying": _N("history", "Loại nếu dưới sàn"), "guidance": _N("history", "Gợi ý chấm"),
    "label": _N("history", "Tên mức"), "min_total": _N("history", "Tổng điểm từ"),
    "min_scores": _N("history", "Điều kiện thêm"), "recognised": _N("history", "Được công nhận"),
    "drop_extremes": _N("history", "Bỏ phiếu cao nhất và thấp nhất"),
    "drop_extremes_min_sheets": _N("history", "Số phiếu tối thiểu để bỏ"),
    "disagreement_spread": _N("history", "Ngưỡng cảnh báo lệch điểm"), "rules": _N("history", "Quy tắc"),
    "quorum": _N("history", "Số có mặt tối thiểu"), "vote_needed": _N("history", "Tỷ lệ tán thành"),
    "vote_base": _N("history", "Tính tỷ lệ trên"),
    # meetings
    "date": _N("history", "Ngày"), "place": _N("history", "Địa điểm"),
    "present_member_ids": _N("history", "Thành viên có mặt"), "dossier_uuids": _N("history", "Hồ sơ xem xét"),
    "sheets": _N("history", "Phiếu đánh giá"), "scores": _N("history", "Điểm"), "remarks": _N("history", "Nhận xét"),
    "in_favour": _N("history", "Tán thành"), "absence_reasons": _N("history", "Lý do vắng"),
    "minutes_number": _N("history", "Số biên bản"), "start_time": _N("history", "Bắt đầu"),
    "end_time": _N("history", "Kết thúc"), "agenda": _N("history", "Nội dung họp"),
    "conclusion": _N("history", "Kết luận"),
    # decisions
    "number": _N("history", "Số"), "number_text": _N("history", "Số quyết định"), "items": _N("history", "Hồ sơ"),
    "outcome": _N("history", "Kết quả"), "reason": _N("history", "Lý do"),
    "benefit_agreed_vnd": _N("history", "Giá trị làm lợi được công nhận"), "reward_vnd": _N("history", "Tiền thưởng"),
    "annex_order": _N("history", "Thứ tự trong phụ lục"), "authority": _N("history", "Thẩm quyền"),
    "authority_text": _N("history", "Cơ quan ra quyết định"), "signer_name": _N("history", "Người ký"),
    "signer_title": _N("history", "Chức vụ người ký"), "signing_capacity": _N("history", "Thẩm quyền ký"),
    "legal_basis": _N("history", "Căn cứ"), "scope": _N("history", "Phạm vi"), "decision": _N("history", "Quyết định"),
    "previous_uuid": _N("history", "Phiên bản trước"), "next_uuid": _N("history", "Phiên bản sau"),
    "lineage_uuid": _N("history", "Chuỗi phiên bản"), "version": _N("history", "Phiên bản"),
    "dossier_uuid": _N("history", "Hồ sơ"), "council_uuid": _N("history", "Hội đồng"),
    "meeting_uuid": _N("history", "Cuộc họp"), "uuid": _N("history", "Mã định danh"),
}  # fmt: skip

# Values stored as codes.
VALUES: dict[str, dict[str, str]] = {
    "role": {r.value: ROLE_LABELS[r] for r in Role},
    "outcome": {"recognised": _N("history", "Công nhận"), "rejected": _N("history", "Không công nhận")},
    "authority": {"council": _N("history", "Hội đồng"), "head": _N("history", "Thủ trưởng đơn vị")},
    "vote_base": {"council": _N("history", "tổng số thành viên"), "present": _N("history", "số có mặt")},
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
        return tr("(trống)")
    if isinstance(value, bool):
        return tr("Có") if value else tr("Không")
    leaf = _leaf(path)
    if leaf == "status":
        return status_label(str(value))
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
