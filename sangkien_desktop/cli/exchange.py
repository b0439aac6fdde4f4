"""Sub-commands for the portal outbox and the exchange package between union levels."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sangkien_desktop.cli.dossiers import find_uuid

if TYPE_CHECKING:  # the documents package is heavy (reportlab, python-docx): not at start-up
    from sangkien_desktop.domain.progress import Progress
    from sangkien_desktop.services.context import AppData


def register(sub) -> None:
    po = sub.add_parser("portal-list", help="hồ sơ đã công nhận cần cập nhật lên Cổng trực tuyến")
    po.add_argument("--all", action="store_true", help="kể cả hồ sơ Cổng đã trả lời")
    po.add_argument("--json", action="store_true", help="in dạng JSON")

    ep = sub.add_parser("export-portal", help="tạo gói cập nhật lên Cổng (thư mục và tệp zip)")
    ep.add_argument("--out", required=True, metavar="FILE.zip")
    ep.add_argument("ids", nargs="*", metavar="ID",
                    help="mã định danh hoặc mã hồ sơ (mặc định: mọi hồ sơ chưa cập nhật)")

    pm = sub.add_parser("portal-mark", help="ghi nhận đã cập nhật lên Cổng, hoặc kết quả Cổng trả lời")
    pm.add_argument("ids", nargs="+", metavar="ID")
    what = pm.add_mutually_exclusive_group(required=True)
    what.add_argument("--entered", metavar="NGÀY", help="ngày cập nhật (dd/mm/yyyy hoặc yyyy-mm-dd)")
    what.add_argument("--accepted", action="store_true", help="Cổng đã chấp nhận")
    what.add_argument("--returned", metavar="LÝ_DO", help="Cổng trả lại, với lý do")
    pm.add_argument("--receipt", default="", metavar="TEXT", help="mã tiếp nhận hay biên nhận của Cổng")
    pm.add_argument("--delete-done", action="store_true",
                    help="xóa thư mục và tệp zip của những gói cho Cổng mà mọi hồ sơ đã cập nhật "
                    "(chúng chứa số CCCD, điện thoại)")

    xp = sub.add_parser("export-package", help="tạo gói trao đổi (.skpkg) gửi cấp trên")
    xp.add_argument("--out", required=True, metavar="FILE")
    xp.add_argument("--nomination", metavar="ID",
                    help="đợt đề nghị gửi lên cấp trên: gói mang đợt đề nghị, hồ sơ, quyết định, "
                    "Tờ trình và Bảng tổng hợp")
    xp.add_argument("--dossiers", nargs="+", default=[], metavar="ID",
                    help="mã định danh hoặc mã hồ sơ đưa vào gói (thêm vào đợt đề nghị, nếu có)")
    xp.add_argument("--with-personal-data", action="store_true",
                    help="kèm số CCCD và số điện thoại của tác giả (mặc định không gửi: cấp trên "
                    "không cần chúng để xét, đề nghị)")

    ip = sub.add_parser("import-package", help="nhập gói trao đổi (.skpkg) của đơn vị khác")
    ip.add_argument("file", metavar="FILE")
    ip.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và báo cáo, không ghi gì")
    ip.add_argument("--json", action="store_true", help="in báo cáo dạng JSON")
    how = ip.add_mutually_exclusive_group()
    how.add_argument("--take-theirs", action="store_true",
                     help="hồ sơ khác nội dung: lấy bản nhận được (bản cũ ghi vào lịch sử)")
    how.add_argument("--keep-both", action="store_true",
                     help="hồ sơ khác nội dung: giữ cả hai (bản nhận được mang mã mới)")

    po.set_defaults(handler=_portal_list)
    ep.set_defaults(handler=_export_portal)
    pm.set_defaults(handler=_portal_mark)
    xp.set_defaults(handler=_export_package)
    ip.set_defaults(handler=_import_package)


def _progress(step: Progress) -> None:
    if sys.stderr.isatty():
        print(f"\r{step.stage:<10} {step.done}/{step.total}", end="", file=sys.stderr)


def _portal_list(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.values import format_date
    from sangkien_desktop.services.exchange import portal

    with app.db.session() as session:
        rows = portal.outbox(session, app.campaigns, include_done=args.all)
    if args.json:
        print(json.dumps([{
            "uuid": r.uuid, "code": r.code, "title": r.title, "lead_author": r.lead_author,
            "to_enter": r.to_enter,
            "entered_on": r.entry.entered_on.isoformat() if r.entry else None,
            "receipt": r.entry.receipt if r.entry else "",
            "result": r.entry.result if r.entry else "",
            "reason": r.entry.reason if r.entry else "",
        } for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        state = "chưa cập nhật" if r.to_enter else (
            f"{format_date(r.entry.entered_on)} {r.entry.result_label}" if r.entry else "")
        print(f"{r.code:<14} {state:<28} {r.title[:60]:<60} {r.lead_author}")
    print(f"— {sum(r.to_enter for r in rows)} hồ sơ chưa cập nhật lên Cổng.")
    return 0


def _export_portal(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.exchange import portal, portal_exports
    from sangkien_desktop.services.exchange.portal import PERSONAL_NOTE

    with unit_of_work.session(app) as session:
        uuids = [find_uuid(session, key) for key in args.ids] or None
        done = portal.export_portal(session, app.attachments, Path(args.out),
                                    app.campaigns, uuids, _progress)
        record = portal_exports.remember(session, done)
    print(f"\nĐã tạo gói cho Cổng: {done.zip_path} và thư mục {done.folder} "
          f"({len(done.items)} hồ sơ). Mở index.html để sao chép từng ô.")
    if record.personal:
        print(f"Lưu ý: {PERSONAL_NOTE} (sangkien portal-mark … --delete-done xóa chúng khi mọi "
              "hồ sơ đã cập nhật.)")
    for item in done.items:
        for warning in item.warnings:
            print(f"  {item.code}: {warning}")
    return 0


def _date(text: str) -> dt.date:
    from sangkien_desktop.domain.values import parse_date

    value = parse_date(text, field="entered_on", label="Ngày cập nhật")
    return value or dt.date.today()


def _portal_mark(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.exchange import portal, portal_exports

    with unit_of_work.session(app) as session:
        for key in args.ids:
            uuid = find_uuid(session, key)
            if args.entered:
                entry = portal.mark_entered(session, uuid, _date(args.entered), args.receipt)
            elif args.accepted:
                entry = portal.mark_result(session, uuid, portal.ACCEPTED)
            else:
                entry = portal.mark_result(session, uuid, portal.RETURNED, args.returned)
            extra = f"; bản sửa đổi mới: {entry.next_uuid}" if entry.next_uuid else ""
            print(f"{key}: {entry.result_label if args.entered is None else 'đã cập nhật'}{extra}")
    with unit_of_work.session(app) as session:  # the marks are kept whatever happens below
        for record in portal_exports.finished(session):
            if args.delete_done:
                portal_exports.delete(session, record)
                print(f"Đã xóa gói cho Cổng {record.zip_path} và thư mục {record.folder}.")
            else:
                print(f"Mọi hồ sơ trong gói {record.zip_path} đã cập nhật lên Cổng: thêm "
                      "--delete-done để xóa gói và thư mục (chúng chứa số CCCD, điện thoại).")
    return 0


def _export_package(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.errors import InputError
    from sangkien_desktop.services.exchange import packages
    from sangkien_desktop.services.exchange.nomination_package import nomination_part
    from sangkien_desktop.services.exchange.paper_cache import PaperCache
    from sangkien_desktop.services.nominating.nominations import get_nomination

    if not args.nomination and not args.dossiers:
        raise InputError("Hãy chọn đợt đề nghị (--nomination ID) hoặc hồ sơ (--dossiers ID…) "
                         "để đưa vào gói.", code="package_empty")
    part = None
    with app.db.session() as session:
        uuids = [find_uuid(session, key) for key in args.dossiers]
        if args.nomination:
            nomination = get_nomination(session, args.nomination)
            if not nomination.is_sent:
                print("Lưu ý: đợt đề nghị còn là dự thảo (Tờ trình chưa có số); cấp trên nhận "
                      "được bản dự thảo.", file=sys.stderr)
            part = nomination_part(session, nomination.uuid, app.campaigns)
        manifest = packages.export_package(session, app.attachments, Path(args.out),
                                           uuids, app.campaigns, nomination=part,
                                           papers=PaperCache.of(app.layout),
                                           personal_data=args.with_personal_data,
                                           progress=_progress)
    count = len(dict.fromkeys(uuids + (part.dossier_uuids if part else [])))
    size = sum(f.size for f in manifest.files)
    what = f"đợt đề nghị và {count} hồ sơ" if part else f"{count} hồ sơ"
    print(f"\nĐã tạo gói {args.out}: {what}, {len(manifest.files)} tệp "
          f"({size / 1048576:.1f} MB), mã gói {manifest.package_id}.")
    if args.with_personal_data:
        print("Gói có số CCCD và số điện thoại của tác giả: chỉ gửi qua kênh tin cậy, xóa bản "
              "chép khi cấp trên đã nhận.")
    else:
        print("Gói không mang số CCCD và số điện thoại của tác giả (--with-personal-data để kèm).")
    return 0


def _import_package(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.exchange.import_plan import Resolution
    from sangkien_desktop.services.exchange.package_import import inspect_package
    from sangkien_desktop.services.exchange.package_merge import apply_plan, dry_run_report

    default = (Resolution.TAKE_THEIRS if args.take_theirs else
               Resolution.KEEP_BOTH if args.keep_both else Resolution.KEEP_MINE)
    with app.db.session() as session:
        plan = inspect_package(session, Path(args.file), app.attachments, _progress)
    if args.dry_run:
        report = dry_run_report(plan, default=default)
    else:
        # Checked first (a refused package costs no backup), then the data as it stood.
        report = unit_of_work.run(app, apply_plan, plan, app.attachments, default=default,
                                  campaigns=app.campaigns)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return 0
    head = "Thử (không ghi gì): " if report.dry_run else ""
    print(f"\n{head}gói {report.package_id} của “{report.sender or 'không rõ đơn vị'}”:")
    print(f"  {len(report.added)} mục mới; {len(report.unchanged)} mục đã có, giống hệt: bỏ qua.")
    for label, items in (("khác nội dung, giữ bản ở máy này", report.kept_mine),
                         ("khác nội dung, lấy bản nhận được", report.replaced),
                         ("khác nội dung, giữ cả hai", report.kept_both)):
        if items:
            print(f"  {len(items)} mục {label}:")
            for item in items:
                print(f"    {item.uuid}  {item.title}")
    print(f"  {report.documents} văn bản, {report.attachments} tệp đính kèm mới.")
    for note in report.notes:
        print(f"  Lưu ý: {note}")
    if report.kept_mine and not report.dry_run:
        print("  Dùng --take-theirs hoặc --keep-both, hoặc mở gói trong chương trình để chọn "
              "từng hồ sơ.")
    return 0
