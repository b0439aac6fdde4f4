"""Messages about the documents the program writes.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    "paper_not_made": "Chưa làm được văn bản “{kind}” từ lựa chọn này.",
    "decision_key_not_found": "Không tìm thấy quyết định “{key}”.",
    "decision_ambiguous": (
        "Có {count} quyết định số “{key}” (năm {years}): hãy dùng mã định danh (uuid)."
    ),
    "paper_number_not_positive": "Số văn bản phải là số nguyên dương, ví dụ 3.",
    "paper_number_used": (
        "Số {number} năm {year} đã được dùng cho một văn bản khác. Hãy dùng số {free} (số "
        "tiếp theo chưa dùng) hoặc một số khác chưa dùng."
    ),
    "paper_format": "Định dạng “{format}” không được hỗ trợ: chọn pdf hoặc docx.",
    "paper_kind_unknown": "Không có loại văn bản “{kind}”. Các loại: {kinds}.",
    "paper_not_from_dossier": "Văn bản “{kind}” không làm từ một hồ sơ. Từ một hồ sơ có: {kinds}.",
}
