"""Compiles ui/*.ui into gui/forms/ui_*.py with the uic that ships inside PySide6."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import PySide6

FORMS_DIR = Path(__file__).resolve().parent
UI_DIR = FORMS_DIR.parents[2] / "ui"


def uic_binary() -> Path:
    return Path(PySide6.__file__).parent / "Qt" / "libexec" / ("uic.exe" if sys.platform == "win32" else "uic")


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [str(uic_binary()), "-g", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return trim_qt_imports(without_qt_namespace(result.stdout))


# ``action.setShortcut(QCoreApplication.translate(...))`` as uic writes it.
_SHORTCUT = re.compile(r"^(\s*[\w.]+)\.setShortcut\((QCoreApplication\.translate\(.*\))\)$",
                       re.MULTILINE)


def without_qt_namespace(code: str) -> str:
    """Two of uic's calls written so that they need no ``Qt`` enum, to the same effect.

    PySide6 builds its ``Qt`` namespace, with every enum in it, the first time anything needs
    one: about 20 ms the main window's first paint would wait for (gui/main_window.py,
    tests/gui/test_startup_imports.py). uic names the area of every tool bar
    (``addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)``: ``addToolBar(bar)`` puts it on top as
    well), and ``setShortcut("Ctrl+N")`` picks its overload among some taking a Qt enum (the
    ``shortcut`` property takes the same text as it is).
    """
    code = code.replace("addToolBar(Qt.ToolBarArea.TopToolBarArea, ", "addToolBar(")
    return _SHORTCUT.sub(r'\1.setProperty("shortcut", \2)', code)


def trim_qt_imports(code: str) -> str:
    """Keeps only the Qt names the form uses in uic's ``from PySide6.X import (...)`` lists.

    uic imports some forty classes whatever the form holds, and PySide6 builds each imported
    class (with all its enums) on import: for the main window's form that is milliseconds
    the first paint of the list would wait for (gui/first_paint.py).
    """
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")):
            continue
        names = [alias.name for alias in node.names if alias.name in used]
        statement = ""
        if names:
            statement = "\n".join(textwrap.wrap(
                f"from {node.module} import ({', '.join(names)})", width=90,
                subsequent_indent="    ", break_long_words=False)) + "\n"
        assert node.end_lineno is not None
        lines[node.lineno - 1:node.end_lineno] = [statement]
    return "".join(lines)


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} → {target_for(ui_file).relative_to(FORMS_DIR.parents[2])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
