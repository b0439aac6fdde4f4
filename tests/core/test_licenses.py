"""Every bundled component is listed with its licence (Help → Giới thiệu)."""

from __future__ import annotations

import importlib.metadata as md
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

from sangkien_desktop.licenses import Component, all_components, bundled_components
from sangkien_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements() -> list[Requirement]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [Requirement(r) for r in pyproject["project"]["dependencies"]]


def _listed() -> set[str]:
    return {_norm(d) for c in all_components() for d in c.distributions}


def test_every_runtime_dependency_has_an_entry():
    missing = [r.name for r in _runtime_requirements() if _norm(r.name) not in _listed()]
    assert missing == [], f"add to resources/licenses/licenses.json: {missing}"


def test_everything_the_dependencies_pull_in_has_an_entry():
    """What ships is the dependencies' dependencies too (lxml for python-docx, Pillow for
    reportlab, ...), as installed here with their markers evaluated."""
    seen, queue = set(), list(_runtime_requirements())
    while queue:
        requirement = queue.pop()
        name = _norm(requirement.name)
        if name in seen or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        dist = md.distribution(requirement.name)
        queue += [Requirement(r) for r in dist.requires or []]
    assert len(seen) > len(_runtime_requirements())
    missing = sorted(seen - _listed())
    assert missing == [], f"add to resources/licenses/licenses.json: {missing}"


def test_each_entry_has_its_licence_text():
    ids = [c.id for c in all_components()]
    assert len(ids) == len(set(ids))
    for component in all_components():
        assert component.license and component.url.startswith("https://")
        text = component.license_text()
        assert len(text) > 500, component.id


def test_the_required_licences():
    by_id = {c.id: c for c in all_components()}
    assert by_id["qt"].license == "LGPL-3.0-only"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in by_id["qt"].license_text()
    assert "Version 3" in by_id["qt"].license_text()
    fonts = by_id["liberation-fonts"]
    assert fonts.license == "OFL-1.1"
    assert resource_path(*fonts.text.split("/")) == resource_path("fonts", "LICENSE-LiberationFonts.txt")
    assert "SIL Open Font License" in fonts.license_text()
    for name, spdx in (
        ("sqlalchemy", "MIT"),
        ("python-docx", "MIT"),
        ("openpyxl", "MIT"),
        ("platformdirs", "MIT"),
        ("reportlab", "BSD-3-Clause"),
    ):
        assert by_id[name].license == spdx


def test_components_missing_from_this_copy_are_not_shown():
    absent = Component("x", "X", "MIT", "https://x", "licenses/python.txt", module="no_such_module_q9")
    assert not absent.present()
    shown = {c.id for c in bundled_components()}
    assert {"python", "qt", "sqlalchemy", "liberation-fonts"} <= shown
