"""Copies the licence texts of the bundled components into resources/licenses/ (committed).

    .venv/bin/python packaging/collect_licenses.py

Reads resources/licenses/licenses.json; for each component whose text lives under licenses/,
writes that file from the licence files its installed distribution ships (the wheel's
License-File entries). Qt/PySide6 wheels ship none: their text is the GNU LGPL v3 with the GPL v3
it builds on, taken from the system's copy (/usr/share/common-licenses on Debian). Python's is
the LICENSE.txt of the running interpreter. Run it after adding a dependency.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import sys
import sysconfig
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
COMMON_LICENSES = Path("/usr/share/common-licenses")


def _special_sources(component_id: str) -> list[Path] | None:
    if component_id == "qt":
        return [COMMON_LICENSES / "LGPL-3", COMMON_LICENSES / "GPL-3"]
    if component_id == "python":
        return [Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"]
    return None


def _distribution_sources(names: list[str]) -> list[tuple[str, str]]:
    for name in names:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        declared = dist.metadata.get_all("License-File") or []
        # pypdfium2 also lists the licences of every PDFium build dependency per platform;
        # the top-level texts cover the package and PDFium itself.
        declared = [f for f in declared if not f.startswith("BUILD_LICENSES/")]
        found = []
        for file in dist.files or []:
            path = str(file)
            in_info = ".dist-info/" in path
            named = path.split(".dist-info/", 1)[-1].removeprefix("licenses/")
            if in_info and (named in declared or (not declared and _looks_like_licence(named))):
                found.append((f"{dist.metadata['Name']} {dist.version}: {named}", file.read_text()))
        if found:
            return found
    return []


def _looks_like_licence(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in ("licen", "copying", "notice", "authors"))


def collect() -> list[str]:
    data = json.loads((RESOURCES / "licenses" / "licenses.json").read_text(encoding="utf-8"))
    written, missing = [], []
    for component in data["components"]:
        if not component["text"].startswith("licenses/") or component.get("by_hand"):
            continue
        special = _special_sources(component["id"])
        if special is not None:
            parts = [(str(p), p.read_text(encoding="utf-8")) for p in special if p.is_file()]
        else:
            parts = _distribution_sources(component["distributions"])
        if not parts:
            missing.append(component["id"])
            continue
        text = "\n\n".join(
            body.strip() if len(parts) == 1 else f"==> {label} <==\n\n{body.strip()}"
            for label, body in parts
        )
        target = RESOURCES / component["text"]
        target.write_text(text + "\n", encoding="utf-8")
        written.append(component["text"])
    if missing:
        print(f"no licence text found for: {', '.join(missing)}", file=sys.stderr)
    return written


if __name__ == "__main__":
    for path in collect():
        print(f"resources/{path}")
