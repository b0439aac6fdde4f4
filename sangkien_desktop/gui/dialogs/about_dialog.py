"""Help → Giới thiệu: version, where the data is, and the licences of what the program ships."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from sangkien_desktop import APP_NAME, __version__
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.licenses import Component, bundled_components
from sangkien_desktop.paths import DataLayout, portable_data_dir

from sangkien_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from sangkien_desktop.gui.labels import core_text

_COMPONENT = 0x0100  # Qt.UserRole: the Component behind a list item


def _folder_link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'


class AboutDialog(QDialog):
    def __init__(self, layout: DataLayout, parent: QWidget | None = None,
                 database: Message | str | None = None):
        super().__init__(parent)
        self.data_layout = layout
        # Which database is open (a shared one on a server, or the folder's file).
        self.database = database if database is not None else str(layout.database)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self._fill()
        self._connect()
        self.ui.componentsSplitter.setSizes([200, 300])
        first = self.ui.componentList.topLevelItem(0)
        if first is not None:
            self.ui.componentList.setCurrentItem(first)

    def _connect(self) -> None:
        ui = self.ui
        ui.dataDirLabel.linkActivated.connect(self.open_folder)
        ui.backupsDirLabel.linkActivated.connect(self.open_folder)
        ui.componentList.currentItemChanged.connect(lambda item, _old: self._show_license(item))
        ui.buttonBox.rejected.connect(self.reject)

    def _fill(self) -> None:
        ui = self.ui
        icon = self.windowIcon()
        ui.iconLabel.setPixmap(icon.pixmap(72, 72))
        ui.titleLabel.setText(f"<span style='font-size: 16pt; font-weight: 600'>{APP_NAME}</span>")
        ui.versionLabel.setText(__version__)
        data_text = _folder_link(self.data_layout.root)
        if portable_data_dir() == self.data_layout.root:
            data_text += " " + self.tr("(chế độ di động: dữ liệu nằm cạnh chương trình)")
        ui.dataDirLabel.setText(data_text)
        ui.backupsDirLabel.setText(_folder_link(self.data_layout.backups))
        ui.databaseLabel.setText(core_text(self.database))
        if isinstance(self.database, Message):  # a shared database on a server
            ui.descriptionLabel.setText(self.tr(
                "Quản lý hồ sơ sáng kiến cho công đoàn cơ sở. Dữ liệu dùng chung nằm trên máy "
                "chủ của cơ quan: máy này cần kết nối mạng tới máy chủ đó."))
        ui.runtimeLabel.setText(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PySide6.__version__}"
        )
        for component in bundled_components():
            item = QTreeWidgetItem([component.name, component.license])
            item.setData(0, _COMPONENT, component)
            ui.componentList.addTopLevelItem(item)
        ui.componentList.resizeColumnToContents(0)

    def _show_license(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.ui.licenseText.clear()
            return
        component: Component = item.data(0, _COMPONENT)
        header = [component.name, self.tr("Giấy phép: %1").replace("%1", component.license), component.url]
        if component.note:
            header.append(component.note)
        try:
            body = component.license_text()
        except OSError as exc:
            body = self.tr("Không đọc được toàn văn giấy phép: %1").replace("%1", str(exc))
        self.ui.licenseText.setPlainText("\n".join(header) + "\n\n" + body)
        self.ui.licenseText.moveCursor(self.ui.licenseText.textCursor().MoveOperation.Start)

    def open_folder(self, url: str) -> None:
        """Opens the folder in the file manager (creating it first, e.g. backups/ before the
        first backup, so that the link never leads nowhere)."""
        folder = Path(QUrl(url).toLocalFile())
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
