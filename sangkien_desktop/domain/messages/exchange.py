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
    # What the portal said (services/exchange/portal.py: RESULT_LABELS).
    "portal_result_pending": "Chờ kết quả",
    "portal_result_accepted": "Được chấp nhận",
    "portal_result_returned": "Bị trả lại",
}
