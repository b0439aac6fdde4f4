"""The import template the app ships: generated from the campaigns and unit lists it knows,
so its drop-down lists never disagree with what the import accepts.

Three sheets: "Hồ sơ" (title rows, the header, one example row and empty rows with lists and
formats ready), "Hướng dẫn" (how to fill each column, in Vietnamese) and "Danh mục" (the
lists the drop-downs read).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.exchange.xlsx_common import (
    EXAMPLE_MARK,
    TEMPLATE_COLUMNS,
    Vocabulary,
    save_atomically,
)
from sangkien_desktop.exchange.xlsx_export import dossier_values
from sangkien_desktop.sheets import FONT, KIND_STYLES, add_styles

TEMPLATE_TITLE = "DANH SÁCH HỒ SƠ SÁNG KIẾN"
PREPARED_ROWS = 300

# How to fill each column; the first words say whether it is required.
GUIDE = {
    "stt": "Không bắt buộc. Số thứ tự, chỉ để dễ đối chiếu. Dòng có STT “Ví dụ” không được nhập.",
    "code": "Không bắt buộc. Để trống, chương trình tự cấp mã dạng SK-2024-00001.",
    "title": "Bắt buộc. Tên đầy đủ của sáng kiến.",
    "authors": "Bắt buộc. Họ tên từng tác giả kèm tỷ lệ đóng góp (%), cách nhau bằng dấu chấm "
    "phẩy, ví dụ: Nguyễn Văn An (60%); Trần Thị Bình (40%). Tổng tỷ lệ phải đúng 100. "
    "Chỉ có một tác giả thì có thể bỏ trống tỷ lệ (tính là 100%).",
    "unit": "Nên có. Tên công đoàn cơ sở / đơn vị nơi áp dụng sáng kiến.",
    "province": "Không bắt buộc. Tỉnh, thành phố theo danh sách ở trang “Danh mục” (34 tỉnh, "
    "thành phố từ 01/7/2025; tên tỉnh cũ ghi kèm “(trước 7/2025)”).",
    "campaign": "Không bắt buộc. Tên ngắn của chương trình, chọn trong danh sách.",
    "kind": "Nên có. Chọn trong danh sách; phải là loại mà chương trình đã chọn có.",
    "target_group": "Không bắt buộc. Chọn trong danh sách năm nhóm đối tượng.",
    "field": "Không bắt buộc. Ví dụ: Sản xuất, Giáo dục, Y tế, Hành chính.",
    "first_applied_on": "Nên có. Ngày/tháng/năm, ví dụ 15/09/2022 (gõ 15/9/22 cũng được).",
    "benefit_vnd": "Không bắt buộc. Số đồng, ví dụ 120.000.000 hoặc 120000000.",
    "benefit_social": "Không bắt buộc. Hiệu quả xã hội khi không tính được thành tiền.",
    "summary": "Không bắt buộc. Tóm tắt bản chất giải pháp.",
    "status": "Không bắt buộc. Để trống là “Bản nháp”.",
    "notes": "Không bắt buộc.",
}

STEPS = (
    "1. Điền mỗi sáng kiến trên một dòng của trang “Hồ sơ”, bắt đầu ngay dưới dòng ví dụ "
    "(có thể xóa dòng ví dụ). Không đổi tên các cột ở dòng tiêu đề.",
    "2. Các cột có danh sách chọn (loại giải pháp, đối tượng, chương trình, trạng thái, tỉnh) "
    "lấy đúng tên trong trang “Danh mục”.",
    "3. Trong Sáng kiến Desktop chọn Tệp → Nhập hồ sơ từ tệp Excel…, chọn tệp này. Chương "
    "trình kiểm tra trước từng dòng và chỉ rõ lỗi ở dòng nào, cột nào, cách sửa.",
    "4. Sửa hết lỗi rồi bấm “Nhập”. Nếu còn một lỗi, không hồ sơ nào được nhập; nhập xong, "
    "các hồ sơ hiện trong danh sách để bổ sung mô tả, tệp đính kèm.",
    "Hồ sơ đã có (trùng tên sáng kiến và tác giả chính) sẽ không được nhập lần nữa.",
)


def example_dossier(vocab: Vocabulary) -> Dossier:
    campaign = next(iter(sorted(vocab.campaigns)), "")
    c = vocab.campaigns.get(campaign)
    province = next((p for p in vocab.provinces if not p.old), None)
    return Dossier(
        title="Cải tiến quy trình tiếp nhận hồ sơ một cửa bằng phiếu hẹn điện tử",
        authors=[
            Author(full_name="Nguyễn Văn An", share_percent=Decimal(60)),
            Author(full_name="Trần Thị Bình", share_percent=Decimal(40)),
        ],
        unit_name="Công đoàn cơ sở Ủy ban nhân dân xã Hòa Bình",
        province_code=province.code if province else "",
        campaign_id=campaign,
        solution_type=c.solution_types[1].code if c and len(c.solution_types) > 1 else "",
        target_group=c.target_groups[2].code if c and len(c.target_groups) > 2 else "",
        field_of_application="Hành chính",
        first_applied_on=dt.date(2022, 9, 15),
        benefit_author_vnd=120_000_000,
        benefit_author_social="Rút ngắn thời gian chờ của người dân từ 3 ngày xuống 1 ngày.",
        description_solution="Thay sổ ghi tay bằng phiếu hẹn in mã QR để tra cứu tiến độ.",
    )


def _lists(wb: Workbook, vocab: Vocabulary) -> dict[str, str]:
    """Writes the "Danh mục" sheet; returns, per column key, the range its drop-down reads."""
    ws = wb.create_sheet("Danh mục")
    lists = {
        "kind": ("Loại giải pháp", vocab.kind_labels()),
        "target_group": ("Đối tượng", vocab.group_labels()),
        "campaign": ("Chương trình", vocab.campaign_labels()),
        "status": ("Trạng thái", vocab.status_labels()),
        "province": ("Tỉnh/thành phố", vocab.province_labels()),
    }
    ranges = {}
    for col, (key, (header, values)) in enumerate(lists.items(), start=1):
        letter = get_column_letter(col)
        ws.cell(1, col, header).style = "sk_header"
        for row, value in enumerate(values, start=2):
            ws.cell(row, col, value).style = "sk_text"
        ws.column_dimensions[letter].width = 45 if key in ("target_group", "province") else 30
        ranges[key] = f"{quote_sheetname(ws.title)}!${letter}$2:${letter}${len(values) + 1}"
    ws.freeze_panes = "A2"
    return ranges


def _guide(wb: Workbook) -> None:
    ws = wb.create_sheet("Hướng dẫn")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 100
    ws.cell(1, 1, "HƯỚNG DẪN ĐIỀN MẪU NHẬP HỒ SƠ SÁNG KIẾN").font = Font(name=FONT, size=14, bold=True)
    row = 3
    for step in STEPS:
        cell = ws.cell(row, 1, step)
        cell.font = Font(name=FONT, size=12)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 32
        row += 1
    row += 1
    ws.cell(row, 1, "Cột").style = "sk_header"
    ws.cell(row, 2, "Cách điền").style = "sk_header"
    for column in TEMPLATE_COLUMNS:
        row += 1
        ws.cell(row, 1, column.header).style = "sk_text"
        ws.cell(row, 2, GUIDE[column.key]).style = "sk_text"


def write_template(path: Path, vocab: Vocabulary) -> Path:
    wb = Workbook()
    add_styles(wb)
    ws = wb.active
    ws.title = "Hồ sơ"
    width = len(TEMPLATE_COLUMNS)
    last = get_column_letter(width)
    ws.cell(1, 1, TEMPLATE_TITLE).style = "sk_title"
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 24
    ws.cell(2, 1, "(Mỗi sáng kiến một dòng; xem cách điền ở trang “Hướng dẫn”)").style = "sk_subtitle"
    ws.merge_cells(f"A2:{last}2")
    header_row, example_row = 4, 5
    values = dossier_values(example_dossier(vocab), vocab)
    values["stt"] = EXAMPLE_MARK
    values["status"] = ""
    for col, column in enumerate(TEMPLATE_COLUMNS, start=1):
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = column.width
        ws.cell(header_row, col, column.header + (" *" if column.required else "")).style = "sk_header"
        example = ws.cell(example_row, col, values[column.key])
        example.style = "sk_example"
        if column.kind == "date":
            example.number_format = "dd/mm/yyyy"
        elif column.kind == "money":
            example.number_format = "#,##0"
        for row in range(example_row + 1, example_row + 1 + PREPARED_ROWS):
            ws.cell(row, col).style = KIND_STYLES[column.kind]
    ws.row_dimensions[header_row].height = 36
    ws.freeze_panes = f"D{header_row + 1}"
    ranges = _lists(wb, vocab)
    first, end = example_row + 1, example_row + PREPARED_ROWS
    for col, column in enumerate(TEMPLATE_COLUMNS, start=1):
        if column.key not in ranges:
            continue
        letter = get_column_letter(col)
        dv = DataValidation(
            type="list",
            formula1=f"={ranges[column.key]}",
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle="Giá trị không có trong danh sách",
            error="Hãy chọn một giá trị trong danh sách (trang “Danh mục”).",
        )
        dv.add(f"{letter}{first}:{letter}{end}")
        ws.add_data_validation(dv)
    _guide(wb)
    wb.move_sheet("Hướng dẫn", offset=-1)
    wb.active = 0
    return save_atomically(wb, path)
