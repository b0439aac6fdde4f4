"""The core's user-facing Vietnamese text, found in its source with ``ast``, for translation.

The core (domain, services, exchange, storage) never imports Qt, so lupdate cannot see its
text. This module reads the core's source and collects what the GUI shows from it:

- messages of typed errors: the first argument (or ``message=``) of a call to ``…Error(…)``;
- findings of the dossier check: ``emit(rule, field, message, fix)`` and ``Finding(…)``;
- the other message carriers in ``MESSAGE_CALLS`` (import problems, nomination gaps, …);
- what the functions in ``MESSAGE_FUNCTIONS`` return (``Deadline.message``, ``_who``, …);
- the Vietnamese text a local variable holds when an f-string above puts that variable into
  a message (``what = "Chưa chọn …" if … else f"…"`` then ``emit(…, f"{what} (…)", …)``);
- label tables: module-level assignments named ``…_LABELS`` or listed in ``TABLES``.

A plain literal is collected as it is. An f-string becomes a template with ``%1``, ``%2``, …
where its values go ("Không tìm thấy cuộc họp {uuid}." → "Không tìm thấy cuộc họp %1."):
the GUI matches a message against the templates, translates the template and puts the
values back (``gui/labels.py: core_text``). A message assembled any other way (in a variable,
by ``+`` with a name, by ``.format``) is not collected and is shown in Vietnamese.

``write_module`` writes them all as ``QT_TRANSLATE_NOOP("core", …)`` into core_messages.py,
which lupdate reads like any other GUI source.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from sangkien_desktop.domain.messages import VIETNAMESE

PACKAGE = Path(__file__).resolve().parents[2]
CORE_PACKAGES = ("domain", "services", "exchange", "storage")
# Core modules whose text the GUI never shows (the CLI's history lines; the GUI has its own,
# gui/history_text.py).
SKIP_FILES = frozenset({"domain/change_log.py"})
CONTEXT = "core"
GENERATED = Path(__file__).resolve().parent / "core_messages.py"

# Callee name → positions of the arguments that carry text, and keywords that carry text.
MESSAGE_CALLS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "emit": ((2, 3), ("message", "fix")),
    "Finding": ((3, 4), ("message", "fix")),
    "Gap": ((1,), ("message",)),
    "Problem": ((3,), ("message",)),
    "problem": ((2,), ("message",)),
    "fail": ((0,), ("message",)),
    "_damaged": ((1,), ("detail",)),
}
# Functions whose returned text the GUI shows, or that word a value put into a message.
MESSAGE_FUNCTIONS = frozenset({"message", "format_count", "_who", "_decision"})
ERROR_POSITIONS = ((0,), ("message",))
# Module-level tables (besides every *_LABELS) whose Vietnamese strings the GUI shows.
TABLES = frozenset({"DISCLAIMER", "REQUIRED_FIELDS"})

_VIETNAMESE = re.compile(r"[À-ỹĐđ]")  # i18n: keep
_PLACEHOLDER = re.compile(r"%(\d+)")


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def template_of(node: ast.AST) -> str | None:
    """A literal's text, an f-string's template with %1…%n, or None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, number = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                number += 1
                parts.append(f"%{number}")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = template_of(node.left), template_of(node.right)
        if left is not None and right is not None:
            shift = len(_PLACEHOLDER.findall(left))
            right = _PLACEHOLDER.sub(lambda m: f"%{int(m[1]) + shift}", right)
            return left + right
    return None


def _call_texts(node: ast.Call) -> Iterator[ast.AST]:
    name = _callee(node)
    if name in MESSAGE_CALLS:
        positions, keywords = MESSAGE_CALLS[name]
    elif name.endswith("Error"):
        positions, keywords = ERROR_POSITIONS
    else:
        return
    for position in positions:
        if position < len(node.args):
            yield node.args[position]
    for keyword in node.keywords:
        if keyword.arg in keywords:
            yield keyword.value


def _table_texts(node: ast.AST) -> Iterator[ast.AST]:
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets = [node.target]
    names = [t.id for t in targets if isinstance(t, ast.Name)]
    if any(n.endswith("_LABELS") or n in TABLES for n in names):
        value = node.value
        if isinstance(value, ast.Dict):
            yield from (v for v in value.values if v is not None)
        else:
            yield from (n for n in ast.walk(value) if isinstance(n, (ast.Constant, ast.JoinedStr)))


