"""Messages about files other programs read: JSON, exchange packages, spreadsheets, portal.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    # Reading a received JSON file (exchange/schema.py, exchange/json_format.py).
    "data_missing": "Không tìm thấy tệp “{path}”.",
    "data_unreadable": "Không đọc được tệp “{file}” ({reason}).",
    "data_too_large": "Tệp “{file}” quá lớn ({size} MB; tối đa {limit} MB).",
    "data_changing": "Tệp “{file}” đang được ghi dở: hãy chờ chép xong rồi nhập lại.",
    "data_encoding": "Tệp “{file}” không phải văn bản UTF-8 (byte lạ ở vị trí {position}).",
    "data_json": "Tệp “{file}” không phải JSON hợp lệ (dòng {line}, cột {column}).",
    "data_number": (
        "Tệp “{file}” có một số không đọc được (NaN, vô cực hoặc quá nhiều chữ số)."
    ),
    "data_number_at": (
        "Tệp “{file}” có một số không đọc được ở dòng {line} (NaN, vô cực hoặc quá nhiều "
        "chữ số)."
    ),
    "data_depth": "Tệp “{file}” có dữ liệu lồng nhau quá sâu.",
    "data_format": "Tệp “{file}” không phải tệp hồ sơ sáng kiến (thiếu \"format\": \"{format}\").",
    "data_format_version": (
        "Tệp “{file}” ghi phiên bản định dạng (format_version) “{version}” không hợp lệ: phải "
        "là một số nguyên dương, như 1."
    ),
    "data_newer": (
        "Tệp “{file}” dùng định dạng phiên bản {version}, mới hơn phiên bản {known} mà chương "
        "trình này đọc được. Hãy cập nhật Sáng kiến Desktop."
    ),
    "data_record_depth": "{record} thứ {number}: dữ liệu lồng nhau quá sâu.",
    "data_record_decisions": "Quyết định",
    "data_record_nominations": "Đợt đề nghị",
    # Writing a file named after something stored (safe_paths.py).
    "unsafe_path": (
        "Không ghi tệp “{name}”: đường dẫn sẽ nằm ngoài thư mục “{folder}”. Không có gì được ghi."
    ),
    "received_paper_not_openable": (
        "Tệp “{name}” không phải tệp PDF, ảnh hay Word nên chương trình không mở nó. Nếu cần, "
        "hãy hỏi lại đơn vị gửi."
    ),
}
