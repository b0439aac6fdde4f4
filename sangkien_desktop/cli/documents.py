"""``sangkien doc``: any document of the process, as PDF or DOCX, from what is stored."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sangkien_desktop.domain.errors import InputError

if TYPE_CHECKING:
    from sangkien_desktop.services.context import AppData

KINDS_HELP = (
    "don-yeu-cau, bao-cao-mo-ta, phieu-danh-gia (phiếu trống) với --dossier; "
    "quyet-dinh, giay-chung-nhan (mọi giấy chứng nhận của quyết định), giay-xac-nhan (xác nhận "
    "hiệu quả, phạm vi ảnh hưởng cho từng tác giả), thong-bao-khong-cong-nhan (mỗi hồ sơ không "
    "được công nhận một thông báo), bien-ban với --decision (hoặc --dossier); bien-ban với "
    "--meeting; to-trinh, bang-tong-hop với --nomination; bao-cao-chi-tieu, tom-tat-don-vi (với "
    "--unit) với --campaign"
)


def register(sub) -> None:
    doc = sub.add_parser("doc", help="in một văn bản ra PDF hoặc DOCX")
    doc.add_argument("kind", metavar="KIND", help=KINDS_HELP)
    source = doc.add_mutually_exclusive_group(required=True)
    source.add_argument("--dossier", metavar="ID", help="mã định danh hoặc mã hồ sơ")
    source.add_argument(
        "--decision", metavar="ID", help="mã định danh của quyết định, hoặc số của nó, ví dụ “05/QĐ-CĐCS”"
    )
    source.add_argument("--meeting", metavar="ID", help="mã định danh của cuộc họp Hội đồng (biên bản)")
    source.add_argument("--nomination", metavar="ID", help="mã định danh của đợt đề nghị")
    source.add_argument("--campaign", metavar="ID", help="mã chương trình (báo cáo chỉ tiêu, tóm tắt đơn vị)")
    doc.add_argument("--unit", metavar="TEXT", help="đơn vị, cho tom-tat-don-vi")
    doc.add_argument("--number", type=int, metavar="SỐ",
                     help="số ghi vào sổ cho văn bản chưa có số (biên bản, giấy chứng nhận, "
                     "thông báo: số của tờ đầu, các tờ sau lấy số kế tiếp); không ghi: để trống "
                     "chỗ điền số bằng tay")
    doc.add_argument("--format", choices=["pdf", "docx"], default="pdf")
    doc.add_argument("--out", required=True, metavar="FILE")
    doc.set_defaults(handler=_doc)


def _doc(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.cli.dossiers import find_uuid
    from sangkien_desktop.services import papers, unit_of_work
    from sangkien_desktop.services.papers import DOCUMENT_KINDS

    if args.kind not in DOCUMENT_KINDS:
        raise InputError(
            f"không có loại văn bản “{args.kind}”. Các loại: {', '.join(DOCUMENT_KINDS)}.", field="kind"
        )
    if args.nomination is not None or args.campaign is not None:
        from sangkien_desktop.cli.nominations import write_doc

        return write_doc(app, args)
    with unit_of_work.session(app) as session:
        if args.dossier is not None:
            uuid = find_uuid(session, args.dossier)
            choices = papers.choices_for_dossier(session, uuid)
            allowed = [c.kind for c in choices]
            where = f"hồ sơ “{args.dossier}”"
        elif args.meeting is not None:
            uuid = papers.find_meeting(session, args.meeting)
            choices = papers.choices_for_meeting(session, uuid)
            allowed = [c.kind for c in choices]
            where = f"cuộc họp “{args.meeting}”"
        else:
            uuid = papers.find_decision(session, args.decision)
            choices = papers.choices_for_decision(session, uuid)
            allowed = [c.kind for c in choices]
            where = f"quyết định “{args.decision}”"
            if args.kind == "bien-ban" and "bien-ban" not in allowed:
                raise InputError(
                    f"Quyết định “{args.decision}” không gắn với cuộc họp Hội đồng sáng kiến nào, nên không "
                    "có biên bản để in. Hãy in biên bản từ một hồ sơ đã được Hội đồng xét (--dossier).",
                    field="kind",
                )
        choice = next((c for c in choices if c.kind == args.kind), None)
        if choice is None and args.kind in ("quyet-dinh", "giay-chung-nhan") \
                and "thong-bao-khong-cong-nhan" in allowed:
            raise InputError(
                f"{where[0].upper()}{where[1:]} không có sáng kiến nào được công nhận, nên không có "
                f"“{args.kind}”. Tác giả nhận Thông báo không công nhận sáng kiến: "
                "thong-bao-khong-cong-nhan.", field="kind")
        if choice is None:
            raise InputError(
                f"từ {where} không làm được “{args.kind}”. Làm được: {', '.join(allowed)}.", field="kind"
            )
        if args.number is not None:
            if not choice.doc_type:
                raise InputError(
                    f"“{args.kind}” từ {where} không nhận số mới"
                    + (f": văn bản đã có số {choice.number_text}." if choice.number_text else "."),
                    field="number")
            papers.check_number(session, choice, args.number)
        data = papers.paper_data(session, choice, args.number, campaigns=app.campaigns)
        out = papers.write_atomically(args.kind, data, args.format, Path(args.out))
        if args.number is not None:
            papers.claim_number(session, choice, args.number)
    print(f"Đã ghi {out}.")
    return 0
