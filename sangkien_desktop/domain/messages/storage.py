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
}
