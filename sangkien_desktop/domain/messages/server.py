"""Messages about a shared database on a PostgreSQL server (several officers, one database).

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
{server} is the database as the title bar names it ("user@host:5432/sangkien"), never with
its password.
"""

MESSAGES: dict[str, str] = {
    "db_server_bad_url": (
        "Địa chỉ cơ sở dữ liệu “{url}” không đúng dạng. Dạng đúng: "
        "postgresql://tên_đăng_nhập@máy_chủ:5432/tên_cơ_sở_dữ_liệu."
    ),
    "db_server_driver_missing": (
        "Bản chương trình này thiếu phần kết nối PostgreSQL (psycopg), nên không mở được dữ "
        "liệu dùng chung. Hãy cài lại Sáng kiến Desktop bản đầy đủ."
    ),
    "db_server_unreachable": (
        "Không kết nối được máy chủ dữ liệu {server} ({reason}). Hãy kiểm tra máy tính đã nối "
        "mạng và máy chủ PostgreSQL đang chạy, hoặc hỏi người phụ trách tin học."
    ),
    "db_server_login": (
        "Máy chủ dữ liệu {server} không nhận tên đăng nhập “{user}” với mật khẩu đã cho. Hãy "
        "nhập lại mật khẩu (Cài đặt → Dữ liệu dùng chung), hoặc hỏi người phụ trách tin học."
    ),
    "db_server_no_database": (
        "Máy chủ {server} chưa có cơ sở dữ liệu “{database}”. Người phụ trách tin học cần tạo "
        "nó trước (xem hướng dẫn “Dữ liệu dùng chung” trong tài liệu)."
    ),
    "db_server_foreign": (
        "Cơ sở dữ liệu {server} đã có bảng của một chương trình khác, không phải Sáng kiến "
        "Desktop. Hãy chọn một cơ sở dữ liệu trống hoặc đúng cơ sở dữ liệu của chương trình."
    ),
    "db_server_upgrade_rights": (
        "Dữ liệu trên máy chủ {server} cần được nâng cấp cho phiên bản này, nhưng tên đăng "
        "nhập “{user}” không có quyền đổi cấu trúc dữ liệu. Hãy nhờ người phụ trách tin học mở "
        "chương trình một lần bằng tài khoản chủ của cơ sở dữ liệu; dữ liệu không bị thay đổi."
    ),
    "db_server_no_rights": (
        "Tên đăng nhập “{user}” chỉ được đọc dữ liệu trên máy chủ {server}, nên thay đổi này "
        "không lưu được. Dữ liệu đã lưu không bị mất. Cần sửa dữ liệu thì hỏi người phụ trách "
        "tin học."
    ),
    "db_server_lost": (
        "Mất kết nối với máy chủ dữ liệu {server} ({reason}). Thay đổi đang lưu dở không được "
        "ghi; dữ liệu đã lưu trước đó không bị mất. Hãy kiểm tra mạng rồi thử lại."
    ),
    "db_server_busy": (
        "Máy chủ dữ liệu {server} đang bận với thay đổi của người khác trên cùng dữ liệu. Không "
        "có gì bị ghi dở; hãy thử lại sau giây lát."
    ),
    "db_server_not_empty": (
        "Cơ sở dữ liệu {server} đã có dữ liệu. Chỉ chuyển hoặc khôi phục được vào một cơ sở dữ "
        "liệu trống: hãy nhờ người phụ trách tin học tạo một cơ sở dữ liệu mới."
    ),
    "db_server_label": "cơ sở dữ liệu dùng chung {server}",
    "db_busy": (
        "Dữ liệu đang được một cửa sổ hoặc một lệnh khác ghi. Không có gì bị ghi dở; hãy thử "
        "lại sau giây lát."
    ),
    "shared_host_missing": "Hãy nhập tên hoặc địa chỉ máy chủ dữ liệu (ví dụ 192.168.1.10).",
    "shared_database_missing": "Hãy nhập tên cơ sở dữ liệu người phụ trách tin học đã tạo.",
    "shared_user_missing": "Hãy nhập tên đăng nhập người phụ trách tin học đã cấp.",
    "shared_bad_port": "Cổng {port} không đúng: cổng là một số từ 1 đến 65535 (thường là 5432).",
    # Moving a data folder up, backups of a server database
    "migrate_no_data": "Thư mục “{folder}” chưa có dữ liệu của Sáng kiến Desktop để chuyển.",
    "migrate_mismatch": (
        "Bản chép lên máy chủ không khớp với dữ liệu gốc ({tables}), nên đã bị hủy: máy chủ "
        "không được ghi gì, thư mục dữ liệu giữ nguyên. Hãy báo người phụ trách tin học."
    ),
    "backup_server_tool": (
        "{tool} không chạy được ({reason}). Dữ liệu không bị thay đổi; hãy hỏi người phụ trách "
        "tin học."
    ),
    "backup_server_tool_missing": (
        "Máy tính này không có {tool} (một phần của PostgreSQL), cần để khôi phục bản sao lưu "
        "này. Hãy khôi phục từ máy có cài PostgreSQL, hoặc nhờ người phụ trách tin học."
    ),
    "backup_damaged_dump": (
        "Bản sao lưu “{name}” bị hỏng (dữ liệu trong đó không khớp mã kiểm tra). Hãy chọn một "
        "bản sao lưu khác."
    ),
    "backup_not_found": "Không tìm thấy tệp sao lưu “{path}”.",
    # The steps of a restore into a server database (the window's progress dialog)
    "restore_stage_read": "Đang đọc và kiểm tra bản sao lưu",
    "restore_stage_copy": "Đang chép bảng {table} vào máy chủ",
    "restore_stage_files": "Đang chép các tệp đính kèm vào máy chủ",
    "restore_stage_pg_restore": "Đang khôi phục bằng pg_restore",
    "restore_stage_verify": "Đang đối chiếu bản khôi phục với bản sao lưu",
    "restore_target_is_open": (
        "{server} là cơ sở dữ liệu đang dùng chung, không khôi phục đè lên được. Hãy nhờ người "
        "phụ trách tin học tạo một cơ sở dữ liệu trống rồi nhập tên của nó."
    ),
    # Several officers on the same data
    "dossier_changed_meanwhile": (
        "Hồ sơ “{title}” đã được {user} lưu lúc {at}, sau khi anh/chị mở ra sửa. Thay đổi của "
        "anh/chị chưa được lưu: hãy tải lại bản mới nhất, hoặc giữ bản của anh/chị thành một "
        "hồ sơ riêng."
    ),
    "dossier_changed_meanwhile_unknown": (
        "Hồ sơ “{title}” đã được lưu lúc {at} ở một cửa sổ hoặc máy khác, sau khi anh/chị mở "
        "ra sửa. Thay đổi của anh/chị chưa được lưu: hãy tải lại bản mới nhất, hoặc giữ bản "
        "của anh/chị thành một hồ sơ riêng."
    ),
}
