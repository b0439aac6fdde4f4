"""Messages about the documents the program writes.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    "paper_not_made": "Chưa làm được văn bản “{kind}” từ lựa chọn này.",
    "decision_key_not_found": "Không tìm thấy quyết định “{key}”.",
    "decision_ambiguous": (
        "Có {count} quyết định số “{key}” (năm {years}): hãy ghi thêm năm, ví dụ “{example}”, "
        "hoặc dùng mã định danh."
    ),
    "meeting_key_not_found": "Không tìm thấy cuộc họp “{key}”.",
    "paper_number_not_positive": "Số văn bản phải là số nguyên dương, ví dụ 3.",
    "paper_number_used": (
        "Số {number} năm {year} đã được dùng cho một văn bản khác. Hãy dùng số {free} (số "
        "tiếp theo chưa dùng) hoặc một số khác chưa dùng."
    ),
    "paper_unit_unnamed": (
        "Chưa đặt tên đơn vị: văn bản sẽ thiếu phần đầu (tên cơ quan cấp trên, tên đơn vị, "
        "địa danh, người ký). Vào Công cụ › Cài đặt (hoặc Trợ lý thiết lập) để nhập, rồi in lại."
    ),
    "paper_format": "Định dạng “{format}” không được hỗ trợ: chọn pdf hoặc docx.",
    "paper_kind_unknown": "Không có loại văn bản “{kind}”. Các loại: {kinds}.",
    "paper_not_from_dossier": "Văn bản “{kind}” không làm từ một hồ sơ. Từ một hồ sơ có: {kinds}.",
    # Document names for menus and file names (documents/registry.py: DOCUMENT_LABELS).
    "document_numbered": "{document} số {number}",
    "document_don_yeu_cau": "Đơn yêu cầu công nhận sáng kiến",
    "document_bao_cao_mo_ta": "Báo cáo mô tả sáng kiến",
    "document_phieu_danh_gia": "Phiếu đánh giá sáng kiến",
    "document_bien_ban": "Biên bản họp Hội đồng sáng kiến",
    "document_quyet_dinh": "Quyết định công nhận sáng kiến",
    "document_giay_chung_nhan": "Giấy chứng nhận sáng kiến",
    "document_giay_xac_nhan": "Giấy xác nhận hiệu quả, phạm vi ảnh hưởng của sáng kiến",
    "document_thong_bao_khong_cong_nhan": "Thông báo không công nhận sáng kiến",
    "document_to_trinh": "Tờ trình đề nghị khen thưởng sáng kiến",
    "document_bang_tong_hop": "Bảng tổng hợp tóm tắt sáng kiến",
    "document_bao_cao_chi_tieu": "Báo cáo kết quả thực hiện chỉ tiêu",
    "document_tom_tat_don_vi": "Phiếu tóm tắt kết quả sáng kiến của đơn vị",
    "document_kind_unknown": "Không có loại văn bản “{kind}”. Các loại: {kinds}.",
    "certificates_empty": "Không có giấy chứng nhận nào để in.",
    "refusal_notices_empty": "Không có thông báo không công nhận nào để in.",
    "report_phases_mismatch": "Đơn vị “{unit}” có {unit_phases} đợt, báo cáo có {phases} đợt.",
}
