"""The ``sangkien`` command: every job the window does in bulk, for scripts and smoke tests."""

from __future__ import annotations

import argparse
import os
import sys

from sangkien_desktop import __version__
from sangkien_desktop.cli import (
    backups,
    decisions,
    documents,
    dossiers,
    exchange,
    nominations,
    privacy,
    shared,
    spreadsheets,
)
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.services.context import AppData, open_app_data

# Each area of the program adds its sub-commands here: a module with register(subparsers),
# which sets a handler(app, args) -> exit code on each sub-parser it adds.
_AREAS = (dossiers, documents, decisions, nominations, spreadsheets, exchange, backups, privacy,
          shared)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sangkien",
        description="Sáng kiến Desktop — hồ sơ sáng kiến cho công đoàn cơ sở.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng, "
        "hoặc biến môi trường SANGKIEN_DATA_DIR)",
    )
    p.add_argument(
        "--database",
        metavar="URL",
        help="dữ liệu dùng chung trên máy chủ PostgreSQL, dạng postgresql://tên@máy:5432/csdl "
        "(mặc định: biến môi trường SANGKIEN_DATABASE_URL, rồi Cài đặt → Dữ liệu dùng chung, "
        "rồi dữ liệu trong thư mục dữ liệu)",
    )
    sub = p.add_subparsers(dest="command", metavar="LỆNH")

    g = sub.add_parser("gui", help="mở cửa sổ chương trình")
    g.add_argument(
        "--quit-after-load",
        action="store_true",
        help="thoát (mã 0) ngay khi danh sách hồ sơ đã hiện — để kiểm thử và đo thời gian khởi động",
    )
    g.add_argument("file", nargs="?", metavar="FILE.skpkg",
                   help="gói hồ sơ cần nhận: mở cửa sổ rồi mở hộp thoại nhận gói cho tệp này")

    for module in _AREAS:
        module.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 0
    if args.command == "gui":
        return _gui(args)
    if getattr(args, "offline", False):
        # Commands that must work when the database cannot be opened (restore after damage)
        # get the data folder's layout instead of an opened AppData.
        return _run_offline(args)
    try:
        app = _open(args)
    except (SangKienError, OSError) as exc:
        print(f"Lỗi: {_text(exc)}", file=sys.stderr)
        return 2
    for note in app.folder.notes if app.folder else []:
        print(f"Lưu ý: {note}", file=sys.stderr)
    try:
        return args.handler(app, args)
    except BrokenPipeError:
        # The reader went away (``sangkien list | head``): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (SangKienError, OSError) as exc:
        print(f"Lỗi: {_text(exc)}", file=sys.stderr)
        return 2
    finally:
        app.close()


def _open(args: argparse.Namespace) -> AppData:
    """The data, asking for the shared database's password at the terminal when the server
    refuses the login and none is stored (never when there is no terminal to ask at)."""
    try:
        return open_app_data(args.data_dir, database=args.database)
    except SangKienError as exc:
        if exc.code != "db_server_login" or not sys.stdin.isatty():
            raise
        who = f"{exc.params.get('user', '')} ({exc.params.get('server', '')})"
    import getpass

    password = getpass.getpass(f"Mật khẩu cho {who}: ")
    return open_app_data(args.data_dir, database=args.database, password=password)


def _run_offline(args: argparse.Namespace) -> int:
    from sangkien_desktop.paths import DataLayout, data_dir
    from sangkien_desktop.services.backup.data_folder import open_folder

    try:
        # The database stays unopened, but the folder is held open like any other process's,
        # so that no other one takes this one's work for a crash's leftovers.
        folder = open_folder(DataLayout(data_dir(args.data_dir)))
    except (SangKienError, OSError) as exc:
        print(f"Lỗi: {_text(exc)}", file=sys.stderr)
        return 2
    for note in folder.notes:
        print(f"Lưu ý: {note}", file=sys.stderr)
    try:
        return args.handler(folder.layout, args)
    except (SangKienError, OSError) as exc:
        print(f"Lỗi: {_text(exc)}", file=sys.stderr)
        return 2
    finally:
        folder.close()


def _text(exc: BaseException) -> str:
    """A core error's message; for a file the system refused, which file and the system's
    words (a full or read-only disk already arrives as a core error)."""
    if isinstance(exc, OSError) and not isinstance(exc, SangKienError):
        where = f"“{exc.filename}”" if exc.filename else "tệp"
        return f"không đọc hoặc ghi được {where} ({exc.strerror or exc})."
    return str(exc)


def _gui(args: argparse.Namespace) -> int:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "Không tìm thấy màn hình (biến DISPLAY chưa đặt), nên không mở được cửa sổ.\n"
            "No display found. Start a virtual display (Xvfb :99 & export DISPLAY=:99), "
            "set QT_QPA_PLATFORM=offscreen for a headless run, or use the command line: "
            "sangkien --help",
            file=sys.stderr,
        )
        return 2
    from sangkien_desktop.gui.app import run

    return run(data_dir=args.data_dir, quit_after_load=args.quit_after_load, open_file=args.file,
               database=args.database)


