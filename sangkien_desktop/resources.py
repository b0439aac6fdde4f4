"""Where the shipped resources (fonts, campaigns, unit lists, templates) are found.

Three layouts: a source checkout (``resources/`` beside the package), an installed wheel or
a PyInstaller bundle (``resources/`` inside the package folder, or under ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from sangkien_desktop.domain.errors import DataFileError

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "campaigns").is_dir():
            return candidate
    raise DataFileError("resources_missing")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
