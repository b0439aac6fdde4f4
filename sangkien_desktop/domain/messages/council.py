"""Messages about councils, meetings, score sheets, decisions and their numbers.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    "meeting_dossier_not_submitted": (
        "Hồ sơ “{title}” đang ở trạng thái “{status}”: Hội đồng chỉ xét hồ sơ đã nộp. Hãy nộp "
        "Hội đồng trước (nút Nộp Hội đồng)."
    ),
    "fraction_range": "Tỷ lệ “{text}” phải lớn hơn 0 và không quá 1.",
    "fraction_invalid": "Tỷ lệ “{text}” không hợp lệ; hãy viết dạng 2/3.",
    "vote_base_invalid": "Cơ sở biểu quyết “{base}” không hợp lệ (council hoặc present).",
    "score_label": "Điểm tiêu chí “{name}”",
    "score_band_fail": "Không đạt",
    "score_missing": "{label} chưa được nhập.",
    "score_not_number": "{label} “{value}” không phải là một số. Hãy nhập số điểm, ví dụ 27,5.",
    "score_negative": "{label} không được âm (đã nhập {value}).",
    "score_above_max": "{label} tối đa là {max_score} (đã nhập {value}).",
    "score_unknown_criterion": "Tiêu chí không có trong bộ tiêu chí: {unknown}.",
    "no_sheets": "Chưa có phiếu đánh giá nào cho sáng kiến này.",
    "rubric_invalid": "Bộ tiêu chí chấm điểm không hợp lệ ({reason}).",
    "council_not_found": "Không tìm thấy Hội đồng sáng kiến {uuid}.",
    "council_name": "Hãy nhập tên Hội đồng sáng kiến.",
    "council_two_chairs": "Hội đồng chỉ có một Chủ tịch.",
    "council_no_chair": (
        "Hội đồng chưa có Chủ tịch: hãy chọn vai trò “Chủ tịch Hội đồng” cho một thành viên."
    ),
    "council_too_few": (
        "Hội đồng mới có {count} thành viên: cần ít nhất {minimum} (Chủ tịch, Thư ký và ít nhất "
        "một ủy viên, gồm đại diện công đoàn)."
    ),
    "council_duplicate": (
        "Đã có “{name}” năm {year} của {unit}. Hãy mở Hội đồng đó để sửa, hoặc đặt tên khác "
        "nếu đây là một Hội đồng khác."
    ),
    "council_archived": (
        "Hội đồng “{name}” đã được lưu trữ: không ghi cuộc họp mới. Hãy bỏ lưu trữ trước "
        "(menu Hội đồng › Hội đồng sáng kiến)."
    ),
    "meeting_not_found": "Không tìm thấy cuộc họp {uuid}.",
    "meeting_stranger": "Danh sách có mặt có người không thuộc Hội đồng.",
    "meeting_duplicate_dossier": "Một hồ sơ được đưa vào cuộc họp hai lần.",
    "member_name": "Thành viên thứ {i} của Hội đồng chưa có họ tên.",
    "sheet_absent_member": "Chỉ thành viên có mặt mới chấm phiếu đánh giá.",
    "sheet_dossier": "Phiếu đánh giá cho một hồ sơ không có trong cuộc họp.",
    "sheet_twice": "Một thành viên có hai phiếu cho cùng một hồ sơ.",
    "decision_not_found": "Không tìm thấy quyết định {uuid}.",
    "decision_empty": "Quyết định chưa có sáng kiến nào.",
    "decision_duplicate": "Một hồ sơ có mặt hai lần trong quyết định.",
    "decision_authority": "Hãy ghi chức danh thủ trưởng ra quyết định, ví dụ “Giám đốc Công ty …”.",
    "version_not_frozen": "Hồ sơ “{title}” chưa được công nhận: hãy sửa trực tiếp.",
    "version_exists": "Hồ sơ “{title}” đã có một phiên bản sửa đổi; hãy mở bản đó.",
    "decision_dossier_in_bin": "Hồ sơ “{title}” đang nằm trong thùng rác.",
    "decision_already_recognised": "Hồ sơ “{title}” đã được công nhận trước đây.",
    "decision_reason_missing": (
        "Hãy ghi lý do không công nhận hồ sơ “{title}”: tác giả sẽ đọc lý do này."
    ),
    "decision_money_negative": "Số tiền không được âm.",
    "decision_recognises_nothing": (
        "Quyết định {number} không công nhận sáng kiến nào nên không in thành “Quyết định công "
        "nhận sáng kiến”: hãy in Thông báo không công nhận sáng kiến gửi các tác giả."
    ),
    "doc_type_unknown": "Loại văn bản “{doc_type}” không có trong danh mục.",
    "number_not_positive": "Số văn bản phải là số nguyên dương, ví dụ 12.",
    "number_used": (
        "Số {number} năm {year} đã được dùng. Hãy dùng số {session} hoặc một số chưa dùng."
    ),
    # Council roles (domain/council.py: ROLE_LABELS).
    "role_chair": "Chủ tịch Hội đồng",
    "role_vice_chair": "Phó Chủ tịch Hội đồng",
    "role_secretary": "Thư ký Hội đồng",
    "role_member": "Ủy viên",
}
