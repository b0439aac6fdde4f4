"""What each field of the description form asks for, with an example of a good answer.

Shown beside the editor when a field has focus. The texts are UI strings (context
"field_help"), so an English catalogue can translate them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldHelp:
    label: str
    explain: str
    example: str = ""

    def html(self) -> str:
        tr = lambda s: QCoreApplication.translate("field_help", s)  # noqa: E731
        parts = [f"<h3>{tr(self.label)}</h3>", f"<p>{tr(self.explain)}</p>"]
        if self.example:
            heading = QCoreApplication.translate("field_help", "Ví dụ một câu trả lời tốt")
            parts.append(f"<p><b>{heading}:</b><br><i>{tr(self.example)}</i></p>")
        return "".join(parts)



HELP: dict[str, FieldHelp] = {
    "title": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Tên sáng kiến"),
        QT_TRANSLATE_NOOP("field_help", "Một câu ngắn nói sáng kiến làm gì, cho việc gì, ở đâu. Tránh tên chung "
           "chung như “Nâng cao hiệu quả công tác”: hội đồng và cấp trên cần biết ngay giải "
           "pháp là gì."),
        QT_TRANSLATE_NOOP("field_help", "Cải tiến đồ gá hàn khung xe giúp giảm 30% thời gian lắp ráp tại phân "
           "xưởng cơ khí"),
    ),
    "campaign": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Chương trình"),
        QT_TRANSLATE_NOOP("field_help", "Chương trình mà hồ sơ tham gia. Mỗi chương trình có quy định riêng: "
           "thời gian áp dụng, số ký tự mô tả trên cổng, loại giải pháp, đối tượng. Nếu chỉ "
           "đề nghị công nhận tại đơn vị, chọn “Cấp cơ sở”."),
    ),
    "solution_type": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Loại giải pháp"),
        QT_TRANSLATE_NOOP("field_help", "Giải pháp kỹ thuật: dụng cụ, máy móc, quy trình công nghệ. Giải pháp "
           "quản lý: cách tổ chức công việc, bố trí nhân lực, điều hành. Giải pháp tác nghiệp: "
           "cách làm thủ tục, thẩm định, tuyên truyền, đào tạo. Ứng dụng tiến bộ kỹ thuật: đưa "
           "kỹ thuật mới vào thực tế hoặc khắc phục nhược điểm của cách làm cũ."),
    ),
    "target_group": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Đối tượng"),
        QT_TRANSLATE_NOOP("field_help", "Nhóm người lao động của tác giả, theo danh sách của chương trình (cổng "
           "trực tuyến bắt buộc chọn một trong năm nhóm)."),
    ),
    "field_of_application": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Lĩnh vực áp dụng"),
        QT_TRANSLATE_NOOP("field_help", "Lĩnh vực chuyên môn nơi sáng kiến được dùng."),
        QT_TRANSLATE_NOOP("field_help", "Sản xuất, lắp ráp linh kiện điện tử"),
    ),
    "unit_name": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Đơn vị áp dụng"),
        QT_TRANSLATE_NOOP("field_help", "Tên đầy đủ của cơ quan, đơn vị, doanh nghiệp đã áp dụng sáng kiến, như "
           "trên con dấu. Hội đồng sáng kiến của đơn vị này xét công nhận."),
        QT_TRANSLATE_NOOP("field_help", "Công ty TNHH Cơ khí Thành Công"),
    ),
    "investor": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Chủ đầu tư tạo ra sáng kiến"),
        QT_TRANSLATE_NOOP("field_help", "Tổ chức, cá nhân đã bỏ kinh phí, phương tiện để tạo ra sáng kiến, nếu "
           "không phải là tác giả (Nghị định 13/2012/NĐ-CP, Điều 5). Để trống nếu tác giả tự "
           "đầu tư."),
    ),
    "first_applied_on": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Ngày áp dụng lần đầu hoặc áp dụng thử"),
        QT_TRANSLATE_NOOP("field_help", "Ngày sáng kiến được đưa vào dùng lần đầu tại đơn vị, theo dạng "
           "ngày/tháng/năm. Chương trình “01 triệu sáng kiến” chỉ nhận sáng kiến áp dụng từ "
           "01/9/2021 đến 01/9/2023."),
        QT_TRANSLATE_NOOP("field_help", "15/09/2022"),
    ),
    "authors": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Tác giả, đồng tác giả"),
        QT_TRANSLATE_NOOP("field_help", "Mỗi người một dòng: họ tên, ngày sinh, nơi công tác, chức danh, trình "
           "độ chuyên môn và tỷ lệ (%) đóng góp; tổng các tỷ lệ phải bằng 100. Số CCCD và điện "
           "thoại chỉ cần cho cổng trực tuyến và không in trên giấy tờ họp. Đánh dấu “Chủ "
           "nhiệm” cho người được ghi nhận là tác giả chính."),
        QT_TRANSLATE_NOOP("field_help", "Nguyễn Văn A — 12/05/1985 — Phân xưởng Cơ khí — Tổ trưởng — Kỹ sư cơ "
           "khí — 60%"),
    ),
    "appliers": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Người tham gia áp dụng thử hoặc áp dụng lần đầu"),
        QT_TRANSLATE_NOOP("field_help", "Những người đã cùng đưa sáng kiến vào áp dụng (không phải tác giả), "
           "kèm nội dung công việc họ hỗ trợ."),
    ),
    "description_before": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Tình trạng trước khi có sáng kiến"),
        QT_TRANSLATE_NOOP("field_help", "Công việc trước đây được làm thế nào và có hạn chế gì: tốn thời gian, "
           "tốn vật tư, không an toàn, hay sai sót. Nêu số liệu nếu có."),
        QT_TRANSLATE_NOOP("field_help", "Trước đây mỗi khung xe phải căn chỉnh bằng tay, mất 45 phút, tỷ lệ "
           "lỗi mối hàn khoảng 6%."),
    ),
    "description_solution": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Mô tả bản chất của sáng kiến"),
        QT_TRANSLATE_NOOP("field_help", "Phần quan trọng nhất: giải pháp là gì, gồm những bộ phận hoặc bước "
           "nào, thực hiện ra sao, để người khác đọc có thể làm theo. Viết theo thứ tự các "
           "bước; nếu có bản vẽ, ảnh, hãy đính kèm."),
        QT_TRANSLATE_NOOP("field_help", "Bước 1: chế tạo đồ gá bằng thép hộp 40×40 có 4 chốt định vị… Bước 2: "
           "đặt khung lên đồ gá, kẹp bằng cam lệch tâm… Bước 3: hàn theo thứ tự…"),
    ),
    "description_novelty": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Tính mới"),
        QT_TRANSLATE_NOOP("field_help", "Điểm khác với cách làm đang có tại đơn vị. Sáng kiến chỉ cần mới trong "
           "phạm vi đơn vị: chưa ai đề nghị, chưa được công bố để làm theo, chưa là quy định "
           "bắt buộc."),
    ),
    "confidential_info": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Thông tin cần được bảo mật"),
        QT_TRANSLATE_NOOP("field_help", "Phần nội dung không được công bố (bí mật kinh doanh, bản vẽ riêng). "
           "Nếu không có, để trống."),
    ),
    "conditions": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Điều kiện cần thiết để áp dụng"),
        QT_TRANSLATE_NOOP("field_help", "Thiết bị, vật tư, con người, kinh phí cần có để đơn vị khác áp dụng "
           "được sáng kiến."),
    ),
    "benefit_vnd": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Giá trị làm lợi (đồng)"),
        QT_TRANSLATE_NOOP("field_help", "Số tiền tiết kiệm hoặc làm lợi được trong một năm áp dụng, sau khi trừ "
           "chi phí tạo ra sáng kiến. Ghi số đồng, ví dụ 120.000.000. Giá trị này còn là căn "
           "cứ trả thù lao cho tác giả (ít nhất 7% mỗi năm trong 3 năm đầu, Nghị định "
           "13/2012/NĐ-CP, Điều 10)."),
        QT_TRANSLATE_NOOP("field_help", "120.000.000"),
    ),
    "benefit_social": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Lợi ích xã hội"),
        QT_TRANSLATE_NOOP("field_help", "Lợi ích không quy được ra tiền: an toàn lao động, môi trường, điều kiện "
           "làm việc, chất lượng dịch vụ cho người dân."),
        QT_TRANSLATE_NOOP("field_help", "Công nhân không còn phải cúi người khi căn chỉnh, giảm mỏi lưng; không "
           "xảy ra tai nạn kẹp tay từ khi áp dụng."),
    ),
    "benefit_calculation": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Cách tính giá trị làm lợi"),
        QT_TRANSLATE_NOOP("field_help", "Ghi rõ phép tính để hội đồng kiểm tra được: lượng tiết kiệm × đơn giá "
           "× thời gian, trừ chi phí."),
        QT_TRANSLATE_NOOP("field_help", "Tiết kiệm 30 phút/khung × 20 khung/ngày × 250 ngày × 60.000 đồng/giờ "
           "= 150.000.000 đồng; trừ chi phí chế tạo đồ gá 30.000.000 đồng = 120.000.000 đồng."),
    ),
    "portal_text": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Mô tả trên cổng trực tuyến"),
        QT_TRANSLATE_NOOP("field_help", "Bản tóm tắt để dán vào ô mô tả của cổng, đếm ký tự đúng như cổng đếm "
           "(mỗi chữ có dấu là một ký tự, mỗi lần xuống dòng là một). Nêu ngắn gọn: vấn đề, "
           "giải pháp, điểm mới, hiệu quả. Nút “Tạo từ phần mô tả” dựng sẵn và cho xem phần bị cắt."),
        QT_TRANSLATE_NOOP("field_help", "Trước đây kiểm tra đường may bằng mắt, tỷ lệ lỗi 5%. Giải pháp: gá "
           "đèn soi và thước mẫu tại mỗi chuyền… Hiệu quả: giảm lỗi còn 1%, làm lợi "
           "120.000.000 đồng/năm."),
    ),
    "attachments": FieldHelp(
        QT_TRANSLATE_NOOP("field_help", "Tệp đính kèm"),
        QT_TRANSLATE_NOOP("field_help", "Ảnh, PDF hoặc Word: quyết định công nhận, bảng tính giá trị làm lợi, "
           "ảnh sản phẩm, xác nhận của đơn vị. Không đính kèm ảnh chụp CCCD: đó là dữ liệu "
           "cá nhân nhạy cảm."),
    ),
}
