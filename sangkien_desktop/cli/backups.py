"""Sub-commands on backups: take one, list them, restore one.

They run on the data folder without opening it first (``offline``): a restore must work when
the database is damaged, and a backup must copy the data as it is, before any upgrade.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sangkien_desktop.paths import DataLayout
    from sangkien_desktop.services.backup.backups import BackupInfo


def register(sub) -> None:
    b = sub.add_parser("backup", help="sao lưu dữ liệu và tệp đính kèm ngay (vào thư mục sao lưu)")
    b.add_argument("--out", metavar="FILE", help="ghi bản sao lưu ra tệp này thay vì thư mục sao lưu")

    r = sub.add_parser(
        "restore",
        help="khôi phục dữ liệu từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)",
    )
    r.add_argument("file", metavar="FILE", help="tệp sao lưu, hoặc tên một tệp trong thư mục sao lưu")

    ls = sub.add_parser("backups", help="liệt kê các bản sao lưu và nơi lưu dữ liệu")
    ls.add_argument("--json", action="store_true", help="in dạng JSON")

    register_check(sub)
    b.set_defaults(handler=_backup, offline=True)
    r.set_defaults(handler=_restore, offline=True)
    ls.set_defaults(handler=_list, offline=True)


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{max(n // 1024, 1)} KB"


def _describe(info: BackupInfo) -> str:
    return (
        f"{info.created_at:%d/%m/%Y %H:%M}  {info.reason_label}, {info.dossier_count} hồ sơ, "
        f"{_size(info.size)}"
    )


def _backup(layout: DataLayout, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import shared_database
    from sangkien_desktop.services.backup import backups

    out = Path(args.out).expanduser().resolve() if args.out else None
    choice = shared_database.choose(layout, getattr(args, "database", None))
    if choice.address is not None:  # a shared database: pg_dump, or the program's own export
        from sangkien_desktop.services.backup.server_backups import backup_server

        db = shared_database.open_shared(shared_database.with_password(choice.address))
        try:
            info = backup_server(layout, db, backups.Reason.MANUAL, out=out)
        finally:
            db.close()
    else:
        info = backups.backup_now(layout, backups.Reason.MANUAL, out=out)
    print(f"Đã sao lưu vào {info.path}")
    print(f"  {_describe(info)}")
    return 0


def _restore(layout: DataLayout, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.backup import restore

    path = Path(args.file).expanduser()
    if not path.exists():  # a name the list printed: in the backups folder, or an earlier one
        for folder in (layout.backups, *layout.earlier_backups()):
            if (folder / args.file).exists():
                path = folder / args.file
                break
    result = restore.restore_backup(layout, path.resolve())
    print(f"Đã khôi phục dữ liệu từ {result.restored.path}")
    print(f"  {_describe(result.restored)}")
    if result.safety is not None:
        print(f"Dữ liệu trước khi khôi phục được sao lưu tại {result.safety.path}")
    if result.damaged_moved:
        print(f"Cơ sở dữ liệu hỏng trước đó được chuyển vào {layout.backups}")
    return 0


def _list(layout: DataLayout, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.backup import backups

    found = backups.list_backups(layout)
    if args.json:
        rows = [
            {
                "file": str(i.path),
                "created_at": i.created_at.isoformat(timespec="seconds"),
                "reason": i.reason,
                "dossier_count": i.dossier_count,
                "schema_version": i.schema_version,
                "app_version": i.app_version,
                "size": i.size,
                "problem": i.problem,
                "earlier_folder": i.earlier,
            }
            for i in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"Thư mục dữ liệu: {layout.root}")
    print(f"Thư mục sao lưu: {layout.backups}")
    for info in found:
        if info.earlier:
            print(f"(thư mục cũ) {info.path}")
        if info.problem:
            print(f"{info.path.name}\n  HỎNG: {info.problem}")
        else:
            print(f"{info.path.name}\n  {_describe(info)}")
    print(f"— {len(found)} bản sao lưu")
    return 0


def register_check(sub) -> None:
    c = sub.add_parser(
        "check-database",
        help="kiểm tra dữ liệu (toàn vẹn, liên kết, chỉ mục tìm kiếm, tệp đính kèm, tệp thừa) "
        "và sửa những gì sửa được an toàn",
    )
    c.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và báo cáo, không sửa gì")
    c.add_argument("--json", action="store_true", help="in báo cáo dạng JSON")
    c.set_defaults(handler=_check)


def _check(app, args: argparse.Namespace) -> int:
    import sys

    from sangkien_desktop.services.backup import data_check

    def progress(step: data_check.CheckStep) -> None:
        if sys.stderr.isatty():
            print(f"\r{step.stage:<40} {step.done}/{step.total}", end="", file=sys.stderr)

    report = data_check.check_data(app.layout, app.db, repair=not args.dry_run,
                                   progress=progress, session=app.folder)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print(json.dumps({
            "dossiers": report.dossiers, "files": report.files,
            "moved_to": str(report.moved_to) if report.moved_to else None,
            "findings": [{"code": f.code, "severity": f.severity, "message": f.message,
                          "repaired": f.repaired, "details": list(f.details)}
                         for f in report.findings],
        }, ensure_ascii=False, indent=2))
    else:
        if app.read_only:
            print("Thư mục dữ liệu chỉ cho đọc: chỉ kiểm tra, không sửa gì.")
        print(f"Đã kiểm tra {report.dossiers} hồ sơ và {report.files} tệp đính kèm.")
        for f in report.findings:
            mark = "ĐÃ SỬA" if f.repaired else {"error": "LỖI", "warning": "LƯU Ý"}.get(
                f.severity, "")
            print(f"[{mark}] {f.message}")
            for line in f.details[:20]:
                print(f"    {line}")
            if len(f.details) > 20:
                print(f"    … và {len(f.details) - 20} mục nữa")
        if not report.findings:
            print("Không thấy vấn đề gì.")
    return 1 if report.problems_left else 0