def _branches(node: ast.AST) -> Iterator[ast.AST]:
    if isinstance(node, ast.IfExp):
        yield from _branches(node.body)
        yield from _branches(node.orelse)
    else:
        yield node


def _locals(scope: ast.AST) -> dict[str, list[ast.AST]]:
    """Name → the values assigned to it in ``scope`` (both branches of a conditional)."""
    found: dict[str, list[ast.AST]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found.setdefault(node.targets[0].id, []).extend(_branches(node.value))
    return found


def _with_fragments(nodes: Iterator[ast.AST], names: dict[str, list[ast.AST]],
                    seen: frozenset[str] = frozenset()) -> Iterator[ast.AST]:
    """The nodes, and the values of the local names they interpolate (and so on down)."""
    for node in nodes:
        yield node
        for part in ast.walk(node):
            if isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
                name = part.value.id
                if name in names and name not in seen:
                    yield from _with_fragments(iter(names[name]), names, seen | {name})


def texts_in(source: str) -> list[str]:
    """The texts in one module, each once, in order of appearance."""
    return list(dict.fromkeys(_texts_in(ast.parse(source))))


def _texts_in(tree: ast.Module) -> Iterator[str]:
    for node in tree.body:
        yield from _keep(_table_texts(node))
    scopes = [tree] + [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for scope in scopes:
        names = _locals(scope) if scope is not tree else {}
        body = scope.body if scope is tree else [scope]
        for node in (n for top in body for n in ast.walk(top)):
            if isinstance(node, ast.Call):
                yield from _keep(_with_fragments(_call_texts(node), names))
            elif isinstance(node, ast.FunctionDef) and node.name in MESSAGE_FUNCTIONS and scope is tree:
                returns = (b for n in ast.walk(node) if isinstance(n, ast.Return) and n.value
                           for b in _branches(n.value))
                yield from _keep(_with_fragments(returns, _locals(node)))


def _keep(nodes: Iterator[ast.AST]) -> Iterator[str]:
    for node in nodes:
        text = template_of(node)
        if text and _VIETNAMESE.search(_PLACEHOLDER.sub("", text)):
            yield text


def core_files() -> list[Path]:
    files = (p for sub in CORE_PACKAGES for p in (PACKAGE / sub).rglob("*.py"))
    return sorted(p for p in files if p.relative_to(PACKAGE).as_posix() not in SKIP_FILES)


def collect() -> list[str]:
    """Every core text, each once, in a stable order (file by file, then as found)."""
    seen: dict[str, None] = {}
    for path in core_files():
        for text in texts_in(path.read_text(encoding="utf-8")):
            seen.setdefault(text, None)
    return list(seen)


def render_module(texts: list[str], codes: Mapping[str, str] | None = None) -> str:
    """The generated module: every coded message of domain/messages (code as disambiguation)
    in a function lupdate reads and nobody calls, then the texts not yet given a code."""
    codes = VIETNAMESE if codes is None else codes
    lines = [
        '"""Generated by `python -m sangkien_desktop.gui.i18n update` from the core\'s source',
        "(see core_strings.py): the Vietnamese text the GUI shows from the core, for lupdate.",
        'Never edited by hand."""',
        "",
        "from PySide6.QtCore import QCoreApplication",
        "",
        "from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "",
        "",
        "def _coded() -> None:",
        '    """Never called: lupdate reads the core\'s messages here, one per code."""',
    ]
    lines += [f'    QCoreApplication.translate("{CONTEXT}", {_quote(text)}, {_quote(code)})'
              for code, text in sorted(codes.items())]
    lines += ["", "", "MESSAGES: tuple[str, ...] = ("]
    lines += [f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_quote(t)}),' for t in texts]
    lines += [")", ""]
    return "\n".join(lines)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write_module() -> bool:
    """Rewrites core_messages.py; True when it changed."""
    text = render_module(collect())
    old = GENERATED.read_text(encoding="utf-8") if GENERATED.exists() else ""
    if text != old:
        GENERATED.write_text(text, encoding="utf-8")
    return text != old
