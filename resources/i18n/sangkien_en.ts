<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(chế độ di động: dữ liệu nằm cạnh chương trình)</source>
        <translation>(portable mode: the data is beside the program)</translation>
    </message>
    <message>
        <source>Giấy phép: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Không đọc được toàn văn giấy phép: %1</source>
        <translation>Cannot read the full licence text: %1</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Quản lý hồ sơ sáng kiến cho công đoàn cơ sở. Chương trình chạy hoàn toàn trên máy này, không cần mạng.</source>
        <translation>Manages initiative dossiers for grassroots trade unions. The program runs entirely on this computer and needs no network.</translation>
    </message>
    <message>
        <source>Phiên bản:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Bấm để mở thư mục trong trình quản lý tệp</source>
        <translation>Click to open the folder in the file manager</translation>
    </message>
    <message>
        <source>Thư mục sao lưu:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Nền tảng:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Phần mềm nguồn mở đi kèm và giấy phép của chúng (chọn một mục để xem toàn văn):</source>
        <translation>Bundled open-source software and its licences (select an item to read the full text):</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Quản lý hồ sơ sáng kiến cho công đoàn cơ sở. Dữ liệu dùng chung nằm trên máy chủ của cơ quan: máy này cần kết nối mạng tới máy chủ đó.</source>
        <translation>Initiative dossiers for grassroots trade unions. The shared data is on the office&apos;s server: this computer needs a network connection to it.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở:</source>
        <translation>Data open:</translation>
    </message>
</context>
<context>
    <name>AchievementChart</name>
    <message>
        <source>Chưa có chỉ tiêu hay hồ sơ nào.</source>
        <translation>No targets or dossiers yet.</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Đã đạt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Đạt chỉ tiêu</source>
        <translation>Target met</translation>
    </message>
</context>
<context>
    <name>AttachmentsStep</name>
    <message>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <source>Ảnh, PDF, Word (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.pdf *.docx)</source>
        <translation>Images, PDF, Word (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.pdf *.docx)</translation>
    </message>
    <message>
        <source>Có tệp không đính kèm được</source>
        <translation>Some files could not be attached</translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Bản lưu của tệp “%1” bị thiếu hoặc đã bị thay đổi. Hãy gỡ tệp này khỏi hồ sơ và đính kèm lại từ bản gốc.</source>
        <translation>The stored copy of “%1” is missing or has been changed. Remove this file from the dossier and attach it again from the original.</translation>
    </message>
    <message>
        <source>(không phải giấy tờ bắt buộc)</source>
        <translation>(not a required document)</translation>
    </message>
    <message>
        <source>%1 (không có trong chương trình này)</source>
        <translation>%1 (not in this programme)</translation>
    </message>
    <message>
        <source>Tệp này là giấy tờ nào chương trình yêu cầu</source>
        <translation>Which document the programme requires this file is</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>Sao lưu không thành công: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>Sao lưu không thành công</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Mở danh sách bản sao lưu tốt để khôi phục ngay?</source>
        <translation>Open the list of good backups to restore now?</translation>
    </message>
    <message>
        <source>Dữ liệu bị hỏng</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <source>Đang sao lưu, xin chờ…</source>
        <translation>Backing up, please wait…</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Đã sao lưu %1 và các tệp đính kèm vào %2</source>
        <translation>Backed up %1 and their attachments to %2</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>hỏng</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Sao lưu không thành công</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Bản sao lưu Sáng kiến (*.zip)</source>
        <translation>Sáng kiến backups (*.zip)</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được sao lưu vào %1.</source>
        <translation>The data as it was before the restore was backed up to %1.</translation>
    </message>
    <message>
        <source>Chọn ổ USB hoặc thư mục để chép bản sao lưu vào</source>
        <translation>Choose a USB drive or folder to copy the backup to</translation>
    </message>
    <message>
        <source>Không chép được</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <source>Chép bản sao lưu</source>
        <translation>Copy backup</translation>
    </message>
    <message>
        <source>Đã chép và kiểm tra lại bản sao lưu (%1, mã kiểm tra khớp):
%2</source>
        <translation>Copied and verified the backup (%1, checksum matches):
%2</translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Thư mục sao lưu:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Mỗi bản sao lưu gồm cơ sở dữ liệu và mọi tệp đính kèm. Chương trình tự sao lưu mỗi ngày khi mở, trước khi nâng cấp dữ liệu và trước khi nhập dữ liệu; giữ 7 bản hằng ngày và 4 bản hằng tuần. Ổ cứng có thể hỏng bất cứ lúc nào: hãy thường xuyên chép một bản ra ổ USB.</source>
        <translation>Each backup holds the database and every attached file. The program backs up automatically once a day when it opens, before upgrading the data and before importing data; it keeps 7 daily and 4 weekly backups. A hard disk can fail at any time: copy a backup to a USB drive regularly.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Khôi phục…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Khôi phục từ &amp;tệp…</source>
        <translation>Restore from &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Chép ra USB…</source>
        <translation>&amp;Copy to USB…</translation>
    </message>
    <message>
        <source>&amp;Mở thư mục</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về bản sao lưu lúc %1 (%2)?

Dữ liệu hiện tại (%3) sẽ được sao lưu trước, rồi mới được thay bằng dữ liệu của bản sao lưu.</source>
        <translation>Restore the data to the backup of %1 (%2)?

The current data (%3) will be backed up first, then replaced by the data of the backup.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu của bản sao lưu lúc %1 (%2).</source>
        <translation>Restored the data of the backup taken at %1 (%2).</translation>
    </message>
    <message>
        <source>Dữ liệu:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Dữ liệu dùng chung được khôi phục vào một cơ sở dữ liệu trống trên máy chủ; dữ liệu đang dùng không bị thay đổi.</source>
        <translation>Shared data is restored into an empty database on the server; the data in use is not changed.</translation>
    </message>
    <message>
        <source>%1 (thư mục cũ)</source>
        <translation>%1 (earlier folder)</translation>
    </message>
    <message>
        <source>Trong thư mục sao lưu dùng trước đây: %1</source>
        <translation>In a backups folder used before: %1</translation>
    </message>
    <message>
        <source>Các bản sao lưu trong thư mục sao lưu dùng trước đây vẫn được liệt kê, khôi phục và chép ra được.</source>
        <translation>Backups in a backups folder used before are still listed, and can be restored and copied.</translation>
    </message>
    <message>
        <source>Thư mục cũ:</source>
        <translation>Earlier folders:</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Xóa hẳn</source>
        <translation>Delete permanently</translation>
    </message>
    <message numerus="yes">
        <source>Xóa hẳn %n hồ sơ đã chọn? Không thể hoàn tác.</source>
        <translation>
            <numerusform>Permanently delete the selected dossier? This cannot be undone.</numerusform>
            <numerusform>Permanently delete the %n selected dossiers? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không xóa hẳn được</source>
        <translation>Cannot delete permanently</translation>
    </message>
    <message>
        <source>Dọn sạch thùng rác</source>
        <translation>Empty the bin</translation>
    </message>
    <message numerus="yes">
        <source>Xóa hẳn toàn bộ %n hồ sơ trong thùng rác? Không thể hoàn tác.</source>
        <translation>
            <numerusform>Permanently delete the %n dossier in the bin? This cannot be undone.</numerusform>
            <numerusform>Permanently delete all %n dossiers in the bin? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thùng rác</source>
        <translation>Bin</translation>
    </message>
    <message>
        <source>Hồ sơ đã xóa nằm ở đây cho đến khi bạn xóa hẳn. Chọn hồ sơ rồi bấm “Khôi phục” để đưa về danh sách.</source>
        <translation>Deleted dossiers stay here until you delete them permanently. Select a dossier and click “Restore” to put it back in the list.</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Xóa hẳn</source>
        <translation>&amp;Delete permanently</translation>
    </message>
    <message>
        <source>Giữ hồ sơ trong thùng rác nhưng xóa số CCCD, điện thoại, ngày sinh, nơi thường trú của mọi người trong đó</source>
        <translation>Keep the dossier in the bin but erase the ID numbers, phones, birth dates and home addresses of everyone in it</translation>
    </message>
    <message>
        <source>Xóa &amp;dữ liệu cá nhân…</source>
        <translation>Erase &amp;personal data…</translation>
    </message>
    <message>
        <source>&amp;Dọn sạch thùng rác</source>
        <translation>&amp;Empty the bin</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Không dọn được thùng rác</source>
        <translation>Cannot empty the bin</translation>
    </message>
</context>
<context>
    <name>CheckDataDialog</name>
    <message>
        <source>Thư mục dữ liệu chỉ cho đọc: chỉ kiểm tra, không sửa gì.</source>
        <translation>The data folder is read-only: checking only, nothing is repaired.</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu</source>
        <translation>Check data</translation>
    </message>
    <message>
        <source>Không thấy vấn đề gì.</source>
        <translation>No problem found.</translation>
    </message>
    <message numerus="yes">
        <source>Còn %n vấn đề cần xử lý.</source>
        <translation>
            <numerusform>%n problem still needs attention.</numerusform>
            <numerusform>%n problems still need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã sửa xong những gì tìm thấy.</source>
        <translation>Everything found was repaired.</translation>
    </message>
    <message>
        <source>ĐÃ SỬA</source>
        <translation>REPAIRED</translation>
    </message>
    <message>
        <source>LỖI</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>LƯU Ý</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>Không kiểm tra được.</source>
        <translation>The check could not be run.</translation>
    </message>
    <message>
        <source>Đã hủy kiểm tra; không có gì bị thay đổi.</source>
        <translation>Check cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra lại</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Mở thư mục tệp thừa</source>
        <translation>&amp;Open the unused files folder</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Đã kiểm tra %1 và %2.</source>
        <translation>Checked %1 and %2.</translation>
    </message>
    <message>
        <source>Kiểm tra cơ sở dữ liệu (toàn vẹn, liên kết giữa các dữ liệu, chỉ mục tìm kiếm, chỉ mục so sánh hồ sơ giống nhau), mọi tệp đính kèm (có đủ và đúng nội dung không) và các tệp không hồ sơ nào dùng. Những gì sửa được an toàn sẽ được sửa: dựng lại các chỉ mục, chuyển tệp thừa sang một thư mục riêng, xóa tệp tạm còn sót. Dữ liệu hỏng thì không sửa tại chỗ: hãy khôi phục từ bản sao lưu.</source>
        <translation>Checks the database (integrity, links between records, the search index, the similarity index), every attachment (present, with the right content) and files no dossier uses. What can be repaired safely is repaired: the indexes are rebuilt, unused files are moved into a separate folder, leftover temporary files are removed. Damaged data is not repaired in place: restore it from a backup.</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Chưa kiểm tra được: có ô nhập chưa đúng dạng.</source>
        <translation>Cannot check yet: some fields are not in the right format.</translation>
    </message>
    <message>
        <source>Không có lỗi. Hồ sơ đạt các quy định đã kiểm tra.</source>
        <translation>No errors. The dossier meets the rules that were checked.</translation>
    </message>
    <message>
        <source>Theo quy định: %1 (phiên bản %2).</source>
        <translation>Rules: %1 (version %2).</translation>
    </message>
    <message>
        <source>Lỗi phải sửa trước khi đề nghị công nhận, đề nghị lên cấp trên hoặc xuất hồ sơ; cảnh báo được phép khi một người có tên xác nhận bỏ qua.</source>
        <translation>Errors must be fixed before the dossier is proposed for recognition, nominated to the upper level or exported; a warning may stand once a named person acknowledges it.</translation>
    </message>
    <message>
        <source>Không có lỗi hay cảnh báo nào.</source>
        <translation>No errors or warnings.</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>(đã xác nhận bỏ qua)</source>
        <translation>(acknowledged)</translation>
    </message>
    <message>
        <source>Chưa so sánh được</source>
        <translation>Cannot compare yet</translation>
    </message>
    <message>
        <source>Xác nhận bỏ qua</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Hãy chọn một cảnh báo trong bảng. Lỗi thì không bỏ qua được: cần sửa hồ sơ.</source>
        <translation>Select a warning in the table. Errors cannot be acknowledged: the dossier must be fixed.</translation>
    </message>
    <message>
        <source>Người xác nhận</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>Họ và tên người xác nhận bỏ qua cảnh báo:</source>
        <translation>Full name of the person acknowledging this warning:</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lý do bỏ qua (sẽ in kèm hồ sơ):</source>
        <translation>Reason for acknowledging (printed with the dossier):</translation>
    </message>
    <message>
        <source>Chưa xác nhận</source>
        <translation>Not acknowledged</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>errors, unacknowledged warnings</comment>
        <translation>%1, %2.</translation>
    </message>
</context>
<context>
    <name>CheckRefresher</name>
    <message>
        <source>Đang kiểm tra lại hồ sơ</source>
        <translation>Checking dossiers again</translation>
    </message>
    <message>
        <source>Chưa kiểm tra lại được hồ sơ: %1</source>
        <translation>Could not check the dossiers again: %1</translation>
    </message>
</context>
<context>
    <name>CouncilsDialog</name>
    <message>
        <source>tổng số thành viên</source>
        <translation>all members</translation>
    </message>
    <message>
        <source>số thành viên có mặt</source>
        <translation>members present</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Học hàm, học vị</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>Chức vụ, nơi công tác</source>
        <translation>Position, workplace</translation>
    </message>
    <message>
        <source>Thủ trưởng của đơn vị</source>
        <translation>Heads the unit</translation>
    </message>
    <message>
        <source>Đơn vị mà thành viên làm thủ trưởng (ví dụ “Phòng Kỹ thuật”): thành viên tự động không chấm hồ sơ của tác giả thuộc đơn vị đó.</source>
        <translation>The unit this member heads (e.g. “Phòng Kỹ thuật”): the member is automatically kept out of dossiers whose authors belong to it.</translation>
    </message>
    <message>
        <source>Xếp loại A, B, C (từ 85, 70, 50 điểm)</source>
        <translation>Grades A, B, C (from 85, 70, 50 points)</translation>
    </message>
    <message>
        <source>Đạt / không đạt (từ 50 điểm)</source>
        <translation>Pass / fail (from 50 points)</translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Hội đồng có thay đổi chưa lưu. Lưu trước?</source>
        <translation>The council has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến</source>
        <translation>Initiative councils</translation>
    </message>
    <message>
        <source>Tổng điểm tối đa: %1</source>
        <translation>Maximum total score: %1</translation>
    </message>
    <message>
        <source>Ngày quyết định thành lập</source>
        <translation>Date of the founding decision</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hội đồng theo đơn vị và năm&lt;/b&gt;</source>
        <translation>&lt;b&gt;Councils by unit and year&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Thêm Hội đồng</source>
        <translation>&amp;Add council</translation>
    </message>
    <message>
        <source>Thông tin và thành viên</source>
        <translation>Details and members</translation>
    </message>
    <message>
        <source>Tên Hội đồng:</source>
        <translation>Council name:</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến Công ty …</source>
        <translation>Initiative Council of … Company</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Cơ quan, doanh nghiệp:</source>
        <translation>Agency, enterprise:</translation>
    </message>
    <message>
        <source>Tên in ở đầu biên bản và phiếu đánh giá</source>
        <translation>Name printed at the top of the minutes and score sheets</translation>
    </message>
    <message>
        <source>Quyết định thành lập số:</source>
        <translation>Founding decision no.:</translation>
    </message>
    <message>
        <source>05/QĐ-CT</source>
        <translation>05/QĐ-CT</translation>
    </message>
    <message>
        <source>Ngày:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Theo bộ &amp;quy định:</source>
        <translation>Under &amp;rule pack:</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý, quy tắc biểu quyết, tiêu chí chấm điểm và điều kiện xét mà Hội đồng áp dụng. Sửa tiêu chí hoặc quy tắc ở đây thì Hội đồng có bộ quy định riêng.</source>
        <translation>The legal basis, pass rule, scoring rubric and eligibility conditions the council applies. Changing the criteria or the rules here gives the council its own rule pack.</translation>
    </message>
    <message>
        <source>Các bộ &amp;quy định…</source>
        <translation>&amp;Rule packs…</translation>
    </message>
    <message>
        <source>Họp hợp lệ khi có mặt ít nhất</source>
        <translation>Quorum: at least</translation>
    </message>
    <message>
        <source>số thành viên;   công nhận khi tán thành ít nhất</source>
        <translation>of members present;   recognised when approved by at least</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thành viên&lt;/b&gt; (một Chủ tịch; thành viên rời Hội đồng vẫn được giữ trong các phiếu cũ)</source>
        <translation>&lt;b&gt;Members&lt;/b&gt; (one chair; members who left the council stay on their old score sheets)</translation>
    </message>
    <message>
        <source>Thêm thành &amp;viên</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <source>&amp;Bỏ thành viên</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Tiêu chí chấm điểm</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiêu chí&lt;/b&gt; — điểm sàn: dưới mức này tiêu chí không đạt; “Loại” đánh dấu tiêu chí mà không đạt thì hồ sơ không được công nhận dù tổng điểm cao.</source>
        <translation>&lt;b&gt;Criteria&lt;/b&gt; — pass mark: below it the criterion fails; “Disqualifying” marks a criterion that, when failed, stops the dossier from being recognised however high its total.</translation>
    </message>
    <message>
        <source>Thêm &amp;tiêu chí</source>
        <translation>Add &amp;criterion</translation>
    </message>
    <message>
        <source>Bỏ tiêu chí</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>Dùng bộ &amp;mặc định</source>
        <translation>Use the &amp;defaults</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kết quả theo tổng điểm&lt;/b&gt; (mức cao nhất trước; dưới mọi mức là “Không đạt”)</source>
        <translation>&lt;b&gt;Result by total score&lt;/b&gt; (highest grade first; below every grade is “Fail”)</translation>
    </message>
    <message>
        <source>Thêm mức</source>
        <translation>Add grade</translation>
    </message>
    <message>
        <source>Bỏ mức</source>
        <translation>Remove grade</translation>
    </message>
    <message>
        <source>Bỏ phiếu cao nhất và thấp nhất khi có từ</source>
        <translation>Drop the highest and lowest scores when there are at least</translation>
    </message>
    <message>
        <source> phiếu</source>
        <translation> score sheets</translation>
    </message>
    <message>
        <source> điểm</source>
        <translation> points</translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source> (đã lưu trữ)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Bỏ &amp;lưu trữ</source>
        <translation>&amp;Unarchive</translation>
    </message>
    <message>
        <source>&amp;Xóa Hội đồng…</source>
        <translation>&amp;Delete council…</translation>
    </message>
    <message>
        <source>Hội đồng “%1” đã họp nên không xóa được: các cuộc họp, phiếu đánh giá và biên bản đã ghi vẫn cần đến nó.

Lưu trữ Hội đồng này? Nó sẽ không còn trong danh sách chọn khi ghi cuộc họp mới; bạn có thể bỏ lưu trữ sau.</source>
        <translation>The council “%1” has met, so it cannot be deleted: its recorded meetings, score sheets and minutes still need it.

Archive this council? It will no longer be offered when recording a new meeting; you can unarchive it later.</translation>
    </message>
    <message>
        <source>Xóa Hội đồng “%1”? Hội đồng này chưa họp lần nào.</source>
        <translation>Delete the council “%1”? It has never met.</translation>
    </message>
    <message>
        <source>Lưu trữ Hội đồng</source>
        <translation>Archive council</translation>
    </message>
    <message>
        <source>Xóa Hội đồng</source>
        <translation>Delete council</translation>
    </message>
    <message>
        <source>Cảnh báo khi điểm các thành viên lệch nhau quá:</source>
        <translation>Warn when the members&apos; scores differ by more than:</translation>
    </message>
    <message>
        <source>Xóa Hội đồng chưa họp lần nào; Hội đồng đã họp được lưu trữ (ẩn khỏi danh sách chọn, giữ lại cho các cuộc họp đã ghi)</source>
        <translation>Deletes a council that has never met; a council that has met is archived (no longer offered, kept for its recorded meetings)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Không bỏ lưu trữ được</source>
        <translation>Cannot unarchive</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>không rõ số hồ sơ</source>
        <translation>number of dossiers unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tệp</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tệp đính kèm</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n đơn vị</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n đợt đề nghị</source>
        <translation>
            <numerusform>%n nomination</numerusform>
            <numerusform>%n nominations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lỗi</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cảnh báo chưa xác nhận</source>
        <translation>
            <numerusform>%n unacknowledged warning</numerusform>
            <numerusform>%n unacknowledged warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dòng có lỗi</source>
        <translation>
            <numerusform>%n row has errors</numerusform>
            <numerusform>%n rows have errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mục lịch sử</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mục dữ liệu</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bản nháp</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDataDialog</name>
    <message>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Bản sao lưu Sáng kiến (*.zip)</source>
        <translation>Sáng kiến backups (*.zip)</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Tệp dữ liệu hỏng được giữ trong %1.</source>
        <translation>The damaged data file is kept in %1.</translation>
    </message>
    <message>
        <source>Dữ liệu bị hỏng</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <source>Chọn một bản sao lưu tốt để khôi phục (bản mới nhất ở trên cùng). Tệp dữ liệu hỏng không bị xóa: nó được giữ lại trong thư mục sao lưu dưới tên có ngày giờ.</source>
        <translation>Choose a good backup to restore (the newest is at the top). The damaged data file is not deleted: it is kept in the backups folder under a dated name.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Trong thư mục sao lưu không có bản sao lưu tốt nào. Nếu bạn đã chép bản sao lưu ra ổ USB, hãy chọn “Khôi phục từ tệp…”. Đừng xóa tệp nào trong thư mục dữ liệu; hãy nhờ người hỗ trợ kỹ thuật.</source>
        <translation>The backups folder holds no good backup. If you copied a backup to a USB stick, choose “Restore from file…”. Do not delete any file in the data folder; ask for technical support.</translation>
    </message>
    <message>
        <source>&amp;Khôi phục bản đã chọn</source>
        <translation>&amp;Restore the selected backup</translation>
    </message>
    <message>
        <source>Khôi phục từ &amp;tệp…</source>
        <translation>Restore from &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Mở thư mục sao lưu</source>
        <translation>&amp;Open the backups folder</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về bản sao lưu lúc %1 (%2)?

Tệp dữ liệu hỏng được giữ lại trong thư mục sao lưu dưới tên có ngày giờ; những gì nhập sau lúc sao lưu sẽ không có trong dữ liệu khôi phục.</source>
        <translation>Restore the data to the backup taken at %1 (%2)?

The damaged data file is kept in the backup folder under a dated name; anything entered after the backup was taken will not be in the restored data.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu của bản sao lưu lúc %1 (%2).</source>
        <translation>Restored the data of the backup taken at %1 (%2).</translation>
    </message>
</context>
<context>
    <name>DecisionsDialog</name>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cơ quan ra quyết định</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Không công nhận</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Giá trị làm lợi / lý do</source>
        <translation>Benefit / reason</translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>Giấy chứng nhận</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Quyết định này không công nhận sáng kiến nào.</source>
        <translation>This decision recognises no initiative.</translation>
    </message>
    <message>
        <source>Quyết định số %1</source>
        <translation>Decision no. %1</translation>
    </message>
    <message>
        <source>Quyết định công nhận sáng kiến</source>
        <translation>Initiative recognition decisions</translation>
    </message>
    <message>
        <source>Quyết định công nhận đã ban hành. Hồ sơ được công nhận bị khóa nội dung; muốn sửa, mở hồ sơ và tạo phiên bản sửa đổi.</source>
        <translation>The recognition decision has been issued. Recognised dossiers are locked; to change one, open it and create a corrected version.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ trong quyết định đang chọn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossiers in the selected decision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Ra quyết định mới…</source>
        <translation>&amp;New decision…</translation>
    </message>
    <message>
        <source>In &amp;quyết định…</source>
        <translation>Print &amp;decision…</translation>
    </message>
    <message>
        <source>In &amp;giấy chứng nhận…</source>
        <translation>Print &amp;certificates…</translation>
    </message>
    <message>
        <source>&amp;Mở hồ sơ</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Cả PDF và Word (DOCX)</source>
        <translation>Both PDF and Word (DOCX)</translation>
    </message>
    <message>
        <source>Đề xuất số tiếp theo chưa dùng của năm %1; bạn có thể sửa. Số được ghi vào sổ văn bản khi lưu, mở hoặc in văn bản.</source>
        <translation>The next unused number of %1 is proposed; you may change it. The number is entered in the document register when the document is saved, opened or printed.</translation>
    </message>
    <message>
        <source>(văn bản này không đánh số)</source>
        <translation>(this document has no number)</translation>
    </message>
    <message>
        <source>Đang làm văn bản…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>Không ghi được tệp: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Đã lưu: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Đã mở: %1</source>
        <translation>Opened: %1</translation>
    </message>
    <message>
        <source>Đã gửi văn bản tới máy in.</source>
        <translation>The document was sent to the printer.</translation>
    </message>
    <message>
        <source>Đang chuẩn bị bản xem trước…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Làm văn bản</source>
        <translation>Make a document</translation>
    </message>
    <message>
        <source>Văn bản được làm từ dữ liệu đã lưu, đúng thể thức Nghị định 30/2020/NĐ-CP.</source>
        <translation>Documents are made from the saved data, in the form required by Decree 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <source>&amp;Văn bản:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Định &amp;dạng:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Số văn bản:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>/BB-HĐSK</source>
        <translation>/BB-HĐSK</translation>
    </message>
    <message>
        <source>&amp;Lưu thành tệp…</source>
        <translation>&amp;Save as file…</translation>
    </message>
    <message>
        <source>&amp;Mở để xem</source>
        <translation>&amp;Open to view</translation>
    </message>
    <message>
        <source>Mở văn bản bằng chương trình xem PDF hoặc soạn thảo Word của máy</source>
        <translation>Open the document in this computer&apos;s PDF viewer or word processor</translation>
    </message>
    <message>
        <source>&amp;Xem trước và in…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Mỗi tờ một số: tờ đầu lấy số này, các tờ sau lấy số kế tiếp chưa dùng; tờ đã có số giữ số của nó.</source>
        <translation>One number per paper: the first takes this number, the others the next unused ones; a paper that already has a number keeps it.</translation>
    </message>
    <message>
        <source>Không giữ được số</source>
        <translation>Cannot reserve the number</translation>
    </message>
</context>
<context>
    <name>DossierCommands</name>
    <message>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Xóa hồ sơ</source>
        <translation>Delete dossier</translation>
    </message>
    <message>
        <source>Chuyển hồ sơ “%1” vào thùng rác?
Bạn có thể khôi phục nó từ Thùng rác.</source>
        <translation>Move the dossier “%1” to the bin?
You can restore it from the Bin.</translation>
    </message>
    <message numerus="yes">
        <source>Đã nộp %n hồ sơ cho Hội đồng.</source>
        <translation>
            <numerusform>Submitted %n dossier to the council.</numerusform>
            <numerusform>Submitted %n dossiers to the council.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã chọn mọi hồ sơ khớp bộ lọc (kể cả những hồ sơ chưa hiện trong danh sách).</source>
        <translation>Selected every dossier the filter matches (including those not yet shown in the list).</translation>
    </message>
    <message numerus="yes">
        <source>Đã chọn cả %n hồ sơ khớp bộ lọc (kể cả những hồ sơ chưa hiện trong danh sách).</source>
        <translation>
            <numerusform>Selected the %n dossier the filter matches (including any not yet shown in the list).</numerusform>
            <numerusform>Selected all %n dossiers the filter matches (including those not yet shown in the list).</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang kiểm tra hồ sơ…</source>
        <translation>Checking dossiers…</translation>
    </message>
    <message>
        <source>Đã dừng kiểm tra; chưa có kết quả.</source>
        <translation>Check stopped; no results yet.</translation>
    </message>
    <message numerus="yes">
        <source>Đã kiểm tra %n hồ sơ: %1, %2.</source>
        <translation>
            <numerusform>Checked %n dossier: %1, %2.</numerusform>
            <numerusform>Checked %n dossiers: %1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lỗi</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cảnh báo chưa xác nhận</source>
        <translation>
            <numerusform>%n unacknowledged warning</numerusform>
            <numerusform>%n unacknowledged warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Kết quả kiểm tra</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Khôi phục nội dung chưa lưu</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>Hồ sơ “%1” có nội dung chưa lưu, tự động ghi lúc %2 (có thể do chương trình bị tắt đột ngột). Mở lại để xem và lưu?</source>
        <translation>The dossier “%1” has unsaved changes, recorded automatically at %2 (perhaps the program was closed unexpectedly). Open it to review and save them?</translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Không bỏ được nội dung chưa lưu</source>
        <translation>Cannot discard the unsaved content</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <source>Không mở được hồ sơ</source>
        <translation>Cannot open the dossier</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>(tự cấp khi lưu)</source>
        <translation>(assigned when saved)</translation>
    </message>
    <message>
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Hồ sơ có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation>The dossier has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <source>Mô tả cho cổng trực tuyến</source>
        <translation>Portal description</translation>
    </message>
    <message>
        <source>Văn bản dựng từ phần mô tả (%1). Dùng văn bản này?</source>
        <translation>Text built from the description (%1). Use this text?</translation>
    </message>
    <message>
        <source>Phần bị cắt bớt:</source>
        <translation>Part cut off:</translation>
    </message>
    <message>
        <source>Hồ sơ sáng kiến</source>
        <translation>Initiative dossier</translation>
    </message>
    <message>
        <source>Mở phiên bản khác</source>
        <translation>Open another version</translation>
    </message>
    <message>
        <source>Tạo phiên bản sửa đổi</source>
        <translation>Create a corrected version</translation>
    </message>
    <message>
        <source>1. Thông tin chung</source>
        <translation>1. General</translation>
    </message>
    <message>
        <source>2. Tác giả</source>
        <translation>2. Authors</translation>
    </message>
    <message>
        <source>3. Mô tả giải pháp</source>
        <translation>3. Description</translation>
    </message>
    <message>
        <source>4. Lợi ích</source>
        <translation>4. Benefits</translation>
    </message>
    <message>
        <source>5. Áp dụng</source>
        <translation>5. Application</translation>
    </message>
    <message>
        <source>6. Đính kèm</source>
        <translation>6. Attachments</translation>
    </message>
    <message>
        <source>7. Kiểm tra</source>
        <translation>7. Check</translation>
    </message>
    <message>
        <source>Tên sáng kiến (*):</source>
        <translation>Initiative title (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Cải tiến quy trình kiểm tra chất lượng đường may</source>
        <translation>Example: Improved quality inspection of seams</translation>
    </message>
    <message>
        <source>Mã hồ sơ:</source>
        <translation>Dossier code:</translation>
    </message>
    <message>
        <source>Chương trình:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>Loại giải pháp (*):</source>
        <translation>Kind of solution (*):</translation>
    </message>
    <message>
        <source>Đối tượng:</source>
        <translation>Target group:</translation>
    </message>
    <message>
        <source>Lĩnh vực áp dụng (*):</source>
        <translation>Field of application (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Sản xuất hàng may mặc; Quản lý hành chính</source>
        <translation>Example: Garment manufacturing; Administrative management</translation>
    </message>
    <message>
        <source>Đơn vị áp dụng (*):</source>
        <translation>Unit applying it (*):</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation>Province, city:</translation>
    </message>
    <message>
        <source>Khối:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Chủ đầu tư tạo ra sáng kiến:</source>
        <translation>Investor who funded the initiative:</translation>
    </message>
    <message>
        <source>Để trống nếu tác giả tự đầu tư</source>
        <translation>Leave empty if the authors funded it themselves</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Ghi chú nội bộ:</source>
        <translation>Internal notes:</translation>
    </message>
    <message>
        <source>Chỉ lưu trong máy, không in ra văn bản</source>
        <translation>Kept on this computer only, never printed</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Trình độ chuyên môn</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp (%)</source>
        <translation>Contribution share (%)</translation>
    </message>
    <message>
        <source>Chủ nhiệm</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Thêm tác giả</source>
        <translation>Add author</translation>
    </message>
    <message>
        <source>Xóa tác giả</source>
        <translation>Remove author</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Số CCCD và điện thoại là dữ liệu cá nhân: chỉ dùng cho cổng trực tuyến, không in trên giấy tờ họp.</source>
        <translation>ID and phone numbers are personal data: used only for the online portal, never printed on meeting papers.</translation>
    </message>
    <message>
        <source>Tình trạng trước khi có sáng kiến:</source>
        <translation>Situation before the initiative:</translation>
    </message>
    <message>
        <source>Công việc được làm thế nào, có khó khăn, hạn chế gì</source>
        <translation>How the work was done, and its difficulties and shortcomings</translation>
    </message>
    <message>
        <source>Mô tả bản chất của sáng kiến (*):</source>
        <translation>Description of the solution (*):</translation>
    </message>
    <message>
        <source>Giải pháp gồm những bước nào, làm như thế nào</source>
        <translation>What steps the solution has and how it works</translation>
    </message>
    <message>
        <source>Tính mới:</source>
        <translation>Novelty:</translation>
    </message>
    <message>
        <source>Điểm khác với cách làm trước đây tại đơn vị</source>
        <translation>How it differs from the way things were done in the unit</translation>
    </message>
    <message>
        <source>Thông tin cần được bảo mật:</source>
        <translation>Information to keep confidential:</translation>
    </message>
    <message>
        <source>Nếu không có, để trống</source>
        <translation>Leave empty if there is none</translation>
    </message>
    <message>
        <source>Mô tả trên cổng trực tuyến:</source>
        <translation>Portal description:</translation>
    </message>
    <message>
        <source>Bản tóm tắt để dán vào ô mô tả của cổng</source>
        <translation>A summary to paste into the portal&apos;s description box</translation>
    </message>
    <message>
        <source>Tạo từ phần mô tả…</source>
        <translation>Build from the description…</translation>
    </message>
    <message>
        <source>Theo ý kiến của tác giả</source>
        <translation>According to the authors</translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đồng):</source>
        <translation>Economic benefit (VND):</translation>
    </message>
    <message>
        <source>Ví dụ: 120.000.000</source>
        <translation>Example: 120.000.000</translation>
    </message>
    <message>
        <source>Lợi ích xã hội:</source>
        <translation>Social benefit:</translation>
    </message>
    <message>
        <source>Theo ý kiến của tổ chức, cá nhân đã áp dụng</source>
        <translation>According to the organisation or person that applied it</translation>
    </message>
    <message>
        <source>Cách tính giá trị làm lợi:</source>
        <translation>How the benefit was computed:</translation>
    </message>
    <message>
        <source>Ví dụ: tiết kiệm 2 giờ công/ngày × 250 ngày × 60.000 đồng/giờ</source>
        <translation>Example: saves 2 man-hours/day × 250 days × 60.000 VND/hour</translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu (*):</source>
        <translation>First application date (*):</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 15/09/2022</source>
        <translation>day/month/year, for example 15/09/2022</translation>
    </message>
    <message>
        <source>Áp dụng thử</source>
        <translation>Applied on trial</translation>
    </message>
    <message>
        <source>Điều kiện cần thiết để áp dụng:</source>
        <translation>Conditions needed to apply it:</translation>
    </message>
    <message>
        <source>Đề tài: ngày nghiệm thu:</source>
        <translation>Research project: acceptance date:</translation>
    </message>
    <message>
        <source>Có xác nhận của thủ trưởng đơn vị</source>
        <translation>Confirmed by the head of the unit</translation>
    </message>
    <message>
        <source>Cam đoan của tác giả (Nghị định 13/2012/NĐ-CP, Điều 3–4)</source>
        <translation>Authors&apos; declarations (Decree 13/2012/NĐ-CP, Articles 3–4)</translation>
    </message>
    <message>
        <source>Sáng kiến không trái với trật tự công cộng, đạo đức xã hội</source>
        <translation>The initiative is not contrary to public order or social ethics</translation>
    </message>
    <message>
        <source>Sáng kiến không thuộc đối tượng đang được bảo hộ quyền sở hữu trí tuệ</source>
        <translation>The initiative is not under intellectual property protection</translation>
    </message>
    <message>
        <source>Tình trạng hồ sơ</source>
        <translation>Dossier status</translation>
    </message>
    <message>
        <source>Có khiếu nại về nội dung hoặc kết quả</source>
        <translation>There is a complaint about its content or result</translation>
    </message>
    <message>
        <source>Có tranh chấp về quyền tác giả</source>
        <translation>There is a dispute about authorship</translation>
    </message>
    <message>
        <source>Người tham gia áp dụng thử hoặc áp dụng lần đầu</source>
        <translation>People who took part in the trial or first application</translation>
    </message>
    <message>
        <source>Nội dung công việc hỗ trợ</source>
        <translation>Work they contributed</translation>
    </message>
    <message>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Xóa người</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Ngày thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gỡ khỏi hồ sơ</source>
        <translation>Remove from dossier</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cách sửa</source>
        <translation>How to fix</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Quy tắc</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Đến chỗ cần sửa</source>
        <translation>Go to the field</translation>
    </message>
    <message>
        <source>Xác nhận bỏ qua cảnh báo…</source>
        <translation>Acknowledge warning…</translation>
    </message>
    <message>
        <source>So sánh với hồ sơ giống…</source>
        <translation>Compare with similar dossiers…</translation>
    </message>
    <message>
        <source>Xem cạnh nhau hồ sơ này và các hồ sơ giống nó nhất trong dữ liệu (kể cả hồ sơ nhận được), với các đoạn giống nhau được tô màu</source>
        <translation>Show this dossier side by side with the most similar dossiers in the data (received ones included), with the shared passages highlighted</translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>‹ Bước trước</source>
        <translation>‹ Previous step</translation>
    </message>
    <message>
        <source>Bước tiếp ›</source>
        <translation>Next step ›</translation>
    </message>
    <message>
        <source>Lịc&amp;h sử…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>Nộp Hội đồng</source>
        <translation>Submit to the council</translation>
    </message>
    <message>
        <source>Trạng thái đi theo việc đã làm: nộp Hội đồng, quyết định công nhận, đợt đề nghị đã gửi, đánh dấu đã cập nhật lên Cổng. Muốn quay lại thì rút việc đó, có ghi lý do.</source>
        <translation>The status follows what was done: submission to the council, the recognition decision, a sent nomination, the portal mark. To go back, withdraw that act, with a reason.</translation>
    </message>
    <message>
        <source>Giấy tờ bắt buộc</source>
        <translation>Required document</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Đính kèm ảnh, PDF hoặc Word (DOCX): quyết định công nhận, tài liệu tính giá trị làm lợi, ảnh sản phẩm. Ở cột “Giấy tờ bắt buộc”, chọn giấy tờ chương trình yêu cầu mà tệp này là. Không nên đính kèm ảnh chụp CCCD: đó là dữ liệu cá nhân nhạy cảm.</source>
        <translation>Attach images, PDF or Word (DOCX): the recognition decision, the benefit calculation, photos of the product. In the “Required document” column, choose which document the programme requires this file is. Do not attach photos of ID cards: they are sensitive personal data.</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source> (trước 7/2025)</source>
        <translation> (before 7/2025)</translation>
    </message>
    <message>
        <source>(tự cấp khi lưu)</source>
        <translation>(assigned when saved)</translation>
    </message>
    <message>
        <source>Tổng tỷ lệ: chưa tính được (có ô không phải số)</source>
        <translation>Total share: cannot be computed (a cell is not a number)</translation>
    </message>
    <message>
        <source>Tổng tỷ lệ đóng góp: %1 %</source>
        <translation>Total contribution share: %1 %</translation>
    </message>
    <message>
        <source>Tác giả được chương trình ghi nhận: %1</source>
        <translation>Author credited by the programme: %1</translation>
    </message>
    <message>
        <source>(có nhiều người cùng tỷ lệ cao nhất: hãy đánh dấu chủ nhiệm)</source>
        <translation>(several people share the largest share: mark the lead author)</translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu</source>
        <translation>First application date</translation>
    </message>
    <message>
        <source>Ngày nghiệm thu</source>
        <translation>Acceptance date</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Tên sáng kiến</source>
        <translation>Initiative title</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Loại giải pháp</source>
        <translation>Kind of solution</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tác giả chính</source>
        <translation>Lead author</translation>
    </message>
    <message>
        <source>Áp dụng lần đầu</source>
        <translation>First applied</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Bản đã được công nhận; đã có bản sửa đổi (bản %1) đang soạn hoặc đã thay thế.</source>
        <translation>Recognised version; a correction (version %1) is being written or has replaced it.</translation>
    </message>
    <message>
        <source>%1 · bản %2</source>
        <translation>%1 · v%2</translation>
    </message>
</context>
<context>
    <name>EditorDrafts</name>
    <message>
        <source>Đã lưu nháp lúc %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Khôi phục bản nháp?</source>
        <translation>Restore the draft?</translation>
    </message>
    <message>
        <source>Có nội dung chưa lưu của hồ sơ này, tự động ghi lúc %1 (có thể do chương trình bị tắt đột ngột). Khôi phục nội dung đó?</source>
        <translation>There are unsaved changes to this dossier, recorded automatically at %1 (perhaps the program was closed unexpectedly). Restore them?</translation>
    </message>
</context>
<context>
    <name>EditorGuide</name>
    <message>
        <source>Kiểm tra hồ sơ</source>
        <translation>Checking the dossier</translation>
    </message>
</context>
<context>
    <name>EditorSaving</name>
    <message>
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Đã lưu bản của anh/chị thành hồ sơ mới %1.</source>
        <translation>Your version was saved as a new dossier, %1.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa được lưu; dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>The dossier was not saved; the previous data is intact.</translation>
    </message>
</context>
<context>
    <name>EmptyListPage</name>
    <message>
        <source>Chưa có hồ sơ sáng kiến nào</source>
        <translation>No initiative dossiers yet</translation>
    </message>
    <message>
        <source>Bắt đầu bằng một trong bốn cách sau:</source>
        <translation>Start in one of these four ways:</translation>
    </message>
    <message>
        <source>Tạo hồ sơ &amp;mới</source>
        <translation>Create a &amp;new dossier</translation>
    </message>
    <message>
        <source>Nhập một sáng kiến từng bước: tên, tác giả, nội dung, hiệu quả, tệp đính kèm.</source>
        <translation>Enter one initiative step by step: title, authors, content, benefit, attachments.</translation>
    </message>
    <message>
        <source>Nhập từ &amp;Excel</source>
        <translation>Import from &amp;Excel</translation>
    </message>
    <message>
        <source>Danh sách sáng kiến năm trước trong một tệp Excel (có mẫu để điền).</source>
        <translation>Last year&apos;s list of initiatives in an Excel file (a template to fill in is available).</translation>
    </message>
    <message>
        <source>Nhập &amp;gói từ đơn vị khác</source>
        <translation>Import a &amp;package from another unit</translation>
    </message>
    <message>
        <source>Gói hồ sơ (.skpkg) mà đơn vị cấp dưới hoặc máy khác gửi đến.</source>
        <translation>A dossier package (.skpkg) sent by a lower unit or another computer.</translation>
    </message>
    <message>
        <source>Xem &amp;hướng dẫn</source>
        <translation>Read the &amp;guide</translation>
    </message>
    <message>
        <source>Các bước từ hồ sơ đến quyết định công nhận, đề nghị và cổng trực tuyến.</source>
        <translation>The steps from a dossier to the recognition decision, the nomination and the online portal.</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Xóa dữ liệu cá nhân trong hồ sơ “%1”</source>
        <translation>Erase personal data in dossier “%1”</translation>
    </message>
    <message>
        <source>Xóa số CCCD/CMND, số điện thoại, ngày sinh và nơi công tác / nơi thường trú của mọi người trong hồ sơ này (đang ở thùng rác). Họ tên và tỷ lệ đóng góp được giữ.</source>
        <translation>Erase the ID number, phone number, birth date and workplace / home address of everyone in this dossier (in the bin). Names and contribution shares are kept.</translation>
    </message>
    <message>
        <source>Tìm người</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>đã đóng băng, phiên bản %1</source>
        <translation>frozen, version %1</translation>
    </message>
    <message>
        <source>phiên bản %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>trong thùng rác</source>
        <translation>in the bin</translation>
    </message>
    <message>
        <source>(không còn)</source>
        <translation>(none left)</translation>
    </message>
    <message>
        <source>%1 thứ %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>sinh %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>CCCD %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Cùng họ tên, không có số để đối chiếu — kiểm tra: %1</source>
        <translation>Same name, no number to compare — check: %1</translation>
    </message>
    <message>
        <source>Không tìm thấy dữ liệu của người này.</source>
        <translation>No data of this person was found.</translation>
    </message>
    <message numerus="yes">
        <source>Ở %n hồ sơ.</source>
        <translation>
            <numerusform>In %n dossier.</numerusform>
            <numerusform>In %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Số CCCD hoặc điện thoại được gõ trong ghi chú, mô tả hay ghi chú tệp đính kèm của %n hồ sơ: sẽ thay bằng [đã xóa].</source>
        <translation>
            <numerusform>The ID or phone number was typed into a note, description or attachment note of %n dossier: it will be replaced by [erased].</numerusform>
            <numerusform>The ID or phone number was typed into notes, descriptions or attachment notes of %n dossiers: it will be replaced by [erased].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bản sao lưu đang giữ (cũ nhất %1) có thể còn dữ liệu này; chúng tự xóa sau khoảng 5 tuần, hoặc được ghi lại ngay nếu đánh dấu ô bên dưới.</source>
        <translation>
            <numerusform>%n retained backup (from %1) may still hold this data; it is deleted after about 5 weeks, or rewritten now if the box below is ticked.</numerusform>
            <numerusform>%n retained backups (the oldest from %1) may still hold this data; they are deleted after about 5 weeks, or rewritten now if the box below is ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sẽ xóa số CCCD/CMND, số điện thoại, ngày sinh và nơi công tác / nơi thường trú của %1 ở %n hồ sơ, cùng các số đó trong ghi chú, lịch sử và bản nháp tự lưu.</source>
        <translation>
            <numerusform>The ID number, phone number, birth date and workplace / home address of %1 will be erased in %n dossier, and those numbers in notes, the history and autosaved drafts.</numerusform>
            <numerusform>The ID number, phone number, birth date and workplace / home address of %1 will be erased in %n dossiers, and those numbers in notes, the history and autosaved drafts.</numerusform>
        </translation>
    </message>
    <message>
        <source>người đã tìm</source>
        <translation>the person searched for</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ đã được công nhận: nội dung pháp lý không đổi; việc xóa được ghi vào lịch sử hồ sơ (ngày, người xóa, lý do, mã kiểm tra trước và sau).</source>
        <translation>
            <numerusform>%n dossier is recognised: its legal content does not change; the erasure is recorded in its history (date, who, why, content hash before and after).</numerusform>
            <numerusform>%n dossiers are recognised: their legal content does not change; the erasure is recorded in their history (date, who, why, content hash before and after).</numerusform>
        </translation>
    </message>
    <message>
        <source>Giữ lại: họ tên, tỷ lệ đóng góp và mọi nội dung khác của hồ sơ; quyết định công nhận vẫn nguyên giá trị.</source>
        <translation>Kept: names, contribution shares and everything else in the dossiers; recognition decisions stay fully valid.</translation>
    </message>
    <message>
        <source>Sau đó các bản sao lưu đang giữ được ghi lại không còn dữ liệu này.</source>
        <translation>Then the retained backups are rewritten without this data.</translation>
    </message>
    <message>
        <source>Không thể hoàn tác. Xóa?</source>
        <translation>This cannot be undone. Erase?</translation>
    </message>
    <message>
        <source>Xóa dữ liệu cá nhân</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Đang xóa dữ liệu cá nhân…</source>
        <translation>Erasing personal data…</translation>
    </message>
    <message>
        <source>Chưa xóa được</source>
        <translation>Could not erase</translation>
    </message>
    <message>
        <source>Tệp dữ liệu chưa dọn được (đang được dùng); các giá trị cũ sẽ mất dần khi dữ liệu được ghi tiếp.</source>
        <translation>The data file could not be compacted (it is in use); the old values disappear as more data is written.</translation>
    </message>
    <message>
        <source>Bản sao lưu: %1 đã ghi lại, %2 không có dữ liệu này.</source>
        <translation>Backups: %1 rewritten, %2 without this data.</translation>
    </message>
    <message>
        <source>Bản sao lưu còn dữ liệu</source>
        <translation>Backups still holding the data</translation>
    </message>
    <message numerus="yes">
        <source>%n bản sao lưu không ghi lại được (phiên bản cũ hoặc bị lỗi) nên vẫn còn dữ liệu của người này:</source>
        <translation>
            <numerusform>%n backup could not be rewritten (older version or damaged) and still holds this person&apos;s data:</numerusform>
            <numerusform>%n backups could not be rewritten (older version or damaged) and still hold this person&apos;s data:</numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa các bản sao lưu này?</source>
        <translation>Delete these backups?</translation>
    </message>
    <message>
        <source>Xóa dữ liệu cá nhân của một người</source>
        <translation>Erase one person&apos;s personal data</translation>
    </message>
    <message>
        <source>Tìm một người trong mọi hồ sơ (kể cả thùng rác và phiên bản cũ) để xóa số CCCD/CMND, số điện thoại, ngày sinh và nơi công tác / nơi thường trú của họ, theo Luật Bảo vệ dữ liệu cá nhân. Họ tên và tỷ lệ đóng góp được giữ: hồ sơ đã công nhận và quyết định là văn bản pháp lý.</source>
        <translation>Find a person in every dossier (the bin and old versions included) to erase their ID number, phone number, birth date and workplace / home address, as the Personal Data Protection Law provides. Names and contribution shares are kept: recognised dossiers and decisions are legal records.</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>gõ có dấu hay không dấu đều được</source>
        <translation>with or without diacritics</translation>
    </message>
    <message>
        <source>Số &amp;CCCD/CMND:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>Số đi&amp;ện thoại:</source>
        <translation>&amp;Phone number:</translation>
    </message>
    <message>
        <source>&amp;Tìm</source>
        <translation>F&amp;ind</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation>Initiative title</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Dữ liệu đang giữ</source>
        <translation>Data held</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Lý do (ghi vào lịch sử):</source>
        <translation>&amp;Reason (written to the history):</translation>
    </message>
    <message>
        <source>ví dụ: Theo đơn đề nghị của bà Kiều Thị Mai Phương ngày 05/01/2026</source>
        <translation>e.g. At the request of Ms Kiều Thị Mai Phương of 05/01/2026</translation>
    </message>
    <message>
        <source>Ghi lại cả các bản sao lưu đang giữ, bỏ dữ liệu của người này</source>
        <translation>Also rewrite the retained backups without this person&apos;s data</translation>
    </message>
    <message>
        <source>&amp;Xóa dữ liệu đã chọn…</source>
        <translation>&amp;Erase the selected data…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Lịch sử hồ sơ: %1; bản nháp tự lưu: %2.</source>
        <translation>Dossier history: %1; autosaved drafts: %2.</translation>
    </message>
    <message>
        <source>Đã xóa %1 ở %2, %3, %4.</source>
        <translation>Erased %1 in %2, %3, %4.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Nhập hồ sơ</source>
        <translation>Import dossiers</translation>
    </message>
    <message>
        <source>Tệp hồ sơ JSON (*.json)</source>
        <translation>JSON dossier files (*.json)</translation>
    </message>
    <message>
        <source>Đang nhập hồ sơ…</source>
        <translation>Importing dossiers…</translation>
    </message>
    <message>
        <source>Không nhập được</source>
        <translation>Cannot import</translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %n hồ sơ mới.</source>
        <translation>
            <numerusform>Imported %n new dossier.</numerusform>
            <numerusform>Imported %n new dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ đã có sẵn, giống hệt: bỏ qua.</source>
        <translation>
            <numerusform>%n dossier was already here, identical: skipped.</numerusform>
            <numerusform>%n dossiers were already here, identical: skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ đã có nhưng khác nội dung: giữ nguyên bản đang có.</source>
        <translation>
            <numerusform>%n dossier was already here with different content: the existing version was kept.</numerusform>
            <numerusform>%n dossiers were already here with different content: the existing versions were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thiếu %n tệp đính kèm (chưa có trong máy này).</source>
        <translation>
            <numerusform>%n attachment is missing (not yet on this computer).</numerusform>
            <numerusform>%n attachments are missing (not yet on this computer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhận gói hồ sơ</source>
        <translation>Import a dossier package</translation>
    </message>
    <message>
        <source>Gói hồ sơ sáng kiến (*.skpkg)</source>
        <translation>Initiative dossier packages (*.skpkg)</translation>
    </message>
    <message>
        <source>Không nhận gói</source>
        <translation>Package not imported</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “%1”.</source>
        <translation>File “%1” not found.</translation>
    </message>
    <message>
        <source>Xuất hồ sơ</source>
        <translation>Export dossiers</translation>
    </message>
    <message>
        <source>Chỉ xuất hồ sơ đang chọn? Chọn “Không” để xuất tất cả hồ sơ.</source>
        <translation>Export only the selected dossiers? Choose “No” to export every dossier.</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Cannot export</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất %n hồ sơ ra %1</source>
        <translation>
            <numerusform>Exported %n dossier to %1</numerusform>
            <numerusform>Exported %n dossiers to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source># Không mở được hướng dẫn

Không đọc được tệp %1: %2.

Hãy cài đặt lại Sáng kiến Desktop.</source>
        <translation># The guide could not be opened

The file %1 could not be read: %2.

Please reinstall Sáng kiến Desktop.</translation>
    </message>
    <message>
        <source>Hướng dẫn đi kèm phiên bản %1</source>
        <translation>Guide for version %1 (in Vietnamese)</translation>
    </message>
    <message>
        <source>Không tìm thấy</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Kết quả %1/%2</source>
        <translation>Match %1/%2</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&amp;Tìm trong hướng dẫn:</source>
        <translation>&amp;Find in the guide:</translation>
    </message>
    <message>
        <source>gõ có dấu hoặc không dấu, ví dụ: sao luu</source>
        <translation>with or without diacritics, e.g. sao luu</translation>
    </message>
    <message>
        <source>Trướ&amp;c</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Sau</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi — %1</source>
        <translation>Change history — %1</translation>
    </message>
    <message>
        <source>Phiên bản %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mục</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>(chưa đặt tên)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Chưa có thay đổi nào được ghi lại.</source>
        <translation>No changes have been recorded yet.</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Hiện chi tiết mọi thay đổi</source>
        <translation>&amp;Show every change in detail</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Nơi công tác (tỉnh, ngành)</source>
        <translation>Workplace (province, sector)</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Đã xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Giá trị làm lợi (tác giả)</source>
        <translation>Benefit value (author)</translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đơn vị áp dụng)</source>
        <translation>Benefit value (applying unit)</translation>
    </message>
    <message>
        <source>Lợi ích xã hội (tác giả)</source>
        <translation>Social benefit (author)</translation>
    </message>
    <message>
        <source>Lợi ích xã hội (đơn vị áp dụng)</source>
        <translation>Social benefit (applying unit)</translation>
    </message>
    <message>
        <source>Danh sách sáng kiến</source>
        <translation>List of initiatives</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>dự thảo, chưa có số</source>
        <translation>draft, not numbered yet</translation>
    </message>
    <message>
        <source>Gói này đã được nhận trước đây.</source>
        <translation>This package was imported before.</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Đợt đề nghị</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>Đang nhận gói hồ sơ…</source>
        <translation>Importing the dossier package…</translation>
    </message>
    <message>
        <source>Đang kiểm tra gói hồ sơ…</source>
        <translation>Checking the dossier package…</translation>
    </message>
    <message>
        <source>Không nhận gói</source>
        <translation>Package not imported</translation>
    </message>
    <message>
        <source>Nhận gói hồ sơ</source>
        <translation>Import a dossier package</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gói của: %1&lt;/b&gt; (tạo lúc %2)</source>
        <translation>&lt;b&gt;Package from: %1&lt;/b&gt; (made at %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gói không ghi đơn vị gửi&lt;/b&gt; (máy gửi chưa nhập tên đơn vị trong Cài đặt; tạo lúc %2)</source>
        <translation>&lt;b&gt;The package names no sending unit&lt;/b&gt; (the sender had not entered a unit name in Settings; made at %2)</translation>
    </message>
    <message>
        <source>Mọi hồ sơ trong gói đã có ở máy này, giống hệt: không có gì thay đổi.</source>
        <translation>Every record in the package is already on this computer, identical: nothing changed.</translation>
    </message>
    <message>
        <source>Các mục dưới đây đã có ở máy này nhưng khác nội dung. Chọn từng mục: giữ bản của máy này, lấy bản nhận được (bản cũ được ghi vào lịch sử), hoặc giữ cả hai. Không có gì bị ghi đè khi bạn chưa chọn.</source>
        <translation>The records below are already on this computer but differ. For each, keep this computer&apos;s copy, take the received one (the old one is kept in the history), or keep both. Nothing is overwritten until you choose.</translation>
    </message>
    <message>
        <source>Mục</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ở máy này</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Nhận được</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Giữ bản của &amp;máy này</source>
        <translation>Keep &amp;this computer&apos;s copy</translation>
    </message>
    <message>
        <source>&amp;Lấy bản nhận được</source>
        <translation>&amp;Take the received copy</translation>
    </message>
    <message>
        <source>Giữ &amp;cả hai</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <source>Đợt đề nghị lên cấp trên: Tờ trình %1, %2.</source>
        <translation>Nomination to the upper level: cover letter %1, %2.</translation>
    </message>
</context>
<context>
    <name>IssueDecisionDialog</name>
    <message>
        <source>&amp;Ra quyết định</source>
        <translation>&amp;Issue decision</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Hội đồng chấm</source>
        <translation>Scoring council</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Giá trị làm lợi
(đồng)</source>
        <translation>Benefit
(VND)</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Phạm vi
ảnh hưởng</source>
        <translation>Recognition
scope</translation>
    </message>
    <message>
        <source>Thù lao
cho tác giả</source>
        <translation>Pay to
the authors</translation>
    </message>
    <message>
        <source>Lý do không công nhận (tác giả đọc trong thông báo), hoặc lý do công nhận sáng kiến mà Hội đồng không đề nghị (in trong quyết định).</source>
        <translation>The reason for not recognising (the authors read it in the notice), or the reason for recognising an initiative the council did not propose (printed in the decision).</translation>
    </message>
    <message>
        <source>Ban Chấp hành (theo đề nghị của Hội đồng)</source>
        <translation>Executive Committee (on the council&apos;s proposal)</translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>(không theo cuộc họp — tự chọn hồ sơ)</source>
        <translation>(not from a meeting — choose dossiers yourself)</translation>
    </message>
    <message>
        <source>Số %1 năm %2 đã được dùng cho một văn bản khác. Số chưa dùng tiếp theo: %3.</source>
        <translation>Number %1 of %2 is already used by another document. Next unused number: %3.</translation>
    </message>
    <message>
        <source>Giám đốc Công ty …</source>
        <translation>Director of … Company</translation>
    </message>
    <message>
        <source>Họ tên người ký của %1</source>
        <translation>Name of the signer for %1</translation>
    </message>
    <message>
        <source>Công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Không công nhận</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>(không ghi)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Tính thù lao…</source>
        <translation>Compute pay…</translation>
    </message>
    <message>
        <source>Ví dụ: Giải pháp đã áp dụng ổn định tại phân xưởng, giảm rõ thời gian dừng máy.</source>
        <translation>For example: the solution has been applied steadily in the workshop and clearly cut machine downtime.</translation>
    </message>
    <message>
        <source>Ví dụ: Chưa có số liệu chứng minh hiệu quả sau khi áp dụng.</source>
        <translation>For example: no figures yet show the effect after it was applied.</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến không đề nghị công nhận “%1”.</source>
        <translation>The initiative council did not propose recognising “%1”.</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến chưa có kết quả đề nghị công nhận “%1”.</source>
        <translation>The initiative council has no result proposing to recognise “%1”.</translation>
    </message>
    <message>
        <source>Công nhận khác đề nghị của Hội đồng</source>
        <translation>Recognise against the council&apos;s proposal</translation>
    </message>
    <message>
        <source>Người ra quyết định vẫn có thể công nhận theo đánh giá của mình (Nghị định 13/2012, Điều 8). Hãy ghi lý do công nhận: lý do được lưu vào lịch sử hồ sơ và in trong quyết định.</source>
        <translation>Whoever decides may still recognise it on their own assessment (Decree 13/2012, Art. 8). Write the reason for recognising it: it is kept in the dossier&apos;s history and printed in the decision.</translation>
    </message>
    <message>
        <source>&amp;Công nhận</source>
        <translation>&amp;Recognise</translation>
    </message>
    <message>
        <source>Không công nhận khác đề nghị của Hội đồng</source>
        <translation>Not recognise against the council&apos;s proposal</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến đề nghị công nhận “%1”.</source>
        <translation>The initiative council proposed recognising “%1”.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do không công nhận: tác giả đọc lý do này trong thông báo, và lý do được lưu vào lịch sử hồ sơ.</source>
        <translation>Write the reason for not recognising it: the authors read it in the notice, and it is kept in the dossier&apos;s history.</translation>
    </message>
    <message>
        <source>&amp;Không công nhận</source>
        <translation>&amp;Do not recognise</translation>
    </message>
    <message>
        <source>Chỉ ghi cho sáng kiến được công nhận.</source>
        <translation>Only for an initiative that is recognised.</translation>
    </message>
    <message>
        <source>(chưa chấm)</source>
        <translation>(not scored)</translation>
    </message>
    <message>
        <source>%1 điểm — %2, tán thành %3/%4</source>
        <translation>%1 points — %2, approved by %3/%4</translation>
    </message>
    <message>
        <source>Không còn hồ sơ đã nộp nào chưa được xét.</source>
        <translation>There are no submitted dossiers left that have not been decided.</translation>
    </message>
    <message>
        <source>Thêm hồ sơ</source>
        <translation>Add dossiers</translation>
    </message>
    <message>
        <source>Hồ sơ đã nộp:</source>
        <translation>Submitted dossiers:</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Hãy nhập ngày ký quyết định, ví dụ 20/03/2025.</source>
        <translation>Enter the date the decision was signed, for example 20/03/2025.</translation>
    </message>
    <message>
        <source>Ra quyết định công nhận sáng kiến</source>
        <translation>Issue an initiative recognition decision</translation>
    </message>
    <message>
        <source>Theo &amp;cuộc họp:</source>
        <translation>From &amp;meeting:</translation>
    </message>
    <message>
        <source>&amp;Số:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Thẩm quyền:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>Cơ quan ra quyết định:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message>
        <source>Người &amp;ký:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <source>Phạm vi:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>đợt 1 năm 2025</source>
        <translation>round 1 of 2025</translation>
    </message>
    <message>
        <source>Căn cứ (mỗi dòng một căn cứ):</source>
        <translation>Legal bases (one per line):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ được xét&lt;/b&gt; — chọn “Công nhận” hoặc “Không công nhận”; lý do không công nhận được gửi cho tác giả; quyết định khác đề nghị của Hội đồng cần ghi lý do.</source>
        <translation>&lt;b&gt;Dossiers considered&lt;/b&gt; — choose “Recognise” or “Do not recognise”; the reason for not recognising is sent to the authors; deciding otherwise than the council proposed needs a reason.</translation>
    </message>
    <message>
        <source>&amp;Thêm hồ sơ…</source>
        <translation>&amp;Add dossiers…</translation>
    </message>
    <message>
        <source>&amp;Bỏ hồ sơ</source>
        <translation>&amp;Remove dossier</translation>
    </message>
    <message>
        <source>Không ra được quyết định</source>
        <translation>Cannot issue the decision</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Về cách sắp xếp cột mặc định</source>
        <translation>Back to the default columns</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Có lỗi</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>Có cảnh báo chưa xác nhận</source>
        <translation>With unacknowledged warnings</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hơn %1 hồ sơ khớp — gõ thêm để thu hẹp</source>
        <translation>More than %1 dossiers match — type more to narrow the search</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Sáng kiến Desktop</source>
        <translation>Sáng kiến Desktop</translation>
    </message>
    <message>
        <source>Tìm theo tên sáng kiến, mã, tác giả, đơn vị… (gõ không dấu cũng được)</source>
        <translation>Search by title, code, author, unit… (diacritics optional)</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Chương trình:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Hiện cả bản đã được công nhận mà nay đã có bản sửa đổi (hiện mờ, mã ghi “bản 1”)</source>
        <translation>Also show recognised versions that now have a correction (greyed, code marked “v1”)</translation>
    </message>
    <message>
        <source>Hiện cả phiên bản cũ</source>
        <translation>Show old versions too</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Hồ sơ</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Hội đồn&amp;g</source>
        <translation>&amp;Council</translation>
    </message>
    <message>
        <source>Đề &amp;nghị</source>
        <translation>&amp;Nomination</translation>
    </message>
    <message>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Hồ sơ &amp;mới</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Mở / sửa</source>
        <translation>&amp;Open / edit</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra hồ sơ đã chọn</source>
        <translation>&amp;Check selected dossiers</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>&amp;In văn bản…</source>
        <translation>&amp;Print document…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Thùng rác…</source>
        <translation>&amp;Bin…</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Xóa dữ liệu cá nhân của một người…</source>
        <translation>&amp;Erase one person&apos;s personal data…</translation>
    </message>
    <message>
        <source>Tìm một người trong mọi hồ sơ và xóa số CCCD, điện thoại, ngày sinh, nơi thường trú (Luật Bảo vệ dữ liệu cá nhân)</source>
        <translation>Find a person in every dossier and erase their ID number, phone, birth date and home address (Personal Data Protection Law)</translation>
    </message>
    <message>
        <source>&amp;Nhập hồ sơ từ tệp JSON…</source>
        <translation>&amp;Import dossiers from a JSON file…</translation>
    </message>
    <message>
        <source>&amp;Xuất hồ sơ ra tệp JSON…</source>
        <translation>&amp;Export dossiers to a JSON file…</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Hội đồng sáng kiến…</source>
        <translation>Initiative &amp;councils…</translation>
    </message>
    <message>
        <source>&amp;Cuộc họp và chấm điểm…</source>
        <translation>&amp;Meetings and scoring…</translation>
    </message>
    <message>
        <source>&amp;Quyết định công nhận…</source>
        <translation>&amp;Recognition decisions…</translation>
    </message>
    <message>
        <source>&amp;Bộ quy định xét công nhận…</source>
        <translation>&amp;Rule packs…</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý, quy tắc biểu quyết, tiêu chí chấm điểm, điều kiện xét, phạm vi và thù lao mà Hội đồng áp dụng</source>
        <translation>Legal basis, vote rule, scoring criteria, eligibility, scopes and pay the council applies</translation>
    </message>
    <message>
        <source>&amp;Xác thực giấy tờ…</source>
        <translation>&amp;Verify a paper…</translation>
    </message>
    <message>
        <source>Kiểm tra một quyết định hoặc giấy chứng nhận theo mã xác thực in trên giấy</source>
        <translation>Check a decision or certificate by the verification code printed on it</translation>
    </message>
    <message>
        <source>Đợt đề &amp;nghị…</source>
        <translation>&amp;Nomination batches…</translation>
    </message>
    <message>
        <source>&amp;Chỉ tiêu và tiến độ…</source>
        <translation>&amp;Targets and progress…</translation>
    </message>
    <message>
        <source>Hồ sơ &amp;nhận từ đơn vị cấp dưới…</source>
        <translation>Dossiers &amp;received from lower units…</translation>
    </message>
    <message>
        <source>Nhập hồ sơ từ tệp &amp;Excel…</source>
        <translation>Import dossiers from an &amp;Excel file…</translation>
    </message>
    <message>
        <source>Xuất danh sách ra tệp E&amp;xcel…</source>
        <translation>Export the list to an E&amp;xcel file…</translation>
    </message>
    <message>
        <source>Lưu &amp;mẫu Excel để nhập hồ sơ…</source>
        <translation>Save the Excel import &amp;template…</translation>
    </message>
    <message>
        <source>Nhận &amp;gói hồ sơ…</source>
        <translation>Receive a dossier &amp;package…</translation>
    </message>
    <message>
        <source>Gói nhập &amp;cổng trực tuyến…</source>
        <translation>&amp;Portal import package…</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Kiểm tra &amp;dữ liệu…</source>
        <translation>Check &amp;data…</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu và tệp đính kèm, sửa những gì sửa được an toàn</source>
        <translation>Check the data and the attachments, and repair what can be repaired safely</translation>
    </message>
    <message>
        <source>Sao lưu và &amp;khôi phục…</source>
        <translation>&amp;Backup and restore…</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Tìm hồ sơ</source>
        <translation>&amp;Find dossiers</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Đọc &amp;lại danh sách</source>
        <translation>&amp;Reload the list</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ sáng kiến</source>
        <translation>Initiative dossiers</translation>
    </message>
    <message>
        <source>&amp;Nộp Hội đồng</source>
        <translation>&amp;Submit to council</translation>
    </message>
    <message>
        <source>Nộp hồ sơ đã chọn cho Hội đồng sáng kiến (bản nháp chuyển sang “Đã nộp Hội đồng”)</source>
        <translation>Submit the selected dossiers to the initiative council (a draft becomes “Submitted to the council”)</translation>
    </message>
    <message>
        <source>Chọn &amp;tất cả hồ sơ khớp bộ lọc</source>
        <translation>Select &amp;all dossiers matching the filter</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>C&amp;hương trình…</source>
        <translation>&amp;Programs…</translation>
    </message>
    <message>
        <source>Các chương trình (quy định của từng đợt): tạo từ mẫu, sửa, nhập và xuất tệp chương trình</source>
        <translation>Programs (the rules of each round): create from a template, edit, import and export program files</translation>
    </message>
    <message>
        <source>&amp;Dữ liệu dùng chung…</source>
        <translation>&amp;Shared data…</translation>
    </message>
    <message>
        <source>Dùng dữ liệu riêng trên máy này, hoặc dữ liệu dùng chung trên máy chủ PostgreSQL để nhiều cán bộ cùng làm</source>
        <translation>Work on this computer&apos;s own data, or on shared data on a PostgreSQL server so that several officers work together</translation>
    </message>
</context>
<context>
    <name>MeetingAttendance</name>
    <message>
        <source>Tác giả: %1</source>
        <translation>Authors: %1</translation>
    </message>
    <message>
        <source>Có mặt %1/%2 thành viên — %3 (cần ít nhất %4, tức %5 số thành viên).</source>
        <translation>%1/%2 members present — %3 (at least %4 needed, i.e. %5 of the members).</translation>
    </message>
    <message>
        <source>đủ điều kiện họp</source>
        <translation>quorum reached</translation>
    </message>
    <message>
        <source>CHƯA ĐỦ điều kiện họp</source>
        <translation>NO QUORUM</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Số phiếu</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Điểm TB</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Độ lệch</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Chưa có Hội đồng sáng kiến nào: hãy lập Hội đồng (menu Hội đồng › Hội đồng sáng kiến) trước khi ghi cuộc họp.</source>
        <translation>There is no Initiative Council yet: set one up (menu Council › Initiative councils) before recording a meeting.</translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Cuộc họp có thay đổi chưa lưu. Lưu trước?</source>
        <translation>The meeting has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>— Cuộc họp mới —</source>
        <translation>— New meeting —</translation>
    </message>
    <message>
        <source>Xét công nhận sáng kiến năm %1</source>
        <translation>Recognition of initiatives, %1</translation>
    </message>
    <message>
        <source>Cuộc họp và chấm điểm</source>
        <translation>Meetings and scoring</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Hãy nhập ngày họp, ví dụ 15/03/2025.</source>
        <translation>Enter the meeting date, for example 15/03/2025.</translation>
    </message>
    <message>
        <source>Hãy chọn hồ sơ Hội đồng xem xét (thẻ “Hồ sơ xem xét”) trước khi in phiếu.</source>
        <translation>Choose the dossiers the council considers (tab “Dossiers considered”) before printing score sheets.</translation>
    </message>
    <message>
        <source>Cuộc họp ngày %1</source>
        <translation>Meeting of %1</translation>
    </message>
    <message>
        <source>&amp;Hội đồng:</source>
        <translation>&amp;Council:</translation>
    </message>
    <message>
        <source>Cuộc &amp;họp:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Cuộc họp &amp;mới</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Cuộc họp và điểm danh</source>
        <translation>Meeting and attendance</translation>
    </message>
    <message>
        <source>&amp;Ngày họp:</source>
        <translation>Meeting &amp;date:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Số biên bản:</source>
        <translation>Minutes no.:</translation>
    </message>
    <message>
        <source>03/BB-HĐSK</source>
        <translation>03/BB-HĐSK</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Bắt đầu:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>14 giờ 00</source>
        <translation>14:00</translation>
    </message>
    <message>
        <source>Kết thúc:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>16 giờ 30</source>
        <translation>16:30</translation>
    </message>
    <message>
        <source>Nội dung họp:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Xét công nhận sáng kiến năm …</source>
        <translation>Recognition of initiatives, …</translation>
    </message>
    <message>
        <source>Kết luận:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Điểm danh&lt;/b&gt; — bỏ dấu “Có mặt” ở thành viên vắng và ghi lý do</source>
        <translation>&lt;b&gt;Attendance&lt;/b&gt; — untick “Present” for absent members and give the reason</translation>
    </message>
    <message>
        <source>Hồ sơ xem xét</source>
        <translation>Dossiers considered</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ đã nộp, chưa công nhận&lt;/b&gt;</source>
        <translation>&lt;b&gt;Submitted dossiers, not yet recognised&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hiện cả hồ sơ &amp;nháp</source>
        <translation>Show &amp;draft dossiers too</translation>
    </message>
    <message>
        <source>&amp;Thêm ›</source>
        <translation>&amp;Add ›</translation>
    </message>
    <message>
        <source>‹ &amp;Bỏ</source>
        <translation>‹ &amp;Remove</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ Hội đồng xem xét tại cuộc họp&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossiers the council considers at the meeting&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <source>Hồ &amp;sơ:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>Sửa &amp;phiếu đã nhập…</source>
        <translation>Correct a Correct an entered &amp;sheet…amp;sheet…</translation>
    </message>
    <message>
        <source>Mở lại phiếu của thành viên đang chọn để sửa khi các thành viên khác chưa chấm xong; việc sửa được ghi vào lịch sử cuộc họp.</source>
        <translation>Reopen the selected member&apos;s sheet to correct it while the other members have not all scored; the correction is written into the meeting&apos;s history.</translation>
    </message>
    <message>
        <source>Bỏ phiếu cao nhất và thấp nhất</source>
        <translation>Drop the highest and lowest scores</translation>
    </message>
    <message>
        <source>Mỗi dòng là phiếu của một thành viên có mặt. Nhập điểm từng tiêu chí (ví dụ 27,5); dòng để trống là chưa có phiếu. Phiếu đã nhập được ẩn (•••) cho đến khi mọi thành viên chấm xong; muốn sửa, chọn dòng rồi bấm “Sửa phiếu đã nhập…”.</source>
        <translation>Each row is the sheet of one member present. Enter the score of each criterion (for example 27.5); an empty row has no sheet yet. An entered sheet is hidden (•••) until every member has scored; to correct it, select its row and press “Correct a sheet…”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tổng hợp các hồ sơ của cuộc họp&lt;/b&gt;</source>
        <translation>&lt;b&gt;Summary of the meeting&apos;s dossiers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Mở lại cuộc họp…</source>
        <translation>Re&amp;open the meeting…</translation>
    </message>
    <message>
        <source>In &amp;phiếu đánh giá trống…</source>
        <translation>Print blank &amp;score sheets…</translation>
    </message>
    <message>
        <source>In &amp;biên bản…</source>
        <translation>Print &amp;minutes…</translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>Lưu và kết thúc cuộc họp: kết quả, phiếu, xung đột lợi ích và quy tắc biểu quyết được khóa như lúc Hội đồng kết luận.</source>
        <translation>Save and close the meeting: results, score sheets, conflicts of interest and the pass rule are locked as they stood when the council concluded.</translation>
    </message>
    <message>
        <source>&amp;Kết thúc họp, khóa kết quả…</source>
        <translation>&amp;Close meeting, lock results…</translation>
    </message>
    <message>
        <source>&amp;Lưu cuộc họp</source>
        <translation>&amp;Save meeting</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Để trống: biên bản in kết luận soạn từ điểm và số phiếu tán thành (chữ mờ trong ô). Thư ký có thể sửa trước khi in.</source>
        <translation>Left empty, the minutes print a conclusion written from the scores and the votes in favour (the grey text in the field). The secretary may edit it before printing.</translation>
    </message>
    <message>
        <source>Chép kết luận soạn từ điểm và số phiếu vào ô để sửa</source>
        <translation>Copy the conclusion written from the scores and votes into the field to edit it</translation>
    </message>
    <message>
        <source>Soạn từ &amp;kết quả</source>
        <translation>From the &amp;results</translation>
    </message>
    <message>
        <source> (đã lưu trữ)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Họp ngày %1%2 (%3)</source>
        <translation>Meeting of %1%2 (%3)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>MeetingOutcome</name>
    <message>
        <source>Cuộc họp đã kết thúc lúc %1: kết quả, phiếu và xung đột lợi ích đã khóa. Bộ quy định: %2.</source>
        <translation>The meeting was closed at %1: results, score sheets and conflicts of interest are locked. Rule pack: %2.</translation>
    </message>
    <message>
        <source>Kết thúc cuộc họp</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>Kết thúc cuộc họp và khóa kết quả? Sau đó phiếu, xung đột lợi ích và kết quả không sửa được nữa (trừ khi mở lại cuộc họp, có ghi lý do).</source>
        <translation>Close the meeting and lock its results? Score sheets, conflicts of interest and results can then no longer be changed (unless the meeting is reopened, with a written reason).</translation>
    </message>
    <message>
        <source>Mở lại cuộc họp</source>
        <translation>Reopen the meeting</translation>
    </message>
    <message>
        <source>Lý do mở lại cuộc họp (được lưu vào lịch sử):</source>
        <translation>Reason for reopening the meeting (kept in the history):</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>&amp;Tạo</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Mã chương trình chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ “sang-kien-2027”.</source>
        <translation>A programme id has lower-case letters without accents, digits and hyphens only, for example “sang-kien-2027”.</translation>
    </message>
    <message>
        <source>Đã có chương trình mã “%1”: hãy chọn mã khác.</source>
        <translation>A programme with id “%1” exists: choose another id.</translation>
    </message>
    <message>
        <source>Hãy điền tên đầy đủ và tên ngắn.</source>
        <translation>Fill in the full name and the short name.</translation>
    </message>
    <message>
        <source>Tạo chương trình từ mẫu</source>
        <translation>New programme from a template</translation>
    </message>
    <message>
        <source>Chương trình mới giữ loại giải pháp, đối tượng, giấy tờ bắt buộc và chỉ tiêu của mẫu; ngày tháng để trống để bạn điền cho đợt mới.</source>
        <translation>The new programme keeps the template&apos;s kinds of solution, target groups, required documents and quotas; its dates are left empty for you to fill in for the new round.</translation>
    </message>
    <message>
        <source>&amp;Làm từ mẫu:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Mã chương trình mới:</source>
        <translation>New programme &amp;id:</translation>
    </message>
    <message>
        <source>chữ thường không dấu, số, gạch ngang: cap-co-so-2027</source>
        <translation>lower case without accents, digits, hyphens: cap-co-so-2027</translation>
    </message>
    <message>
        <source>&amp;Tên đầy đủ:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Tên &amp;ngắn:</source>
        <translation>&amp;Short name:</translation>
    </message>
</context>
<context>
    <name>NominationOutputs</name>
    <message>
        <source>Chọn thư mục để ghi bộ hồ sơ</source>
        <translation>Choose a folder for the dossier set</translation>
    </message>
    <message>
        <source>Đang tạo bộ hồ sơ…</source>
        <translation>Making the dossier set…</translation>
    </message>
    <message>
        <source>Không tạo được bộ hồ sơ</source>
        <translation>Cannot make the dossier set</translation>
    </message>
    <message>
        <source>Đã tạo bộ hồ sơ gồm %1:
%2
và tệp nén %3.</source>
        <translation>Made a dossier set of %1:
%2
and the archive %3.</translation>
    </message>
    <message>
        <source>Chưa có trong bộ hồ sơ:</source>
        <translation>Not yet in the dossier set:</translation>
    </message>
    <message>
        <source>Bộ hồ sơ đề nghị</source>
        <translation>Nomination dossier set</translation>
    </message>
    <message>
        <source>Xuất bảng tổng hợp ra Excel</source>
        <translation>Export the summary table to Excel</translation>
    </message>
</context>
<context>
    <name>NominationView</name>
    <message>
        <source>Số %1 ngày %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <source>chưa cấp số (dự thảo)</source>
        <translation>no number yet (draft)</translation>
    </message>
    <message>
        <source>đã rút ngày %1: %2</source>
        <translation>withdrawn on %1: %2</translation>
    </message>
    <message>
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>(và %1 thiếu sót khác)</source>
        <translation>(and %1 other gaps)</translation>
    </message>
    <message>
        <source>Nhận từ: %1</source>
        <translation>Received from: %1</translation>
    </message>
    <message>
        <source>Chương trình không giới hạn số sáng kiến cho cấp của đơn vị.</source>
        <translation>The programme sets no limit on initiatives for this level of unit.</translation>
    </message>
    <message>
        <source>%1/%2 sáng kiến được đề nghị (%3)</source>
        <translation>%1/%2 initiatives nominated (%3)</translation>
    </message>
    <message>
        <source>(không ghi cấp: đợt lập trước khi chương trình ghi cấp nhận)</source>
        <translation>(no level: made before the program recorded the receiving level)</translation>
    </message>
    <message>
        <source>Đợt này gửi công đoàn cấp huyện trước ngày 01/7/2025: tên nơi nhận được giữ đúng như đã ghi.</source>
        <translation>This nomination went to a district union before 01/7/2025: the recipient&apos;s name is kept as written.</translation>
    </message>
    <message>
        <source>Công đoàn cấp trên</source>
        <translation>Upper-level union</translation>
    </message>
</context>
<context>
    <name>NominationsDialog</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation>Initiative title</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lĩnh vực ưu tiên</source>
        <translation>Priority field</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>PDF và Word</source>
        <translation>PDF and Word</translation>
    </message>
    <message>
        <source>không có hạn</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>%v hồ sơ</source>
        <translation>%v dossiers</translation>
    </message>
    <message>
        <source>%1 — %2
%3, </source>
        <translation>%1 — %2
%3, </translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Không lưu được đợt đề nghị</source>
        <translation>Cannot save the nomination batch</translation>
    </message>
    <message>
        <source>Công đoàn cấp trên</source>
        <translation>Upper-level union</translation>
    </message>
    <message>
        <source>Cấp nhận, nơi nhận, căn cứ hoặc hạn gửi của đợt đề nghị đang soạn đã sửa mà chưa lưu. Lưu trước?</source>
        <translation>The receiving level, recipient, basis or deadline of the draft nomination was changed and not saved. Save first?</translation>
    </message>
    <message>
        <source>Xóa đợt đề nghị</source>
        <translation>Delete nomination batch</translation>
    </message>
    <message>
        <source>Xóa đợt đề nghị đang soạn này? Hồ sơ trong đợt không bị xóa.</source>
        <translation>Delete this draft nomination batch? The dossiers in it are not deleted.</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>Không gửi được</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <source>Đợt đề nghị lên cấp trên</source>
        <translation>Nominations to the upper level</translation>
    </message>
    <message>
        <source>Các đợt đề nghị</source>
        <translation>Nomination batches</translation>
    </message>
    <message>
        <source>Đợt &amp;mới</source>
        <translation>&amp;New batch</translation>
    </message>
    <message>
        <source>&amp;Xóa đợt</source>
        <translation>&amp;Delete batch</translation>
    </message>
    <message>
        <source>&amp;Chương trình:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Cấp &amp;nhận:</source>
        <translation>Receiving &amp;level:</translation>
    </message>
    <message>
        <source>Cấp công đoàn nhận đợt đề nghị, theo chính quyền địa phương hai cấp (từ 01/7/2025 không còn cấp huyện). Chọn cấp thì ô Kính gửi được điền theo Cài đặt.</source>
        <translation>The union level the nomination goes to under two-tier local government (no district level since 01/7/2025). Picking a level fills the recipient from Settings.</translation>
    </message>
    <message>
        <source>&amp;Kính gửi:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Ban Thường vụ Liên đoàn Lao động tỉnh …</source>
        <translation>Standing Committee of the Provincial Labour Federation of …</translation>
    </message>
    <message>
        <source>&amp;Hạn gửi:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Có hạn gửi</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <source>HH:mm dd/MM/yyyy</source>
        <translation>HH:mm dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Că&amp;n cứ:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <source>Thực hiện Hướng dẫn số … ngày … của …</source>
        <translation>Pursuant to Guidance No. … of … by …</translation>
    </message>
    <message>
        <source>Tờ trình:</source>
        <translation>Cover letter:</translation>
    </message>
    <message>
        <source>Hồ sơ đã công nhận, chưa đề nghị</source>
        <translation>Recognised dossiers not yet nominated</translation>
    </message>
    <message>
        <source>Tìm theo mã, tên, đơn vị, tác giả…</source>
        <translation>Search by code, title, unit, author…</translation>
    </message>
    <message>
        <source>&amp;Thêm →</source>
        <translation>&amp;Add →</translation>
    </message>
    <message>
        <source>← &amp;Bỏ</source>
        <translation>← &amp;Remove</translation>
    </message>
    <message>
        <source>▲ &amp;Lên</source>
        <translation>▲ &amp;Up</translation>
    </message>
    <message>
        <source>▼ &amp;Xuống</source>
        <translation>▼ &amp;Down</translation>
    </message>
    <message>
        <source>Hồ sơ trong đợt, theo thứ tự đề nghị</source>
        <translation>Dossiers in the batch, in order of nomination</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Đánh dấu đã &amp;gửi…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <source>Định dạng:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Tạo &amp;bộ hồ sơ…</source>
        <translation>Make the dossier &amp;set…</translation>
    </message>
    <message>
        <source>Để trống (mặc định): gói không mang số CCCD và số điện thoại của tác giả; cấp trên không cần chúng để xét, đề nghị. Chỉ đánh dấu khi cấp trên yêu cầu.</source>
        <translation>Unticked (the default): the package carries no ID or phone numbers of the authors; the upper level does not need them to select and nominate. Tick only when the upper level asks for them.</translation>
    </message>
    <message>
        <source>Kèm CCCD, điện thoại</source>
        <translation>Include ID, phone</translation>
    </message>
    <message>
        <source>Ghi một tệp .skpkg mang đợt đề nghị, hồ sơ, quyết định, Tờ trình, Bảng tổng hợp và tệp đính kèm, để công đoàn cấp trên nhận vào chương trình của họ</source>
        <translation>Writes one .skpkg file holding the nomination, its dossiers, decisions, cover letter, summary table and attachments, for the upper-level union to import into its copy of the program</translation>
    </message>
    <message>
        <source>Gửi lên cấp trên (xuất gói .s&amp;kpkg)…</source>
        <translation>Send to the upper level (.s&amp;kpkg package)…</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Xuất bảng tổng hợp ra &amp;Excel…</source>
        <translation>Export the summary table to &amp;Excel…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Rút đợt đề nghị theo Tờ trình số %1? Tờ trình giữ số đã cấp; các hồ sơ trở lại “Đã công nhận” và có thể đưa vào đợt đề nghị khác.</source>
        <translation>Withdraw the nomination sent under cover letter No. %1? The letter keeps its number; the dossiers are “Recognised” again and may go into another nomination.</translation>
    </message>
    <message>
        <source>Rút đợt đề nghị</source>
        <translation>Withdraw the nomination</translation>
    </message>
    <message>
        <source>&amp;Rút đợt đề nghị</source>
        <translation>&amp;Withdraw the nomination</translation>
    </message>
    <message>
        <source>Không rút được</source>
        <translation>Could not withdraw</translation>
    </message>
    <message>
        <source>&amp;Rút đợt đề nghị…</source>
        <translation>&amp;Withdraw nomination…</translation>
    </message>
    <message>
        <source>Rút đợt đề nghị đã gửi (có ghi lý do): các hồ sơ trở lại “Đã công nhận”, đề nghị lại được</source>
        <translation>Withdraw a sent nomination (with a reason): its dossiers are “Recognised” again and may be nominated again</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>cấp trên</source>
        <translation>the upper level</translation>
    </message>
    <message>
        <source>Đợt đề nghị gửi %1 hết hạn hôm nay</source>
        <translation>The nomination to %1 is due today</translation>
    </message>
    <message>
        <source>Chỉ tiêu %1: đạt %2/%3</source>
        <translation>Target for %1: %2 of %3 achieved</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>What to do next</translation>
    </message>
    <message numerus="yes">
        <source>Cổng %1 (%2) đóng sau %n ngày</source>
        <translation>
            <numerusform>The %1 portal (%2) closes in %n day</numerusform>
            <numerusform>The %1 portal (%2) closes in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đợt đề nghị gửi %1 đã quá hạn %n ngày</source>
        <translation>
            <numerusform>The nomination to %1 is %n day overdue</numerusform>
            <numerusform>The nomination to %1 is %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đợt đề nghị gửi %1 còn %n ngày</source>
        <translation>
            <numerusform>The nomination to %1 is due in %n day</numerusform>
            <numerusform>The nomination to %1 is due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cuộc họp chưa có quyết định</source>
        <translation>
            <numerusform>%n meeting without a decision</numerusform>
            <numerusform>%n meetings without a decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ đã công nhận, chưa đề nghị</source>
        <translation>
            <numerusform>%n recognised dossier not yet nominated</numerusform>
            <numerusform>%n recognised dossiers not yet nominated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ đã đề nghị, chưa nhập cổng</source>
        <translation>
            <numerusform>%n nominated dossier not yet on the portal</numerusform>
            <numerusform>%n nominated dossiers not yet on the portal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ chờ cổng trả lời</source>
        <translation>
            <numerusform>%n dossier awaiting the portal&apos;s answer</numerusform>
            <numerusform>%n dossiers awaiting the portal&apos;s answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Hồ sơ:</source>
        <translation>Dossiers:</translation>
    </message>
    <message>
        <source>Cần làm:</source>
        <translation>To do:</translation>
    </message>
    <message>
        <source>không có việc gì đang chờ.</source>
        <translation>nothing is waiting.</translation>
    </message>
    <message>
        <source>Đang kiểm tra lại hồ sơ: %1/%2</source>
        <translation>Checking dossiers again: %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ có lỗi</source>
        <translation>
            <numerusform>%n dossier with errors</numerusform>
            <numerusform>%n dossiers with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ có cảnh báo chưa xác nhận</source>
        <translation>
            <numerusform>%n dossier with unacknowledged warnings</numerusform>
            <numerusform>%n dossiers with unacknowledged warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageWords</name>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quyết định</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n đợt đề nghị</source>
        <translation>
            <numerusform>%n nomination</numerusform>
            <numerusform>%n nominations</numerusform>
        </translation>
    </message>
    <message>
        <source>Giấy tờ mới: %1 và %2.</source>
        <translation>New papers: %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n văn bản</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tệp đính kèm</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message>
        <source>Mới, sẽ được thêm: %1.</source>
        <translation>New, to be added: %1.</translation>
    </message>
    <message>
        <source>Đã có ở máy này, giống hệt (bỏ qua): %1.</source>
        <translation>Already here, identical (skipped): %1.</translation>
    </message>
    <message>
        <source>Đã có nhưng khác nội dung (chọn ở dưới): %1.</source>
        <translation>Already here with different content (choose below): %1.</translation>
    </message>
    <message>
        <source>Đã thêm: %1.</source>
        <translation>Added: %1.</translation>
    </message>
    <message>
        <source>Đã thay bằng bản trong gói: %1.</source>
        <translation>Replaced by the package&apos;s copy: %1.</translation>
    </message>
    <message>
        <source>Giữ cả bản của máy này và bản trong gói (thành bản mới): %1.</source>
        <translation>Kept both this computer&apos;s copy and the package&apos;s (as a new copy): %1.</translation>
    </message>
    <message>
        <source>Giữ nguyên bản của máy này: %1.</source>
        <translation>Kept this computer&apos;s copy: %1.</translation>
    </message>
    <message>
        <source>Đã có, giống hệt (bỏ qua): %1.</source>
        <translation>Already here, identical (skipped): %1.</translation>
    </message>
    <message>
        <source>Gói không có hồ sơ hay quyết định nào mới.</source>
        <translation>The package holds no new dossier or decision.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Đăng &amp;nhập</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Mật khẩu được giữ an toàn trong kho mật khẩu của máy (Windows Credential Manager), không ghi vào tệp nào.</source>
        <translation>The password is kept safe in the computer&apos;s password store (Windows Credential Manager), never written to a file.</translation>
    </message>
    <message>
        <source>Máy này không có kho mật khẩu, nên chương trình sẽ hỏi mật khẩu mỗi lần mở. Người phụ trách tin học có thể đặt mật khẩu trong tệp pgpass (xem hướng dẫn Dữ liệu dùng chung).</source>
        <translation>This computer has no password store, so the program asks for the password at each start. The office&apos;s IT person can put the password in a pgpass file (see the Shared data guide).</translation>
    </message>
    <message>
        <source>Đăng nhập dữ liệu dùng chung</source>
        <translation>Log in to the shared data</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Ghi nhớ mật khẩu trong kho mật khẩu của máy tính</source>
        <translation>&amp;Remember the password in the computer&apos;s password store</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Sáng kiến: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Initiative: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Dùng cách tính này</source>
        <translation>&amp;Use this</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Không tính thù lao</source>
        <translation>&amp;No pay</translation>
    </message>
    <message>
        <source>Theo bộ quy định: ít nhất %1 % giá trị làm lợi của mỗi năm, trong %2 năm đầu áp dụng; chia cho các tác giả theo tỷ lệ đóng góp.</source>
        <translation>Under the rule pack: at least %1 % of each year&apos;s benefit, for the first %2 years of application; split between the authors by contribution share.</translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đồng)</source>
        <translation>Benefit (VND)</translation>
    </message>
    <message>
        <source>Năm thứ %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp</source>
        <translation>Contribution share</translation>
    </message>
    <message>
        <source>Khoản tiền</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Cộng (đồng)</source>
        <translation>Total (VND)</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Thù lao cho tác giả</source>
        <translation>Pay to authors</translation>
    </message>
    <message>
        <source>Tính theo &amp;giá trị làm lợi của từng năm (Điều 10 Điều lệ Sáng kiến)</source>
        <translation>From each year&apos;s &amp;benefit (Art. 10 of the Initiative Charter)</translation>
    </message>
    <message>
        <source>&amp;Tỷ lệ thù lao:</source>
        <translation>Pay &amp;rate:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Giá trị làm lợi từng năm (đồng):</source>
        <translation>Benefit of each year (VND):</translation>
    </message>
    <message>
        <source>Không tính được giá trị làm lợi: khoản tiền do đơn vị &amp;quyết định</source>
        <translation>The benefit cannot be computed: a sum the unit &amp;decides</translation>
    </message>
    <message>
        <source>&amp;Khoản tiền (đồng):</source>
        <translation>&amp;Sum (VND):</translation>
    </message>
    <message>
        <source>&amp;Căn cứ:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>ví dụ: Quy chế chi tiêu nội bộ năm 2026</source>
        <translation>for example: internal spending rules 2026</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
</context>
<context>
    <name>PortalMarkDialog</name>
    <message>
        <source>Cổng trả lại hồ sơ</source>
        <translation>Returned by the portal</translation>
    </message>
    <message>
        <source>Đã cập nhật lên Cổng</source>
        <translation>Entered on the portal</translation>
    </message>
    <message>
        <source>&amp;Ngày trả lại:</source>
        <translation>&amp;Returned on:</translation>
    </message>
    <message>
        <source>&amp;Ngày cập nhật:</source>
        <translation>&amp;Entered on:</translation>
    </message>
    <message>
        <source>&amp;Ghi nhận</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Thiếu lý do</source>
        <translation>Reason missing</translation>
    </message>
    <message>
        <source>Hãy ghi lý do Cổng trả lại hồ sơ.</source>
        <translation>Write the reason the portal gave for returning the dossier.</translation>
    </message>
    <message>
        <source>Cập nhật lên Cổng</source>
        <translation>Entered on the portal</translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;Mã tiếp nhận:</source>
        <translation>&amp;Receipt:</translation>
    </message>
    <message>
        <source>mã hay lời nhắn Cổng hiện sau khi gửi (nếu có)</source>
        <translation>code or message the portal showed after submitting (if any)</translation>
    </message>
    <message>
        <source>&amp;Lý do trả lại:</source>
        <translation>Return &amp;reason:</translation>
    </message>
</context>
<context>
    <name>PortalOutboxDialog</name>
    <message>
        <source>Chưa cập nhật</source>
        <translation>Not entered yet</translation>
    </message>
    <message>
        <source>Bị trả lại, chờ nhập lại</source>
        <translation>Returned, to be entered again</translation>
    </message>
    <message>
        <source>Đã cập nhật %1</source>
        <translation>Entered %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tạo gói cho %n hồ sơ đã chọn…</source>
        <translation>
            <numerusform>&amp;Make a package for the selected dossier…</numerusform>
            <numerusform>&amp;Make a package for the %n selected dossiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tạo gói cho mọi hồ sơ chưa cập nhật…</source>
        <translation>&amp;Make a package for every dossier not yet entered…</translation>
    </message>
    <message>
        <source>Lưu gói cho Cổng</source>
        <translation>Save the portal package</translation>
    </message>
    <message>
        <source>Tệp zip (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>Đang tạo gói cho Cổng…</source>
        <translation>Making the portal package…</translation>
    </message>
    <message>
        <source>Chưa tạo được gói</source>
        <translation>The package could not be made</translation>
    </message>
    <message numerus="yes">
        <source>Đã tạo gói cho %n hồ sơ:</source>
        <translation>
            <numerusform>Package made for %n dossier:</numerusform>
            <numerusform>Package made for %n dossiers:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thư mục này có số điện thoại và số CCCD/CMND của %n tác giả (trong index.html) mà Cổng hỏi. Đừng chép lên máy dùng chung; khi mọi hồ sơ đã được đánh dấu đã cập nhật, chương trình sẽ đề nghị xóa thư mục và tệp zip.</source>
        <translation>
            <numerusform>This folder holds the phone and ID number of %n author (in index.html), which the portal asks for. Do not copy it to a shared computer; once every dossier is marked entered, the program offers to delete the folder and the zip.</numerusform>
            <numerusform>This folder holds the phone and ID numbers of %n authors (in index.html), which the portal asks for. Do not copy it to a shared computer; once every dossier is marked entered, the program offers to delete the folder and the zip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lưu ý:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Gói cho Cổng</source>
        <translation>Portal package</translation>
    </message>
    <message>
        <source>Chưa ghi nhận được</source>
        <translation>Could not record it</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ đã chọn</source>
        <translation>
            <numerusform>%n dossier selected</numerusform>
            <numerusform>%n dossiers selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Xóa gói cho Cổng</source>
        <translation>Delete the portal package</translation>
    </message>
    <message>
        <source>Mọi hồ sơ trong gói %1 đã được cập nhật lên Cổng. Xóa thư mục %2 và tệp zip? Chúng chứa số điện thoại và số CCCD/CMND của tác giả; hồ sơ trong chương trình không bị ảnh hưởng.</source>
        <translation>Every dossier of package %1 has been entered on the portal. Delete the folder %2 and the zip? They hold the authors&apos; phone and ID numbers; the dossiers in the program are not affected.</translation>
    </message>
    <message>
        <source>Chưa xóa được gói</source>
        <translation>Could not delete the package</translation>
    </message>
    <message>
        <source>Hồ sơ bị trả lại</source>
        <translation>Dossier returned</translation>
    </message>
    <message>
        <source>Hồ sơ đã được mở lại để sửa: hồ sơ đã công nhận có thêm một phiên bản sửa đổi (bản nháp) trong danh sách; hồ sơ khác quay lại danh sách chờ cập nhật.</source>
        <translation>The dossier is open for correction again: a recognised dossier gets a correction version (a draft) in the list; any other dossier goes back to the list waiting to be entered.</translation>
    </message>
    <message>
        <source>Gói nhập cổng trực tuyến</source>
        <translation>Portal package</translation>
    </message>
    <message>
        <source>Hồ sơ đã công nhận thuộc chương trình toàn quốc, chưa cập nhật lên Cổng trực tuyến Công đoàn Việt Nam. Tạo gói (làm khi chưa có mạng), rồi lên mạng mở index.html trong gói: sao chép từng ô, dán vào Cổng, đính kèm tệp PDF. Xong thì đánh dấu “Đã cập nhật”.</source>
        <translation>Recognised dossiers of a national programme not yet entered on the Vietnam Trade Union online portal. Make the package (no internet needed), then, online, open index.html in the package: copy each field, paste it into the portal, attach the PDF. Then mark the dossier “Entered”.</translation>
    </message>
    <message>
        <source>Hiện cả hồ sơ Cổng đã trả lời</source>
        <translation>Also show dossiers the portal has answered</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Tác giả đứng tên</source>
        <translation>Credited author</translation>
    </message>
    <message>
        <source>Trên Cổng</source>
        <translation>On the portal</translation>
    </message>
    <message>
        <source>Biên nhận / lý do</source>
        <translation>Receipt / reason</translation>
    </message>
    <message>
        <source>&amp;Tạo gói cho Cổng…</source>
        <translation>&amp;Make portal package…</translation>
    </message>
    <message>
        <source>Đã cập &amp;nhật…</source>
        <translation>&amp;Entered…</translation>
    </message>
    <message>
        <source>Được chấ&amp;p nhận</source>
        <translation>&amp;Accepted</translation>
    </message>
    <message>
        <source>Bị t&amp;rả lại…</source>
        <translation>&amp;Returned…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Bỏ đánh dấu…</source>
        <translation>&amp;Unmark…</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu đã cập nhật lên Cổng (đánh dấu nhầm), có ghi lý do</source>
        <translation>Remove the “entered on the portal” mark (marked by mistake), with a reason</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Xem trước khi in — %1</source>
        <translation>Print preview — %1</translation>
    </message>
</context>
<context>
    <name>ProgramsDialog</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Áp dụng từ</source>
        <translation>Applied from</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Cổng mở</source>
        <translation>Portal opens</translation>
    </message>
    <message>
        <source>Cổng đóng</source>
        <translation>Portal closes</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Ghi là</source>
        <translation>Shown as</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>mặc định cho hồ sơ mới</source>
        <translation>default for new dossiers</translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Chương trình có thay đổi chưa lưu. Lưu trước?</source>
        <translation>The programme has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Mã chương trình</source>
        <translation>Programme id</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tên đầy đủ</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Áp dụng lần đầu từ ngày</source>
        <translation>First applied from</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Giới hạn ký tự mô tả</source>
        <translation>Description character limit</translation>
    </message>
    <message>
        <source>Hạn nộp đề nghị</source>
        <translation>Nomination deadline</translation>
    </message>
    <message>
        <source>Báo trước hạn</source>
        <translation>Warn before the deadline</translation>
    </message>
    <message>
        <source>Loại giải pháp</source>
        <translation>Kinds of solution</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Giấy tờ bắt buộc</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Lĩnh vực được ưu tiên</source>
        <translation>Favoured fields</translation>
    </message>
    <message>
        <source>Giai đoạn</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>%1, dòng %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message numerus="yes">
        <source>Chưa lưu được: %n chỗ cần sửa.</source>
        <translation>
            <numerusform>Not saved: %n thing to correct.</numerusform>
            <numerusform>Not saved: %n things to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Đã lưu chương trình %1 (phiên bản %2).</source>
        <translation>Programme %1 saved (version %2).</translation>
    </message>
    <message>
        <source>Chưa tạo được chương trình</source>
        <translation>The programme was not created</translation>
    </message>
    <message>
        <source>Nhập tệp chương trình</source>
        <translation>Import a programme file</translation>
    </message>
    <message>
        <source>Tệp chương trình (*.json)</source>
        <translation>Programme files (*.json)</translation>
    </message>
    <message>
        <source>Không nhập được tệp chương trình</source>
        <translation>Could not import the programme file</translation>
    </message>
    <message>
        <source>Đã nhập chương trình</source>
        <translation>Programme imported</translation>
    </message>
    <message>
        <source>Đã nhập chương trình “%1”, phiên bản %2.</source>
        <translation>Imported programme “%1”, version %2.</translation>
    </message>
    <message>
        <source>Xuất tệp chương trình</source>
        <translation>Export the programme file</translation>
    </message>
    <message>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <source>Đã xuất chương trình</source>
        <translation>Programme exported</translation>
    </message>
    <message>
        <source>Đã lưu tệp chương trình “%1” vào %2.</source>
        <translation>Saved the file of programme “%1” to %2.</translation>
    </message>
    <message>
        <source>Các chương trình</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Tạo từ &amp;mẫu…</source>
        <translation>New from &amp;template…</translation>
    </message>
    <message>
        <source>Tạo chương trình mới (ví dụ đợt năm sau) từ một chương trình có sẵn</source>
        <translation>Make a new programme (for example next year&apos;s round) from an existing one</translation>
    </message>
    <message>
        <source>&amp;Nhập tệp…</source>
        <translation>&amp;Import file…</translation>
    </message>
    <message>
        <source>Nhập tệp chương trình do cấp trên gửi</source>
        <translation>Import a programme file sent by the upper union</translation>
    </message>
    <message>
        <source>&amp;Xuất tệp…</source>
        <translation>&amp;Export file…</translation>
    </message>
    <message>
        <source>Lưu tệp chương trình để gửi đơn vị khác</source>
        <translation>Save the programme file to send to other units</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Mã chương trình:</source>
        <translation>Programme &amp;id:</translation>
    </message>
    <message>
        <source>Phiên bản:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>&amp;Tên đầy đủ:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>in trên văn bản, ví dụ: Phong trào thi đua sáng kiến năm 2027</source>
        <translation>printed on documents, e.g. Phong trào thi đua sáng kiến năm 2027</translation>
    </message>
    <message>
        <source>Tên &amp;ngắn:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>trong danh sách, ví dụ: Sáng kiến 2027</source>
        <translation>in lists, e.g. Sáng kiến 2027</translation>
    </message>
    <message>
        <source>Đơn vị &amp;phát động:</source>
        <translation>&amp;Run by:</translation>
    </message>
    <message>
        <source>ví dụ: Liên đoàn Lao động tỉnh Quảng Trị</source>
        <translation>e.g. Liên đoàn Lao động tỉnh Quảng Trị</translation>
    </message>
    <message>
        <source>Cổng quốc gia:</source>
        <translation>National portal:</translation>
    </message>
    <message>
        <source>Chương trình toàn quốc có Cổng trực tuyến</source>
        <translation>A national programme with an online portal</translation>
    </message>
    <message>
        <source>Áp dụng lần đầu &amp;từ ngày:</source>
        <translation>First applied &amp;from:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy — để trống nếu không giới hạn</source>
        <translation>dd/mm/yyyy — empty for no limit</translation>
    </message>
    <message>
        <source>đến &amp;ngày:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Giới hạn ký tự mô tả:</source>
        <translation>Description &amp;character limit:</translation>
    </message>
    <message>
        <source>ví dụ 2000 — để trống nếu không giới hạn</source>
        <translation>e.g. 2000 — empty for no limit</translation>
    </message>
    <message>
        <source>&amp;Hạn nộp đề nghị:</source>
        <translation>Nomination &amp;deadline:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm — để trống nếu không có</source>
        <translation>dd/mm/yyyy hh:mm — empty if none</translation>
    </message>
    <message>
        <source>Báo trước hạn (&amp;ngày):</source>
        <translation>&amp;Warn days before:</translation>
    </message>
    <message>
        <source>Loại, đối tượng</source>
        <translation>Kinds, groups</translation>
    </message>
    <message>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Bỏ dòng</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Mã (chữ không dấu, số, gạch dưới) được ghi trong hồ sơ; tên hiện trên màn hình và văn bản.</source>
        <translation>The code (letters without accents, digits, underscores) is stored in dossiers; the name is shown on screen and on documents.</translation>
    </message>
    <message>
        <source>Các nhóm đối tượng của chương trình (để trống nếu không dùng).</source>
        <translation>The programme&apos;s target groups (empty if not used).</translation>
    </message>
    <message>
        <source>Giai đoạn, chỉ tiêu</source>
        <translation>Phases, quotas</translation>
    </message>
    <message>
        <source>Ngày dạng dd/mm/yyyy; giờ mở và đóng Cổng dạng dd/mm/yyyy hh:mm.</source>
        <translation>Dates as dd/mm/yyyy; portal opening and closing as dd/mm/yyyy hh:mm.</translation>
    </message>
    <message>
        <source>Chỉ tiêu đề nghị theo cấp</source>
        <translation>Nomination quotas by level</translation>
    </message>
    <message>
        <source>Mỗi cấp được đề nghị tối đa bao nhiêu sáng kiến trong một đợt.</source>
        <translation>How many initiatives each level may nominate in one batch.</translation>
    </message>
    <message>
        <source>Giấy tờ mỗi hồ sơ phải có</source>
        <translation>Documents every dossier must carry</translation>
    </message>
    <message>
        <source>Khi đính kèm tệp, người dùng chọn tệp ứng với giấy tờ nào trong danh sách này.</source>
        <translation>When attaching a file, the user chooses which document of this list it is.</translation>
    </message>
    <message>
        <source>Có thể gắn cho hồ sơ trong đợt đề nghị.</source>
        <translation>May be given to dossiers in a nomination.</translation>
    </message>
    <message>
        <source>&amp;Lưu chương trình</source>
        <translation>&amp;Save programme</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Thư mục dữ liệu chỉ cho đọc (ổ USB bị gạt khóa ghi, đĩa CD, hoặc tài khoản không có quyền ghi): xem, tìm, in và xuất ra nơi khác được, nhưng không sửa được. Để sửa, hãy mở khóa ghi hoặc chép thư mục dữ liệu sang ổ đĩa ghi được rồi mở lại.</source>
        <translation>The data folder is read-only (a write-locked USB stick, a CD, or an account without write rights): you can view, search, print and export elsewhere, but not change anything. To make changes, unlock writing or copy the data folder to a writable disk and open it again.</translation>
    </message>
    <message>
        <source>chỉ đọc</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>Chỉ đọc</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Hãy ghi lý do: lý do được ghi vào lịch sử hồ sơ.</source>
        <translation>Please give a reason: it is written into the dossier&apos;s history.</translation>
    </message>
    <message>
        <source>Rút lại một việc đã làm</source>
        <translation>Undo an act</translation>
    </message>
    <message>
        <source>&amp;Lý do (ghi vào lịch sử hồ sơ):</source>
        <translation>&amp;Reason (written into the dossier&apos;s history):</translation>
    </message>
    <message>
        <source>Ví dụ: Tác giả xin rút để bổ sung số liệu, theo đơn ngày 05/3/2026</source>
        <translation>For example: the author asked to withdraw it to add figures, letter of 05/3/2026</translation>
    </message>
</context>
<context>
    <name>ReceivedDialog</name>
    <message>
        <source>Chưa nhận gói đề nghị nào của đơn vị cấp dưới. Bấm “Nhận gói hồ sơ…” để mở tệp .skpkg đơn vị cấp dưới gửi lên.</source>
        <translation>No nomination package from a lower-level unit yet. Click “Import a package…” to open the .skpkg file a lower-level unit sent.</translation>
    </message>
    <message>
        <source>Tờ trình số %1</source>
        <translation>Cover letter no. %1</translation>
    </message>
    <message>
        <source>ngày %1</source>
        <translation>dated %1</translation>
    </message>
    <message>
        <source>Đợt đề nghị dự thảo (chưa có số Tờ trình)</source>
        <translation>Draft nomination (no cover letter number yet)</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, nhận ngày %2</source>
        <translation>%1, received %2</translation>
    </message>
    <message>
        <source>Số %1 ngày %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <source>chưa có quyết định công nhận</source>
        <translation>no recognition decision yet</translation>
    </message>
    <message>
        <source>không còn ở máy này (đã xóa)</source>
        <translation>no longer on this computer (deleted)</translation>
    </message>
    <message>
        <source>chưa đề nghị lên cấp trên</source>
        <translation>not yet nominated upward</translation>
    </message>
    <message>
        <source>trong Tờ trình %1 của đơn vị này</source>
        <translation>in this unit&apos;s cover letter %1</translation>
    </message>
    <message>
        <source>trong đợt đề nghị đang soạn</source>
        <translation>in a nomination being prepared</translation>
    </message>
    <message>
        <source>Không mở được văn bản</source>
        <translation>The document could not be opened</translation>
    </message>
    <message>
        <source>Nhận gói hồ sơ</source>
        <translation>Import a dossier package</translation>
    </message>
    <message>
        <source>Gói hồ sơ sáng kiến (*.skpkg)</source>
        <translation>Initiative dossier packages (*.skpkg)</translation>
    </message>
    <message>
        <source>Hồ sơ nhận từ đơn vị cấp dưới</source>
        <translation>Dossiers received from lower-level units</translation>
    </message>
    <message>
        <source>Đơn vị gửi / đợt đề nghị / hồ sơ</source>
        <translation>Sending unit / nomination / dossier</translation>
    </message>
    <message>
        <source>Quyết định công nhận (của đơn vị gửi)</source>
        <translation>Recognition decision (of the sending unit)</translation>
    </message>
    <message>
        <source>Ở đơn vị này</source>
        <translation>At this unit</translation>
    </message>
    <message>
        <source>Văn bản nhận được</source>
        <translation>Papers received</translation>
    </message>
    <message>
        <source>&amp;Mở văn bản</source>
        <translation>&amp;Open paper</translation>
    </message>
    <message>
        <source>&amp;Nhận gói hồ sơ…</source>
        <translation>&amp;Import a package…</translation>
    </message>
    <message>
        <source>Lập đợt đề nghị của đơn vị này lên cấp trên: hồ sơ nhận được đã được đơn vị gửi công nhận có trong danh sách để chọn</source>
        <translation>Prepare this unit&apos;s nomination to the level above: received dossiers recognised by their sending unit are in its list to choose from</translation>
    </message>
    <message>
        <source>Đề nghị &amp;lên cấp trên…</source>
        <translation>Nominate &amp;upward…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 đã gửi %2 với %3. Chọn một đợt hoặc một hồ sơ để xem văn bản đi kèm; hồ sơ đã được đơn vị gửi công nhận có thể đưa vào đợt đề nghị của đơn vị này lên cấp trên.</source>
        <translation>%1 sent %2 with %3. Select a nomination or a dossier to see its papers; dossiers recognised by the sending unit can go into this unit&apos;s own nomination to the level above.</translation>
    </message>
</context>
<context>
    <name>RestoreServerDialog</name>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Bản sao lưu lúc %1 (%2): %3</source>
        <translation>Backup of %1 (%2): %3</translation>
    </message>
    <message>
        <source>để trống: dùng mật khẩu đang dùng</source>
        <translation>leave empty to use the password in use</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu lúc %1 (%2) vào cơ sở dữ liệu trống %3?

Dữ liệu dùng chung đang mở (%4) không bị thay đổi.</source>
        <translation>Restore the backup of %1 (%2) into the empty database %3?

The shared data now open (%4) is not changed.</translation>
    </message>
    <message>
        <source>Đang khôi phục vào máy chủ…</source>
        <translation>Restoring onto the server…</translation>
    </message>
    <message>
        <source>Đã khôi phục bản sao lưu vào %1: %2, %3; số bản ghi khớp với bản sao lưu.</source>
        <translation>The backup was restored into %1: %2, %3; the record counts match the backup.</translation>
    </message>
    <message>
        <source>Từ lần mở sau, máy này dùng cơ sở dữ liệu %1.</source>
        <translation>From the next start, this computer uses the database %1.</translation>
    </message>
    <message>
        <source>Máy này vẫn dùng %1. Để chuyển sang cơ sở dữ liệu vừa khôi phục: Công cụ → Dữ liệu dùng chung.</source>
        <translation>This computer still uses %1. To switch to the restored database: Tools → Shared data.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 được để nguyên như trước khi khôi phục.</source>
        <translation>The database %1 is left as it was before the restore.</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Đã dừng khôi phục; cơ sở dữ liệu %1 được để nguyên như trước.</source>
        <translation>The restore was stopped; the database %1 is left as it was.</translation>
    </message>
    <message>
        <source>Khôi phục vào cơ sở dữ liệu trống trên máy chủ</source>
        <translation>Restore into an empty database on the server</translation>
    </message>
    <message>
        <source>Dữ liệu dùng chung đang mở không bị thay đổi: các cán bộ khác vẫn làm việc bình thường. Bản sao lưu được khôi phục vào một cơ sở dữ liệu trống do người phụ trách tin học tạo sẵn. Nếu có lỗi hoặc anh/chị bấm Hủy giữa chừng, cơ sở dữ liệu đó được để trống như trước.</source>
        <translation>The shared data now open is not changed: the other officers go on working as usual. The backup is restored into an empty database the IT person has created. If something goes wrong or you press Cancel part-way, that database is left empty as before.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu trống để khôi phục vào</source>
        <translation>Empty database to restore into</translation>
    </message>
    <message>
        <source>&amp;Máy chủ:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Cổng:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Cơ sở dữ liệu trống:</source>
        <translation>Empty &amp;database:</translation>
    </message>
    <message>
        <source>ví dụ sangkien_khoiphuc</source>
        <translation>for example sangkien_restored</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Mật &amp;khẩu:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sau khi khôi phục, máy này &amp;dùng cơ sở dữ liệu đó từ lần mở sau</source>
        <translation>After the restore, this computer &amp;uses that database from the next start</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Đang chấm</source>
        <translation>Being scored</translation>
    </message>
    <message>
        <source>Đề nghị công nhận</source>
        <translation>Propose recognition</translation>
    </message>
    <message>
        <source>Không đề nghị</source>
        <translation>Do not propose</translation>
    </message>
    <message>
        <source>Không chấm, không tính vào số biểu quyết: %1</source>
        <translation>Not scoring, not counted in the vote: %1</translation>
    </message>
    <message>
        <source>Không tham gia đánh giá (tính là không tán thành): %1</source>
        <translation>Abstained (counted as not in favour): %1</translation>
    </message>
    <message>
        <source>Đã chấm %1 thành viên. Điểm và kết quả được giữ kín cho đến khi mọi thành viên đã chấm hồ sơ này.</source>
        <translation>Scored by %1 members. Scores and the result stay hidden until every member has scored this dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n phiếu chưa đủ điểm hoặc có ô sai.</source>
        <translation>
            <numerusform>%n sheet incomplete or with a wrong cell.</numerusform>
            <numerusform>%n sheets incomplete or with a wrong cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chưa có phiếu đầy đủ điểm cho hồ sơ này.</source>
        <translation>No complete score sheet for this dossier yet.</translation>
    </message>
    <message>
        <source>Số phiếu: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Score sheets: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>bỏ %1 phiếu cao nhất và thấp nhất</source>
        <translation>%1 highest and lowest sheets dropped</translation>
    </message>
    <message>
        <source>Điểm trung bình: &lt;b&gt;%1&lt;/b&gt; / %2</source>
        <translation>Average score: &lt;b&gt;%1&lt;/b&gt; / %2</translation>
    </message>
    <message>
        <source>Độ lệch: %1</source>
        <translation>Spread: %1</translation>
    </message>
    <message>
        <source>Kết quả: &lt;b style=&apos;%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>Result: &lt;b style=&apos;%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tán thành: %1/%2 (cần %3)</source>
        <translation>Approved: %1/%2 (%3 needed)</translation>
    </message>
    <message>
        <source>→ &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>→ &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Quy tắc biểu quyết: %1</source>
        <translation>Pass rule: %1</translation>
    </message>
    <message>
        <source>Dưới điểm sàn: %1</source>
        <translation>Below the pass mark: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n phiếu chưa đủ điểm hoặc có ô sai: chưa được tính.</source>
        <translation>
            <numerusform>%n sheet is incomplete or has a wrong cell: not counted.</numerusform>
            <numerusform>%n sheets are incomplete or have wrong cells: not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cuộc họp chưa đủ số thành viên có mặt: chưa thể đề nghị công nhận.</source>
        <translation>Not enough members are present: recognition cannot be proposed yet.</translation>
    </message>
    <message>
        <source>Đang xem thử cách tính khác quy định của Hội đồng; biên bản tính theo quy định.</source>
        <translation>Previewing a way of computing that differs from the council&apos;s rules; the minutes follow the rules.</translation>
    </message>
    <message>
        <source>Điểm của các thành viên lệch nhau %1 điểm (quá %2): Hội đồng nên trao đổi lại trước khi kết luận.</source>
        <translation>The members&apos; scores differ by %1 points (more than %2): the council should discuss before concluding.</translation>
    </message>
</context>
<context>
    <name>RulePackDialog</name>
    <message>
        <source>Toàn quốc</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province, city</translation>
    </message>
    <message>
        <source>Ngành</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>đi kèm chương trình</source>
        <translation>shipped with the program</translation>
    </message>
    <message>
        <source>nhập từ tệp</source>
        <translation>imported from a file</translation>
    </message>
    <message>
        <source>của đơn vị</source>
        <translation>the unit&apos;s own</translation>
    </message>
    <message>
        <source>chuyển từ Hội đồng</source>
        <translation>converted from a council</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Chỉ khi tính được tiền làm lợi</source>
        <translation>Only with a computed money benefit</translation>
    </message>
    <message>
        <source>Đợt</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>tổng số thành viên</source>
        <translation>all members</translation>
    </message>
    <message>
        <source>số thành viên có mặt</source>
        <translation>members present</translation>
    </message>
    <message>
        <source>phiên bản %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Đơn vị đang dùng: %1</source>
        <translation>The unit uses: %1</translation>
    </message>
    <message>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Bộ quy định có thay đổi chưa lưu. Lưu trước?</source>
        <translation>The rule pack has unsaved changes. Save first?</translation>
    </message>
    <message>
        <source>Bộ quy định xét công nhận sáng kiến</source>
        <translation>Rule packs for recognising initiatives</translation>
    </message>
    <message>
        <source>Phiên bản %1 đã được dùng (hoặc đi kèm chương trình) nên được giữ nguyên; thay đổi được lưu thành phiên bản %2.</source>
        <translation>Version %1 is in use (or shipped with the program) and is kept as it was; the changes were saved as version %2.</translation>
    </message>
    <message>
        <source>Bộ quy định mới</source>
        <translation>New rule pack</translation>
    </message>
    <message>
        <source>Tên bộ quy định mới:</source>
        <translation>Name of the new rule pack:</translation>
    </message>
    <message>
        <source>Quy định của %1</source>
        <translation>Rules of %1</translation>
    </message>
    <message>
        <source>Nhập bộ quy định</source>
        <translation>Import a rule pack</translation>
    </message>
    <message>
        <source>Bộ quy định (*.json)</source>
        <translation>Rule packs (*.json)</translation>
    </message>
    <message>
        <source>Đã nhập “%1”, phiên bản %2.</source>
        <translation>Imported “%1”, version %2.</translation>
    </message>
    <message>
        <source>Xuất bộ quy định</source>
        <translation>Export the rule pack</translation>
    </message>
    <message>
        <source>Đã xuất ra %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Các bộ quy định&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rule packs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dùng cho đơn &amp;vị</source>
        <translation>Use for the &amp;unit</translation>
    </message>
    <message>
        <source>Bộ quy định được chọn là của đơn vị: Hội đồng mới và kiểm tra điều kiện hồ sơ theo bộ này.</source>
        <translation>Make the selected pack the unit&apos;s: new councils and the dossier checks follow it.</translation>
    </message>
    <message>
        <source>Tạo bộ &amp;mới từ bộ này…</source>
        <translation>&amp;New pack from this one…</translation>
    </message>
    <message>
        <source>&amp;Nhập từ tệp…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <source>&amp;Xuất ra tệp…</source>
        <translation>E&amp;xport to a file…</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Mã, phiên bản:</source>
        <translation>Id, version:</translation>
    </message>
    <message>
        <source>&amp;Tên bộ quy định:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Tên &amp;ngắn:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>&amp;Cấp áp dụng:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Áp dụng &amp;cho:</source>
        <translation>Applies &amp;to:</translation>
    </message>
    <message>
        <source>Các trường thuộc Sở Giáo dục và Đào tạo …</source>
        <translation>Schools under the Department of Education and Training …</translation>
    </message>
    <message>
        <source>Căn cứ &amp;pháp lý:
(mỗi dòng một căn cứ)</source>
        <translation>&amp;Legal basis:
(one per line)</translation>
    </message>
    <message>
        <source>In ở phần “Căn cứ” của quyết định công nhận, đúng như ghi ở đây.</source>
        <translation>Printed in the “Căn cứ” part of the recognition decision exactly as written here.</translation>
    </message>
    <message>
        <source>Ngày kiểm tra &amp;căn cứ:</source>
        <translation>Legal basis &amp;checked on:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Ngày gần nhất đã đối chiếu căn cứ pháp lý với văn bản đang có hiệu lực.</source>
        <translation>The last date the legal basis was compared with the texts in force.</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Nguồn:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Biểu quyết và các đợt</source>
        <translation>Vote and rounds</translation>
    </message>
    <message>
        <source>Họp hợp lệ khi có &amp;mặt ít nhất:</source>
        <translation>&amp;Quorum: at least</translation>
    </message>
    <message>
        <source>Công nhận khi &amp;tán thành:</source>
        <translation>Recognised when in &amp;favour:</translation>
    </message>
    <message>
        <source>2/3, 70%, &gt; 1/2 (quá nửa), 100% hoặc một tỷ lệ khác như 3/5</source>
        <translation>2/3, 70%, &gt; 1/2 (a majority), 100% or another share such as 3/5</translation>
    </message>
    <message>
        <source>Tính trên:</source>
        <translation>Counted on:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Các đợt xét trong năm&lt;/b&gt; (ngày dạng MM-DD, ví dụ 01-01 đến 06-30)</source>
        <translation>&lt;b&gt;Rounds of the year&lt;/b&gt; (dates as MM-DD, e.g. 01-01 to 06-30)</translation>
    </message>
    <message>
        <source>Thêm đợt</source>
        <translation>Add round</translation>
    </message>
    <message>
        <source>Bỏ đợt</source>
        <translation>Remove round</translation>
    </message>
    <message>
        <source>Tiêu chí chấm điểm</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiêu chí&lt;/b&gt; — điểm sàn: dưới mức này tiêu chí không đạt; “Loại” đánh dấu tiêu chí mà không đạt thì hồ sơ không được công nhận dù tổng điểm cao.</source>
        <translation>&lt;b&gt;Criteria&lt;/b&gt; — pass mark: below it the criterion fails; “Disqualifying” marks a criterion that, when failed, stops the dossier from being recognised however high its total.</translation>
    </message>
    <message>
        <source>Thêm &amp;tiêu chí</source>
        <translation>Add &amp;criterion</translation>
    </message>
    <message>
        <source>Bỏ tiêu chí</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Khoảng điểm của tiêu chí&lt;/b&gt; — in trên phiếu đánh giá; khoảng “chỉ khi tính được tiền làm lợi” không chấm được cho sáng kiến không có giá trị làm lợi bằng tiền.</source>
        <translation>&lt;b&gt;Score ranges of the criteria&lt;/b&gt; — printed on the score sheet; a range marked “only with a computed money benefit” cannot be given to an initiative without a money benefit.</translation>
    </message>
    <message>
        <source>Thêm khoảng</source>
        <translation>Add range</translation>
    </message>
    <message>
        <source>Bỏ khoảng</source>
        <translation>Remove range</translation>
    </message>
    <message>
        <source>&lt;b&gt;Xếp loại theo tổng điểm&lt;/b&gt; (mức cao nhất trước; dưới mọi mức là “Không đạt”). Điều kiện thêm ghi dạng “tính mới ≥ 30”.</source>
        <translation>&lt;b&gt;Grades by total&lt;/b&gt; (highest first; below every grade is “Không đạt”). Write extra conditions like “tính mới ≥ 30”.</translation>
    </message>
    <message>
        <source>Thêm mức</source>
        <translation>Add grade</translation>
    </message>
    <message>
        <source>Bỏ mức</source>
        <translation>Remove grade</translation>
    </message>
    <message>
        <source>Bỏ phiếu cao nhất và thấp nhất khi có từ</source>
        <translation>Drop the highest and lowest scores when there are at least</translation>
    </message>
    <message>
        <source> phiếu</source>
        <translation> score sheets</translation>
    </message>
    <message>
        <source>Cảnh báo khi điểm các thành viên lệch nhau quá:</source>
        <translation>Warn when the members&apos; scores differ by more than:</translation>
    </message>
    <message>
        <source>Cảnh báo sáng kiến đã công nhận năm trước nộp lại</source>
        <translation>Warn when an initiative recognised in an earlier year is filed again</translation>
    </message>
    <message>
        <source>So hồ sơ với mọi hồ sơ trong dữ liệu (kể cả hồ sơ nhận được): giống một sáng kiến đã được công nhận ở năm trước thì cảnh báo; Hội đồng vẫn có thể xét, ghi lý do.</source>
        <translation>Compares the dossier with every dossier in the data (received ones included): one like an initiative recognised in an earlier year is warned about; the council may still consider it, with a written reason.</translation>
    </message>
    <message>
        <source> điểm</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Điều kiện, phạm vi, thù lao</source>
        <translation>Eligibility, scope, pay</translation>
    </message>
    <message>
        <source>Nộp đơn trong vòng:</source>
        <translation>Filed within:</translation>
    </message>
    <message>
        <source> tháng</source>
        <translation> months</translation>
    </message>
    <message>
        <source>không giới hạn</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>kể từ ngày áp dụng lần đầu</source>
        <translation>of the first application</translation>
    </message>
    <message>
        <source>Đồng tác giả đóng góp ít nhất:</source>
        <translation>Each co-author contributes at least:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>không quy định</source>
        <translation>no minimum</translation>
    </message>
    <message>
        <source>Đề tài nghiên cứu khoa học phải có ngày nghiệm thu</source>
        <translation>A research project must have its acceptance date</translation>
    </message>
    <message>
        <source>Loại giải pháp được xét:</source>
        <translation>Kinds of solution considered:</translation>
    </message>
    <message>
        <source>Không đánh dấu loại nào: xét mọi loại giải pháp.</source>
        <translation>None ticked: every kind is considered.</translation>
    </message>
    <message>
        <source>Thù lao tối thiểu:</source>
        <translation>Minimum pay:</translation>
    </message>
    <message>
        <source> % giá trị làm lợi</source>
        <translation> % of the benefit value</translation>
    </message>
    <message>
        <source>mỗi năm, trong</source>
        <translation>each year, for the</translation>
    </message>
    <message>
        <source> năm đầu</source>
        <translation> first years</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phạm vi ảnh hưởng&lt;/b&gt; (quyết định công nhận chọn một phạm vi cho mỗi sáng kiến)</source>
        <translation>&lt;b&gt;Recognition scopes&lt;/b&gt; (the decision gives each initiative one scope)</translation>
    </message>
    <message>
        <source>Thêm phạm vi</source>
        <translation>Add scope</translation>
    </message>
    <message>
        <source>Bỏ phạm vi</source>
        <translation>Remove scope</translation>
    </message>
    <message>
        <source>&lt;b&gt;Giấy tờ cần có trong hồ sơ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Papers a dossier needs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Thêm giấy tờ</source>
        <translation>Add paper</translation>
    </message>
    <message>
        <source>Bỏ giấy tờ</source>
        <translation>Remove paper</translation>
    </message>
    <message>
        <source>&amp;Lịch sử thay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>RulePackForm</name>
    <message>
        <source>Ví dụ “Tính mới ≥ 30”; nhiều điều kiện cách nhau bằng dấu chấm phẩy.</source>
        <translation>E.g. “Tính mới ≥ 30”; separate several conditions with semicolons.</translation>
    </message>
    <message>
        <source>Tổng điểm tối đa: %1</source>
        <translation>Maximum total score: %1</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Biểu quyết</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Tiêu chí chấm điểm</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>Điều kiện xét</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Thù lao</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Các đợt</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Phạm vi ảnh hưởng</source>
        <translation>Recognition scopes</translation>
    </message>
    <message>
        <source>Giấy tờ cần có</source>
        <translation>Papers required</translation>
    </message>
    <message>
        <source>Công nhận khi %1.</source>
        <translation>Recognised when %1.</translation>
    </message>
    <message>
        <source>Mã “%1” dùng hai lần.</source>
        <translation>The code “%1” is used twice.</translation>
    </message>
    <message>
        <source>Mức “%1”: không hiểu điều kiện “%2”; hãy viết dạng “Tính mới ≥ 30”.</source>
        <translation>Grade “%1”: the condition “%2” is not understood; write it like “Tính mới ≥ 30”.</translation>
    </message>
    <message>
        <source>Khoảng điểm dòng %1: không có tiêu chí “%2”.</source>
        <translation>Score range, row %1: there is no criterion “%2”.</translation>
    </message>
    <message>
        <source>Khoảng điểm dòng %1 phải nằm trong 0–%2, “từ” không lớn hơn “đến”.</source>
        <translation>The score range in row %1 must lie within 0–%2, with “from” not above “to”.</translation>
    </message>
    <message>
        <source>Ngày kiểm tra căn cứ</source>
        <translation>Date the legal basis was checked</translation>
    </message>
    <message>
        <source>Ngày kiểm tra căn cứ không được sau hôm nay.</source>
        <translation>The date the legal basis was checked cannot be after today.</translation>
    </message>
    <message>
        <source>Hãy ghi ít nhất một căn cứ pháp lý, mỗi căn cứ một dòng.</source>
        <translation>Write at least one legal basis, one per line.</translation>
    </message>
    <message>
        <source>Đợt “%1”: ngày viết dạng MM-DD, ví dụ 01-01 và 06-30.</source>
        <translation>Round “%1”: write the dates as MM-DD, e.g. 01-01 and 06-30.</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>Hồ sơ vừa được người khác lưu</source>
        <translation>Someone else saved this dossier</translation>
    </message>
    <message>
        <source>Tải lại bản mới nhất</source>
        <translation>Reload the latest version</translation>
    </message>
    <message>
        <source>Giữ bản của tôi thành hồ sơ mới</source>
        <translation>Keep mine as a new dossier</translation>
    </message>
    <message>
        <source>Quay lại sửa</source>
        <translation>Go back to editing</translation>
    </message>
    <message>
        <source>Tải lại: bỏ các thay đổi chưa lưu của anh/chị và mở bản vừa được lưu. Giữ bản của tôi: lưu nội dung đang sửa thành một hồ sơ mới (mã mới, trạng thái nháp), bản của người kia giữ nguyên.</source>
        <translation>Reload: drop your unsaved changes and open the version just saved. Keep mine: save what you are editing as a new dossier (a new code, a draft); the other version stays as it is.</translation>
    </message>
    <message>
        <source>Người khác</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>%1 vừa lưu hồ sơ này lúc %2; đã tải lại bản mới nhất.</source>
        <translation>%1 saved this dossier at %2; the latest version has been loaded.</translation>
    </message>
    <message>
        <source>%1 vừa lưu hồ sơ này lúc %2. Khi anh/chị lưu, chương trình sẽ hỏi giữ bản nào.</source>
        <translation>%1 saved this dossier at %2. When you save, the program will ask which version to keep.</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>Xung đột lợi ích</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Không tham gia đánh giá</source>
        <translation>Abstains</translation>
    </message>
    <message>
        <source>Là tác giả</source>
        <translation>Is an author</translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị của tác giả</source>
        <translation>Heads the authors&apos; unit</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>tối đa</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Tránh xét</source>
        <translation>Out of this dossier</translation>
    </message>
    <message>
        <source>Chương trình tự xác định: thành viên không chấm hồ sơ này.</source>
        <translation>Found by the program: this member does not score this dossier.</translation>
    </message>
    <message>
        <source>Nội dung xung đột lợi ích mà %1 khai báo:</source>
        <translation>The conflict of interest %1 declares:</translation>
    </message>
    <message>
        <source>Điểm được ẩn cho đến khi mọi thành viên đã chấm hồ sơ này.</source>
        <translation>Scores are hidden until every member has scored this dossier.</translation>
    </message>
    <message>
        <source>Sửa phiếu đã nhập</source>
        <translation>Correct an entered sheet</translation>
    </message>
    <message>
        <source>Mở lại phiếu của %1 để sửa?

Các thành viên khác chưa chấm xong: điểm của phiếu này sẽ hiện trên màn hình. Việc sửa phiếu được ghi vào lịch sử cuộc họp khi lưu.</source>
        <translation>Reopen %1&apos;s sheet to correct it?

The other members have not all scored: this sheet&apos;s marks will show on the screen. The correction is written into the meeting&apos;s history when it is saved.</translation>
    </message>
    <message>
        <source>Phiếu của %1 cho hồ sơ “%2”: %3</source>
        <translation>Sheet of %1 for the dossier “%2”: %3</translation>
    </message>
    <message numerus="yes">
        <source>… và %n ô khác.</source>
        <translation>
            <numerusform>… and %n more cell.</numerusform>
            <numerusform>… and %n more cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ô điểm cần sửa (tô đỏ trong bảng):</source>
        <translation>
            <numerusform>%n score cell needs correcting (marked red in the grid):</numerusform>
            <numerusform>%n score cells need correcting (marked red in the grid):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendNominationDialog</name>
    <message numerus="yes">
        <source>Cảnh báo: %n hồ sơ chưa đủ điều kiện.</source>
        <translation>
            <numerusform>Warning: %n dossier does not yet meet the requirements.</numerusform>
            <numerusform>Warning: %n dossiers do not yet meet the requirements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cấp số và &amp;gửi</source>
        <translation>Number and &amp;send</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Ngày ký Tờ trình</source>
        <translation>Date of the submission letter</translation>
    </message>
    <message>
        <source>…; </source>
        <translation>…; </translation>
    </message>
    <message>
        <source>Sổ văn bản năm %1, Tờ trình đã cấp số: %2. Số tiếp theo còn trống: %3.</source>
        <translation>Document register %1, submission letters numbered: %2. Next free number: %3.</translation>
    </message>
    <message>
        <source>Sổ văn bản năm %1 chưa có Tờ trình nào. Số tiếp theo còn trống: %3.</source>
        <translation>Document register %1 has no submission letter yet. Next free number: %3.</translation>
    </message>
    <message>
        <source>Hãy ghi ngày ký Tờ trình, ví dụ 15/03/2026.</source>
        <translation>Enter the date of the submission letter, for example 15/03/2026.</translation>
    </message>
    <message>
        <source>Số %1 năm %2 đã cấp cho văn bản khác trong sổ. Hãy dùng số %3 hoặc một số còn trống.</source>
        <translation>Number %1 of %2 is already given to another document in the register. Use number %3 or another free number.</translation>
    </message>
    <message>
        <source>Gửi đợt đề nghị</source>
        <translation>Send the nomination batch</translation>
    </message>
    <message>
        <source>Tờ trình lấy số trong sổ văn bản của đơn vị (loại TTr, đánh số lại từ 1 mỗi năm). Sau khi gửi, đợt này không sửa được nữa; các hồ sơ chuyển sang “Đã đề nghị”.</source>
        <translation>The submission letter (Tờ trình) takes its number from the unit&apos;s document register (type TTr, numbered from 1 each year). Once sent, this nomination can no longer be edited; its dossiers become “Nominated”.</translation>
    </message>
    <message>
        <source>&amp;Số Tờ trình:</source>
        <translation>Letter &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Ngày ký:</source>
        <translation>&amp;Date signed:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 15/03/2026</source>
        <translation>day/month/year, for example 15/03/2026</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Công đoàn cơ sở (thuộc công đoàn cấp trên trực tiếp cơ sở)</source>
        <translation>Grassroots union (under its immediate upper-level union)</translation>
    </message>
    <message>
        <source>Công đoàn cơ sở trực thuộc LĐLĐ tỉnh, thành phố</source>
        <translation>Grassroots union directly under a provincial Labour Federation</translation>
    </message>
    <message>
        <source>Công đoàn doanh nghiệp lớn được chỉ định</source>
        <translation>Designated large-enterprise union</translation>
    </message>
    <message>
        <source>LĐLĐ tỉnh, thành phố hoặc công đoàn ngành Trung ương</source>
        <translation>Provincial Labour Federation or central sector union</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Hãy nhập tên đơn vị: nó được in ở đầu mọi văn bản.</source>
        <translation>Enter the unit&apos;s name: it is printed at the top of every document.</translation>
    </message>
    <message>
        <source>Hãy nhập địa danh (ví dụ “Việt Trì”): nó đứng trước ngày tháng trên văn bản.</source>
        <translation>Enter the place name (for example “Việt Trì”): it comes before the date on documents.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Đơn vị của bạn (dùng trong văn bản)</source>
        <translation>Your unit (used in documents)</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên:</source>
        <translation>Parent organisation:</translation>
    </message>
    <message>
        <source>Ví dụ: LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ</source>
        <translation>Example: LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ</translation>
    </message>
    <message>
        <source>Tên đơn vị (*):</source>
        <translation>Unit name (*):</translation>
    </message>
    <message>
        <source>Ví dụ: CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY SÔNG HỒNG</source>
        <translation>Example: CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY SÔNG HỒNG</translation>
    </message>
    <message>
        <source>Ký hiệu trong số văn bản:</source>
        <translation>Code in document numbers:</translation>
    </message>
    <message>
        <source>Ví dụ: CĐCS (số 12/QĐ-CĐCS)</source>
        <translation>Example: CĐCS (no. 12/QĐ-CĐCS)</translation>
    </message>
    <message>
        <source>Địa danh ghi ngày tháng (*):</source>
        <translation>Place name for dates (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Việt Trì</source>
        <translation>Example: Việt Trì</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation>Province, city:</translation>
    </message>
    <message>
        <source>Cấp của đơn vị:</source>
        <translation>Level of the unit:</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message>
        <source>Ví dụ: CHỦ TỊCH</source>
        <translation>Example: CHỦ TỊCH</translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <source>Nơi nhận thường dùng:</source>
        <translation>Usual recipients:</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <source>Máy tính này</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Tên người sử dụng:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Ghi vào lịch sử thay đổi hồ sơ</source>
        <translation>Recorded in the dossiers&apos; change history</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện (Interface language):</source>
        <translation>Interface language (Ngôn ngữ giao diện):</translation>
    </message>
    <message>
        <source>Ngôn ngữ của menu, nút bấm và thông báo. Văn bản in ra luôn bằng tiếng Việt.</source>
        <translation>Language of menus, buttons and messages. Printed documents are always in Vietnamese.</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau. Văn bản in ra luôn bằng tiếng Việt.</source>
        <translation>The new language is used from the next time the program starts. Printed documents are always in Vietnamese.</translation>
    </message>
    <message>
        <source>Thủ trưởng cơ quan, đơn vị</source>
        <translation>The head of the organisation</translation>
    </message>
    <message>
        <source>Công đoàn cấp trên trực tiếp cơ sở (xã, phường, ngành; trước 01/7/2025: cấp huyện)</source>
        <translation>Union directly above the grassroots (commune, ward, sector; before 1 July 2025: district)</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến của cơ quan, đơn vị</source>
        <translation>The organisation&apos;s initiative council</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị có thủ trưởng xét công nhận sáng kiến</source>
        <translation>Organisation whose head recognises initiatives</translation>
    </message>
    <message>
        <source>Tên cơ quan, đơn vị:</source>
        <translation>Organisation name:</translation>
    </message>
    <message>
        <source>Ví dụ: Công ty Cổ phần May Việt Tiến (để trống: đọc từ tên công đoàn)</source>
        <translation>For example: Việt Tiến Garment JSC (empty: taken from the union&apos;s name)</translation>
    </message>
    <message>
        <source>Chức danh thủ trưởng:</source>
        <translation>Title of the head:</translation>
    </message>
    <message>
        <source>Ví dụ: Giám đốc, Hiệu trưởng</source>
        <translation>For example: Giám đốc, Hiệu trưởng</translation>
    </message>
    <message>
        <source>Ký hiệu trên văn bản của thủ trưởng:</source>
        <translation>Symbol on the head&apos;s documents:</translation>
    </message>
    <message>
        <source>Ví dụ: CTY (để trống: chữ đầu của tên)</source>
        <translation>For example: CTY (empty: the initials of the name)</translation>
    </message>
    <message>
        <source>Đơn yêu cầu công nhận gửi tới:</source>
        <translation>Applications for recognition are addressed to:</translation>
    </message>
    <message>
        <source>Người hoặc tổ chức được yêu cầu công nhận sáng kiến, theo quy chế của đơn vị; có thể gõ nội dung khác</source>
        <translation>Who is asked to recognise the initiative, as the organisation&apos;s rules say; you may type something else</translation>
    </message>
    <message>
        <source>Trợ lý &amp;thiết lập…</source>
        <translation>Setup &amp;assistant…</translation>
    </message>
    <message>
        <source>Mở lại trợ lý thiết lập ban đầu: đơn vị, người ký, chương trình và nơi lưu bản sao lưu</source>
        <translation>Open the first-run setup assistant again: unit, signer, programme and where backups go</translation>
    </message>
    <message>
        <source>(dữ liệu mới dùng từ lần mở sau)</source>
        <translation>(the new data is used from the next start)</translation>
    </message>
    <message>
        <source>Dữ liệu đang dùng:</source>
        <translation>Data in use:</translation>
    </message>
    <message>
        <source>Dữ liệu &amp;dùng chung…</source>
        <translation>&amp;Shared data…</translation>
    </message>
    <message>
        <source>Dùng dữ liệu riêng trên máy này, hoặc dữ liệu dùng chung trên máy chủ PostgreSQL để nhiều cán bộ cùng làm</source>
        <translation>Work on this computer&apos;s own data, or on shared data on a PostgreSQL server so that several officers work together</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Bước 1/3: Đơn vị của bạn</source>
        <translation>Step 1/3: Your unit</translation>
    </message>
    <message>
        <source>Bước 2/3: Người ký văn bản</source>
        <translation>Step 2/3: Who signs documents</translation>
    </message>
    <message>
        <source>Bước 3/3: Chương trình và sao lưu</source>
        <translation>Step 3/3: Programme and backups</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu bản sao lưu</source>
        <translation>Choose the folder for backups</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “%1”: hãy chọn thư mục khác (hoặc cắm ổ đĩa chứa nó vào máy).</source>
        <translation>Cannot write to the folder “%1”: choose another folder (or plug in the drive that holds it).</translation>
    </message>
    <message>
        <source>Thiết lập ban đầu</source>
        <translation>First-run setup</translation>
    </message>
    <message>
        <source>Tên đơn vị, cơ quan cấp trên và địa danh được in ở đầu mọi văn bản (quyết định, tờ trình, giấy chứng nhận). Nhập đúng như trên con dấu của đơn vị.</source>
        <translation>The unit&apos;s name, its parent organisation and the place are printed at the top of every document (decisions, cover letters, certificates). Type them exactly as on the unit&apos;s seal.</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên:</source>
        <translation>Parent organisation:</translation>
    </message>
    <message>
        <source>Ví dụ: LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ</source>
        <translation>Example: LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ</translation>
    </message>
    <message>
        <source>Tên đơn vị (*):</source>
        <translation>Unit name (*):</translation>
    </message>
    <message>
        <source>Ví dụ: CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY SÔNG HỒNG</source>
        <translation>Example: CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY SÔNG HỒNG</translation>
    </message>
    <message>
        <source>Địa danh ghi ngày tháng (*):</source>
        <translation>Place name for dates (*):</translation>
    </message>
    <message>
        <source>Ví dụ: Việt Trì</source>
        <translation>Example: Việt Trì</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation>Province, city:</translation>
    </message>
    <message>
        <source>Cấp của đơn vị:</source>
        <translation>Level of the unit:</translation>
    </message>
    <message>
        <source>Người ký được in ở cuối quyết định và tờ trình. Đổi được bất cứ lúc nào trong Công cụ › Cài đặt.</source>
        <translation>The signer is printed at the end of decisions and cover letters. You can change this at any time in Tools › Settings.</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message>
        <source>Ví dụ: CHỦ TỊCH</source>
        <translation>Example: CHỦ TỊCH</translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>E.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Ký hiệu trong số văn bản:</source>
        <translation>Code in document numbers:</translation>
    </message>
    <message>
        <source>Ví dụ: CĐCS (số 12/QĐ-CĐCS)</source>
        <translation>Example: CĐCS (no. 12/QĐ-CĐCS)</translation>
    </message>
    <message>
        <source>Chọn chương trình thi đua đơn vị đang thực hiện và nơi lưu bản sao lưu.</source>
        <translation>Choose the emulation programme the unit works under, and where backups go.</translation>
    </message>
    <message>
        <source>Chương trình đang thực hiện:</source>
        <translation>Current programme:</translation>
    </message>
    <message>
        <source>Hồ sơ mới được tạo theo chương trình này; vẫn đổi được trong từng hồ sơ. Không có chương trình thi đua nào đang mở thì chọn “Cấp cơ sở”: công nhận tại đơn vị vẫn làm đủ.</source>
        <translation>New dossiers start under this programme; each dossier can still change it. If no emulation programme is open, choose “Cấp cơ sở”: recognition at the unit works in full.</translation>
    </message>
    <message>
        <source>Nơi lưu bản sao lưu:</source>
        <translation>Backups go to:</translation>
    </message>
    <message>
        <source>&amp;Chọn thư mục…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>&amp;Mặc định</source>
        <translation>&amp;Default</translation>
    </message>
    <message>
        <source>Sao lưu vào thư mục “backups” trong thư mục dữ liệu</source>
        <translation>Back up into the “backups” folder inside the data folder</translation>
    </message>
    <message>
        <source>Chương trình tự sao lưu mỗi ngày khi đã có dữ liệu. Nên chọn một ổ đĩa khác hoặc thư mục được đồng bộ, để còn bản sao khi máy hỏng.</source>
        <translation>The program backs up every day once there is data. Choose another drive or a synchronised folder, so a copy survives if this computer fails.</translation>
    </message>
    <message>
        <source>&amp;Bỏ qua, thiết lập sau</source>
        <translation>&amp;Skip, set up later</translation>
    </message>
    <message>
        <source>Mở lại trợ lý này trong Công cụ › Cài đặt. Chưa có tên đơn vị thì chưa in được văn bản.</source>
        <translation>Open this assistant again from Tools › Settings. Documents cannot be printed until the unit has a name.</translation>
    </message>
    <message>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Xong</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>SharedDataDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Đang mở: %1</source>
        <translation>Open now: %1</translation>
    </message>
    <message>
        <source>Máy này không có kho mật khẩu: chương trình sẽ hỏi mật khẩu mỗi lần mở.</source>
        <translation>This computer has no password store: the program will ask for the password at each start.</translation>
    </message>
    <message>
        <source>(đã ghi nhớ)</source>
        <translation>(remembered)</translation>
    </message>
    <message>
        <source>Kết nối được: %1.</source>
        <translation>Connected: %1.</translation>
    </message>
    <message>
        <source>Dữ liệu trên máy chủ do một phiên bản mới hơn của chương trình tạo: hãy cài phiên bản mới hơn trước khi dùng.</source>
        <translation>The data on the server was made by a newer version of the programme: install the newer version before using it.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu còn trống: chương trình sẽ tạo cấu trúc dữ liệu ở lần mở đầu tiên.</source>
        <translation>The database is empty: the programme sets up its tables the first time it opens it.</translation>
    </message>
    <message>
        <source>Tên đăng nhập này chỉ được đọc dữ liệu.</source>
        <translation>This login may only read the data.</translation>
    </message>
    <message>
        <source>Cài đặt — Dữ liệu dùng chung</source>
        <translation>Settings — Shared data</translation>
    </message>
    <message>
        <source>Dữ liệu &amp;riêng trên máy này (thư mục dữ liệu)</source>
        <translation>This computer&apos;s &amp;own data (the data folder)</translation>
    </message>
    <message>
        <source>Dữ liệu &amp;dùng chung trên máy chủ PostgreSQL (nhiều cán bộ cùng làm)</source>
        <translation>&amp;Shared data on a PostgreSQL server (several officers work together)</translation>
    </message>
    <message>
        <source>Máy chủ dữ liệu (người phụ trách tin học cho biết)</source>
        <translation>Data server (ask the office&apos;s IT person)</translation>
    </message>
    <message>
        <source>&amp;Máy chủ:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>ví dụ 192.168.1.10</source>
        <translation>for example 192.168.1.10</translation>
    </message>
    <message>
        <source>&amp;Cổng:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Cơ sở &amp;dữ liệu:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>ví dụ sangkien</source>
        <translation>for example sangkien</translation>
    </message>
    <message>
        <source>Tên đăng &amp;nhập:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Mật &amp;khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Ghi nhớ mật khẩu trong kho mật khẩu của máy tính</source>
        <translation>&amp;Remember the password in the computer&apos;s password store</translation>
    </message>
    <message>
        <source>&amp;Tên cán bộ:</source>
        <translation>O&amp;fficer&apos;s name:</translation>
    </message>
    <message>
        <source>ghi vào lịch sử; để trống thì ghi tên đăng nhập</source>
        <translation>written in the history; empty: the login is written</translation>
    </message>
    <message>
        <source>&amp;Thử kết nối</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>Thay đổi có hiệu lực từ lần mở chương trình sau. Mật khẩu không bao giờ được ghi vào tệp cài đặt: nếu máy không có kho mật khẩu, chương trình hỏi mật khẩu mỗi lần mở. Chuyển dữ liệu sẵn có lên máy chủ: lệnh “sangkien migrate-to”.</source>
        <translation>The change takes effect from the next start. The password is never written to the settings file: without a password store on this computer, the program asks for it at each start. To move existing data onto the server: the command “sangkien migrate-to”.</translation>
    </message>
</context>
<context>
    <name>SimilarityDialog</name>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào trong dữ liệu giống hồ sơ này từ %1 % trở lên.</source>
        <translation>No dossier in the data is %1 % or more similar to this one.</translation>
    </message>
    <message>
        <source>%1 hồ sơ giống hồ sơ này từ %2 % trở lên; từ %3 % trở lên là cảnh báo. Chọn một dòng để xem hai hồ sơ cạnh nhau.</source>
        <translation>%1 dossiers are %2 % or more similar to this one; %3 % or more is a warning. Select a row to see the two dossiers side by side.</translation>
    </message>
    <message>
        <source>công nhận ngày %1</source>
        <translation>recognised on %1</translation>
    </message>
    <message>
        <source>trong thùng rác</source>
        <translation>in the bin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ này&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;This dossier&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation>Title of the initiative</translation>
    </message>
    <message>
        <source>Tình trạng trước khi có sáng kiến</source>
        <translation>Situation before the initiative</translation>
    </message>
    <message>
        <source>Nội dung giải pháp</source>
        <translation>The solution</translation>
    </message>
    <message>
        <source>Tính mới</source>
        <translation>Novelty</translation>
    </message>
    <message>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 % giống): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 % similar): %3</translation>
    </message>
    <message>
        <source>So sánh với hồ sơ giống</source>
        <translation>Compare with similar dossiers</translation>
    </message>
    <message>
        <source>Giống</source>
        <translation>Similar</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phần tô vàng là các đoạn có ít nhất ba từ liền nhau giống nhau (không phân biệt dấu, chữ hoa). Tiêu đề mục của mẫu đơn và các câu trích dẫn văn bản pháp luật không được tính. Đây chỉ là gợi ý để Hội đồng xem xét, không phải kết luận trùng lặp.</source>
        <translation>Highlighted: passages where at least three words in a row are the same (ignoring accents and case). The form&apos;s headings and quotations of legal texts are not counted. This is a hint for the council to consider, not a finding of duplication.</translation>
    </message>
    <message>
        <source>Ngưỡng (cho cả đơn vị): &amp;liệt kê hồ sơ giống từ</source>
        <translation>Thresholds (for the whole unit): &amp;list similar dossiers from</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;cảnh báo từ</source>
        <translation>&amp;warn from</translation>
    </message>
    <message>
        <source>Lưu &amp;ngưỡng</source>
        <translation>Save &amp;thresholds</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Dùng dữ liệu trên máy này</source>
        <translation>Use this computer&apos;s data</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Dữ liệu trên máy này là dữ liệu riêng của máy, không phải dữ liệu dùng chung. Lần mở sau chương trình lại thử máy chủ (đổi trong Công cụ → Dữ liệu dùng chung).</source>
        <translation>This computer&apos;s data is its own, not the shared data. At the next start the programme tries the server again (change it in Tools → Shared data).</translation>
    </message>
</context>
<context>
    <name>StatusActs</name>
    <message>
        <source>Rút hồ sơ “%1” khỏi Hội đồng? Hồ sơ trở về bản nháp; Hội đồng không xét hồ sơ này cho đến khi nộp lại.</source>
        <translation>Withdraw dossier “%1” from the council? It becomes a draft again; the council does not consider it until it is submitted again.</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu hồ sơ “%1” đã cập nhật lên Cổng? Hồ sơ trở lại danh sách cần cập nhật; ngày và mã tiếp nhận cũ vẫn được ghi trong lịch sử.</source>
        <translation>Remove the mark “entered on the portal” from dossier “%1”? It goes back to the list to enter; the old date and receipt stay in its history.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Nộp Hội đồng</source>
        <translation>Submit to the council</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào nộp được: chỉ nộp được bản nháp, hoặc hồ sơ không được công nhận đã sửa lại.</source>
        <translation>None of these dossiers can be submitted: only a draft, or a rejected dossier that was revised, can be.</translation>
    </message>
    <message>
        <source>Không nộp được</source>
        <translation>Could not submit</translation>
    </message>
    <message>
        <source>Nộp hồ sơ “%1” cho Hội đồng sáng kiến? Hồ sơ sẽ có trong danh sách Hội đồng xét ở cuộc họp tới.</source>
        <translation>Submit dossier “%1” to the initiative council? It will be on the list the council considers at its next meeting.</translation>
    </message>
</context>
<context>
    <name>SubmitWords</name>
    <message numerus="yes">
        <source>Nộp %n hồ sơ cho Hội đồng sáng kiến?</source>
        <translation>
            <numerusform>Submit %n dossier to the initiative council?</numerusform>
            <numerusform>Submit %n dossiers to the initiative council?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ khác đang chọn không nộp được (không phải bản nháp).</source>
        <translation>
            <numerusform>%n other selected dossier cannot be submitted (not a draft).</numerusform>
            <numerusform>%n other selected dossiers cannot be submitted (not drafts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chỉ tiêu “%1” của “%2” (%3) phải là số nguyên không âm.</source>
        <translation>The target “%1” for “%2” (%3) must be a whole number, not negative.</translation>
    </message>
    <message>
        <source>(chưa ghi đơn vị)</source>
        <translation>(no unit given)</translation>
    </message>
    <message>
        <source>Không lưu được chỉ tiêu</source>
        <translation>Cannot save the targets</translation>
    </message>
    <message>
        <source>%1 (đạt/chỉ tiêu)</source>
        <translation>%1 (achieved/target)</translation>
    </message>
    <message>
        <source>Cả chương trình</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Theo tình trạng</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>Theo loại giải pháp</source>
        <translation>By kind of solution</translation>
    </message>
    <message>
        <source>Theo đối tượng</source>
        <translation>By target group</translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đồng)</source>
        <translation>Economic benefit (VND)</translation>
    </message>
    <message>
        <source>Số liệu tính đến ngày %1; sáng kiến được tính vào đợt có ngày quyết định công nhận.</source>
        <translation>Figures as of %1; an initiative counts in the round of its recognition decision&apos;s date.</translation>
    </message>
    <message>
        <source>Xuất bảng tiến độ ra Excel</source>
        <translation>Export the progress table to Excel</translation>
    </message>
    <message>
        <source>Chỉ tiêu và tiến độ</source>
        <translation>Targets and progress</translation>
    </message>
    <message>
        <source>&amp;Chương trình:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>Phân bổ chỉ tiêu</source>
        <translation>Target allocation</translation>
    </message>
    <message>
        <source>Mỗi dòng một đơn vị, mỗi cột một đợt: số sáng kiến đơn vị cần có. Ô trống hoặc 0 là không giao chỉ tiêu.</source>
        <translation>One row per unit, one column per round: the number of initiatives the unit should have. An empty cell or 0 means no target.</translation>
    </message>
    <message>
        <source>&amp;Thêm đơn vị</source>
        <translation>&amp;Add unit</translation>
    </message>
    <message>
        <source>&amp;Bỏ dòng</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Lấy đơn vị &amp;từ hồ sơ</source>
        <translation>Take units &amp;from dossiers</translation>
    </message>
    <message>
        <source>&amp;Lưu chỉ tiêu</source>
        <translation>&amp;Save targets</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>In &amp;báo cáo chỉ tiêu…</source>
        <translation>Print the targets &amp;report…</translation>
    </message>
    <message>
        <source>In &amp;phiếu tóm tắt đơn vị…</source>
        <translation>Print unit &amp;summary sheets…</translation>
    </message>
    <message>
        <source>Xuất bảng tiến độ ra &amp;Excel…</source>
        <translation>Export the progress table to &amp;Excel…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>Đã lưu chỉ tiêu của %n đơn vị lúc %t.</source>
        <translation>
            <numerusform>Saved the targets of %n unit at %t.</numerusform>
            <numerusform>Saved the targets of %n units at %t.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã ghi báo cáo chỉ tiêu vào %1 lúc %t.</source>
        <translation>Wrote the targets report to %1 at %t.</translation>
    </message>
    <message>
        <source>Đã xuất bảng tiến độ ra %1 lúc %t.</source>
        <translation>Exported the progress table to %1 at %t.</translation>
    </message>
    <message numerus="yes">
        <source>Đã ghi %n phiếu tóm tắt đơn vị vào thư mục %1 lúc %t.</source>
        <translation>
            <numerusform>Wrote %n unit summary sheet to the folder %1 at %t.</numerusform>
            <numerusform>Wrote %n unit summary sheets to the folder %1 at %t.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Mã xác thực gồm 8 ký tự chữ và số, ví dụ SK7Q-4M2X. Hãy nhập lại đúng mã in dưới mã QR.</source>
        <translation>A verification code has 8 letters and digits, for example SK7Q-4M2X. Type the code printed under the QR code again.</translation>
    </message>
    <message>
        <source>Không tìm thấy giấy nào có mã %1 trong dữ liệu này. Giấy có thể do đơn vị khác ban hành mà gói hồ sơ của họ chưa được nhận ở đây, hoặc mã bị sai.</source>
        <translation>No paper with code %1 is in this data. It may have been issued by another unit whose package has not been received here, or the code is wrong.</translation>
    </message>
    <message>
        <source>Quyết định số %1</source>
        <translation>Decision no. %1</translation>
    </message>
    <message>
        <source>ngày %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>của %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>%1 (quyết định công nhận sáng kiến).</source>
        <translation>%1 (decision recognising initiatives).</translation>
    </message>
    <message>
        <source>Giấy chứng nhận tác giả sáng kiến cấp cho %1, sáng kiến “%2”, theo %3.</source>
        <translation>Author&apos;s certificate issued to %1 for the initiative “%2”, under %3.</translation>
    </message>
    <message>
        <source>Giấy xác nhận hiệu quả, phạm vi ảnh hưởng của sáng kiến “%1” cho %2, theo %3.</source>
        <translation>Certification of the effect and scope of the initiative “%1” for %2, under %3.</translation>
    </message>
    <message>
        <source>ban hành tại đơn vị này</source>
        <translation>issued by this unit</translation>
    </message>
    <message>
        <source>nhận trong gói hồ sơ của %1</source>
        <translation>received in a package from %1</translation>
    </message>
    <message>
        <source>Có giấy mang mã %1 (%2).</source>
        <translation>A paper with code %1 exists (%2).</translation>
    </message>
    <message>
        <source>Mã kiểm tra nội dung (SHA-256): %1</source>
        <translation>Content hash (SHA-256): %1</translation>
    </message>
    <message>
        <source>Xác thực giấy tờ</source>
        <translation>Verify a paper</translation>
    </message>
    <message>
        <source>Nhập mã xác thực in dưới mã QR trên quyết định hoặc giấy chứng nhận (hoặc dán nội dung đọc được từ mã QR). Chương trình trả lời giấy đó có trong dữ liệu này không: giấy do đơn vị này ban hành, hoặc nhận được trong gói hồ sơ của đơn vị khác.</source>
        <translation>Enter the verification code printed under the QR code of a decision or certificate (or paste what the QR code reads). The program answers whether that paper is in this data: issued by this unit, or received in another unit&apos;s package.</translation>
    </message>
    <message>
        <source>&amp;Mã xác thực:</source>
        <translation>Verification &amp;code:</translation>
    </message>
    <message>
        <source>ví dụ SK7Q-4M2X</source>
        <translation>for example SK7Q-4M2X</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Check</translation>
    </message>
</context>
<context>
    <name>VersionBanner</name>
    <message>
        <source>&lt;b&gt;Hồ sơ đã được công nhận theo Quyết định số %1 ngày %2 — phiên bản %3.&lt;/b&gt; Nội dung khóa từ %4 (khi quyết định được ghi vào chương trình).</source>
        <translation>&lt;b&gt;Dossier recognised by Decision No. %1 of %2 — version %3.&lt;/b&gt; Content locked since %4 (when the decision was entered in the program).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hồ sơ đã được công nhận — phiên bản %1,&lt;/b&gt; nội dung khóa từ %2.</source>
        <translation>&lt;b&gt;Dossier recognised — version %1,&lt;/b&gt; content locked since %2.</translation>
    </message>
    <message>
        <source>Mã kiểm tra nội dung (SHA-256): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Content checksum (SHA-256): &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Dữ liệu cá nhân đã được xóa ngày %1; lịch sử hồ sơ ghi mã kiểm tra trước và sau mỗi lần xóa.</source>
        <translation>Personal data was erased on %1; the dossier history records the content hash before and after each erasure.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nội dung không khớp mã kiểm tra đã ghi:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;The content does not match the recorded hash:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Chỉ sửa được trạng thái, ghi chú, chương trình, đối tượng, mô tả cho cổng và việc khiếu nại, tranh chấp. Muốn sửa nội dung, hãy tạo phiên bản sửa đổi.</source>
        <translation>Only the status, notes, programme, target group, portal description, complaint and dispute can be changed. To change the content, create a corrected version.</translation>
    </message>
    <message>
        <source>Đã có phiên bản sửa đổi (phiên bản %1).</source>
        <translation>A corrected version exists (version %1).</translation>
    </message>
    <message>
        <source>Mở phiên bản %1</source>
        <translation>Open version %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phiên bản %1&lt;/b&gt;, sửa đổi từ phiên bản %2 đã được công nhận; bản cũ vẫn giữ nguyên để đối chiếu.</source>
        <translation>&lt;b&gt;Version %1&lt;/b&gt;, corrected from the recognised version %2; the old version is kept unchanged for reference.</translation>
    </message>
    <message>
        <source>Xem phiên bản %1</source>
        <translation>View version %1</translation>
    </message>
    <message>
        <source>Không tạo được phiên bản sửa đổi</source>
        <translation>Cannot create the corrected version</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Dữ liệu dùng chung</source>
        <translation>Shared data</translation>
    </message>
    <message>
        <source>Đã lưu. Chương trình dùng dữ liệu mới từ lần mở sau.</source>
        <translation>Saved. The program uses the new data from the next start.</translation>
    </message>
</context>
<context>
    <name>XlsxImportDialog</name>
    <message>
        <source>Chọn tệp Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx);;Mọi tệp (*)</source>
        <translation>Excel files (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Trang “%1”, dòng tiêu đề %2: %3 dòng hồ sơ.</source>
        <translation>Sheet “%1”, header row %2: %3 dossier rows.</translation>
    </message>
    <message>
        <source>Bảng dưới hiện %1 dòng đầu; chọn “Chỉ hiện dòng có vấn đề” để xem mọi dòng cần sửa.</source>
        <translation>The table below shows the first %1 rows; choose “Only rows with problems” to see every row to fix.</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>cột %1 (%2): </source>
        <translation>column %1 (%2): </translation>
    </message>
    <message>
        <source>Sẽ tạo</source>
        <translation>Will be created</translation>
    </message>
    <message>
        <source>Sẽ tạo, lưu ý</source>
        <translation>Will be created, with notes</translation>
    </message>
    <message>
        <source>Đã tạo</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Không nhập được: %1. Chưa có hồ sơ nào được ghi.</source>
        <translation>Cannot import: %1. No dossier has been written.</translation>
    </message>
    <message>
        <source>Nhập hồ sơ từ tệp Excel</source>
        <translation>Import dossiers from an Excel file</translation>
    </message>
    <message>
        <source>Chọn tệp Excel (.xlsx) theo mẫu nhập hồ sơ. Chương trình kiểm tra từng dòng trước; chỉ khi không còn lỗi mới nhập được, và nhập tất cả cùng một lần.</source>
        <translation>Choose an Excel file (.xlsx) made from the import template. The program checks every row first; only when no error is left can you import, and everything is imported at once.</translation>
    </message>
    <message>
        <source>&amp;Tệp:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>chưa chọn tệp</source>
        <translation>no file chosen</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Đọc lại tệp sau khi đã sửa trong Excel (nhớ lưu tệp trước)</source>
        <translation>Read the file again after fixing it in Excel (save the file first)</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra lại</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Hồ sơ sẽ tạo</source>
        <translation>Dossier to create</translation>
    </message>
    <message>
        <source>Vấn đề và cách sửa</source>
        <translation>Problems and fixes</translation>
    </message>
    <message>
        <source>Chỉ hiện dòng có &amp;vấn đề</source>
        <translation>Only rows with &amp;problems</translation>
    </message>
    <message>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1, tổng %2: sửa trong Excel, lưu tệp rồi bấm “Kiểm tra lại”. Chưa nhập hồ sơ nào.</source>
        <translation>%1, %2 in all: fix them in Excel, save the file and click “Check again”. No dossier has been imported.</translation>
    </message>
    <message numerus="yes">
        <source>Không có lỗi: bấm “Nhập” để tạo %n hồ sơ.</source>
        <translation>
            <numerusform>No errors: click “Import” to create %n dossier.</numerusform>
            <numerusform>No errors: click “Import” to create %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập %n hồ sơ. Chúng đã có trong danh sách để bổ sung mô tả và tệp đính kèm.</source>
        <translation>
            <numerusform>Imported %n dossier. It is in the list, ready for a description and attachments.</numerusform>
            <numerusform>Imported %n dossiers. They are in the list, ready for descriptions and attachments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không nhập được</source>
        <translation>Cannot import</translation>
    </message>
</context>
<context>
    <name>campaign_picker</name>
    <message>
        <source>%1 (đã kết thúc %2)</source>
        <translation>%1 (closed %2)</translation>
    </message>
    <message>
        <source>%1 (sắp mở)</source>
        <translation>%1 (opens soon)</translation>
    </message>
    <message>
        <source>Chương trình đã kết thúc: chỉ dùng cho hồ sơ cũ của chương trình này.</source>
        <translation>This programme has closed: use it only for its old dossiers.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>{decision} công nhận hồ sơ “{title}” nằm ngoài thời gian của chương trình “{campaign}” ({window}).</source>
        <comment>check_decision_window</comment>
        <translation>{decision} recognises the dossier “{title}” outside the period of the programme “{campaign}” ({window}).</translation>
    </message>
    <message>
        <source>Chương trình chỉ xét sáng kiến được công nhận trong thời gian này: kiểm tra lại ngày quyết định, hoặc đưa hồ sơ vào đúng chương trình.</source>
        <comment>check_decision_window_fix</comment>
        <translation>The programme only considers initiatives recognised within this period: check the decision date, or put the dossier in the right programme.</translation>
    </message>
    <message>
        <source>{dossier} chưa có quyết định công nhận sáng kiến.</source>
        <comment>check_not_recognised</comment>
        <translation>{dossier} has no initiative recognition decision yet.</translation>
    </message>
    <message>
        <source>{dossier} chưa có quyết định công nhận sáng kiến (trạng thái ghi “{status}” nhưng chưa có quyết định nào trong dữ liệu).</source>
        <comment>check_not_recognised_claimed</comment>
        <translation>{dossier} has no initiative recognition decision yet (its status says “{status}” but the data holds no decision).</translation>
    </message>
    <message>
        <source>Chỉ đề nghị hoặc xuất hồ sơ đã được công nhận: hãy nhập quyết định công nhận (số, ngày) của Hội đồng sáng kiến hoặc thủ trưởng đơn vị trước.</source>
        <comment>check_not_recognised_fix</comment>
        <translation>Only recognised dossiers can be nominated or exported: first enter the recognition decision (number, date) of the Initiative Council or the head of the unit.</translation>
    </message>
    <message>
        <source>{dossier} không được công nhận theo {decision}.</source>
        <comment>check_rejected</comment>
        <translation>{dossier} was not recognised by {decision}.</translation>
    </message>
    <message>
        <source>Hồ sơ không được công nhận thì không đề nghị lên cấp trên và không xuất lên Cổng. Hãy bỏ hồ sơ khỏi danh sách.</source>
        <comment>check_rejected_fix</comment>
        <translation>A dossier that was not recognised is neither nominated to the upper level nor exported to the portal. Remove it from the list.</translation>
    </message>
    <message>
        <source>{dossier} không được công nhận theo {decision}. Lý do: {reason}</source>
        <comment>check_rejected_reason</comment>
        <translation>{dossier} was not recognised by {decision}. Reason: {reason}</translation>
    </message>
    <message>
        <source>Quyết định ngày {date}</source>
        <comment>decision_dated</comment>
        <translation>Decision of {date}</translation>
    </message>
    <message>
        <source>Quyết định số {number} ngày {date}</source>
        <comment>decision_numbered</comment>
        <translation>Decision No. {number} of {date}</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}”</source>
        <comment>dossier_named</comment>
        <translation>The dossier “{title}”</translation>
    </message>
    <message>
        <source>Khối doanh nghiệp</source>
        <comment>sector_enterprise</comment>
        <translation>Enterprise sector</translation>
    </message>
    <message>
        <source>Khối cơ quan, hành chính sự nghiệp</source>
        <comment>sector_public</comment>
        <translation>Public administration sector</translation>
    </message>
    <message>
        <source>Chỉ thành viên có mặt mới chấm phiếu đánh giá.</source>
        <comment>sheet_absent_member</comment>
        <translation>Only members present can fill in score sheets.</translation>
    </message>
    <message>
        <source>Phiếu đánh giá cho một hồ sơ không có trong cuộc họp.</source>
        <comment>sheet_dossier</comment>
        <translation>A score sheet is for a dossier that is not in the meeting.</translation>
    </message>
    <message>
        <source>Một thành viên có hai phiếu cho cùng một hồ sơ.</source>
        <comment>sheet_twice</comment>
        <translation>A member has two score sheets for the same dossier.</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <comment>status_draft</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã cập nhật lên cổng</source>
        <comment>status_entered</comment>
        <translation>On the portal</translation>
    </message>
    <message>
        <source>Đã đề nghị</source>
        <comment>status_nominated</comment>
        <translation>Nominated</translation>
    </message>
    <message>
        <source>Đã công nhận</source>
        <comment>status_recognised</comment>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Không công nhận</source>
        <comment>status_rejected</comment>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Đã nộp Hội đồng</source>
        <comment>status_submitted</comment>
        <translation>Submitted to the council</translation>
    </message>
    <message>
        <source>Chỉ tiêu của “{name}” phải là số nguyên không âm, không phải “{count}”.</source>
        <comment>target_count</comment>
        <translation>The target for “{name}” must be a whole number, not negative, not “{count}”.</translation>
    </message>
    <message>
        <source>Chương trình “{campaign}” không có đợt “{phase}”. Các đợt: {phases}.</source>
        <comment>target_phase</comment>
        <translation>The programme “{campaign}” has no round “{phase}”. Rounds: {phases}.</translation>
    </message>
    <message>
        <source>Hãy ghi tên đơn vị cho mỗi dòng chỉ tiêu.</source>
        <comment>target_unit</comment>
        <translation>Enter the unit&apos;s name on every target row.</translation>
    </message>
    <message>
        <source>Đơn vị “{unit}” không có chỉ tiêu hay hồ sơ nào trong chương trình “{campaign}”.</source>
        <comment>unit_not_found</comment>
        <translation>The unit “{unit}” has no target and no dossier in the programme “{campaign}”.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã có một phiên bản sửa đổi; hãy mở bản đó.</source>
        <comment>version_exists</comment>
        <translation>The dossier “{title}” already has a corrected version; open that one.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” chưa được công nhận: hãy sửa trực tiếp.</source>
        <comment>version_not_frozen</comment>
        <translation>The dossier “{title}” has not been recognised: edit it directly.</translation>
    </message>
    <message>
        <source>Cơ sở biểu quyết “{base}” không hợp lệ (council hoặc present).</source>
        <comment>vote_base_invalid</comment>
        <translation>The voting base “{base}” is not valid (council or present).</translation>
    </message>
    <message>
        <source>Không thể bỏ qua một lỗi. Hãy sửa hồ sơ theo hướng dẫn của lỗi đó.</source>
        <comment>ack_error</comment>
        <translation>An error cannot be acknowledged. Fix the dossier as the error explains.</translation>
    </message>
    <message>
        <source>Hãy ghi họ tên người xác nhận bỏ qua cảnh báo này.</source>
        <comment>ack_name</comment>
        <translation>Enter the full name of the person acknowledging this warning.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do bỏ qua cảnh báo này (ví dụ: đã đối chiếu với bản gốc).</source>
        <comment>ack_reason</comment>
        <translation>Enter the reason for acknowledging this warning (for example: checked against the original).</translation>
    </message>
    <message>
        <source>áp dụng lần đầu</source>
        <comment>applied_first</comment>
        <translation>first application</translation>
    </message>
    <message>
        <source>áp dụng thử</source>
        <comment>applied_trial</comment>
        <translation>trial application</translation>
    </message>
    <message>
        <source>Tệp “{name}” rỗng (0 byte). Hãy chọn đúng tệp cần đính kèm.</source>
        <comment>attachment_empty</comment>
        <translation>The file “{name}” is empty (0 bytes). Choose the right file to attach.</translation>
    </message>
    <message>
        <source>“{name}” không phải là một tệp. Hãy chọn một tệp ảnh, PDF hoặc Word (DOCX).</source>
        <comment>attachment_not_file</comment>
        <translation>“{name}” is not a file. Choose an image, PDF or Word (DOCX) file.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải ảnh, PDF hay Word (DOCX) nên chương trình không mở nó. Nếu cần, hãy hỏi lại người gửi tệp.</source>
        <comment>attachment_not_openable</comment>
        <translation>The file “{name}” is not an image, a PDF or a Word file (DOCX), so the program does not open it. If needed, ask the sender about it.</translation>
    </message>
    <message>
        <source>Tệp “{name}” quá lớn ({size} MB). Mỗi tệp đính kèm tối đa {max_size} MB; hãy nén ảnh hoặc chia nhỏ tệp PDF.</source>
        <comment>attachment_too_large</comment>
        <translation>The file “{name}” is too large ({size} MB). Each attachment may be at most {max_size} MB; compress the images or split the PDF.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải ảnh, PDF hay Word (DOCX), hoặc đã bị hỏng. Hãy lưu lại tệp ở một trong các dạng đó rồi đính kèm lại.</source>
        <comment>attachment_type</comment>
        <translation>The file “{name}” is not an image, PDF or Word (DOCX) file, or it is damaged. Save it again in one of those forms and attach it again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{name}” ({reason}). Hãy kiểm tra tệp còn tồn tại, không bị chương trình khác khóa và bạn có quyền đọc nó.</source>
        <comment>attachment_unreadable</comment>
        <translation>Cannot read the file “{name}” ({reason}). Check that the file still exists, is not locked by another program and that you may read it.</translation>
    </message>
    <message>
        <source>tác giả thứ {n} ({name})</source>
        <comment>author_named</comment>
        <translation>author {n} ({name})</translation>
    </message>
    <message>
        <source>Tác giả thứ {n} ({name})</source>
        <comment>author_named_start</comment>
        <translation>Author {n} ({name})</translation>
    </message>
    <message>
        <source>tác giả thứ {n}</source>
        <comment>author_numbered</comment>
        <translation>author {n}</translation>
    </message>
    <message>
        <source>Tác giả thứ {n}</source>
        <comment>author_numbered_start</comment>
        <translation>Author {n}</translation>
    </message>
    <message>
        <source>Kiểm tra bản sao lưu vừa tạo cho thấy dữ liệu hiện tại đã bị hỏng. Bản sao lưu này được để riêng trong “{where}” và không thay chỗ bản sao lưu tốt nào. Hãy khôi phục từ bản sao lưu tốt gần nhất (lúc {taken}, {count} hồ sơ), hoặc chạy Kiểm tra dữ liệu để biết phần nào bị hỏng.</source>
        <comment>backup_data_damaged</comment>
        <translation>The check of the backup just taken shows that the current data is damaged. This backup is kept apart in “{where}” and takes the place of no good backup. Restore from the newest good backup (taken at {taken}, {count} {count|dossier|dossiers}), or run Check data to find out what is damaged.</translation>
    </message>
    <message>
        <source>Kiểm tra bản sao lưu vừa tạo cho thấy dữ liệu hiện tại đã bị hỏng. Bản sao lưu này được để riêng trong “{where}” và không thay chỗ bản sao lưu tốt nào. Chưa có bản sao lưu tốt nào để khôi phục: hãy chạy Kiểm tra dữ liệu, không xóa tệp nào trong thư mục dữ liệu, và nhờ người hỗ trợ kỹ thuật.</source>
        <comment>backup_data_damaged_no_good</comment>
        <translation>The check of the backup just taken shows that the current data is damaged. This backup is kept apart in “{where}” and takes the place of no good backup. There is no good backup to restore yet: run Check data, delete no file in the data folder, and ask for technical support.</translation>
    </message>
    <message>
        <source>Dữ liệu đã hỏng từ trước khi sao lưu (kiểm tra lúc sao lưu thấy lỗi), nên bản sao lưu này không dùng để khôi phục được. Hãy chọn một bản sao lưu tốt cũ hơn.</source>
        <comment>backup_of_damaged_data</comment>
        <translation>The data was already damaged when this backup was taken (its check found errors), so it cannot be used for a restore. Choose an older good backup.</translation>
    </message>
    <message>
        <source>Tự động hằng ngày</source>
        <comment>backup_reason_daily</comment>
        <translation>Automatic daily</translation>
    </message>
    <message>
        <source>Trước khi nhập dữ liệu</source>
        <comment>backup_reason_import</comment>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Sao lưu theo yêu cầu</source>
        <comment>backup_reason_manual</comment>
        <translation>Backup on request</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp dữ liệu</source>
        <comment>backup_reason_migration</comment>
        <translation>Before a data upgrade</translation>
    </message>
    <message>
        <source>Trước khi nhận gói hồ sơ</source>
        <comment>backup_reason_package_import</comment>
        <translation>Before importing a dossier package</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <comment>backup_reason_restore</comment>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Không chụp được dữ liệu để sao lưu: dữ liệu có thể đã hỏng. Hãy chạy Kiểm tra dữ liệu, hoặc khôi phục từ một bản sao lưu còn tốt.</source>
        <comment>backup_snapshot_failed</comment>
        <translation>Could not take a snapshot of the data for the backup: the data may be damaged. Run Check data, or restore from a good backup.</translation>
    </message>
    <message>
        <source>Đợt đề nghị chưa có hồ sơ nào: hãy chọn hồ sơ trước khi tạo bộ hồ sơ.</source>
        <comment>bundle_empty</comment>
        <translation>The nomination batch has no dossiers: choose dossiers before making the dossier set.</translation>
    </message>
    <message>
        <source>Định dạng “{choice}” không được hỗ trợ: chọn pdf, docx hoặc both.</source>
        <comment>bundle_format</comment>
        <translation>The format “{choice}” is not supported: choose pdf, docx or both.</translation>
    </message>
    <message>
        <source>{where}[{i}] cần có “code” và “label”.</source>
        <comment>campaign_choice</comment>
        <translation>{where}[{i}] needs a “code” and a “label”.</translation>
    </message>
    <message>
        <source>{where}: “{value}” không phải ngày dạng YYYY-MM-DD.</source>
        <comment>campaign_date</comment>
        <translation>{where}: “{value}” is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{where}: “{value}” không phải thời điểm dạng YYYY-MM-DDTHH:MM.</source>
        <comment>campaign_datetime</comment>
        <translation>{where}: “{value}” is not a time of the form YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>{source}: “description_limit” phải là số nguyên dương.</source>
        <comment>campaign_description_limit</comment>
        <translation>{source}: “description_limit” must be a positive whole number.</translation>
    </message>
    <message>
        <source>{source}: định dạng chương trình “{format}” không được hỗ trợ (phiên bản này đọc định dạng {supported}).</source>
        <comment>campaign_format</comment>
        <translation>{source}: programme format “{format}” is not supported (this version reads format {supported}).</translation>
    </message>
    <message>
        <source>{source}: tệp chương trình thiếu tên hoặc loại giải pháp.</source>
        <comment>campaign_incomplete</comment>
        <translation>{source}: the programme file lacks a name or solution types.</translation>
    </message>
    <message>
        <source>Không tìm thấy chương trình “{campaign}” của hồ sơ {dossier}. Hãy chọn lại chương trình trong hồ sơ hoặc thêm tệp chương trình vào thư mục dữ liệu.</source>
        <comment>campaign_missing</comment>
        <translation>The programme “{campaign}” of the dossier {dossier} was not found. Choose the programme again in the dossier, or add the programme file to the data folder.</translation>
    </message>
    <message>
        <source>{source}: thiếu trường “{key}”.</source>
        <comment>campaign_missing_key</comment>
        <translation>{source}: the field “{key}” is missing.</translation>
    </message>
    <message>
        <source>{source}: cần ít nhất một loại giải pháp (solution_types).</source>
        <comment>campaign_no_solution_types</comment>
        <translation>{source}: at least one kind of solution is needed (solution_types).</translation>
    </message>
    <message>
        <source>{where} phải là một danh sách.</source>
        <comment>campaign_not_list</comment>
        <translation>{where} must be a list.</translation>
    </message>
    <message>
        <source>{source}: tệp chương trình phải là một đối tượng JSON.</source>
        <comment>campaign_not_object</comment>
        <translation>{source}: a programme file must be a JSON object.</translation>
    </message>
    <message>
        <source>{source}: quotas[{i}] cần “level” và “count” (số nguyên).</source>
        <comment>campaign_quota</comment>
        <translation>{source}: quotas[{i}] needs “level” and “count” (whole numbers).</translation>
    </message>
    <message>
        <source>{source}: tệp chương trình không đọc được ({reason}).</source>
        <comment>campaign_unreadable</comment>
        <translation>{source}: the programme file cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{source}: “nomination_warning_days” phải là số nguyên không âm (số ngày).</source>
        <comment>campaign_warning_days</comment>
        <translation>{source}: “nomination_warning_days” must be a whole number, not negative (days).</translation>
    </message>
    <message>
        <source>Không có giấy chứng nhận nào để in.</source>
        <comment>certificates_empty</comment>
        <translation>There is no certificate to print.</translation>
    </message>
    <message>
        <source>{n} ký tự</source>
        <comment>characters</comment>
        <translation>{n} {n|character|characters}</translation>
    </message>
    <message>
        <source>{n}/{limit} ký tự</source>
        <comment>characters_of</comment>
        <translation>{n}/{limit} {limit|character|characters}</translation>
    </message>
    <message>
        <source>Ngày {word} {date} sau ngày quyết định công nhận {decision_date}.</source>
        <comment>check_applied_after_decision</comment>
        <translation>The {word} date {date} is after the recognition decision date {decision_date}.</translation>
    </message>
    <message>
        <source>Sáng kiến phải được áp dụng trước khi công nhận: kiểm tra lại hai ngày này.</source>
        <comment>check_applied_after_decision_fix</comment>
        <translation>An initiative must be applied before it is recognised: check these two dates.</translation>
    </message>
    <message>
        <source>Ngày {word} {date} chưa đến. Chỉ công nhận sáng kiến đã được áp dụng hoặc áp dụng thử.</source>
        <comment>check_applied_future</comment>
        <translation>The {word} date {date} has not come yet. Only initiatives already applied or trialled are recognised.</translation>
    </message>
    <message>
        <source>Sửa lại ngày áp dụng; nếu sáng kiến chưa áp dụng, hãy chờ áp dụng rồi mới đề nghị công nhận.</source>
        <comment>check_applied_future_fix</comment>
        <translation>Correct the application date; if the initiative has not been applied yet, wait until it is before proposing recognition.</translation>
    </message>
    <message>
        <source>Chưa đính kèm: {label}.</source>
        <comment>check_attachment_required</comment>
        <translation>Not attached: {label}.</translation>
    </message>
    <message>
        <source>{count} tệp đính kèm đã bị thay đổi hoặc hỏng (nội dung không còn khớp mã kiểm tra). Hãy khôi phục từ bản sao lưu, hoặc đính kèm lại.</source>
        <comment>check_attachments_changed</comment>
        <translation>{count} {count|attachment was|attachments were} changed or damaged (the content no longer matches its checksum). Restore from a backup, or attach {count|it|them} again.</translation>
    </message>
    <message>
        <source>Thiếu {count} tệp đính kèm trong thư mục dữ liệu. Hãy khôi phục từ một bản sao lưu có các tệp đó, hoặc đính kèm lại.</source>
        <comment>check_attachments_missing</comment>
        <translation>{count} {count|attachment is|attachments are} missing from the data folder. Restore from a backup that has {count|it|them}, or attach {count|it|them} again.</translation>
    </message>
    <message>
        <source>Tác giả thứ {n} chưa có ngày tháng năm sinh.</source>
        <comment>check_author_no_birth</comment>
        <translation>Author {n} has no date of birth.</translation>
    </message>
    <message>
        <source>Nhập ngày sinh theo dạng ngày/tháng/năm, ví dụ 15/09/1985.</source>
        <comment>check_author_no_birth_fix</comment>
        <translation>Enter the date of birth as day/month/year, for example 15/09/1985.</translation>
    </message>
    <message>
        <source>Tác giả thứ {n} chưa có họ và tên.</source>
        <comment>check_author_no_name</comment>
        <translation>Author {n} has no full name.</translation>
    </message>
    <message>
        <source>Nhập họ và tên đầy đủ của tác giả, hoặc xóa dòng tác giả trống.</source>
        <comment>check_author_no_name_fix</comment>
        <translation>Enter the author&apos;s full name, or delete the empty author row.</translation>
    </message>
    <message>
        <source>Đang có tranh chấp về quyền tác giả của sáng kiến.</source>
        <comment>check_authorship_dispute</comment>
        <translation>There is a dispute about the authorship of the initiative.</translation>
    </message>
    <message>
        <source>Giải quyết xong tranh chấp (thống nhất danh sách tác giả và tỷ lệ) rồi bỏ đánh dấu.</source>
        <comment>check_authorship_dispute_fix</comment>
        <translation>Settle the dispute (agree on the list of authors and their shares), then untick it.</translation>
    </message>
    <message>
        <source>Kiểm tra lại năm sinh; nếu đúng, hãy xác nhận bỏ qua cảnh báo này.</source>
        <comment>check_birth_age_fix</comment>
        <translation>Check the year of birth; if it is right, acknowledge this warning.</translation>
    </message>
    <message>
        <source>Theo ngày sinh {date}, {who} đã {age} tuổi khi áp dụng sáng kiến ({applied}).</source>
        <comment>check_birth_age_old</comment>
        <translation>By the date of birth {date}, {who} was already {age} years old when the initiative was applied ({applied}).</translation>
    </message>
    <message>
        <source>Theo ngày sinh {date}, {who} mới {age} tuổi khi áp dụng sáng kiến ({applied}).</source>
        <comment>check_birth_age_young</comment>
        <translation>By the date of birth {date}, {who} was only {age} years old when the initiative was applied ({applied}).</translation>
    </message>
    <message>
        <source>Ngày sinh {date} của {who} không thể đúng: ngày này chưa đến hoặc sau ngày áp dụng sáng kiến.</source>
        <comment>check_birth_future</comment>
        <translation>The date of birth {date} of {who} cannot be right: it has not come yet or is after the initiative was applied.</translation>
    </message>
    <message>
        <source>Nhập lại ngày sinh theo dạng ngày/tháng/năm, ví dụ 15/09/1985.</source>
        <comment>check_birth_future_fix</comment>
        <translation>Enter the date of birth again as day/month/year, for example 15/09/1985.</translation>
    </message>
    <message>
        <source>{count} bản ghi trỏ tới dữ liệu không còn tồn tại. Hãy khôi phục từ một bản sao lưu tốt, hoặc nhờ người hỗ trợ kỹ thuật xem.</source>
        <comment>check_broken_links</comment>
        <translation>{count} {count|record points|records point} to data that no longer exists. Restore from a good backup, or ask for technical support.</translation>
    </message>
    <message>
        <source>Số căn cước của {who} ứng với năm sinh {year}, nhưng ngày sinh đã ghi là {date}.</source>
        <comment>check_cccd_birth</comment>
        <translation>The ID number of {who} corresponds to the birth year {year}, but the recorded date of birth is {date}.</translation>
    </message>
    <message>
        <source>Kiểm tra lại ngày sinh hoặc số căn cước với thẻ của tác giả.</source>
        <comment>check_cccd_birth_fix</comment>
        <translation>Check the date of birth or the ID number against the author&apos;s card.</translation>
    </message>
    <message>
        <source>Chữ số thứ tư “{digit}” của số căn cước của {who} không hợp lệ (chỉ có thể là 0, 1, 2 hoặc 3).</source>
        <comment>check_cccd_century</comment>
        <translation>The fourth digit “{digit}” of {who}&apos;s ID number is not valid (it can only be 0, 1, 2 or 3).</translation>
    </message>
    <message>
        <source>Đối chiếu lại với thẻ căn cước.</source>
        <comment>check_cccd_century_fix</comment>
        <translation>Check against the ID card.</translation>
    </message>
    <message>
        <source>Số định danh “{number}” của {who} không đúng: số căn cước có 12 chữ số (CMND cũ có 9 chữ số).</source>
        <comment>check_cccd_length</comment>
        <translation>The ID number “{number}” of {who} is not valid: a citizen ID number has 12 digits (an old CMND has 9).</translation>
    </message>
    <message>
        <source>Nhập đủ 12 chữ số in trên thẻ căn cước, không có chữ cái.</source>
        <comment>check_cccd_length_fix</comment>
        <translation>Enter all 12 digits printed on the ID card, without letters.</translation>
    </message>
    <message>
        <source>Ba chữ số đầu “{province}” của số căn cước của {who} không phải mã tỉnh nào.</source>
        <comment>check_cccd_province</comment>
        <translation>The first three digits “{province}” of {who}&apos;s ID number are not a province code.</translation>
    </message>
    <message>
        <source>Đối chiếu lại với thẻ căn cước: ba số đầu là mã tỉnh nơi đăng ký khai sinh.</source>
        <comment>check_cccd_province_fix</comment>
        <translation>Check against the ID card: the first three digits are the code of the province where the birth was registered.</translation>
    </message>
    <message>
        <source>Số “{number}” của {who} là CMND 9 số cũ. Cổng của chương trình vẫn nhận CMND, nhưng CMND chỉ có giá trị đến hết ngày 31/12/2024.</source>
        <comment>check_cmnd_old</comment>
        <translation>The number “{number}” of {who} is an old 9-digit identity card (CMND). The programme&apos;s portal still accepts it, but CMND cards were valid only until 31/12/2024.</translation>
    </message>
    <message>
        <source>Nếu tác giả đã có thẻ căn cước (12 số), hãy nhập số căn cước.</source>
        <comment>check_cmnd_old_fix</comment>
        <translation>If the author has a citizen ID card (12 digits), enter its number.</translation>
    </message>
    <message>
        <source>{name} đóng góp {share} %, dưới mức tối thiểu {minimum} % của mỗi đồng tác giả theo “{pack}”.</source>
        <comment>check_coauthor_share</comment>
        <translation>{name} contributes {share} %, under the minimum of {minimum} % for each co-author under “{pack}”.</translation>
    </message>
    <message>
        <source>Sửa tỷ lệ đóng góp cho đúng, hoặc chỉ ghi là đồng tác giả những người đóng góp từ mức tối thiểu trở lên.</source>
        <comment>check_coauthor_share_fix</comment>
        <translation>Correct the contribution shares, or list as co-authors only those who contribute at least the minimum.</translation>
    </message>
    <message>
        <source>Đang có khiếu nại về nội dung hoặc kết quả công nhận sáng kiến.</source>
        <comment>check_complaint</comment>
        <translation>There is a complaint about the content or the recognition result of the initiative.</translation>
    </message>
    <message>
        <source>Giải quyết xong khiếu nại rồi bỏ đánh dấu; hồ sơ đang bị khiếu nại không được xét chọn.</source>
        <comment>check_complaint_fix</comment>
        <translation>Settle the complaint, then untick it; a dossier under complaint is not considered.</translation>
    </message>
    <message>
        <source>Số hồ sơ đếm sẵn (ở thanh trạng thái và phần Việc cần làm) không khớp với dữ liệu. Đã đếm lại.</source>
        <comment>check_counts_rebuilt</comment>
        <translation>The stored dossier counts (in the status bar and the What to do next panel) did not match the data. They were counted again.</translation>
    </message>
    <message>
        <source>Số hồ sơ đếm sẵn (ở thanh trạng thái và phần Việc cần làm) không khớp với dữ liệu. Hãy chạy kiểm tra dữ liệu có sửa chữa để đếm lại.</source>
        <comment>check_counts_wrong</comment>
        <translation>The stored dossier counts (in the status bar and the What to do next panel) do not match the data. Run the data check with repairs to count them again.</translation>
    </message>
    <message>
        <source>Chương trình ghi nhận sáng kiến cho {who}, là {how}.</source>
        <comment>check_credit</comment>
        <translation>The programme credits the initiative to {who}, {how}.</translation>
    </message>
    <message>
        <source>Nếu cần ghi nhận cho người khác, hãy đánh dấu người đó là tác giả chính.</source>
        <comment>check_credit_fix</comment>
        <translation>To credit someone else, mark that person as the lead author.</translation>
    </message>
    <message>
        <source>Chưa rõ người được ghi nhận: {what} ({names}).</source>
        <comment>check_credit_tie</comment>
        <translation>It is unclear who is credited: {what} ({names}).</translation>
    </message>
    <message>
        <source>Đánh dấu đúng một người là tác giả chính (chủ nhiệm) của sáng kiến.</source>
        <comment>check_credit_tie_fix</comment>
        <translation>Mark exactly one person as the lead author of the initiative.</translation>
    </message>
    <message>
        <source>Dữ liệu bị hỏng ({count} chỗ). Không sửa được tại chỗ: hãy khôi phục từ một bản sao lưu tốt (Tệp → Sao lưu và khôi phục).</source>
        <comment>check_damaged</comment>
        <translation>The data is damaged ({count} {count|place|places}). It cannot be repaired in place: restore from a good backup (File → Backups and restore).</translation>
    </message>
    <message>
        <source>Sáng kiến {word} ngày {date}, ngoài thời gian của chương trình “{campaign}” ({span}).</source>
        <comment>check_date_window</comment>
        <translation>The initiative&apos;s {word} on {date} is outside the period of the programme “{campaign}” ({span}).</translation>
    </message>
    <message>
        <source>Chương trình chỉ nhận sáng kiến đưa vào áp dụng {span}. Kiểm tra lại ngày áp dụng; nếu ngày đúng, sáng kiến không tham gia được chương trình này.</source>
        <comment>check_date_window_fix</comment>
        <translation>The programme only accepts initiatives put into use {span}. Check the application date; if it is right, the initiative cannot take part in this programme.</translation>
    </message>
    <message>
        <source>Hồ sơ đạt kiểm tra không có nghĩa là chắc chắn được công nhận: việc công nhận do Hội đồng sáng kiến hoặc thủ trưởng đơn vị quyết định, còn việc xét chọn do ban tổ chức chương trình quyết định. Kiểm tra này chỉ giúp phát hiện thiếu sót về hình thức và điều kiện của chương trình.</source>
        <comment>check_disclaimer</comment>
        <translation>Passing the check does not mean the dossier will be recognised: recognition is decided by the Initiative Council or the head of the unit, and selection by the programme&apos;s organisers. This check only helps find gaps in form and in the programme&apos;s conditions.</translation>
    </message>
    <message>
        <source>Có thể trùng với hồ sơ “{title}”: {how}.</source>
        <comment>check_duplicate</comment>
        <translation>May duplicate the dossier “{title}”: {how}.</translation>
    </message>
    <message>
        <source>Có thể trùng với hồ sơ “{title}” (mã {code}): {how}.</source>
        <comment>check_duplicate_coded</comment>
        <translation>May duplicate the dossier “{title}” (code {code}): {how}.</translation>
    </message>
    <message>
        <source>Mở hai hồ sơ để so sánh. Nếu là cùng một sáng kiến, hãy giữ một hồ sơ; nếu khác nhau, hãy xác nhận bỏ qua gợi ý này.</source>
        <comment>check_duplicate_fix</comment>
        <translation>Open both dossiers to compare them. If they are the same initiative, keep one dossier; if they differ, acknowledge this hint.</translation>
    </message>
    <message>
        <source>Nội dung tệp đính kèm “{name}” đã bị thay đổi hoặc hỏng so với lúc đính kèm.</source>
        <comment>check_file_changed</comment>
        <translation>The content of the attached file “{name}” has changed or been damaged since it was attached.</translation>
    </message>
    <message>
        <source>Đính kèm lại tệp từ bản gốc; không sửa trực tiếp tệp trong thư mục dữ liệu.</source>
        <comment>check_file_changed_fix</comment>
        <translation>Attach the file again from the original; do not edit files in the data folder directly.</translation>
    </message>
    <message>
        <source>Tệp “{filename}” rỗng (0 byte).</source>
        <comment>check_file_empty</comment>
        <translation>The file “{filename}” is empty (0 bytes).</translation>
    </message>
    <message>
        <source>Đính kèm lại đúng tệp cần nộp.</source>
        <comment>check_file_empty_fix</comment>
        <translation>Attach the right file again.</translation>
    </message>
    <message>
        <source>Tệp “{filename}” có vẻ là ảnh chụp căn cước/CMND, là dữ liệu cá nhân nhạy cảm.</source>
        <comment>check_file_id_card</comment>
        <translation>The file “{filename}” looks like a photo of an ID card, which is sensitive personal data.</translation>
    </message>
    <message>
        <source>Không cần đính kèm ảnh giấy tờ tùy thân: chỉ nhập số CCCD vào hồ sơ và xóa tệp này.</source>
        <comment>check_file_id_card_fix</comment>
        <translation>No photo of an identity document is needed: enter only the ID number in the dossier and remove this file.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp đính kèm “{name}” trong thư mục dữ liệu.</source>
        <comment>check_file_missing</comment>
        <translation>The attached file “{name}” is not in the data folder.</translation>
    </message>
    <message>
        <source>Đính kèm lại tệp từ bản gốc, hoặc khôi phục thư mục dữ liệu từ bản sao lưu.</source>
        <comment>check_file_missing_fix</comment>
        <translation>Attach the file again from the original, or restore the data folder from a backup.</translation>
    </message>
    <message>
        <source>Tệp “{filename}” nặng {size}, quá giới hạn {limit}.</source>
        <comment>check_file_size</comment>
        <translation>The file “{filename}” is {size}, over the limit of {limit}.</translation>
    </message>
    <message>
        <source>Giảm dung lượng (nén PDF, giảm độ phân giải ảnh) hoặc tách thành nhiều tệp.</source>
        <comment>check_file_size_fix</comment>
        <translation>Make it smaller (compress the PDF, lower the image resolution) or split it into several files.</translation>
    </message>
    <message>
        <source>Tệp “{filename}” không phải ảnh, PDF hoặc Word (DOCX); Cổng có thể không nhận.</source>
        <comment>check_file_type</comment>
        <translation>The file “{filename}” is not an image, PDF or Word (DOCX) file; the portal may refuse it.</translation>
    </message>
    <message>
        <source>Lưu tệp thành PDF (hoặc chụp thành ảnh) rồi đính kèm lại.</source>
        <comment>check_file_type_fix</comment>
        <translation>Save the file as PDF (or as an image) and attach it again.</translation>
    </message>
    <message>
        <source>Không mở được tệp đính kèm “{name}”.</source>
        <comment>check_file_unreadable</comment>
        <translation>Cannot open the attached file “{name}”.</translation>
    </message>
    <message>
        <source>Kiểm tra quyền đọc của thư mục dữ liệu, hoặc đính kèm lại tệp từ bản gốc.</source>
        <comment>check_file_unreadable_fix</comment>
        <translation>Check the read permissions of the data folder, or attach the file again from the original.</translation>
    </message>
    <message>
        <source>Hồ sơ nộp ngày {filed}, quá {months} tháng kể từ ngày áp dụng lần đầu {first} (hạn {deadline}) theo “{pack}”.</source>
        <comment>check_filing_late</comment>
        <translation>Filed on {filed}, more than {months} months after the first application on {first} (deadline {deadline}) under “{pack}”.</translation>
    </message>
    <message>
        <source>Kiểm tra lại ngày áp dụng lần đầu. Nếu ngày đó đúng, sáng kiến đã quá hạn nộp theo bộ quy tắc đơn vị đang áp dụng.</source>
        <comment>check_filing_late_fix</comment>
        <translation>Check the date of first application. If it is right, the initiative was filed too late under the unit&apos;s rule pack.</translation>
    </message>
    <message>
        <source>{who} có cùng số định danh với {other}.</source>
        <comment>check_id_shared</comment>
        <translation>{who} has the same ID number as {other}.</translation>
    </message>
    <message>
        <source>Mỗi người có một số riêng: kiểm tra lại số của từng tác giả.</source>
        <comment>check_id_shared_fix</comment>
        <translation>Everyone has their own number: check each author&apos;s number.</translation>
    </message>
    <message>
        <source>Chỉ mục tìm kiếm không khớp với {count} hồ sơ (tìm kiếm có thể bỏ sót hoặc hiện sai hồ sơ). Đã dựng lại chỉ mục.</source>
        <comment>check_index_rebuilt</comment>
        <translation>The search index did not match {count} {count|dossier|dossiers} (searches could miss {count|it|them} or show wrong ones). The index was rebuilt.</translation>
    </message>
    <message>
        <source>Chỉ mục tìm kiếm không khớp với {count} hồ sơ (tìm kiếm có thể bỏ sót hoặc hiện sai hồ sơ).</source>
        <comment>check_index_wrong</comment>
        <translation>The search index does not match {count} {count|dossier|dossiers} (searches can miss {count|it|them} or show wrong ones).</translation>
    </message>
    <message>
        <source>Tác giả chưa cam kết sáng kiến không thuộc đối tượng đang được bảo hộ quyền sở hữu trí tuệ.</source>
        <comment>check_ip_protection</comment>
        <translation>The authors have not declared that the initiative is not under intellectual property protection.</translation>
    </message>
    <message>
        <source>Xác nhận với tác giả (giải pháp chưa được cấp văn bằng bảo hộ) rồi đánh dấu ô cam kết này.</source>
        <comment>check_ip_protection_fix</comment>
        <translation>Confirm with the authors (no protection title has been granted for the solution), then tick this declaration.</translation>
    </message>
    <message>
        <source>Loại giải pháp “{kind}” không thuộc chương trình “{campaign}”.</source>
        <comment>check_kind_allowed</comment>
        <translation>The kind of solution “{kind}” is not one of the programme “{campaign}”.</translation>
    </message>
    <message>
        <source>Chọn một trong các loại: {kinds}.</source>
        <comment>check_kind_allowed_fix</comment>
        <translation>Choose one of these kinds: {kinds}.</translation>
    </message>
    <message>
        <source>Đã xóa {count} tệp tạm còn sót lại sau lần chương trình bị tắt đột ngột.</source>
        <comment>check_leftovers_removed</comment>
        <translation>Removed {count} temporary {count|file|files} left behind when the program was stopped abruptly.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có tác giả nào.</source>
        <comment>check_no_authors</comment>
        <translation>The dossier has no author.</translation>
    </message>
    <message>
        <source>Thêm ít nhất một tác giả, với họ tên, ngày sinh và tỷ lệ đóng góp.</source>
        <comment>check_no_authors_fix</comment>
        <translation>Add at least one author, with full name, date of birth and contribution share.</translation>
    </message>
    <message>
        <source>Chưa mô tả tình trạng trước khi có sáng kiến.</source>
        <comment>check_no_before</comment>
        <translation>The situation before the initiative is not described.</translation>
    </message>
    <message>
        <source>Viết vài câu về cách làm cũ và điều bất cập, để thấy giải pháp mới cải thiện gì.</source>
        <comment>check_no_before_fix</comment>
        <translation>Write a few sentences about the old way of working and its shortcomings, to show what the new solution improves.</translation>
    </message>
    <message>
        <source>Chưa đánh giá lợi ích thu được hoặc dự kiến thu được của sáng kiến.</source>
        <comment>check_no_benefit</comment>
        <translation>The benefit gained or expected from the initiative is not assessed.</translation>
    </message>
    <message>
        <source>Đã ghi giá trị làm lợi nhưng chưa ghi cách tính.</source>
        <comment>check_no_benefit_basis</comment>
        <translation>An economic benefit is given but not how it was computed.</translation>
    </message>
    <message>
        <source>Ghi cách tính giá trị làm lợi (số liệu trước và sau khi áp dụng, đơn giá), để Hội đồng kiểm tra được.</source>
        <comment>check_no_benefit_basis_fix</comment>
        <translation>Explain how the benefit was computed (figures before and after, unit prices), so the council can check it.</translation>
    </message>
    <message>
        <source>Ghi giá trị làm lợi (đồng) nếu tính được, hoặc mô tả lợi ích xã hội.</source>
        <comment>check_no_benefit_fix</comment>
        <translation>Enter the economic benefit (VND) if it can be computed, or describe the social benefit.</translation>
    </message>
    <message>
        <source>Chưa nêu tính mới của sáng kiến.</source>
        <comment>check_no_novelty</comment>
        <translation>The initiative&apos;s novelty is not stated.</translation>
    </message>
    <message>
        <source>Nêu điểm mới so với cách làm trước đây tại đơn vị.</source>
        <comment>check_no_novelty_fix</comment>
        <translation>State what is new compared with how the unit worked before.</translation>
    </message>
    <message>
        <source>Chưa chọn nơi công tác (tỉnh, thành phố hoặc công đoàn ngành) mà Cổng hỏi.</source>
        <comment>check_no_province</comment>
        <translation>The workplace (province, city or sector union) that the portal asks for is not chosen.</translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố hoặc công đoàn ngành Trung ương trong danh sách.</source>
        <comment>check_no_province_fix</comment>
        <translation>Choose a province, city or central sector union in the list.</translation>
    </message>
    <message>
        <source>Chưa chọn khối (doanh nghiệp hay cơ quan, hành chính sự nghiệp) mà Cổng hỏi.</source>
        <comment>check_no_sector</comment>
        <translation>The sector (enterprise or public administration) that the portal asks for is not chosen.</translation>
    </message>
    <message>
        <source>Chọn “Khối doanh nghiệp” hoặc “Khối cơ quan, hành chính sự nghiệp”.</source>
        <comment>check_no_sector_fix</comment>
        <translation>Choose “Enterprise sector” or “Public administration sector”.</translation>
    </message>
    <message>
        <source>“{pack}” yêu cầu hồ sơ có “{paper}”; chưa có tệp đính kèm là giấy tờ này.</source>
        <comment>check_pack_paper</comment>
        <translation>“{pack}” asks a dossier for “{paper}”; no attached file is that paper yet.</translation>
    </message>
    <message>
        <source>Ở bước Đính kèm, thêm tệp “{paper}” và chọn tên giấy tờ này ở cột Giấy tờ bắt buộc.</source>
        <comment>check_pack_paper_fix</comment>
        <translation>In the Attachments step, add the file “{paper}” and pick that paper in its Required document column.</translation>
    </message>
    <message>
        <source>Theo “{pack}”, đề tài nghiên cứu khoa học chỉ được xét khi đã nghiệm thu: hồ sơ chưa có ngày nghiệm thu.</source>
        <comment>check_pack_research</comment>
        <translation>Under “{pack}”, a research project is considered only once accepted: the dossier has no acceptance date.</translation>
    </message>
    <message>
        <source>Loại giải pháp này không thuộc các loại “{pack}” xét công nhận.</source>
        <comment>check_pack_solution_type</comment>
        <translation>This kind of solution is not one “{pack}” recognises.</translation>
    </message>
    <message>
        <source>Chọn đúng loại giải pháp, hoặc xem lại bộ quy tắc đơn vị đang áp dụng (menu Hội đồng).</source>
        <comment>check_pack_solution_type_fix</comment>
        <translation>Choose the right kind of solution, or review the unit&apos;s rule pack (Council menu).</translation>
    </message>
    <message>
        <source>Số điện thoại “{phone}” của {who} không phải số di động Việt Nam.</source>
        <comment>check_phone</comment>
        <translation>The phone number “{phone}” of {who} is not a Vietnamese mobile number.</translation>
    </message>
    <message>
        <source>Nhập 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09, ví dụ 0912 345 678 (có thể ghi +84 thay cho số 0 đầu).</source>
        <comment>check_phone_fix</comment>
        <translation>Enter 10 digits starting with 03, 05, 07, 08 or 09, for example 0912 345 678 (+84 may replace the leading 0).</translation>
    </message>
    <message>
        <source>Cổng cập nhật của chương trình “{campaign}” đã đóng lúc {closed}.</source>
        <comment>check_portal_closed</comment>
        <translation>The portal for the programme “{campaign}” closed at {closed}.</translation>
    </message>
    <message>
        <source>Hồ sơ vẫn dùng được để công nhận tại đơn vị và đề nghị lên cấp trên; chọn chương trình khác nếu cần.</source>
        <comment>check_portal_closed_fix</comment>
        <translation>The dossier can still be recognised in the unit and nominated to the upper level; choose another programme if needed.</translation>
    </message>
    <message>
        <source>Chưa có {what} của {name}, người đứng tên trên Cổng.</source>
        <comment>check_portal_field</comment>
        <translation>Missing {what} of {name}, the person named on the portal.</translation>
    </message>
    <message>
        <source>Nhập {what} của {name}; Cổng bắt buộc thông tin này.</source>
        <comment>check_portal_field_fix</comment>
        <translation>Enter {what} of {name}; the portal requires it.</translation>
    </message>
    <message>
        <source>Đoạn mô tả cho Cổng dài {length}, quá {over} ký tự; Cổng sẽ không nhận hoặc cắt mất phần cuối.</source>
        <comment>check_portal_text_limit</comment>
        <translation>The portal description is {length} long, over {over} {over|character|characters}; the portal will refuse it or cut off the end.</translation>
    </message>
    <message>
        <source>Rút gọn đoạn mô tả xuống còn tối đa {limit} (dấu xuống dòng cũng tính là một ký tự).</source>
        <comment>check_portal_text_limit_fix</comment>
        <translation>Shorten the description to at most {limit} (a line break counts as one character).</translation>
    </message>
    <message>
        <source>Chưa có đoạn mô tả ngắn để cập nhật lên Cổng (tối đa {limit}).</source>
        <comment>check_portal_text_missing</comment>
        <translation>There is no short description for the portal yet (at most {limit}).</translation>
    </message>
    <message>
        <source>Soạn đoạn mô tả cho Cổng; có thể tạo bản nháp từ phần mô tả chi tiết rồi sửa lại.</source>
        <comment>check_portal_text_missing_fix</comment>
        <translation>Write the portal description; you can build a draft from the detailed description and edit it.</translation>
    </message>
    <message>
        <source>Tác giả chưa cam kết sáng kiến không trái với trật tự công cộng, đạo đức xã hội.</source>
        <comment>check_public_order</comment>
        <translation>The authors have not declared that the initiative is not contrary to public order or social ethics.</translation>
    </message>
    <message>
        <source>Xác nhận với tác giả rồi đánh dấu ô cam kết này.</source>
        <comment>check_public_order_fix</comment>
        <translation>Confirm with the authors, then tick this declaration.</translation>
    </message>
    <message>
        <source>Chưa có {what}.</source>
        <comment>check_required</comment>
        <translation>Missing: {what}.</translation>
    </message>
    <message>
        <source>Ngày nghiệm thu đề tài {date} chưa đến.</source>
        <comment>check_research_acceptance_future</comment>
        <translation>The research project&apos;s acceptance date {date} has not come yet.</translation>
    </message>
    <message>
        <source>Nhập ngày nghiệm thu đề tài ghi trên biên bản nghiệm thu.</source>
        <comment>check_research_accepted_fix</comment>
        <translation>Enter the project&apos;s acceptance date as written in the acceptance minutes.</translation>
    </message>
    <message>
        <source>Đề tài được ứng dụng từ {date}, trước ngày {since} mà chương trình yêu cầu.</source>
        <comment>check_research_applied_since</comment>
        <translation>The research project has been applied since {date}, before the date {since} that the programme requires.</translation>
    </message>
    <message>
        <source>Chương trình chỉ nhận đề tài ứng dụng từ {since}: kiểm tra lại ngày áp dụng.</source>
        <comment>check_research_applied_since_fix</comment>
        <translation>The programme only accepts research projects applied since {since}: check the application date.</translation>
    </message>
    <message>
        <source>Đề tài chưa có xác nhận hiệu quả ứng dụng của thủ trưởng đơn vị nơi áp dụng.</source>
        <comment>check_research_head</comment>
        <translation>The research project has no confirmation of its applied benefit from the head of the unit where it is applied.</translation>
    </message>
    <message>
        <source>Xin xác nhận của thủ trưởng đơn vị, đính kèm văn bản xác nhận, rồi đánh dấu ô “Đã có xác nhận của thủ trưởng”.</source>
        <comment>check_research_head_fix</comment>
        <translation>Ask the head of the unit for a confirmation, attach it, then tick “Confirmed by the head of the unit”.</translation>
    </message>
    <message>
        <source>Đề tài chưa có ngày nghiệm thu.</source>
        <comment>check_research_no_acceptance</comment>
        <translation>The research project has no acceptance date.</translation>
    </message>
    <message>
        <source>Giống {percent} % hồ sơ “{title}” (mã {code}) đã được công nhận năm {year}: có thể là sáng kiến cũ nộp lại.</source>
        <comment>check_resubmitted</comment>
        <translation>{percent} % similar to “{title}” (code {code}), recognised in {year}: possibly an earlier initiative submitted again.</translation>
    </message>
    <message>
        <source>Bấm “So sánh…” để xem các đoạn giống nhau. Nếu là sáng kiến khác, Hội đồng ghi lý do khi bỏ qua cảnh báo này; lý do được lưu vào lịch sử hồ sơ.</source>
        <comment>check_resubmitted_fix</comment>
        <translation>Click “Compare…” to see the shared passages. If it is a different initiative, the council writes its reason when accepting this warning; the reason is kept in the dossier&apos;s history.</translation>
    </message>
    <message>
        <source>Chưa có tỷ lệ đóng góp hợp lệ của {who}.</source>
        <comment>check_share_missing</comment>
        <translation>There is no valid contribution share for {who}.</translation>
    </message>
    <message>
        <source>Nhập tỷ lệ phần trăm từ 0 đến 100; nếu chỉ có một tác giả, nhập 100.</source>
        <comment>check_share_missing_fix</comment>
        <translation>Enter a percentage from 0 to 100; if there is only one author, enter 100.</translation>
    </message>
    <message>
        <source>Tổng tỷ lệ đóng góp của các tác giả là {total}% ({parts}), chưa đúng 100%.</source>
        <comment>check_shares_total</comment>
        <translation>The authors&apos; contribution shares add up to {total}% ({parts}), not 100%.</translation>
    </message>
    <message>
        <source>Sửa tỷ lệ để tổng đúng bằng 100%; ví dụ chia đều cho ba người thì nhập 33,34 + 33,33 + 33,33.</source>
        <comment>check_shares_total_fix</comment>
        <translation>Correct the shares so they add up to exactly 100%; for three equal authors, for example, enter 33,34 + 33,33 + 33,33.</translation>
    </message>
    <message>
        <source>Kiểm tra tệp đính kèm</source>
        <comment>check_stage_attachments</comment>
        <translation>Checking the attachments</translation>
    </message>
    <message>
        <source>Xong</source>
        <comment>check_stage_done</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kiểm tra chỉ mục tìm kiếm</source>
        <comment>check_stage_index</comment>
        <translation>Checking the search index</translation>
    </message>
    <message>
        <source>Kiểm tra toàn vẹn dữ liệu</source>
        <comment>check_stage_integrity</comment>
        <translation>Checking the integrity of the data</translation>
    </message>
    <message>
        <source>Kiểm tra liên kết giữa các dữ liệu</source>
        <comment>check_stage_links</comment>
        <translation>Checking the links between records</translation>
    </message>
    <message>
        <source>Tìm tệp không hồ sơ nào dùng</source>
        <comment>check_stage_unused</comment>
        <translation>Looking for files no dossier uses</translation>
    </message>
    <message>
        <source>{what} (chương trình “{campaign}” có {count} đối tượng).</source>
        <comment>check_target_group</comment>
        <translation>{what} (the programme “{campaign}” has {count} target {count|group|groups}).</translation>
    </message>
    <message>
        <source>Chọn một trong các đối tượng: {groups}.</source>
        <comment>check_target_group_fix</comment>
        <translation>Choose one of these target groups: {groups}.</translation>
    </message>
    <message>
        <source>{count} tệp trong thư mục tệp đính kèm không hồ sơ nào dùng ({size}).</source>
        <comment>check_unused_files</comment>
        <translation>{count} {count|file|files} in the attachments folder {count|is|are} used by no dossier ({size}).</translation>
    </message>
    <message>
        <source>{count} tệp trong thư mục tệp đính kèm không hồ sơ nào dùng ({size}); đã chuyển sang “{folder}”. Có thể xóa thư mục đó khi chắc chắn không cần.</source>
        <comment>check_unused_moved</comment>
        <translation>{count} {count|file|files} in the attachments folder {count|was|were} used by no dossier ({size}); {count|it was|they were} moved to “{folder}”. That folder can be deleted once you are sure {count|it is|they are} not needed.</translation>
    </message>
    <message>
        <source>24 giờ ngày {date}</source>
        <comment>closing_midnight</comment>
        <translation>midnight at the end of {date}</translation>
    </message>
    <message>
        <source>Hãy nhập tên Hội đồng sáng kiến.</source>
        <comment>council_name</comment>
        <translation>Enter the name of the Initiative Council.</translation>
    </message>
    <message>
        <source>Không tìm thấy Hội đồng sáng kiến {uuid}.</source>
        <comment>council_not_found</comment>
        <translation>Initiative Council {uuid} was not found.</translation>
    </message>
    <message>
        <source>Hội đồng chỉ có một Chủ tịch.</source>
        <comment>council_two_chairs</comment>
        <translation>A council has only one chair.</translation>
    </message>
    <message>
        <source>người có tỷ lệ đóng góp cao nhất</source>
        <comment>credit_largest_share</comment>
        <translation>the person with the largest share</translation>
    </message>
    <message>
        <source>chủ nhiệm/tác giả chính</source>
        <comment>credit_lead</comment>
        <translation>the lead author</translation>
    </message>
    <message>
        <source>nhiều người được đánh dấu là tác giả chính</source>
        <comment>credit_tie_leads</comment>
        <translation>several people are marked as lead author</translation>
    </message>
    <message>
        <source>nhiều người có cùng tỷ lệ đóng góp cao nhất</source>
        <comment>credit_tie_shares</comment>
        <translation>several people share the largest contribution</translation>
    </message>
    <message>
        <source>Tệp “{file}” đang được ghi dở: hãy chờ chép xong rồi nhập lại.</source>
        <comment>data_changing</comment>
        <translation>The file “{file}” is still being written: wait until it has been copied in full, then import it again.</translation>
    </message>
    <message>
        <source>Tệp “{file}” có dữ liệu lồng nhau quá sâu.</source>
        <comment>data_depth</comment>
        <translation>The file “{file}” has data nested too deep.</translation>
    </message>
    <message>
        <source>Tệp “{file}” không phải văn bản UTF-8 (byte lạ ở vị trí {position}).</source>
        <comment>data_encoding</comment>
        <translation>The file “{file}” is not UTF-8 text (an unexpected byte at position {position}).</translation>
    </message>
    <message>
        <source>Không đọc được tệp {name}: {reason}</source>
        <comment>data_file_unreadable</comment>
        <translation>Cannot read the file {name}: {reason}</translation>
    </message>
    <message>
        <source>Tệp “{file}” không phải tệp hồ sơ sáng kiến (thiếu &quot;format&quot;: &quot;{format}&quot;).</source>
        <comment>data_format</comment>
        <translation>The file “{file}” is not an initiative dossier file (no &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>Tệp “{file}” ghi phiên bản định dạng (format_version) “{version}” không hợp lệ: phải là một số nguyên dương, như 1.</source>
        <comment>data_format_version</comment>
        <translation>The file “{file}” gives the format version (format_version) “{version}”, which is not valid: it must be a positive whole number, such as 1.</translation>
    </message>
    <message>
        <source>Tệp “{file}” không phải JSON hợp lệ (dòng {line}, cột {column}).</source>
        <comment>data_json</comment>
        <translation>The file “{file}” is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{path}”.</source>
        <comment>data_missing</comment>
        <translation>File “{path}” not found.</translation>
    </message>
    <message>
        <source>Tệp “{file}” dùng định dạng phiên bản {version}, mới hơn phiên bản {known} mà chương trình này đọc được. Hãy cập nhật Sáng kiến Desktop.</source>
        <comment>data_newer</comment>
        <translation>The file “{file}” uses format version {version}, newer than version {known} that this program reads. Update Sáng kiến Desktop.</translation>
    </message>
    <message>
        <source>Tệp “{file}” có một số không đọc được (NaN, vô cực hoặc quá nhiều chữ số).</source>
        <comment>data_number</comment>
        <translation>The file “{file}” has a number that cannot be read (NaN, infinity or too many digits).</translation>
    </message>
    <message>
        <source>Tệp “{file}” có một số không đọc được ở dòng {line} (NaN, vô cực hoặc quá nhiều chữ số).</source>
        <comment>data_number_at</comment>
        <translation>The file “{file}” has a number that cannot be read on line {line} (NaN, infinity or too many digits).</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <comment>data_record_decisions</comment>
        <translation>Decision</translation>
    </message>
    <message>
        <source>{record} thứ {number}: dữ liệu lồng nhau quá sâu.</source>
        <comment>data_record_depth</comment>
        <translation>{record} {number}: the data is nested too deep.</translation>
    </message>
    <message>
        <source>Đợt đề nghị</source>
        <comment>data_record_nominations</comment>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>Tệp “{file}” quá lớn ({size} MB; tối đa {limit} MB).</source>
        <comment>data_too_large</comment>
        <translation>The file “{file}” is too large ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{file}” ({reason}).</source>
        <comment>data_unreadable</comment>
        <translation>Cannot read the file “{file}” ({reason}).</translation>
    </message>
    <message>
        <source>{label} “{value}” không đúng dạng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/09/2022.</source>
        <comment>date_format</comment>
        <translation>{label} “{value}” is not in the right form. Enter it as day/month/year, for example 15/09/2022.</translation>
    </message>
    <message>
        <source>{label} “{value}” không có thật trên lịch (tháng {month} năm {year} không có ngày {day}). Hãy kiểm tra lại ngày và tháng.</source>
        <comment>date_invalid</comment>
        <translation>{label} “{value}” is not a real date (month {month} of {year} has no day {day}). Check the day and month.</translation>
    </message>
    <message>
        <source>Ngày</source>
        <comment>date_label</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dữ liệu trong “{path}” bị hỏng nên không đọc được. Hãy khôi phục từ một bản sao lưu còn tốt (chương trình đề nghị danh sách khi mở, hoặc dùng lệnh “sangkien backups” rồi “sangkien restore TỆP”). Tệp hỏng được giữ lại, không bị xóa.</source>
        <comment>db_damaged</comment>
        <translation>The data in “{path}” is damaged and cannot be read. Restore from a good backup (the program offers the list when it opens, or use the commands “sangkien backups” then “sangkien restore FILE”). The damaged file is kept, not deleted.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{path}” trống (0 byte): dữ liệu đã bị xóa hoặc chép dở, đây không phải một cài đặt mới. Hãy khôi phục từ một bản sao lưu còn tốt (chương trình đề nghị danh sách khi mở, hoặc dùng lệnh “sangkien restore TỆP”). Tệp trống được giữ lại, không bị xóa.</source>
        <comment>db_empty</comment>
        <translation>The data file “{path}” is empty (0 bytes): the data was erased or only partly copied; this is not a new installation. Restore from a good backup (the program offers the list when it opens, or use the command “sangkien restore FILE”). The empty file is kept, not deleted.</translation>
    </message>
    <message>
        <source>Không đọc ghi được dữ liệu trong “{folder}” (ổ USB bị rút ra, ổ mạng mất kết nối, hoặc ổ đĩa hỏng). Dữ liệu đã lưu trước đó không bị mất. Hãy kiểm tra ổ đĩa rồi mở lại chương trình.</source>
        <comment>db_io_failed</comment>
        <translation>Cannot read or write the data in “{folder}” (a USB stick pulled out, a network drive disconnected, or a failing disk). Data saved before was not lost. Check the disk and open the program again.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu “{folder}” không dùng được chế độ ghi WAL (thường vì nằm trên ổ mạng), nên chương trình ghi theo cách cũ (“{mode}”): vẫn dùng được nhưng chậm hơn, và không được mở cùng thư mục này trên hai máy một lúc. Nên chép thư mục dữ liệu về ổ đĩa của máy này.</source>
        <comment>db_no_wal</comment>
        <translation>The data folder “{folder}” cannot use the WAL journal (usually because it is on a network drive), so the program writes the old way (“{mode}”): it works, but more slowly, and the folder must not be opened on two computers at once. Better copy the data folder to this computer&apos;s own disk.</translation>
    </message>
    <message>
        <source>Tệp “{path}” không phải là dữ liệu của Sáng kiến Desktop, hoặc đã bị hỏng. Hãy chọn đúng thư mục dữ liệu, hoặc khôi phục từ một bản sao lưu.</source>
        <comment>db_not_sqlite</comment>
        <translation>The file “{path}” is not Sáng kiến Desktop data, or it is damaged. Choose the right data folder, or restore from a backup.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu “{folder}” chỉ cho đọc, nên thay đổi này không lưu được. Dữ liệu đã lưu không bị mất. Để sửa dữ liệu, hãy mở khóa ghi (ổ USB) hoặc chép thư mục dữ liệu sang ổ đĩa ghi được rồi mở lại chương trình.</source>
        <comment>db_read_only</comment>
        <translation>The data folder “{folder}” is read-only, so this change cannot be saved. Nothing already saved was lost. To change the data, unlock writing (USB stick) or copy the data folder to a writable disk and open the program again.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu “{folder}” chỉ cho đọc và chưa có dữ liệu. Hãy chọn đúng thư mục dữ liệu, hoặc một thư mục ghi được.</source>
        <comment>db_read_only_missing</comment>
        <translation>The data folder “{folder}” is read-only and holds no data yet. Choose the right data folder, or a writable one.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu “{folder}” chỉ cho đọc, và lần trước chương trình chưa đóng hẳn nên còn thay đổi chưa gộp vào dữ liệu. Hãy chép cả thư mục dữ liệu sang ổ đĩa ghi được rồi mở từ đó; không có gì bị mất.</source>
        <comment>db_read_only_pending</comment>
        <translation>The data folder “{folder}” is read-only, and the program did not close properly last time, so some changes are not yet merged into the data. Copy the whole data folder to a writable disk and open it from there; nothing is lost.</translation>
    </message>
    <message>
        <source>Dữ liệu được tạo bởi một phiên bản cũ hơn và cần được nâng cấp, nhưng thư mục dữ liệu “{folder}” chỉ cho đọc. Hãy chép thư mục dữ liệu sang ổ đĩa ghi được rồi mở lại; dữ liệu không bị thay đổi.</source>
        <comment>db_read_only_upgrade</comment>
        <translation>The data was made by an older version and needs an upgrade, but the data folder “{folder}” is read-only. Copy the data folder to a writable disk and open it again; the data was not changed.</translation>
    </message>
    <message>
        <source>Còn {days} ngày đến hạn gửi ({at}).</source>
        <comment>deadline_near</comment>
        <translation>{days} {days|day|days} left until the deadline ({at}).</translation>
    </message>
    <message>
        <source>Chưa có hạn gửi.</source>
        <comment>deadline_none</comment>
        <translation>No deadline yet.</translation>
    </message>
    <message>
        <source>Hạn gửi: {at} (còn {days} ngày).</source>
        <comment>deadline_open</comment>
        <translation>Deadline: {at} ({days} {days|day|days} left).</translation>
    </message>
    <message>
        <source>Đã quá hạn gửi ({at}).</source>
        <comment>deadline_passed</comment>
        <translation>The deadline has passed ({at}).</translation>
    </message>
    <message>
        <source>Hôm nay là hạn gửi ({at}).</source>
        <comment>deadline_today</comment>
        <translation>The deadline is today ({at}).</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã được công nhận trước đây.</source>
        <comment>decision_already_recognised</comment>
        <translation>The dossier “{title}” was already recognised earlier.</translation>
    </message>
    <message>
        <source>Hãy ghi chức danh thủ trưởng ra quyết định, ví dụ “Giám đốc Công ty …”.</source>
        <comment>decision_authority</comment>
        <translation>Enter the title of the head issuing the decision, for example “Director of … Company”.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đang nằm trong thùng rác.</source>
        <comment>decision_dossier_in_bin</comment>
        <translation>The dossier “{title}” is in the bin.</translation>
    </message>
    <message>
        <source>Một hồ sơ có mặt hai lần trong quyết định.</source>
        <comment>decision_duplicate</comment>
        <translation>A dossier is in the decision twice.</translation>
    </message>
    <message>
        <source>Quyết định chưa có sáng kiến nào.</source>
        <comment>decision_empty</comment>
        <translation>The decision has no initiative yet.</translation>
    </message>
    <message>
        <source>Không tìm thấy quyết định “{key}”.</source>
        <comment>decision_key_not_found</comment>
        <translation>The decision “{key}” was not found.</translation>
    </message>
    <message>
        <source>Số tiền không được âm.</source>
        <comment>decision_money_negative</comment>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>Không tìm thấy quyết định {uuid}.</source>
        <comment>decision_not_found</comment>
        <translation>Decision {uuid} was not found.</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến không đề nghị công nhận hồ sơ “{title}”. Muốn công nhận theo đánh giá của người ra quyết định, hãy ghi lý do: lý do được lưu vào lịch sử hồ sơ và in trong quyết định.</source>
        <comment>decision_override_reason</comment>
        <translation>The initiative council did not propose recognising the dossier “{title}”. To recognise it on the assessment of whoever decides, write the reason: it is kept in the dossier&apos;s history and printed in the decision.</translation>
    </message>
    <message>
        <source>Thù lao và phạm vi ảnh hưởng chỉ ghi cho sáng kiến được công nhận; hãy bỏ chúng ở sáng kiến không công nhận.</source>
        <comment>decision_pay_not_recognised</comment>
        <translation>Pay and a recognition scope are set for a recognised initiative only: remove them from the initiative not recognised.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do không công nhận hồ sơ “{title}”: tác giả sẽ đọc lý do này.</source>
        <comment>decision_reason_missing</comment>
        <translation>Enter the reason for not recognising the dossier “{title}”: the authors will read it.</translation>
    </message>
    <message>
        <source>Phạm vi “{scope}” không có trong bộ quy định “{pack}”.</source>
        <comment>decision_scope_unknown</comment>
        <translation>The scope “{scope}” is not one of the rule pack “{pack}”.</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa “{where}” báo lỗi khi đọc ghi (ổ USB bị rút ra, hoặc ổ đĩa hỏng). Dữ liệu đã lưu trước đó không bị mất. Hãy kiểm tra ổ đĩa rồi thử lại.</source>
        <comment>disk_failed</comment>
        <translation>The disk holding “{where}” reported a read or write error (a USB stick pulled out, or a failing disk). Data saved before was not lost. Check the disk and try again.</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa “{where}” đã đầy (còn trống {free}): cần thêm ít nhất {needed} trống. Dữ liệu đã lưu không bị mất. Hãy xóa bớt tệp không cần trên ổ đĩa đó (hoặc chọn nơi khác) rồi thử lại.</source>
        <comment>disk_full</comment>
        <translation>The disk holding “{where}” is full ({free} free): at least {needed} more free space is needed. Nothing already saved was lost. Delete files you do not need on that disk (or choose another place) and try again.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{where}”: ổ đĩa hoặc thư mục này chỉ cho đọc (ổ USB bị gạt khóa ghi, đĩa CD, hoặc tài khoản không có quyền ghi). Dữ liệu đã lưu không bị mất. Hãy chọn một thư mục khác, hoặc mở khóa ghi rồi thử lại.</source>
        <comment>disk_read_only</comment>
        <translation>Cannot write to “{where}”: this disk or folder is read-only (a write-locked USB stick, a CD, or an account without write rights). Nothing already saved was lost. Choose another folder, or unlock writing and try again.</translation>
    </message>
    <message>
        <source>Loại văn bản “{doc_type}” không có trong danh mục.</source>
        <comment>doc_type_unknown</comment>
        <translation>The document type “{doc_type}” is not in the list.</translation>
    </message>
    <message>
        <source>Bảng tổng hợp tóm tắt sáng kiến</source>
        <comment>document_bang_tong_hop</comment>
        <translation>Summary table of initiatives</translation>
    </message>
    <message>
        <source>Báo cáo kết quả thực hiện chỉ tiêu</source>
        <comment>document_bao_cao_chi_tieu</comment>
        <translation>Report on the targets</translation>
    </message>
    <message>
        <source>Báo cáo mô tả sáng kiến</source>
        <comment>document_bao_cao_mo_ta</comment>
        <translation>Description report of the initiative</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng sáng kiến</source>
        <comment>document_bien_ban</comment>
        <translation>Minutes of the initiative council meeting</translation>
    </message>
    <message>
        <source>Đơn yêu cầu công nhận sáng kiến</source>
        <comment>document_don_yeu_cau</comment>
        <translation>Application for recognition of the initiative</translation>
    </message>
    <message>
        <source>Định dạng “{format}” không được hỗ trợ (pdf hoặc docx).</source>
        <comment>document_format</comment>
        <translation>The format “{format}” is not supported (pdf or docx).</translation>
    </message>
    <message>
        <source>Giấy chứng nhận sáng kiến</source>
        <comment>document_giay_chung_nhan</comment>
        <translation>Initiative certificate</translation>
    </message>
    <message>
        <source>Giấy xác nhận hiệu quả, phạm vi ảnh hưởng của sáng kiến</source>
        <comment>document_giay_xac_nhan</comment>
        <translation>Certification of the effect and scope of an initiative</translation>
    </message>
    <message>
        <source>Không có loại văn bản “{kind}”. Các loại: {kinds}.</source>
        <comment>document_kind_unknown</comment>
        <translation>There is no document kind “{kind}”. The kinds: {kinds}.</translation>
    </message>
    <message>
        <source>Phiếu đánh giá sáng kiến</source>
        <comment>document_phieu_danh_gia</comment>
        <translation>Initiative score sheet</translation>
    </message>
    <message>
        <source>Quyết định công nhận sáng kiến</source>
        <comment>document_quyet_dinh</comment>
        <translation>Decision recognising the initiative</translation>
    </message>
    <message>
        <source>Tờ trình đề nghị khen thưởng sáng kiến</source>
        <comment>document_to_trinh</comment>
        <translation>Cover letter proposing commendation of initiatives</translation>
    </message>
    <message>
        <source>Phiếu tóm tắt kết quả sáng kiến của đơn vị</source>
        <comment>document_tom_tat_don_vi</comment>
        <translation>Unit summary of initiative results</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã được công nhận ngày {date} nên không sửa được nội dung. Hãy tạo phiên bản sửa đổi (bản mới liên kết với bản đã công nhận).</source>
        <comment>dossier_frozen</comment>
        <translation>The dossier “{title}” was recognised on {date}, so its content cannot be changed. Create a corrected version (a new version linked to the recognised one).</translation>
    </message>
    <message>
        <source>Mã “{key}” ứng với nhiều hồ sơ; hãy dùng mã định danh (uuid).</source>
        <comment>dossier_key_ambiguous</comment>
        <translation>The code “{key}” matches several dossiers; use the identifier (uuid).</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ “{key}”.</source>
        <comment>dossier_key_not_found</comment>
        <translation>No dossier “{key}” was found.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ {uuid}.</source>
        <comment>dossier_not_found</comment>
        <translation>Dossier {uuid} was not found.</translation>
    </message>
    <message>
        <source>nội dung mô tả</source>
        <comment>duplicate_description</comment>
        <translation>description</translation>
    </message>
    <message>
        <source>{what} trùng nhau (không kể dấu, hoa thường)</source>
        <comment>duplicate_same</comment>
        <translation>{what} identical (ignoring diacritics and case)</translation>
    </message>
    <message>
        <source>{what} giống khoảng {percent}%</source>
        <comment>duplicate_similar</comment>
        <translation>{what} about {percent}% similar</translation>
    </message>
    <message>
        <source>tên</source>
        <comment>duplicate_title</comment>
        <translation>title</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã thay đổi sau khi tìm: hãy tìm lại.</source>
        <comment>erasure_dossier_changed</comment>
        <translation>Dossier “{title}” changed after the search: search again.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” không nằm trong thùng rác. Để xóa dữ liệu của một người, hãy dùng Công cụ → Xóa dữ liệu cá nhân của một người.</source>
        <comment>erasure_not_in_bin</comment>
        <translation>Dossier “{title}” is not in the bin. To erase one person’s data, use Tools → Erase one person’s personal data.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do xóa (ví dụ: “Theo yêu cầu của bà Lan ngày 05/01/2026”): lý do được ghi vào lịch sử hồ sơ.</source>
        <comment>erasure_reason</comment>
        <translation>Write why the data is erased (e.g. “At Ms Lan’s request of 05/01/2026”): the reason goes into the dossier history.</translation>
    </message>
    <message>
        <source>Danh sách đã chọn không khớp kết quả tìm kiếm: hãy tìm lại.</source>
        <comment>erasure_stale</comment>
        <translation>The selection does not match the search results: search again.</translation>
    </message>
    <message>
        <source>tính được giá trị làm lợi bằng tiền</source>
        <comment>fact_benefit_computed</comment>
        <translation>whose money benefit is computed</translation>
    </message>
    <message>
        <source>Tỷ lệ “{text}” không hợp lệ; hãy viết dạng 2/3.</source>
        <comment>fraction_invalid</comment>
        <translation>The ratio “{text}” is not valid; write it like 2/3.</translation>
    </message>
    <message>
        <source>Tỷ lệ “{text}” phải lớn hơn 0 và không quá 1.</source>
        <comment>fraction_range</comment>
        <translation>The ratio “{text}” must be greater than 0 and at most 1.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã được công nhận nên không thể chuyển vào thùng rác: quyết định công nhận dựa trên hồ sơ này. Nếu cần sửa, hãy tạo phiên bản sửa đổi.</source>
        <comment>frozen_bin</comment>
        <translation>The dossier “{title}” has been recognised, so it cannot be moved to the bin: the recognition decision rests on it. To change it, create a corrected version.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã được công nhận nên không thể xóa hẳn: quyết định công nhận dựa trên hồ sơ này. Nếu cần sửa, hãy tạo phiên bản sửa đổi.</source>
        <comment>frozen_purge</comment>
        <translation>The dossier “{title}” has been recognised, so it cannot be deleted for good: the recognition decision rests on it. To change it, create a corrected version.</translation>
    </message>
    <message>
        <source>Có tranh chấp về quyền tác giả.</source>
        <comment>gap_authorship_dispute</comment>
        <translation>There is a dispute about authorship.</translation>
    </message>
    <message>
        <source>Có khiếu nại về nội dung hoặc kết quả công nhận.</source>
        <comment>gap_complaint</comment>
        <translation>There is a complaint about the content or the recognition result.</translation>
    </message>
    <message>
        <source>Nội dung hồ sơ không khớp mã kiểm tra đang lưu.</source>
        <comment>hash_chain_content</comment>
        <translation>The dossier content does not match its recorded content hash.</translation>
    </message>
    <message>
        <source>Mã kiểm tra lúc công nhận (hoặc sau lần xóa dữ liệu cá nhân cuối) không khớp mã đang lưu.</source>
        <comment>hash_chain_recorded</comment>
        <translation>The content hash at recognition (or after the last personal data erasure) does not match the recorded one.</translation>
    </message>
    <message>
        <source>Lần xóa dữ liệu cá nhân lúc {at} bắt đầu từ mã kiểm tra {found}… thay vì {expected}….</source>
        <comment>hash_chain_step</comment>
        <translation>The personal data erasure at {at} starts from content hash {found}… instead of {expected}….</translation>
    </message>
    <message>
        <source>{where} trùng mã hồ sơ “{code}” với hồ sơ thứ {other} của cùng đơn vị: mỗi sáng kiến cần một mã riêng; hãy sửa mã ở nơi gửi rồi xuất lại.</source>
        <comment>json_code_twice</comment>
        <translation>{where} has the dossier code “{code}” of dossier {other} of the same unit: each initiative needs its own code; correct the code where the file was made and export again.</translation>
    </message>
    <message>
        <source>phạm vi ảnh hưởng của sáng kiến</source>
        <comment>json_field_scope_code</comment>
        <translation>scope of the initiative&apos;s effect</translation>
    </message>
    <message>
        <source>cấp nhận đề nghị</source>
        <comment>json_field_to_level</comment>
        <translation>receiving level</translation>
    </message>
    <message>
        <source>{where} trùng mã định danh {uuid} với hồ sơ thứ {other}.</source>
        <comment>json_uuid_twice</comment>
        <translation>{where} has the identifier {uuid} of dossier {other}.</translation>
    </message>
    <message>
        <source>Ảnh BMP</source>
        <comment>media_bmp</comment>
        <translation>BMP image</translation>
    </message>
    <message>
        <source>Ảnh GIF</source>
        <comment>media_gif</comment>
        <translation>GIF image</translation>
    </message>
    <message>
        <source>Ảnh JPEG</source>
        <comment>media_jpeg</comment>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>Ảnh PNG</source>
        <comment>media_png</comment>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>Ảnh TIFF</source>
        <comment>media_tiff</comment>
        <translation>TIFF image</translation>
    </message>
    <message>
        <source>Ảnh WebP</source>
        <comment>media_webp</comment>
        <translation>WebP image</translation>
    </message>
    <message>
        <source>Cuộc họp ngày {date} đã kết thúc, kết quả đã khóa: không sửa được nữa. Nếu cần, hãy mở lại cuộc họp (ghi lý do) trước khi sửa.</source>
        <comment>meeting_closed</comment>
        <translation>The meeting of {date} is closed and its results are locked: they can no longer be changed. If needed, reopen the meeting (with a reason) first.</translation>
    </message>
    <message>
        <source>Một hồ sơ được đưa vào cuộc họp hai lần.</source>
        <comment>meeting_duplicate_dossier</comment>
        <translation>A dossier was added to the meeting twice.</translation>
    </message>
    <message>
        <source>Chưa kết thúc được cuộc họp: {missing}. Hãy nhập phiếu, hoặc ghi thành viên đó không tham gia đánh giá hồ sơ.</source>
        <comment>meeting_incomplete</comment>
        <translation>The meeting cannot be closed yet: {missing}. Enter the sheets, or record that the member abstains on that dossier.</translation>
    </message>
    <message>
        <source>{member} chưa chấm hồ sơ “{title}”</source>
        <comment>meeting_missing_sheet</comment>
        <translation>{member} has not scored “{title}”</translation>
    </message>
    <message>
        <source>Cuộc họp ngày {date} chưa kết thúc nên không cần mở lại.</source>
        <comment>meeting_not_closed</comment>
        <translation>The meeting of {date} is not closed, so it need not be reopened.</translation>
    </message>
    <message>
        <source>Không tìm thấy cuộc họp {uuid}.</source>
        <comment>meeting_not_found</comment>
        <translation>Meeting {uuid} was not found.</translation>
    </message>
    <message>
        <source>Không mở lại được: quyết định {number} đã được ban hành theo kết quả cuộc họp này.</source>
        <comment>meeting_reopen_decided</comment>
        <translation>Cannot reopen: decision {number} was issued on this meeting&apos;s results.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do mở lại cuộc họp: lý do được lưu vào lịch sử.</source>
        <comment>meeting_reopen_reason</comment>
        <translation>Write why the meeting is reopened: the reason is kept in the history.</translation>
    </message>
    <message>
        <source>Danh sách có mặt có người không thuộc Hội đồng.</source>
        <comment>meeting_stranger</comment>
        <translation>The attendance list has someone who is not on the council.</translation>
    </message>
    <message>
        <source>Thành viên thứ {i} của Hội đồng chưa có họ tên.</source>
        <comment>member_name</comment>
        <translation>Council member {i} has no full name.</translation>
    </message>
    <message>
        <source>Số tiền “{value}” quá lớn. Hãy kiểm tra lại số chữ số.</source>
        <comment>money_range</comment>
        <translation>The amount “{value}” is too large. Check the number of digits.</translation>
    </message>
    <message>
        <source>Chưa có phiếu đánh giá nào cho sáng kiến này.</source>
        <comment>no_sheets</comment>
        <translation>There is no score sheet for this initiative yet.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã có trong một đợt đề nghị khác ({where}) của chương trình này.</source>
        <comment>nomination_already_in</comment>
        <translation>The dossier “{title}” is already in another nomination batch ({where}) of this programme.</translation>
    </message>
    <message>
        <source>Không có chương trình “{campaign_id}”. Hãy chọn một chương trình có trong danh sách (hoặc thêm tệp chương trình vào thư mục dữ liệu).</source>
        <comment>nomination_campaign</comment>
        <translation>There is no programme “{campaign_id}”. Choose a programme in the list (or add the programme file to the data folder).</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đang nằm trong thùng rác.</source>
        <comment>nomination_dossier_in_bin</comment>
        <translation>The dossier “{title}” is in the bin.</translation>
    </message>
    <message>
        <source>Một hồ sơ có mặt hai lần trong đợt đề nghị.</source>
        <comment>nomination_duplicate</comment>
        <translation>A dossier is in the nomination batch twice.</translation>
    </message>
    <message>
        <source>Đợt đề nghị chưa có hồ sơ nào.</source>
        <comment>nomination_empty</comment>
        <translation>The nomination batch has no dossiers yet.</translation>
    </message>
    <message>
        <source>“{favoured}” không phải lĩnh vực ưu tiên của chương trình “{campaign}”.</source>
        <comment>nomination_favoured_field</comment>
        <translation>“{favoured}” is not a priority field of the programme “{campaign}”.</translation>
    </message>
    <message>
        <source>Không tìm thấy đợt đề nghị “{uuid}”.</source>
        <comment>nomination_not_found</comment>
        <translation>The nomination batch “{uuid}” was not found.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” chưa được công nhận nên chưa đề nghị lên cấp trên được.</source>
        <comment>nomination_not_recognised</comment>
        <translation>The dossier “{title}” has not been recognised, so it cannot be nominated to the upper level yet.</translation>
    </message>
    <message>
        <source>Đợt đề nghị chưa có hồ sơ nào: hãy chọn hồ sơ trước khi gửi lên cấp trên.</source>
        <comment>nomination_package_empty</comment>
        <translation>The nomination has no dossier yet: choose dossiers before sending it to the upper level.</translation>
    </message>
    <message>
        <source>Đợt đề nghị này đã gửi lên cấp trên nên không sửa được nữa.</source>
        <comment>nomination_sent</comment>
        <translation>This nomination batch has been sent to the upper level and can no longer be changed.</translation>
    </message>
    <message>
        <source>Đợt đề nghị đã gửi là hồ sơ lưu trữ: không xóa được.</source>
        <comment>nomination_sent_delete</comment>
        <translation>A sent nomination batch is an archived record: it cannot be deleted.</translation>
    </message>
    <message>
        <source>Đợt đề nghị đã gửi với Tờ trình số {number}.</source>
        <comment>nomination_sent_number</comment>
        <translation>The nomination batch was sent with cover letter No. {number}.</translation>
    </message>
    <message>
        <source>Đang soạn</source>
        <comment>nomination_status_draft</comment>
        <translation>Being prepared</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <comment>nomination_status_sent</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Cấp nhận “{level}” không có trên đường đề nghị của đơn vị: chọn một trong {choices}.</source>
        <comment>nomination_to_level</comment>
        <translation>The receiving level “{level}” is not on the unit&apos;s route upward: choose one of {choices}.</translation>
    </message>
    <message>
        <source>Hãy ghi nơi nhận đề nghị (công đoàn cấp trên), ví dụ “Ban Thường vụ Liên đoàn Lao động tỉnh …”.</source>
        <comment>nomination_to_unit</comment>
        <translation>Enter who receives the nomination (the upper-level union), for example “Standing Committee of the Provincial Labour Federation of …”.</translation>
    </message>
    <message>
        <source>Số văn bản phải là số nguyên dương, ví dụ 12.</source>
        <comment>number_not_positive</comment>
        <translation>A document number must be a positive whole number, for example 12.</translation>
    </message>
    <message>
        <source>Số {number} năm {year} đã được dùng. Hãy dùng số {session} hoặc một số chưa dùng.</source>
        <comment>number_used</comment>
        <translation>Number {number} of {year} is already used. Use number {session} or another unused number.</translation>
    </message>
    <message>
        <source>tệp “{path}” không mang đúng mã băm của nó.</source>
        <comment>package_attachment_hash</comment>
        <translation>the file “{path}” does not carry its own hash.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp đính kèm trong thư mục dữ liệu:{files}{more}
Hãy đính kèm lại các tệp đó rồi tạo gói.</source>
        <comment>package_attachment_missing</comment>
        <translation>Attached files missing from the data folder:{files}{more}
Attach those files again, then make the package.</translation>
    </message>
    <message>
        <source>thiếu tệp đính kèm “{filename}” của hồ sơ “{title}”.</source>
        <comment>package_attachment_missing_file</comment>
        <translation>the attachment “{filename}” of the dossier “{title}” is missing.</translation>
    </message>
    <message>
        <source>tệp đã bị thay đổi sau khi kiểm tra. Hãy nhập lại.</source>
        <comment>package_changed_since_check</comment>
        <translation>the file changed after it was checked. Import it again.</translation>
    </message>
    <message>
        <source>văn bản “{filename}” không khớp bản kê.</source>
        <comment>package_document_differs</comment>
        <translation>the document “{filename}” does not match the listing.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đang nằm trong thùng rác: hãy khôi phục hoặc bỏ nó khỏi gói.</source>
        <comment>package_dossier_in_bin</comment>
        <translation>Dossier “{title}” is in the bin: restore it or leave it out of the package.</translation>
    </message>
    <message>
        <source>Chưa chọn hồ sơ nào để đưa vào gói.</source>
        <comment>package_empty</comment>
        <translation>No dossier was chosen for the package.</translation>
    </message>
    <message>
        <source>không đọc được “{path}”: gói bị hỏng hoặc bị sửa.</source>
        <comment>package_entry_unreadable</comment>
        <translation>“{path}” cannot be read: the package is damaged or was altered.</translation>
    </message>
    <message>
        <source>nội dung hồ sơ đã công nhận “{title}” không khớp mã băm lúc công nhận: hồ sơ đã bị sửa sau khi công nhận.</source>
        <comment>package_frozen_changed</comment>
        <translation>the content of the recognised dossier “{title}” does not match its hash at recognition: the dossier was changed after it was recognised.</translation>
    </message>
    <message>
        <source>tệp “{path}” không khớp mã băm SHA-256 trong bản kê: gói đã bị sửa hoặc hỏng khi chép.</source>
        <comment>package_hash_mismatch</comment>
        <translation>the file “{path}” does not match its SHA-256 hash in the listing: the package was altered or damaged in copying.</translation>
    </message>
    <message>
        <source>loại gói “{kind}” không được hỗ trợ.</source>
        <comment>package_kind_unknown</comment>
        <translation>the package kind “{kind}” is not supported.</translation>
    </message>
    <message>
        <source>thiếu tệp “{path}” có trong bản kê (gói bị cắt cụt hoặc bị sửa).</source>
        <comment>package_listed_missing</comment>
        <translation>the file “{path}” in the listing is missing (the package is truncated or was altered).</translation>
    </message>
    <message>
        <source>tệp “{path}” được kê hai lần.</source>
        <comment>package_listed_twice</comment>
        <translation>the file “{path}” is listed twice.</translation>
    </message>
    <message>
        <source>manifest.json dài hơn kích thước đã khai: gói bị hỏng hoặc bị sửa.</source>
        <comment>package_manifest_longer</comment>
        <translation>manifest.json is longer than its declared size: the package is damaged or was altered.</translation>
    </message>
    <message>
        <source>bản kê manifest.json quá lớn.</source>
        <comment>package_manifest_too_large</comment>
        <translation>the listing manifest.json is too large.</translation>
    </message>
    <message>
        <source>tệp “{name}” quá lớn khi giải nén ({size} MB).</source>
        <comment>package_member_too_large</comment>
        <translation>the file “{name}” is too large when unpacked ({size} MB).</translation>
    </message>
    <message>
        <source>tệp “{name}” có mặt hai lần.</source>
        <comment>package_member_twice</comment>
        <translation>the file “{name}” is there twice.</translation>
    </message>
    <message>
        <source>tệp “{name}” không có trong bản kê: gói đã bị sửa sau khi tạo.</source>
        <comment>package_member_unlisted</comment>
        <translation>the file “{name}” is not in the listing: the package was altered after it was made.</translation>
    </message>
    <message>
        <source>không đọc được “{filename}”: gói bị hỏng hoặc bị sửa.</source>
        <comment>package_member_unreadable</comment>
        <translation>“{filename}” cannot be read: the package is damaged or was altered.</translation>
    </message>
    <message>
        <source>tệp “{name}” có đường dẫn không an toàn (đường dẫn tuyệt đối hoặc leo ra ngoài thư mục).</source>
        <comment>package_member_unsafe</comment>
        <translation>the file “{name}” has an unsafe path (absolute, or climbing out of the folder).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{path}”.</source>
        <comment>package_missing</comment>
        <translation>The file “{path}” was not found.</translation>
    </message>
    <message>
        <source>“{filename}” của hồ sơ {dossier}</source>
        <comment>package_missing_file</comment>
        <translation>“{filename}” of the dossier {dossier}</translation>
    </message>
    <message>
        <source>tên một tệp trong gói không đọc được (không phải UTF-8 hợp lệ): gói bị hỏng hoặc bị sửa.</source>
        <comment>package_name_unreadable</comment>
        <translation>the name of a file in the package cannot be read (not valid UTF-8): the package is damaged or was altered.</translation>
    </message>
    <message>
        <source>gói được tạo bởi phiên bản mới hơn của Sáng kiến Desktop ({app}, định dạng {version}, lược đồ {schema}; máy này đọc được định dạng {readable_version}, lược đồ {readable_schema}). Hãy cập nhật chương trình rồi nhập lại.</source>
        <comment>package_newer_why</comment>
        <translation>the package was made by a newer version of Sáng kiến Desktop ({app}, format {version}, schema {schema}; this computer reads format {readable_version}, schema {readable_schema}). Update the program, then import again.</translation>
    </message>
    <message>
        <source>thiếu bản kê manifest.json (không phải gói trao đổi, hoặc gói bị cắt cụt).</source>
        <comment>package_no_manifest</comment>
        <translation>the listing manifest.json is missing (not an exchange package, or a truncated one).</translation>
    </message>
    <message>
        <source>thiếu tệp hồ sơ records.json.</source>
        <comment>package_no_records</comment>
        <translation>the records file records.json is missing.</translation>
    </message>
    <message>
        <source>bản kê (manifest) thiếu số phiên bản, hoặc số phiên bản không phải số nguyên dương.</source>
        <comment>package_no_version</comment>
        <translation>the listing (manifest) has no version number, or one that is not a positive whole number.</translation>
    </message>
    <message>
        <source>thiếu tệp “{path}” trong bản kê.</source>
        <comment>package_not_listed</comment>
        <translation>the file “{path}” is missing from the listing.</translation>
    </message>
    <message>
        <source>đây không phải gói trao đổi của Sáng kiến Desktop.</source>
        <comment>package_not_ours</comment>
        <translation>this is not an exchange package of Sáng kiến Desktop.</translation>
    </message>
    <message>
        <source>dữ liệu không hợp lệ: {reason}</source>
        <comment>package_records_invalid</comment>
        <translation>invalid data: {reason}</translation>
    </message>
    <message>
        <source>Không nhận gói “{name}”: {what} Không có gì được ghi vào dữ liệu.</source>
        <comment>package_refused</comment>
        <translation>Package “{name}” refused: {what} Nothing was written to the data.</translation>
    </message>
    <message>
        <source>kích thước tệp “{path}” khác bản kê: gói đã bị sửa.</source>
        <comment>package_size_differs</comment>
        <translation>the size of the file “{path}” differs from the listing: the package was altered.</translation>
    </message>
    <message>
        <source>“{name}” là một liên kết (symlink), không phải tệp.</source>
        <comment>package_symlink</comment>
        <translation>“{name}” is a link (symlink), not a file.</translation>
    </message>
    <message>
        <source>tổng dung lượng khi giải nén quá lớn ({total} GB).</source>
        <comment>package_too_large_unpacked</comment>
        <translation>the total size when unpacked is too large ({total} GB).</translation>
    </message>
    <message>
        <source>gói có quá nhiều tệp ({count}).</source>
        <comment>package_too_many_files</comment>
        <translation>the package has too many files ({count}).</translation>
    </message>
    <message>
        <source>tệp bị hỏng hoặc bị cắt cụt (chép chưa hết?). Hãy xin đơn vị gửi gửi lại tệp.</source>
        <comment>package_truncated</comment>
        <translation>the file is damaged or truncated (copied only in part?). Ask the sending unit to send it again.</translation>
    </message>
    <message>
        <source>đường dẫn tệp “{path}” không an toàn (tuyệt đối, có “..” hoặc ký tự lạ).</source>
        <comment>package_unsafe_path</comment>
        <translation>the file path “{path}” is unsafe (absolute, with “..” or odd characters).</translation>
    </message>
    <message>
        <source>có phiên bản của hồ sơ {dossier} nhưng không có hồ sơ.</source>
        <comment>package_version_orphan</comment>
        <translation>there is a version of the dossier {dossier} but no dossier.</translation>
    </message>
    <message>
        <source>tệp “{name}” nén với tỷ lệ bất thường (1:{ratio}), dấu hiệu của “bom nén”.</source>
        <comment>package_zip_bomb</comment>
        <translation>the file “{name}” is compressed at an unusual ratio (1:{ratio}), the sign of a “zip bomb”.</translation>
    </message>
    <message>
        <source>Định dạng “{format}” không được hỗ trợ: chọn pdf hoặc docx.</source>
        <comment>paper_format</comment>
        <translation>The format “{format}” is not supported: choose pdf or docx.</translation>
    </message>
    <message>
        <source>Không có loại văn bản “{kind}”. Các loại: {kinds}.</source>
        <comment>paper_kind_unknown</comment>
        <translation>There is no document type “{kind}”. Types: {kinds}.</translation>
    </message>
    <message>
        <source>Văn bản “{kind}” không làm từ một hồ sơ. Từ một hồ sơ có: {kinds}.</source>
        <comment>paper_not_from_dossier</comment>
        <translation>The document “{kind}” is not made from a dossier. From a dossier you can make: {kinds}.</translation>
    </message>
    <message>
        <source>Chưa làm được văn bản “{kind}” từ lựa chọn này.</source>
        <comment>paper_not_made</comment>
        <translation>The document “{kind}” cannot be made from this choice yet.</translation>
    </message>
    <message>
        <source>Số văn bản phải là số nguyên dương, ví dụ 3.</source>
        <comment>paper_number_not_positive</comment>
        <translation>A document number must be a positive whole number, for example 3.</translation>
    </message>
    <message>
        <source>Số {number} năm {year} đã được dùng cho một văn bản khác. Hãy dùng số {free} (số tiếp theo chưa dùng) hoặc một số khác chưa dùng.</source>
        <comment>paper_number_used</comment>
        <translation>Number {number} of {year} is already used by another document. Use number {free} (the next unused number) or another unused number.</translation>
    </message>
    <message>
        <source>ít nhất</source>
        <comment>pass_at_least</comment>
        <translation>at least</translation>
    </message>
    <message>
        <source>tổng số thành viên Hội đồng (không kể thành viên phải tránh xét)</source>
        <comment>pass_base_council</comment>
        <translation>of all council members (not counting members out of the dossier)</translation>
    </message>
    <message>
        <source>số thành viên có mặt (không kể thành viên phải tránh xét)</source>
        <comment>pass_base_present</comment>
        <translation>of the members present (not counting members out of the dossier)</translation>
    </message>
    <message>
        <source>hơn</source>
        <comment>pass_more_than</comment>
        <translation>more than</translation>
    </message>
    <message>
        <source>{share} {base} tán thành</source>
        <comment>pass_rule_text</comment>
        <translation>{share} {base} in favour</translation>
    </message>
    <message>
        <source>{more} {share}</source>
        <comment>pass_share_custom</comment>
        <translation>{more} {share}</translation>
    </message>
    <message>
        <source>quá nửa (hơn 1/2)</source>
        <comment>pass_share_majority</comment>
        <translation>more than half</translation>
    </message>
    <message>
        <source>ít nhất 70 %</source>
        <comment>pass_share_seventy_percent</comment>
        <translation>at least 70 %</translation>
    </message>
    <message>
        <source>ít nhất hai phần ba (2/3)</source>
        <comment>pass_share_two_thirds</comment>
        <translation>at least two thirds (2/3)</translation>
    </message>
    <message>
        <source>toàn bộ (100 %)</source>
        <comment>pass_share_unanimous</comment>
        <translation>all (100 %)</translation>
    </message>
    <message>
        <source>Thù lao bằng {percent} % giá trị làm lợi của từng năm trong {years} năm đầu áp dụng (Điều 10 Điều lệ Sáng kiến ban hành kèm theo Nghị định số 13/2012/NĐ-CP)</source>
        <comment>pay_basis_benefit</comment>
        <translation>Pay of {percent} % of each year&apos;s benefit value for the first {years} years of application (Art. 10 of the Initiative Charter, Decree 13/2012/NĐ-CP)</translation>
    </message>
    <message>
        <source>Hãy ghi căn cứ của khoản tiền do đơn vị quyết định, ví dụ “Quy chế chi tiêu nội bộ năm 2026”: căn cứ này được in trong phụ lục quyết định.</source>
        <comment>pay_basis_missing</comment>
        <translation>Write the basis of the sum the unit sets, e.g. “Quy chế chi tiêu nội bộ năm 2026”: it is printed in the decision&apos;s annex.</translation>
    </message>
    <message>
        <source>Không tính được giá trị làm lợi: thù lao là khoản tiền {amount} do đơn vị quyết định, căn cứ {basis}</source>
        <comment>pay_basis_unit_sum</comment>
        <translation>The benefit cannot be computed: the pay is a sum of {amount} set by the unit, on the basis of {basis}</translation>
    </message>
    <message>
        <source>Hãy nhập giá trị làm lợi (đồng) của ít nhất một năm; nếu không tính được, hãy chọn khoản tiền do đơn vị quyết định.</source>
        <comment>pay_benefit_missing</comment>
        <translation>Enter the benefit value (VND) of at least one year; if it cannot be computed, choose a sum set by the unit.</translation>
    </message>
    <message>
        <source>Tỷ lệ thù lao {percent} % thấp hơn mức tối thiểu {minimum} % giá trị làm lợi (Điều 10 Điều lệ Sáng kiến).</source>
        <comment>pay_percent_low</comment>
        <translation>A pay rate of {percent} % is below the minimum of {minimum} % of the benefit value (Art. 10 of the Initiative Charter).</translation>
    </message>
    <message>
        <source>Cách tính thù lao đã lưu không đọc được ({reason}).</source>
        <comment>pay_plan_invalid</comment>
        <translation>The stored pay calculation cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Hãy nhập khoản tiền thù lao do đơn vị quyết định (đồng).</source>
        <comment>pay_unit_sum_missing</comment>
        <translation>Enter the pay the unit sets (VND).</translation>
    </message>
    <message>
        <source>Hãy nhập giá trị làm lợi của từng năm, nhiều nhất {years} năm đầu áp dụng.</source>
        <comment>pay_years</comment>
        <translation>Enter the benefit value of each year, at most the first {years} years of application.</translation>
    </message>
    <message>
        <source>Hãy nhập họ tên, số CCCD/CMND hoặc số điện thoại của người cần tìm.</source>
        <comment>person_query_empty</comment>
        <translation>Enter the full name, ID number or phone number of the person to find.</translation>
    </message>
    <message>
        <source>người tham gia áp dụng</source>
        <comment>person_role_applier</comment>
        <translation>applier</translation>
    </message>
    <message>
        <source>tác giả</source>
        <comment>person_role_author</comment>
        <translation>author</translation>
    </message>
    <message>
        <source>ngày sinh</source>
        <comment>personal_field_birth_date</comment>
        <translation>birth date</translation>
    </message>
    <message>
        <source>số CCCD/CMND</source>
        <comment>personal_field_cccd</comment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>số điện thoại</source>
        <comment>personal_field_phone</comment>
        <translation>phone number</translation>
    </message>
    <message>
        <source>nơi công tác / nơi thường trú</source>
        <comment>personal_field_workplace</comment>
        <translation>workplace / home address</translation>
    </message>
    <message>
        <source>Ngày cập nhật lên Cổng không được sau hôm nay.</source>
        <comment>portal_date</comment>
        <translation>The date entered on the portal cannot be after today.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} “{title}” chưa được công nhận.</source>
        <comment>portal_dossier_not_recognised</comment>
        <translation>The dossier {code} “{title}” has not been recognised.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào cần cập nhật lên Cổng.</source>
        <comment>portal_empty</comment>
        <translation>No dossier needs entering on the portal.</translation>
    </message>
    <message>
        <source>số CCCD/CMND</source>
        <comment>portal_field_cccd</comment>
        <translation>the ID number (CCCD/CMND)</translation>
    </message>
    <message>
        <source>số điện thoại</source>
        <comment>portal_field_phone</comment>
        <translation>the phone number</translation>
    </message>
    <message>
        <source>Hồ sơ {code} không thuộc chương trình toàn quốc nào có Cổng trực tuyến: hãy chọn chương trình trong hồ sơ.</source>
        <comment>portal_no_national_campaign</comment>
        <translation>The dossier {code} belongs to no national programme with an online portal: choose the programme in the dossier.</translation>
    </message>
    <message>
        <source>Hồ sơ này chưa được đánh dấu đã cập nhật lên Cổng.</source>
        <comment>portal_not_entered</comment>
        <translation>This dossier has not been marked as entered on the portal.</translation>
    </message>
    <message>
        <source>Chưa tạo được gói cho Cổng:{problems}</source>
        <comment>portal_not_ready</comment>
        <translation>The package for the portal could not be made:{problems}</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” chưa được công nhận nên chưa cập nhật lên Cổng được.</source>
        <comment>portal_not_recognised</comment>
        <translation>Dossier “{title}” is not recognised yet, so it cannot be entered on the portal.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do Cổng trả lại hồ sơ.</source>
        <comment>portal_reason</comment>
        <translation>Write the reason the portal gave for returning the dossier.</translation>
    </message>
    <message>
        <source>Kết quả “{result}” không hợp lệ.</source>
        <comment>portal_result</comment>
        <translation>The result “{result}” is not valid.</translation>
    </message>
    <message>
        <source>Được chấp nhận</source>
        <comment>portal_result_accepted</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Chờ kết quả</source>
        <comment>portal_result_pending</comment>
        <translation>Awaiting result</translation>
    </message>
    <message>
        <source>Bị trả lại</source>
        <comment>portal_result_returned</comment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Mô tả cho Cổng của hồ sơ {code} “{title}” dài {length}: hãy rút gọn trong hồ sơ (bước Mô tả, ô “Mô tả cho Cổng”).</source>
        <comment>portal_text_too_long</comment>
        <translation>The portal description of the dossier {code} “{title}” is {length} long: shorten it in the dossier (the Description step, the “Description for the portal” box).</translation>
    </message>
    <message>
        <source>Chỉ xóa hẳn được hồ sơ đã nằm trong thùng rác.</source>
        <comment>purge_not_in_bin</comment>
        <translation>Only dossiers already in the bin can be deleted permanently.</translation>
    </message>
    <message>
        <source>Chương trình “{campaign}” cho {level} đề nghị tối đa {quota} sáng kiến; đợt này đang có {count}. Hãy bỏ bớt {over} hồ sơ.</source>
        <comment>quota_exceeded</comment>
        <translation>The programme “{campaign}” lets {level} nominate at most {quota} {quota|initiative|initiatives}; this nomination has {count}. Remove {over} {over|dossier|dossiers}.</translation>
    </message>
    <message>
        <source>Chương trình “{campaign}” cho {level} đề nghị tối đa {quota} sáng kiến; đợt này đang có {count}. Hãy bỏ bớt {over} hồ sơ. (Căn cứ: {source})</source>
        <comment>quota_exceeded_source</comment>
        <translation>The programme “{campaign}” lets {level} nominate at most {quota} {quota|initiative|initiatives}; this nomination has {count}. Remove {over} {over|dossier|dossiers}. (Basis: {source})</translation>
    </message>
    <message>
        <source>mã định danh hoặc ngày Tờ trình không hợp lệ.</source>
        <comment>received_bad_ids</comment>
        <translation>the identifier or the cover letter&apos;s date is invalid.</translation>
    </message>
    <message>
        <source>Bảng tổng hợp tóm tắt sáng kiến</source>
        <comment>received_bang_tong_hop</comment>
        <translation>Summary table of initiatives</translation>
    </message>
    <message>
        <source>Báo cáo mô tả sáng kiến</source>
        <comment>received_bao_cao_mo_ta</comment>
        <translation>Description report of the initiative</translation>
    </message>
    <message>
        <source>Đơn yêu cầu công nhận sáng kiến</source>
        <comment>received_don_yeu_cau</comment>
        <translation>Application for recognition of the initiative</translation>
    </message>
    <message>
        <source>có hồ sơ trong đợt đề nghị nhưng không có trong gói.</source>
        <comment>received_dossier_not_in_package</comment>
        <translation>the nomination has a dossier that is not in the package.</translation>
    </message>
    <message>
        <source>một hồ sơ có mặt hai lần.</source>
        <comment>received_dossier_twice</comment>
        <translation>a dossier is there twice.</translation>
    </message>
    <message>
        <source>trường “{key}” phải là chuỗi văn bản.</source>
        <comment>received_field_not_text</comment>
        <translation>the field “{key}” must be text.</translation>
    </message>
    <message>
        <source>thiếu danh sách hồ sơ “items”.</source>
        <comment>received_no_items</comment>
        <translation>the list of dossiers “items” is missing.</translation>
    </message>
    <message>
        <source>đợt đề nghị “{uuid}”: {what}</source>
        <comment>received_nomination_bad</comment>
        <translation>nomination “{uuid}”: {what}</translation>
    </message>
    <message>
        <source>Không tìm thấy đợt đề nghị nhận được “{uuid}”.</source>
        <comment>received_not_found</comment>
        <translation>Received nomination “{uuid}” not found.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{filename}” trong thư mục dữ liệu.</source>
        <comment>received_paper_missing</comment>
        <translation>File “{filename}” not found in the data folder.</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải tệp PDF, ảnh hay Word nên chương trình không mở nó. Nếu cần, hãy hỏi lại đơn vị gửi.</source>
        <comment>received_paper_not_openable</comment>
        <translation>The file “{name}” is not a PDF, an image or a Word file, so the program does not open it. If needed, ask the sending unit about it.</translation>
    </message>
    <message>
        <source>Quyết định công nhận sáng kiến</source>
        <comment>received_quyet_dinh</comment>
        <translation>Decision recognising the initiative</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <comment>received_to_trinh</comment>
        <translation>Cover letter</translation>
    </message>
    <message>
        <source>có hai quyết định trùng mã {value}.</source>
        <comment>records_decisions_twice</comment>
        <translation>two decisions have the identifier {value}.</translation>
    </message>
    <message>
        <source>có hai văn bản trùng mã {value}.</source>
        <comment>records_documents_twice</comment>
        <translation>two documents have the path {value}.</translation>
    </message>
    <message>
        <source>có hai đợt đề nghị trùng mã {value}.</source>
        <comment>records_nominations_twice</comment>
        <translation>two nominations have the identifier {value}.</translation>
    </message>
    <message>
        <source>có hai phiên bản hồ sơ trùng mã {value}.</source>
        <comment>records_versions_twice</comment>
        <translation>two dossier versions have the identifier {value}.</translation>
    </message>
    <message>
        <source>không tham gia đánh giá</source>
        <comment>recusal_abstain</comment>
        <translation>abstains</translation>
    </message>
    <message>
        <source>là tác giả hoặc đồng tác giả của sáng kiến</source>
        <comment>recusal_author</comment>
        <translation>is an author or co-author of the initiative</translation>
    </message>
    <message>
        <source>đã khai báo xung đột lợi ích</source>
        <comment>recusal_conflict</comment>
        <translation>has declared a conflict of interest</translation>
    </message>
    <message>
        <source>Hãy ghi nội dung xung đột lợi ích mà thành viên đã khai báo.</source>
        <comment>recusal_conflict_note</comment>
        <translation>Write the conflict of interest the member declared.</translation>
    </message>
    <message>
        <source>Một thành viên tránh xét không thuộc Hội đồng hoặc hồ sơ không có trong cuộc họp.</source>
        <comment>recusal_stranger</comment>
        <translation>A member out of a dossier is not on the council, or the dossier is not in the meeting.</translation>
    </message>
    <message>
        <source>là thủ trưởng đơn vị của tác giả</source>
        <comment>recusal_unit_head</comment>
        <translation>heads the authors&apos; unit</translation>
    </message>
    <message>
        <source>Hồ sơ đã công nhận “{title}” không khớp mã kiểm tra nội dung lúc công nhận, nên chưa xóa được dữ liệu cá nhân (dữ liệu có thể đã bị sửa ngoài chương trình). Không có gì bị thay đổi; hãy khôi phục từ một bản sao lưu.</source>
        <comment>redaction_hash_mismatch</comment>
        <translation>Recognised dossier “{title}” does not match its content hash, so its personal data was not erased (the data may have been changed outside the program). Nothing was changed; restore from a backup.</translation>
    </message>
    <message>
        <source>Đơn vị “{unit}” có {unit_phases} đợt, báo cáo có {phases} đợt.</source>
        <comment>report_phases_mismatch</comment>
        <translation>The unit “{unit}” has {unit_phases} phases; the report has {phases}.</translation>
    </message>
    <message>
        <source>mô tả bản chất của giải pháp</source>
        <comment>required_description_solution</comment>
        <translation>the description of the solution</translation>
    </message>
    <message>
        <source>Mô tả giải pháp là gì và các bước thực hiện.</source>
        <comment>required_description_solution_fix</comment>
        <translation>Describe what the solution is and the steps to carry it out.</translation>
    </message>
    <message>
        <source>lĩnh vực áp dụng</source>
        <comment>required_field_of_application</comment>
        <translation>the field of application</translation>
    </message>
    <message>
        <source>Nhập lĩnh vực áp dụng sáng kiến.</source>
        <comment>required_field_of_application_fix</comment>
        <translation>Enter the initiative&apos;s field of application.</translation>
    </message>
    <message>
        <source>ngày áp dụng lần đầu hoặc áp dụng thử</source>
        <comment>required_first_applied_on</comment>
        <translation>the date of first application or trial</translation>
    </message>
    <message>
        <source>Nhập ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử, dạng ngày/tháng/năm.</source>
        <comment>required_first_applied_on_fix</comment>
        <translation>Enter the date the initiative was first applied or trialled, as day/month/year.</translation>
    </message>
    <message>
        <source>loại giải pháp</source>
        <comment>required_solution_type</comment>
        <translation>the kind of solution</translation>
    </message>
    <message>
        <source>Chọn loại giải pháp trong danh sách.</source>
        <comment>required_solution_type_fix</comment>
        <translation>Choose the kind of solution in the list.</translation>
    </message>
    <message>
        <source>tên sáng kiến</source>
        <comment>required_title</comment>
        <translation>the initiative&apos;s title</translation>
    </message>
    <message>
        <source>Nhập tên sáng kiến ngắn gọn, nói rõ giải pháp làm gì.</source>
        <comment>required_title_fix</comment>
        <translation>Enter a short title that says what the solution does.</translation>
    </message>
    <message>
        <source>đơn vị áp dụng sáng kiến</source>
        <comment>required_unit_name</comment>
        <translation>the unit applying the initiative</translation>
    </message>
    <message>
        <source>Nhập tên cơ quan, đơn vị, doanh nghiệp.</source>
        <comment>required_unit_name_fix</comment>
        <translation>Enter the name of the agency, unit or enterprise.</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục tài nguyên (resources) của chương trình. Hãy cài đặt lại Sáng kiến Desktop.</source>
        <comment>resources_missing</comment>
        <translation>The program&apos;s resources folder was not found. Please reinstall Sáng kiến Desktop.</translation>
    </message>
    <message>
        <source>Lần khôi phục dữ liệu trước (từ “{archive}”) bị ngắt trước khi thay dữ liệu và đã được hủy: dữ liệu vẫn như trước lần khôi phục đó.</source>
        <comment>restore_called_off</comment>
        <translation>The last restore (from “{archive}”) was interrupted before it replaced any data and has been called off: the data is as it was before that restore.</translation>
    </message>
    <message>
        <source>Lần khôi phục dữ liệu trước (từ “{archive}”) bị ngắt giữa chừng và đã được làm nốt: dữ liệu và tệp đính kèm là của bản sao lưu đó.</source>
        <comment>restore_finished</comment>
        <translation>The last restore (from “{archive}”) was interrupted half-way and has now been completed: the data and the attachments are those of that backup.</translation>
    </message>
    <message>
        <source>Lần khôi phục trước bị ngắt giữa chừng và không hoàn tất được, vì bản sao lưu “{archive}” không còn đọc được. Hãy khôi phục lại từ một bản sao lưu tốt trong danh sách; các tệp đính kèm trước đó được giữ trong thư mục “{folder}”.</source>
        <comment>restore_lost</comment>
        <translation>The last restore was interrupted half-way and cannot be completed, because the backup “{archive}” can no longer be read. Restore again from a good backup in the list; the attachments from before are kept in the folder “{folder}”.</translation>
    </message>
    <message>
        <source>Chủ tịch Hội đồng</source>
        <comment>role_chair</comment>
        <translation>Council Chair</translation>
    </message>
    <message>
        <source>Ủy viên</source>
        <comment>role_member</comment>
        <translation>Member</translation>
    </message>
    <message>
        <source>Thư ký Hội đồng</source>
        <comment>role_secretary</comment>
        <translation>Council Secretary</translation>
    </message>
    <message>
        <source>Phó Chủ tịch Hội đồng</source>
        <comment>role_vice_chair</comment>
        <translation>Council Vice-Chair</translation>
    </message>
    <message>
        <source>Công đoàn ngành Trung ương và tương đương</source>
        <comment>route_central_sector</comment>
        <translation>Central sector union or equivalent</translation>
    </message>
    <message>
        <source>Tổng Liên đoàn Lao động Việt Nam</source>
        <comment>route_confederation</comment>
        <translation>Vietnam General Confederation of Labour</translation>
    </message>
    <message>
        <source>Công đoàn cấp trên trực tiếp cơ sở (công đoàn xã, phường, đặc khu; công đoàn ngành địa phương; công đoàn các khu công nghiệp)</source>
        <comment>route_direct_upper</comment>
        <translation>Union directly above the grassroots (union of a commune, ward or special zone; local sector union; industrial-zone union)</translation>
    </message>
    <message>
        <source>Cấp trên ghi trong Cài đặt là “{parent}”, một công đoàn cấp huyện: từ 01/7/2025 không còn cấp huyện. Hãy sửa cấp trên trong Cài đặt (công đoàn xã, phường, ngành hoặc Liên đoàn Lao động tỉnh); các đợt đề nghị đã gửi vẫn giữ tên như cũ.</source>
        <comment>route_parent_district</comment>
        <translation>The parent organisation in Settings is “{parent}”, a district union: there is no district level since 01/7/2025. Correct the parent in Settings (a commune, ward or sector union, or the provincial federation); nominations already sent keep the names they carry.</translation>
    </message>
    <message>
        <source>Liên đoàn Lao động tỉnh, thành phố</source>
        <comment>route_province</comment>
        <translation>Provincial or city federation of labour</translation>
    </message>
    <message>
        <source>Ban Thường vụ {union}</source>
        <comment>route_recipient</comment>
        <translation>Standing Committee of {union}</translation>
    </message>
    <message>
        <source>Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam</source>
        <comment>route_recipient_confederation</comment>
        <translation>Presidium of the Vietnam General Confederation of Labour</translation>
    </message>
    <message>
        <source>Bộ tiêu chí chấm điểm không hợp lệ ({reason}).</source>
        <comment>rubric_invalid</comment>
        <translation>The scoring rubric is not valid ({reason}).</translation>
    </message>
    <message>
        <source>Tệp đính kèm không bị thay đổi</source>
        <comment>rule_name_sk_attach_hash</comment>
        <translation>Attached file unchanged</translation>
    </message>
    <message>
        <source>Không đính kèm ảnh chụp căn cước</source>
        <comment>rule_name_sk_attach_id_scan</comment>
        <translation>No identity card scan attached</translation>
    </message>
    <message>
        <source>Tệp đính kèm còn trong thư mục dữ liệu</source>
        <comment>rule_name_sk_attach_missing</comment>
        <translation>Attached file still in the data folder</translation>
    </message>
    <message>
        <source>Đủ giấy tờ chương trình yêu cầu</source>
        <comment>rule_name_sk_attach_required</comment>
        <translation>Papers the programme requires attached</translation>
    </message>
    <message>
        <source>Dung lượng tệp đính kèm</source>
        <comment>rule_name_sk_attach_size</comment>
        <translation>Attachment size</translation>
    </message>
    <message>
        <source>Loại tệp đính kèm Cổng nhận</source>
        <comment>rule_name_sk_attach_type</comment>
        <translation>File type the portal takes</translation>
    </message>
    <message>
        <source>Tệp đính kèm mở được</source>
        <comment>rule_name_sk_attach_unreadable</comment>
        <translation>Attached file can be opened</translation>
    </message>
    <message>
        <source>Không có tranh chấp quyền tác giả</source>
        <comment>rule_name_sk_authorship_dispute</comment>
        <translation>No dispute about authorship</translation>
    </message>
    <message>
        <source>Giá trị làm lợi có cách tính</source>
        <comment>rule_name_sk_benefit_basis</comment>
        <translation>Benefit value comes with its computation</translation>
    </message>
    <message>
        <source>Có nêu lợi ích của sáng kiến</source>
        <comment>rule_name_sk_benefit_missing</comment>
        <translation>Benefit of the initiative stated</translation>
    </message>
    <message>
        <source>Tuổi tác giả hợp lý</source>
        <comment>rule_name_sk_birth_age</comment>
        <translation>Plausible author age</translation>
    </message>
    <message>
        <source>Ngày sinh hợp lý</source>
        <comment>rule_name_sk_birth_future</comment>
        <translation>Plausible birth date</translation>
    </message>
    <message>
        <source>Số căn cước khớp năm sinh</source>
        <comment>rule_name_sk_cccd_birth</comment>
        <translation>Citizen ID matches the birth year</translation>
    </message>
    <message>
        <source>Không trùng số căn cước giữa các tác giả</source>
        <comment>rule_name_sk_cccd_duplicate</comment>
        <translation>No two authors with the same ID number</translation>
    </message>
    <message>
        <source>Số căn cước công dân đúng dạng</source>
        <comment>rule_name_sk_cccd_format</comment>
        <translation>Citizen ID number well formed</translation>
    </message>
    <message>
        <source>Chứng minh nhân dân cũ (9 số)</source>
        <comment>rule_name_sk_cmnd_old</comment>
        <translation>Old identity card (9 digits)</translation>
    </message>
    <message>
        <source>Không có khiếu nại về nội dung, kết quả</source>
        <comment>rule_name_sk_complaint</comment>
        <translation>No complaint about content or result</translation>
    </message>
    <message>
        <source>Tác giả đứng tên trên Cổng</source>
        <comment>rule_name_sk_credit</comment>
        <translation>Author credited on the portal</translation>
    </message>
    <message>
        <source>Rõ tác giả đứng tên</source>
        <comment>rule_name_sk_credit_tie</comment>
        <translation>Credited author unambiguous</translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu trong thời gian của chương trình</source>
        <comment>rule_name_sk_date_window</comment>
        <translation>First application within the programme&apos;s period</translation>
    </message>
    <message>
        <source>Ngày quyết định trong thời gian của chương trình</source>
        <comment>rule_name_sk_decision_window</comment>
        <translation>Decision date within the programme&apos;s period</translation>
    </message>
    <message>
        <source>Mô tả đủ tình trạng trước đây và điểm mới</source>
        <comment>rule_name_sk_desc_incomplete</comment>
        <translation>Description tells the situation before and what is new</translation>
    </message>
    <message>
        <source>Không trùng lặp với hồ sơ khác</source>
        <comment>rule_name_sk_duplicate</comment>
        <translation>Not a duplicate of another dossier</translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp tối thiểu của đồng tác giả</source>
        <comment>rule_name_sk_elig_coauthor_share</comment>
        <translation>Co-author&apos;s minimum contribution share</translation>
    </message>
    <message>
        <source>Nộp trong thời hạn sau khi áp dụng lần đầu</source>
        <comment>rule_name_sk_elig_filing_late</comment>
        <translation>Filed in time after first application</translation>
    </message>
    <message>
        <source>Đủ giấy tờ bộ quy định yêu cầu</source>
        <comment>rule_name_sk_elig_paper</comment>
        <translation>Papers the rule pack requires attached</translation>
    </message>
    <message>
        <source>Đề tài nghiên cứu có ngày nghiệm thu</source>
        <comment>rule_name_sk_elig_research</comment>
        <translation>Research project has its acceptance date</translation>
    </message>
    <message>
        <source>Sáng kiến đã công nhận năm trước nộp lại</source>
        <comment>rule_name_sk_elig_resubmitted</comment>
        <translation>Initiative recognised in an earlier year submitted again</translation>
    </message>
    <message>
        <source>Loại giải pháp bộ quy định chấp nhận</source>
        <comment>rule_name_sk_elig_solution_type</comment>
        <translation>Kind of solution the rule pack accepts</translation>
    </message>
    <message>
        <source>Không thuộc đối tượng được bảo hộ sở hữu trí tuệ</source>
        <comment>rule_name_sk_excl_ip</comment>
        <translation>Not under intellectual-property protection</translation>
    </message>
    <message>
        <source>Không trái trật tự công cộng, đạo đức xã hội</source>
        <comment>rule_name_sk_excl_public_order</comment>
        <translation>Not contrary to public order or social ethics</translation>
    </message>
    <message>
        <source>Áp dụng lần đầu trước ngày quyết định công nhận</source>
        <comment>rule_name_sk_first_applied_after_decision</comment>
        <translation>First applied before the recognition decision</translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu không ở tương lai</source>
        <comment>rule_name_sk_first_applied_future</comment>
        <translation>First application date not in the future</translation>
    </message>
    <message>
        <source>Loại giải pháp chương trình chấp nhận</source>
        <comment>rule_name_sk_kind_allowed</comment>
        <translation>Kind of solution the programme accepts</translation>
    </message>
    <message>
        <source>Đã có quyết định công nhận</source>
        <comment>rule_name_sk_not_recognised</comment>
        <translation>Recognition decision exists</translation>
    </message>
    <message>
        <source>Số điện thoại di động đúng dạng</source>
        <comment>rule_name_sk_phone_format</comment>
        <translation>Mobile phone number well formed</translation>
    </message>
    <message>
        <source>Còn hạn cập nhật lên Cổng</source>
        <comment>rule_name_sk_portal_closed</comment>
        <translation>Portal entry still open</translation>
    </message>
    <message>
        <source>Đủ các mục Cổng yêu cầu</source>
        <comment>rule_name_sk_portal_fields</comment>
        <translation>Entries the portal asks for filled in</translation>
    </message>
    <message>
        <source>Mô tả trên Cổng trong giới hạn số ký tự</source>
        <comment>rule_name_sk_portal_text_limit</comment>
        <translation>Portal description within the character limit</translation>
    </message>
    <message>
        <source>Có đoạn mô tả để cập nhật lên Cổng</source>
        <comment>rule_name_sk_portal_text_missing</comment>
        <translation>Portal description written</translation>
    </message>
    <message>
        <source>Đủ các mục bắt buộc của đơn</source>
        <comment>rule_name_sk_required</comment>
        <translation>Required entries of the application filled in</translation>
    </message>
    <message>
        <source>Đề tài nghiên cứu đã nghiệm thu</source>
        <comment>rule_name_sk_research_accepted</comment>
        <translation>Research project accepted</translation>
    </message>
    <message>
        <source>Đề tài đã áp dụng từ ngày chương trình quy định</source>
        <comment>rule_name_sk_research_applied_since</comment>
        <translation>Research project applied since the programme&apos;s date</translation>
    </message>
    <message>
        <source>Đề tài có xác nhận hiệu quả của thủ trưởng</source>
        <comment>rule_name_sk_research_head</comment>
        <translation>Research project&apos;s effect confirmed by the head</translation>
    </message>
    <message>
        <source>Mỗi tác giả có tỷ lệ đóng góp</source>
        <comment>rule_name_sk_share_missing</comment>
        <translation>Each author has a contribution share</translation>
    </message>
    <message>
        <source>Tổng tỷ lệ đóng góp bằng 100%</source>
        <comment>rule_name_sk_shares_total</comment>
        <translation>Contribution shares add up to 100%</translation>
    </message>
    <message>
        <source>Đối tượng thuộc chương trình</source>
        <comment>rule_name_sk_target_group</comment>
        <translation>Target group of the programme</translation>
    </message>
    <message>
        <source>{source}: ngày kiểm tra căn cứ pháp lý “{value}” không hợp lệ.</source>
        <comment>rule_pack_checked_on</comment>
        <translation>{source}: the date the legal basis was checked, “{value}”, is not valid.</translation>
    </message>
    <message>
        <source>{source}: không phải tệp bộ quy định (thiếu &quot;format&quot;: &quot;{format}&quot;).</source>
        <comment>rule_pack_format</comment>
        <translation>{source}: not a rule pack file (&quot;format&quot;: &quot;{format}&quot; is missing).</translation>
    </message>
    <message>
        <source>{source}: bộ quy định định dạng phiên bản {version}, chương trình này chỉ đọc được đến phiên bản {supported}. Hãy cài phiên bản mới hơn.</source>
        <comment>rule_pack_format_version</comment>
        <translation>{source}: the rule pack has format version {version}; this program reads up to version {supported}. Install a newer version.</translation>
    </message>
    <message>
        <source>{source}: mã bộ quy định “{id}” chỉ được gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ “giao-duc-2026”.</source>
        <comment>rule_pack_id</comment>
        <translation>{source}: the pack id “{id}” may hold only lower-case letters without diacritics, digits and hyphens, e.g. “giao-duc-2026”.</translation>
    </message>
    <message>
        <source>{source}: “{key}” không đúng dạng.</source>
        <comment>rule_pack_key_type</comment>
        <translation>{source}: “{key}” has the wrong form.</translation>
    </message>
    <message>
        <source>{source}: cần ít nhất một dòng căn cứ pháp lý.</source>
        <comment>rule_pack_legal_basis</comment>
        <translation>{source}: at least one line of legal basis is needed.</translation>
    </message>
    <message>
        <source>{source}: cấp áp dụng “{level}” không hợp lệ (national, province, sector, unit).</source>
        <comment>rule_pack_level</comment>
        <translation>{source}: the level “{level}” is not valid (national, province, sector, unit).</translation>
    </message>
    <message>
        <source>Quy định của {council}</source>
        <comment>rule_pack_migrated_name</comment>
        <translation>Rules of {council}</translation>
    </message>
    <message>
        <source>{source}: thiếu “{key}”.</source>
        <comment>rule_pack_missing_key</comment>
        <translation>{source}: “{key}” is missing.</translation>
    </message>
    <message>
        <source>{source}: thời hạn nộp đơn phải là số tháng từ 1 đến 120.</source>
        <comment>rule_pack_months</comment>
        <translation>{source}: the filing limit must be a number of months from 1 to 120.</translation>
    </message>
    <message>
        <source>Hãy đặt tên cho bộ quy định.</source>
        <comment>rule_pack_name</comment>
        <translation>Give the rule pack a name.</translation>
    </message>
    <message>
        <source>Không tìm thấy bộ quy định “{ref}”.</source>
        <comment>rule_pack_not_found</comment>
        <translation>Rule pack “{ref}” not found.</translation>
    </message>
    <message>
        <source>{source}: {reason}</source>
        <comment>rule_pack_part</comment>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <source>{source}: mức thù lao phải là tỷ lệ phần trăm lớn hơn 0 (ví dụ 7) trong 1 đến 10 năm.</source>
        <comment>rule_pack_pay</comment>
        <translation>{source}: the pay rate must be a percentage above 0 (e.g. 7) over 1 to 10 years.</translation>
    </message>
    <message>
        <source>{source}: đợt thứ {i} phải có ngày bắt đầu và kết thúc dạng MM-DD.</source>
        <comment>rule_pack_round</comment>
        <translation>{source}: round {i} needs a start and an end date written MM-DD.</translation>
    </message>
    <message>
        <source>{source}: bộ tiêu chí cần ít nhất một tiêu chí và một mức xếp loại.</source>
        <comment>rule_pack_rubric_empty</comment>
        <translation>{source}: the rubric needs at least one criterion and one grade.</translation>
    </message>
    <message>
        <source>{source}: tỷ lệ đóng góp tối thiểu “{value}” phải lớn hơn 0 và không quá 100.</source>
        <comment>rule_pack_share</comment>
        <translation>{source}: the minimum contribution share “{value}” must be above 0 and at most 100.</translation>
    </message>
    <message>
        <source>Mã “{id}” là của một bộ quy định đi kèm chương trình; bản nhập có nội dung khác với phiên bản {version} đã có. Hãy đổi phiên bản trong tệp.</source>
        <comment>rule_pack_shipped_id</comment>
        <translation>The id “{id}” belongs to a rule pack shipped with the program; the imported file differs from version {version} already there. Change the version in the file.</translation>
    </message>
    <message>
        <source>Không đọc được tệp bộ quy định {name}: {reason}</source>
        <comment>rule_pack_unreadable</comment>
        <translation>Cannot read the rule pack file {name}: {reason}</translation>
    </message>
    <message>
        <source>Bộ quy định “{ref}” đã có với nội dung khác và đang được dùng. Hãy đổi phiên bản trong tệp trước khi nhập.</source>
        <comment>rule_pack_version_clash</comment>
        <translation>Rule pack “{ref}” already exists with other content and is in use. Change the version in the file before importing.</translation>
    </message>
    <message>
        <source>{label} tối đa là {max_score} (đã nhập {value}).</source>
        <comment>score_above_max</comment>
        <translation>{label} is at most {max_score} (entered {value}).</translation>
    </message>
    <message>
        <source>{label} chưa được nhập.</source>
        <comment>score_missing</comment>
        <translation>{label} has not been entered.</translation>
    </message>
    <message>
        <source>{label} không được âm (đã nhập {value}).</source>
        <comment>score_negative</comment>
        <translation>{label} cannot be negative (entered {value}).</translation>
    </message>
    <message>
        <source>{label} “{value}” không phải là một số. Hãy nhập số điểm, ví dụ 27,5.</source>
        <comment>score_not_number</comment>
        <translation>{label} “{value}” is not a number. Enter a score, for example 27,5.</translation>
    </message>
    <message>
        <source>{label} {value} thuộc khoảng {low}–{high}, khoảng này chỉ dành cho sáng kiến {requirement}.</source>
        <comment>score_range_requires</comment>
        <translation>{label} {value} lies in the range {low}–{high}, which is only for initiatives {requirement}.</translation>
    </message>
    <message>
        <source>Tiêu chí không có trong bộ tiêu chí: {unknown}.</source>
        <comment>score_unknown_criterion</comment>
        <translation>Criterion not in the rubric: {unknown}.</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <comment>severity_error</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <comment>severity_info</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <comment>severity_warning</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp “{text}” không phải là một số. Hãy nhập số phần trăm, ví dụ 50 hoặc 33,5.</source>
        <comment>share_not_number</comment>
        <translation>The contribution share “{text}” is not a number. Enter a percentage, for example 50 or 33,5.</translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp “{text}” phải nằm trong khoảng từ 0 đến 100 (%).</source>
        <comment>share_range</comment>
        <translation>The contribution share “{text}” must be between 0 and 100 (%).</translation>
    </message>
    <message>
        <source>{member} {why} nên không chấm hồ sơ “{title}”.</source>
        <comment>sheet_recused</comment>
        <translation>{member} {why}, so does not score the dossier “{title}”.</translation>
    </message>
    <message>
        <source>Ngưỡng cảnh báo phải bằng hoặc cao hơn ngưỡng hiện hồ sơ giống trong danh sách.</source>
        <comment>similarity_threshold_order</comment>
        <translation>The warning threshold must be equal to or higher than the listing threshold.</translation>
    </message>
    <message>
        <source>Ngưỡng giống nhau phải từ 1 đến 100 %.</source>
        <comment>similarity_threshold_range</comment>
        <translation>Similarity thresholds must be between 1 and 100 %.</translation>
    </message>
    <message>
        <source>Kiểm tra nhanh lúc mở chương trình thấy dữ liệu bị hỏng. Hãy khôi phục từ một bản sao lưu tốt ngay, trước khi nhập thêm gì; tệp hỏng được giữ lại, không bị xóa.</source>
        <comment>start_check_damaged</comment>
        <translation>The quick check at start found the data damaged. Restore from a good backup now, before entering anything more; the damaged file is kept, not deleted.</translation>
    </message>
    <message>
        <source>{time} ngày {date}</source>
        <comment>time_on_date</comment>
        <translation>{time} on {date}</translation>
    </message>
    <message>
        <source>Không ghi tệp “{name}”: đường dẫn sẽ nằm ngoài thư mục “{folder}”. Không có gì được ghi.</source>
        <comment>unsafe_path</comment>
        <translation>Did not write the file “{name}”: the path would lie outside the folder “{folder}”. Nothing was written.</translation>
    </message>
    <message>
        <source>Ngày áp dụng {date} còn ở phía trước (sau hôm nay). Hãy kiểm tra lại năm.</source>
        <comment>xlsx_applied_future</comment>
        <translation>The application date {date} is in the future (after today). Check the year.</translation>
    </message>
    <message>
        <source>Không có chương trình “{text}”. Hãy chọn một trong: {options}.</source>
        <comment>xlsx_campaign_unknown</comment>
        <translation>There is no programme “{text}”. Choose one of: {options}.</translation>
    </message>
    <message>
        <source>Mã hồ sơ “{code}” đã có ở dòng {row}. Mỗi hồ sơ một mã; để trống để chương trình tự cấp.</source>
        <comment>xlsx_code_twice</comment>
        <translation>The dossier code “{code}” is already on row {row}. One code per dossier; leave it empty and the program assigns one.</translation>
    </message>
    <message>
        <source>Mã hồ sơ “{code}” đã dùng cho một hồ sơ khác. Để trống ô này để chương trình tự cấp mã mới.</source>
        <comment>xlsx_code_used</comment>
        <translation>The dossier code “{code}” is used by another dossier. Leave this cell empty and the program assigns a new code.</translation>
    </message>
    <message>
        <source>{label} “{value}” là một số, không phải ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/09/2022.</source>
        <comment>xlsx_date_is_number</comment>
        <translation>{label} “{value}” is a number, not a date. Enter it as day/month/year, for example 15/09/2022.</translation>
    </message>
    <message>
        <source>Trùng với dòng {row} trong tệp (cùng tên sáng kiến và tác giả chính). Hãy xóa một trong hai dòng.</source>
        <comment>xlsx_duplicate_row</comment>
        <translation>Duplicates row {row} of the file (same title and lead author). Delete one of the two rows.</translation>
    </message>
    <message>
        <source>Đã có hồ sơ {existing} cùng tên sáng kiến và tác giả chính. Xóa dòng này nếu là cùng một sáng kiến; nếu khác, hãy sửa tên cho rõ.</source>
        <comment>xlsx_duplicate_stored</comment>
        <translation>The dossier {existing} has the same title and lead author. Delete this row if it is the same initiative; if not, make the title clearer.</translation>
    </message>
    <message>
        <source>Tệp có {errors} lỗi nên chưa nhập hồ sơ nào. Sửa các lỗi trong tệp Excel rồi nhập lại.</source>
        <comment>xlsx_import_refused</comment>
        <translation>The file has {errors} {errors|error|errors}, so no dossier was imported. Correct the {errors|error|errors} in the Excel file and import again.</translation>
    </message>
    <message>
        <source>Loại giải pháp “{text}” không có. Hãy chọn một trong: {options}.</source>
        <comment>xlsx_kind_unknown</comment>
        <translation>There is no kind of solution “{text}”. Choose one of: {options}.</translation>
    </message>
    <message>
        <source>Loại giải pháp “{text}” không có trong chương trình “{campaign}”. Hãy chọn một trong: {options}.</source>
        <comment>xlsx_kind_unknown_in</comment>
        <translation>There is no kind of solution “{text}” in the programme “{campaign}”. Choose one of: {options}.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{path}”.</source>
        <comment>xlsx_missing</comment>
        <translation>The file “{path}” was not found.</translation>
    </message>
    <message>
        <source>Ô số tiền đang chứa ngày {value}. Hãy nhập số đồng, ví dụ 120.000.000.</source>
        <comment>xlsx_money_is_date</comment>
        <translation>The amount cell holds the date {value}. Enter a number of dong, for example 120.000.000.</translation>
    </message>
    <message>
        <source>Số tiền “{value}” không hợp lệ: phải là số đồng không âm.</source>
        <comment>xlsx_money_negative</comment>
        <translation>The amount “{value}” is not valid: it must be a number of dong, not negative.</translation>
    </message>
    <message>
        <source>Chưa có tác giả. Ghi họ tên và tỷ lệ đóng góp, ví dụ: Nguyễn Văn An (100%).</source>
        <comment>xlsx_no_authors</comment>
        <translation>No author. Write the full name and contribution share, for example: Nguyễn Văn An (100%).</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng tiêu đề trong tệp “{name}”: cần một dòng có các cột như {expected} (trong {rows} dòng đầu). Hãy dùng mẫu nhập của chương trình (Tệp → Lưu mẫu Excel để nhập hồ sơ…) hoặc đặt lại tên cột cho đúng.</source>
        <comment>xlsx_no_header</comment>
        <translation>No header row found in the file “{name}”: a row with columns such as {expected} is needed (within the first {rows} {rows|row|rows}). Use the program&apos;s template (File → Save the Excel import template…) or correct the column names.</translation>
    </message>
    <message>
        <source>Chưa có tên sáng kiến. Hãy nhập tên vào ô này.</source>
        <comment>xlsx_no_title</comment>
        <translation>The initiative has no title. Enter one in this cell.</translation>
    </message>
    <message>
        <source>Tệp “{name}” là định dạng Excel cũ (.xls). Hãy mở bằng Excel và chọn Lưu thành → Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó.</source>
        <comment>xlsx_old_format</comment>
        <translation>The file “{name}” is in the old Excel format (.xls). Open it in Excel, choose Save As → Excel Workbook (.xlsx), then import that .xlsx file.</translation>
    </message>
    <message>
        <source>Phiên bản {version} của hồ sơ {code} được bỏ qua: dòng {row} là phiên bản {newer}, mới hơn. Chỉ phiên bản mới nhất được nhập.</source>
        <comment>xlsx_older_version</comment>
        <translation>Version {version} of dossier {code} is skipped: row {row} is version {newer}, newer. Only the newest version is imported.</translation>
    </message>
    <message>
        <source>Không có tỉnh, thành phố “{text}” trong danh sách 34 tỉnh, thành phố từ 01/7/2025 hay 63 tỉnh, thành phố trước đó. Hãy ghi đúng tên, ví dụ “Quảng Trị”, hoặc chọn trong trang “Danh mục” của mẫu nhập.</source>
        <comment>xlsx_province_unknown</comment>
        <translation>There is no province or city “{text}” in the list of 34 provinces and cities from 01/7/2025 or the 63 before. Write the name correctly, for example “Quảng Trị”, or choose it on the “Danh mục” sheet of the template.</translation>
    </message>
    <message>
        <source>Trang “{sheet}” không có dòng hồ sơ nào dưới dòng tiêu đề (dòng {header_row}). Hãy điền mỗi sáng kiến một dòng.</source>
        <comment>xlsx_sheet_empty</comment>
        <translation>The sheet “{sheet}” has no dossier rows below the header row (row {header_row}). Fill in one initiative per row.</translation>
    </message>
    <message>
        <source>Không có trạng thái “{text}”. Hãy chọn một trong: {options}.</source>
        <comment>xlsx_status_unknown</comment>
        <translation>There is no status “{text}”. Choose one of: {options}.</translation>
    </message>
    <message>
        <source>Đối tượng “{text}” không có. Hãy chọn một trong: {options}.</source>
        <comment>xlsx_target_group_unknown</comment>
        <translation>There is no target group “{text}”. Choose one of: {options}.</translation>
    </message>
    <message>
        <source>Đối tượng “{text}” không có trong chương trình “{campaign}”. Hãy chọn một trong: {options}.</source>
        <comment>xlsx_target_group_unknown_in</comment>
        <translation>There is no target group “{text}” in the programme “{campaign}”. Choose one of: {options}.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{name}” như một tệp Excel (.xlsx): {reason}. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.</source>
        <comment>xlsx_unreadable</comment>
        <translation>Cannot read the file “{name}” as an Excel file (.xlsx): {reason}. Open it in Excel or LibreOffice and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>Mã định danh “{text}” không hợp lệ (chương trình ghi cột này khi xuất danh sách). Để trống ô này để chương trình tự cấp mã định danh mới.</source>
        <comment>xlsx_uuid_invalid</comment>
        <translation>The identifier “{text}” is invalid (the program writes this column when it exports a list). Leave the cell empty for the program to give a new identifier.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã có ở máy này (cùng mã định danh {uuid}). Xóa dòng này nếu là cùng một hồ sơ.</source>
        <comment>xlsx_uuid_stored</comment>
        <translation>The dossier “{title}” is already on this computer (same identifier {uuid}). Delete this row if it is the same dossier.</translation>
    </message>
    <message>
        <source>Mã định danh {uuid} đã có ở dòng {row}. Hãy xóa một trong hai dòng, hoặc để trống ô mã định danh của dòng chép thêm.</source>
        <comment>xlsx_uuid_twice</comment>
        <translation>The identifier {uuid} is already on row {row}. Delete one of the two rows, or leave the identifier cell of the copied row empty.</translation>
    </message>
    <message>
        <source>từ {start} đến {end}</source>
        <comment>span_between</comment>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>từ {start} trở đi</source>
        <comment>span_from</comment>
        <translation>from {start} onwards</translation>
    </message>
    <message>
        <source>đến hết {end}</source>
        <comment>span_until</comment>
        <translation>until the end of {end}</translation>
    </message>
    <message>
        <source>Chưa chọn đối tượng tham gia</source>
        <comment>target_group_none</comment>
        <translation>No target group is chosen</translation>
    </message>
    <message>
        <source>Đối tượng “{group}” không thuộc chương trình</source>
        <comment>target_group_unknown</comment>
        <translation>The target group “{group}” is not one of the programme&apos;s</translation>
    </message>
    <message>
        <source>Quyết định {number} không công nhận sáng kiến nào nên không in thành “Quyết định công nhận sáng kiến”: hãy in Thông báo không công nhận sáng kiến gửi các tác giả.</source>
        <comment>decision_recognises_nothing</comment>
        <translation>Decision {number} recognises no initiative, so it is not printed as a “Decision recognising initiatives”: print the Notice of non-recognition for the authors instead.</translation>
    </message>
    <message>
        <source>Thông báo không công nhận sáng kiến</source>
        <comment>document_thong_bao_khong_cong_nhan</comment>
        <translation>Notice of non-recognition of the initiative</translation>
    </message>
    <message>
        <source>Không tìm thấy cuộc họp “{key}”.</source>
        <comment>meeting_key_not_found</comment>
        <translation>The meeting “{key}” was not found.</translation>
    </message>
    <message>
        <source>Thông báo không công nhận sáng kiến</source>
        <comment>received_thong_bao_khong_cong_nhan</comment>
        <translation>Notice of non-recognition of the initiative</translation>
    </message>
    <message>
        <source>Không có thông báo không công nhận nào để in.</source>
        <comment>refusal_notices_empty</comment>
        <translation>There is no notice of non-recognition to print.</translation>
    </message>
    <message>
        <source>Có {count} quyết định số “{key}” (năm {years}): hãy ghi thêm năm, ví dụ “{example}”, hoặc dùng mã định danh.</source>
        <comment>decision_ambiguous</comment>
        <translation>There are {count} {count|decision|decisions} numbered “{key}” (years {years}): add the year, for example “{example}”, or use the identifier.</translation>
    </message>
    <message>
        <source>{first} hoặc {second}</source>
        <comment>json_either</comment>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>phải là một trong: {allowed}</source>
        <comment>json_enum</comment>
        <translation>must be one of: {allowed}</translation>
    </message>
    <message>
        <source>thời điểm đính kèm</source>
        <comment>json_field_added_at</comment>
        <translation>time attached</translation>
    </message>
    <message>
        <source>thứ tự trong phụ lục</source>
        <comment>json_field_annex_order</comment>
        <translation>order in the annex</translation>
    </message>
    <message>
        <source>phiên bản chương trình</source>
        <comment>json_field_app_version</comment>
        <translation>program version</translation>
    </message>
    <message>
        <source>áp dụng thử</source>
        <comment>json_field_applied_as_trial</comment>
        <translation>applied on trial</translation>
    </message>
    <message>
        <source>người tham gia áp dụng</source>
        <comment>json_field_appliers</comment>
        <translation>people who took part in the application</translation>
    </message>
    <message>
        <source>tệp đính kèm</source>
        <comment>json_field_attachments</comment>
        <translation>attachments</translation>
    </message>
    <message>
        <source>cam kết không thuộc đối tượng bảo hộ</source>
        <comment>json_field_attests_no_ip_protection</comment>
        <translation>declaration of no IP protection</translation>
    </message>
    <message>
        <source>cam kết không trái trật tự công cộng</source>
        <comment>json_field_attests_public_order</comment>
        <translation>declaration of not being contrary to public order</translation>
    </message>
    <message>
        <source>thẩm quyền quyết định</source>
        <comment>json_field_authority</comment>
        <translation>deciding authority</translation>
    </message>
    <message>
        <source>cơ quan, người ra quyết định</source>
        <comment>json_field_authority_text</comment>
        <translation>body or person deciding</translation>
    </message>
    <message>
        <source>tác giả</source>
        <comment>json_field_authors</comment>
        <translation>authors</translation>
    </message>
    <message>
        <source>căn cứ</source>
        <comment>json_field_basis</comment>
        <translation>basis</translation>
    </message>
    <message>
        <source>giá trị làm lợi được công nhận</source>
        <comment>json_field_benefit_agreed_vnd</comment>
        <translation>recognised economic benefit</translation>
    </message>
    <message>
        <source>lợi ích xã hội (tác giả)</source>
        <comment>json_field_benefit_author_social</comment>
        <translation>social benefit (by the authors)</translation>
    </message>
    <message>
        <source>giá trị làm lợi (tác giả)</source>
        <comment>json_field_benefit_author_vnd</comment>
        <translation>economic benefit (by the authors)</translation>
    </message>
    <message>
        <source>cách tính giá trị làm lợi</source>
        <comment>json_field_benefit_calculation</comment>
        <translation>how the benefit was computed</translation>
    </message>
    <message>
        <source>lợi ích xã hội (đơn vị áp dụng)</source>
        <comment>json_field_benefit_unit_social</comment>
        <translation>social benefit (by the applying unit)</translation>
    </message>
    <message>
        <source>giá trị làm lợi (đơn vị áp dụng)</source>
        <comment>json_field_benefit_unit_vnd</comment>
        <translation>economic benefit (by the applying unit)</translation>
    </message>
    <message>
        <source>ngày sinh</source>
        <comment>json_field_birth_date</comment>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>chương trình</source>
        <comment>json_field_campaign_id</comment>
        <translation>programme</translation>
    </message>
    <message>
        <source>số CCCD</source>
        <comment>json_field_cccd</comment>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <source>mã hồ sơ</source>
        <comment>json_field_code</comment>
        <translation>dossier code</translation>
    </message>
    <message>
        <source>điều kiện áp dụng</source>
        <comment>json_field_conditions</comment>
        <translation>conditions of application</translation>
    </message>
    <message>
        <source>thông tin cần bảo mật</source>
        <comment>json_field_confidential_info</comment>
        <translation>confidential information</translation>
    </message>
    <message>
        <source>mã kiểm tra nội dung (SHA-256)</source>
        <comment>json_field_content_hash</comment>
        <translation>content check code (SHA-256)</translation>
    </message>
    <message>
        <source>thời điểm tạo</source>
        <comment>json_field_created_at</comment>
        <translation>time created</translation>
    </message>
    <message>
        <source>ngày</source>
        <comment>json_field_date</comment>
        <translation>date</translation>
    </message>
    <message>
        <source>hạn gửi</source>
        <comment>json_field_deadline</comment>
        <translation>deadline</translation>
    </message>
    <message>
        <source>mã định danh quyết định</source>
        <comment>json_field_decision_uuid</comment>
        <translation>decision identifier</translation>
    </message>
    <message>
        <source>thời điểm xóa</source>
        <comment>json_field_deleted_at</comment>
        <translation>time deleted</translation>
    </message>
    <message>
        <source>tình trạng trước khi áp dụng</source>
        <comment>json_field_description_before</comment>
        <translation>situation before the initiative</translation>
    </message>
    <message>
        <source>điểm mới</source>
        <comment>json_field_description_novelty</comment>
        <translation>what is new</translation>
    </message>
    <message>
        <source>nội dung giải pháp</source>
        <comment>json_field_description_solution</comment>
        <translation>description of the solution</translation>
    </message>
    <message>
        <source>loại văn bản</source>
        <comment>json_field_doc_type</comment>
        <translation>document type</translation>
    </message>
    <message>
        <source>mã định danh hồ sơ</source>
        <comment>json_field_dossier_uuid</comment>
        <translation>dossier identifier</translation>
    </message>
    <message>
        <source>thời điểm xuất</source>
        <comment>json_field_exported_at</comment>
        <translation>export time</translation>
    </message>
    <message>
        <source>lĩnh vực ưu tiên</source>
        <comment>json_field_favoured_field</comment>
        <translation>priority field</translation>
    </message>
    <message>
        <source>lĩnh vực áp dụng</source>
        <comment>json_field_field_of_application</comment>
        <translation>field of application</translation>
    </message>
    <message>
        <source>tên tệp</source>
        <comment>json_field_filename</comment>
        <translation>file name</translation>
    </message>
    <message>
        <source>danh sách tệp</source>
        <comment>json_field_files</comment>
        <translation>file list</translation>
    </message>
    <message>
        <source>ngày áp dụng lần đầu</source>
        <comment>json_field_first_applied_on</comment>
        <translation>first application date</translation>
    </message>
    <message>
        <source>định dạng (format)</source>
        <comment>json_field_format</comment>
        <translation>format (format)</translation>
    </message>
    <message>
        <source>phiên bản định dạng (format_version)</source>
        <comment>json_field_format_version</comment>
        <translation>format version (format_version)</translation>
    </message>
    <message>
        <source>đơn vị gửi</source>
        <comment>json_field_from_unit</comment>
        <translation>sending unit</translation>
    </message>
    <message>
        <source>thời điểm công nhận</source>
        <comment>json_field_frozen_at</comment>
        <translation>time recognised</translation>
    </message>
    <message>
        <source>họ và tên</source>
        <comment>json_field_full_name</comment>
        <translation>full name</translation>
    </message>
    <message>
        <source>có tranh chấp tác giả</source>
        <comment>json_field_has_authorship_dispute</comment>
        <translation>authorship dispute</translation>
    </message>
    <message>
        <source>có khiếu nại</source>
        <comment>json_field_has_complaint</comment>
        <translation>complaint</translation>
    </message>
    <message>
        <source>xác nhận của thủ trưởng</source>
        <comment>json_field_head_confirmed</comment>
        <translation>confirmation by the head</translation>
    </message>
    <message>
        <source>{parent} ({field})</source>
        <comment>json_field_in</comment>
        <translation>{parent} ({field})</translation>
    </message>
    <message>
        <source>chủ đầu tư</source>
        <comment>json_field_investor</comment>
        <translation>investor</translation>
    </message>
    <message>
        <source>chủ nhiệm / tác giả chính</source>
        <comment>json_field_is_lead</comment>
        <translation>lead / main author</translation>
    </message>
    <message>
        <source>sáng kiến trong quyết định</source>
        <comment>json_field_items</comment>
        <translation>initiatives in the decision</translation>
    </message>
    <message>
        <source>chức danh</source>
        <comment>json_field_job_title</comment>
        <translation>job title</translation>
    </message>
    <message>
        <source>loại văn bản</source>
        <comment>json_field_kind</comment>
        <translation>document type</translation>
    </message>
    <message>
        <source>căn cứ</source>
        <comment>json_field_legal_basis</comment>
        <translation>basis</translation>
    </message>
    <message>
        <source>ngày Tờ trình</source>
        <comment>json_field_letter_date</comment>
        <translation>cover letter date</translation>
    </message>
    <message>
        <source>số Tờ trình</source>
        <comment>json_field_letter_number_text</comment>
        <translation>cover letter number</translation>
    </message>
    <message>
        <source>cấp</source>
        <comment>json_field_level</comment>
        <translation>level</translation>
    </message>
    <message>
        <source>chuỗi phiên bản</source>
        <comment>json_field_lineage_uuid</comment>
        <translation>version chain</translation>
    </message>
    <message>
        <source>loại tệp</source>
        <comment>json_field_media_type</comment>
        <translation>file type</translation>
    </message>
    <message>
        <source>cuộc họp</source>
        <comment>json_field_meeting_uuid</comment>
        <translation>meeting</translation>
    </message>
    <message>
        <source>tên</source>
        <comment>json_field_name</comment>
        <translation>name</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <comment>json_field_note</comment>
        <translation>note</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <comment>json_field_notes</comment>
        <translation>notes</translation>
    </message>
    <message>
        <source>số</source>
        <comment>json_field_number</comment>
        <translation>number</translation>
    </message>
    <message>
        <source>số quyết định</source>
        <comment>json_field_number_text</comment>
        <translation>decision number</translation>
    </message>
    <message>
        <source>kết quả</source>
        <comment>json_field_outcome</comment>
        <translation>result</translation>
    </message>
    <message>
        <source>loại chủ sở hữu văn bản</source>
        <comment>json_field_owner_kind</comment>
        <translation>kind of the paper&apos;s owner</translation>
    </message>
    <message>
        <source>mã định danh chủ sở hữu văn bản</source>
        <comment>json_field_owner_uuid</comment>
        <translation>identifier of the paper&apos;s owner</translation>
    </message>
    <message>
        <source>mã gói</source>
        <comment>json_field_package_id</comment>
        <translation>package identifier</translation>
    </message>
    <message>
        <source>đơn vị cấp trên</source>
        <comment>json_field_parent</comment>
        <translation>parent unit</translation>
    </message>
    <message>
        <source>đường dẫn trong gói</source>
        <comment>json_field_path</comment>
        <translation>path in the package</translation>
    </message>
    <message>
        <source>số điện thoại</source>
        <comment>json_field_phone</comment>
        <translation>phone number</translation>
    </message>
    <message>
        <source>mô tả trên Cổng</source>
        <comment>json_field_portal_text</comment>
        <translation>portal description</translation>
    </message>
    <message>
        <source>thứ tự</source>
        <comment>json_field_position</comment>
        <translation>position</translation>
    </message>
    <message>
        <source>phiên bản trước</source>
        <comment>json_field_previous_uuid</comment>
        <translation>previous version</translation>
    </message>
    <message>
        <source>tỉnh, thành phố / công đoàn ngành</source>
        <comment>json_field_province_code</comment>
        <translation>province, city / sector union</translation>
    </message>
    <message>
        <source>trình độ chuyên môn</source>
        <comment>json_field_qualification</comment>
        <translation>qualification</translation>
    </message>
    <message>
        <source>lý do</source>
        <comment>json_field_reason</comment>
        <translation>reason</translation>
    </message>
    <message>
        <source>ngày nghiệm thu đề tài</source>
        <comment>json_field_research_accepted_on</comment>
        <translation>acceptance date of the research project</translation>
    </message>
    <message>
        <source>tiền thưởng</source>
        <comment>json_field_reward_vnd</comment>
        <translation>reward</translation>
    </message>
    <message>
        <source>phiên bản quy tắc</source>
        <comment>json_field_rules_versions</comment>
        <translation>rules versions</translation>
    </message>
    <message>
        <source>phiên bản lược đồ dữ liệu</source>
        <comment>json_field_schema_version</comment>
        <translation>database schema version</translation>
    </message>
    <message>
        <source>phạm vi</source>
        <comment>json_field_scope</comment>
        <translation>scope</translation>
    </message>
    <message>
        <source>khối</source>
        <comment>json_field_sector</comment>
        <translation>sector</translation>
    </message>
    <message>
        <source>đơn vị gửi</source>
        <comment>json_field_sending_unit</comment>
        <translation>sending unit</translation>
    </message>
    <message>
        <source>thời điểm gửi</source>
        <comment>json_field_sent_at</comment>
        <translation>time sent</translation>
    </message>
    <message>
        <source>mã băm SHA-256</source>
        <comment>json_field_sha256</comment>
        <translation>SHA-256 hash</translation>
    </message>
    <message>
        <source>tỷ lệ đóng góp (%)</source>
        <comment>json_field_share_percent</comment>
        <translation>contribution share (%)</translation>
    </message>
    <message>
        <source>người ký</source>
        <comment>json_field_signer_name</comment>
        <translation>signer</translation>
    </message>
    <message>
        <source>chức danh người ký</source>
        <comment>json_field_signer_title</comment>
        <translation>signer&apos;s title</translation>
    </message>
    <message>
        <source>thẩm quyền ký</source>
        <comment>json_field_signing_capacity</comment>
        <translation>signing capacity</translation>
    </message>
    <message>
        <source>kích thước tệp</source>
        <comment>json_field_size</comment>
        <translation>file size</translation>
    </message>
    <message>
        <source>loại giải pháp</source>
        <comment>json_field_solution_type</comment>
        <translation>kind of solution</translation>
    </message>
    <message>
        <source>trạng thái</source>
        <comment>json_field_status</comment>
        <translation>status</translation>
    </message>
    <message>
        <source>đối tượng</source>
        <comment>json_field_target_group</comment>
        <translation>target group</translation>
    </message>
    <message>
        <source>nội dung tham gia</source>
        <comment>json_field_task</comment>
        <translation>task</translation>
    </message>
    <message>
        <source>tên sáng kiến</source>
        <comment>json_field_title</comment>
        <translation>initiative title</translation>
    </message>
    <message>
        <source>đơn vị nhận</source>
        <comment>json_field_to_unit</comment>
        <translation>receiving unit</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <comment>json_field_unit_name</comment>
        <translation>unit</translation>
    </message>
    <message>
        <source>thời điểm sửa</source>
        <comment>json_field_updated_at</comment>
        <translation>time changed</translation>
    </message>
    <message>
        <source>mã định danh (uuid)</source>
        <comment>json_field_uuid</comment>
        <translation>identifier (uuid)</translation>
    </message>
    <message>
        <source>phiên bản</source>
        <comment>json_field_version</comment>
        <translation>version</translation>
    </message>
    <message>
        <source>nơi công tác</source>
        <comment>json_field_workplace</comment>
        <translation>workplace</translation>
    </message>
    <message>
        <source>năm</source>
        <comment>json_field_year</comment>
        <translation>year</translation>
    </message>
    <message>
        <source>“{name}” không dùng được: {reason}. Hãy đổi tên tệp ở nơi gửi rồi xuất lại</source>
        <comment>json_file_name</comment>
        <translation>“{name}” cannot be used: {reason}. Rename the file where it was sent from and export again</translation>
    </message>
    <message>
        <source>không đúng định dạng</source>
        <comment>json_format</comment>
        <translation>is not in the right format</translation>
    </message>
    <message>
        <source>phải là một ngày có thật, dạng YYYY-MM-DD</source>
        <comment>json_format_date</comment>
        <translation>must be a real date, as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>phải là một thời điểm có thật, dạng YYYY-MM-DDTHH:MM:SS</source>
        <comment>json_format_local_date_time</comment>
        <translation>must be a real time, as YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>phải là một mã định danh (uuid) hợp lệ</source>
        <comment>json_format_uuid</comment>
        <translation>must be a valid identifier (uuid)</translation>
    </message>
    <message>
        <source>Dữ liệu không hợp lệ:{problems}</source>
        <comment>json_invalid</comment>
        <translation>The data is not valid:{problems}</translation>
    </message>
    <message>
        <source>Tệp “{file}” có dữ liệu không hợp lệ nên chưa nhập gì:{problems}</source>
        <comment>json_invalid_file</comment>
        <translation>The file “{file}” holds data that is not valid, so nothing was imported:{problems}</translation>
    </message>
    <message>
        <source>không hợp lệ</source>
        <comment>json_invalid_value</comment>
        <translation>is not valid</translation>
    </message>
    <message>
        <source>mục thứ {n}</source>
        <comment>json_item</comment>
        <translation>item {n}</translation>
    </message>
    <message>
        <source>người tham gia áp dụng thứ {n}</source>
        <comment>json_item_appliers</comment>
        <translation>person {n} who took part in the application</translation>
    </message>
    <message>
        <source>tệp đính kèm thứ {n}</source>
        <comment>json_item_attachments</comment>
        <translation>attachment {n}</translation>
    </message>
    <message>
        <source>tác giả thứ {n}</source>
        <comment>json_item_authors</comment>
        <translation>author {n}</translation>
    </message>
    <message>
        <source>mục thứ {n}</source>
        <comment>json_item_items</comment>
        <translation>item {n}</translation>
    </message>
    <message>
        <source>căn cứ thứ {n}</source>
        <comment>json_item_legal_basis</comment>
        <translation>basis {n}</translation>
    </message>
    <message>
        <source>phiên bản quy tắc thứ {n}</source>
        <comment>json_item_rules_versions</comment>
        <translation>rules version {n}</translation>
    </message>
    <message>
        <source>một danh sách</source>
        <comment>json_kind_array</comment>
        <translation>a list</translation>
    </message>
    <message>
        <source>true hoặc false</source>
        <comment>json_kind_boolean</comment>
        <translation>true or false</translation>
    </message>
    <message>
        <source>một số nguyên</source>
        <comment>json_kind_integer</comment>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>một số</source>
        <comment>json_kind_number</comment>
        <translation>a number</translation>
    </message>
    <message>
        <source>một đối tượng JSON</source>
        <comment>json_kind_object</comment>
        <translation>a JSON object</translation>
    </message>
    <message>
        <source>một chuỗi văn bản</source>
        <comment>json_kind_string</comment>
        <translation>a text string</translation>
    </message>
    <message>
        <source>có {count} mục, quá giới hạn {limit} mục</source>
        <comment>json_max_items</comment>
        <translation>has {count} {count|item|items}, over the limit of {limit} {limit|item|items}</translation>
    </message>
    <message>
        <source>dài {length} ký tự, quá giới hạn {limit} ký tự</source>
        <comment>json_max_length</comment>
        <translation>is {length} {length|character|characters} long, over the limit of {limit} {limit|character|characters}</translation>
    </message>
    <message>
        <source>có quá {limit} mục</source>
        <comment>json_max_properties</comment>
        <translation>has more than {limit} {limit|item|items}</translation>
    </message>
    <message>
        <source>không được lớn hơn {maximum}</source>
        <comment>json_maximum</comment>
        <translation>must not be greater than {maximum}</translation>
    </message>
    <message>
        <source>không được nhỏ hơn {minimum}</source>
        <comment>json_minimum</comment>
        <translation>must not be less than {minimum}</translation>
    </message>
    <message>
        <source>và {count} lỗi khác.</source>
        <comment>json_more_problems</comment>
        <translation>and {count} more {count|problem|problems}.</translation>
    </message>
    <message>
        <source>có ký tự NUL (mã 0)</source>
        <comment>json_nul</comment>
        <translation>holds a NUL character (code 0)</translation>
    </message>
    <message>
        <source>không đúng dạng quy định</source>
        <comment>json_pattern</comment>
        <translation>is not in the required form</translation>
    </message>
    <message>
        <source>phải là một ngày từ năm 1900 đến 2099, dạng YYYY-MM-DD</source>
        <comment>json_pattern_date</comment>
        <translation>must be a date from 1900 to 2099, as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>phải là một thời điểm dạng YYYY-MM-DDTHH:MM:SS</source>
        <comment>json_pattern_datetime</comment>
        <translation>must be a time, as YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>phải là mã băm SHA-256 (64 chữ số hệ 16, chữ thường)</source>
        <comment>json_pattern_sha256</comment>
        <translation>must be a SHA-256 hash (64 lower-case hexadecimal digits)</translation>
    </message>
    <message>
        <source>{what}.</source>
        <comment>json_problem</comment>
        <translation>{what}.</translation>
    </message>
    <message>
        <source>{where}: {what}.</source>
        <comment>json_problem_at</comment>
        <translation>{where}: {what}.</translation>
    </message>
    <message>
        <source>{where}: {field} {what}.</source>
        <comment>json_problem_at_field</comment>
        <translation>{where}: {field} {what}.</translation>
    </message>
    <message>
        <source>{field} {what}.</source>
        <comment>json_problem_field</comment>
        <translation>{field} {what}.</translation>
    </message>
    <message>
        <source>phải từ {minimum} đến {maximum}</source>
        <comment>json_range</comment>
        <translation>must be from {minimum} to {maximum}</translation>
    </message>
    <message>
        <source>Quyết định thứ {n}</source>
        <comment>json_record_decisions</comment>
        <translation>Decision {n}</translation>
    </message>
    <message>
        <source>Văn bản thứ {n}</source>
        <comment>json_record_documents</comment>
        <translation>Paper {n}</translation>
    </message>
    <message>
        <source>Hồ sơ thứ {n}</source>
        <comment>json_record_dossiers</comment>
        <translation>Dossier {n}</translation>
    </message>
    <message>
        <source>Tệp thứ {n}</source>
        <comment>json_record_files</comment>
        <translation>File {n}</translation>
    </message>
    <message>
        <source>{record} (“{name}”)</source>
        <comment>json_record_named</comment>
        <translation>{record} (“{name}”)</translation>
    </message>
    <message>
        <source>Đợt đề nghị thứ {n}</source>
        <comment>json_record_nominations</comment>
        <translation>Nomination {n}</translation>
    </message>
    <message>
        <source>Phiên bản hồ sơ thứ {n}</source>
        <comment>json_record_versions</comment>
        <translation>Dossier version {n}</translation>
    </message>
    <message>
        <source>thiếu {fields}</source>
        <comment>json_required</comment>
        <translation>is missing {fields}</translation>
    </message>
    <message>
        <source>có ký tự Unicode không hợp lệ (nửa cặp thay thế, surrogate)</source>
        <comment>json_surrogate</comment>
        <translation>holds an invalid Unicode character (half of a surrogate pair)</translation>
    </message>
    <message>
        <source>phải là {kind}</source>
        <comment>json_type</comment>
        <translation>must be {kind}</translation>
    </message>
    <message>
        <source>bản kê manifest.json</source>
        <comment>package_manifest_listing</comment>
        <translation>the manifest.json listing</translation>
    </message>
    <message>
        <source>Không nhận gói “{name}”: {what} có dữ liệu không hợp lệ. Không có gì được ghi vào dữ liệu.{problems}</source>
        <comment>package_refused_invalid</comment>
        <translation>The package “{name}” was not accepted: {what} holds data that is not valid. Nothing was written to the data.{problems}</translation>
    </message>
    <message>
        <source>Không chép được bản sao lưu sang “{folder}” ({reason}). Hãy kiểm tra ổ USB đã cắm, còn chỗ trống và không bị khóa ghi.</source>
        <comment>backup_copy</comment>
        <translation>Cannot copy the backup to “{folder}” ({reason}). Check that the USB drive is plugged in, has free space and is not write-protected.</translation>
    </message>
    <message>
        <source>Bản chép ra “{folder}” không khớp với bản gốc (ổ đĩa có thể bị lỗi). Hãy thử lại hoặc dùng một ổ USB khác.</source>
        <comment>backup_copy_mismatch</comment>
        <translation>The copy “{folder}” does not match the original (the drive may be faulty). Try again or use another USB drive.</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” bị hỏng hoặc không phải bản sao lưu của Sáng kiến Desktop ({detail}). Dữ liệu hiện tại không bị thay đổi; hãy chọn một bản sao lưu khác.</source>
        <comment>backup_damaged</comment>
        <translation>The backup “{name}” is damaged or is not a Sáng kiến Desktop backup ({detail}). The current data has not been changed; choose another backup.</translation>
    </message>
    <message>
        <source>tệp đính kèm {sha256}… đã bị thay đổi</source>
        <comment>backup_damaged_attachment</comment>
        <translation>attached file {sha256}… has been changed</translation>
    </message>
    <message>
        <source>số hồ sơ không khớp với manifest</source>
        <comment>backup_damaged_count</comment>
        <translation>the number of dossiers does not match the manifest</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu không khớp mã băm trong manifest</source>
        <comment>backup_damaged_database_hash</comment>
        <translation>the database does not match the hash in the manifest</translation>
    </message>
    <message>
        <source>kiểm tra toàn vẹn cơ sở dữ liệu: {problems}</source>
        <comment>backup_damaged_integrity</comment>
        <translation>database integrity check: {problems}</translation>
    </message>
    <message>
        <source>manifest.json không đúng định dạng</source>
        <comment>backup_damaged_manifest</comment>
        <translation>manifest.json is not in the right format</translation>
    </message>
    <message>
        <source>có tệp trùng tên trong bản sao lưu</source>
        <comment>backup_damaged_names_twice</comment>
        <translation>the backup holds files with the same name</translation>
    </message>
    <message>
        <source>thiếu tệp cơ sở dữ liệu</source>
        <comment>backup_damaged_no_database</comment>
        <translation>the database file is missing</translation>
    </message>
    <message>
        <source>thiếu tệp manifest.json</source>
        <comment>backup_damaged_no_manifest</comment>
        <translation>the manifest.json file is missing</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu thuộc về một chương trình khác</source>
        <comment>backup_damaged_not_ours</comment>
        <translation>the database belongs to another program</translation>
    </message>
    <message>
        <source>kích thước các tệp không khớp với manifest</source>
        <comment>backup_damaged_sizes</comment>
        <translation>the file sizes do not match the manifest</translation>
    </message>
    <message>
        <source>tệp lạ “{name}”</source>
        <comment>backup_damaged_stray_file</comment>
        <translation>unexpected file “{name}”</translation>
    </message>
    <message>
        <source>Chưa có dữ liệu để sao lưu: thư mục dữ liệu chưa có cơ sở dữ liệu.</source>
        <comment>backup_empty</comment>
        <translation>There is no data to back up yet: the data folder has no database.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu “{path}”.</source>
        <comment>backup_missing</comment>
        <translation>The backup “{path}” was not found.</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” được tạo bởi một phiên bản mới hơn của Sáng kiến Desktop. Hãy cài phiên bản mới hơn để khôi phục nó; dữ liệu hiện tại không bị thay đổi.</source>
        <comment>backup_newer</comment>
        <translation>The backup “{name}” was made by a newer version of Sáng kiến Desktop. Install the newer version to restore it; the current data has not been changed.</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” chứa dữ liệu của một phiên bản mới hơn (lược đồ {version}, phiên bản này đọc được đến {latest}). Hãy cài phiên bản mới hơn để khôi phục; dữ liệu hiện tại không bị thay đổi.</source>
        <comment>backup_newer_schema</comment>
        <translation>The backup “{name}” holds data of a newer version (schema {version}; this version reads up to {latest}). Install the newer version to restore it; the current data has not been changed.</translation>
    </message>
    <message>
        <source>“{name}” không phải một bản sao lưu trong thư mục sao lưu.</source>
        <comment>backup_not_in_folder</comment>
        <translation>“{name}” is not a backup in the backups folder.</translation>
    </message>
    <message>
        <source>Không ghi được dữ liệu khôi phục vào cơ sở dữ liệu ({reason}). Hãy đóng các cửa sổ Sáng kiến Desktop khác rồi thử lại; dữ liệu hiện tại không bị thay đổi.</source>
        <comment>backup_restore</comment>
        <translation>Cannot write the restored data into the database ({reason}). Close any other Sáng kiến Desktop windows and try again; the current data has not been changed.</translation>
    </message>
    <message>
        <source>dữ liệu vẫn còn sau khi xóa</source>
        <comment>backup_rewrite_data_left</comment>
        <translation>the data is still there after the erasure</translation>
    </message>
    <message>
        <source>lược đồ {version}</source>
        <comment>backup_rewrite_old_schema</comment>
        <translation>schema {version}</translation>
    </message>
    <message>
        <source>Không tìm thấy cơ sở dữ liệu “{path}”.</source>
        <comment>backup_source</comment>
        <translation>The database “{path}” was not found.</translation>
    </message>
    <message>
        <source>Không ghi được bản sao lưu vào “{path}” ({reason}). Hãy kiểm tra ổ đĩa còn chỗ trống và bạn có quyền ghi vào thư mục đó.</source>
        <comment>backup_write</comment>
        <translation>Cannot write the backup to “{path}” ({reason}). Check that the drive has free space and that you may write to that folder.</translation>
    </message>
    <message>
        <source>Đã tạo tệp nén</source>
        <comment>bundle_done</comment>
        <translation>Zip file made</translation>
    </message>
    <message>
        <source>{code}: đơn</source>
        <comment>bundle_job_application</comment>
        <translation>{code}: application</translation>
    </message>
    <message>
        <source>{code}: {filename}</source>
        <comment>bundle_job_attachment</comment>
        <translation>{code}: {filename}</translation>
    </message>
    <message>
        <source>{code}: quyết định</source>
        <comment>bundle_job_decision</comment>
        <translation>{code}: decision</translation>
    </message>
    <message>
        <source>{job} ({format})</source>
        <comment>bundle_job_format</comment>
        <translation>{job} ({format})</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <comment>bundle_job_letter</comment>
        <translation>Cover letter (Tờ trình)</translation>
    </message>
    <message>
        <source>{code}: quyết định (bản nhận được)</source>
        <comment>bundle_job_received_decision</comment>
        <translation>{code}: decision (the copy received)</translation>
    </message>
    <message>
        <source>{code}: báo cáo mô tả</source>
        <comment>bundle_job_report</comment>
        <translation>{code}: description report</translation>
    </message>
    <message>
        <source>Bảng tổng hợp</source>
        <comment>bundle_job_summary</comment>
        <translation>Summary table</translation>
    </message>
    <message>
        <source>{code}: thiếu tệp đính kèm {filename}</source>
        <comment>bundle_missing_attachment</comment>
        <translation>{code}: attachment {filename} is missing</translation>
    </message>
    <message>
        <source>{code}: chưa có quyết định công nhận</source>
        <comment>bundle_missing_decision</comment>
        <translation>{code}: no recognition decision yet</translation>
    </message>
    <message>
        <source>{code}: chưa có bản PDF quyết định số {number} của đơn vị gửi</source>
        <comment>bundle_missing_received_decision</comment>
        <translation>{code}: no PDF yet of decision no. {number} of the sending unit</translation>
    </message>
    <message>
        <source>Tệp dữ liệu này thuộc về một chương trình khác, không phải Sáng kiến Desktop. Hãy chọn một thư mục dữ liệu khác.</source>
        <comment>db_foreign</comment>
        <translation>This data file belongs to another program, not Sáng kiến Desktop. Choose another data folder.</translation>
    </message>
    <message>
        <source>Dữ liệu được tạo bởi một phiên bản mới hơn của Sáng kiến Desktop (lược đồ {version}, phiên bản này chỉ đọc được đến {latest}). Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi.</source>
        <comment>db_newer</comment>
        <translation>The data was made by a newer version of Sáng kiến Desktop (schema {version}; this version reads only up to {latest}). Install the newer version; the data has not been changed.</translation>
    </message>
    <message>
        <source>{document} số {number}</source>
        <comment>document_numbered</comment>
        <translation>{document} no. {number}</translation>
    </message>
    <message>
        <source>tên tệp có ký tự điều khiển hoặc ký tự ẩn</source>
        <comment>file_name_control</comment>
        <translation>the file name has a control or invisible character</translation>
    </message>
    <message>
        <source>tên tệp chỉ có dấu chấm (“.” hoặc “..”)</source>
        <comment>file_name_dots</comment>
        <translation>the file name is only dots (“.” or “..”)</translation>
    </message>
    <message>
        <source>tên tệp có dấu hai chấm (ổ đĩa như C: hoặc luồng dữ liệu ẩn)</source>
        <comment>file_name_drive</comment>
        <translation>the file name has a colon (a drive such as C: or a hidden data stream)</translation>
    </message>
    <message>
        <source>tên tệp trống</source>
        <comment>file_name_empty</comment>
        <translation>the file name is empty</translation>
    </message>
    <message>
        <source>tên tệp có ký tự Windows không cho phép (* ? &quot; &lt; &gt; |)</source>
        <comment>file_name_forbidden</comment>
        <translation>the file name has a character Windows does not allow (* ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <source>tên tệp chưa chuẩn hóa Unicode (NFC)</source>
        <comment>file_name_not_nfc</comment>
        <translation>the file name is not in Unicode normal form (NFC)</translation>
    </message>
    <message>
        <source>tên tệp là tên thiết bị dành riêng của Windows (CON, NUL, COM1…)</source>
        <comment>file_name_reserved</comment>
        <translation>the file name is a device name Windows reserves (CON, NUL, COM1…)</translation>
    </message>
    <message>
        <source>tên tệp có dấu phân cách thư mục (/ hoặc \), tức là một đường dẫn</source>
        <comment>file_name_separator</comment>
        <translation>the file name has a folder separator (/ or \), so it is a path</translation>
    </message>
    <message>
        <source>tên tệp dài quá 255 ký tự</source>
        <comment>file_name_too_long</comment>
        <translation>the file name is longer than 255 characters</translation>
    </message>
    <message>
        <source>tên tệp kết thúc bằng dấu chấm hoặc dấu cách</source>
        <comment>file_name_trailing</comment>
        <translation>the file name ends with a dot or a space</translation>
    </message>
    <message>
        <source>Quyết định {number}</source>
        <comment>item_decision</comment>
        <translation>Decision {number}</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <comment>item_decision_unnumbered</comment>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Đợt đề nghị {number}</source>
        <comment>item_nomination</comment>
        <translation>Nomination {number}</translation>
    </message>
    <message>
        <source>Đợt đề nghị dự thảo</source>
        <comment>item_nomination_draft</comment>
        <translation>Draft nomination</translation>
    </message>
    <message>
        <source>đợt tạo ngày {date}</source>
        <comment>nomination_created_on</comment>
        <translation>the nomination created on {date}</translation>
    </message>
    <message>
        <source>Hồ sơ ở máy này đã được công nhận nên không thay được nội dung; có thể giữ cả hai bản.</source>
        <comment>package_note_frozen</comment>
        <translation>The dossier on this computer has been recognised, so its content cannot be replaced; both copies can be kept.</translation>
    </message>
    <message>
        <source>Quyết định do chính đơn vị này ban hành: giữ bản ở máy.</source>
        <comment>package_note_own_decision</comment>
        <translation>A decision issued by this unit itself: the copy on this computer is kept.</translation>
    </message>
    <message>
        <source>Đợt đề nghị do chính đơn vị này lập: giữ bản ở máy.</source>
        <comment>package_note_own_nomination</comment>
        <translation>A nomination made by this unit itself: the copy on this computer is kept.</translation>
    </message>
    <message>
        <source>Chưa đặt tên đơn vị: văn bản sẽ thiếu phần đầu (tên cơ quan cấp trên, tên đơn vị, địa danh, người ký). Vào Công cụ › Cài đặt (hoặc Trợ lý thiết lập) để nhập, rồi in lại.</source>
        <comment>paper_unit_unnamed</comment>
        <translation>The unit has no name yet: the document would lack its header (parent organisation, unit name, place, signer). Enter them in Tools › Settings (or the setup assistant), then print again.</translation>
    </message>
    <message>
        <source>Cả chương trình</source>
        <comment>phase_whole_campaign</comment>
        <translation>Whole programme</translation>
    </message>
    <message>
        <source>Còn thiếu: {fields}.</source>
        <comment>portal_fields_missing</comment>
        <translation>Missing: {fields}.</translation>
    </message>
    <message>
        <source>Chưa có quyết định công nhận trong chương trình: tệp PDF chỉ có báo cáo mô tả; hãy đính kèm thêm bản chụp quyết định trên Cổng.</source>
        <comment>portal_no_decision</comment>
        <translation>No recognition decision in the program: the PDF file holds only the description report; attach a scan of the decision on the portal as well.</translation>
    </message>
    <message>
        <source>Không thay được thư mục tệp đính kèm ({reason}); có thể một tệp đính kèm đang mở trong chương trình khác. Hãy đóng nó rồi thử lại; dữ liệu hiện tại không bị thay đổi.</source>
        <comment>restore_attachments</comment>
        <translation>The attachments folder could not be replaced ({reason}); an attachment may be open in another program. Close it and try again; the current data was not changed.</translation>
    </message>
    <message>
        <source>Kiểm tra của ứng dụng (không phải quy định pháp luật)</source>
        <comment>rule_source_app</comment>
        <translation>A check of this program (not a legal rule)</translation>
    </message>
    <message>
        <source>Quy định ghi nhận tác giả của chương trình</source>
        <comment>rule_source_credit</comment>
        <translation>The programme&apos;s rule for crediting authors</translation>
    </message>
    <message>
        <source>Giới hạn mô tả của chương trình</source>
        <comment>rule_source_description_limit</comment>
        <translation>The programme&apos;s limit on the description</translation>
    </message>
    <message>
        <source>Lịch cập nhật trên Cổng của chương trình</source>
        <comment>rule_source_portal_schedule</comment>
        <translation>The programme&apos;s schedule for entering on the portal</translation>
    </message>
    <message>
        <source>Hồ sơ theo quy định của chương trình</source>
        <comment>rule_source_required_attachments</comment>
        <translation>The documents the programme requires of a dossier</translation>
    </message>
    <message>
        <source>Điều kiện đối với đề tài nghiên cứu khoa học</source>
        <comment>rule_source_research</comment>
        <translation>Conditions for research projects</translation>
    </message>
    <message>
        <source>Các loại giải pháp của chương trình</source>
        <comment>rule_source_solution_types</comment>
        <translation>The programme&apos;s kinds of solution</translation>
    </message>
    <message>
        <source>Các đối tượng của chương trình</source>
        <comment>rule_source_target_groups</comment>
        <translation>The programme&apos;s target groups</translation>
    </message>
    <message>
        <source>Điều kiện hồ sơ hợp lệ của chương trình</source>
        <comment>rule_source_validity</comment>
        <translation>The programme&apos;s conditions for a valid dossier</translation>
    </message>
    <message>
        <source>Thời gian áp dụng của chương trình</source>
        <comment>rule_source_window</comment>
        <translation>The programme&apos;s application period</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <comment>score_band_fail</comment>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Điểm tiêu chí “{name}”</source>
        <comment>score_label</comment>
        <translation>Score for the criterion “{name}”</translation>
    </message>
    <message>
        <source>Không có chương trình mã “{campaign}”. Các chương trình: {known}.</source>
        <comment>settings_campaign_unknown</comment>
        <translation>There is no programme with the code “{campaign}”. The programmes: {known}.</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <comment>targets_total</comment>
        <translation>Total</translation>
    </message>
    <message>
        <source>áp dụng {date}</source>
        <comment>xlsx_applied_on</comment>
        <translation>applied {date}</translation>
    </message>
    <message>
        <source>Dòng {row}, cột {column} ({header}): {message}</source>
        <comment>xlsx_at_cell</comment>
        <translation>Row {row}, column {column} ({header}): {message}</translation>
    </message>
    <message>
        <source>Dòng {row}: {message}</source>
        <comment>xlsx_at_row</comment>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <comment>xlsx_author_named</comment>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>Không thấy cột “{header}” ở dòng tiêu đề (dòng {row}). Hãy thêm cột này, đặt đúng tên “{header}”, hoặc dùng mẫu nhập của chương trình.</source>
        <comment>xlsx_missing_column</comment>
        <translation>No column “{header}” in the header row (row {row}). Add this column, named exactly “{header}”, or use the program&apos;s import template.</translation>
    </message>
    <message>
        <source>Chưa có tỷ lệ đóng góp của {names}. Ghi tỷ lệ sau mỗi tên, ví dụ: Nguyễn Văn An (60%); Trần Thị Bình (40%).</source>
        <comment>xlsx_share_missing</comment>
        <translation>No contribution share for {names}. Write the share after each name, for example: Nguyễn Văn An (60%); Trần Thị Bình (40%).</translation>
    </message>
    <message>
        <source>Có tỷ lệ “{share}%” nhưng thiếu họ tên tác giả.</source>
        <comment>xlsx_share_without_name</comment>
        <translation>There is a share “{share}%” but no author&apos;s name.</translation>
    </message>
    <message>
        <source>Tổng tỷ lệ đóng góp là {total}% ({parts}), chưa đúng 100%. Sửa tỷ lệ để tổng bằng 100, ví dụ ba người chia đều: 33,34; 33,33; 33,33.</source>
        <comment>xlsx_shares_total</comment>
        <translation>The contribution shares add up to {total}% ({parts}), not 100%. Correct the shares so that they total 100, for example three people sharing equally: 33,34; 33,33; 33,33.</translation>
    </message>
    <message>
        <source>Cột {column} không thuộc mẫu nhập nên được bỏ qua.</source>
        <comment>xlsx_unknown_column</comment>
        <translation>Column {column} is not part of the import template, so it is skipped.</translation>
    </message>
    <message>
        <source>giấy tờ bắt buộc mà tệp đáp ứng</source>
        <comment>json_field_requirement</comment>
        <translation>the required document the file meets</translation>
    </message>
    <message>
        <source>Sau các đợt</source>
        <comment>targets_after_phases</comment>
        <translation>After the rounds</translation>
    </message>
    <message>
        <source>Trạng thái “{text}” cần quyết định công nhận, bảng tính không mang quyết định: hồ sơ được nhập là “{status}”. Sau khi nhập, hãy ghi quyết định đã ban hành (Hội đồng › Quyết định công nhận) để hồ sơ có trạng thái đúng.</source>
        <comment>xlsx_status_needs_decision</comment>
        <translation>Status “{text}” needs a recognition decision and a spreadsheet carries none: the dossier is imported as “{status}”. After the import, record the decision that was issued (Council › Recognition decisions) to give it the right status.</translation>
    </message>
    <message>
        <source>Mã “{code}” chỉ được có chữ không dấu, chữ số và dấu gạch dưới, ví dụ “ky_thuat”.</source>
        <comment>campaign_edit_code_chars</comment>
        <translation>Code “{code}” may hold only letters without accents, digits and underscores, e.g. “ky_thuat”.</translation>
    </message>
    <message>
        <source>Hãy ghi mã.</source>
        <comment>campaign_edit_code_missing</comment>
        <translation>Give a code.</translation>
    </message>
    <message>
        <source>Mã “{code}” đã có ở dòng khác.</source>
        <comment>campaign_edit_code_twice</comment>
        <translation>Code “{code}” is used on another row.</translation>
    </message>
    <message>
        <source>“{value}” không phải ngày hợp lệ.</source>
        <comment>campaign_edit_date</comment>
        <translation>“{value}” is not a valid date.</translation>
    </message>
    <message>
        <source>Mã chương trình “{id}” không dùng được: hãy dùng chữ thường không dấu, chữ số và dấu gạch ngang, từ 2 đến 63 ký tự, ví dụ “cap-co-so-2027”.</source>
        <comment>campaign_edit_id</comment>
        <translation>Programme id “{id}” cannot be used: use lower-case letters without accents, digits and hyphens, 2 to 63 characters, e.g. “cap-co-so-2027”.</translation>
    </message>
    <message>
        <source>Hãy ghi tên.</source>
        <comment>campaign_edit_label_missing</comment>
        <translation>Give a name.</translation>
    </message>
    <message>
        <source>Giới hạn ký tự phải là số nguyên dương (để trống nếu không giới hạn).</source>
        <comment>campaign_edit_limit</comment>
        <translation>The character limit must be a positive whole number (empty for no limit).</translation>
    </message>
    <message>
        <source>Cần ít nhất một loại giải pháp.</source>
        <comment>campaign_edit_no_kinds</comment>
        <translation>At least one kind of solution is needed.</translation>
    </message>
    <message>
        <source>Phải là một danh sách.</source>
        <comment>campaign_edit_not_list</comment>
        <translation>Must be a list.</translation>
    </message>
    <message>
        <source>Ngày kết thúc của giai đoạn phải sau ngày bắt đầu.</source>
        <comment>campaign_edit_phase_order</comment>
        <translation>A phase must end after it starts.</translation>
    </message>
    <message>
        <source>Chương trình có {count} chỗ cần sửa; đầu tiên: {first}</source>
        <comment>campaign_edit_problems</comment>
        <translation>The programme has {count} {count|thing|things} to correct; the first: {first}</translation>
    </message>
    <message>
        <source>Số lượng phải là số nguyên không âm.</source>
        <comment>campaign_edit_quota_count</comment>
        <translation>The number must be a whole number, zero or more.</translation>
    </message>
    <message>
        <source>Cấp “{level}” không có; hãy chọn một cấp trong danh sách.</source>
        <comment>campaign_edit_quota_level</comment>
        <translation>There is no level “{level}”; choose one from the list.</translation>
    </message>
    <message>
        <source>Cấp này đã có chỉ tiêu ở dòng khác.</source>
        <comment>campaign_edit_quota_twice</comment>
        <translation>This level has a quota on another row.</translation>
    </message>
    <message>
        <source>Hãy điền ô này.</source>
        <comment>campaign_edit_required</comment>
        <translation>Fill in this field.</translation>
    </message>
    <message>
        <source>Số ngày báo trước hạn phải là số nguyên không âm.</source>
        <comment>campaign_edit_warning_days</comment>
        <translation>The days of warning must be a whole number, zero or more.</translation>
    </message>
    <message>
        <source>Ngày kết thúc phải sau ngày bắt đầu.</source>
        <comment>campaign_edit_window</comment>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <source>Tệp chương trình “{name}” là phiên bản {version}, cũ hơn phiên bản {current} đang dùng: không nhập.</source>
        <comment>campaign_file_older</comment>
        <translation>Programme file “{name}” is version {version}, older than version {current} in use: not imported.</translation>
    </message>
    <message>
        <source>Đã có chương trình mã “{id}” ({name}). Hãy chọn mã khác cho chương trình mới.</source>
        <comment>campaign_id_taken</comment>
        <translation>A programme with id “{id}” exists ({name}). Choose another id for the new programme.</translation>
    </message>
    <message>
        <source>Không có chương trình “{id}”.</source>
        <comment>campaign_not_found</comment>
        <translation>No programme “{id}”.</translation>
    </message>
    <message>
        <source>đã kết thúc</source>
        <comment>campaign_state_closed</comment>
        <translation>closed</translation>
    </message>
    <message>
        <source>đang mở</source>
        <comment>campaign_state_open</comment>
        <translation>open</translation>
    </message>
    <message>
        <source>sắp mở</source>
        <comment>campaign_state_upcoming</comment>
        <translation>opens soon</translation>
    </message>
    <message>
        <source>Hội đồng “{name}” đã được lưu trữ: không ghi cuộc họp mới. Hãy bỏ lưu trữ trước (menu Hội đồng › Hội đồng sáng kiến).</source>
        <comment>council_archived</comment>
        <translation>The council “{name}” is archived: no new meeting can be recorded. Unarchive it first (menu Council › Initiative councils…).</translation>
    </message>
    <message>
        <source>Đã có “{name}” năm {year} của {unit}. Hãy mở Hội đồng đó để sửa, hoặc đặt tên khác nếu đây là một Hội đồng khác.</source>
        <comment>council_duplicate</comment>
        <translation>“{name}” of {unit} for {year} already exists. Open that council to change it, or give this one another name if it is a different council.</translation>
    </message>
    <message>
        <source>Hội đồng chưa có Chủ tịch: hãy chọn vai trò “Chủ tịch Hội đồng” cho một thành viên.</source>
        <comment>council_no_chair</comment>
        <translation>The council has no chair: give one member the role “Council Chair”.</translation>
    </message>
    <message>
        <source>Hội đồng mới có {count} thành viên: cần ít nhất {minimum} (Chủ tịch, Thư ký và ít nhất một ủy viên, gồm đại diện công đoàn).</source>
        <comment>council_too_few</comment>
        <translation>The council has only {count} {count|member|members}: it needs at least {minimum} (a chair, a secretary and at least one member, including the trade union&apos;s representative).</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đang ở trạng thái “{status}”: Hội đồng chỉ xét hồ sơ đã nộp. Hãy nộp Hội đồng trước (nút Nộp Hội đồng).</source>
        <comment>meeting_dossier_not_submitted</comment>
        <translation>Dossier “{title}” is “{status}”: the council considers only submitted dossiers. Submit it to the council first (the Submit to the council button).</translation>
    </message>
    <message>
        <source>Chỉ rút được đợt đề nghị đã gửi (đợt đang soạn thì sửa hoặc xóa; đợt đã rút thì không rút lại).</source>
        <comment>nomination_not_sent</comment>
        <translation>Only a sent nomination can be withdrawn (a nomination being written is edited or deleted; a withdrawn one is not withdrawn again).</translation>
    </message>
    <message>
        <source>Đã rút</source>
        <comment>nomination_status_withdrawn</comment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Không thể “{act}” với hồ sơ “{title}”: hồ sơ đang ở trạng thái “{status}”.</source>
        <comment>status_act_not_allowed</comment>
        <translation>Cannot “{act}” dossier “{title}”: it is “{status}”.</translation>
    </message>
    <message>
        <source>Không đổi trực tiếp được trạng thái của hồ sơ “{title}” (từ “{old}” sang “{new}”). Trạng thái đi theo việc đã làm: nộp Hội đồng, quyết định công nhận, đợt đề nghị đã gửi, đánh dấu đã cập nhật lên Cổng; muốn quay lại thì rút việc đó, có ghi lý do.</source>
        <comment>status_needs_act</comment>
        <translation>The status of dossier “{title}” cannot be changed directly (from “{old}” to “{new}”). The status follows what was done: submission to the council, the recognition decision, a sent nomination, the portal mark; to go back, withdraw that act, with a reason.</translation>
    </message>
    <message>
        <source>Hồ sơ mới “{title}” bắt đầu là bản nháp, không phải “{status}”: trạng thái đi theo việc đã làm (nộp Hội đồng, quyết định, đợt đề nghị, Cổng).</source>
        <comment>status_new_not_draft</comment>
        <translation>New dossier “{title}” starts as a draft, not “{status}”: the status follows what was done (submission, decision, nomination, portal).</translation>
    </message>
    <message>
        <source>Hãy ghi lý do “{act}”: lý do được ghi vào lịch sử hồ sơ.</source>
        <comment>status_reason_missing</comment>
        <translation>Please give the reason to “{act}”: it is written into the dossier&apos;s history.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có tên sáng kiến: hãy nhập tên trước khi nộp Hội đồng.</source>
        <comment>submit_untitled</comment>
        <translation>The dossier has no initiative title: enter it before submitting to the council.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã được đưa vào cuộc họp Hội đồng ngày {date}: hãy bỏ hồ sơ khỏi cuộc họp đó trước khi rút.</source>
        <comment>withdraw_in_meeting</comment>
        <translation>Dossier “{title}” is on the council meeting of {date}: remove it from that meeting before withdrawing it.</translation>
    </message>
    <message>
        <source>Đánh dấu đã cập nhật lên Cổng</source>
        <comment>act_enter</comment>
        <translation>Mark as entered on the portal</translation>
    </message>
    <message>
        <source>Đề nghị lên cấp trên</source>
        <comment>act_nominate</comment>
        <translation>Nominate upward</translation>
    </message>
    <message>
        <source>Cổng trả lại hồ sơ</source>
        <comment>act_portal_returned</comment>
        <translation>Returned by the portal</translation>
    </message>
    <message>
        <source>Công nhận (theo quyết định)</source>
        <comment>act_recognise</comment>
        <translation>Recognise (by a decision)</translation>
    </message>
    <message>
        <source>Không công nhận (theo quyết định)</source>
        <comment>act_reject</comment>
        <translation>Reject (by a decision)</translation>
    </message>
    <message>
        <source>Nộp Hội đồng</source>
        <comment>act_submit</comment>
        <translation>Submit to the council</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu đã cập nhật lên Cổng</source>
        <comment>act_withdraw_entry</comment>
        <translation>Remove the portal mark</translation>
    </message>
    <message>
        <source>Rút đợt đề nghị</source>
        <comment>act_withdraw_nomination</comment>
        <translation>Withdraw the nomination</translation>
    </message>
    <message>
        <source>Rút hồ sơ khỏi Hội đồng</source>
        <comment>act_withdraw_submission</comment>
        <translation>Withdraw from the council</translation>
    </message>
    <message>
        <source>Đính kèm tệp này (ảnh, PDF hoặc Word) ở bước Tệp đính kèm và chọn “{label}” ở cột “Giấy tờ bắt buộc” của tệp.</source>
        <comment>check_attachment_required_fix</comment>
        <translation>Attach this document (image, PDF or Word) in the Attachments step and choose “{label}” in the file&apos;s “Required document” column.</translation>
    </message>
    <message>
        <source>Số tiền “{value}” không đọc được. Hãy nhập số đồng, ví dụ 120.000.000 hoặc 120 triệu.</source>
        <comment>money_format</comment>
        <translation>The amount “{value}” cannot be read. Enter a number of dong, for example 120.000.000 or 120 triệu.</translation>
    </message>
    <message>
        <source>Bản sao lưu “{name}” bị hỏng (dữ liệu trong đó không khớp mã kiểm tra). Hãy chọn một bản sao lưu khác.</source>
        <comment>backup_damaged_dump</comment>
        <translation>The backup “{name}” is damaged (the data in it does not match its check code). Choose another backup.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu “{path}”.</source>
        <comment>backup_not_found</comment>
        <translation>The backup file “{path}” was not found.</translation>
    </message>
    <message>
        <source>{tool} không chạy được ({reason}). Dữ liệu không bị thay đổi; hãy hỏi người phụ trách tin học.</source>
        <comment>backup_server_tool</comment>
        <translation>{tool} did not run ({reason}). The data is not changed; ask the office&apos;s IT person.</translation>
    </message>
    <message>
        <source>Máy tính này không có {tool} (một phần của PostgreSQL), cần để khôi phục bản sao lưu này. Hãy khôi phục từ máy có cài PostgreSQL, hoặc nhờ người phụ trách tin học.</source>
        <comment>backup_server_tool_missing</comment>
        <translation>This computer does not have {tool} (part of PostgreSQL), needed to restore this backup. Restore from a computer with PostgreSQL installed, or ask the office&apos;s IT person.</translation>
    </message>
    <message>
        <source>Dữ liệu đang được một cửa sổ hoặc một lệnh khác ghi. Không có gì bị ghi dở; hãy thử lại sau giây lát.</source>
        <comment>db_busy</comment>
        <translation>The data is being written by another window or command. Nothing was half written; try again in a moment.</translation>
    </message>
    <message>
        <source>Địa chỉ cơ sở dữ liệu “{url}” không đúng dạng. Dạng đúng: postgresql://tên_đăng_nhập@máy_chủ:5432/tên_cơ_sở_dữ_liệu.</source>
        <comment>db_server_bad_url</comment>
        <translation>The database address “{url}” is not in the right form. The right form: postgresql://login_name@server:5432/database_name.</translation>
    </message>
    <message>
        <source>Máy chủ dữ liệu {server} đang bận với thay đổi của người khác trên cùng dữ liệu. Không có gì bị ghi dở; hãy thử lại sau giây lát.</source>
        <comment>db_server_busy</comment>
        <translation>The data server {server} is busy with someone else&apos;s change to the same data. Nothing was half written; try again in a moment.</translation>
    </message>
    <message>
        <source>Bản chương trình này thiếu phần kết nối PostgreSQL (psycopg), nên không mở được dữ liệu dùng chung. Hãy cài lại Sáng kiến Desktop bản đầy đủ.</source>
        <comment>db_server_driver_missing</comment>
        <translation>This copy of the program lacks the PostgreSQL connector (psycopg), so it cannot open shared data. Reinstall the full Sáng kiến Desktop.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {server} đã có bảng của một chương trình khác, không phải Sáng kiến Desktop. Hãy chọn một cơ sở dữ liệu trống hoặc đúng cơ sở dữ liệu của chương trình.</source>
        <comment>db_server_foreign</comment>
        <translation>The database {server} already holds another program&apos;s tables, not Sáng kiến Desktop&apos;s. Choose an empty database or the program&apos;s own one.</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu dùng chung {server}</source>
        <comment>db_server_label</comment>
        <translation>shared database {server}</translation>
    </message>
    <message>
        <source>Máy chủ dữ liệu {server} không nhận tên đăng nhập “{user}” với mật khẩu đã cho. Hãy nhập lại mật khẩu (Cài đặt → Dữ liệu dùng chung), hoặc hỏi người phụ trách tin học.</source>
        <comment>db_server_login</comment>
        <translation>The data server {server} does not accept the login “{user}” with the password given. Enter the password again (Settings → Shared data), or ask the office&apos;s IT person.</translation>
    </message>
    <message>
        <source>Mất kết nối với máy chủ dữ liệu {server} ({reason}). Thay đổi đang lưu dở không được ghi; dữ liệu đã lưu trước đó không bị mất. Hãy kiểm tra mạng rồi thử lại.</source>
        <comment>db_server_lost</comment>
        <translation>The connection to the data server {server} was lost ({reason}). The change being saved was not written; nothing saved before is lost. Check the network and try again.</translation>
    </message>
    <message>
        <source>Máy chủ {server} chưa có cơ sở dữ liệu “{database}”. Người phụ trách tin học cần tạo nó trước (xem hướng dẫn “Dữ liệu dùng chung” trong tài liệu).</source>
        <comment>db_server_no_database</comment>
        <translation>The server {server} has no database “{database}” yet. The office&apos;s IT person must create it first (see the “Shared data” guide in the documentation).</translation>
    </message>
    <message>
        <source>Tên đăng nhập “{user}” chỉ được đọc dữ liệu trên máy chủ {server}, nên thay đổi này không lưu được. Dữ liệu đã lưu không bị mất. Cần sửa dữ liệu thì hỏi người phụ trách tin học.</source>
        <comment>db_server_no_rights</comment>
        <translation>The login “{user}” may only read the data on the server {server}, so this change cannot be saved. Nothing saved before is lost. Ask the office&apos;s IT person if you need to change data.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {server} đã có dữ liệu. Chỉ chuyển hoặc khôi phục được vào một cơ sở dữ liệu trống: hãy nhờ người phụ trách tin học tạo một cơ sở dữ liệu mới.</source>
        <comment>db_server_not_empty</comment>
        <translation>The database {server} already holds data. Data can only be moved or restored into an empty database: ask the office&apos;s IT person to create a new one.</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ dữ liệu {server} ({reason}). Hãy kiểm tra máy tính đã nối mạng và máy chủ PostgreSQL đang chạy, hoặc hỏi người phụ trách tin học.</source>
        <comment>db_server_unreachable</comment>
        <translation>Cannot connect to the data server {server} ({reason}). Check that this computer is on the network and that the PostgreSQL server is running, or ask the office&apos;s IT person.</translation>
    </message>
    <message>
        <source>Dữ liệu trên máy chủ {server} cần được nâng cấp cho phiên bản này, nhưng tên đăng nhập “{user}” không có quyền đổi cấu trúc dữ liệu. Hãy nhờ người phụ trách tin học mở chương trình một lần bằng tài khoản chủ của cơ sở dữ liệu; dữ liệu không bị thay đổi.</source>
        <comment>db_server_upgrade_rights</comment>
        <translation>The data on the server {server} must be upgraded for this version, but the login “{user}” may not change the data&apos;s structure. Ask the office&apos;s IT person to open the program once with the database owner&apos;s login; the data is not changed.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã được {user} lưu lúc {at}, sau khi anh/chị mở ra sửa. Thay đổi của anh/chị chưa được lưu: hãy tải lại bản mới nhất, hoặc giữ bản của anh/chị thành một hồ sơ riêng.</source>
        <comment>dossier_changed_meanwhile</comment>
        <translation>The dossier “{title}” was saved by {user} at {at}, after you opened it for editing. Your changes are not saved yet: reload the latest version, or keep yours as a dossier of its own.</translation>
    </message>
    <message>
        <source>Hồ sơ “{title}” đã được lưu lúc {at} ở một cửa sổ hoặc máy khác, sau khi anh/chị mở ra sửa. Thay đổi của anh/chị chưa được lưu: hãy tải lại bản mới nhất, hoặc giữ bản của anh/chị thành một hồ sơ riêng.</source>
        <comment>dossier_changed_meanwhile_unknown</comment>
        <translation>The dossier “{title}” was saved at {at} in another window or on another computer, after you opened it for editing. Your changes are not saved yet: reload the latest version, or keep yours as a dossier of its own.</translation>
    </message>
    <message>
        <source>Bản chép lên máy chủ không khớp với dữ liệu gốc ({tables}), nên đã bị hủy: máy chủ không được ghi gì, thư mục dữ liệu giữ nguyên. Hãy báo người phụ trách tin học.</source>
        <comment>migrate_mismatch</comment>
        <translation>The copy on the server does not match the original data ({tables}), so it was cancelled: nothing was written on the server and the data folder is unchanged. Tell the office&apos;s IT person.</translation>
    </message>
    <message>
        <source>Thư mục “{folder}” chưa có dữ liệu của Sáng kiến Desktop để chuyển.</source>
        <comment>migrate_no_data</comment>
        <translation>The folder “{folder}” holds no Sáng kiến Desktop data to move.</translation>
    </message>
    <message>
        <source>Đang chép bảng {table} vào máy chủ</source>
        <comment>restore_stage_copy</comment>
        <translation>Copying table {table} to the server</translation>
    </message>
    <message>
        <source>Đang chép các tệp đính kèm vào máy chủ</source>
        <comment>restore_stage_files</comment>
        <translation>Copying the attachments to the server</translation>
    </message>
    <message>
        <source>Đang khôi phục bằng pg_restore</source>
        <comment>restore_stage_pg_restore</comment>
        <translation>Restoring with pg_restore</translation>
    </message>
    <message>
        <source>Đang đọc và kiểm tra bản sao lưu</source>
        <comment>restore_stage_read</comment>
        <translation>Reading and checking the backup</translation>
    </message>
    <message>
        <source>Đang đối chiếu bản khôi phục với bản sao lưu</source>
        <comment>restore_stage_verify</comment>
        <translation>Checking the restored data against the backup</translation>
    </message>
    <message>
        <source>{server} là cơ sở dữ liệu đang dùng chung, không khôi phục đè lên được. Hãy nhờ người phụ trách tin học tạo một cơ sở dữ liệu trống rồi nhập tên của nó.</source>
        <comment>restore_target_is_open</comment>
        <translation>{server} is the shared database in use and cannot be restored over. Ask the IT person to create an empty database, then enter its name.</translation>
    </message>
    <message>
        <source>Cổng {port} không đúng: cổng là một số từ 1 đến 65535 (thường là 5432).</source>
        <comment>shared_bad_port</comment>
        <translation>The port {port} is not right: a port is a number from 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <source>Hãy nhập tên cơ sở dữ liệu người phụ trách tin học đã tạo.</source>
        <comment>shared_database_missing</comment>
        <translation>Enter the name of the database the office&apos;s IT person created.</translation>
    </message>
    <message>
        <source>Hãy nhập tên hoặc địa chỉ máy chủ dữ liệu (ví dụ 192.168.1.10).</source>
        <comment>shared_host_missing</comment>
        <translation>Enter the name or address of the data server (for example 192.168.1.10).</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập người phụ trách tin học đã cấp.</source>
        <comment>shared_user_missing</comment>
        <translation>Enter the login the office&apos;s IT person gave you.</translation>
    </message>
    <message>
        <source>Hãy nhập tên sáng kiến trước khi lưu: đó là cách bạn tìm lại hồ sơ.</source>
        <comment>dossier_untitled</comment>
        <translation>Enter the initiative&apos;s title before saving: it is how you will find the dossier again.</translation>
    </message>
    <message>
        <source>{where} chưa có tên sáng kiến: mỗi hồ sơ cần một tên để tìm lại; hãy điền tên ở nơi gửi rồi xuất lại.</source>
        <comment>json_untitled</comment>
        <translation>{where} has no initiative title: every dossier needs a title to be found again; fill in the title where the file was made and export it again.</translation>
    </message>
    <message>
        <source>Chỉ mục so sánh hồ sơ giống nhau có số đếm sai (kiểm tra hồ sơ có thể tính sai mức giống).</source>
        <comment>check_similarity_counts</comment>
        <translation>The similarity index holds wrong counts (checks could misjudge how alike dossiers are).</translation>
    </message>
    <message>
        <source>Chỉ mục so sánh hồ sơ giống nhau có số đếm sai (kiểm tra hồ sơ có thể tính sai mức giống). Đã dựng lại chỉ mục.</source>
        <comment>check_similarity_counts_rebuilt</comment>
        <translation>The similarity index held wrong counts (checks could misjudge how alike dossiers are). The index was rebuilt.</translation>
    </message>
    <message>
        <source>Chỉ mục so sánh hồ sơ giống nhau không khớp với {count} hồ sơ (kiểm tra hồ sơ có thể bỏ sót sáng kiến nộp lại hoặc tính sai mức giống).</source>
        <comment>check_similarity_wrong</comment>
        <translation>The similarity index does not match {count} {count|dossier|dossiers} (checks can miss a resubmitted initiative or misjudge how alike dossiers are).</translation>
    </message>
    <message>
        <source>Chỉ mục so sánh hồ sơ giống nhau không khớp với {count} hồ sơ (kiểm tra hồ sơ có thể bỏ sót sáng kiến nộp lại hoặc tính sai mức giống). Đã dựng lại chỉ mục.</source>
        <comment>check_similarity_wrong_rebuilt</comment>
        <translation>The similarity index did not match {count} {count|dossier|dossiers} (checks could miss a resubmitted initiative or misjudge how alike dossiers are). The index was rebuilt.</translation>
    </message>
    <message>
        <source>Kiểm tra chỉ mục so sánh hồ sơ giống nhau</source>
        <comment>check_stage_similarity</comment>
        <translation>Checking the similarity index</translation>
    </message>
    <message>
        <source>Sáng kiến có giá trị làm lợi {amount}: thù lao tính theo giá trị làm lợi, ít nhất {percent} % của mỗi năm (Điều 10 Điều lệ Sáng kiến). Khoản tiền do đơn vị quyết định chỉ dùng khi không tính được giá trị làm lợi (giá trị làm lợi trong quyết định bằng 0).</source>
        <comment>pay_unit_sum_with_benefit</comment>
        <translation>The initiative has a benefit value of {amount}: the pay is a share of the benefit, at least {percent} % of each year (Art. 10 of the Initiative Regulation). A sum set by the unit is only for a benefit that cannot be computed (a benefit value of 0 in the decision).</translation>
    </message>
</context>
<context>
    <name>field_help</name>
    <message>
        <source>Ví dụ một câu trả lời tốt</source>
        <translation>Example of a good answer</translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation>Initiative title</translation>
    </message>
    <message>
        <source>Một câu ngắn nói sáng kiến làm gì, cho việc gì, ở đâu. Tránh tên chung chung như “Nâng cao hiệu quả công tác”: hội đồng và cấp trên cần biết ngay giải pháp là gì.</source>
        <translation>One short sentence saying what the initiative does, for what and where. Avoid vague titles such as “Improving work efficiency”: the council and the upper level need to see at once what the solution is.</translation>
    </message>
    <message>
        <source>Cải tiến đồ gá hàn khung xe giúp giảm 30% thời gian lắp ráp tại phân xưởng cơ khí</source>
        <translation>Improved frame-welding jig cuts assembly time by 30% in the mechanical workshop</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Chương trình mà hồ sơ tham gia. Mỗi chương trình có quy định riêng: thời gian áp dụng, số ký tự mô tả trên cổng, loại giải pháp, đối tượng. Nếu chỉ đề nghị công nhận tại đơn vị, chọn “Cấp cơ sở”.</source>
        <translation>The programme the dossier takes part in. Each programme has its own rules: application period, portal description length, kinds of solution, target groups. If the dossier is only for recognition within the unit, choose “Cấp cơ sở” (grassroots level).</translation>
    </message>
    <message>
        <source>Loại giải pháp</source>
        <translation>Kind of solution</translation>
    </message>
    <message>
        <source>Giải pháp kỹ thuật: dụng cụ, máy móc, quy trình công nghệ. Giải pháp quản lý: cách tổ chức công việc, bố trí nhân lực, điều hành. Giải pháp tác nghiệp: cách làm thủ tục, thẩm định, tuyên truyền, đào tạo. Ứng dụng tiến bộ kỹ thuật: đưa kỹ thuật mới vào thực tế hoặc khắc phục nhược điểm của cách làm cũ.</source>
        <translation>Technical solution: tools, machines, technological processes. Management solution: how work is organised, staff deployed, operations run. Operational solution: how procedures, appraisal, outreach and training are done. Application of technical progress: putting new techniques into practice or overcoming the weaknesses of the old way.</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Nhóm người lao động của tác giả, theo danh sách của chương trình (cổng trực tuyến bắt buộc chọn một trong năm nhóm).</source>
        <translation>The author&apos;s group of workers, from the programme&apos;s list (the online portal requires one of the five groups).</translation>
    </message>
    <message>
        <source>Lĩnh vực áp dụng</source>
        <translation>Field of application</translation>
    </message>
    <message>
        <source>Lĩnh vực chuyên môn nơi sáng kiến được dùng.</source>
        <translation>The professional field in which the initiative is used.</translation>
    </message>
    <message>
        <source>Sản xuất, lắp ráp linh kiện điện tử</source>
        <translation>Manufacturing and assembling electronic components</translation>
    </message>
    <message>
        <source>Đơn vị áp dụng</source>
        <translation>Unit applying it</translation>
    </message>
    <message>
        <source>Tên đầy đủ của cơ quan, đơn vị, doanh nghiệp đã áp dụng sáng kiến, như trên con dấu. Hội đồng sáng kiến của đơn vị này xét công nhận.</source>
        <translation>Full name of the agency, unit or enterprise that applied the initiative, as on its seal. This unit&apos;s Initiative Council considers recognition.</translation>
    </message>
    <message>
        <source>Công ty TNHH Cơ khí Thành Công</source>
        <translation>Công ty TNHH Cơ khí Thành Công</translation>
    </message>
    <message>
        <source>Chủ đầu tư tạo ra sáng kiến</source>
        <translation>Investor who funded the initiative</translation>
    </message>
    <message>
        <source>Tổ chức, cá nhân đã bỏ kinh phí, phương tiện để tạo ra sáng kiến, nếu không phải là tác giả (Nghị định 13/2012/NĐ-CP, Điều 5). Để trống nếu tác giả tự đầu tư.</source>
        <translation>The organisation or person that provided funds or means to create the initiative, if not the authors (Decree 13/2012/NĐ-CP, Article 5). Leave empty if the authors funded it themselves.</translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu hoặc áp dụng thử</source>
        <translation>Date of first application or trial</translation>
    </message>
    <message>
        <source>Ngày sáng kiến được đưa vào dùng lần đầu tại đơn vị, theo dạng ngày/tháng/năm. Chương trình “01 triệu sáng kiến” chỉ nhận sáng kiến áp dụng từ 01/9/2021 đến 01/9/2023.</source>
        <translation>The date the initiative was first put into use in the unit, as day/month/year. The “01 triệu sáng kiến” (one million initiatives) programme only accepts initiatives applied from 01/9/2021 to 01/9/2023.</translation>
    </message>
    <message>
        <source>15/09/2022</source>
        <translation>15/09/2022</translation>
    </message>
    <message>
        <source>Tác giả, đồng tác giả</source>
        <translation>Authors and co-authors</translation>
    </message>
    <message>
        <source>Mỗi người một dòng: họ tên, ngày sinh, nơi công tác, chức danh, trình độ chuyên môn và tỷ lệ (%) đóng góp; tổng các tỷ lệ phải bằng 100. Số CCCD và điện thoại chỉ cần cho cổng trực tuyến và không in trên giấy tờ họp. Đánh dấu “Chủ nhiệm” cho người được ghi nhận là tác giả chính.</source>
        <translation>One person per row: full name, date of birth, workplace, job title, qualification and contribution share (%); the shares must add up to 100. ID and phone numbers are needed only for the online portal and are not printed on meeting papers. Tick “Lead” for the person credited as lead author.</translation>
    </message>
    <message>
        <source>Nguyễn Văn A — 12/05/1985 — Phân xưởng Cơ khí — Tổ trưởng — Kỹ sư cơ khí — 60%</source>
        <translation>Nguyễn Văn A — 12/05/1985 — Mechanical workshop — Team leader — Mechanical engineer — 60%</translation>
    </message>
    <message>
        <source>Người tham gia áp dụng thử hoặc áp dụng lần đầu</source>
        <translation>People who took part in the trial or first application</translation>
    </message>
    <message>
        <source>Những người đã cùng đưa sáng kiến vào áp dụng (không phải tác giả), kèm nội dung công việc họ hỗ trợ.</source>
        <translation>People who helped put the initiative into use (not authors), with the work they contributed.</translation>
    </message>
    <message>
        <source>Tình trạng trước khi có sáng kiến</source>
        <translation>Situation before the initiative</translation>
    </message>
    <message>
        <source>Công việc trước đây được làm thế nào và có hạn chế gì: tốn thời gian, tốn vật tư, không an toàn, hay sai sót. Nêu số liệu nếu có.</source>
        <translation>How the work was done before and what was wrong with it: time-consuming, wasteful of materials, unsafe or error-prone. Give figures if you have them.</translation>
    </message>
    <message>
        <source>Trước đây mỗi khung xe phải căn chỉnh bằng tay, mất 45 phút, tỷ lệ lỗi mối hàn khoảng 6%.</source>
        <translation>Each vehicle frame used to be aligned by hand, taking 45 minutes, with about 6% of welds faulty.</translation>
    </message>
    <message>
        <source>Mô tả bản chất của sáng kiến</source>
        <translation>Description of the solution</translation>
    </message>
    <message>
        <source>Phần quan trọng nhất: giải pháp là gì, gồm những bộ phận hoặc bước nào, thực hiện ra sao, để người khác đọc có thể làm theo. Viết theo thứ tự các bước; nếu có bản vẽ, ảnh, hãy đính kèm.</source>
        <translation>The most important part: what the solution is, its parts or steps and how it is carried out, so that someone else can follow it. Write the steps in order; attach drawings or photos if there are any.</translation>
    </message>
    <message>
        <source>Bước 1: chế tạo đồ gá bằng thép hộp 40×40 có 4 chốt định vị… Bước 2: đặt khung lên đồ gá, kẹp bằng cam lệch tâm… Bước 3: hàn theo thứ tự…</source>
        <translation>Step 1: build a jig from 40×40 box steel with 4 locating pins… Step 2: place the frame on the jig and clamp it with eccentric cams… Step 3: weld in the order…</translation>
    </message>
    <message>
        <source>Tính mới</source>
        <translation>Novelty</translation>
    </message>
    <message>
        <source>Điểm khác với cách làm đang có tại đơn vị. Sáng kiến chỉ cần mới trong phạm vi đơn vị: chưa ai đề nghị, chưa được công bố để làm theo, chưa là quy định bắt buộc.</source>
        <translation>How it differs from the way the unit works now. An initiative only needs to be new within the unit: nobody has proposed it, it has not been published for others to follow, and it is not yet a mandatory rule.</translation>
    </message>
    <message>
        <source>Thông tin cần được bảo mật</source>
        <translation>Information to keep confidential</translation>
    </message>
    <message>
        <source>Phần nội dung không được công bố (bí mật kinh doanh, bản vẽ riêng). Nếu không có, để trống.</source>
        <translation>The part of the content that must not be published (trade secrets, proprietary drawings). Leave empty if there is none.</translation>
    </message>
    <message>
        <source>Điều kiện cần thiết để áp dụng</source>
        <translation>Conditions needed to apply it</translation>
    </message>
    <message>
        <source>Thiết bị, vật tư, con người, kinh phí cần có để đơn vị khác áp dụng được sáng kiến.</source>
        <translation>The equipment, materials, people and funds another unit needs to apply the initiative.</translation>
    </message>
    <message>
        <source>Giá trị làm lợi (đồng)</source>
        <translation>Economic benefit (VND)</translation>
    </message>
    <message>
        <source>Số tiền tiết kiệm hoặc làm lợi được trong một năm áp dụng, sau khi trừ chi phí tạo ra sáng kiến. Ghi số đồng, ví dụ 120.000.000. Giá trị này còn là căn cứ trả thù lao cho tác giả (ít nhất 7% mỗi năm trong 3 năm đầu, Nghị định 13/2012/NĐ-CP, Điều 10).</source>
        <translation>The money saved or gained in one year of use, after deducting the cost of creating the initiative. Write a number of dong, for example 120.000.000. This value is also the basis for the authors&apos; remuneration (at least 7% a year for the first 3 years, Decree 13/2012/NĐ-CP, Article 10).</translation>
    </message>
    <message>
        <source>120.000.000</source>
        <translation>120.000.000</translation>
    </message>
    <message>
        <source>Lợi ích xã hội</source>
        <translation>Social benefit</translation>
    </message>
    <message>
        <source>Lợi ích không quy được ra tiền: an toàn lao động, môi trường, điều kiện làm việc, chất lượng dịch vụ cho người dân.</source>
        <translation>Benefits that cannot be counted in money: occupational safety, the environment, working conditions, the quality of services to the public.</translation>
    </message>
    <message>
        <source>Công nhân không còn phải cúi người khi căn chỉnh, giảm mỏi lưng; không xảy ra tai nạn kẹp tay từ khi áp dụng.</source>
        <translation>Workers no longer bend over to align frames, so less back strain; no hand-crushing accident since it was introduced.</translation>
    </message>
    <message>
        <source>Cách tính giá trị làm lợi</source>
        <translation>How the benefit was computed</translation>
    </message>
    <message>
        <source>Ghi rõ phép tính để hội đồng kiểm tra được: lượng tiết kiệm × đơn giá × thời gian, trừ chi phí.</source>
        <translation>Show the calculation so the council can check it: amount saved × unit price × time, minus costs.</translation>
    </message>
    <message>
        <source>Tiết kiệm 30 phút/khung × 20 khung/ngày × 250 ngày × 60.000 đồng/giờ = 150.000.000 đồng; trừ chi phí chế tạo đồ gá 30.000.000 đồng = 120.000.000 đồng.</source>
        <translation>Saves 30 minutes/frame × 20 frames/day × 250 days × 60.000 VND/hour = 150.000.000 VND; minus 30.000.000 VND to build the jig = 120.000.000 VND.</translation>
    </message>
    <message>
        <source>Mô tả trên cổng trực tuyến</source>
        <translation>Portal description</translation>
    </message>
    <message>
        <source>Bản tóm tắt để dán vào ô mô tả của cổng, đếm ký tự đúng như cổng đếm (mỗi chữ có dấu là một ký tự, mỗi lần xuống dòng là một). Nêu ngắn gọn: vấn đề, giải pháp, điểm mới, hiệu quả. Nút “Tạo từ phần mô tả” dựng sẵn và cho xem phần bị cắt.</source>
        <translation>A summary to paste into the portal&apos;s description box, with characters counted as the portal counts them (each accented letter is one character, each line break is one). Say briefly: the problem, the solution, what is new, the result. The “Build from the description” button drafts it and shows what was cut off.</translation>
    </message>
    <message>
        <source>Trước đây kiểm tra đường may bằng mắt, tỷ lệ lỗi 5%. Giải pháp: gá đèn soi và thước mẫu tại mỗi chuyền… Hiệu quả: giảm lỗi còn 1%, làm lợi 120.000.000 đồng/năm.</source>
        <translation>Seams used to be inspected by eye, with 5% defects. Solution: an inspection lamp and gauge at each line… Result: defects down to 1%, a benefit of 120.000.000 VND a year.</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Ảnh, PDF hoặc Word: quyết định công nhận, bảng tính giá trị làm lợi, ảnh sản phẩm, xác nhận của đơn vị. Không đính kèm ảnh chụp CCCD: đó là dữ liệu cá nhân nhạy cảm.</source>
        <translation>Images, PDF or Word: the recognition decision, the benefit calculation, photos of the product, the unit&apos;s confirmation. Do not attach photos of ID cards: they are sensitive personal data.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Tạo mới</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Được công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Không được công nhận</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Tạo phiên bản sửa đổi</source>
        <translation>Create a corrected version</translation>
    </message>
    <message>
        <source>Đã có phiên bản sửa đổi</source>
        <translation>Superseded by a corrected version</translation>
    </message>
    <message>
        <source>Chuyển vào thùng rác</source>
        <translation>Moved to the bin</translation>
    </message>
    <message>
        <source>Khôi phục từ thùng rác</source>
        <translation>Restored from the bin</translation>
    </message>
    <message>
        <source>Nhập từ tệp</source>
        <translation>Imported from a file</translation>
    </message>
    <message>
        <source>Đổi trạng thái</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Xóa hẳn</source>
        <translation>Deleted for good</translation>
    </message>
    <message>
        <source>Thay bằng bản nhận được</source>
        <translation>Replaced by the received copy</translation>
    </message>
    <message>
        <source>Nhận thành một bản mới</source>
        <translation>Received as a new copy</translation>
    </message>
    <message>
        <source>Đã cập nhật lên Cổng</source>
        <translation>Entered on the portal</translation>
    </message>
    <message>
        <source>Cổng chấp nhận</source>
        <translation>Accepted by the portal</translation>
    </message>
    <message>
        <source>Cổng trả lại</source>
        <translation>Returned by the portal</translation>
    </message>
    <message>
        <source>Đề nghị lên cấp trên</source>
        <translation>Nominated to the upper level</translation>
    </message>
    <message>
        <source>Gửi lên cấp trên</source>
        <translation>Sent to the upper level</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Xóa dữ liệu cá nhân</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <source>Kết thúc họp, khóa kết quả</source>
        <translation>Meeting closed, results locked</translation>
    </message>
    <message>
        <source>Mở lại cuộc họp</source>
        <translation>Reopen the meeting</translation>
    </message>
    <message>
        <source>Sửa phiếu đã nhập khi chưa chấm xong</source>
        <translation>Entered sheet corrected before scoring ended</translation>
    </message>
    <message>
        <source>Chọn làm bộ quy định của đơn vị</source>
        <translation>Chosen as the unit&apos;s rule pack</translation>
    </message>
    <message>
        <source>Bỏ qua cảnh báo, có lý do</source>
        <translation>Warning accepted, with a reason</translation>
    </message>
    <message>
        <source>Tên sáng kiến</source>
        <translation>Initiative title</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Loại giải pháp</source>
        <translation>Kind of solution</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Lĩnh vực áp dụng</source>
        <translation>Field of application</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province, city</translation>
    </message>
    <message>
        <source>Khối</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Chủ đầu tư</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Ngày áp dụng lần đầu</source>
        <translation>First application date</translation>
    </message>
    <message>
        <source>Áp dụng thử</source>
        <translation>Applied on trial</translation>
    </message>
    <message>
        <source>Tình trạng trước khi có sáng kiến</source>
        <translation>Situation before the initiative</translation>
    </message>
    <message>
        <source>Nội dung giải pháp</source>
        <translation>Description of the solution</translation>
    </message>
    <message>
        <source>Tính mới</source>
        <translation>Novelty</translation>
    </message>
    <message>
        <source>Thông tin cần bảo mật</source>
        <translation>Confidential information</translation>
    </message>
    <message>
        <source>Điều kiện áp dụng</source>
        <translation>Conditions of application</translation>
    </message>
    <message>
        <source>Giá trị làm lợi (theo tác giả)</source>
        <translation>Economic benefit (by the authors)</translation>
    </message>
    <message>
        <source>Lợi ích xã hội (theo tác giả)</source>
        <translation>Social benefit (by the authors)</translation>
    </message>
    <message>
        <source>Giá trị làm lợi (theo đơn vị)</source>
        <translation>Economic benefit (by the unit)</translation>
    </message>
    <message>
        <source>Lợi ích xã hội (theo đơn vị)</source>
        <translation>Social benefit (by the unit)</translation>
    </message>
    <message>
        <source>Cách tính giá trị làm lợi</source>
        <translation>How the benefit was computed</translation>
    </message>
    <message>
        <source>Mô tả cho cổng trực tuyến</source>
        <translation>Portal description</translation>
    </message>
    <message>
        <source>Ngày nghiệm thu</source>
        <translation>Acceptance date</translation>
    </message>
    <message>
        <source>Thủ trưởng xác nhận</source>
        <translation>Confirmed by the head</translation>
    </message>
    <message>
        <source>Cam kết không trái trật tự công cộng</source>
        <translation>Declared not contrary to public order</translation>
    </message>
    <message>
        <source>Cam kết không thuộc đối tượng bảo hộ</source>
        <translation>Declared not under IP protection</translation>
    </message>
    <message>
        <source>Có khiếu nại</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Có tranh chấp tác giả</source>
        <translation>Authorship dispute</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đơn vị gửi</source>
        <translation>Sending unit</translation>
    </message>
    <message>
        <source>Gói</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Người tham gia áp dụng</source>
        <translation>People who applied it</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Nơi công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Trình độ chuyên môn</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tỷ lệ đóng góp</source>
        <translation>Contribution share</translation>
    </message>
    <message>
        <source>Chủ nhiệm</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cơ quan, doanh nghiệp</source>
        <translation>Agency, enterprise</translation>
    </message>
    <message>
        <source>Số quyết định thành lập</source>
        <translation>Founding decision no.</translation>
    </message>
    <message>
        <source>Ngày quyết định thành lập</source>
        <translation>Date of the founding decision</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Mức kết quả</source>
        <translation>Result grade</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Maximum score</translation>
    </message>
    <message>
        <source>Hệ số</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Điểm sàn</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Loại nếu dưới sàn</source>
        <translation>Disqualifying below the pass mark</translation>
    </message>
    <message>
        <source>Gợi ý chấm</source>
        <translation>Scoring hint</translation>
    </message>
    <message>
        <source>Tên mức</source>
        <translation>Grade name</translation>
    </message>
    <message>
        <source>Tổng điểm từ</source>
        <translation>Total score from</translation>
    </message>
    <message>
        <source>Điều kiện thêm</source>
        <translation>Extra conditions</translation>
    </message>
    <message>
        <source>Bỏ phiếu cao nhất và thấp nhất</source>
        <translation>Drop the highest and lowest scores</translation>
    </message>
    <message>
        <source>Số phiếu tối thiểu để bỏ</source>
        <translation>Minimum sheets for dropping</translation>
    </message>
    <message>
        <source>Ngưỡng cảnh báo lệch điểm</source>
        <translation>Score spread warning threshold</translation>
    </message>
    <message>
        <source>Quy tắc</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Số có mặt tối thiểu</source>
        <translation>Minimum present</translation>
    </message>
    <message>
        <source>Tỷ lệ tán thành</source>
        <translation>Approval ratio</translation>
    </message>
    <message>
        <source>Tính tỷ lệ trên</source>
        <translation>Ratio based on</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Thành viên có mặt</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>Hồ sơ xem xét</source>
        <translation>Dossiers considered</translation>
    </message>
    <message>
        <source>Phiếu đánh giá</source>
        <translation>Score sheets</translation>
    </message>
    <message>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Minutes no.</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Nội dung họp</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Số quyết định</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hội đồng sáng kiến đề nghị</source>
        <translation>The initiative council proposed</translation>
    </message>
    <message>
        <source>Giá trị làm lợi được công nhận</source>
        <translation>Recognised economic benefit</translation>
    </message>
    <message>
        <source>Tiền thưởng</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Thứ tự trong phụ lục</source>
        <translation>Order in the appendix</translation>
    </message>
    <message>
        <source>Thẩm quyền</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Cơ quan ra quyết định</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Phiên bản trước</source>
        <translation>Previous version</translation>
    </message>
    <message>
        <source>Phiên bản sau</source>
        <translation>Next version</translation>
    </message>
    <message>
        <source>Chuỗi phiên bản</source>
        <translation>Version chain</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Mã định danh</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Mã kiểm tra nội dung (SHA-256)</source>
        <translation>Content check code (SHA-256)</translation>
    </message>
    <message>
        <source>Bộ quy định</source>
        <translation>Rule pack</translation>
    </message>
    <message>
        <source>Kết thúc lúc</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>Thành viên tránh xét</source>
        <translation>Members out of a dossier</translation>
    </message>
    <message>
        <source>Thủ trưởng của đơn vị</source>
        <translation>Heads the unit</translation>
    </message>
    <message>
        <source>Quy tắc biểu quyết</source>
        <translation>Pass rule</translation>
    </message>
    <message>
        <source>Điểm trung bình</source>
        <translation>Average score</translation>
    </message>
    <message>
        <source>Đề nghị</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Không chấm, không biểu quyết</source>
        <translation>Not scoring, not voting</translation>
    </message>
    <message>
        <source>Không tham gia đánh giá</source>
        <translation>Abstains</translation>
    </message>
    <message>
        <source>Phạm vi ảnh hưởng</source>
        <translation>Recognition scope</translation>
    </message>
    <message>
        <source>Thù lao cho tác giả</source>
        <translation>Pay to the authors</translation>
    </message>
    <message>
        <source>Phải hơn tỷ lệ</source>
        <translation>More than the share</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Người xác nhận</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>Hồ sơ giống</source>
        <translation>Similar dossier</translation>
    </message>
    <message>
        <source>Học hàm, học vị</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>Mã tiêu chí</source>
        <translation>Criterion code</translation>
    </message>
    <message>
        <source>Tên tiêu chí</source>
        <translation>Criterion name</translation>
    </message>
    <message>
        <source>Mã mức</source>
        <translation>Level code</translation>
    </message>
    <message>
        <source>Công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Không công nhận</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>tổng số thành viên</source>
        <translation>all members</translation>
    </message>
    <message>
        <source>số có mặt</source>
        <translation>members present</translation>
    </message>
    <message>
        <source>Xung đột lợi ích</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Là tác giả</source>
        <translation>Is an author</translation>
    </message>
    <message>
        <source>Thủ trưởng đơn vị của tác giả</source>
        <translation>Heads the authors&apos; unit</translation>
    </message>
    <message>
        <source>Công nhận (quyết định khác đề nghị)</source>
        <translation>Recognition (decided otherwise)</translation>
    </message>
    <message>
        <source>Không công nhận (quyết định khác đề nghị)</source>
        <translation>No recognition (decided otherwise)</translation>
    </message>
    <message>
        <source>Chưa có kết quả chấm (quyết định khác đề nghị)</source>
        <translation>No scoring result (decided otherwise)</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>%1 thứ %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(đã ẩn)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>[đã xóa]</source>
        <translation>[erased]</translation>
    </message>
    <message>
        <source>%1 (phiên bản %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Đã xóa: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Nộp Hội đồng</source>
        <translation>Submitted to the council</translation>
    </message>
    <message>
        <source>Rút khỏi Hội đồng</source>
        <translation>Withdrawn from the council</translation>
    </message>
    <message>
        <source>Rút đợt đề nghị</source>
        <translation>Nomination withdrawn</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu đã cập nhật lên Cổng</source>
        <translation>Portal mark removed</translation>
    </message>
    <message>
        <source>Rút đợt đề nghị đã gửi</source>
        <translation>Sent nomination withdrawn</translation>
    </message>
    <message>
        <source>Lưu trữ</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Bỏ lưu trữ</source>
        <translation>Unarchived</translation>
    </message>
    <message>
        <source>Cách tính</source>
        <translation>Basis of the pay</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Giá trị làm lợi từng năm</source>
        <translation>Benefit of each year</translation>
    </message>
    <message>
        <source>Khoản tiền</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Theo giá trị làm lợi của từng năm</source>
        <translation>From each year&apos;s benefit</translation>
    </message>
    <message>
        <source>Khoản tiền do đơn vị quyết định</source>
        <translation>A sum the unit decides</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>Không ghi hay đọc được tệp: %1</source>
        <translation>Cannot write or read the file: %1</translation>
    </message>
</context>
<context>
    <name>paper_output</name>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Không ghi được văn bản</source>
        <translation>Cannot write the document</translation>
    </message>
    <message>
        <source>Không làm được văn bản</source>
        <translation>The document could not be made</translation>
    </message>
    <message>
        <source>Đang làm văn bản…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu văn bản</source>
        <translation>Choose a folder to save the documents</translation>
    </message>
</context>
<context>
    <name>rubric_tables</name>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Maximum score</translation>
    </message>
    <message>
        <source>Hệ số</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Điểm sàn</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Loại nếu dưới sàn</source>
        <translation>Disqualifying below the pass mark</translation>
    </message>
    <message>
        <source>Gợi ý chấm</source>
        <translation>Scoring hint</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Tổng điểm từ</source>
        <translation>Total score from</translation>
    </message>
    <message>
        <source>Được công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <source>Điều kiện thêm</source>
        <translation>Extra conditions</translation>
    </message>
    <message>
        <source>Dòng %1: “%2” phải là một số không âm (đã nhập “%3”).</source>
        <translation>Row %1: “%2” must be a number, not negative (entered “%3”).</translation>
    </message>
    <message>
        <source>Tiêu chí “%1” cần điểm tối đa lớn hơn 0.</source>
        <translation>The criterion “%1” needs a maximum score above 0.</translation>
    </message>
    <message>
        <source>Điểm sàn của tiêu chí “%1” lớn hơn điểm tối đa.</source>
        <translation>The pass mark of the criterion “%1” is above its maximum score.</translation>
    </message>
    <message>
        <source>Hội đồng cần ít nhất một tiêu chí chấm điểm.</source>
        <translation>The council needs at least one scoring criterion.</translation>
    </message>
    <message>
        <source>Điều kiện về điểm từng tiêu chí đi theo bộ tiêu chí mặc định.</source>
        <translation>Score conditions on single criteria come with the default rubric.</translation>
    </message>
    <message>
        <source>Cần ít nhất một mức kết quả được công nhận (ví dụ “Đạt” từ 50 điểm).</source>
        <translation>At least one result grade must be recognised (for example “Pass” from 50 points).</translation>
    </message>
</context>
<context>
    <name>send_package</name>
    <message>
        <source>Gửi lên cấp trên</source>
        <translation>Send to the upper level</translation>
    </message>
    <message>
        <source>Đợt đề nghị còn là dự thảo: Tờ trình chưa có số. Vẫn xuất gói (cấp trên nhận bản dự thảo)?

Chọn “Không”, rồi bấm “Đánh dấu đã gửi…” để Tờ trình được cấp số trước khi xuất gói.</source>
        <translation>The nomination is still a draft: its cover letter has no number. Export the package anyway (the upper level receives the draft)?

Choose “No”, then click “Mark as sent…” so the cover letter gets its number before exporting.</translation>
    </message>
    <message>
        <source>Lưu gói gửi cấp trên</source>
        <translation>Save the package for the upper level</translation>
    </message>
    <message>
        <source>Gói hồ sơ sáng kiến (*.skpkg)</source>
        <translation>Initiative dossier packages (*.skpkg)</translation>
    </message>
    <message>
        <source>Gói có số CCCD và số điện thoại của tác giả: chỉ gửi qua kênh tin cậy, xóa bản chép khi cấp trên đã nhận.</source>
        <translation>The package holds the authors&apos; ID and phone numbers: send it only through a trusted channel, and delete copies once the upper level has it.</translation>
    </message>
    <message>
        <source>Gói không mang số CCCD và số điện thoại của tác giả.</source>
        <translation>The package carries no ID or phone numbers of the authors.</translation>
    </message>
    <message>
        <source>Đang tạo gói gửi cấp trên…</source>
        <translation>Making the package for the upper level…</translation>
    </message>
    <message>
        <source>Đã tạo gói %1 (%2, %3 MB).

Gửi tệp này cho công đoàn cấp trên (thư điện tử, USB); họ mở nó bằng Sáng kiến Desktop, mục “Nhận gói hồ sơ”.</source>
        <translation>Package %1 made (%2, %3 MB).

Send this file to the upper-level union (e-mail, USB); they open it with Sáng kiến Desktop, under “Receive a package”.</translation>
    </message>
</context>
<context>
    <name>xlsx_actions</name>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Không ghi được tệp Excel</source>
        <translation>Cannot write the Excel file</translation>
    </message>
    <message>
        <source>Xuất danh sách hồ sơ ra Excel</source>
        <translation>Export the dossier list to Excel</translation>
    </message>
    <message>
        <source>Lưu mẫu Excel để nhập hồ sơ</source>
        <translation>Save the Excel import template</translation>
    </message>
    <message>
        <source>Đã lưu mẫu nhập hồ sơ ra %1</source>
        <translation>Saved the dossier import template to %1</translation>
    </message>
    <message>
        <source>Đã xuất %1 ra %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
</context>
</TS>
