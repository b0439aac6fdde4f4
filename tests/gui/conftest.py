from __future__ import annotations

import pytest
from sqlalchemy.orm import close_all_sessions

from PySide6.QtCore import QCoreApplication, QSettings

from sangkien_desktop.services.context import open_app_data
from tests.gui.leftovers import close_windows_of

from sangkien_desktop.gui import language
from sangkien_desktop.gui.app import create_application


@pytest.fixture
def app_data(tmp_path, qapp, database_url):
    """The data of a window: a data folder of its own, and its database there (SQLite) or, in
    a test marked ``both_engines`` on its server run, a shared database on the test server."""
    create_application()
    # Keep window geometry and header state of tests out of the real user's settings.
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    QCoreApplication.setOrganizationName("sangkien_desktop_tests")
    language.install("vi")  # whatever the developer's own setting or SANGKIEN_LANG says
    data = open_app_data(tmp_path / "data", database=database_url)
    yield data
    close_windows_of(data)
    close_all_sessions()  # a server session left open would hold its locks past the test
    data.close()


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """A modal message box would wait forever offscreen (e.g. "save changes?" when a test's
    dirty editor is closed at teardown). Unless a test says otherwise, questions are answered
    "Discard" (or "No") and other boxes return at once; what was asked is recorded."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def question(_parent, title, text, buttons=QMessageBox.Yes | QMessageBox.No, *_a, **_k):
        asked.append((title, text))
        return QMessageBox.Discard if buttons & QMessageBox.Discard else QMessageBox.No

    monkeypatch.setattr(QMessageBox, "question", question)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, title, text, *a, **k: asked.append((title, text)))
    return asked
