"""Readable names for what the history log records: actions, field paths and values.

Paths come from services.history.diff ("authors[1].full_name") or from a snapshot of a
record; each segment gets its Vietnamese name ("Tác giả thứ 2 › Họ và tên"), an item of a list
the names of whom or what it concerns ("Phiếu đánh giá thứ 3 (Cao Thị Sen, SK-2022-0012)",
from services.history_names). Values read as people write them: dates dd/mm/yyyy, sums
"120.000.000 đồng", có/không.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from sangkien_desktop.domain.change_log import HIDDEN, plain_value
from sangkien_desktop.domain.council import ROLE_LABELS, Role
from sangkien_desktop.domain.personal_data import ERASED_MARK
from sangkien_desktop.domain.validation.rules import rule_name
from sangkien_desktop.services.dossiers.history_names import PACK_KEYS, Names

from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.labels import core_text, status_label

CONTEXT = "history"

ACTIONS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("history", "Tạo mới"),
    "updated": QT_TRANSLATE_NOOP("history", "Sửa"),
    "saved": QT_TRANSLATE_NOOP("history", "Lưu"),
    "issued": QT_TRANSLATE_NOOP("history", "Ban hành"),
    "recognised": QT_TRANSLATE_NOOP("history", "Được công nhận"),
    "rejected": QT_TRANSLATE_NOOP("history", "Không được công nhận"),
    "version_created": QT_TRANSLATE_NOOP("history", "Tạo phiên bản sửa đổi"),
    "superseded": QT_TRANSLATE_NOOP("history", "Đã có phiên bản sửa đổi"),
    "restored": QT_TRANSLATE_NOOP("history", "Khôi phục từ thùng rác"),
    "imported": QT_TRANSLATE_NOOP("history", "Nhập từ tệp"),
    "status": QT_TRANSLATE_NOOP("history", "Đổi trạng thái"),
    "binned": QT_TRANSLATE_NOOP("history", "Chuyển vào thùng rác"),
    "purged": QT_TRANSLATE_NOOP("history", "Xóa hẳn"),
    "replaced_by_import": QT_TRANSLATE_NOOP("history", "Thay bằng bản nhận được"),
    "imported_copy": QT_TRANSLATE_NOOP("history", "Nhận thành một bản mới"),
    "portal_entered": QT_TRANSLATE_NOOP("history", "Đã cập nhật lên Cổng"),
    "portal_accepted": QT_TRANSLATE_NOOP("history", "Cổng chấp nhận"),
    "portal_returned": QT_TRANSLATE_NOOP("history", "Cổng trả lại"),
    "nominated": QT_TRANSLATE_NOOP("history", "Đề nghị lên cấp trên"),
    "sent": QT_TRANSLATE_NOOP("history", "Gửi lên cấp trên"),
    "deleted": QT_TRANSLATE_NOOP("history", "Xóa"),
    "personal_data_erased": QT_TRANSLATE_NOOP("history", "Xóa dữ liệu cá nhân"),
    "closed": QT_TRANSLATE_NOOP("history", "Kết thúc họp, khóa kết quả"),
    "reopened": QT_TRANSLATE_NOOP("history", "Mở lại cuộc họp"),
    "sheet_corrected": QT_TRANSLATE_NOOP("history", "Sửa phiếu đã nhập khi chưa chấm xong"),
    "chosen_for_unit": QT_TRANSLATE_NOOP("history", "Chọn làm bộ quy định của đơn vị"),
    "acknowledged": QT_TRANSLATE_NOOP("history", "Bỏ qua cảnh báo, có lý do"),
    # The acts that undo another (domain/workflow.py), and a nomination taken back.
    "submitted": QT_TRANSLATE_NOOP("history", "Nộp Hội đồng"),
    "submission_withdrawn": QT_TRANSLATE_NOOP("history", "Rút khỏi Hội đồng"),
    "nomination_withdrawn": QT_TRANSLATE_NOOP("history", "Rút đợt đề nghị"),
    "portal_entry_withdrawn": QT_TRANSLATE_NOOP("history", "Bỏ đánh dấu đã cập nhật lên Cổng"),
    "withdrawn": QT_TRANSLATE_NOOP("history", "Rút đợt đề nghị đã gửi"),
    "archived": QT_TRANSLATE_NOOP("history", "Lưu trữ"),
    "unarchived": QT_TRANSLATE_NOOP("history", "Bỏ lưu trữ"),
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
    # where an imported record came from
    "file": QT_TRANSLATE_NOOP("history", "Tệp"), "from": QT_TRANSLATE_NOOP("history", "Đơn vị gửi"),
    "package": QT_TRANSLATE_NOOP("history", "Gói"),
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
    "council_proposal": QT_TRANSLATE_NOOP("history", "Hội đồng sáng kiến đề nghị"),
    # a sheet reopened before every member had scored: whose, on which dossier
    "member": QT_TRANSLATE_NOOP("history", "Thành viên"), "dossier": QT_TRANSLATE_NOOP("history", "Hồ sơ"),
    "benefit_agreed_vnd": QT_TRANSLATE_NOOP("history", "Giá trị làm lợi được công nhận"), "reward_vnd": QT_TRANSLATE_NOOP("history", "Tiền thưởng"),
    "annex_order": QT_TRANSLATE_NOOP("history", "Thứ tự trong phụ lục"), "authority": QT_TRANSLATE_NOOP("history", "Thẩm quyền"),
    "authority_text": QT_TRANSLATE_NOOP("history", "Cơ quan ra quyết định"), "signer_name": QT_TRANSLATE_NOOP("history", "Người ký"),
    "signer_title": QT_TRANSLATE_NOOP("history", "Chức vụ người ký"), "signing_capacity": QT_TRANSLATE_NOOP("history", "Thẩm quyền ký"),
    "legal_basis": QT_TRANSLATE_NOOP("history", "Căn cứ"), "scope": QT_TRANSLATE_NOOP("history", "Phạm vi"), "decision": QT_TRANSLATE_NOOP("history", "Quyết định"),
    "previous_uuid": QT_TRANSLATE_NOOP("history", "Phiên bản trước"), "next_uuid": QT_TRANSLATE_NOOP("history", "Phiên bản sau"),
    "lineage_uuid": QT_TRANSLATE_NOOP("history", "Chuỗi phiên bản"), "version": QT_TRANSLATE_NOOP("history", "Phiên bản"),
    "dossier_uuid": QT_TRANSLATE_NOOP("history", "Hồ sơ"), "council_uuid": QT_TRANSLATE_NOOP("history", "Hội đồng"),
    "meeting_uuid": QT_TRANSLATE_NOOP("history", "Cuộc họp"), "uuid": QT_TRANSLATE_NOOP("history", "Mã định danh"),
    "content_hash": QT_TRANSLATE_NOOP("history", "Mã kiểm tra nội dung (SHA-256)"),
    # rule packs, fair scoring, pay
    "rule_pack": QT_TRANSLATE_NOOP("history", "Bộ quy định"), "rule_pack_ref": QT_TRANSLATE_NOOP("history", "Bộ quy định"),
    "pack": QT_TRANSLATE_NOOP("history", "Bộ quy định"), "closed_at": QT_TRANSLATE_NOOP("history", "Kết thúc lúc"),
    "recusals": QT_TRANSLATE_NOOP("history", "Thành viên tránh xét"), "heads_unit": QT_TRANSLATE_NOOP("history", "Thủ trưởng của đơn vị"),
    "member_id": QT_TRANSLATE_NOOP("history", "Thành viên"), "kind": QT_TRANSLATE_NOOP("history", "Lý do"),
    "pass_rule": QT_TRANSLATE_NOOP("history", "Quy tắc biểu quyết"), "results": QT_TRANSLATE_NOOP("history", "Kết quả"),
    "total": QT_TRANSLATE_NOOP("history", "Điểm trung bình"), "votes": QT_TRANSLATE_NOOP("history", "Tán thành"),
    "proposed": QT_TRANSLATE_NOOP("history", "Đề nghị"), "excluded": QT_TRANSLATE_NOOP("history", "Không chấm, không biểu quyết"),
    "abstained": QT_TRANSLATE_NOOP("history", "Không tham gia đánh giá"), "scope_code": QT_TRANSLATE_NOOP("history", "Phạm vi ảnh hưởng"),
    "pay": QT_TRANSLATE_NOOP("history", "Thù lao cho tác giả"), "strict": QT_TRANSLATE_NOOP("history", "Phải hơn tỷ lệ"),
    "basis": QT_TRANSLATE_NOOP("history", "Cách tính"), "percent": QT_TRANSLATE_NOOP("history", "Tỷ lệ (%)"),
    "yearly_benefit_vnd": QT_TRANSLATE_NOOP("history", "Giá trị làm lợi từng năm"),
    "unit_sum_vnd": QT_TRANSLATE_NOOP("history", "Khoản tiền"), "basis_text": QT_TRANSLATE_NOOP("history", "Căn cứ"),
    "changes": QT_TRANSLATE_NOOP("history", "Thay đổi"),
    # a warning accepted with a reason
    "rule": QT_TRANSLATE_NOOP("history", "Cảnh báo"), "by": QT_TRANSLATE_NOOP("history", "Người xác nhận"),
    "similar_to": QT_TRANSLATE_NOOP("history", "Hồ sơ giống"),
}  # fmt: skip

# The same key means something else inside some lists: a member's "title" is an academic title.
CHILD_FIELDS: dict[str, dict[str, str]] = {
    "members": {"title": QT_TRANSLATE_NOOP("history", "Học hàm, học vị")},
    "criteria": {"code": QT_TRANSLATE_NOOP("history", "Mã tiêu chí"), "name": QT_TRANSLATE_NOOP("history", "Tên tiêu chí")},
    "bands": {"code": QT_TRANSLATE_NOOP("history", "Mã mức")},
}  # fmt: skip
# Maps keyed by an identifier rather than a field name, and what the keys name.
KEYED_BY = {"absence_reasons": "members", "scores": "criteria", "min_scores": "criteria"}
# Lists of identifiers, shown by name when the names are known (hidden otherwise).
ID_LISTS = {"present_member_ids": "members", "dossier_uuids": "dossiers",
            "excluded": "members", "abstained": "members"}  # a closed meeting's results
# Keys of a list item that say whom or what it concerns.
ITEM_REFS = (("member_id", "members"), ("dossier_uuid", "dossiers"))

# Values stored as codes.
VALUES: dict[str, dict[str, str]] = {
    "outcome": {"recognised": QT_TRANSLATE_NOOP("history", "Công nhận"), "rejected": QT_TRANSLATE_NOOP("history", "Không công nhận")},
    "authority": {"council": QT_TRANSLATE_NOOP("history", "Hội đồng"), "head": QT_TRANSLATE_NOOP("history", "Thủ trưởng đơn vị")},
    "vote_base": {"council": QT_TRANSLATE_NOOP("history", "tổng số thành viên"), "present": QT_TRANSLATE_NOOP("history", "số có mặt")},
    "kind": {"conflict": QT_TRANSLATE_NOOP("history", "Xung đột lợi ích"), "author": QT_TRANSLATE_NOOP("history", "Là tác giả"),
             "unit_head": QT_TRANSLATE_NOOP("history", "Thủ trưởng đơn vị của tác giả"), "abstain": QT_TRANSLATE_NOOP("history", "Không tham gia đánh giá")},
    "proposed": {"recognised": QT_TRANSLATE_NOOP("history", "Công nhận"), "rejected": QT_TRANSLATE_NOOP("history", "Không công nhận")},
    # A decision against the council's proposal says what the council had proposed.
    "council_proposal": {"recognised": QT_TRANSLATE_NOOP("history", "Công nhận (quyết định khác đề nghị)"),
                         "rejected": QT_TRANSLATE_NOOP("history", "Không công nhận (quyết định khác đề nghị)"),
                         "none": QT_TRANSLATE_NOOP("history", "Chưa có kết quả chấm (quyết định khác đề nghị)")},
    "basis": {"benefit": QT_TRANSLATE_NOOP("history", "Theo giá trị làm lợi của từng năm"),
              "unit_sum": QT_TRANSLATE_NOOP("history", "Khoản tiền do đơn vị quyết định")},
}  # fmt: skip
DECISION_ISSUED = QT_TRANSLATE_NOOP("history", "Đã ban hành")

_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
NO_NAMES = Names()


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_text(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action


def _name_of(kind: str, key: Any, names: Names) -> str | None:
    return getattr(names, kind).get(str(key))


def _item_names(item: Any, names: Names) -> str:
    """ "Cao Thị Sen, SK-2022-0012" for a score sheet; "" when the item names nobody known."""
    if not isinstance(item, dict):
        return ""
    found = [_name_of(kind, item[key], names) for key, kind in ITEM_REFS if key in item]
    return ", ".join(n for n in found if n)


def path_text(path: str, names: Names = NO_NAMES, items: dict[str, Any] | None = None) -> str:
    """"authors[1].full_name" → "Tác giả thứ 2 › Họ và tên"; ``items`` (list items by their
    path, "sheets[2]") lets an item say whom it concerns."""
    parts: list[str] = []
    parent = prefix = ""
    for name, index in _SEGMENT.findall(path):
        if index:
            prefix += f"[{index}]"
            number = str(int(index) + 1)
            if not parts:
                parts.append(number)
                continue
            # An item that names whom it concerns needs no number: "Phiếu đánh giá (Cao Thị Sen, SK-…)".
            who = _item_names((items or {}).get(prefix), names)
            if who:
                parts[-1] = f"{parts[-1]} ({who})"
            else:
                parts[-1] = QCoreApplication.translate("history", "%1 thứ %2").replace("%1", parts[-1]).replace("%2", number)
            continue
        prefix = f"{prefix}.{name}" if prefix else name
        if parent in KEYED_BY:
            parts.append(_name_of(KEYED_BY[parent], name, names) or name)
        elif name in CHILD_FIELDS.get(parent, {}):
            parts.append(tr(CHILD_FIELDS[parent][name]))
        else:
            parts.append(tr(FIELDS[name]) if name in FIELDS else name)
        parent = name
    return " › ".join(parts)


def _leaf(path: str) -> str:
    names = [n for n, _i in _SEGMENT.findall(path) if n]
    return names[-1] if names else ""


def value_text(path: str, value: Any, names: Names = NO_NAMES) -> str:
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("history", "(trống)")
    if isinstance(value, bool):
        return QCoreApplication.translate("history", "Có") if value else QCoreApplication.translate("history", "Không")
    if value == HIDDEN:  # personal data: the log says it changed, not what it was
        return QCoreApplication.translate("history", "(đã ẩn)")
    if value == ERASED_MARK:
        return QCoreApplication.translate("history", "[đã xóa]")
    leaf = _leaf(path)
    if leaf in ID_LISTS:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(_name_of(ID_LISTS[leaf], i, names) or str(i) for i in ids)
    if leaf == "status":
        return tr(DECISION_ISSUED) if value == "issued" else status_label(str(value))
    if leaf == "role" and str(value) in ROLE_LABELS:
        return core_text(ROLE_LABELS[Role(str(value))])
    if leaf in VALUES and str(value) in VALUES[leaf]:
        return tr(VALUES[leaf][str(value)])
    if leaf == "rule" and isinstance(value, str):  # an accepted warning's rule, by its name
        return core_text(rule_name(value))
    if leaf in PACK_KEYS and str(value) in names.packs:
        name, version = names.packs[str(value)]
        return QCoreApplication.translate("history", "%1 (phiên bản %2)").replace("%1", name).replace("%2", version)
    if leaf == "scope_code" and str(value) in names.scopes:
        return names.scopes[str(value)]
    plain = plain_value(path, value)
    if plain is not None:
        return plain
    if isinstance(value, dict) and leaf in KEYED_BY:
        # A sheet's scores on one line: "Tính mới: 33; Khả năng áp dụng, nhân rộng: 24".
        kind = KEYED_BY[leaf]
        order = list(getattr(names, kind))  # the rubric's order, not the log's sorted keys
        keys = sorted(value, key=lambda k: order.index(k) if k in order else len(order))
        return "; ".join(f"{_name_of(kind, k, names) or k}: {value_text(k, value[k], names)}" for k in keys)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        # Legal bases each end with ";": one separator is enough.
        return "; ".join(v.strip().rstrip(";") for v in value)
    if isinstance(value, (list, dict)):
        values = value if isinstance(value, list) else list(value.values())
        return ", ".join(value_text(path, v, names) for v in values)
    return str(value)


def flatten(value: Any, path: str = "", items: dict[str, Any] | None = None) -> list[tuple[str, Any]]:
    """The leaves of a snapshot: [("members[0].full_name", "…"), …]; each list item met on the
    way goes into ``items`` by its path."""
    if isinstance(value, dict) and value and _leaf(path) not in KEYED_BY:
        return [leaf for k, v in value.items() for leaf in flatten(v, f"{path}.{k}" if path else str(k), items)]
    if isinstance(value, list) and value and any(isinstance(v, (dict, list)) for v in value):
        found = []
        for i, v in enumerate(value):
            if items is not None:
                items[f"{path}[{i}]"] = v
            found += flatten(v, f"{path}[{i}]", items)
        return found
    return [(path, value)]


def _hidden(path: str, names: Names) -> bool:
    """Internal identifiers mean nothing to a reader (nor do the codes of criteria and bands:
    their names say it); lists of them show by name when known."""
    leaf = _leaf(path)
    if leaf == "code" and re.search(r"(criteria|bands)\[\d+\]\.code$", path):
        return True
    if leaf in ID_LISTS:
        return not getattr(names, ID_LISTS[leaf])
    return leaf.endswith(("uuid", "uuids")) or leaf in ("id", "member_id")


SNAPSHOT_ACTIONS = frozenset({"created", "issued", "imported"})


def _summary(value: Any, names: Names) -> str:
    """An added or removed list item in a few words: its name, or whom it concerns."""
    if isinstance(value, dict):
        for key in ("full_name", "filename", "name", "title", "label"):
            if value.get(key):
                return str(value[key])
        return _item_names(value, names)
    return "" if isinstance(value, list) else str(value)


def change_lines(action: str, changes: dict[str, Any], names: Names = NO_NAMES) -> list[tuple[str, str]]:
    """(field, what happened) pairs for one entry: "old → new" for a change, the value for a
    snapshot (a record as created); a list item added or removed says so."""
    lines: list[tuple[str, str]] = []
    snapshot = action in SNAPSHOT_ACTIONS
    items: dict[str, Any] = {}
    order = list(FIELDS)
    if snapshot:  # stored with sorted keys: show them in the order of the form instead
        changes = dict(sorted(changes.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))
    for key, value in changes.items():
        skip_empty = snapshot
        if _hidden(key, names) or (key == "number" and "number_text" in changes):
            continue
        pair = isinstance(value, list) and len(value) == 2 and (not snapshot or value[0] is None)
        if pair and snapshot:  # a dossier's creation is logged as [None, value] per field
            pair, value = False, value[1]
        if pair and not any(isinstance(v, (dict, list)) for v in value):
            old, new = value
            lines.append((path_text(key, names), f"{value_text(key, old, names)} → {value_text(key, new, names)}"))
            continue
        if pair and value[1] in (None, "") and isinstance(value[0], dict):
            items[key] = value[0]
            lines.append((path_text(key, names, items), QCoreApplication.translate("history", "Đã xóa: %1").replace("%1", _summary(value[0], names))))
            continue
        if pair and value[0] in (None, "") and isinstance(value[1], (dict, list)):
            items[key] = value[1]
            lines.append((path_text(key, names, items), QCoreApplication.translate("history", "Thêm mới")))
            value, skip_empty = value[1], True
        for path, leaf in flatten(value, key, items):
            if _hidden(path, names):
                continue
            if leaf not in (None, "", [], {}) or not skip_empty:
                lines.append((path_text(path, names, items), value_text(path, leaf, names)))
    return lines
