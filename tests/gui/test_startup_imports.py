"""The first paint needs the list, not the writers: keep heavy libraries out of start-up."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("reportlab", "docx", "openpyxl", "pypdf", "pypdfium2")


def test_opening_the_window_imports_no_document_or_spreadsheet_library():
    code = (
        "import sys\n"
        "import sangkien_desktop.cli, sangkien_desktop.gui.app, sangkien_desktop.gui.main_window\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
