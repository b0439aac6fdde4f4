"""File association: ``SangKienDesktop FILE.skpkg`` and ``sangkien gui FILE.skpkg`` open the
window, then the import dialog for that file."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from PySide6.QtWidgets import QDialog

from sangkien_desktop import cli
from sangkien_desktop.services.context import open_app_data
from tests.core.test_nomination_package import export_nomination, nominate

from sangkien_desktop.gui import app as gui_app
from sangkien_desktop.gui.dialogs.import_package_dialog import ImportPackageDialog
from sangkien_desktop.gui.main_window import MainWindow

ENTRY = Path(__file__).parents[2] / "packaging" / "entry_gui.py"


def _entry_argv(args: list[str]) -> list[str]:
    return runpy.run_path(str(ENTRY), run_name="entry_gui")["_argv"](args)


@pytest.mark.parametrize(("args", "expected"), [
    ([], ["gui"]),
    (["C:\\Users\\An\\Downloads\\de-nghi.skpkg"],
     ["gui", "--", "C:\\Users\\An\\Downloads\\de-nghi.skpkg"]),
    (["--data-dir", "/d", "-psn_0_1234", "/tmp/a b.skpkg", "/tmp/other.skpkg"],
     ["--data-dir", "/d", "gui", "--", "/tmp/a b.skpkg"]),
    (["--quit-after-load"], ["gui", "--quit-after-load"]),
    (["--quit-when-ready"], ["gui", "--quit-when-ready"]),
])
def test_the_bundle_entry_passes_the_file_to_the_gui_command(args, expected):
    assert _entry_argv(args) == expected


def test_sangkien_gui_file_reaches_the_window(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr(gui_app, "run", lambda **kw: seen.update(kw) or 0)
    assert cli.main(["--data-dir", str(tmp_path), "gui", str(tmp_path / "goi.skpkg")]) == 0
    assert seen == {"data_dir": str(tmp_path), "quit_after_load": False,
                    "open_file": str(tmp_path / "goi.skpkg"), "quit_when_ready": False,
                    "database": None}
    assert cli.main(_entry_argv(["-dash-name.skpkg"])) == 0  # not taken for an option
    assert seen["open_file"] is None
    assert cli.main(_entry_argv(["/tmp/-dash.skpkg"])) == 0
    assert seen["open_file"] == "/tmp/-dash.skpkg"


@pytest.fixture
def package(tmp_path):
    sender = open_app_data(tmp_path / "cdcs")
    uuid, dossiers = nominate(sender)
    out = tmp_path / "de-nghi.skpkg"
    export_nomination(sender, uuid, out)
    sender.close()
    return out, dossiers


def test_run_opens_the_window_then_the_import_dialog(qtbot, app_data, package, monkeypatch):
    out, dossiers = package
    shown = []

    def exec_dialog(dialog):
        shown.append((dialog.plan, dialog.parent()))
        assert "Tờ trình 01/TTr-CĐCS, 2 hồ sơ" in dialog.ui.summaryLabel.text()
        return QDialog.Rejected

    def exec_app(_app):
        """The event loop of run(), until the import dialog has come up; the test's own
        QApplication must not quit (timers stop working after exec() returns)."""
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
        qtbot.waitUntil(lambda: not ImportPackageDialog.last_job.is_running())
        return 0

    monkeypatch.setattr(ImportPackageDialog, "exec", exec_dialog)
    monkeypatch.setattr(gui_app.QApplication, "exec", exec_app)
    root = str(app_data.layout.root)
    app_data.close()
    assert gui_app.run(data_dir=root, open_file=str(out)) == 0
    [(plan, parent)] = shown
    assert isinstance(parent, MainWindow) and parent.isVisible()
    assert plan.path == out and [i.uuid for i in plan.new if i.kind == "dossier"] == dossiers
    parent.close()
    parent.deleteLater()


def test_a_missing_file_is_explained(qtbot, app_data, tmp_path, _no_modal_boxes):
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.open_package(tmp_path / "khong-co.skpkg")
    title, text = _no_modal_boxes[-1]
    assert title == "Không nhận gói" and "khong-co.skpkg" in text
