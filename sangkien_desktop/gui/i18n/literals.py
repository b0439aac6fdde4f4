"""Finds Vietnamese text in the GUI's code that lupdate cannot see, so it would never be
translated: a literal passed to a widget without ``self.tr()``, or a translation call in a
form lupdate does not read (``cls.tr``, an alias of ``QT_TRANSLATE_NOOP``, a wrapper).

Only three forms are read by lupdate with the context the program uses at run time:
``self.tr("…")`` (the class name), ``QCoreApplication.translate("context", "…")`` and
``QT_TRANSLATE_NOOP("context", "…")``. A literal that must stay Vietnamese (a language's own
name, say) is marked with ``# i18n: keep`` on its line.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from sangkien_desktop.gui.i18n.catalogue import GUI_DIR

KEEP_MARK = "# i18n: keep"
_VIETNAMESE = re.compile(r"[À-ỹĐđ]")  # i18n: keep


@dataclass(frozen=True)
class Literal:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(GUI_DIR.parent.parent)}:{self.line}: {self.text[:60]!r}"


def _translating(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "QT_TRANSLATE_NOOP"
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return (func.attr, owner) in (("tr", "self"), ("translate", "QCoreApplication"))
    return False


def _docstrings(tree: ast.Module) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def untranslated_in(path: Path) -> list[Literal]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    covered = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _translating(node):
            covered.update(id(n) for arg in node.args for n in ast.walk(arg))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in covered and _VIETNAMESE.search(node.value)
                and KEEP_MARK not in lines[node.lineno - 1]):
            found.append(Literal(path, node.lineno, node.value))
    return sorted(found, key=lambda lit: lit.line)


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The text a translation call looks up: the first argument of ``tr``, the second of
    ``translate``; None for QT_TRANSLATE_NOOP (it marks, it does not look up)."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return None
    index = 0 if func.attr == "tr" else 1
    return call.args[index] if len(call.args) > index else None


def looked_up_core_text_in(path: Path) -> list[Literal]:
    """Translation calls that look up text read off another object (``self.tr(paper.label)``):
    what the core gives is a Message, translated by its code (gui/labels.core_text), or data
    shown as it is; the GUI's own catalogue never holds it. Text the GUI marked itself comes
    from its own QT_TRANSLATE_NOOP tables: a module constant (``COLUMNS[i][1]``), ``self.…``
    or a loop's name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _translating(node):
            text = _text_argument(node)
            if isinstance(text, (ast.Attribute, ast.Subscript)) and not _own_table(text):
                found.append(Literal(path, node.lineno, ast.unparse(node)))
    return sorted(found, key=lambda lit: lit.line)


def _own_table(node: ast.expr) -> bool:
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return isinstance(node, ast.Name) and (node.id == "self" or node.id.lstrip("_").isupper())


def gui_modules() -> list[Path]:
    """The GUI's hand-written modules (the forms are generated from ui/*.ui by uic, which
    wraps every text in QCoreApplication.translate)."""
    return sorted(p for p in GUI_DIR.rglob("*.py") if "forms" not in p.relative_to(GUI_DIR).parts)


def untranslated() -> list[Literal]:
    return [lit for path in gui_modules() for lit in untranslated_in(path)]


def looked_up_core_text() -> list[Literal]:
    return [lit for path in gui_modules() for lit in looked_up_core_text_in(path)]
