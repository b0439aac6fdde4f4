"""The ``sangkien`` command: every job the window does in bulk, for scripts and smoke tests."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

from sangkien_desktop import __version__
from sangkien_desktop.domain.errors import SangKienError

if TYPE_CHECKING:
    from sangkien_desktop.services.backup.data_folder import FolderSession
    from sangkien_desktop.services.context import AppData

# The window's command (``gui``) is read without importing the other areas (plain_gui_args):
# they load SQLAlchemy and the services, which the window loads after its first paint
# (gui/first_paint.py).

# Every command, in the order ``sangkien --help`` lists them, and the area of the program that
# adds it: a module sangkien_desktop.cli.<area> with register(subparsers), which adds its
# sub-parsers and sets a handler(app, args) -> exit code on each ("" is this module: the
# window). An area module imports only argparse and light domain values at its top: each
# handler imports what its command needs (tests/core/test_cli_imports.py).
#
# ``sangkien CMD …`` imports CMD's area alone and builds CMD's parser alone (_lone_parser);
# ``sangkien --help``, no command, and whatever the lone parser refuses are read by the whole
# parser, so every help and every message stays as it was. To add a command: its add_parser in
# its area's register, and its line here (tests/core/test_cli.py checks this table against
# what the areas add); a new area's module is named once, on its commands' lines.
COMMANDS: dict[str, str] = {
    "gui": "",
    "rebuild-index": "dossiers",
    "demo": "dossiers",
    "list": "dossiers",
    "export-json": "dossiers",
    "import-json": "dossiers",
    "check": "dossiers",
    "similar": "dossiers",
    "submit": "workflow",
    "withdraw-submission": "workflow",
    "withdraw-nomination": "workflow",
    "portal-unmark": "workflow",
    "overview": "overview",
    "settings": "unit_settings",
    "doc": "documents",
    "decisions": "decisions",
    "verify": "decisions",
    "decide": "decisions",
    "nominations": "nominations",
    "route": "nominations",
    "bundle": "nominations",
    "targets": "nominations",
    "import-xlsx": "spreadsheets",
    "export-xlsx": "spreadsheets",
    "xlsx-template": "spreadsheets",
    "portal-list": "exchange",
    "export-portal": "exchange",
    "portal-mark": "exchange",
    "export-package": "exchange",
    "import-package": "exchange",
    "backup": "backups",
    "restore": "backups",
    "backups": "backups",
    "check-database": "backups",
    "erase-person": "privacy",
    "program": "programs",
    "packs": "packs",
    "migrate-to": "shared",
    "restore-to": "shared",
    "database": "shared",
}


def _top_parser(parser_class: type[argparse.ArgumentParser] = argparse.ArgumentParser
                ) -> tuple[argparse.ArgumentParser, Any]:
    """The ``sangkien`` parser with its own options and no command yet; and its sub-parsers."""
    p = parser_class(
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
        "rồi dữ liệu trong thư mục dữ liệu); “local”: dữ liệu trong thư mục dữ liệu",
    )
    return p, p.add_subparsers(dest="command", metavar="LỆNH")


def _register(area: str) -> Callable[[Any], None]:
    if not area:
        return _register_window
    module = importlib.import_module(f"{__name__}.{area}")
    return module.register


def _parser() -> argparse.ArgumentParser:
    """The whole parser: every command, as ``sangkien --help`` lists them."""
    p, sub = _top_parser()
    for area in dict.fromkeys(COMMANDS.values()):
        _register(area)(sub)
    return p


def _register_window(sub) -> None:
    # The plain forms of this command are read by plain_gui_args, which must agree with it.
    g = sub.add_parser("gui", help="mở cửa sổ chương trình")
    g.add_argument(
        "--quit-after-load",
        action="store_true",
        help="thoát (mã 0) ngay khi danh sách hồ sơ đã hiện — để kiểm thử và đo thời gian khởi động",
    )
    g.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="thoát (mã 0) khi danh sách đã hiện và phần còn lại của chương trình đã nạp xong",
    )
    g.add_argument("file", nargs="?", metavar="FILE.skpkg",
                   help="gói hồ sơ cần nhận: mở cửa sổ rồi mở hộp thoại nhận gói cho tệp này")


class _Refused(Exception):
    """The lone parser cannot read the command line: the whole parser reads it instead."""


class _LoneParser(argparse.ArgumentParser):
    """A parser (and its sub-parsers) that hands what it refuses back instead of explaining it:
    its usage and choices would name only the one command."""

    def error(self, message: str) -> NoReturn:
        raise _Refused(message)


class _OneCommand:
    """The sub-parsers an area's register() is given when only ``name`` is wanted: that one is
    built, the others' add_parser answers a parser that keeps nothing."""

    def __init__(self, sub: Any, name: str):
        self._sub, self._name = sub, name

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._name:
            return self._sub.add_parser(name, **kwargs)
        return _Ignored()


class _Ignored:
    """Takes every call and attribute (add_argument, set_defaults, groups, sub-parsers) and
    keeps nothing."""

    def __getattr__(self, name: str) -> Any:
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        pass

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self


def _help_before(argv: list[str], end: int) -> bool:
    return any(a.startswith("-h") or (a.startswith("--h") and "--help".startswith(a.split("=")[0]))
               for a in argv[:end])


