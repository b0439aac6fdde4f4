"""In the window too, a package import and an Excel import each back up the data first; the
package is checked and merged off the GUI thread, and Cancel before the commit keeps nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from sangkien_desktop.services.backup import backups
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
    job = ImportPackageDialog.run(None, app_data, out)  # the officer cancels: no backup
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert job.result is not None and ImportPackageDialog.last_job is job
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


def test_cancel_during_the_merge_leaves_the_data_as_it_was(qtbot, app_data, tmp_path,
                                                           monkeypatch):
    import threading

    from sangkien_desktop.services.exchange import package_merge
    from tests.core.test_exchange_package import snapshot

    sender = open_app_data(tmp_path / "cdcs")
    uuid, _dossiers = nominate(sender)
    out = tmp_path / "goi.skpkg"
    export_nomination(sender, uuid, out)
    sender.close()
    before = snapshot(app_data)
    reached, go = threading.Event(), threading.Event()
    real = package_merge.iter_apply_plan

    def paused(*args, **kwargs):
        steps = real(*args, **kwargs)
        first = next(steps)  # one dossier merged (not committed), its files copied in
        reached.set()
        go.wait(30)
        yield first
        return (yield from steps)

    monkeypatch.setattr(package_merge, "iter_apply_plan", paused)
    monkeypatch.setattr(ImportPackageDialog, "exec", lambda self: QDialog.Accepted)
    done = []
    ImportPackageDialog.run(None, app_data, out, on_done=done.append)
    qtbot.waitUntil(lambda: reached.is_set(), timeout=60_000)
    job = ImportPackageDialog.last_job
    job.cancel()
    go.set()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=30_000)
    assert job.was_cancelled and not done
    assert snapshot(app_data) == before
