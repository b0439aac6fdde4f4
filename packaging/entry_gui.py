"""The bundle's windowed program (``SangKienDesktop``): opens the window, no console.

What the Start-menu entry and the file association start. It takes the window's own options
(``--data-dir DIR``, ``--quit-after-load``, ``--quit-when-ready``) and a file name passed by the file association (an
exchange package, ``.skpkg``): the window opens, then the import dialog for that file.
"""

import argparse
import multiprocessing
import sys

from sangkien_desktop.cli import main


def _argv(args: list[str]) -> list[str]:
    p = argparse.ArgumentParser(prog="SangKienDesktop", add_help=False)
    p.add_argument("--data-dir")
    p.add_argument("--quit-after-load", action="store_true")
    p.add_argument("--quit-when-ready", action="store_true")
    known, rest = p.parse_known_args(args)
    argv = ["--data-dir", known.data_dir] if known.data_dir else []
    argv.append("gui")
    if known.quit_after_load:
        argv.append("--quit-after-load")
    if known.quit_when_ready:
        argv.append("--quit-when-ready")
    # Explorer and xdg-open pass one file (%1, %f); other unknown options are ignored.
    files = [a for a in rest if not a.startswith("-")]
    if files:
        argv += ["--", files[0]]
    return argv


if __name__ == "__main__":
    # A worker process drawing papers for a big package (services.exchange.paper_render) is this
    # same executable started again: freeze_support hands it over to the worker code at once.
    multiprocessing.freeze_support()
    raise SystemExit(main(_argv(sys.argv[1:])))
