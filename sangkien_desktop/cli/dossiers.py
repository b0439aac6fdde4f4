"""Sub-commands on dossiers: demo data, list, JSON export/import and checks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sangkien_desktop.cli.choices import StatusChoices

if TYPE_CHECKING:
    from sangkien_desktop.paths import DataLayout
    from sangkien_desktop.services.context import AppData
    from sangkien_desktop.services.dossiers.list_query import DossierQuery, ListRow


def register(sub) -> None:
    r = sub.add_parser("rebuild-index", help="dựng lại chỉ mục tìm kiếm hồ sơ từ dữ liệu")
    r.set_defaults(handler=_rebuild_index)
    d = sub.add_parser("demo", help="tạo hồ sơ mẫu (dữ liệu giả lập, có thể lặp lại)")
    d.add_argument("--count", type=int, default=200, metavar="N")
    d.add_argument("--seed", type=int, default=1, metavar="S")

    ls = sub.add_parser("list", help="liệt kê hồ sơ")
    ls.add_argument("--json", action="store_true", help="in dạng JSON")
    ls.add_argument("--search", default="", metavar="TEXT", help="tìm không dấu, ví dụ “sang kien”")
    ls.add_argument("--status", choices=StatusChoices(), metavar="TRẠNG_THÁI",
                    help="một trong: %(choices)s")
    ls.add_argument("--campaign", metavar="ID")
    ls.add_argument("--bin", action="store_true", help="hồ sơ trong thùng rác")
    ls.add_argument("--old-versions", action="store_true",
                    help="hiện cả phiên bản cũ: bản đã công nhận mà nay đã có bản sửa đổi")
    ls.add_argument("--check", choices=("errors", "warnings"),
                    help="chỉ hồ sơ có lỗi (errors) hoặc có cảnh báo chưa xác nhận (warnings)")
    ls.add_argument("--limit", type=int, default=None, metavar="N")

    e = sub.add_parser("export-json", help="xuất hồ sơ ra tệp JSON")
    e.add_argument("--out", required=True, metavar="FILE")
    e.add_argument("ids", nargs="*", metavar="ID", help="mã định danh (uuid) hoặc mã hồ sơ")

    i = sub.add_parser("import-json", help="nhập hồ sơ từ tệp JSON")
    i.add_argument("file", metavar="FILE")

    c = sub.add_parser(
        "check",
        help="kiểm tra hồ sơ theo quy định của chương trình (mã thoát 1 nếu có lỗi)",
    )
    c.add_argument("--json", action="store_true", help="in dạng JSON")
    c.add_argument("ids", nargs="*", metavar="ID", help="mã định danh hoặc mã hồ sơ (mặc định: tất cả)")
    m = sub.add_parser(
        "similar",
        help="hồ sơ giống một hồ sơ nhất trong dữ liệu (không phân biệt dấu; bỏ qua tiêu đề mục "
        "của mẫu đơn và câu trích dẫn văn bản pháp luật)",
    )
    m.add_argument("id", metavar="ID", help="mã định danh hoặc mã hồ sơ")
    m.add_argument("--limit", type=int, default=10, help="số hồ sơ tối đa (mặc định 10)")
    m.add_argument("--min", type=int, default=None, metavar="PHẦN_TRĂM",
                   help="chỉ liệt kê hồ sơ giống từ mức này (mặc định: ngưỡng đã lưu trong cửa sổ So sánh với hồ sơ giống)")
    m.add_argument("--json", action="store_true", help="in dạng JSON")
    m.set_defaults(handler=_similar)
    d.set_defaults(handler=_demo)
    # light: a database already at the latest schema is listed through plain sqlite3.
    ls.set_defaults(handler=_list, light=_list_light)
    e.set_defaults(handler=_export_json)
    i.set_defaults(handler=_import_json)
    c.set_defaults(handler=_check)


def _demo(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.demo.demo_dossiers import create_demo

    with unit_of_work.session(app) as session:
        created = create_demo(session, args.count, args.seed, campaigns=app.campaigns)
    print(f"Đã tạo {created} hồ sơ mẫu trong {app.layout.root}.")
    return 0


def find_uuid(session, key: str) -> str:

    from sangkien_desktop.services.dossiers.dossier_rows import find_dossier

    return find_dossier(session, key)


def _rebuild_index(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.dossiers.search_index import rebuild_index

    with unit_of_work.session(app) as session:
        count = rebuild_index(session)
    print(f"Đã dựng lại chỉ mục tìm kiếm của {count} hồ sơ.")
    return 0


def _list_light(layout: DataLayout, args: argparse.Namespace) -> int | None:
    """The list read through plain sqlite3 (the SQL of list_query, as the window's list reads
    it), without loading SQLAlchemy or the services: most of what ``sangkien list`` would cost.
    None when the database is not ours at the latest schema, or does not read: the full way
    then creates, upgrades or explains it (a shared database never comes here: cli.main)."""
    if layout.restore_journal.exists():
        return None  # a restore a crash cut off: the full way finishes it first
    if args.check:
        return None  # the full way brings the kept checks up to date first
    from sangkien_desktop.services.dossiers.list_query import list_read_only

    rows = list_read_only(layout.database, _list_query(args), limit=args.limit)
    return None if rows is None else _print_list(rows, args)


def _list(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.dossiers.list_query import list_dossiers

    if args.check:
        app.refresh_checks()  # what the filter reads, up to date
    with app.db.session() as session:
        rows = list_dossiers(session, _list_query(args), limit=args.limit)
    return _print_list(rows, args)


def _list_query(args: argparse.Namespace) -> DossierQuery:
    from sangkien_desktop.services.dossiers.list_query import DossierQuery, SortKey

    return DossierQuery(
        search=args.search,
        status=args.status,
        campaign_id=args.campaign,
        in_bin=args.bin,
        old_versions=args.old_versions,
        check=args.check,
        sort=SortKey.CODE,
        descending=False,
    )


def _print_list(rows: list[ListRow], args: argparse.Namespace) -> int:
    from sangkien_desktop.domain.status import STATUS_LABELS, Status
    from sangkien_desktop.domain.values import format_date

    if args.json:
        out = [
            {
                "uuid": r.uuid,
                "code": r.code,
                "title": r.title,
                "solution_type": r.solution_type,
                "unit_name": r.unit_name,
                "lead_author": r.lead_author_name,
                "first_applied_on": r.first_applied_on.isoformat() if r.first_applied_on else None,
                "status": r.status,
                "campaign_id": r.campaign_id,
                "version": r.version,
                "superseded": r.superseded,
            }
            for r in rows
        ]
        import json

        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        status = STATUS_LABELS[Status(r.status)]
        # As in the window: a dossier with versions shows which one ("SK-2024-00001 · bản 2").
        code = f"{r.code} · bản {r.version}" if r.version > 1 or r.superseded else r.code
        print(
            f"{code:<14} {format_date(r.first_applied_on):<10}  {status:<20} "
            f"{r.title[:60]:<60}  {r.lead_author_name}"
        )
    print(f"— {len(rows)} hồ sơ")
    return 0


def _export_json(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.exchange.interchange import export_json

    with app.db.session() as session:
        uuids = [find_uuid(session, key) for key in args.ids] or None
        count = export_json(session, Path(args.out), uuids)
    print(f"Đã xuất {count} hồ sơ ra {args.out}.")
    return 0


def _import_json(app: AppData, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.exchange.interchange import import_json

    # Backed up before the first write: a refused file, or one bringing nothing new, takes none.
    report = unit_of_work.run(app, import_json, Path(args.file), app.attachments,
                              campaigns=app.campaigns)
    print(
        f"Đã nhập {len(report.added)} hồ sơ mới; {len(report.unchanged)} hồ sơ đã có, giống hệt; "
        f"{len(report.conflicts)} hồ sơ đã có nhưng khác nội dung (giữ nguyên bản đang có)."
    )
    for uuid in report.conflicts:
        print(f"  khác nội dung: {uuid}")
    for missing in report.missing_files:
        print(f"  thiếu tệp đính kèm: {missing}")
    return 0


def _similar(app: AppData, args: argparse.Namespace) -> int:
    import json
    import sys

    from sangkien_desktop.domain.values import format_date
    from sangkien_desktop.services import similarity, unit_of_work
    from sangkien_desktop.services.dossiers import checks
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

    if args.min is not None and not 0 <= args.min <= 100:
        print("Lỗi: --min phải từ 0 đến 100 (phần trăm).", file=sys.stderr)
        return 2
    with unit_of_work.session(app) as session:
        dossier = get_dossier(session, find_uuid(session, args.id))
        similarity.ensure_index(session)
        limits = similarity.thresholds(session)
        minimum = limits.show if args.min is None else args.min
        found = similarity.top_matches(session, dossier, limit=max(args.limit, 1),
                                       minimum=minimum / 100)
        recognised = checks.recognised_on(session, [m.uuid for m in found])
    if args.json:
        print(json.dumps([{
            "uuid": m.uuid, "code": m.code, "title": m.title, "unit_name": m.unit_name,
            "status": m.status, "percent": m.percent, "warn": m.percent >= limits.warn,
            "recognised_on": recognised[m.uuid].isoformat() if m.uuid in recognised else None,
        } for m in found], ensure_ascii=False, indent=2))
        return 0
    print(f"{dossier.code}  {dossier.title}")
    if not found:
        print(f"  Không có hồ sơ nào giống từ {minimum} % trở lên.")
    for m in found:
        mark = "⚠" if m.percent >= limits.warn else " "
        when = f"  (công nhận ngày {format_date(recognised[m.uuid])})" if m.uuid in recognised else ""
        print(f"  {mark} {m.percent:3d} %  {m.code}  {m.title}  [{m.unit_name}]{when}")
    return 0


def _check(app: AppData, args: argparse.Namespace) -> int:

    from sangkien_desktop.domain.validation import SEVERITY_LABELS
    from sangkien_desktop.services.dossiers import checks
    from sangkien_desktop.services.dossiers.dossier_rows import get_dossier, live_uuids

    results = []
    any_error = False
    with app.db.session() as session:
        if args.ids:
            uuids = [find_uuid(session, key) for key in args.ids]
        else:
            uuids = live_uuids(session)
        for uuid in uuids:
            dossier = get_dossier(session, uuid)
            report = checks.check(session, dossier, app.campaigns, app.attachments)
            acks = checks.acknowledgements(session, uuid)
            acknowledged = {f.key for f, _a in report.acknowledged(acks)}
            any_error = any_error or report.has_errors
            results.append((dossier, report, acknowledged))
    if args.json:
        out = [
            {
                "uuid": d.uuid,
                "code": d.code,
                "title": d.title,
                "rules_version": r.rules_version,
                "has_errors": r.has_errors,
                "findings": [
                    {
                        "rule_id": f.rule_id,
                        "severity": f.severity.value,
                        "field": f.field,
                        "message": f.message,
                        "fix": f.fix,
                        "source": f.source,
                        "ref": f.ref,
                        "acknowledged": f.key in acked,
                    }
                    for f in r.findings
                ],
            }
            for d, r, acked in results
        ]
        import json

        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for d, r, acked in results:
            print(f"{d.code}  {d.title}  [{r.rules_version}]")
            if not r.findings:
                print("    không có lỗi hay cảnh báo")
            for f in r.findings:
                mark = " (đã xác nhận bỏ qua)" if f.key in acked else ""
                print(f"    {SEVERITY_LABELS[f.severity]:<9} {f.rule_id:<28} {f.field}{mark}")
                print(f"        {f.message}")
                print(f"        Cách sửa: {f.fix}")
                print(f"        Căn cứ: {f.source}")
        errors = sum(len(r.errors) for _d, r, _a in results)
        warnings = sum(len(r.warnings) for _d, r, _a in results)
        print(f"— {len(results)} hồ sơ; {errors} lỗi, {warnings} cảnh báo.")
    return 1 if any_error else 0