def _lone_parser(argv: list[str]) -> argparse.ArgumentParser | None:
    """A parser of the command that ``argv`` names and of nothing else (of no command when it
    names none: ``--version``), or None when the top-level help is asked for. Which word is the
    command is the parser's business (a word after ``--data-dir`` is its value): a guess it
    refuses sends the line to the whole parser."""
    n, area = next(((n, COMMANDS[a]) for n, a in enumerate(argv) if a in COMMANDS),
                   (len(argv), None))
    if _help_before(argv, n):
        return None
    p, sub = _top_parser(_LoneParser)
    if area is not None:
        _register(area)(_OneCommand(sub, argv[n]))
    return p


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line read as the whole parser reads it, building only what it names."""
    lone = _lone_parser(argv)
    if lone is not None:
        try:
            return lone.parse_args(argv)
        except _Refused:
            pass
    return _parser().parse_args(argv)


_GUI_FLAGS = {"--quit-after-load": "quit_after_load", "--quit-when-ready": "quit_when_ready"}


def plain_gui_args(argv: list[str]) -> argparse.Namespace | None:
    """``[--data-dir DIR] [--database URL] gui [--quit-after-load] [--quit-when-ready]
    [[--] FILE]`` read as ``_parser`` would, without building a parser (the window's start
    waits for every millisecond); None for anything else, which the parser then reads (or
    explains)."""
    found: dict[str, object] = {"data_dir": None, "database": None, "command": "gui",
                                "file": None, **{name: False for name in _GUI_FLAGS.values()}}
    args = iter(argv)
    for arg in args:
        if arg == "gui":
            break
        for option in ("--data-dir", "--database"):
            if arg == option or arg.startswith(option + "="):
                value = next(args, None) if arg == option else arg.partition("=")[2]
                if not value or value.startswith("-"):
                    return None
                found[option[2:].replace("-", "_")] = value
                break
        else:
            return None
    else:
        return None
    files: list[str] = []
    for arg in args:
        if arg in _GUI_FLAGS:
            found[_GUI_FLAGS[arg]] = True
        elif arg == "--":
            files += args
        elif arg.startswith("-"):
            return None
        else:
            files.append(arg)
    if len(files) > 1:
        return None
    found["file"] = files[0] if files else None
    return argparse.Namespace(**found)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    gui = plain_gui_args(argv)
    if gui is not None:
        return _gui(gui)
    args = parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 0
    if args.command == "gui":  # a form plain_gui_args leaves to the parser: --data DIR gui
        return _gui(args)
    if getattr(args, "offline", False):
        # Commands that must work when the database cannot be opened (restore after damage)
        # get the data folder's layout instead of an opened AppData.
        return _run_offline(args)
    folder = _open_folder(args)
    if folder is None:
        return 2
    light = getattr(args, "light", None)
    # A shared database (option, environment or this computer's settings) is opened the full
    # way: the light handlers read the folder's SQLite file through plain sqlite3.
    if light is not None and not folder.layout.may_be_shared(args.database):
        # A command that may do its work without the ORM (reading only): it answers None
        # when it cannot, and runs as usual.
        try:
            done = light(folder.layout, args)
        except BrokenPipeError:
            folder.close()
            return _pipe_closed()
        except (SangKienError, OSError) as exc:
            folder.close()
            print(f"Lỗi: {_text(exc)}", file=sys.stderr)
            return 2
        if done is not None:
            folder.close()
            return done
    try:
        app = _open(args, folder)
    except (SangKienError, OSError) as exc:
        print(f"Lỗi: {_text(exc)}", file=sys.stderr)
        return 2
    if (notice := app.db.journal_notice) is not None:
        print(f"Lưu ý: {notice}", file=sys.stderr)
    try:
        return args.handler(app, args)
    except BrokenPipeError:
        return _pipe_closed()
    except (SangKienError, OSError) as exc:
        print(f"Lỗi: {_text(exc)}", file=sys.stderr)
        return 2
    finally:
        app.close()


def _open(args: argparse.Namespace, folder: FolderSession) -> AppData:
    """The data, asking for the shared database's password at the terminal when the server
    refuses the login and none is stored (never when there is no terminal to ask at)."""
    from sangkien_desktop.services.context import open_app_data

    try:
        return open_app_data(folder=folder, database=args.database)
    except SangKienError as exc:
        if exc.code != "db_server_login" or not sys.stdin.isatty():
            raise
        who = f"{exc.params.get('user', '')} ({exc.params.get('server', '')})"
    import getpass

    # The failed attempt closed the folder: this one opens it again.
    password = getpass.getpass(f"Mật khẩu cho {who}: ")
    return open_app_data(args.data_dir, database=args.database, password=password)

def _pipe_closed() -> int:
    """The reader went away (``sangkien list | head``): stop quietly, as Unix tools do."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _open_folder(args: argparse.Namespace) -> FolderSession | None:
    """The data folder opened for this process, what opening it did told; None when it
    cannot be opened (the reason told)."""
    from sangkien_desktop.paths import DataLayout, data_dir
    from sangkien_desktop.services.backup.data_folder import open_folder

    try:
        folder = open_folder(DataLayout(data_dir(args.data_dir)))
    except (SangKienError, OSError) as exc:
        print(f"Lỗi: {_text(exc)}", file=sys.stderr)
        return None
    for note in folder.notes:
        print(f"Lưu ý: {note}", file=sys.stderr)
    return folder


def _run_offline(args: argparse.Namespace) -> int:
    # The database stays unopened, but the folder is held open like any other process's,
    # so that no other one takes this one's work for a crash's leftovers.
    folder = _open_folder(args)
    if folder is None:
        return 2
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
    import gc

    # Start-up allocates much and frees little: no garbage collection runs before the list is
    # painted (about a tenth of the time to the first paint); gui/app.py: run turns it on again.
    gc.disable()
    try:
        from sangkien_desktop.gui.app import run

        return run(data_dir=args.data_dir, quit_after_load=args.quit_after_load,
                   open_file=args.file, quit_when_ready=args.quit_when_ready,
                   database=args.database)
    finally:
        gc.enable()


