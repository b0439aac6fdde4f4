"""Each dossier rule's name in words (domain/validation/rules.py), as the check table and the
history name it; the rule's id (SK-…) stays for the tooltip and the command line.

Code → Vietnamese; the code is ``rule_name_`` and the id in lower case with ``_`` for ``-``.
"""

_NAMES: dict[str, str] = {
    "SK-REQUIRED": "Đủ các mục bắt buộc của đơn",
    "SK-DESC-INCOMPLETE": "Mô tả đủ tình trạng trước đây và điểm mới",
    "SK-BENEFIT-MISSING": "Có nêu lợi ích của sáng kiến",
    "SK-BENEFIT-BASIS": "Giá trị làm lợi có cách tính",
    "SK-DATE-WINDOW": "Ngày áp dụng lần đầu trong thời gian của chương trình",
    "SK-FIRST-APPLIED-FUTURE": "Ngày áp dụng lần đầu không ở tương lai",
    "SK-FIRST-APPLIED-AFTER-DECISION": "Áp dụng lần đầu trước ngày quyết định công nhận",
    "SK-PORTAL-CLOSED": "Còn hạn cập nhật lên Cổng",
    "SK-PORTAL-TEXT-MISSING": "Có đoạn mô tả để cập nhật lên Cổng",
    "SK-PORTAL-TEXT-LIMIT": "Mô tả trên Cổng trong giới hạn số ký tự",
    "SK-KIND-ALLOWED": "Loại giải pháp chương trình chấp nhận",
    "SK-TARGET-GROUP": "Đối tượng thuộc chương trình",
    "SK-PORTAL-FIELDS": "Đủ các mục Cổng yêu cầu",
    "SK-RESEARCH-ACCEPTED": "Đề tài nghiên cứu đã nghiệm thu",
    "SK-RESEARCH-HEAD": "Đề tài có xác nhận hiệu quả của thủ trưởng",
    "SK-RESEARCH-APPLIED-SINCE": "Đề tài đã áp dụng từ ngày chương trình quy định",
    "SK-ATTACH-REQUIRED": "Đủ giấy tờ chương trình yêu cầu",
    "SK-EXCL-PUBLIC-ORDER": "Không trái trật tự công cộng, đạo đức xã hội",
    "SK-EXCL-IP": "Không thuộc đối tượng được bảo hộ sở hữu trí tuệ",
    "SK-COMPLAINT": "Không có khiếu nại về nội dung, kết quả",
    "SK-AUTHORSHIP-DISPUTE": "Không có tranh chấp quyền tác giả",
    "SK-SHARE-MISSING": "Mỗi tác giả có tỷ lệ đóng góp",
    "SK-SHARES-TOTAL": "Tổng tỷ lệ đóng góp bằng 100%",
    "SK-CREDIT": "Tác giả đứng tên trên Cổng",
    "SK-CREDIT-TIE": "Rõ tác giả đứng tên",
    "SK-CCCD-FORMAT": "Số căn cước công dân đúng dạng",
    "SK-CMND-OLD": "Chứng minh nhân dân cũ (9 số)",
    "SK-CCCD-BIRTH": "Số căn cước khớp năm sinh",
    "SK-CCCD-DUPLICATE": "Không trùng số căn cước giữa các tác giả",
    "SK-PHONE-FORMAT": "Số điện thoại di động đúng dạng",
    "SK-BIRTH-FUTURE": "Ngày sinh hợp lý",
    "SK-BIRTH-AGE": "Tuổi tác giả hợp lý",
    "SK-ATTACH-MISSING": "Tệp đính kèm còn trong thư mục dữ liệu",
    "SK-ATTACH-UNREADABLE": "Tệp đính kèm mở được",
    "SK-ATTACH-HASH": "Tệp đính kèm không bị thay đổi",
    "SK-ATTACH-TYPE": "Loại tệp đính kèm Cổng nhận",
    "SK-ATTACH-SIZE": "Dung lượng tệp đính kèm",
    "SK-ATTACH-ID-SCAN": "Không đính kèm ảnh chụp căn cước",
    "SK-NOT-RECOGNISED": "Đã có quyết định công nhận",
    "SK-DECISION-WINDOW": "Ngày quyết định trong thời gian của chương trình",
    "SK-DUPLICATE": "Không trùng lặp với hồ sơ khác",
    "SK-ELIG-FILING-LATE": "Nộp trong thời hạn sau khi áp dụng lần đầu",
    "SK-ELIG-COAUTHOR-SHARE": "Tỷ lệ đóng góp tối thiểu của đồng tác giả",
    "SK-ELIG-RESEARCH": "Đề tài nghiên cứu có ngày nghiệm thu",
    "SK-ELIG-SOLUTION-TYPE": "Loại giải pháp bộ quy định chấp nhận",
    "SK-ELIG-PAPER": "Đủ giấy tờ bộ quy định yêu cầu",
    "SK-ELIG-RESUBMITTED": "Sáng kiến đã công nhận năm trước nộp lại",
}


def code_of(rule_id: str) -> str:
    return "rule_name_" + rule_id.lower().replace("-", "_")


MESSAGES: dict[str, str] = {code_of(rule_id): name for rule_id, name in _NAMES.items()}
