"""Sub-commands for Excel: import dossiers from a sheet, export the list, save the template."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sangkien_desktop.cli.choices import StatusChoices
from sangkien_desktop.domain.errors import InputError

if TYPE_CHECKING:
    from sangkien_desktop.paths import DataLayout
    from sangkien_desktop.services.context import AppData


def register(sub) -> None:
    i = sub.add_parser(
        "import-xlsx",
        help="nhập hồ sơ từ tệp Excel theo mẫu (mã thoát 1 nếu tệp có lỗi: khi đó không nhập gì)",
    )
    i.add_argument("file", metavar="FILE")
    i.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    i.add_argument("--json", action="store_true", help="in báo cáo từng dòng dạng JSON")

    e = sub.add_parser(
        "export-xlsx",
        help="xuất ra tệp Excel danh sách hồ sơ, bảng tổng hợp của một đợt đề nghị "
             "(--nomination) hoặc bảng tiến độ chỉ tiêu (--targets)",
    )
    e.add_argument("--out", required=True, metavar="FILE")
    which = e.add_mutually_exclusive_group()
    which.add_argument("--nomination", metavar="ID",
                       help="bảng tổng hợp tóm tắt sáng kiến của đợt đề nghị này")
    which.add_argument("--targets", metavar="CAMPAIGN",
                       help="bảng kết quả thực hiện chỉ tiêu của chương trình này")
    e.add_argument("--search", default="", metavar="TEXT", help="chỉ hồ sơ khớp từ tìm kiếm")
    e.add_argument("--status", choices=StatusChoices(), metavar="TRẠNG_THÁI",
                    help="một trong: %(choices)s")
    e.add_argument("--campaign", metavar="ID")
    e.add_argument("--all-versions", action="store_true",
                   help="danh sách hồ sơ: kể cả phiên bản cũ của hồ sơ đã đính chính (mặc định "
                   "chỉ phiên bản hiện hành, mỗi hồ sơ một dòng)")

    t = sub.add_parser("xlsx-template", help="lưu mẫu Excel để nhập hồ sơ")
    t.add_argument("--out", required=True, metavar="FILE")
    # light: the dry run reads the database without the ORM when it can (_dry_run_light).
    i.set_defaults(handler=_import, light=_dry_run_light)
    e.set_defaults(handler=_export)
    t.set_defaults(handler=_template)


def _report_json(report, dry_run: bool, campaigns) -> dict:
    from sangkien_desktop.services.exchange.xlsx_check import describe, vocabulary

    vocab = vocabulary(campaigns)

    def problem(p) -> dict:
        return {
            "row": p.row or None,
            "column": p.column or None,
            "header": p.header or None,
            "severity": p.severity,
            "code": p.code,
            "message": p.text,
        }

    return {
        "file": report.file_name,
        "sheet": report.sheet_name,
        "header_row": report.header_row,
        "dry_run": dry_run,
        "ok": not report.has_errors,
        "created": report.created,
        "would_create": 0 if report.has_errors else len(report.dossiers()),
        "problems": [problem(p) for p in report.problems],
        "rows": [
            {
                "row": r.row,
                "ok": r.ok,
                "creates": describe(r.dossier, vocab) if r.dossier else None,
                "uuid": r.dossier.uuid if r.dossier and report.created else None,
                "problems": [problem(p) for p in r.problems],
            }
            for r in report.rows
        ],
    }


def _dry_run_light(layout: DataLayout, args: argparse.Namespace) -> int | None:
    """The dry run on a database already at the latest schema, read through plain sqlite3:
    the ORM's import would cost more than checking the sheet (benchmarks/xlsx.py). None when
    it does not apply (no dry run, or a database to create or upgrade first)."""
    if not args.dry_run:
        return None
    from sangkien_desktop.services.exchange.xlsx_check import dry_run_read_only

    done = dry_run_read_only(layout, Path(args.file))
    if done is None:
        return None
    report, campaigns = done
    return _print_report(report, args, campaigns)


def _import(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.exchange.spreadsheets import (
        ImportRefusedError,
        dry_run,
        import_xlsx,
    )

    path = Path(args.file)
    if args.dry_run:
        with app.db.session() as session:
            report = dry_run(session, path, app.campaigns)
    else:
        try:  # backed up before the first write
            report = unit_of_work.run(app, import_xlsx, path, app.campaigns)
        except ImportRefusedError as exc:
            report = exc.report
    return _print_report(report, args, app.campaigns)


def _print_report(report, args: argparse.Namespace, campaigns) -> int:
    if args.json:
        print(json.dumps(_report_json(report, args.dry_run, campaigns), ensure_ascii=False, indent=2))
        return 1 if report.has_errors else 0
    print(f"Tệp {report.file_name}, trang “{report.sheet_name}”, dòng tiêu đề {report.header_row}.")
    for p in report.all_problems():
        mark = "LỖI" if p.severity == "error" else "lưu ý"
        print(f"  [{mark}] {p.text}")
    errors = len(report.errors)
    rows = len(report.rows)
    if errors:
        bad = sum(1 for r in report.rows if not r.ok)
        print(f"— {rows} dòng, {bad} dòng có lỗi, {errors} lỗi: chưa nhập hồ sơ nào.", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"— {rows} dòng hợp lệ: sẽ tạo {len(report.dossiers())} hồ sơ (chạy lại không có "
              "--dry-run để nhập).")
    else:
        print(f"— Đã nhập {report.created} hồ sơ.")
    return 0


def _export(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.dossiers.list_query import DossierQuery, SortKey
    from sangkien_desktop.services.exchange import spreadsheets

    if args.nomination or args.targets:
        if args.search or args.status or args.campaign or args.all_versions:
            raise InputError("--search, --status, --campaign và --all-versions chỉ dùng khi xuất "
                             "danh sách hồ sơ: bỏ chúng đi, hoặc bỏ --nomination/--targets.",
                             field="filter")
        return _export_table(app, args, spreadsheets)

    query = DossierQuery(
        search=args.search,
        status=args.status,
        campaign_id=args.campaign,
        sort=SortKey.CODE,
        descending=False,
    )
    with app.db.session() as session:
        count = spreadsheets.export_dossier_list(session, Path(args.out), app.campaigns, query,
                                                 all_versions=args.all_versions)
    print(f"Đã xuất {count} hồ sơ ra {args.out}.")
    return 0


def _export_table(app: AppData, args: argparse.Namespace, spreadsheets) -> int:
    out = Path(args.out)
    with app.db.session() as session:
        if args.nomination:
            count = spreadsheets.export_summary_table(session, args.nomination, app.campaigns, out)
            print(f"Đã xuất bảng tổng hợp ({count} sáng kiến) ra {out}.")
            return 0
        campaign = app.campaigns.get(args.targets)
        if campaign is None:
            raise InputError(f"Không có chương trình “{args.targets}”. Các chương trình: "
                             f"{', '.join(sorted(app.campaigns))}.", field="campaign")
        count = spreadsheets.export_achievement_table(session, campaign, out)
    print(f"Đã xuất bảng tiến độ chỉ tiêu ({count} đơn vị) ra {out}.")
    return 0


def _template(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.exchange.spreadsheets import save_template

    out = save_template(Path(args.out), app.campaigns)
    print(f"Đã lưu mẫu nhập hồ sơ ra {out}.")
    return 0
