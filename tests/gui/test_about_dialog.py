"""Help → Giới thiệu: version, data and backup folders that open, the bundled licences; the
application icon."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog

from sangkien_desktop import __version__

from sangkien_desktop.gui.dialogs import about_dialog
from sangkien_desktop.gui.dialogs.about_dialog import AboutDialog
from sangkien_desktop.gui.main_window import MainWindow


def _items(dialog) -> list[str]:
    tree = dialog.ui.componentList
    return [
        f"{tree.topLevelItem(i).text(0)} — {tree.topLevelItem(i).text(1)}"
        for i in range(tree.topLevelItemCount())
    ]


def _select(dialog, prefix: str) -> str:
    tree = dialog.ui.componentList
    row = next(i for i, text in enumerate(_items(dialog)) if text.startswith(prefix))
    tree.setCurrentItem(tree.topLevelItem(row))
    return dialog.ui.licenseText.toPlainText()


def test_help_about_opens_the_dialog(qtbot, app_data, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or QDialog.Accepted)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.ui.actionAbout.trigger()
    assert len(opened) == 1
    assert opened[0].data_layout.root == app_data.layout.root


def test_shows_version_folders_and_runtime(qtbot, app_data):
    dialog = AboutDialog(app_data.layout)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.versionLabel.text() == __version__
    assert str(app_data.layout.root) in ui.dataDirLabel.text()
    assert str(app_data.layout.backups) in ui.backupsDirLabel.text()
    assert "di động" not in ui.dataDirLabel.text()
    assert ui.runtimeLabel.text().startswith("Python 3.")
    assert "Qt 6." in ui.runtimeLabel.text()
    assert not ui.iconLabel.pixmap().isNull()


def test_lists_the_bundled_licences_with_their_texts(qtbot, app_data):
    dialog = AboutDialog(app_data.layout)
    qtbot.addWidget(dialog)
    items = _items(dialog)
    assert "Qt 6 and PySide6 (Qt for Python) — LGPL-3.0-only" in items
    for expected in ("SQLAlchemy — MIT", "python-docx — MIT", "ReportLab — BSD-3-Clause",
                     "openpyxl — MIT", "platformdirs — MIT", "Liberation Serif fonts — OFL-1.1"):
        assert expected in items
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in _select(dialog, "Qt 6")
    fonts = _select(dialog, "Liberation")
    assert "SIL Open Font License" in fonts and "Liberation" in fonts


def test_folder_links_open_the_folders(qtbot, app_data, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = AboutDialog(app_data.layout)
    qtbot.addWidget(dialog)
    backups = app_data.layout.backups
    backups.rmdir()  # not made yet: the link creates it rather than leading nowhere
    for label in (dialog.ui.dataDirLabel, dialog.ui.backupsDirLabel):
        href = label.text().split('href="', 1)[1].split('"', 1)[0]
        label.linkActivated.emit(href)
    assert [Path(url.toLocalFile()) for url in opened] == [app_data.layout.root, backups]
    assert all(isinstance(url, QUrl) and url.isLocalFile() for url in opened)
    assert backups.is_dir()


def test_portable_mode_is_named(qtbot, app_data, monkeypatch):
    monkeypatch.setattr(about_dialog, "portable_data_dir", lambda: app_data.layout.root)
    dialog = AboutDialog(app_data.layout)
    qtbot.addWidget(dialog)
    assert "chế độ di động" in dialog.ui.dataDirLabel.text()


def test_application_has_the_light_bulb_icon(app_data):
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
