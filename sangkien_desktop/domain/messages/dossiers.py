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
    "sector_enterprise": "Khối doanh nghiệp",
    "sector_public": "Khối cơ quan, hành chính sự nghiệp",
    "attachment_not_file": (
        "“{name}” không phải là một tệp. Hãy chọn một tệp ảnh, PDF hoặc Word (DOCX)."
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
}
