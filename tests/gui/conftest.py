from __future__ import annotations

import pytest

from PySide6.QtCore import QCoreApplication, QSettings

from sangkien_desktop.services.context import open_app_data

from sangkien_desktop.gui.app import create_application


@pytest.fixture
def app_data(tmp_path, qapp):
    create_application()
    # Keep window geometry and header state of tests out of the real user's settings.
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "qsettings"))
    QCoreApplication.setOrganizationName("sangkien_desktop_tests")
    data = open_app_data(tmp_path / "data")
    yield data
    data.close()
