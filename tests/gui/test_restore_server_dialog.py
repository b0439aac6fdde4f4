"""Sao lưu và khôi phục → Khôi phục on a shared database: the backup goes into an empty
database on the server, never over the one in use; asked once more, shown as it goes, said
plainly when it cannot be done, and nothing half-written. On the test server only (the window
on a data folder restores in place: test_backups_dialog.py)."""

from __future__ import annotations

import dataclasses
import os

import pytest
from sqlalchemy import text

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services import shared_database
from sangkien_desktop.services.backup import server_backups
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.database import open_database
from tests import server_tests

from sangkien_desktop.gui.dialogs.backups_dialog import BackupsDialog
from sangkien_desktop.gui.dialogs.restore_server_dialog import RestoreServerDialog

pytestmark = pytest.mark.both_engines
TITLES = ["Máy bóc vỏ lạc dùng động cơ cũ", "Đường ống dẫn nước tiết kiệm"]


@pytest.fixture
def shared(app_data):
    """A shared database with two dossiers, and a backup of it."""
    if app_data.db.server is None:
        pytest.skip("restoring into a server database: on the test server only")
    with app_data.db.session() as s:
        for title in TITLES:
            save_dossier(s, Dossier(title=title))
        s.commit()
    return app_data, app_data.backup()


@pytest.fixture
def empty():
    """An empty database the IT person made: its name."""
    name = f"sangkien_test_{os.getpid()}_khoiphuc"
    server_tests.new_database(name)
    yield name
    server_tests.drop_database(name)


@pytest.fixture
def answers(monkeypatch, _no_modal_boxes):
    """Says yes to the confirmation; what was asked and shown is in the list."""
    def question(_parent, title, text, *_a, **_k):
        _no_modal_boxes.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return _no_modal_boxes


_open: list[BackupsDialog] = []


@pytest.fixture(autouse=True)
def _let_go():
    yield
    _open.clear()


def _restore_dialog(qtbot, app_data, info) -> RestoreServerDialog:
    backups_dialog = BackupsDialog(app_data)
    qtbot.addWidget(backups_dialog)
    backups_dialog.ui.backupTable.selectRow(backups_dialog.backups.index(info))
    assert backups_dialog.ui.restoreButton.isEnabled()
    assert "không bị thay đổi" in backups_dialog.ui.restoreButton.toolTip()
    qtbot.mouseClick(backups_dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    dialog = backups_dialog.findChild(RestoreServerDialog)
    assert dialog is not None and dialog.isVisible()
    _open.append(backups_dialog)  # the restore dialog lives as long as its parent
    return dialog


def _run(qtbot, dialog: RestoreServerDialog, database: str):
    dialog.ui.databaseEdit.setText(database)
    job = dialog.start()
    if job is not None:
        qtbot.waitUntil(lambda: not job.is_running(), timeout=60000)
    return job


def _other(app_data, database: str):
    """The database ``database`` on the same server, with the same login."""
    return open_database(dataclasses.replace(app_data.db.server, database=database))


def _titles(app_data, database: str) -> list[str]:
    db = _other(app_data, database)
    try:
        with db.session() as s:
            return sorted(s.scalars(text("SELECT title FROM dossier")))
    finally:
        db.close()


def test_a_backup_goes_into_the_empty_database_asked_first(qtbot, shared, empty, answers):
    app_data, info = shared
    dialog = _restore_dialog(qtbot, app_data, info)
    # The open database's server and login are filled in; the empty one is to be named.
    assert dialog.ui.hostEdit.text() == app_data.db.server.host
    assert dialog.ui.userEdit.text() == app_data.db.server.user
    assert dialog.ui.databaseEdit.text() == ""
    assert "2 hồ sơ" in dialog.ui.backupLabel.text()
    backups_dialog = dialog.parent()
    assert backups_dialog.ui.dataFolderLabel.text().endswith(app_data.db.server.label)
    dialog.ui.useCheck.setChecked(True)
    job = _run(qtbot, dialog, empty)
    assert job is not None and job.error is None, job.error
    title, question = answers[0]
    assert f"/{empty}" in question and "không bị thay đổi" in question
    assert dialog.report is not None and dialog.report.rows["dossier"] == 2
    assert "Đã khôi phục" in answers[-1][1] and "Từ lần mở sau" in answers[-1][1]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _titles(app_data, empty) == sorted(TITLES)
    # This computer uses the restored database from its next start; the open one is as it was.
    assert shared_database.load_settings(app_data.layout).database == empty
    with app_data.db.session() as s:
        assert s.scalar(text("SELECT count(*) FROM dossier")) == 2


def test_no_to_the_question_restores_nothing(qtbot, shared, empty, _no_modal_boxes):
    app_data, info = shared
    dialog = _restore_dialog(qtbot, app_data, info)
    assert _run(qtbot, dialog, empty) is None  # the question was answered "No"
    assert "vào cơ sở dữ liệu trống" in _no_modal_boxes[-1][1]
    with server_tests.connect(server_tests.admin_url().rsplit("/", 1)[0] + f"/{empty}") as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_schema = 'public'").fetchone()[0] == 0


def test_a_database_that_is_not_empty_is_said_and_left_as_it_was(qtbot, shared, empty,
                                                                  answers):
    app_data, info = shared
    other = _other(app_data, empty)
    with other.session() as s:
        save_dossier(s, Dossier(title="Hồ sơ của đơn vị khác"))
        s.commit()
    other.close()
    dialog = _restore_dialog(qtbot, app_data, info)
    job = _run(qtbot, dialog, empty)
    assert job is not None and job.error is not None
    title, message = answers[-1]
    assert title == "Không khôi phục được"
    assert "đã có dữ liệu" in message and "được để nguyên" in message
    assert "đã có dữ liệu" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()  # another name can be typed and tried
    assert _titles(app_data, empty) == ["Hồ sơ của đơn vị khác"]


def test_pg_restore_missing_is_said_plainly(qtbot, shared, empty, answers, monkeypatch):
    app_data, info = shared
    if server_backups.find_tool("pg_dump") is None:
        pytest.skip("the backup was the program's own export (no pg_dump here)")
    real = server_backups.find_tool
    monkeypatch.setattr(server_backups, "find_tool",
                        lambda name: None if name == "pg_restore" else real(name))
    dialog = _restore_dialog(qtbot, app_data, info)
    job = _run(qtbot, dialog, empty)
    assert job is not None and job.error is not None
    assert "không có pg_restore" in answers[-1][1]


def test_the_open_database_and_a_missing_name_are_refused_at_the_field(qtbot, shared,
                                                                       _no_modal_boxes):
    app_data, info = shared
    dialog = _restore_dialog(qtbot, app_data, info)
    dialog.show()
    assert _run(qtbot, dialog, "") is None
    assert "tên cơ sở dữ liệu" in dialog.ui.errorLabel.text()
    assert dialog.focusWidget() is dialog.ui.databaseEdit
    assert _run(qtbot, dialog, app_data.db.server.database) is None
    assert "đang dùng chung" in dialog.ui.errorLabel.text()
    assert _no_modal_boxes == []  # refused before any question
