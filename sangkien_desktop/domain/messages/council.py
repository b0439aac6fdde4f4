"""Messages about councils, meetings, score sheets, decisions and their numbers.

Code → Vietnamese template; {name} marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    "meeting_dossier_not_submitted": (
        "Hồ sơ “{title}” đang ở trạng thái “{status}”: Hội đồng chỉ xét hồ sơ đã nộp. Hãy nộp "
        "Hội đồng trước (nút Nộp Hội đồng)."
    ),
    "fraction_range": "Tỷ lệ “{text}” phải lớn hơn 0 và không quá 1.",
    "fraction_invalid": "Tỷ lệ “{text}” không hợp lệ; hãy viết dạng 2/3.",
    "vote_base_invalid": "Cơ sở biểu quyết “{base}” không hợp lệ (council hoặc present).",
    "score_label": "Điểm tiêu chí “{name}”",
    "score_band_fail": "Không đạt",
    "score_missing": "{label} chưa được nhập.",
    "score_not_number": "{label} “{value}” không phải là một số. Hãy nhập số điểm, ví dụ 27,5.",
    "score_negative": "{label} không được âm (đã nhập {value}).",
    "score_above_max": "{label} tối đa là {max_score} (đã nhập {value}).",
    "score_unknown_criterion": "Tiêu chí không có trong bộ tiêu chí: {unknown}.",
    "no_sheets": "Chưa có phiếu đánh giá nào cho sáng kiến này.",
    "rubric_invalid": "Bộ tiêu chí chấm điểm không hợp lệ ({reason}).",
    "council_not_found": "Không tìm thấy Hội đồng sáng kiến {uuid}.",
    "council_name": "Hãy nhập tên Hội đồng sáng kiến.",
    "council_two_chairs": "Hội đồng chỉ có một Chủ tịch.",
    "council_no_chair": (
        "Hội đồng chưa có Chủ tịch: hãy chọn vai trò “Chủ tịch Hội đồng” cho một thành viên."
    ),
    "council_too_few": (
        "Hội đồng mới có {count} thành viên: cần ít nhất {minimum} (Chủ tịch, Thư ký và ít nhất "
        "một ủy viên, gồm đại diện công đoàn)."
    ),
    "council_duplicate": (
        "Đã có “{name}” năm {year} của {unit}. Hãy mở Hội đồng đó để sửa, hoặc đặt tên khác "
        "nếu đây là một Hội đồng khác."
    ),
    "council_archived": (
        "Hội đồng “{name}” đã được lưu trữ: không ghi cuộc họp mới. Hãy bỏ lưu trữ trước "
        "(menu Hội đồng › Hội đồng sáng kiến)."
    ),
    "meeting_not_found": "Không tìm thấy cuộc họp {uuid}.",
    "meeting_stranger": "Danh sách có mặt có người không thuộc Hội đồng.",
    "meeting_duplicate_dossier": "Một hồ sơ được đưa vào cuộc họp hai lần.",
    "member_name": "Thành viên thứ {i} của Hội đồng chưa có họ tên.",
    "sheet_absent_member": "Chỉ thành viên có mặt mới chấm phiếu đánh giá.",
    "sheet_dossier": "Phiếu đánh giá cho một hồ sơ không có trong cuộc họp.",
    "sheet_twice": "Một thành viên có hai phiếu cho cùng một hồ sơ.",
    "decision_not_found": "Không tìm thấy quyết định {uuid}.",
    "decision_empty": "Quyết định chưa có sáng kiến nào.",
    "decision_duplicate": "Một hồ sơ có mặt hai lần trong quyết định.",
    "decision_authority": "Hãy ghi chức danh thủ trưởng ra quyết định, ví dụ “Giám đốc Công ty …”.",
    "version_not_frozen": "Hồ sơ “{title}” chưa được công nhận: hãy sửa trực tiếp.",
    "version_exists": "Hồ sơ “{title}” đã có một phiên bản sửa đổi; hãy mở bản đó.",
    "decision_dossier_in_bin": "Hồ sơ “{title}” đang nằm trong thùng rác.",
    "decision_already_recognised": "Hồ sơ “{title}” đã được công nhận trước đây.",
    "decision_reason_missing": (
        "Hãy ghi lý do không công nhận hồ sơ “{title}”: tác giả sẽ đọc lý do này."
    ),
    "decision_override_reason": (
        "Hội đồng sáng kiến không đề nghị công nhận hồ sơ “{title}”. Muốn công nhận theo đánh "
        "giá của người ra quyết định, hãy ghi lý do: lý do được lưu vào lịch sử hồ sơ và in "
        "trong quyết định."
    ),
    "decision_money_negative": "Số tiền không được âm.",
    "decision_recognises_nothing": (
        "Quyết định {number} không công nhận sáng kiến nào nên không in thành “Quyết định công "
        "nhận sáng kiến”: hãy in Thông báo không công nhận sáng kiến gửi các tác giả."
    ),
    "doc_type_unknown": "Loại văn bản “{doc_type}” không có trong danh mục.",
    "number_not_positive": "Số văn bản phải là số nguyên dương, ví dụ 12.",
    "number_used": (
        "Số {number} năm {year} đã được dùng. Hãy dùng số {session} hoặc một số chưa dùng."
    ),
    # Pass rules (domain/pass_rule.py), as the minutes and the rule pack print them.
    "pass_rule_text": "{share} {base} tán thành",
    "pass_share_two_thirds": "ít nhất hai phần ba (2/3)",
    "pass_share_seventy_percent": "ít nhất 70 %",
    "pass_share_majority": "quá nửa (hơn 1/2)",
    "pass_share_unanimous": "toàn bộ (100 %)",
    "pass_share_custom": "{more} {share}",
    "pass_more_than": "hơn",
    "pass_at_least": "ít nhất",
    "pass_base_council": "tổng số thành viên Hội đồng (không kể thành viên phải tránh xét)",
    "pass_base_present": "số thành viên có mặt (không kể thành viên phải tránh xét)",
    "score_range_requires": (
        "{label} {value} thuộc khoảng {low}–{high}, khoảng này chỉ dành cho sáng kiến "
        "{requirement}."
    ),
    "fact_benefit_computed": "tính được giá trị làm lợi bằng tiền",
    # Rule packs (domain/rule_pack.py, services/council/rule_packs.py).
    "rule_pack_format": "{source}: không phải tệp bộ quy định (thiếu \"format\": \"{format}\").",
    "rule_pack_format_version": (
        "{source}: bộ quy định định dạng phiên bản {version}, chương trình này chỉ đọc được "
        "đến phiên bản {supported}. Hãy cài phiên bản mới hơn."
    ),
    "rule_pack_missing_key": "{source}: thiếu “{key}”.",
    "rule_pack_key_type": "{source}: “{key}” không đúng dạng.",
    "rule_pack_id": (
        "{source}: mã bộ quy định “{id}” chỉ được gồm chữ thường không dấu, số và dấu gạch "
        "ngang, ví dụ “giao-duc-2026”."
    ),
    "rule_pack_level": "{source}: cấp áp dụng “{level}” không hợp lệ (national, province, sector, unit).",
    "rule_pack_legal_basis": "{source}: cần ít nhất một dòng căn cứ pháp lý.",
    "rule_pack_checked_on": "{source}: ngày kiểm tra căn cứ pháp lý “{value}” không hợp lệ.",
    "rule_pack_months": "{source}: thời hạn nộp đơn phải là số tháng từ 1 đến 120.",
    "rule_pack_share": "{source}: tỷ lệ đóng góp tối thiểu “{value}” phải lớn hơn 0 và không quá 100.",
    "rule_pack_pay": (
        "{source}: mức thù lao phải là tỷ lệ phần trăm lớn hơn 0 (ví dụ 7) trong 1 đến 10 năm."
    ),
    "rule_pack_round": "{source}: đợt thứ {i} phải có ngày bắt đầu và kết thúc dạng MM-DD.",
    "rule_pack_part": "{source}: {reason}",
    "rule_pack_rubric_empty": "{source}: bộ tiêu chí cần ít nhất một tiêu chí và một mức xếp loại.",
    "rule_pack_not_found": "Không tìm thấy bộ quy định “{ref}”.",
    "rule_pack_name": "Hãy đặt tên cho bộ quy định.",
    "rule_pack_shipped_id": (
        "Mã “{id}” là của một bộ quy định đi kèm chương trình; bản nhập có nội dung khác với "
        "phiên bản {version} đã có. Hãy đổi phiên bản trong tệp."
    ),
    "rule_pack_version_clash": (
        "Bộ quy định “{ref}” đã có với nội dung khác và đang được dùng. Hãy đổi phiên bản "
        "trong tệp trước khi nhập."
    ),
    "rule_pack_unreadable": "Không đọc được tệp bộ quy định {name}: {reason}",
    "rule_pack_migrated_name": "Quy định của {council}",
    # Pay to authors (domain/pay.py).
    "pay_plan_invalid": "Cách tính thù lao đã lưu không đọc được ({reason}).",
    "pay_percent_low": (
        "Tỷ lệ thù lao {percent} % thấp hơn mức tối thiểu {minimum} % giá trị làm lợi "
        "(Điều 10 Điều lệ Sáng kiến)."
    ),
    "pay_years": "Hãy nhập giá trị làm lợi của từng năm, nhiều nhất {years} năm đầu áp dụng.",
    "pay_benefit_missing": (
        "Hãy nhập giá trị làm lợi (đồng) của ít nhất một năm; nếu không tính được, hãy chọn "
        "khoản tiền do đơn vị quyết định."
    ),
    "pay_unit_sum_missing": "Hãy nhập khoản tiền thù lao do đơn vị quyết định (đồng).",
    "pay_unit_sum_with_benefit": (
        "Sáng kiến có giá trị làm lợi {amount}: thù lao tính theo giá trị làm lợi, ít nhất "
        "{percent} % của mỗi năm (Điều 10 Điều lệ Sáng kiến). Khoản tiền do đơn vị quyết định "
        "chỉ dùng khi không tính được giá trị làm lợi (giá trị làm lợi trong quyết định bằng 0)."
    ),
    "pay_basis_missing": (
        "Hãy ghi căn cứ của khoản tiền do đơn vị quyết định, ví dụ “Quy chế chi tiêu nội bộ "
        "năm 2026”: căn cứ này được in trong phụ lục quyết định."
    ),
    "pay_basis_benefit": (
        "Thù lao bằng {percent} % giá trị làm lợi của từng năm trong {years} năm đầu áp dụng "
        "(Điều 10 Điều lệ Sáng kiến ban hành kèm theo Nghị định số 13/2012/NĐ-CP)"
    ),
    "pay_basis_unit_sum": (
        "Không tính được giá trị làm lợi: thù lao là khoản tiền {amount} do đơn vị quyết định, "
        "căn cứ {basis}"
    ),
    # Fair scoring (domain/tally.py, services/council/councils.py, meeting_closing.py).
    "recusal_stranger": "Một thành viên tránh xét không thuộc Hội đồng hoặc hồ sơ không có trong cuộc họp.",
    "recusal_conflict_note": "Hãy ghi nội dung xung đột lợi ích mà thành viên đã khai báo.",
    "recusal_conflict": "đã khai báo xung đột lợi ích",
    "recusal_author": "là tác giả hoặc đồng tác giả của sáng kiến",
    "recusal_unit_head": "là thủ trưởng đơn vị của tác giả",
    "recusal_abstain": "không tham gia đánh giá",
    "sheet_recused": "{member} {why} nên không chấm hồ sơ “{title}”.",
    "meeting_closed": (
        "Cuộc họp ngày {date} đã kết thúc, kết quả đã khóa: không sửa được nữa. Nếu cần, "
        "hãy mở lại cuộc họp (ghi lý do) trước khi sửa."
    ),
    "meeting_incomplete": (
        "Chưa kết thúc được cuộc họp: {missing}. Hãy nhập phiếu, hoặc ghi thành viên đó "
        "không tham gia đánh giá hồ sơ."
    ),
    "meeting_missing_sheet": "{member} chưa chấm hồ sơ “{title}”",
    "meeting_not_closed": "Cuộc họp ngày {date} chưa kết thúc nên không cần mở lại.",
    "meeting_reopen_reason": "Hãy ghi lý do mở lại cuộc họp: lý do được lưu vào lịch sử.",
    "meeting_reopen_decided": (
        "Không mở lại được: quyết định {number} đã được ban hành theo kết quả cuộc họp này."
    ),
    "decision_scope_unknown": "Phạm vi “{scope}” không có trong bộ quy định “{pack}”.",
    "decision_pay_not_recognised": (
        "Thù lao và phạm vi ảnh hưởng chỉ ghi cho sáng kiến được công nhận; hãy bỏ chúng ở "
        "sáng kiến không công nhận."
    ),
    # Council roles (domain/council.py: ROLE_LABELS).
    "role_chair": "Chủ tịch Hội đồng",
    "role_vice_chair": "Phó Chủ tịch Hội đồng",
    "role_secretary": "Thư ký Hội đồng",
    "role_member": "Ủy viên",
}
