"""Findings of the dossier check (rules, eligibility, people, files) and their fixes.

Code → Vietnamese template; ``{name}`` marks where a param goes. See the package docstring.
"""

MESSAGES: dict[str, str] = {
    # Where a rule comes from, when it is no law (domain/validation/rules.py).
    "rule_source_app": "Kiểm tra của ứng dụng (không phải quy định pháp luật)",
    "rule_source_window": "Thời gian áp dụng của chương trình",
    "rule_source_portal_schedule": "Lịch cập nhật trên Cổng của chương trình",
    "rule_source_description_limit": "Giới hạn mô tả của chương trình",
    "rule_source_solution_types": "Các loại giải pháp của chương trình",
    "rule_source_target_groups": "Các đối tượng của chương trình",
    "rule_source_research": "Điều kiện đối với đề tài nghiên cứu khoa học",
    "rule_source_required_attachments": "Hồ sơ theo quy định của chương trình",
    "rule_source_validity": "Điều kiện hồ sơ hợp lệ của chương trình",
    "rule_source_credit": "Quy định ghi nhận tác giả của chương trình",
    # Names used inside findings.
    "dossier_named": "Hồ sơ “{title}”",
    "decision_dated": "Quyết định ngày {date}",
    "decision_numbered": "Quyết định số {number} ngày {date}",
    # What the form calls each required field, and how to fill it in (SK-REQUIRED).
    "required_title": "tên sáng kiến",
    "required_title_fix": "Nhập tên sáng kiến ngắn gọn, nói rõ giải pháp làm gì.",
    "required_solution_type": "loại giải pháp",
    "required_solution_type_fix": "Chọn loại giải pháp trong danh sách.",
    "required_field_of_application": "lĩnh vực áp dụng",
    "required_field_of_application_fix": "Nhập lĩnh vực áp dụng sáng kiến.",
    "required_first_applied_on": "ngày áp dụng lần đầu hoặc áp dụng thử",
    "required_first_applied_on_fix": (
        "Nhập ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử, dạng ngày/tháng/năm."
    ),
    "required_description_solution": "mô tả bản chất của giải pháp",
    "required_description_solution_fix": "Mô tả giải pháp là gì và các bước thực hiện.",
    "required_unit_name": "đơn vị áp dụng sáng kiến",
    "required_unit_name_fix": "Nhập tên cơ quan, đơn vị, doanh nghiệp.",
    # Words inside findings.
    "applied_first": "áp dụng lần đầu",
    "applied_trial": "áp dụng thử",
    "span_between": "từ {start} đến {end}",
    "span_from": "từ {start} trở đi",
    "span_until": "đến hết {end}",
    "closing_midnight": "24 giờ ngày {date}",
    "time_on_date": "{time} ngày {date}",
    "author_named": "tác giả thứ {n} ({name})",
    "author_numbered": "tác giả thứ {n}",
    "author_named_start": "Tác giả thứ {n} ({name})",
    "author_numbered_start": "Tác giả thứ {n}",
    "credit_lead": "chủ nhiệm/tác giả chính",
    "credit_largest_share": "người có tỷ lệ đóng góp cao nhất",
    "credit_tie_leads": "nhiều người được đánh dấu là tác giả chính",
    "credit_tie_shares": "nhiều người có cùng tỷ lệ đóng góp cao nhất",
    "check_birth_age_young": (
        "Theo ngày sinh {date}, {who} mới {age} tuổi khi áp dụng sáng kiến ({applied})."
    ),
    "check_birth_age_old": (
        "Theo ngày sinh {date}, {who} đã {age} tuổi khi áp dụng sáng kiến ({applied})."
    ),
    "target_group_none": "Chưa chọn đối tượng tham gia",
    "target_group_unknown": "Đối tượng “{group}” không thuộc chương trình",
    "portal_field_cccd": "số CCCD/CMND",
    "portal_field_phone": "số điện thoại",
    "check_research_no_acceptance": "Đề tài chưa có ngày nghiệm thu.",
    "check_research_acceptance_future": "Ngày nghiệm thu đề tài {date} chưa đến.",
    "duplicate_title": "tên",
    "duplicate_description": "nội dung mô tả",
    "duplicate_same": "{what} trùng nhau (không kể dấu, hoa thường)",
    "duplicate_similar": "{what} giống khoảng {percent}%",
    "check_duplicate": "Có thể trùng với hồ sơ “{title}”: {how}.",
    "check_duplicate_coded": "Có thể trùng với hồ sơ “{title}” (mã {code}): {how}.",
    "characters": "{n} ký tự",
    "characters_of": "{n}/{limit} ký tự",
    # SK-NOT-RECOGNISED, SK-DECISION-WINDOW (domain/validation/eligibility.py)
    "check_rejected": "{dossier} không được công nhận theo {decision}.",
    "check_rejected_reason": "{dossier} không được công nhận theo {decision}. Lý do: {reason}",
    "check_rejected_fix": (
        "Hồ sơ không được công nhận thì không đề nghị lên cấp trên và không xuất lên Cổng. "
        "Hãy bỏ hồ sơ khỏi danh sách."
    ),
    "check_not_recognised": "{dossier} chưa có quyết định công nhận sáng kiến.",
    "check_not_recognised_claimed": (
        "{dossier} chưa có quyết định công nhận sáng kiến (trạng thái ghi “{status}” nhưng "
        "chưa có quyết định nào trong dữ liệu)."
    ),
    "check_not_recognised_fix": (
        "Chỉ đề nghị hoặc xuất hồ sơ đã được công nhận: hãy nhập quyết định công nhận "
        "(số, ngày) của Hội đồng sáng kiến hoặc thủ trưởng đơn vị trước."
    ),
    "check_decision_window": (
        "{decision} công nhận hồ sơ “{title}” nằm ngoài thời gian của chương trình "
        "“{campaign}” ({window})."
    ),
    "check_decision_window_fix": (
        "Chương trình chỉ xét sáng kiến được công nhận trong thời gian này: kiểm tra lại ngày "
        "quyết định, hoặc đưa hồ sơ vào đúng chương trình."
    ),
    "check_duplicate_fix": (
        "Mở hai hồ sơ để so sánh. Nếu là cùng một sáng kiến, hãy giữ một hồ sơ; nếu khác "
        "nhau, hãy xác nhận bỏ qua gợi ý này."
    ),
    "similarity_threshold_range": "Ngưỡng giống nhau phải từ 1 đến 100 %.",
    "similarity_threshold_order": (
        "Ngưỡng cảnh báo phải bằng hoặc cao hơn ngưỡng hiện hồ sơ giống trong danh sách."
    ),
    # Eligibility by the unit's rule pack.
    "check_filing_late": (
        "Hồ sơ nộp ngày {filed}, quá {months} tháng kể từ ngày áp dụng lần đầu {first} (hạn "
        "{deadline}) theo “{pack}”."
    ),
    "check_filing_late_fix": (
        "Kiểm tra lại ngày áp dụng lần đầu. Nếu ngày đó đúng, sáng kiến đã quá hạn nộp theo bộ "
        "quy tắc đơn vị đang áp dụng."
    ),
    "check_coauthor_share": (
        "{name} đóng góp {share} %, dưới mức tối thiểu {minimum} % của mỗi đồng tác giả theo "
        "“{pack}”."
    ),
    "check_coauthor_share_fix": (
        "Sửa tỷ lệ đóng góp cho đúng, hoặc chỉ ghi là đồng tác giả những người đóng góp từ mức "
        "tối thiểu trở lên."
    ),
    "check_pack_research": (
        "Theo “{pack}”, đề tài nghiên cứu khoa học chỉ được xét khi đã nghiệm thu: hồ sơ chưa có "
        "ngày nghiệm thu."
    ),
    "check_pack_solution_type": "Loại giải pháp này không thuộc các loại “{pack}” xét công nhận.",
    "check_pack_solution_type_fix": (
        "Chọn đúng loại giải pháp, hoặc xem lại bộ quy tắc đơn vị đang áp dụng (menu Hội đồng)."
    ),
    "check_pack_paper": "“{pack}” yêu cầu hồ sơ có “{paper}”; chưa có tệp đính kèm là giấy tờ này.",
    "check_pack_paper_fix": (
        "Ở bước Đính kèm, thêm tệp “{paper}” và chọn tên giấy tờ này ở cột Giấy tờ bắt buộc."
    ),
    "check_resubmitted": (
        "Giống {percent} % hồ sơ “{title}” (mã {code}) đã được công nhận năm {year}: có thể là "
        "sáng kiến cũ nộp lại."
    ),
    "check_resubmitted_fix": (
        "Bấm “So sánh…” để xem các đoạn giống nhau. Nếu là sáng kiến khác, Hội đồng ghi lý do "
        "khi bỏ qua cảnh báo này; lý do được lưu vào lịch sử hồ sơ."
    ),
    "check_applied_after_decision": (
        "Ngày {word} {date} sau ngày quyết định công nhận {decision_date}."
    ),
    "check_applied_after_decision_fix": (
        "Sáng kiến phải được áp dụng trước khi công nhận: kiểm tra lại hai ngày này."
    ),
    "check_no_authors": "Hồ sơ chưa có tác giả nào.",
    "check_no_authors_fix": "Thêm ít nhất một tác giả, với họ tên, ngày sinh và tỷ lệ đóng góp.",
    "check_no_before": "Chưa mô tả tình trạng trước khi có sáng kiến.",
    "check_no_before_fix": (
        "Viết vài câu về cách làm cũ và điều bất cập, để thấy giải pháp mới cải thiện gì."
    ),
    "check_no_novelty": "Chưa nêu tính mới của sáng kiến.",
    "check_no_novelty_fix": "Nêu điểm mới so với cách làm trước đây tại đơn vị.",
    "check_no_benefit": "Chưa đánh giá lợi ích thu được hoặc dự kiến thu được của sáng kiến.",
    "check_no_benefit_fix": "Ghi giá trị làm lợi (đồng) nếu tính được, hoặc mô tả lợi ích xã hội.",
    "check_no_benefit_basis": "Đã ghi giá trị làm lợi nhưng chưa ghi cách tính.",
    "check_no_benefit_basis_fix": (
        "Ghi cách tính giá trị làm lợi (số liệu trước và sau khi áp dụng, đơn giá), để Hội "
        "đồng kiểm tra được."
    ),
    "check_applied_future": (
        "Ngày {word} {date} chưa đến. Chỉ công nhận sáng kiến đã được áp dụng hoặc áp dụng "
        "thử."
    ),
    "check_applied_future_fix": (
        "Sửa lại ngày áp dụng; nếu sáng kiến chưa áp dụng, hãy chờ áp dụng rồi mới đề nghị "
        "công nhận."
    ),
    "check_date_window": (
        "Sáng kiến {word} ngày {date}, ngoài thời gian của chương trình “{campaign}” "
        "({span})."
    ),
    "check_date_window_fix": (
        "Chương trình chỉ nhận sáng kiến đưa vào áp dụng {span}. Kiểm tra lại ngày áp dụng; "
        "nếu ngày đúng, sáng kiến không tham gia được chương trình này."
    ),
    "check_portal_closed": "Cổng cập nhật của chương trình “{campaign}” đã đóng lúc {closed}.",
    "check_portal_closed_fix": (
        "Hồ sơ vẫn dùng được để công nhận tại đơn vị và đề nghị lên cấp trên; chọn chương "
        "trình khác nếu cần."
    ),
    "check_required": "Chưa có {what}.",
    "check_author_no_name": "Tác giả thứ {n} chưa có họ và tên.",
    "check_author_no_name_fix": "Nhập họ và tên đầy đủ của tác giả, hoặc xóa dòng tác giả trống.",
    "check_author_no_birth": "Tác giả thứ {n} chưa có ngày tháng năm sinh.",
    "check_author_no_birth_fix": "Nhập ngày sinh theo dạng ngày/tháng/năm, ví dụ 15/09/1985.",
    "check_file_missing": "Không tìm thấy tệp đính kèm “{name}” trong thư mục dữ liệu.",
    "check_file_missing_fix": (
        "Đính kèm lại tệp từ bản gốc, hoặc khôi phục thư mục dữ liệu từ bản sao lưu."
    ),
    "check_file_unreadable": "Không mở được tệp đính kèm “{name}”.",
    "check_file_unreadable_fix": (
        "Kiểm tra quyền đọc của thư mục dữ liệu, hoặc đính kèm lại tệp từ bản gốc."
    ),
    "check_file_changed": (
        "Nội dung tệp đính kèm “{name}” đã bị thay đổi hoặc hỏng so với lúc đính kèm."
    ),
    "check_file_changed_fix": (
        "Đính kèm lại tệp từ bản gốc; không sửa trực tiếp tệp trong thư mục dữ liệu."
    ),
    "check_file_type": (
        "Tệp “{filename}” không phải ảnh, PDF hoặc Word (DOCX); Cổng có thể không nhận."
    ),
    "check_file_type_fix": "Lưu tệp thành PDF (hoặc chụp thành ảnh) rồi đính kèm lại.",
    "check_file_empty": "Tệp “{filename}” rỗng (0 byte).",
    "check_file_empty_fix": "Đính kèm lại đúng tệp cần nộp.",
    "check_file_id_card": (
        "Tệp “{filename}” có vẻ là ảnh chụp căn cước/CMND, là dữ liệu cá nhân nhạy cảm."
    ),
    "check_file_id_card_fix": (
        "Không cần đính kèm ảnh giấy tờ tùy thân: chỉ nhập số CCCD vào hồ sơ và xóa tệp này."
    ),
    "check_file_size": "Tệp “{filename}” nặng {size}, quá giới hạn {limit}.",
    "check_file_size_fix": (
        "Giảm dung lượng (nén PDF, giảm độ phân giải ảnh) hoặc tách thành nhiều tệp."
    ),
    "ack_error": "Không thể bỏ qua một lỗi. Hãy sửa hồ sơ theo hướng dẫn của lỗi đó.",
    "ack_name": "Hãy ghi họ tên người xác nhận bỏ qua cảnh báo này.",
    "ack_reason": "Hãy ghi lý do bỏ qua cảnh báo này (ví dụ: đã đối chiếu với bản gốc).",
    "check_credit": "Chương trình ghi nhận sáng kiến cho {who}, là {how}.",
    "check_credit_fix": "Nếu cần ghi nhận cho người khác, hãy đánh dấu người đó là tác giả chính.",
    "check_shares_total": (
        "Tổng tỷ lệ đóng góp của các tác giả là {total}% ({parts}), chưa đúng 100%."
    ),
    "check_shares_total_fix": (
        "Sửa tỷ lệ để tổng đúng bằng 100%; ví dụ chia đều cho ba người thì nhập 33,34 + "
        "33,33 + 33,33."
    ),
    "check_credit_tie": "Chưa rõ người được ghi nhận: {what} ({names}).",
    "check_credit_tie_fix": "Đánh dấu đúng một người là tác giả chính (chủ nhiệm) của sáng kiến.",
    "check_cmnd_old": (
        "Số “{number}” của {who} là CMND 9 số cũ. Cổng của chương trình vẫn nhận CMND, nhưng "
        "CMND chỉ có giá trị đến hết ngày 31/12/2024."
    ),
    "check_cmnd_old_fix": "Nếu tác giả đã có thẻ căn cước (12 số), hãy nhập số căn cước.",
    "check_cccd_length": (
        "Số định danh “{number}” của {who} không đúng: số căn cước có 12 chữ số (CMND cũ có "
        "9 chữ số)."
    ),
    "check_cccd_length_fix": "Nhập đủ 12 chữ số in trên thẻ căn cước, không có chữ cái.",
    "check_cccd_province": (
        "Ba chữ số đầu “{province}” của số căn cước của {who} không phải mã tỉnh nào."
    ),
    "check_cccd_province_fix": (
        "Đối chiếu lại với thẻ căn cước: ba số đầu là mã tỉnh nơi đăng ký khai sinh."
    ),
    "check_cccd_century": (
        "Chữ số thứ tư “{digit}” của số căn cước của {who} không hợp lệ (chỉ có thể là 0, 1, "
        "2 hoặc 3)."
    ),
    "check_cccd_century_fix": "Đối chiếu lại với thẻ căn cước.",
    "check_phone": "Số điện thoại “{phone}” của {who} không phải số di động Việt Nam.",
    "check_phone_fix": (
        "Nhập 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, ví dụ 0912 345 678 (có thể ghi "
        "+84 thay cho số 0 đầu)."
    ),
    "check_birth_future": (
        "Ngày sinh {date} của {who} không thể đúng: ngày này chưa đến hoặc sau ngày áp dụng "
        "sáng kiến."
    ),
    "check_birth_future_fix": "Nhập lại ngày sinh theo dạng ngày/tháng/năm, ví dụ 15/09/1985.",
    "check_birth_age_fix": "Kiểm tra lại năm sinh; nếu đúng, hãy xác nhận bỏ qua cảnh báo này.",
    "check_share_missing": "Chưa có tỷ lệ đóng góp hợp lệ của {who}.",
    "check_share_missing_fix": (
        "Nhập tỷ lệ phần trăm từ 0 đến 100; nếu chỉ có một tác giả, nhập 100."
    ),
    "check_cccd_birth": (
        "Số căn cước của {who} ứng với năm sinh {year}, nhưng ngày sinh đã ghi là {date}."
    ),
    "check_cccd_birth_fix": "Kiểm tra lại ngày sinh hoặc số căn cước với thẻ của tác giả.",
    "check_id_shared": "{who} có cùng số định danh với {other}.",
    "check_id_shared_fix": "Mỗi người có một số riêng: kiểm tra lại số của từng tác giả.",
    "check_portal_text_missing": "Chưa có đoạn mô tả ngắn để cập nhật lên Cổng (tối đa {limit}).",
    "check_portal_text_missing_fix": (
        "Soạn đoạn mô tả cho Cổng; có thể tạo bản nháp từ phần mô tả chi tiết rồi sửa lại."
    ),
    "check_kind_allowed": "Loại giải pháp “{kind}” không thuộc chương trình “{campaign}”.",
    "check_kind_allowed_fix": "Chọn một trong các loại: {kinds}.",
    "check_target_group": "{what} (chương trình “{campaign}” có {count} đối tượng).",
    "check_target_group_fix": "Chọn một trong các đối tượng: {groups}.",
    "check_no_sector": (
        "Chưa chọn khối (doanh nghiệp hay cơ quan, hành chính sự nghiệp) mà Cổng hỏi."
    ),
    "check_no_sector_fix": "Chọn “Khối doanh nghiệp” hoặc “Khối cơ quan, hành chính sự nghiệp”.",
    "check_no_province": (
        "Chưa chọn nơi công tác (tỉnh, thành phố hoặc công đoàn ngành) mà Cổng hỏi."
    ),
    "check_no_province_fix": (
        "Chọn tỉnh, thành phố hoặc công đoàn ngành Trung ương trong danh sách."
    ),
    "check_research_accepted_fix": "Nhập ngày nghiệm thu đề tài ghi trên biên bản nghiệm thu.",
    "check_research_head": (
        "Đề tài chưa có xác nhận hiệu quả ứng dụng của thủ trưởng đơn vị nơi áp dụng."
    ),
    "check_research_head_fix": (
        "Xin xác nhận của thủ trưởng đơn vị, đính kèm văn bản xác nhận, rồi đánh dấu ô “Đã "
        "có xác nhận của thủ trưởng”."
    ),
    "check_research_applied_since": (
        "Đề tài được ứng dụng từ {date}, trước ngày {since} mà chương trình yêu cầu."
    ),
    "check_research_applied_since_fix": (
        "Chương trình chỉ nhận đề tài ứng dụng từ {since}: kiểm tra lại ngày áp dụng."
    ),
    "check_public_order": (
        "Tác giả chưa cam kết sáng kiến không trái với trật tự công cộng, đạo đức xã hội."
    ),
    "check_public_order_fix": "Xác nhận với tác giả rồi đánh dấu ô cam kết này.",
    "check_ip_protection": (
        "Tác giả chưa cam kết sáng kiến không thuộc đối tượng đang được bảo hộ quyền sở hữu "
        "trí tuệ."
    ),
    "check_ip_protection_fix": (
        "Xác nhận với tác giả (giải pháp chưa được cấp văn bằng bảo hộ) rồi đánh dấu ô cam "
        "kết này."
    ),
    "check_complaint": "Đang có khiếu nại về nội dung hoặc kết quả công nhận sáng kiến.",
    "check_complaint_fix": (
        "Giải quyết xong khiếu nại rồi bỏ đánh dấu; hồ sơ đang bị khiếu nại không được xét "
        "chọn."
    ),
    "check_authorship_dispute": "Đang có tranh chấp về quyền tác giả của sáng kiến.",
    "check_authorship_dispute_fix": (
        "Giải quyết xong tranh chấp (thống nhất danh sách tác giả và tỷ lệ) rồi bỏ đánh dấu."
    ),
    "check_portal_text_limit": (
        "Đoạn mô tả cho Cổng dài {length}, quá {over} ký tự; Cổng sẽ không nhận hoặc cắt mất "
        "phần cuối."
    ),
    "check_portal_text_limit_fix": (
        "Rút gọn đoạn mô tả xuống còn tối đa {limit} (dấu xuống dòng cũng tính là một ký tự)."
    ),
    "check_portal_field": "Chưa có {what} của {name}, người đứng tên trên Cổng.",
    "check_portal_field_fix": "Nhập {what} của {name}; Cổng bắt buộc thông tin này.",
    "check_attachment_required": "Chưa đính kèm: {label}.",
    "check_attachment_required_fix": (
        "Đính kèm tệp này (ảnh, PDF hoặc Word) ở bước Tệp đính kèm và chọn “{label}” ở cột "
        "“Giấy tờ bắt buộc” của tệp."
    ),
    "campaign_missing": (
        "Không tìm thấy chương trình “{campaign}” của hồ sơ {dossier}. Hãy chọn lại chương "
        "trình trong hồ sơ hoặc thêm tệp chương trình vào thư mục dữ liệu."
    ),
    # Severities (domain/validation/model.py: SEVERITY_LABELS).
    "severity_error": "Lỗi",
    "severity_warning": "Cảnh báo",
    "severity_info": "Thông tin",
    # Shown with every report (domain/validation/model.py: DISCLAIMER).
    "check_disclaimer": (
        "Hồ sơ đạt kiểm tra không có nghĩa là chắc chắn được công nhận: việc công nhận do Hội "
        "đồng sáng kiến hoặc thủ trưởng đơn vị quyết định, còn việc xét chọn do ban tổ chức "
        "chương trình quyết định. Kiểm tra này chỉ giúp phát hiện thiếu sót về hình thức và "
        "điều kiện của chương trình."
    ),
}
