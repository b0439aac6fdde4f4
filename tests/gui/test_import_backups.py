"""In the window too, a package import and an Excel import each back up the data first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from sangkien_desktop.services import backups
from sangkien_desktop.services.context import open_app_data
from tests.core.test_nomination_package import export_nomination, nominate
from tests.gui.test_xlsx_import_dialog import GOOD, _sheet

from sangkien_desktop.gui.dialogs.import_package_dialog import ImportPackageDialog
from sangkien_desktop.gui.dialogs.xlsx_import_dialog import XlsxImportDialog


def test_the_package_dialog_backs_up_before_merging(qtbot, app_data, tmp_path, monkeypatch):
    sender = open_app_data(tmp_path / "cdcs")
    uuid, _dossiers = nominate(sender)
    out = tmp_path / "goi.skpkg"
    export_nomination(sender, uuid, out)
    sender.close()
    monkeypatch.setattr(ImportPackageDialog, "exec", lambda self: QDialog.Rejected)
    ImportPackageDialog.run(None, app_data, out)  # the officer cancels: no backup
    assert backups.list_backups(app_data.layout) == []
    monkeypatch.setattr(ImportPackageDialog, "exec", lambda self: QDialog.Accepted)
    done = []
    ImportPackageDialog.run(None, app_data, out, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert [b.reason for b in backups.list_backups(app_data.layout)] == ["package_import"]


def test_the_excel_dialog_backs_up_before_importing(qtbot, app_data, tmp_path):
    dialog = XlsxImportDialog(app_data, None, _sheet(tmp_path / "ds.xlsx", GOOD))
    qtbot.addWidget(dialog)
    assert backups.list_backups(app_data.layout) == []
    dialog.ui.importButton.click()
    assert dialog.imported == 2
    [backup] = backups.list_backups(app_data.layout)
    assert backup.reason == "import" and backup.dossier_count == 0
