"""Messages about nominations, quotas, targets and the nomination papers.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    "bundle_format": "Định dạng “{choice}” không được hỗ trợ: chọn pdf, docx hoặc both.",
    "bundle_empty": "Đợt đề nghị chưa có hồ sơ nào: hãy chọn hồ sơ trước khi tạo bộ hồ sơ.",
    # The bundle's parts as its progress names them, and what it could not include.
    "bundle_job_letter": "Tờ trình",
    "bundle_job_summary": "Bảng tổng hợp",
    "bundle_job_application": "{code}: đơn",
    "bundle_job_report": "{code}: báo cáo mô tả",
    "bundle_job_decision": "{code}: quyết định",
    "bundle_job_received_decision": "{code}: quyết định (bản nhận được)",
    "bundle_job_attachment": "{code}: {filename}",
    "bundle_job_format": "{job} ({format})",
    "bundle_done": "Đã tạo tệp nén",
    "bundle_missing_decision": "{code}: chưa có quyết định công nhận",
    "bundle_missing_received_decision": (
        "{code}: chưa có bản PDF quyết định số {number} của đơn vị gửi"
    ),
    "bundle_missing_attachment": "{code}: thiếu tệp đính kèm {filename}",
    "document_format": "Định dạng “{format}” không được hỗ trợ (pdf hoặc docx).",
    "gap_complaint": "Có khiếu nại về nội dung hoặc kết quả công nhận.",
    "gap_authorship_dispute": "Có tranh chấp về quyền tác giả.",
    "nomination_not_found": "Không tìm thấy đợt đề nghị “{uuid}”.",
    "nomination_campaign": (
        "Không có chương trình “{campaign_id}”. Hãy chọn một chương trình có trong danh sách "
        "(hoặc thêm tệp chương trình vào thư mục dữ liệu)."
    ),
    "nomination_duplicate": "Một hồ sơ có mặt hai lần trong đợt đề nghị.",
    "nomination_to_unit": (
        "Hãy ghi nơi nhận đề nghị (công đoàn cấp trên), ví dụ “Ban Thường vụ Liên đoàn Lao "
        "động tỉnh …”."
    ),
    "nomination_to_level": (
        "Cấp nhận “{level}” không có trên đường đề nghị của đơn vị: chọn một trong {choices}."
    ),
    # The route upward under two-tier local government (domain/unit_route.py): the levels a
    # nomination goes to, how it is addressed, and a parent named as a district union.
    "route_direct_upper": (
        "Công đoàn cấp trên trực tiếp cơ sở (công đoàn xã, phường, đặc khu; công đoàn ngành "
        "địa phương; công đoàn các khu công nghiệp)"
    ),
    "route_province": "Liên đoàn Lao động tỉnh, thành phố",
    "route_central_sector": "Công đoàn ngành Trung ương và tương đương",
    "route_confederation": "Tổng Liên đoàn Lao động Việt Nam",
    "route_recipient": "Ban Thường vụ {union}",
    "route_recipient_confederation": "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
    "route_parent_district": (
        "Cấp trên ghi trong Cài đặt là “{parent}”, một công đoàn cấp huyện: từ 01/7/2025 không "
        "còn cấp huyện. Hãy sửa cấp trên trong Cài đặt (công đoàn xã, phường, ngành hoặc Liên "
        "đoàn Lao động tỉnh); các đợt đề nghị đã gửi vẫn giữ tên như cũ."
    ),
    "nomination_sent": "Đợt đề nghị này đã gửi lên cấp trên nên không sửa được nữa.",
    "nomination_sent_delete": "Đợt đề nghị đã gửi là hồ sơ lưu trữ: không xóa được.",
    "nomination_sent_number": "Đợt đề nghị đã gửi với Tờ trình số {number}.",
    "nomination_not_sent": (
        "Chỉ rút được đợt đề nghị đã gửi (đợt đang soạn thì sửa hoặc xóa; đợt đã rút thì "
        "không rút lại)."
    ),
    "nomination_empty": "Đợt đề nghị chưa có hồ sơ nào.",
    "nomination_dossier_in_bin": "Hồ sơ “{title}” đang nằm trong thùng rác.",
    "nomination_not_recognised": (
        "Hồ sơ “{title}” chưa được công nhận nên chưa đề nghị lên cấp trên được."
    ),
    "nomination_favoured_field": (
        "“{favoured}” không phải lĩnh vực ưu tiên của chương trình “{campaign}”."
    ),
    "nomination_created_on": "đợt tạo ngày {date}",
    "phase_whole_campaign": "Cả chương trình",
    "targets_total": "Tổng cộng",
    "targets_after_phases": "Sau các đợt",
    "nomination_already_in": (
        "Hồ sơ “{title}” đã có trong một đợt đề nghị khác ({where}) của chương trình này."
    ),
    "unit_not_found": (
        "Đơn vị “{unit}” không có chỉ tiêu hay hồ sơ nào trong chương trình “{campaign}”."
    ),
    "target_unit": "Hãy ghi tên đơn vị cho mỗi dòng chỉ tiêu.",
    "target_phase": "Chương trình “{campaign}” không có đợt “{phase}”. Các đợt: {phases}.",
    "target_count": "Chỉ tiêu của “{name}” phải là số nguyên không âm, không phải “{count}”.",
    "quota_exceeded": (
        "Chương trình “{campaign}” cho {level} đề nghị tối đa {quota} sáng kiến; đợt này đang "
        "có {count}. Hãy bỏ bớt {over} hồ sơ."
    ),
    "quota_exceeded_source": (
        "Chương trình “{campaign}” cho {level} đề nghị tối đa {quota} sáng kiến; đợt này đang "
        "có {count}. Hãy bỏ bớt {over} hồ sơ. (Căn cứ: {source})"
    ),
    # Nomination states (services/nominating/nominations.py: STATUS_LABELS).
    "nomination_status_draft": "Đang soạn",
    "nomination_status_sent": "Đã gửi",
    "nomination_status_withdrawn": "Đã rút",
    # Where a nomination stands against its deadline (domain/nomination.py: Deadline.message).
    "deadline_none": "Chưa có hạn gửi.",
    "deadline_passed": "Đã quá hạn gửi ({at}).",
    "deadline_today": "Hôm nay là hạn gửi ({at}).",
    "deadline_near": "Còn {days} ngày đến hạn gửi ({at}).",
    "deadline_open": "Hạn gửi: {at} (còn {days} ngày).",
}
