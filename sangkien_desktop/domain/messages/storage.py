"""Messages about the database, its migrations and backups.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    # Why a backup was taken (services/backup/backups.py: REASON_LABELS).
    "backup_reason_manual": "Sao lưu theo yêu cầu",
    "backup_reason_daily": "Tự động hằng ngày",
    "backup_reason_migration": "Trước khi nâng cấp dữ liệu",
    "backup_reason_import": "Trước khi nhập dữ liệu",
    "backup_reason_package_import": "Trước khi nhận gói hồ sơ",
    "backup_reason_restore": "Trước khi khôi phục",
    "db_no_wal": (
        "Thư mục dữ liệu “{folder}” không dùng được chế độ ghi WAL (thường vì nằm trên ổ mạng), "
        "nên chương trình ghi theo cách cũ (“{mode}”): vẫn dùng được nhưng chậm hơn, và không "
        "được mở cùng thư mục này trên hai máy một lúc. Nên chép thư mục dữ liệu về ổ đĩa của "
        "máy này."
    ),
    # Opening and using the database
    "db_damaged": (
        "Dữ liệu trong “{path}” bị hỏng nên không đọc được. Hãy khôi phục từ một bản sao lưu "
        "còn tốt (chương trình đề nghị danh sách khi mở, hoặc dùng lệnh “sangkien backups” rồi "
        "“sangkien restore TỆP”). Tệp hỏng được giữ lại, không bị xóa."
    ),
    "db_empty": (
        "Tệp dữ liệu “{path}” trống (0 byte): dữ liệu đã bị xóa hoặc chép dở, đây không phải "
        "một cài đặt mới. Hãy khôi phục từ một bản sao lưu còn tốt (chương trình đề nghị danh "
        "sách khi mở, hoặc dùng lệnh “sangkien restore TỆP”). Tệp trống được giữ lại, không bị "
        "xóa."
    ),
    "db_not_sqlite": (
        "Tệp “{path}” không phải là dữ liệu của Sáng kiến Desktop, hoặc đã bị hỏng. Hãy chọn "
        "đúng thư mục dữ liệu, hoặc khôi phục từ một bản sao lưu."
    ),
    "db_read_only": (
        "Thư mục dữ liệu “{folder}” chỉ cho đọc, nên thay đổi này không lưu được. Dữ liệu đã "
        "lưu không bị mất. Để sửa dữ liệu, hãy mở khóa ghi (ổ USB) hoặc chép thư mục dữ liệu "
        "sang ổ đĩa ghi được rồi mở lại chương trình."
    ),
    "db_io_failed": (
        "Không đọc ghi được dữ liệu trong “{folder}” (ổ USB bị rút ra, ổ mạng mất kết nối, "
        "hoặc ổ đĩa hỏng). Dữ liệu đã lưu trước đó không bị mất. Hãy kiểm tra ổ đĩa rồi mở "
        "lại chương trình."
    ),
    "db_read_only_pending": (
        "Thư mục dữ liệu “{folder}” chỉ cho đọc, và lần trước chương trình chưa đóng hẳn nên "
        "còn thay đổi chưa gộp vào dữ liệu. Hãy chép cả thư mục dữ liệu sang ổ đĩa ghi được "
        "rồi mở từ đó; không có gì bị mất."
    ),
    "db_read_only_upgrade": (
        "Dữ liệu được tạo bởi một phiên bản cũ hơn và cần được nâng cấp, nhưng thư mục dữ liệu "
        "“{folder}” chỉ cho đọc. Hãy chép thư mục dữ liệu sang ổ đĩa ghi được rồi mở lại; dữ "
        "liệu không bị thay đổi."
    ),
    "db_foreign": (
        "Tệp dữ liệu này thuộc về một chương trình khác, không phải Sáng kiến Desktop. Hãy chọn "
        "một thư mục dữ liệu khác."
    ),
    "db_newer": (
        "Dữ liệu được tạo bởi một phiên bản mới hơn của Sáng kiến Desktop (lược đồ {version}, "
        "phiên bản này chỉ đọc được đến {latest}). Hãy cài phiên bản mới hơn; dữ liệu không bị "
        "thay đổi."
    ),
    "db_read_only_missing": (
        "Thư mục dữ liệu “{folder}” chỉ cho đọc và chưa có dữ liệu. Hãy chọn đúng thư mục dữ "
        "liệu, hoặc một thư mục ghi được."
    ),
    # Backups
    "backup_empty": "Chưa có dữ liệu để sao lưu: thư mục dữ liệu chưa có cơ sở dữ liệu.",
    "backup_source": "Không tìm thấy cơ sở dữ liệu “{path}”.",
    "backup_write": (
        "Không ghi được bản sao lưu vào “{path}” ({reason}). Hãy kiểm tra ổ đĩa còn chỗ trống và "
        "bạn có quyền ghi vào thư mục đó."
    ),
    "backup_copy": (
        "Không chép được bản sao lưu sang “{folder}” ({reason}). Hãy kiểm tra ổ USB đã cắm, còn "
        "chỗ trống và không bị khóa ghi."
    ),
    "backup_copy_mismatch": (
        "Bản chép ra “{folder}” không khớp với bản gốc (ổ đĩa có thể bị lỗi). Hãy thử lại hoặc "
        "dùng một ổ USB khác."
    ),
    "backup_missing": "Không tìm thấy bản sao lưu “{path}”.",
    "backup_not_in_folder": "“{name}” không phải một bản sao lưu trong thư mục sao lưu.",
    "backup_newer": (
        "Bản sao lưu “{name}” được tạo bởi một phiên bản mới hơn của Sáng kiến Desktop. Hãy cài "
        "phiên bản mới hơn để khôi phục nó; dữ liệu hiện tại không bị thay đổi."
    ),
    "backup_newer_schema": (
        "Bản sao lưu “{name}” chứa dữ liệu của một phiên bản mới hơn (lược đồ {version}, phiên "
        "bản này đọc được đến {latest}). Hãy cài phiên bản mới hơn để khôi phục; dữ liệu hiện "
        "tại không bị thay đổi."
    ),
    # A damaged archive: the sentence, and what was found ({detail}: one of the codes below,
    # or the system's own words).
    "backup_damaged": (
        "Bản sao lưu “{name}” bị hỏng hoặc không phải bản sao lưu của Sáng kiến Desktop "
        "({detail}). Dữ liệu hiện tại không bị thay đổi; hãy chọn một bản sao lưu khác."
    ),
    "backup_damaged_no_manifest": "thiếu tệp manifest.json",
    "backup_damaged_manifest": "manifest.json không đúng định dạng",
    "backup_damaged_names_twice": "có tệp trùng tên trong bản sao lưu",
    "backup_damaged_no_database": "thiếu tệp cơ sở dữ liệu",
    "backup_damaged_sizes": "kích thước các tệp không khớp với manifest",
    "backup_damaged_database_hash": "cơ sở dữ liệu không khớp mã băm trong manifest",
    "backup_damaged_stray_file": "tệp lạ “{name}”",
    "backup_damaged_attachment": "tệp đính kèm {sha256}… đã bị thay đổi",
    "backup_damaged_integrity": "kiểm tra toàn vẹn cơ sở dữ liệu: {problems}",
    "backup_damaged_count": "số hồ sơ không khớp với manifest",
    "backup_damaged_not_ours": "cơ sở dữ liệu thuộc về một chương trình khác",
    # Rewriting the retained backups after an erasure: why one was left as it was.
    "backup_rewrite_old_schema": "lược đồ {version}",
    "backup_rewrite_data_left": "dữ liệu vẫn còn sau khi xóa",
    "backup_snapshot_failed": (
        "Không chụp được dữ liệu để sao lưu: dữ liệu có thể đã hỏng. Hãy chạy Kiểm tra dữ "
        "liệu, hoặc khôi phục từ một bản sao lưu còn tốt."
    ),
    "backup_data_damaged": (
        "Kiểm tra bản sao lưu vừa tạo cho thấy dữ liệu hiện tại đã bị hỏng. Bản sao lưu này "
        "được để riêng trong “{where}” và không thay chỗ bản sao lưu tốt nào. Hãy khôi phục từ "
        "bản sao lưu tốt gần nhất (lúc {taken}, {count} hồ sơ), hoặc chạy Kiểm tra dữ liệu để "
        "biết phần nào bị hỏng."
    ),
    "backup_data_damaged_no_good": (
        "Kiểm tra bản sao lưu vừa tạo cho thấy dữ liệu hiện tại đã bị hỏng. Bản sao lưu này "
        "được để riêng trong “{where}” và không thay chỗ bản sao lưu tốt nào. Chưa có bản sao "
        "lưu tốt nào để khôi phục: hãy chạy Kiểm tra dữ liệu, không xóa tệp nào trong thư mục "
        "dữ liệu, và nhờ người hỗ trợ kỹ thuật."
    ),
    "backup_of_damaged_data": (
        "Dữ liệu đã hỏng từ trước khi sao lưu (kiểm tra lúc sao lưu thấy lỗi), nên bản sao lưu "
        "này không dùng để khôi phục được. Hãy chọn một bản sao lưu tốt cũ hơn."
    ),
    # Restores
    "backup_restore": (
        "Không ghi được dữ liệu khôi phục vào cơ sở dữ liệu ({reason}). Hãy đóng các cửa sổ Sáng "
        "kiến Desktop khác rồi thử lại; dữ liệu hiện tại không bị thay đổi."
    ),
    "restore_attachments": (
        "Không thay được thư mục tệp đính kèm ({reason}); có thể một tệp đính kèm đang mở trong "
        "chương trình khác. Hãy đóng nó rồi thử lại; dữ liệu hiện tại không bị thay đổi."
    ),
    "restore_finished": (
        "Lần khôi phục dữ liệu trước (từ “{archive}”) bị ngắt giữa chừng và đã được làm nốt: "
        "dữ liệu và tệp đính kèm là của bản sao lưu đó."
    ),
    "restore_called_off": (
        "Lần khôi phục dữ liệu trước (từ “{archive}”) bị ngắt trước khi thay dữ liệu và đã được "
        "hủy: dữ liệu vẫn như trước lần khôi phục đó."
    ),
    "restore_lost": (
        "Lần khôi phục trước bị ngắt giữa chừng và không hoàn tất được, vì bản sao lưu "
        "“{archive}” không còn đọc được. Hãy khôi phục lại từ một bản sao lưu tốt trong danh "
        "sách; các tệp đính kèm trước đó được giữ trong thư mục “{folder}”."
    ),
    # Checking the data
    "check_stage_integrity": "Kiểm tra toàn vẹn dữ liệu",
    "check_stage_links": "Kiểm tra liên kết giữa các dữ liệu",
    "check_stage_index": "Kiểm tra chỉ mục tìm kiếm",
    "check_stage_similarity": "Kiểm tra chỉ mục so sánh hồ sơ giống nhau",
    "check_stage_attachments": "Kiểm tra tệp đính kèm",
    "check_stage_unused": "Tìm tệp không hồ sơ nào dùng",
    "check_stage_done": "Xong",
    "check_damaged": (
        "Dữ liệu bị hỏng ({count} chỗ). Không sửa được tại chỗ: hãy khôi phục từ một bản sao "
        "lưu tốt (Tệp → Sao lưu và khôi phục)."
    ),
    "check_broken_links": (
        "{count} bản ghi trỏ tới dữ liệu không còn tồn tại. Hãy khôi phục từ một bản sao lưu "
        "tốt, hoặc nhờ người hỗ trợ kỹ thuật xem."
    ),
    "check_index_wrong": (
        "Chỉ mục tìm kiếm không khớp với {count} hồ sơ (tìm kiếm có thể bỏ sót hoặc hiện sai "
        "hồ sơ)."
    ),
    "check_index_rebuilt": (
        "Chỉ mục tìm kiếm không khớp với {count} hồ sơ (tìm kiếm có thể bỏ sót hoặc hiện sai "
        "hồ sơ). Đã dựng lại chỉ mục."
    ),
    "check_similarity_wrong": (
        "Chỉ mục so sánh hồ sơ giống nhau không khớp với {count} hồ sơ (kiểm tra hồ sơ có thể "
        "bỏ sót sáng kiến nộp lại hoặc tính sai mức giống)."
    ),
    "check_similarity_wrong_rebuilt": (
        "Chỉ mục so sánh hồ sơ giống nhau không khớp với {count} hồ sơ (kiểm tra hồ sơ có thể "
        "bỏ sót sáng kiến nộp lại hoặc tính sai mức giống). Đã dựng lại chỉ mục."
    ),
    "check_similarity_counts": (
        "Chỉ mục so sánh hồ sơ giống nhau có số đếm sai (kiểm tra hồ sơ có thể tính sai mức "
        "giống)."
    ),
    "check_similarity_counts_rebuilt": (
        "Chỉ mục so sánh hồ sơ giống nhau có số đếm sai (kiểm tra hồ sơ có thể tính sai mức "
        "giống). Đã dựng lại chỉ mục."
    ),
    "check_counts_wrong": (
        "Số hồ sơ đếm sẵn (ở thanh trạng thái và phần Việc cần làm) không khớp với dữ liệu. "
        "Hãy chạy kiểm tra dữ liệu có sửa chữa để đếm lại."
    ),
    "check_counts_rebuilt": (
        "Số hồ sơ đếm sẵn (ở thanh trạng thái và phần Việc cần làm) không khớp với dữ liệu. "
        "Đã đếm lại."
    ),
    "check_attachments_missing": (
        "Thiếu {count} tệp đính kèm trong thư mục dữ liệu. Hãy khôi phục từ một bản sao lưu có "
        "các tệp đó, hoặc đính kèm lại."
    ),
    "check_attachments_changed": (
        "{count} tệp đính kèm đã bị thay đổi hoặc hỏng (nội dung không còn khớp mã kiểm tra). "
        "Hãy khôi phục từ bản sao lưu, hoặc đính kèm lại."
    ),
    "check_unused_files": (
        "{count} tệp trong thư mục tệp đính kèm không hồ sơ nào dùng ({size})."
    ),
    "check_unused_moved": (
        "{count} tệp trong thư mục tệp đính kèm không hồ sơ nào dùng ({size}); đã chuyển sang "
        "“{folder}”. Có thể xóa thư mục đó khi chắc chắn không cần."
    ),
    "check_leftovers_removed": (
        "Đã xóa {count} tệp tạm còn sót lại sau lần chương trình bị tắt đột ngột."
    ),
    "start_check_damaged": (
        "Kiểm tra nhanh lúc mở chương trình thấy dữ liệu bị hỏng. Hãy khôi phục từ một bản sao "
        "lưu tốt ngay, trước khi nhập thêm gì; tệp hỏng được giữ lại, không bị xóa."
    ),
}
