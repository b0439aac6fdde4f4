"""The declared layers hold: data flows one way, nothing below gui imports Qt, no import cycles.

    gui, cli  →  services  →  storage, documents, exchange  →  support  →  domain

Every import counts: at module level or inside a function, absolute or relative, ``import a.b``
or ``from sangkien_desktop import storage``. The checker is proved on a copy of the package
with planted violations (the last tests), so a rule that stops seeing them fails too.
"""

from __future__ import annotations

import ast
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sangkien_desktop

PACKAGE = Path(sangkien_desktop.__file__).parent
ROOT_NAME = "sangkien_desktop"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

# Layer → the layers it may import besides itself (docs/architecture.md, "Layers").
ALLOWED: dict[str, frozenset[str]] = {
    "domain": frozenset(),
    "support": frozenset({"domain"}),
    "storage": frozenset({"support", "domain"}),
    "documents": frozenset({"support", "domain"}),
    "exchange": frozenset({"support", "domain"}),
    "services": frozenset({"storage", "documents", "exchange", "support", "domain"}),
    "cli": frozenset({"services", "support", "domain"}),
    "gui": frozenset({"services", "support", "domain"}),
}
# Only these may import Qt.
QT_LAYERS = frozenset({"gui"})
# Modules directly in the package, by layer: small helpers every layer may use (they import
# only the domain), and the entry point.
TOP_LEVEL: dict[str, str] = {
    "__init__": "support",  # APP_ID, APP_NAME, __version__
    "paths": "support",
    "resources": "support",
    "guide": "support",
    "licenses": "support",
    "sheets": "support",
    "safe_paths": "support",
    "atomic": "support",
    "__main__": "cli",
}
# Deliberate exceptions: (importing module, imported module) → why.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("sangkien_desktop.cli", "sangkien_desktop.gui.app"):
        "`sangkien gui` starts the window; imported inside the command, so the CLI stays Qt-free",
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the imported module (or package), fully qualified
    line: int


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([ROOT_NAME, *parts])


def modules(root: Path) -> dict[str, Path]:
    return {module_name(root, p): p for p in sorted(root.rglob("*.py"))}


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports(root: Path) -> Iterator[Import]:
    """Every import in the package, wherever it is written."""
    known = modules(root)
    for name, path in known.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield Import(name, alias.name, node.lineno)
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(name, is_package, node)
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    yield Import(name, sub if sub in known else base, node.lineno)


def layer_of(module: str) -> str | None:
    """The layer of a module of the package; None for a top-level module not classified."""
    parts = module.split(".")
    if len(parts) == 1:
        return TOP_LEVEL["__init__"]
    if parts[1] in ALLOWED:
        return parts[1]
    return TOP_LEVEL.get(parts[1])


def wrong_way(root: Path) -> list[str]:
    """Imports against the declared graph, Qt outside the GUI, unclassified modules."""
    found = []
    for name in modules(root):
        if layer_of(name) is None:
            found.append(f"{name}: not in a layer (classify it in TOP_LEVEL)")
    for imp in imports(root):
        mine = layer_of(imp.module)
        head = imp.target.split(".")[0]
        where = f"{imp.module}:{imp.line}: {imp.target}"
        if head in QT and mine not in QT_LAYERS:
            found.append(f"{where} (Qt below the GUI)")
        if head != ROOT_NAME or mine is None or (imp.module, imp.target) in EXCEPTIONS:
            continue
        theirs = layer_of(imp.target)
        if theirs is not None and theirs != mine and theirs not in ALLOWED[mine]:
            found.append(f"{where} ({mine} must not import {theirs})")
    return list(dict.fromkeys(found))


def cycles(root: Path) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (Tarjan)."""
    known = modules(root)
    graph: dict[str, set[str]] = {name: set() for name in known}
    for imp in imports(root):
        if imp.target in known and imp.target != imp.module:
            graph[imp.module].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return found


def _package_cycles(root: Path) -> list[list[str]]:
    # A package's __init__ that imports its own submodules is not a loop Python trips on.
    return [g for g in cycles(root)
            if not any(a != b and b.startswith(a + ".") for a in g for b in g)]


def test_layers_import_one_way():
    assert wrong_way(PACKAGE) == []


def test_no_import_cycles():
    assert _package_cycles(PACKAGE) == []


def test_every_layer_is_declared_and_exceptions_still_exist():
    assert {layer_of(m) for m in modules(PACKAGE)} <= set(ALLOWED)
    seen = {(i.module, i.target) for i in imports(PACKAGE)}
    assert set(EXCEPTIONS) <= seen, "an exception no longer needed: remove it"


# --- the checker, proved on planted violations ---------------------------------------------------
def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / ROOT_NAME
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__", "forms"))
    for rel, text in files.items():
        path = root / rel
        path.write_text(path.read_text(encoding="utf-8") + "\n" + text if path.exists() else text,
                        encoding="utf-8")
    return root


def test_the_checker_sees_every_kind_of_wrong_way_import(tmp_path):
    root = _plant(tmp_path, {
        "domain/dossier.py": "from sangkien_desktop import storage\n",
        "documents/fonts.py": "def f():\n    from ..services import papers\n",
        "exchange/portal.py": "def g():\n    import sangkien_desktop.documents.blocks\n",
        "storage/search.py": "from . import models\nfrom ..exchange import package\n",
        "cli/backups.py": "from PySide6.QtCore import QObject\n",
        "gui/labels.py": "from sangkien_desktop.storage import database\n",
        "services/papers.py": "from sangkien_desktop.cli import main\n",
        "stray.py": "X = 1\n",
    })
    found = "\n".join(wrong_way(root))
    for expected in (
        "sangkien_desktop.domain.dossier:", "(domain must not import storage)",
        "sangkien_desktop.documents.fonts:", "(documents must not import services)",
        "sangkien_desktop.exchange.portal:", "(exchange must not import documents)",
        "(storage must not import exchange)", "sangkien_desktop.cli.backups:", "(Qt below the GUI)",
        "(gui must not import storage)", "(services must not import cli)",
        "sangkien_desktop.stray: not in a layer",
    ):
        assert expected in found, (expected, found)
    # The relative import of a module of the same layer is fine.
    assert not [line for line in found.splitlines()
                if line.startswith("sangkien_desktop.storage.search:") and "storage.models" in line]
    assert wrong_way(_plant(tmp_path / "clean", {})) == []


def test_the_checker_sees_a_cycle_hidden_in_functions(tmp_path):
    root = _plant(tmp_path, {
        "services/settings.py": "def f():\n    from sangkien_desktop.services import catalog\n",
        "services/catalog.py": "def g():\n    from . import settings\n",
    })
    assert ["sangkien_desktop.services.catalog", "sangkien_desktop.services.settings"] in (
        _package_cycles(root))
