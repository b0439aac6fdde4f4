"""The first paint needs the list, not the program: what start-up imports before the list is on
screen is Qt, sqlite3 and the list's own modules (gui/first_paint.py), and nothing else; and of
Qt, PySide builds neither its ``Qt`` namespace (but on the program's very first start) nor the
QStyle class before the paint (each is made, with every enum in it, when first used: about 20
and 6 ms)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.saving import save_dossier

HEAVY = ("reportlab", "docx", "openpyxl", "pypdf", "pypdfium2")

# What a bare PySide6 window with a table imports (the benchmark's reference), and sqlite3.
BARE = """
import sqlite3, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView())
QTimer.singleShot(0, app.quit); w.show(); app.exec()
print(sorted(sys.modules))
"""

# Starts the program as `sangkien --data-dir DIR gui` does and lists the modules at the moment
# the rest would start loading: right after the first paint of the list. The PySide classes
# built by then are those in its modules' dictionaries (PySide makes each when first used).
AT_FIRST_PAINT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sangkien_desktop import cli
from sangkien_desktop.gui import first_paint
seen = []
def start(self):
    import PySide6.QtCore, PySide6.QtWidgets
    seen.extend(sorted(sys.modules))
    seen.append(("Qt" in vars(PySide6.QtCore), "QStyle" in vars(PySide6.QtWidgets)))
    QTimer.singleShot(0, QApplication.instance().quit)
first_paint.RestLoader.start = start
cli.main(["--data-dir", sys.argv[1], "gui"])
print(seen)
"""

# What an earlier session leaves in the settings: the window's state with the "Việc cần làm"
# panel above the list, and the panel's height (the next start puts it there before painting).
EARLIER_SESSION = """
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow
from sangkien_desktop import APP_ID
from sangkien_desktop.gui.main_window import PANEL_HEIGHT_KEY, STATE_KEY
app = QApplication([])
QCoreApplication.setOrganizationName(APP_ID)
QCoreApplication.setApplicationName(APP_ID)
window = QMainWindow()
dock = QDockWidget(window)
dock.setObjectName("overviewDock")
window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
QSettings().setValue(STATE_KEY, window.saveState())
QSettings().setValue(PANEL_HEIGHT_KEY, 64)
print([])
"""

# The list's own modules: finding the data folder, checking the schema's version, the list's
# query, reader, model and labels, the window and its form, the status badges, the tool bar's
# icons, the overview's dock (empty until the overview comes), the interface language, and the
# fitting of every window to the screen (the main window's first show is fitted too).
LIST_MODULES = {
    "sangkien_desktop", "sangkien_desktop.cli", "sangkien_desktop.paths",
    "sangkien_desktop.resources",
    "sangkien_desktop.domain", "sangkien_desktop.domain.errors", "sangkien_desktop.domain.status",
    "sangkien_desktop.storage", "sangkien_desktop.storage.migrations",
    "sangkien_desktop.storage.dossier_summary",  # a step's statements: strings, nothing imported
    "sangkien_desktop.storage.search_key",
    "sangkien_desktop.services", "sangkien_desktop.services.campaign_files",
    "sangkien_desktop.services.dossiers", "sangkien_desktop.services.dossiers.list_query",
    "sangkien_desktop.gui", "sangkien_desktop.gui.app", "sangkien_desktop.gui.first_paint",
    "sangkien_desktop.gui.language", "sangkien_desktop.gui.labels", "sangkien_desktop.gui.i18n",
    "sangkien_desktop.gui.i18n.noop",
    "sangkien_desktop.gui.main_window", "sangkien_desktop.gui.forms",
    "sangkien_desktop.gui.forms.ui_main_window", "sangkien_desktop.gui.models",
    "sangkien_desktop.gui.models.dossier_table", "sangkien_desktop.gui.models.list_reader",
    "sangkien_desktop.gui.views", "sangkien_desktop.gui.views.status_badge",
    "sangkien_desktop.gui.views.overview_panel", "sangkien_desktop.gui.icons",
    "sangkien_desktop.gui.window_fit",
}
# Packages whose every module belongs to the list: the words of the core's messages (status
# names), and platformdirs, which says where the data folder is.
LIST_PACKAGES = ("sangkien_desktop.domain.messages", "platformdirs")
# Standard-library modules those need beyond the bare window: json reads the campaign files
# (the list shows campaign names), copy comes with platformdirs, gc is told not to collect
# before the first paint (cli: _gui).
LIST_STDLIB = {"json", "json.decoder", "json.scanner", "json.encoder", "_json", "copy", "gc"}


