"""Messages about saving, reading and deleting dossiers, their attachments and history.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    # Status and sector names (domain/dossier.py: STATUS_LABELS, SECTOR_LABELS).
    "status_draft": "Bản nháp",
    "status_submitted": "Đã nộp Hội đồng",
    "status_recognised": "Đã công nhận",
    "status_rejected": "Không công nhận",
    "status_nominated": "Đã đề nghị",
    "status_entered": "Đã cập nhật lên cổng",
    # The acts that move a dossier's status (domain/workflow.py).
    "act_submit": "Nộp Hội đồng",
    "act_withdraw_submission": "Rút hồ sơ khỏi Hội đồng",
    "act_recognise": "Công nhận (theo quyết định)",
    "act_reject": "Không công nhận (theo quyết định)",
    "act_nominate": "Đề nghị lên cấp trên",
    "act_withdraw_nomination": "Rút đợt đề nghị",
    "act_enter": "Đánh dấu đã cập nhật lên Cổng",
    "act_withdraw_entry": "Bỏ đánh dấu đã cập nhật lên Cổng",
    "act_portal_returned": "Cổng trả lại hồ sơ",
    "status_act_not_allowed": (
        "Không thể “{act}” với hồ sơ “{title}”: hồ sơ đang ở trạng thái “{status}”."
    ),
    "status_reason_missing": (
        "Hãy ghi lý do “{act}”: lý do được ghi vào lịch sử hồ sơ."
    ),
    "status_needs_act": (
        "Không đổi trực tiếp được trạng thái của hồ sơ “{title}” (từ “{old}” sang “{new}”). "
        "Trạng thái đi theo việc đã làm: nộp Hội đồng, quyết định công nhận, đợt đề nghị đã "
        "gửi, đánh dấu đã cập nhật lên Cổng; muốn quay lại thì rút việc đó, có ghi lý do."
    ),
    "status_new_not_draft": (
        "Hồ sơ mới “{title}” bắt đầu là bản nháp, không phải “{status}”: trạng thái đi theo "
        "việc đã làm (nộp Hội đồng, quyết định, đợt đề nghị, Cổng)."
    ),
    "submit_untitled": "Hồ sơ chưa có tên sáng kiến: hãy nhập tên trước khi nộp Hội đồng.",
    "dossier_untitled": "Hãy nhập tên sáng kiến trước khi lưu: đó là cách bạn tìm lại hồ sơ.",
    "withdraw_in_meeting": (
        "Hồ sơ “{title}” đã được đưa vào cuộc họp Hội đồng ngày {date}: hãy bỏ hồ sơ khỏi "
        "cuộc họp đó trước khi rút."
    ),
    "sector_enterprise": "Khối doanh nghiệp",
    "sector_public": "Khối cơ quan, hành chính sự nghiệp",
    "attachment_not_file": (
        "“{name}” không phải là một tệp. Hãy chọn một tệp ảnh, PDF hoặc Word (DOCX)."
    ),
    "attachment_not_openable": (
        "Tệp “{name}” không phải ảnh, PDF hay Word (DOCX) nên chương trình không mở nó. Nếu "
        "cần, hãy hỏi lại người gửi tệp."
    ),
    "attachment_empty": "Tệp “{name}” rỗng (0 byte). Hãy chọn đúng tệp cần đính kèm.",
    "attachment_too_large": (
        "Tệp “{name}” quá lớn ({size} MB). Mỗi tệp đính kèm tối đa {max_size} MB; hãy nén "
        "ảnh hoặc chia nhỏ tệp PDF."
    ),
    "attachment_type": (
        "Tệp “{name}” không phải ảnh, PDF hay Word (DOCX), hoặc đã bị hỏng. Hãy lưu lại tệp "
        "ở một trong các dạng đó rồi đính kèm lại."
    ),
    "attachment_unreadable": (
        "Không đọc được tệp “{name}” ({reason}). Hãy kiểm tra tệp còn tồn tại, không bị "
        "chương trình khác khóa và bạn có quyền đọc nó."
    ),
    "dossier_not_found": "Không tìm thấy hồ sơ {uuid}.",
    "dossier_frozen": (
        "Hồ sơ “{title}” đã được công nhận ngày {date} nên không sửa được nội dung. Hãy tạo "
        "phiên bản sửa đổi (bản mới liên kết với bản đã công nhận)."
    ),
    "purge_not_in_bin": "Chỉ xóa hẳn được hồ sơ đã nằm trong thùng rác.",
    "frozen_bin": (
        "Hồ sơ “{title}” đã được công nhận nên không thể chuyển vào thùng rác: quyết định công "
        "nhận dựa trên hồ sơ này. Nếu cần sửa, hãy tạo phiên bản sửa đổi."
    ),
    "frozen_purge": (
        "Hồ sơ “{title}” đã được công nhận nên không thể xóa hẳn: quyết định công nhận dựa trên "
        "hồ sơ này. Nếu cần sửa, hãy tạo phiên bản sửa đổi."
    ),
    # Kinds of attached files (services/dossiers/attachments.py: MEDIA_LABELS).
    "media_png": "Ảnh PNG",
    "media_jpeg": "Ảnh JPEG",
    "media_gif": "Ảnh GIF",
    "media_bmp": "Ảnh BMP",
    "media_tiff": "Ảnh TIFF",
    "media_webp": "Ảnh WebP",
    "dossier_key_not_found": "Không tìm thấy hồ sơ “{key}”.",
    "dossier_key_ambiguous": "Mã “{key}” ứng với nhiều hồ sơ; hãy dùng mã định danh (uuid).",
    # Erasing one person's personal data (services/dossiers/personal_data.py).
    "personal_field_birth_date": "ngày sinh",
    "personal_field_workplace": "nơi công tác / nơi thường trú",
    "personal_field_cccd": "số CCCD/CMND",
    "personal_field_phone": "số điện thoại",
    "person_role_author": "tác giả",
    "person_role_applier": "người tham gia áp dụng",
    "person_query_empty": "Hãy nhập họ tên, số CCCD/CMND hoặc số điện thoại của người cần tìm.",
    "erasure_reason": (
        "Hãy ghi lý do xóa (ví dụ: “Theo yêu cầu của bà Lan ngày 05/01/2026”): lý do được ghi "
        "vào lịch sử hồ sơ."
    ),
    "erasure_stale": "Danh sách đã chọn không khớp kết quả tìm kiếm: hãy tìm lại.",
    "erasure_dossier_changed": "Hồ sơ “{title}” đã thay đổi sau khi tìm: hãy tìm lại.",
    "erasure_not_in_bin": (
        "Hồ sơ “{title}” không nằm trong thùng rác. Để xóa dữ liệu của một người, hãy dùng "
        "Công cụ → Xóa dữ liệu cá nhân của một người."
    ),
    "redaction_hash_mismatch": (
        "Hồ sơ đã công nhận “{title}” không khớp mã kiểm tra nội dung lúc công nhận, nên chưa "
        "xóa được dữ liệu cá nhân (dữ liệu có thể đã bị sửa ngoài chương trình). Không có gì bị "
        "thay đổi; hãy khôi phục từ một bản sao lưu."
    ),
    "hash_chain_step": (
        "Lần xóa dữ liệu cá nhân lúc {at} bắt đầu từ mã kiểm tra {found}… thay vì {expected}…."
    ),
    "hash_chain_recorded": (
        "Mã kiểm tra lúc công nhận (hoặc sau lần xóa dữ liệu cá nhân cuối) không khớp mã đang lưu."
    ),
    "hash_chain_content": "Nội dung hồ sơ không khớp mã kiểm tra đang lưu.",
}
