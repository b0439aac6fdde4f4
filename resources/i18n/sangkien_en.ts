<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(chế độ di động: dữ liệu nằm cạnh chương trình)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy phép: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được toàn văn giấy phép: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quản lý hồ sơ sáng kiến cho công đoàn cơ sở. Chương trình chạy hoàn toàn trên máy này, không cần mạng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bấm để mở thư mục trong trình quản lý tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục sao lưu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nền tảng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phần mềm nguồn mở đi kèm và giấy phép của chúng (chọn một mục để xem toàn văn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsStep</name>
    <message>
        <source>Chọn tệp đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh, PDF, Word (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.pdf *.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có tệp không đính kèm được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản lưu của tệp “%1” bị thiếu hoặc đã bị thay đổi. Hãy gỡ tệp này khỏi hồ sơ và đính kèm lại từ bản gốc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>Đã sao lưu %1 hồ sơ và các tệp đính kèm vào %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu không thành công: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu không thành công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu, xin chờ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu không thành công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu Sáng kiến (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về bản sao lưu lúc %1 (%2 hồ sơ)?

Dữ liệu hiện tại (%3 hồ sơ) sẽ được sao lưu trước, rồi mới được thay bằng dữ liệu của bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu của bản sao lưu lúc %1 (%2 hồ sơ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được sao lưu vào %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn ổ USB hoặc thư mục để chép bản sao lưu vào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không chép được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chép bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã chép và kiểm tra lại bản sao lưu (%1, mã kiểm tra khớp):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục sao lưu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi bản sao lưu gồm cơ sở dữ liệu và mọi tệp đính kèm. Chương trình tự sao lưu mỗi ngày khi mở, trước khi nâng cấp dữ liệu và trước khi nhập dữ liệu; giữ 7 bản hằng ngày và 4 bản hằng tuần. Ổ cứng có thể hỏng bất cứ lúc nào: hãy thường xuyên chép một bản ra ổ USB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục từ &amp;tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chép ra USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mở thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Xóa hẳn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Xóa hẳn %n hồ sơ đã chọn? Không thể hoàn tác.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Không xóa hẳn được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Xóa hẳn toàn bộ %n hồ sơ trong thùng rác? Không thể hoàn tác.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đã xóa nằm ở đây cho đến khi bạn xóa hẳn. Chọn hồ sơ rồi bấm “Khôi phục” để đưa về danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xóa hẳn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dọn sạch thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Chưa kiểm tra được: có ô nhập chưa đúng dạng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có lỗi. Hồ sơ đạt các quy định đã kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lỗi, %2 cảnh báo chưa xác nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo quy định: %1 (phiên bản %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi phải sửa trước khi đề nghị công nhận, đề nghị lên cấp trên hoặc xuất hồ sơ; cảnh báo được phép khi một người có tên xác nhận bỏ qua.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có lỗi hay cảnh báo nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(đã xác nhận bỏ qua)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận bỏ qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn một cảnh báo trong bảng. Lỗi thì không bỏ qua được: cần sửa hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên người xác nhận bỏ qua cảnh báo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do bỏ qua (sẽ in kèm hồ sơ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilsDialog</name>
    <message>
        <source>tổng số thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số thành viên có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Học hàm, học vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ, nơi công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xếp loại A, B, C (từ 85, 70, 50 điểm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt / không đạt (từ 50 điểm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng có thay đổi chưa lưu. Lưu trước?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng điểm tối đa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định thành lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hội đồng theo đơn vị và năm&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thêm Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin và thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên Hội đồng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến Công ty …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan, doanh nghiệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên in ở đầu biên bản và phiếu đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định thành lập số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>05/QĐ-CT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họp hợp lệ khi có mặt ít nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số thành viên;   công nhận khi tán thành ít nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Thành viên&lt;/b&gt; (một Chủ tịch; thành viên rời Hội đồng vẫn được giữ trong các phiếu cũ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm thành &amp;viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bỏ thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiêu chí&lt;/b&gt; — điểm sàn: dưới mức này tiêu chí không đạt; “Loại” đánh dấu tiêu chí mà không đạt thì hồ sơ không được công nhận dù tổng điểm cao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm &amp;tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dùng bộ &amp;mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kết quả theo tổng điểm&lt;/b&gt; (mức cao nhất trước; dưới mọi mức là “Không đạt”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ phiếu cao nhất và thấp nhất khi có từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Cảnh báo khi điểm các thành viên lệch nhau quá:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan ra quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị làm lợi / lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định này không công nhận sáng kiến nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định số %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định công nhận sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định công nhận đã ban hành. Hồ sơ được công nhận bị khóa nội dung; muốn sửa, mở hồ sơ và tạo phiên bản sửa đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ trong quyết định đang chọn&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ra quyết định mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;giấy chứng nhận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cả PDF và Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề xuất số tiếp theo chưa dùng của năm %1; bạn có thể sửa. Số được ghi vào sổ văn bản khi lưu, mở hoặc in văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(văn bản này không đánh số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang làm văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã mở: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi văn bản tới máy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang chuẩn bị bản xem trước…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản được làm từ dữ liệu đã lưu, đúng thể thức Nghị định 30/2020/NĐ-CP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định &amp;dạng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Số văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/BB-HĐSK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { color: #555555; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lưu thành tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mở để xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở văn bản bằng chương trình xem PDF hoặc soạn thảo Word của máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xem trước và in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>Không mở được hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (trước 7/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(tự cấp khi lưu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng tỷ lệ: chưa tính được (có ô không phải số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng tỷ lệ đóng góp: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả được chương trình ghi nhận: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(có nhiều người cùng tỷ lệ cao nhất: hãy đánh dấu chủ nhiệm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nghiệm thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập tên sáng kiến trước khi lưu: đó là cách bạn tìm lại hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa được lưu; dữ liệu cũ vẫn nguyên vẹn.
Chi tiết: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu nháp lúc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục bản nháp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có nội dung chưa lưu của hồ sơ này, tự động ghi lúc %1 (có thể do chương trình bị tắt đột ngột). Khôi phục nội dung đó?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả cho cổng trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản dựng từ phần mô tả (%1). Dùng văn bản này?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phần bị cắt bớt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame#versionBanner { background: #eef4fb; border: 1px solid #9bb8d8; border-radius: 3px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở phiên bản khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo phiên bản sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Mô tả giải pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Lợi ích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: bold; font-size: 11pt; padding: 2px 0 6px 0;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên sáng kiến (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Cải tiến quy trình kiểm tra chất lượng đường may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại giải pháp (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực áp dụng (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Sản xuất hàng may mặc; Quản lý hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị áp dụng (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khối:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đầu tư tạo ra sáng kiến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để trống nếu tác giả tự đầu tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú nội bộ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ lưu trong máy, không in ra văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trình độ chuyên môn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ nhiệm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #555;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD và điện thoại là dữ liệu cá nhân: chỉ dùng cho cổng trực tuyến, không in trên giấy tờ họp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng trước khi có sáng kiến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công việc được làm thế nào, có khó khăn, hạn chế gì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả bản chất của sáng kiến (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải pháp gồm những bước nào, làm như thế nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm khác với cách làm trước đây tại đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin cần được bảo mật:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nếu không có, để trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả trên cổng trực tuyến:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản tóm tắt để dán vào ô mô tả của cổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo từ phần mô tả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo ý kiến của tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 120.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lợi ích xã hội:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo ý kiến của tổ chức, cá nhân đã áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách tính giá trị làm lợi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: tiết kiệm 2 giờ công/ngày × 250 ngày × 60.000 đồng/giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 15/09/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Áp dụng thử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều kiện cần thiết để áp dụng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề tài: ngày nghiệm thu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có xác nhận của thủ trưởng đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam đoan của tác giả (Nghị định 13/2012/NĐ-CP, Điều 3–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáng kiến không trái với trật tự công cộng, đạo đức xã hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáng kiến không thuộc đối tượng đang được bảo hộ quyền sở hữu trí tuệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có khiếu nại về nội dung hoặc kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có tranh chấp về quyền tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người tham gia áp dụng thử hoặc áp dụng lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung công việc hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú / yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gỡ khỏi hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đính kèm ảnh, PDF hoặc Word (DOCX): quyết định công nhận, tài liệu tính giá trị làm lợi, ảnh sản phẩm. Ở cột “Ghi chú / yêu cầu”, ghi mã của giấy tờ bắt buộc mà tệp đáp ứng (ví dụ #quyet_dinh_cong_nhan). Không nên đính kèm ảnh chụp CCCD: đó là dữ liệu cá nhân nhạy cảm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã quy tắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đến chỗ cần sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận bỏ qua cảnh báo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Bước trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bước tiếp ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịc&amp;h sử…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Tên sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại giải pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Áp dụng lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử thay đổi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mục</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(chưa đặt tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào được ghi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hiện chi tiết mọi thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDecisionDialog</name>
    <message>
        <source>&amp;Ra quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do không công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban Chấp hành (theo đề nghị của Hội đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không theo cuộc họp — tự chọn hồ sơ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số %1 năm %2 đã được dùng cho một văn bản khác. Số chưa dùng tiếp theo: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giám đốc Công ty …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa chấm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 điểm — %2, tán thành %3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc họp Hội đồng không đủ số thành viên có mặt theo quy định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến đánh giá %1 điểm, chưa đạt mức công nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đủ hai phần ba thành viên Hội đồng tán thành (%1/%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không còn hồ sơ đã nộp nào chưa được xét.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đã nộp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập ngày ký quyết định, ví dụ 20/03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra quyết định công nhận sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo &amp;cuộc họp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a4161a;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thẩm quyền:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan ra quyết định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người &amp;ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đợt 1 năm 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ (mỗi dòng một căn cứ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ được xét&lt;/b&gt; — chọn “Công nhận” hoặc “Không công nhận”; lý do không công nhận được gửi cho tác giả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thêm hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bỏ hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hơn %1 hồ sơ khớp — gõ thêm để thu hẹp</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển hồ sơ “%1” vào thùng rác?
Bạn có thể khôi phục nó từ Thùng rác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã kiểm tra %1 hồ sơ: %2 lỗi, %3 cảnh báo chưa xác nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục nội dung chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” có nội dung chưa lưu, tự động ghi lúc %2 (có thể do chương trình bị tắt đột ngột). Mở lại để xem và lưu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp hồ sơ JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không nhập được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập %1 hồ sơ mới.
%2 hồ sơ đã có sẵn, giống hệt: bỏ qua.
%3 hồ sơ đã có nhưng khác nội dung: giữ nguyên bản đang có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu %1 tệp đính kèm (chưa có trong máy này).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ xuất hồ sơ đang chọn? Chọn “No” để xuất tất cả hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất %1 hồ sơ ra %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáng kiến Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo tên sáng kiến, mã, tác giả, đơn vị… (gõ không dấu cũng được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồn&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề &amp;nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Công cụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ &amp;mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mở / sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiểm tra hồ sơ đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thùng rác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nhập hồ sơ từ tệp JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xuất hồ sơ ra tệp JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hội đồng sáng kiến…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cuộc họp và chấm điểm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quyết định công nhận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt đề &amp;nghị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chỉ tiêu và tiến độ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ &amp;nhận từ đơn vị cấp dưới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập hồ sơ từ tệp &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất danh sách ra tệp E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu &amp;mẫu Excel để nhập hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận &amp;gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gói nhập &amp;cổng trực tuyến…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu và &amp;khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Độ lệch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có Hội đồng sáng kiến nào: hãy lập Hội đồng (menu Hội đồng › Hội đồng sáng kiến) trước khi ghi cuộc họp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc họp có thay đổi chưa lưu. Lưu trước?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Cuộc họp mới —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họp ngày %1%2 (%3 hồ sơ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xét công nhận sáng kiến năm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có mặt %1/%2 thành viên — %3 (cần ít nhất %4, tức %5 số thành viên).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đủ điều kiện họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHƯA ĐỦ điều kiện họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề nghị công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có phiếu đầy đủ điểm cho hồ sơ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phiếu: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bỏ %1 phiếu cao nhất và thấp nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm trung bình: &lt;b&gt;%1&lt;/b&gt; / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Độ lệch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả: &lt;b style=&apos;%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tán thành: %1/%2 (cần %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dưới điểm sàn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phiếu chưa đủ điểm hoặc có ô sai: chưa được tính.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cuộc họp chưa đủ số thành viên có mặt: chưa thể đề nghị công nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xem thử cách tính khác quy định của Hội đồng; biên bản tính theo quy định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm của các thành viên lệch nhau %1 điểm (quá %2): Hội đồng nên trao đổi lại trước khi kết luận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc họp và chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập ngày họp, ví dụ 15/03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy chọn hồ sơ Hội đồng xem xét (thẻ “Hồ sơ xem xét”) trước khi in phiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc họp ngày %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hội đồng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc &amp;họp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc họp &amp;mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc họp và điểm danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ngày họp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số biên bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>03/BB-HĐSK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt đầu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 giờ 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 giờ 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung họp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xét công nhận sáng kiến năm …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết luận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Điểm danh&lt;/b&gt; — bỏ dấu “Có mặt” ở thành viên vắng và ghi lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ đã nộp, chưa công nhận&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện cả hồ sơ &amp;nháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thêm ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ Hội đồng xem xét tại cuộc họp&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ &amp;sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ phiếu cao nhất và thấp nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi dòng là phiếu của một thành viên có mặt. Nhập điểm từng tiêu chí (ví dụ 27,5); dòng để trống là chưa có phiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { color: #7a4b00; background: #fff4d6; border: 1px solid #e8c877; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tổng hợp các hồ sơ của cuộc họp&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;phiếu đánh giá trống…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;biên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lưu cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominationsDialog</name>
    <message>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực ưu tiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF và Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Số %1 ngày %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa cấp số (dự thảo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(không)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đủ điều kiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(và %1 thiếu sót khác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình không giới hạn số sáng kiến cho cấp của đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 sáng kiến được đề nghị (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được đợt đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công đoàn cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa đợt đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa đợt đề nghị đang soạn này? Hồ sơ trong đợt không bị xóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp số Tờ trình và đánh dấu đợt đề nghị đã gửi? Sau đó không sửa được đợt này nữa; các hồ sơ chuyển sang “Đã đề nghị”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo: %1 hồ sơ chưa đủ điều kiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi đợt đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không gửi được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi bộ hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang tạo bộ hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tạo được bộ hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tạo bộ hồ sơ gồm %1 tệp:
%2
và tệp nén %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có trong bộ hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ hồ sơ đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt đề nghị lên cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Các đợt đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt &amp;mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xóa đợt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chương trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kính gửi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban Thường vụ Liên đoàn Lao động tỉnh …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hạn gửi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có hạn gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Că&amp;n cứ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thực hiện Hướng dẫn số … ngày … của …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tờ trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đã công nhận, chưa đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thêm →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ &amp;Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ &amp;Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ trong đợt, theo thứ tự đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh dấu đã &amp;gửi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định dạng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo &amp;bộ hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Xem trước khi in — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Chưa có chỉ tiêu hay hồ sơ nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu của %1 cho hồ sơ “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Công đoàn cơ sở (thuộc công đoàn cấp trên trực tiếp cơ sở)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công đoàn cơ sở trực thuộc LĐLĐ tỉnh, thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LĐLĐ cấp huyện hoặc công đoàn ngành địa phương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công đoàn doanh nghiệp lớn được chỉ định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LĐLĐ tỉnh, thành phố hoặc công đoàn ngành Trung ương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập tên đơn vị: nó được in ở đầu mọi văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập địa danh (ví dụ “Việt Trì”): nó đứng trước ngày tháng trên văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị của bạn (dùng trong văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan cấp trên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đơn vị (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY SÔNG HỒNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ký hiệu trong số văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: CĐCS (số 12/QĐ-CĐCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa danh ghi ngày tháng (*):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Việt Trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp của đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: CHỦ TỊCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi nhận thường dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy tính này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên người sử dụng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi vào lịch sử thay đổi hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu “%1” của “%2” (%3) phải là số nguyên không âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chưa ghi đơn vị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (đạt/chỉ tiêu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cả chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo loại giải pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số liệu tính đến ngày %1; sáng kiến được tính vào đợt có ngày quyết định công nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu báo cáo chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi phiếu tóm tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang in phiếu tóm tắt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu tóm tắt đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi %1 phiếu vào %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu và tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chương trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phân bổ chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi dòng một đơn vị, mỗi cột một đợt: số sáng kiến đơn vị cần có. Ô trống hoặc 0 là không giao chỉ tiêu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thêm đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bỏ dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lấy đơn vị &amp;từ hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lưu chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;báo cáo chỉ tiêu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;phiếu tóm tắt đơn vị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionBanner</name>
    <message>
        <source> theo Quyết định số %1 ngày %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ đã được công nhận%1 — phiên bản %2, khóa nội dung từ %3.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã kiểm tra nội dung (SHA-256): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ sửa được trạng thái, ghi chú, chương trình, đối tượng, mô tả cho cổng và việc khiếu nại, tranh chấp. Muốn sửa nội dung, hãy tạo phiên bản sửa đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có phiên bản sửa đổi (phiên bản %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở phiên bản %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Phiên bản %1&lt;/b&gt;, sửa đổi từ phiên bản %2 đã được công nhận; bản cũ vẫn giữ nguyên để đối chiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem phiên bản %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxImportDialog</name>
    <message>
        <source>Chọn tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang “%1”, dòng tiêu đề %2: %3 dòng hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dòng có lỗi, tổng %2 lỗi: sửa trong Excel, lưu tệp rồi bấm “Kiểm tra lại”. Chưa nhập hồ sơ nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có lỗi: bấm “Nhập” để tạo %1 hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bảng dưới hiện %1 dòng đầu; chọn “Chỉ hiện dòng có vấn đề” để xem mọi dòng cần sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cột %1 (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sẽ tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sẽ tạo, lưu ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không nhập được: %1. Chưa có hồ sơ nào được ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhập %1 hồ sơ. Chúng đã có trong danh sách để bổ sung mô tả và tệp đính kèm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập hồ sơ từ tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tệp Excel (.xlsx) theo mẫu nhập hồ sơ. Chương trình kiểm tra từng dòng trước; chỉ khi không còn lỗi mới nhập được, và nhập tất cả cùng một lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa chọn tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc lại tệp sau khi đã sửa trong Excel (nhớ lưu tệp trước)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiểm tra lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ sẽ tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vấn đề và cách sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ hiện dòng có &amp;vấn đề</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>%1 phải là một danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tệp chương trình phải là một đối tượng JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: định dạng chương trình “%2” không được hỗ trợ (phiên bản này đọc định dạng %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “description_limit” phải là số nguyên dương.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “nomination_warning_days” phải là số nguyên không âm (số ngày).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cần ít nhất một loại giải pháp (solution_types).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” không phải ngày dạng YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” không phải thời điểm dạng YYYY-MM-DDTHH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] cần có “code” và “label”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: thiếu trường “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quotas[%2] cần “level” và “count” (số nguyên).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ tịch Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phó Chủ tịch Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thư ký Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ủy viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ “%1” phải lớn hơn 0 và không quá 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ “%1” không hợp lệ; hãy viết dạng 2/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở biểu quyết “%1” không hợp lệ (council hoặc present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nộp Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã cập nhật lên cổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khối doanh nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khối cơ quan, hành chính sự nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạn gửi: %1 (còn %2 ngày).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có hạn gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã quá hạn gửi (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn %1 ngày đến hạn gửi (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hôm nay là hạn gửi (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chưa được nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” không phải là một số. Hãy nhập số điểm, ví dụ 27,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 không được âm (đã nhập %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tối đa là %2 (đã nhập %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí không có trong bộ tiêu chí: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có phiếu đánh giá nào cho sáng kiến này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ tiêu chí chấm điểm không hợp lệ (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có thể trùng với hồ sơ %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hai hồ sơ để so sánh. Nếu là cùng một sáng kiến, hãy giữ một hồ sơ; nếu khác nhau, hãy xác nhận bỏ qua gợi ý này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 công nhận hồ sơ “%2” nằm ngoài thời gian của chương trình “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình chỉ xét sáng kiến được công nhận trong thời gian này: kiểm tra lại ngày quyết định, hoặc đưa hồ sơ vào đúng chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 không được công nhận theo %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ không được công nhận thì không đề nghị lên cấp trên và không xuất lên Cổng. Hãy bỏ hồ sơ khỏi danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chưa có quyết định công nhận sáng kiến%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ đề nghị hoặc xuất hồ sơ đã được công nhận: hãy nhập quyết định công nhận (số, ngày) của Hội đồng sáng kiến hoặc thủ trưởng đơn vị trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tên sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập tên sáng kiến ngắn gọn, nói rõ giải pháp làm gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loại giải pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn loại giải pháp trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lĩnh vực áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lĩnh vực áp dụng sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ngày áp dụng lần đầu hoặc áp dụng thử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử, dạng ngày/tháng/năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mô tả bản chất của giải pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả giải pháp là gì và các bước thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đơn vị áp dụng sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập tên cơ quan, đơn vị, doanh nghiệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày %1 %2 sau ngày quyết định công nhận %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáng kiến phải được áp dụng trước khi công nhận: kiểm tra lại hai ngày này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chưa có tác giả nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm ít nhất một tác giả, với họ tên, ngày sinh và tỷ lệ đóng góp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa mô tả tình trạng trước khi có sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viết vài câu về cách làm cũ và điều bất cập, để thấy giải pháp mới cải thiện gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nêu tính mới của sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nêu điểm mới so với cách làm trước đây tại đơn vị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đánh giá lợi ích thu được hoặc dự kiến thu được của sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi giá trị làm lợi (đồng) nếu tính được, hoặc mô tả lợi ích xã hội.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã ghi giá trị làm lợi nhưng chưa ghi cách tính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi cách tính giá trị làm lợi (số liệu trước và sau khi áp dụng, đơn giá), để Hội đồng kiểm tra được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày %1 %2 chưa đến. Chỉ công nhận sáng kiến đã được áp dụng hoặc áp dụng thử.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa lại ngày áp dụng; nếu sáng kiến chưa áp dụng, hãy chờ áp dụng rồi mới đề nghị công nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sáng kiến %1 ngày %2, ngoài thời gian của chương trình “%3” (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình chỉ nhận sáng kiến đưa vào áp dụng %1. Kiểm tra lại ngày áp dụng; nếu ngày đúng, sáng kiến không tham gia được chương trình này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cổng cập nhật của chương trình “%1” đã đóng lúc %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ vẫn dùng được để công nhận tại đơn vị và đề nghị lên cấp trên; chọn chương trình khác nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả thứ %1 chưa có họ và tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập họ và tên đầy đủ của tác giả, hoặc xóa dòng tác giả trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả thứ %1 chưa có ngày tháng năm sinh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập ngày sinh theo dạng ngày/tháng/năm, ví dụ 15/09/1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy tệp đính kèm “%1” trong thư mục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đính kèm lại tệp từ bản gốc, hoặc khôi phục thư mục dữ liệu từ bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được tệp đính kèm “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra quyền đọc của thư mục dữ liệu, hoặc đính kèm lại tệp từ bản gốc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung tệp đính kèm “%1” đã bị thay đổi hoặc hỏng so với lúc đính kèm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đính kèm lại tệp từ bản gốc; không sửa trực tiếp tệp trong thư mục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” không phải ảnh, PDF hoặc Word (DOCX); Cổng có thể không nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu tệp thành PDF (hoặc chụp thành ảnh) rồi đính kèm lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” rỗng (0 byte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đính kèm lại đúng tệp cần nộp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” có vẻ là ảnh chụp căn cước/CMND, là dữ liệu cá nhân nhạy cảm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không cần đính kèm ảnh giấy tờ tùy thân: chỉ nhập số CCCD vào hồ sơ và xóa tệp này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” nặng %2, quá giới hạn %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giảm dung lượng (nén PDF, giảm độ phân giải ảnh) hoặc tách thành nhiều tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đạt kiểm tra không có nghĩa là chắc chắn được công nhận: việc công nhận do Hội đồng sáng kiến hoặc thủ trưởng đơn vị quyết định, còn việc xét chọn do ban tổ chức chương trình quyết định. Kiểm tra này chỉ giúp phát hiện thiếu sót về hình thức và điều kiện của chương trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không thể bỏ qua một lỗi. Hãy sửa hồ sơ theo hướng dẫn của lỗi đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi họ tên người xác nhận bỏ qua cảnh báo này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi lý do bỏ qua cảnh báo này (ví dụ: đã đối chiếu với bản gốc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình ghi nhận sáng kiến cho %1, là %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nếu cần ghi nhận cho người khác, hãy đánh dấu người đó là tác giả chính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng tỷ lệ đóng góp của các tác giả là %1% (%2), chưa đúng 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa tỷ lệ để tổng đúng bằng 100%; ví dụ chia đều cho ba người thì nhập 33,34 + 33,33 + 33,33.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa rõ người được ghi nhận: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đánh dấu đúng một người là tác giả chính (chủ nhiệm) của sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số “%1” của %2 là CMND 9 số cũ. Cổng của chương trình vẫn nhận CMND, nhưng CMND chỉ có giá trị đến hết ngày 31/12/2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nếu tác giả đã có thẻ căn cước (12 số), hãy nhập số căn cước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số định danh “%1” của %2 không đúng: số căn cước có 12 chữ số (CMND cũ có 9 chữ số).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập đủ 12 chữ số in trên thẻ căn cước, không có chữ cái.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba chữ số đầu “%1” của số căn cước của %2 không phải mã tỉnh nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối chiếu lại với thẻ căn cước: ba số đầu là mã tỉnh nơi đăng ký khai sinh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ số thứ tư “%1” của số căn cước của %2 không hợp lệ (chỉ có thể là 0, 1, 2 hoặc 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối chiếu lại với thẻ căn cước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số điện thoại “%1” của %2 không phải số di động Việt Nam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, ví dụ 0912 345 678 (có thể ghi +84 thay cho số 0 đầu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh %1 của %2 không thể đúng: ngày này chưa đến hoặc sau ngày áp dụng sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập lại ngày sinh theo dạng ngày/tháng/năm, ví dụ 15/09/1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo ngày sinh %1, %2 %3 %4 tuổi khi áp dụng sáng kiến (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra lại năm sinh; nếu đúng, hãy xác nhận bỏ qua cảnh báo này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có tỷ lệ đóng góp hợp lệ của %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập tỷ lệ phần trăm từ 0 đến 100; nếu chỉ có một tác giả, nhập 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số căn cước của %1 ứng với năm sinh %2, nhưng ngày sinh đã ghi là %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra lại ngày sinh hoặc số căn cước với thẻ của tác giả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 có cùng số định danh với %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi người có một số riêng: kiểm tra lại số của từng tác giả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có đoạn mô tả ngắn để cập nhật lên Cổng (tối đa %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soạn đoạn mô tả cho Cổng; có thể tạo bản nháp từ phần mô tả chi tiết rồi sửa lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại giải pháp “%1” không thuộc chương trình “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một trong các loại: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chương trình “%2” có %3 đối tượng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một trong các đối tượng: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn khối (doanh nghiệp hay cơ quan, hành chính sự nghiệp) mà Cổng hỏi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn “Khối doanh nghiệp” hoặc “Khối cơ quan, hành chính sự nghiệp”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa chọn nơi công tác (tỉnh, thành phố hoặc công đoàn ngành) mà Cổng hỏi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố hoặc công đoàn ngành Trung ương trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập ngày nghiệm thu đề tài ghi trên biên bản nghiệm thu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề tài chưa có xác nhận hiệu quả ứng dụng của thủ trưởng đơn vị nơi áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin xác nhận của thủ trưởng đơn vị, đính kèm văn bản xác nhận, rồi đánh dấu ô “Đã có xác nhận của thủ trưởng”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đề tài được ứng dụng từ %1, trước ngày %2 mà chương trình yêu cầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình chỉ nhận đề tài ứng dụng từ %1: kiểm tra lại ngày áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả chưa cam kết sáng kiến không trái với trật tự công cộng, đạo đức xã hội.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận với tác giả rồi đánh dấu ô cam kết này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả chưa cam kết sáng kiến không thuộc đối tượng đang được bảo hộ quyền sở hữu trí tuệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận với tác giả (giải pháp chưa được cấp văn bằng bảo hộ) rồi đánh dấu ô cam kết này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang có khiếu nại về nội dung hoặc kết quả công nhận sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải quyết xong khiếu nại rồi bỏ đánh dấu; hồ sơ đang bị khiếu nại không được xét chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang có tranh chấp về quyền tác giả của sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải quyết xong tranh chấp (thống nhất danh sách tác giả và tỷ lệ) rồi bỏ đánh dấu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đoạn mô tả cho Cổng dài %1, quá %2 ký tự; Cổng sẽ không nhận hoặc cắt mất phần cuối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rút gọn đoạn mô tả xuống còn tối đa %1 (dấu xuống dòng cũng tính là một ký tự).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có %1 của %2, người đứng tên trên Cổng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập %1 của %2; Cổng bắt buộc thông tin này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đính kèm: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đính kèm tệp này (ảnh, PDF hoặc Word) và ghi “#%1” vào phần ghi chú của tệp, để ứng dụng nhận ra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp “%1” phải nằm trong khoảng từ 0 đến 100 (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền “%1” không đọc được. Hãy nhập số đồng, ví dụ 120.000.000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền “%1” quá lớn. Hãy kiểm tra lại số chữ số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” không đúng dạng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/09/2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” không có thật trên lịch (tháng %3 năm %4 không có ngày %5). Hãy kiểm tra lại ngày và tháng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp “%1” không phải là một số. Hãy nhập số phần trăm, ví dụ 50 hoặc 33,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trường “%1” phải là số nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mỗi mục phải là một đối tượng JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phải là một đối tượng JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu tên sáng kiến (title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“attachments” phải là một danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” không phải tệp hồ sơ sáng kiến (thiếu &quot;format&quot;: &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” dùng định dạng phiên bản %2, mới hơn phiên bản %3 mà chương trình này đọc được. Hãy cập nhật Sáng kiến Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” thiếu danh sách “dossiers”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trường “%1” có giá trị không hợp lệ: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trường “%1” phải là chuỗi văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trường “%1” phải là true hoặc false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã định danh (uuid) “%1” không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giá trị không hợp lệ: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” phải là một danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mỗi tệp đính kèm cần có “sha256”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã băm tệp đính kèm “%1” không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” không phải JSON hợp lệ (dòng %2, cột %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” có hai hồ sơ trùng mã định danh %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có tên sáng kiến. Hãy nhập tên vào ô này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có tác giả. Ghi họ tên và tỷ lệ đóng góp, ví dụ: Nguyễn Văn An (100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày áp dụng %1 còn ở phía trước (sau hôm nay). Hãy kiểm tra lại năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang “%1” không có dòng hồ sơ nào dưới dòng tiêu đề (dòng %2). Hãy điền mỗi sáng kiến một dòng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có chương trình “%1”. Hãy chọn một trong: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” không có%3. Hãy chọn một trong: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có tỉnh, thành phố “%1” trong danh sách 34 tỉnh, thành phố từ 01/7/2025 hay 63 tỉnh, thành phố trước đó. Hãy ghi đúng tên, ví dụ “Quảng Trị”, hoặc chọn trong trang “Danh mục” của mẫu nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có trạng thái “%1”. Hãy chọn một trong: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có hồ sơ %1 cùng tên sáng kiến và tác giả chính. Xóa dòng này nếu là cùng một sáng kiến; nếu khác, hãy sửa tên cho rõ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trùng với dòng %1 trong tệp (cùng tên sáng kiến và tác giả chính). Hãy xóa một trong hai dòng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ “%1” đã dùng cho một hồ sơ khác. Để trống ô này để chương trình tự cấp mã mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ “%1” đã có ở dòng %2. Mỗi hồ sơ một mã; để trống để chương trình tự cấp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề trong tệp “%1”: cần một dòng có các cột như %2 (trong %3 dòng đầu). Hãy dùng mẫu nhập của chương trình (Tệp → Lưu mẫu Excel để nhập hồ sơ…) hoặc đặt lại tên cột cho đúng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” là định dạng Excel cũ (.xls). Hãy mở bằng Excel và chọn Lưu thành → Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” là một số, không phải ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/09/2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ô số tiền đang chứa ngày %1. Hãy nhập số đồng, ví dụ 120.000.000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp “%1” như một tệp Excel (.xlsx): %2. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền “%1” không hợp lệ: phải là số đồng không âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh BMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh TIFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” không phải là một tệp. Hãy chọn một tệp ảnh, PDF hoặc Word (DOCX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” rỗng (0 byte). Hãy chọn đúng tệp cần đính kèm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” quá lớn (%2 MB). Mỗi tệp đính kèm tối đa %3 MB; hãy nén ảnh hoặc chia nhỏ tệp PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp “%1” không phải ảnh, PDF hay Word (DOCX), hoặc đã bị hỏng. Hãy lưu lại tệp ở một trong các dạng đó rồi đính kèm lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp “%1” (%2). Hãy kiểm tra tệp còn tồn tại, không bị chương trình khác khóa và bạn có quyền đọc nó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sao lưu theo yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự động hằng ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước khi nhập dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có dữ liệu để sao lưu: thư mục dữ liệu chưa có cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản chép ra “%1” không khớp với bản gốc (ổ đĩa có thể bị lỗi). Hãy thử lại hoặc dùng một ổ USB khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không chép được bản sao lưu sang “%1” (%2). Hãy kiểm tra ổ USB đã cắm, còn chỗ trống và không bị khóa ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định dạng “%1” không được hỗ trợ: chọn pdf, docx hoặc both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt đề nghị chưa có hồ sơ nào: hãy chọn hồ sơ trước khi tạo bộ hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định dạng “%1” không được hỗ trợ (pdf hoặc docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy chương trình “%1” của hồ sơ %2. Hãy chọn lại chương trình trong hồ sơ hoặc thêm tệp chương trình vào thư mục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy Hội đồng sáng kiến %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy nhập tên Hội đồng sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng chỉ có một Chủ tịch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy cuộc họp %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh sách có mặt có người không thuộc Hội đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một hồ sơ được đưa vào cuộc họp hai lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên thứ %1 của Hội đồng chưa có họ tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ thành viên có mặt mới chấm phiếu đánh giá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu đánh giá cho một hồ sơ không có trong cuộc họp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một thành viên có hai phiếu cho cùng một hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy quyết định %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định chưa có sáng kiến nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một hồ sơ có mặt hai lần trong quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi chức danh thủ trưởng ra quyết định, ví dụ “Giám đốc Công ty …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” chưa được công nhận: hãy sửa trực tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” đã có một phiên bản sửa đổi; hãy mở bản đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” đang nằm trong thùng rác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” đã được công nhận trước đây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi lý do không công nhận hồ sơ “%1”: tác giả sẽ đọc lý do này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền không được âm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” đã được công nhận nên không thể %2: quyết định công nhận dựa trên hồ sơ này. Nếu cần sửa, hãy tạo phiên bản sửa đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ xóa hẳn được hồ sơ đã nằm trong thùng rác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” đã được công nhận ngày %2 nên không sửa được nội dung. Hãy tạo phiên bản sửa đổi (bản mới liên kết với bản đã công nhận).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có khiếu nại về nội dung hoặc kết quả công nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có tranh chấp về quyền tác giả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang soạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy đợt đề nghị “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có chương trình “%1”. Hãy chọn một chương trình có trong danh sách (hoặc thêm tệp chương trình vào thư mục dữ liệu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một hồ sơ có mặt hai lần trong đợt đề nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi nơi nhận đề nghị (công đoàn cấp trên), ví dụ “Ban Thường vụ Liên đoàn Lao động tỉnh …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt đề nghị này đã gửi lên cấp trên nên không sửa được nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt đề nghị đã gửi là hồ sơ lưu trữ: không xóa được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt đề nghị đã gửi với Tờ trình số %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đợt đề nghị chưa có hồ sơ nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” chưa được công nhận nên chưa đề nghị lên cấp trên được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” không phải lĩnh vực ưu tiên của chương trình “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ “%1” đã có trong một đợt đề nghị khác (%2) của chương trình này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại văn bản “%1” không có trong danh mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản phải là số nguyên dương, ví dụ 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số %1 năm %2 đã được dùng. Hãy dùng số %3 hoặc một số chưa dùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa làm được văn bản “%1” từ lựa chọn này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy quyết định “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có %1 quyết định số “%2” (năm %3): hãy dùng mã định danh (uuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số văn bản phải là số nguyên dương, ví dụ 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số %1 năm %2 đã được dùng cho một văn bản khác. Hãy dùng số %3 (số tiếp theo chưa dùng) hoặc một số khác chưa dùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Định dạng “%1” không được hỗ trợ: chọn pdf hoặc docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có loại văn bản “%1”. Các loại: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Văn bản “%1” không làm từ một hồ sơ. Từ một hồ sơ có: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị “%1” không có chỉ tiêu hay hồ sơ nào trong chương trình “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi tên đơn vị cho mỗi dòng chỉ tiêu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình “%1” không có đợt “%2”. Các đợt: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ tiêu của “%1” phải là số nguyên không âm, không phải “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu “%1” bị hỏng hoặc không phải bản sao lưu của Sáng kiến Desktop (%2). Dữ liệu hiện tại không bị thay đổi; hãy chọn một bản sao lưu khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy cơ sở dữ liệu “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json không đúng định dạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu “%1” được tạo bởi một phiên bản mới hơn của Sáng kiến Desktop. Hãy cài phiên bản mới hơn để khôi phục nó; dữ liệu hiện tại không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số hồ sơ không khớp với manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ sở dữ liệu thuộc về một chương trình khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao lưu “%1” chứa dữ liệu của một phiên bản mới hơn (lược đồ %2, phiên bản này đọc được đến %3). Hãy cài phiên bản mới hơn để khôi phục; dữ liệu hiện tại không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không chụp được cơ sở dữ liệu để sao lưu (%1). Dữ liệu có thể đã hỏng: hãy khôi phục từ một bản sao lưu cũ hơn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu tệp manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được bản sao lưu vào “%1” (%2). Hãy kiểm tra ổ đĩa còn chỗ trống và bạn có quyền ghi vào thư mục đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>có tệp trùng tên trong bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu tệp cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được dữ liệu khôi phục vào cơ sở dữ liệu (%1). Hãy đóng các cửa sổ Sáng kiến Desktop khác rồi thử lại; dữ liệu hiện tại không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp lạ “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tệp đính kèm %1… đã bị thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ sở dữ liệu không khớp mã băm trong manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu không phải là cơ sở dữ liệu SQLite hợp lệ (%1). Hãy chọn đúng thư mục dữ liệu, hoặc khôi phục từ một bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp dữ liệu này thuộc về một chương trình khác, không phải Sáng kiến Desktop. Hãy chọn một thư mục dữ liệu khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu được tạo bởi một phiên bản mới hơn của Sáng kiến Desktop (lược đồ %1, phiên bản này chỉ đọc được đến %2). Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>field_help</name>
    <message>
        <source>Ví dụ một câu trả lời tốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một câu ngắn nói sáng kiến làm gì, cho việc gì, ở đâu. Tránh tên chung chung như “Nâng cao hiệu quả công tác”: hội đồng và cấp trên cần biết ngay giải pháp là gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cải tiến đồ gá hàn khung xe giúp giảm 30% thời gian lắp ráp tại phân xưởng cơ khí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình mà hồ sơ tham gia. Mỗi chương trình có quy định riêng: thời gian áp dụng, số ký tự mô tả trên cổng, loại giải pháp, đối tượng. Nếu chỉ đề nghị công nhận tại đơn vị, chọn “Cấp cơ sở”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại giải pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giải pháp kỹ thuật: dụng cụ, máy móc, quy trình công nghệ. Giải pháp quản lý: cách tổ chức công việc, bố trí nhân lực, điều hành. Giải pháp tác nghiệp: cách làm thủ tục, thẩm định, tuyên truyền, đào tạo. Ứng dụng tiến bộ kỹ thuật: đưa kỹ thuật mới vào thực tế hoặc khắc phục nhược điểm của cách làm cũ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhóm người lao động của tác giả, theo danh sách của chương trình (cổng trực tuyến bắt buộc chọn một trong năm nhóm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực chuyên môn nơi sáng kiến được dùng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sản xuất, lắp ráp linh kiện điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đầy đủ của cơ quan, đơn vị, doanh nghiệp đã áp dụng sáng kiến, như trên con dấu. Hội đồng sáng kiến của đơn vị này xét công nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công ty TNHH Cơ khí Thành Công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đầu tư tạo ra sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổ chức, cá nhân đã bỏ kinh phí, phương tiện để tạo ra sáng kiến, nếu không phải là tác giả (Nghị định 13/2012/NĐ-CP, Điều 5). Để trống nếu tác giả tự đầu tư.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu hoặc áp dụng thử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sáng kiến được đưa vào dùng lần đầu tại đơn vị, theo dạng ngày/tháng/năm. Chương trình “01 triệu sáng kiến” chỉ nhận sáng kiến áp dụng từ 01/9/2021 đến 01/9/2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15/09/2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả, đồng tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mỗi người một dòng: họ tên, ngày sinh, nơi công tác, chức danh, trình độ chuyên môn và tỷ lệ (%) đóng góp; tổng các tỷ lệ phải bằng 100. Số CCCD và điện thoại chỉ cần cho cổng trực tuyến và không in trên giấy tờ họp. Đánh dấu “Chủ nhiệm” cho người được ghi nhận là tác giả chính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguyễn Văn A — 12/05/1985 — Phân xưởng Cơ khí — Tổ trưởng — Kỹ sư cơ khí — 60%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người tham gia áp dụng thử hoặc áp dụng lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Những người đã cùng đưa sáng kiến vào áp dụng (không phải tác giả), kèm nội dung công việc họ hỗ trợ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng trước khi có sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công việc trước đây được làm thế nào và có hạn chế gì: tốn thời gian, tốn vật tư, không an toàn, hay sai sót. Nêu số liệu nếu có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước đây mỗi khung xe phải căn chỉnh bằng tay, mất 45 phút, tỷ lệ lỗi mối hàn khoảng 6%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả bản chất của sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phần quan trọng nhất: giải pháp là gì, gồm những bộ phận hoặc bước nào, thực hiện ra sao, để người khác đọc có thể làm theo. Viết theo thứ tự các bước; nếu có bản vẽ, ảnh, hãy đính kèm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bước 1: chế tạo đồ gá bằng thép hộp 40×40 có 4 chốt định vị… Bước 2: đặt khung lên đồ gá, kẹp bằng cam lệch tâm… Bước 3: hàn theo thứ tự…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm khác với cách làm đang có tại đơn vị. Sáng kiến chỉ cần mới trong phạm vi đơn vị: chưa ai đề nghị, chưa được công bố để làm theo, chưa là quy định bắt buộc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin cần được bảo mật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phần nội dung không được công bố (bí mật kinh doanh, bản vẽ riêng). Nếu không có, để trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều kiện cần thiết để áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiết bị, vật tư, con người, kinh phí cần có để đơn vị khác áp dụng được sáng kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền tiết kiệm hoặc làm lợi được trong một năm áp dụng, sau khi trừ chi phí tạo ra sáng kiến. Ghi số đồng, ví dụ 120.000.000. Giá trị này còn là căn cứ trả thù lao cho tác giả (ít nhất 7% mỗi năm trong 3 năm đầu, Nghị định 13/2012/NĐ-CP, Điều 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>120.000.000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lợi ích xã hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lợi ích không quy được ra tiền: an toàn lao động, môi trường, điều kiện làm việc, chất lượng dịch vụ cho người dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công nhân không còn phải cúi người khi căn chỉnh, giảm mỏi lưng; không xảy ra tai nạn kẹp tay từ khi áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách tính giá trị làm lợi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi rõ phép tính để hội đồng kiểm tra được: lượng tiết kiệm × đơn giá × thời gian, trừ chi phí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiết kiệm 30 phút/khung × 20 khung/ngày × 250 ngày × 60.000 đồng/giờ = 150.000.000 đồng; trừ chi phí chế tạo đồ gá 30.000.000 đồng = 120.000.000 đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả trên cổng trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản tóm tắt để dán vào ô mô tả của cổng, đếm ký tự đúng như cổng đếm (mỗi chữ có dấu là một ký tự, mỗi lần xuống dòng là một). Nêu ngắn gọn: vấn đề, giải pháp, điểm mới, hiệu quả. Nút “Tạo từ phần mô tả” dựng sẵn và cho xem phần bị cắt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trước đây kiểm tra đường may bằng mắt, tỷ lệ lỗi 5%. Giải pháp: gá đèn soi và thước mẫu tại mỗi chuyền… Hiệu quả: giảm lỗi còn 1%, làm lợi 120.000.000 đồng/năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh, PDF hoặc Word: quyết định công nhận, bảng tính giá trị làm lợi, ảnh sản phẩm, xác nhận của đơn vị. Không đính kèm ảnh chụp CCCD: đó là dữ liệu cá nhân nhạy cảm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Tạo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không được công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tạo phiên bản sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có phiên bản sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển vào thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khôi phục từ thùng rác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập từ tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đổi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại giải pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ đầu tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Áp dụng thử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng trước khi có sáng kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung giải pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin cần bảo mật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều kiện áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị làm lợi (theo tác giả)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lợi ích xã hội (theo tác giả)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị làm lợi (theo đơn vị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lợi ích xã hội (theo đơn vị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách tính giá trị làm lợi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mô tả cho cổng trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày nghiệm thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ trưởng xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam kết không trái trật tự công cộng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam kết không thuộc đối tượng bảo hộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có khiếu nại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có tranh chấp tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người tham gia áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trình độ chuyên môn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chủ nhiệm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan, doanh nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định thành lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày quyết định thành lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hệ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm sàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại nếu dưới sàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gợi ý chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng điểm từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều kiện thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ phiếu cao nhất và thấp nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phiếu tối thiểu để bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngưỡng cảnh báo lệch điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quy tắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số có mặt tối thiểu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tỷ lệ tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tính tỷ lệ trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành viên có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiếu đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giá trị làm lợi được công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiền thưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thứ tự trong phụ lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan ra quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuỗi phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã định danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tổng số thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>số có mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Không ghi hay đọc được tệp: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paper_output</name>
    <message>
        <source>Lưu văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn thư mục lưu văn bản</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rubric_tables</name>
    <message>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hệ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm sàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loại nếu dưới sàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gợi ý chấm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng điểm từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều kiện thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dòng %1: “%2” phải là một số không âm (đã nhập “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí “%1” cần điểm tối đa lớn hơn 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm sàn của tiêu chí “%1” lớn hơn điểm tối đa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hội đồng cần ít nhất một tiêu chí chấm điểm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều kiện về điểm từng tiêu chí đi theo bộ tiêu chí mặc định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần ít nhất một mức kết quả được công nhận (ví dụ “Đạt” từ 50 điểm).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xlsx_actions</name>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được tệp Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất danh sách hồ sơ ra Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xuất %1 hồ sơ ra %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu mẫu Excel để nhập hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu mẫu nhập hồ sơ ra %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
