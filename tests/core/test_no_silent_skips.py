"""No test skips itself because a dependency of the project seems missing: a declared
dependency (runtime or dev) is installed by `make test`, so its absence must fail loudly."""

from __future__ import annotations

import ast
import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def declared() -> set[str]:
    """Import names of every distribution pyproject.toml declares."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        requirements += extra
    names = {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower().replace("_", "-")
             for r in requirements}
    return {module for module, dists in packages_distributions().items()
            if any(d.lower().replace("_", "-") in names for d in dists)}


def skipped_imports() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "importorskip" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                found.append((path.name, node.lineno, str(node.args[0].value).split(".")[0]))
    return found


def test_no_importorskip_of_a_declared_dependency():
    modules = declared()
    assert {"pypdfium2", "jsonschema", "PySide6", "openpyxl"} <= modules
    wrong = [f"{name}:{line} importorskip({module!r})" for name, line, module in skipped_imports()
             if module in modules]
    assert not wrong, wrong
