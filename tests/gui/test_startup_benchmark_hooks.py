"""benchmarks/startup.py reports its moments by wrapping the window's methods by name; a
method moved or renamed (the window's split into parts moved the unit filter's) made the
benchmark fail without any test noticing. This holds the names it wraps to the code."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "startup.py"


def _wrapped() -> list[tuple[str, str, str]]:
    """(module, class, method) for each method the benchmark's child script wraps."""
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    child = next(node.value for node in ast.walk(tree)
                 if isinstance(node, ast.Constant) and isinstance(node.value, str)
                 and "PATCHES = {" in node.value)
    script = ast.parse(child)
    patches = next(node.value for node in script.body if isinstance(node, ast.Assign)
                   and getattr(node.targets[0], "id", "") == "PATCHES")
    by_function = {ast.literal_eval(k): v.id for k, v in zip(patches.keys, patches.values, strict=True)}
    found = []
    for function in script.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        module = next((m for m, f in by_function.items() if f == function.name), None)
        if module is None:
            continue
        classes = {t.id: v.attr for node in ast.walk(function) if isinstance(node, ast.Assign)
                   for t, v in [(node.targets[0], node.value)]
                   if isinstance(t, ast.Name) and isinstance(v, ast.Attribute)
                   and getattr(v.value, "id", "") == "module"}
        for node in ast.walk(function):
            if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") in classes:
                found.append((module, classes[node.value.id], node.attr))
            if (isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple)
                    and all(isinstance(e, ast.Constant) for e in node.iter.elts)):
                [cls] = set(classes.values())
                found += [(module, cls, e.value) for e in node.iter.elts]
    return found


def test_every_method_the_startup_benchmark_wraps_exists():
    wrapped = _wrapped()
    missing = [(m, c, name) for m, c, name in wrapped
               if not hasattr(getattr(importlib.import_module(m), c), name)]
    assert missing == []
    assert ("sangkien_desktop.gui.main_window", "MainWindow", "_show_count") in wrapped
    assert ("sangkien_desktop.gui.list_filters", "ListFilters", "set_units") in wrapped
