"""Sub-commands for a shared database on a PostgreSQL server: move a data folder onto one,
restore a backup into an empty one, and say which database the program opens."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sangkien_desktop.domain.errors import SangKienError

if TYPE_CHECKING:
    from sangkien_desktop.paths import DataLayout
    from sangkien_desktop.services.shared_database import ServerAddress


def register(sub) -> None:
    m = sub.add_parser(
        "migrate-to",
        help="chép toàn bộ dữ liệu của thư mục dữ liệu (SQLite) vào một cơ sở dữ liệu "
        "PostgreSQL trống, rồi kiểm tra bản chép; thư mục dữ liệu giữ nguyên",
    )
    m.add_argument("url", metavar="URL", help="postgresql://tên_đăng_nhập@máy_chủ:5432/tên_csdl")
    m.add_argument("--use", action="store_true",
                   help="sau khi chép xong, dùng cơ sở dữ liệu đó trên máy này từ lần mở sau")
    r = sub.add_parser(
        "restore-to",
        help="khôi phục một bản sao lưu vào một cơ sở dữ liệu PostgreSQL trống",
    )
    r.add_argument("url", metavar="URL", help="postgresql://tên_đăng_nhập@máy_chủ:5432/tên_csdl")
    r.add_argument("file", metavar="FILE", help="tệp sao lưu (.zip)")
    w = sub.add_parser("database", help="cho biết chương trình đang dùng dữ liệu nào")
    m.set_defaults(handler=_migrate_to, offline=True)
    r.set_defaults(handler=_restore_to, offline=True)
    w.set_defaults(handler=_which)


def _address(url: str) -> ServerAddress:
    from sangkien_desktop.services import shared_database

    return shared_database.address_of(url)


def _migrate_to(layout: DataLayout, args: argparse.Namespace) -> int:
    from sangkien_desktop.services import shared_database
    from sangkien_desktop.services.backup.server_backups import move_folder_to_server

    address = _address(args.url)
    print(f"Đang chép {layout.root} lên {address.label} ...")
    report = move_folder_to_server(
        layout, address, lambda table, n: print(f"  {table}: {n} bản ghi"))
    print(f"Đã chép {sum(report.rows.values())} bản ghi và {report.attachments} tệp đính kèm; "
          "số bản ghi và mã băm từng bảng khớp với dữ liệu gốc.")
    print(f"Thư mục dữ liệu {layout.root} giữ nguyên.")
    if args.use:
        shared_database.save_settings(layout, shared_database.SharedSettings(
            host=address.host, database=address.database, user=address.user,
            port=address.port, sslmode=dict(address.options).get("sslmode", "")))
        print("Từ lần mở sau, máy này dùng dữ liệu dùng chung trên máy chủ.")
    else:
        print("Để dùng dữ liệu trên máy chủ: Cài đặt → Dữ liệu dùng chung, hoặc "
              f"sangkien --database {address.url} ...")
    return 0


def _restore_to(layout: DataLayout, args: argparse.Namespace) -> int:
    from sangkien_desktop.services.backup.server_backups import restore_into_server

    path = Path(args.file).expanduser()
    if not path.exists() and (layout.backups / args.file).exists():
        path = layout.backups / args.file
    if not path.is_file():
        raise SangKienError("backup_not_found", path=path)
    report = restore_into_server(path.resolve(), _address(args.url))
    how = "pg_restore" if report.method == "pg_restore" else "chép từng bản ghi"
    print(f"Đã khôi phục {path.name} vào {report.server} ({how}): "
          f"{report.rows.get('dossier', 0)} hồ sơ, {report.attachments} tệp đính kèm.")
    return 0


def _which(app, _args: argparse.Namespace) -> int:
    db = app.db
    print(f"Dữ liệu: {db.label}")
    if db.server is not None:
        print(f"Người dùng ghi vào lịch sử: {db.user}")
    print(f"Chỉ đọc: {'có' if db.read_only else 'không'}")
    print(f"Thư mục dữ liệu trên máy này: {app.layout.root}")
    return 0
