"""Messages about values as people type them (dates, numbers, shares, money) and files.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    "settings_campaign_unknown": "Không có chương trình mã “{campaign}”. Các chương trình: {known}.",
    "date_label": "Ngày",
    "resources_missing": (
        "Không tìm thấy thư mục tài nguyên (resources) của chương trình. Hãy cài đặt lại "
        "Sáng kiến Desktop."
    ),
    "share_range": "Tỷ lệ đóng góp “{text}” phải nằm trong khoảng từ 0 đến 100 (%).",
    "money_format": (
        "Số tiền “{value}” không đọc được. Hãy nhập số đồng, ví dụ 120.000.000 hoặc 120 triệu."
    ),
    "money_range": "Số tiền “{value}” quá lớn. Hãy kiểm tra lại số chữ số.",
    "date_format": (
        "{label} “{value}” không đúng dạng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ "
        "15/09/2022."
    ),
    "date_invalid": (
        "{label} “{value}” không có thật trên lịch (tháng {month} năm {year} không có ngày "
        "{day}). Hãy kiểm tra lại ngày và tháng."
    ),
    "share_not_number": (
        "Tỷ lệ đóng góp “{text}” không phải là một số. Hãy nhập số phần trăm, ví dụ 50 hoặc "
        "33,5."
    ),
    "campaign_not_list": "{where} phải là một danh sách.",
    "campaign_not_object": "{source}: tệp chương trình phải là một đối tượng JSON.",
    "campaign_format": (
        "{source}: định dạng chương trình “{format}” không được hỗ trợ (phiên bản này đọc "
        "định dạng {supported})."
    ),
    "campaign_description_limit": "{source}: “description_limit” phải là số nguyên dương.",
    "campaign_warning_days": (
        "{source}: “nomination_warning_days” phải là số nguyên không âm (số ngày)."
    ),
    "campaign_no_solution_types": "{source}: cần ít nhất một loại giải pháp (solution_types).",
    "campaign_date": "{where}: “{value}” không phải ngày dạng YYYY-MM-DD.",
    "campaign_datetime": "{where}: “{value}” không phải thời điểm dạng YYYY-MM-DDTHH:MM.",
    "campaign_choice": "{where}[{i}] cần có “code” và “label”.",
    "campaign_missing_key": "{source}: thiếu trường “{key}”.",
    "campaign_quota": "{source}: quotas[{i}] cần “level” và “count” (số nguyên).",
    # Programs kept by the officer (domain/campaign_edit.py, services/campaign_files.py).
    "campaign_state_open": "đang mở",
    "campaign_state_upcoming": "sắp mở",
    "campaign_state_closed": "đã kết thúc",
    "campaign_edit_id": (
        "Mã chương trình “{id}” không dùng được: hãy dùng chữ thường không dấu, chữ số và dấu "
        "gạch ngang, từ 2 đến 63 ký tự, ví dụ “cap-co-so-2027”."
    ),
    "campaign_edit_required": "Hãy điền ô này.",
    "campaign_edit_date": "“{value}” không phải ngày hợp lệ.",
    "campaign_edit_window": "Ngày kết thúc phải sau ngày bắt đầu.",
    "campaign_edit_limit": "Giới hạn ký tự phải là số nguyên dương (để trống nếu không giới hạn).",
    "campaign_edit_warning_days": "Số ngày báo trước hạn phải là số nguyên không âm.",
    "campaign_edit_not_list": "Phải là một danh sách.",
    "campaign_edit_code_missing": "Hãy ghi mã.",
    "campaign_edit_code_chars": (
        "Mã “{code}” chỉ được có chữ không dấu, chữ số và dấu gạch dưới, ví dụ “ky_thuat”."
    ),
    "campaign_edit_code_twice": "Mã “{code}” đã có ở dòng khác.",
    "campaign_edit_label_missing": "Hãy ghi tên.",
    "campaign_edit_no_kinds": "Cần ít nhất một loại giải pháp.",
    "campaign_edit_phase_order": "Ngày kết thúc của giai đoạn phải sau ngày bắt đầu.",
    "campaign_edit_quota_level": "Cấp “{level}” không có; hãy chọn một cấp trong danh sách.",
    "campaign_edit_quota_twice": "Cấp này đã có chỉ tiêu ở dòng khác.",
    "campaign_edit_quota_count": "Số lượng phải là số nguyên không âm.",
    "campaign_edit_problems": "Chương trình có {count} chỗ cần sửa; đầu tiên: {first}",
    "campaign_id_taken": (
        "Đã có chương trình mã “{id}” ({name}). Hãy chọn mã khác cho chương trình mới."
    ),
    "campaign_file_older": (
        "Tệp chương trình “{name}” là phiên bản {version}, cũ hơn phiên bản {current} đang "
        "dùng: không nhập."
    ),
    "campaign_not_found": "Không có chương trình “{id}”.",
    "campaign_unreadable": "{source}: tệp chương trình không đọc được ({reason}).",
    "campaign_incomplete": "{source}: tệp chương trình thiếu tên hoặc loại giải pháp.",
    "data_file_unreadable": "Không đọc được tệp {name}: {reason}",
    "disk_full": (
        "Ổ đĩa chứa “{where}” đã đầy (còn trống {free}): cần thêm ít nhất {needed} trống. Dữ "
        "liệu đã lưu không bị mất. Hãy xóa bớt tệp không cần trên ổ đĩa đó (hoặc chọn nơi "
        "khác) rồi thử lại."
    ),
    "disk_read_only": (
        "Không ghi được vào “{where}”: ổ đĩa hoặc thư mục này chỉ cho đọc (ổ USB bị gạt khóa "
        "ghi, đĩa CD, hoặc tài khoản không có quyền ghi). Dữ liệu đã lưu không bị mất. Hãy chọn "
        "một thư mục khác, hoặc mở khóa ghi rồi thử lại."
    ),
    "disk_failed": (
        "Ổ đĩa chứa “{where}” báo lỗi khi đọc ghi (ổ USB bị rút ra, hoặc ổ đĩa hỏng). Dữ liệu "
        "đã lưu trước đó không bị mất. Hãy kiểm tra ổ đĩa rồi thử lại."
    ),
}
