"""Sub-commands that move a dossier's status by an act (domain/workflow.py): submitting to the
council, and undoing an act with a reason. Decisions, nominations and the portal mark have
their own commands; no command sets a status directly."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sangkien_desktop.services.context import AppData


def register(sub) -> None:
    s = sub.add_parser("submit", help="nộp Hội đồng: hồ sơ nháp (hoặc không được công nhận, "
                                      "đã sửa) chuyển sang “Đã nộp Hội đồng”")
    s.add_argument("ids", nargs="+", metavar="ID", help="mã định danh (uuid) hoặc mã hồ sơ")
    s.set_defaults(handler=_submit)

    w = sub.add_parser("withdraw-submission", help="rút hồ sơ khỏi Hội đồng (về bản nháp)")
    w.add_argument("id", metavar="ID")
    w.add_argument("--reason", required=True, metavar="TEXT", help="lý do, ghi vào lịch sử")
    w.set_defaults(handler=_withdraw_submission)

    n = sub.add_parser("withdraw-nomination",
                       help="rút đợt đề nghị đã gửi: hồ sơ trở lại “Đã công nhận”")
    n.add_argument("nomination", metavar="NOMINATION", help="mã đợt đề nghị (8 ký tự đầu là đủ)")
    n.add_argument("--reason", required=True, metavar="TEXT", help="lý do, ghi vào lịch sử")
    n.set_defaults(handler=_withdraw_nomination)

    p = sub.add_parser("portal-unmark", help="bỏ đánh dấu đã cập nhật lên Cổng")
    p.add_argument("id", metavar="ID")
    p.add_argument("--reason", required=True, metavar="TEXT", help="lý do, ghi vào lịch sử")
    p.set_defaults(handler=_portal_unmark)


def _label(status) -> str:
    from sangkien_desktop.domain.dossier import STATUS_LABELS

    return STATUS_LABELS[status]


def _submit(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.cli.dossiers import find_uuid
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.dossiers import workflow

    with unit_of_work.session(app) as session:
        done = [workflow.submit(session, find_uuid(session, key)) for key in args.ids]
    for d in done:
        print(f"{d.code} “{d.title}”: {_label(d.status)}")
    return 0


def _withdraw_submission(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.cli.dossiers import find_uuid
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.dossiers import workflow

    with unit_of_work.session(app) as session:
        d = workflow.withdraw_submission(session, find_uuid(session, args.id), args.reason)
    print(f"{d.code} “{d.title}”: {_label(d.status)}")
    return 0


def _withdraw_nomination(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.nominating import nominations as noms

    with unit_of_work.session(app) as session:
        n = noms.withdraw_nomination(session, args.nomination, args.reason)
    print(f"Đã rút đợt đề nghị {n.letter_number_text or n.uuid[:8]} ({len(n.items)} hồ sơ).")
    return 0


def _portal_unmark(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.cli.dossiers import find_uuid
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.exchange import portal

    with unit_of_work.session(app) as session:
        d = portal.withdraw_entry(session, find_uuid(session, args.id), args.reason)
    print(f"{d.code} “{d.title}”: {_label(d.status)}")
    return 0
