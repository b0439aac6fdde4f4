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
}