def _printed(code: str, *args: str, settings: Path | None = None) -> list:
    env = dict(os.environ)
    if settings is not None:  # the window's settings there, not in the developer's own
        env["XDG_CONFIG_HOME"] = str(settings)
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=True, env=env)
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def _modules(code: str, *args: str) -> set[str]:
    return set(_printed(code, *args))


def _allowed(name: str) -> bool:
    return (name in LIST_MODULES or name in LIST_STDLIB
            or any(name == p or name.startswith(p + ".") for p in LIST_PACKAGES))


@pytest.mark.parametrize("earlier", [False, True], ids=["first start", "with a saved window"])
def test_before_the_first_paint_only_qt_sqlite3_and_the_list_are_imported(tmp_path, qapp, earlier):
    data = open_app_data(tmp_path / "data")
    with data.db.session() as session:
        save_dossier(session, Dossier(title="Khuôn gá hàn ống", unit_name="Nhà máy A"))
        session.commit()
    data.close()
    settings = tmp_path / "settings"
    if earlier:
        _printed(EARLIER_SESSION, settings=settings)
        assert list(settings.rglob("*.conf"))
    *at_paint, (qt_namespace, qstyle) = _printed(AT_FIRST_PAINT, str(tmp_path / "data"),
                                                 settings=settings)
    at_paint = set(at_paint)
    assert "sangkien_desktop.gui.models.dossier_table" in at_paint  # the list was painted
    assert not qstyle
    if earlier:  # an officer's usual start; the very first one places the panel, with a Qt enum
        assert not qt_namespace
    beyond = sorted(m for m in at_paint - _modules(BARE) if not _allowed(m))
    assert beyond == [], f"imported before the first paint: {beyond}"
    # Spelled out, as these are what start-up used to wait for.
    for late in ("sqlalchemy", "sangkien_desktop.services.context", "sangkien_desktop.storage.database",
                 "sangkien_desktop.services.backup.backups", "sangkien_desktop.gui.backup_runner",
                 "sangkien_desktop.gui.i18n.core_messages", *HEAVY):
        assert late not in at_paint


def test_opening_the_window_imports_no_document_or_spreadsheet_library():
    code = (
        "import sys\n"
        "import sangkien_desktop.cli, sangkien_desktop.gui.app, sangkien_desktop.gui.main_window\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_pyside_s_import_hook_is_answered_from_the_file_as_pyside_answers_it():
    """gui/__init__.py answers PySide's question of every imported module ("does its source
    name PySide6?") from the file's bytes instead of inspect.getsource: this PySide still asks
    it (else the speed-up is gone unnoticed), and both answers agree, for modules that name
    PySide6 and modules that do not, a built-in one and one without a .py file."""
    import _sqlite3
    import json

    import sangkien_desktop.domain.status

    import sangkien_desktop.gui
    import sangkien_desktop.gui.main_window

    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    pyside_own = ours.pyside_own
    modules = (sangkien_desktop.gui.main_window, sangkien_desktop.gui, json,
               sangkien_desktop.domain.status, sys, _sqlite3)
    assert [ours(m) for m in modules] == [pyside_own(m) for m in modules] \
        == [True, True, False, False, False, False]
