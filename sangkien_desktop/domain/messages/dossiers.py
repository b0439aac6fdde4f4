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
}
