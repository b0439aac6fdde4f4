"""The "Hồ sơ nhận từ đơn vị cấp dưới" screen: a CĐCS's nomination imported at the upper level
shows under the sending unit with its dossiers and the sender's decision; its papers open;
the nominations window offers the received dossiers."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.exchange.package_merge import import_package
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_nomination_package import CDCS, export_nomination, nominate
from tests.core.test_received import UPPER

from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog
from sangkien_desktop.gui.dialogs.received_dialog import ReceivedDialog
from sangkien_desktop.gui.main_window import MainWindow


@pytest.fixture
def received_here(app_data, tmp_path):
    return receive_a_nomination(app_data, tmp_path)


def receive_a_nomination(app_data, tmp_path) -> tuple[str, list[str]]:
    """A CĐCS's nomination of two dossiers, imported here at the upper level."""
    sender = open_app_data(tmp_path / "cdcs")
    uuid, dossiers = nominate(sender)
    out = tmp_path / "de-nghi.skpkg"
    export_nomination(sender, uuid, out)
    sender.close()
    with unit_of_work.session(app_data) as s:
        save_unit_profile(s, UPPER)
    unit_of_work.run(app_data, import_package, out, app_data.layout.attachments)
    return uuid, dossiers


def test_the_menu_entry_is_shown_and_opens_the_screen(qtbot, app_data, monkeypatch):
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.ui.actionReceived.isVisible()
    shown = []
    monkeypatch.setattr(ReceivedDialog, "exec", lambda self: shown.append(self) or 0)
    window.ui.actionReceived.trigger()
    assert len(shown) == 1 and "Chưa nhận" in shown[0].ui.summaryLabel.text()


def test_received_nominations_are_grouped_under_the_sender(qtbot, app_data, received_here,
                                                           monkeypatch):
    uuid, dossiers = received_here
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = ReceivedDialog(app_data)
    qtbot.addWidget(dialog)
    tree = dialog.ui.receivedTree
    assert tree.topLevelItemCount() == 1
    unit = tree.topLevelItem(0)
    assert unit.text(0) == CDCS.unit_name and "2 hồ sơ" in unit.text(1)
    nomination = unit.child(0)
    assert "01/TTr-CĐCS" in nomination.text(0) and "10/05/2022" in nomination.text(0)
    assert nomination.data(0, Qt.UserRole)[1] == uuid
    rows = [nomination.child(i) for i in range(nomination.childCount())]
    assert [r.data(0, Qt.UserRole)[1] for r in rows] == dossiers
    assert all("QĐ-CĐCS ngày 01/04/2022" in r.text(1) for r in rows)
    assert all(r.text(2) == "chưa đề nghị lên cấp trên" for r in rows)

    tree.setCurrentItem(nomination)
    papers = [dialog.ui.paperList.item(i).text() for i in range(dialog.ui.paperList.count())]
    assert papers == ["Tờ trình", "Bảng tổng hợp tóm tắt sáng kiến"]
    dialog.ui.openPaperButton.click()
    assert dialog.opened[-1].read_bytes().startswith(b"%PDF")
    assert opened[-1].toLocalFile() == str(dialog.opened[-1])

    tree.setCurrentItem(rows[0])
    assert dialog.ui.paperList.count() == 3
    dialog.ui.paperList.setCurrentRow(2)
    dialog.ui.openPaperButton.click()
    assert dialog.opened[-1].name.startswith("Quyết định")


def test_the_picker_offers_received_dossiers_with_their_sender(qtbot, app_data, received_here):
    _uuid, dossiers = received_here
    dialog = NominationsDialog(app_data)
    qtbot.addWidget(dialog)
    dialog.ui.campaignCombo.setCurrentIndex(
        dialog.ui.campaignCombo.findData("mot-trieu-sang-kien-2021-2023"))
    dialog.ui.newButton.click()
    listing = dialog.ui.candidateList
    assert listing.count() == 2
    assert all(CDCS.unit_name in listing.item(i).text() for i in range(2))
    listing.item(0).setSelected(True)
    dialog.ui.addButton.click()
    assert dialog.ui.itemsTable.rowCount() == 1
    assert dialog.current.dossier_uuids[0] in dossiers
