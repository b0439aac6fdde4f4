"""Messages about files other programs read: JSON, exchange packages, spreadsheets, portal.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    # Papers of a received nomination (services/exchange/received.py: PAPER_LABELS).
    "received_to_trinh": "Tờ trình",
    "received_bang_tong_hop": "Bảng tổng hợp tóm tắt sáng kiến",
    "received_don_yeu_cau": "Đơn yêu cầu công nhận sáng kiến",
    "received_bao_cao_mo_ta": "Báo cáo mô tả sáng kiến",
    "received_quyet_dinh": "Quyết định công nhận sáng kiến",
    "received_thong_bao_khong_cong_nhan": "Thông báo không công nhận sáng kiến",
    # What the portal said (services/exchange/portal.py: RESULT_LABELS).
    "portal_result_pending": "Chờ kết quả",
    "portal_result_accepted": "Được chấp nhận",
    "portal_result_returned": "Bị trả lại",
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
    "package_not_ours": "đây không phải gói trao đổi của Sáng kiến Desktop.",
    "package_no_version": (
        "bản kê (manifest) thiếu số phiên bản, hoặc số phiên bản không phải số nguyên dương."
    ),
    "package_newer_why": (
        "gói được tạo bởi phiên bản mới hơn của Sáng kiến Desktop ({app}, định dạng "
        "{version}, lược đồ {schema}; máy này đọc được định dạng {readable_version}, lược đồ "
        "{readable_schema}). Hãy cập nhật chương trình rồi nhập lại."
    ),
    "package_unsafe_path": (
        "đường dẫn tệp “{path}” không an toàn (tuyệt đối, có “..” hoặc ký tự lạ)."
    ),
    "package_listed_twice": "tệp “{path}” được kê hai lần.",
    "package_too_many_files": "gói có quá nhiều tệp ({count}).",
    "package_too_large_unpacked": "tổng dung lượng khi giải nén quá lớn ({total} GB).",
    "package_no_manifest": (
        "thiếu bản kê manifest.json (không phải gói trao đổi, hoặc gói bị cắt cụt)."
    ),
    "package_manifest_too_large": "bản kê manifest.json quá lớn.",
    "package_manifest_longer": "manifest.json dài hơn kích thước đã khai: gói bị hỏng hoặc bị sửa.",
    "package_hash_mismatch": (
        "tệp “{path}” không khớp mã băm SHA-256 trong bản kê: gói đã bị sửa hoặc hỏng khi "
        "chép."
    ),
    "package_not_listed": "thiếu tệp “{path}” trong bản kê.",
    "package_missing": "Không tìm thấy tệp “{path}”.",
    "package_truncated": (
        "tệp bị hỏng hoặc bị cắt cụt (chép chưa hết?). Hãy xin đơn vị gửi gửi lại tệp."
    ),
    "package_name_unreadable": (
        "tên một tệp trong gói không đọc được (không phải UTF-8 hợp lệ): gói bị hỏng hoặc bị "
        "sửa."
    ),
    "package_member_unsafe": (
        "tệp “{name}” có đường dẫn không an toàn (đường dẫn tuyệt đối hoặc leo ra ngoài thư "
        "mục)."
    ),
    "package_symlink": "“{name}” là một liên kết (symlink), không phải tệp.",
    "package_member_twice": "tệp “{name}” có mặt hai lần.",
    "package_member_too_large": "tệp “{name}” quá lớn khi giải nén ({size} MB).",
    "package_zip_bomb": (
        "tệp “{name}” nén với tỷ lệ bất thường (1:{ratio}), dấu hiệu của “bom nén”."
    ),
    "package_member_unlisted": "tệp “{name}” không có trong bản kê: gói đã bị sửa sau khi tạo.",
    "package_listed_missing": "thiếu tệp “{path}” có trong bản kê (gói bị cắt cụt hoặc bị sửa).",
    "package_size_differs": "kích thước tệp “{path}” khác bản kê: gói đã bị sửa.",
    "package_member_unreadable": "không đọc được “{filename}”: gói bị hỏng hoặc bị sửa.",
    "package_entry_unreadable": "không đọc được “{path}”: gói bị hỏng hoặc bị sửa.",
    "package_attachment_hash": "tệp “{path}” không mang đúng mã băm của nó.",
    "package_document_differs": "văn bản “{filename}” không khớp bản kê.",
    "package_version_orphan": "có phiên bản của hồ sơ {dossier} nhưng không có hồ sơ.",
    "package_frozen_changed": (
        "nội dung hồ sơ đã công nhận “{title}” không khớp mã băm lúc công nhận: hồ sơ đã bị "
        "sửa sau khi công nhận."
    ),
    "package_kind_unknown": "loại gói “{kind}” không được hỗ trợ.",
    "package_no_records": "thiếu tệp hồ sơ records.json.",
    "package_attachment_missing_file": "thiếu tệp đính kèm “{filename}” của hồ sơ “{title}”.",
    "package_records_invalid": "dữ liệu không hợp lệ: {reason}",
    "package_changed_since_check": "tệp đã bị thay đổi sau khi kiểm tra. Hãy nhập lại.",
    "received_no_items": "thiếu danh sách hồ sơ “items”.",
    "received_bad_ids": "mã định danh hoặc ngày Tờ trình không hợp lệ.",
    "received_field_not_text": "trường “{key}” phải là chuỗi văn bản.",
    "received_dossier_not_in_package": "có hồ sơ trong đợt đề nghị nhưng không có trong gói.",
    "received_dossier_twice": "một hồ sơ có mặt hai lần.",
    # Refusing an exchange package (exchange/package.py: refuse); "what" is one of the above.
    # A received package's records as the import plan names them, and why fewer choices.
    "item_decision": "Quyết định {number}",
    "item_decision_unnumbered": "Quyết định",
    "item_nomination": "Đợt đề nghị {number}",
    "item_nomination_draft": "Đợt đề nghị dự thảo",
    "package_note_frozen": (
        "Hồ sơ ở máy này đã được công nhận nên không thay được nội dung; có thể giữ cả hai bản."
    ),
    "package_note_own_decision": "Quyết định do chính đơn vị này ban hành: giữ bản ở máy.",
    "package_note_own_nomination": "Đợt đề nghị do chính đơn vị này lập: giữ bản ở máy.",
    "package_refused_invalid": (
        "Không nhận gói “{name}”: {what} có dữ liệu không hợp lệ. Không có gì được ghi vào dữ "
        "liệu.{problems}"
    ),
    "package_manifest_listing": "bản kê manifest.json",
    "package_refused": "Không nhận gói “{name}”: {what} Không có gì được ghi vào dữ liệu.",
    "received_nomination_bad": "đợt đề nghị “{uuid}”: {what}",
    "xlsx_at_row": "Dòng {row}: {message}",
    "xlsx_at_cell": "Dòng {row}, cột {column} ({header}): {message}",
    "xlsx_applied_on": "áp dụng {date}",
    "xlsx_unknown_column": "Cột {column} không thuộc mẫu nhập nên được bỏ qua.",
    "xlsx_missing_column": (
        "Không thấy cột “{header}” ở dòng tiêu đề (dòng {row}). Hãy thêm cột này, đặt đúng tên "
        "“{header}”, hoặc dùng mẫu nhập của chương trình."
    ),
    "xlsx_author_named": "{name}: {message}",
    "xlsx_share_without_name": "Có tỷ lệ “{share}%” nhưng thiếu họ tên tác giả.",
    "xlsx_share_missing": (
        "Chưa có tỷ lệ đóng góp của {names}. Ghi tỷ lệ sau mỗi tên, ví dụ: Nguyễn Văn An (60%); "
        "Trần Thị Bình (40%)."
    ),
    "xlsx_shares_total": (
        "Tổng tỷ lệ đóng góp là {total}% ({parts}), chưa đúng 100%. Sửa tỷ lệ để tổng bằng 100, "
        "ví dụ ba người chia đều: 33,34; 33,33; 33,33."
    ),
    "xlsx_no_title": "Chưa có tên sáng kiến. Hãy nhập tên vào ô này.",
    "xlsx_no_authors": (
        "Chưa có tác giả. Ghi họ tên và tỷ lệ đóng góp, ví dụ: Nguyễn Văn An (100%)."
    ),
    "xlsx_applied_future": (
        "Ngày áp dụng {date} còn ở phía trước (sau hôm nay). Hãy kiểm tra lại năm."
    ),
    "xlsx_uuid_stored": (
        "Hồ sơ “{title}” đã có ở máy này (cùng mã định danh {uuid}). Xóa dòng này nếu là "
        "cùng một hồ sơ."
    ),
    "xlsx_uuid_twice": (
        "Mã định danh {uuid} đã có ở dòng {row}. Hãy xóa một trong hai dòng, hoặc để trống ô "
        "mã định danh của dòng chép thêm."
    ),
    "xlsx_older_version": (
        "Phiên bản {version} của hồ sơ {code} được bỏ qua: dòng {row} là phiên bản {newer}, "
        "mới hơn. Chỉ phiên bản mới nhất được nhập."
    ),
    "xlsx_sheet_empty": (
        "Trang “{sheet}” không có dòng hồ sơ nào dưới dòng tiêu đề (dòng {header_row}). Hãy "
        "điền mỗi sáng kiến một dòng."
    ),
    "xlsx_campaign_unknown": "Không có chương trình “{text}”. Hãy chọn một trong: {options}.",
    "xlsx_province_unknown": (
        "Không có tỉnh, thành phố “{text}” trong danh sách 34 tỉnh, thành phố từ 01/7/2025 "
        "hay 63 tỉnh, thành phố trước đó. Hãy ghi đúng tên, ví dụ “Quảng Trị”, hoặc chọn "
        "trong trang “Danh mục” của mẫu nhập."
    ),
    "xlsx_status_unknown": "Không có trạng thái “{text}”. Hãy chọn một trong: {options}.",
    "xlsx_status_needs_decision": (
        "Trạng thái “{text}” cần quyết định công nhận, bảng tính không mang quyết định: hồ sơ "
        "được nhập là “{status}”. Sau khi nhập, hãy ghi quyết định đã ban hành (Hội đồng › "
        "Quyết định công nhận) để hồ sơ có trạng thái đúng."
    ),
    "xlsx_uuid_invalid": (
        "Mã định danh “{text}” không hợp lệ (chương trình ghi cột này khi xuất danh sách). "
        "Để trống ô này để chương trình tự cấp mã định danh mới."
    ),
    "xlsx_duplicate_stored": (
        "Đã có hồ sơ {existing} cùng tên sáng kiến và tác giả chính. Xóa dòng này nếu là "
        "cùng một sáng kiến; nếu khác, hãy sửa tên cho rõ."
    ),
    "xlsx_duplicate_row": (
        "Trùng với dòng {row} trong tệp (cùng tên sáng kiến và tác giả chính). Hãy xóa một "
        "trong hai dòng."
    ),
    "xlsx_code_used": (
        "Mã hồ sơ “{code}” đã dùng cho một hồ sơ khác. Để trống ô này để chương trình tự cấp "
        "mã mới."
    ),
    "xlsx_code_twice": (
        "Mã hồ sơ “{code}” đã có ở dòng {row}. Mỗi hồ sơ một mã; để trống để chương trình tự "
        "cấp."
    ),
    "xlsx_no_header": (
        "Không tìm thấy dòng tiêu đề trong tệp “{name}”: cần một dòng có các cột như "
        "{expected} (trong {rows} dòng đầu). Hãy dùng mẫu nhập của chương trình (Tệp → Lưu "
        "mẫu Excel để nhập hồ sơ…) hoặc đặt lại tên cột cho đúng."
    ),
    "xlsx_old_format": (
        "Tệp “{name}” là định dạng Excel cũ (.xls). Hãy mở bằng Excel và chọn Lưu thành → Sổ "
        "làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó."
    ),
    "xlsx_date_is_number": (
        "{label} “{value}” là một số, không phải ngày. Hãy nhập theo dạng ngày/tháng/năm, ví "
        "dụ 15/09/2022."
    ),
    "xlsx_money_is_date": "Ô số tiền đang chứa ngày {value}. Hãy nhập số đồng, ví dụ 120.000.000.",
    "xlsx_missing": "Không tìm thấy tệp “{path}”.",
    "xlsx_unreadable": (
        "Không đọc được tệp “{name}” như một tệp Excel (.xlsx): {reason}. Hãy mở tệp bằng "
        "Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx."
    ),
    "xlsx_money_negative": "Số tiền “{value}” không hợp lệ: phải là số đồng không âm.",
    "portal_empty": "Không có hồ sơ nào cần cập nhật lên Cổng.",
    "portal_not_recognised": "Hồ sơ “{title}” chưa được công nhận nên chưa cập nhật lên Cổng được.",
    "portal_date": "Ngày cập nhật lên Cổng không được sau hôm nay.",
    "portal_not_entered": "Hồ sơ này chưa được đánh dấu đã cập nhật lên Cổng.",
    "portal_result": "Kết quả “{result}” không hợp lệ.",
    "portal_reason": "Hãy ghi lý do Cổng trả lại hồ sơ.",
    "received_not_found": "Không tìm thấy đợt đề nghị nhận được “{uuid}”.",
    "received_paper_missing": "Không tìm thấy tệp “{filename}” trong thư mục dữ liệu.",
    "package_empty": "Chưa chọn hồ sơ nào để đưa vào gói.",
    "package_dossier_in_bin": (
        "Hồ sơ “{title}” đang nằm trong thùng rác: hãy khôi phục hoặc bỏ nó khỏi gói."
    ),
    "json_uuid_twice": "{where} trùng mã định danh {uuid} với hồ sơ thứ {other}.",
    "json_untitled": (
        "{where} chưa có tên sáng kiến: mỗi hồ sơ cần một tên để tìm lại; hãy điền tên ở nơi "
        "gửi rồi xuất lại."
    ),
    "json_code_twice": (
        "{where} trùng mã hồ sơ “{code}” với hồ sơ thứ {other} của cùng đơn vị: mỗi sáng "
        "kiến cần một mã riêng; hãy sửa mã ở nơi gửi rồi xuất lại."
    ),
    "nomination_package_empty": (
        "Đợt đề nghị chưa có hồ sơ nào: hãy chọn hồ sơ trước khi gửi lên cấp trên."
    ),
    "xlsx_kind_unknown": "Loại giải pháp “{text}” không có. Hãy chọn một trong: {options}.",
    "xlsx_kind_unknown_in": (
        "Loại giải pháp “{text}” không có trong chương trình “{campaign}”. Hãy chọn một trong: "
        "{options}."
    ),
    "xlsx_target_group_unknown": "Đối tượng “{text}” không có. Hãy chọn một trong: {options}.",
    "xlsx_target_group_unknown_in": (
        "Đối tượng “{text}” không có trong chương trình “{campaign}”. Hãy chọn một trong: "
        "{options}."
    ),
    "records_versions_twice": "có hai phiên bản hồ sơ trùng mã {value}.",
    "records_decisions_twice": "có hai quyết định trùng mã {value}.",
    "records_documents_twice": "có hai văn bản trùng mã {value}.",
    "records_nominations_twice": "có hai đợt đề nghị trùng mã {value}.",
    "portal_text_too_long": (
        "Mô tả cho Cổng của hồ sơ {code} “{title}” dài {length}: hãy rút gọn trong hồ sơ (bước "
        "Mô tả, ô “Mô tả cho Cổng”)."
    ),
    "portal_dossier_not_recognised": "Hồ sơ {code} “{title}” chưa được công nhận.",
    "portal_no_national_campaign": (
        "Hồ sơ {code} không thuộc chương trình toàn quốc nào có Cổng trực tuyến: hãy chọn "
        "chương trình trong hồ sơ."
    ),
    "portal_no_decision": (
        "Chưa có quyết định công nhận trong chương trình: tệp PDF chỉ có báo cáo mô tả; hãy "
        "đính kèm thêm bản chụp quyết định trên Cổng."
    ),
    # The portal's own field names (Vietnamese, as the portal's form shows them).
    "portal_fields_missing": "Còn thiếu: {fields}.",
    "portal_not_ready": "Chưa tạo được gói cho Cổng:{problems}",
    "package_missing_file": "“{filename}” của hồ sơ {dossier}",
    "package_attachment_missing": (
        "Không tìm thấy tệp đính kèm trong thư mục dữ liệu:{files}{more}\nHãy đính kèm lại các "
        "tệp đó rồi tạo gói."
    ),
    "xlsx_import_refused": (
        "Tệp có {errors} lỗi nên chưa nhập hồ sơ nào. Sửa các lỗi trong tệp Excel rồi nhập lại."
    ),
}
