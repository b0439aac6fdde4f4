""""Gửi lên cấp trên" in the nominations window: the selected nomination becomes a .skpkg
written off the GUI thread; a draft is exported only when the officer says so."""

from __future__ import annotations

import json
import zipfile

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.core.test_nomination_package import nominate

from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog


def test_the_selected_nomination_is_sent_as_a_package(qtbot, app_data, tmp_path, monkeypatch,
                                                      _no_modal_boxes):
    uuid, dossiers = nominate(app_data)
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    assert dialog.ui.packageButton.isEnabled()
    out = tmp_path / "gui-goi"  # the extension is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.ui.packageButton.click()
    job = dialog.package_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert job.error is None
    written = tmp_path / "gui-goi.skpkg"
    assert dialog.last_package == written
    with zipfile.ZipFile(written) as zf:
        records = json.loads(zf.read("records.json"))
    assert records["nominations"][0]["uuid"] == uuid
    assert [d["uuid"] for d in records["dossiers"]] == dossiers
    # By default the authors' CCCD and phone stay here.
    assert records["withheld_personal_data"] == ["cccd", "phone"]
    assert not any("cccd" in a for d in records["dossiers"] for a in d["authors"])
    title, text = _no_modal_boxes[-1]
    assert title == "Gửi lên cấp trên" and str(written) in text
    assert "không mang số CCCD" in text
    # Ticked, they go (the upper level asked for them).
    assert dialog.ui.personalDataCheck.isEnabled() and not dialog.ui.personalDataCheck.isChecked()
    dialog.ui.personalDataCheck.setChecked(True)
    dialog.ui.packageButton.click()
    job = dialog.package_job
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    with zipfile.ZipFile(written) as zf:
        records = json.loads(zf.read("records.json"))
    assert "withheld_personal_data" not in records
    assert records["dossiers"][0]["authors"][0]["cccd"] == "045085123456"


def test_a_draft_is_sent_only_when_confirmed(qtbot, app_data, tmp_path, monkeypatch,
                                             _no_modal_boxes):
    nominate(app_data, send=False)
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    asked_file = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked_file.append(a) or (str(tmp_path / "x.skpkg"), ""))
    dialog.ui.packageButton.click()  # the question is answered "No"
    assert dialog.package_job is None and not asked_file
    assert "dự thảo" in _no_modal_boxes[-1][1]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog.ui.packageButton.click()
    job = dialog.package_job
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    assert (tmp_path / "x.skpkg").is_file() and asked_file
