"""The core never imports Qt, and data flows one way: gui → services → storage → domain."""

from __future__ import annotations

import ast
from pathlib import Path

import sangkien_desktop

PACKAGE = Path(sangkien_desktop.__file__).parent

# For each layer, the sibling layers it must never import.
FORBIDDEN = {
    "domain": ("storage", "services", "documents", "exchange", "gui", "cli"),
    "storage": ("services", "documents", "exchange", "gui", "cli"),
    "services": ("gui", "cli"),
    "documents": ("gui", "cli"),
    "exchange": ("gui", "cli"),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _core_files():
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] != "gui":
            yield rel, path


def test_core_never_imports_qt():
    offenders = [
        f"{rel}: {name}"
        for rel, path in _core_files()
        for name in _imports(path)
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
    ]
    assert offenders == []


def test_layers_import_one_way():
    offenders = []
    for rel, path in _core_files():
        layer = rel.parts[0] if len(rel.parts) > 1 else None
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] != "sangkien_desktop" or len(parts) < 2:
                continue
            if layer in FORBIDDEN and parts[1] in FORBIDDEN[layer]:
                offenders.append(f"{rel}: {name}")
    assert offenders == []


def test_layering_check_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sangkien_desktop.gui.app\n")
    assert "PySide6.QtCore" in _imports(bad)
    assert "sangkien_desktop.gui.app" in _imports(bad)
