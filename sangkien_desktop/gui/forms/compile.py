"""Compiles ui/*.ui into gui/forms/ui_*.py with the uic that ships inside PySide6."""

from __future__ import annotations

import subprocess
import sys
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
    return result.stdout


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} → {target_for(ui_file).relative_to(FORMS_DIR.parents[2])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
