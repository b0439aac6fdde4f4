"""Hồ sơ nhận từ đơn vị cấp dưới: the nominations lower units sent up, grouped per sending
unit, each with its dossiers, the sender's decision that recognised them, what this unit did
with them, and the papers that came with them (opened in the system's PDF viewer)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.exchange import received

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.forms.ui_received_dialog import Ui_ReceivedDialog
from sangkien_desktop.gui.labels import core_text, exception_text

GAP_COLOUR, DONE_COLOUR = QColor("#b3261e"), QColor("#1b6e20")
UNIT, NOMINATION, DOSSIER = "unit", "nomination", "dossier"


class ReceivedDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_ReceivedDialog()
        self.ui.setupUi(self)
        self.units: list[received.SendingUnit] = []
        self.papers: list[received.ReceivedPaper] = []
        self.opened: list[Path] = []  # copies handed to the viewer, for the tests
        self.changed = False
        self._folder: Path | None = None
        header = self.ui.receivedTree.header()
        header.resizeSection(0, 400)
        header.resizeSection(1, 250)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setSizes([850, 250])
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.receivedTree.currentItemChanged.connect(lambda *_: self._show_papers())
        ui.paperList.itemDoubleClicked.connect(lambda _i: self.open_paper())
        ui.paperList.currentRowChanged.connect(lambda _r: self._update_buttons())
        ui.openPaperButton.clicked.connect(self.open_paper)
        ui.importButton.clicked.connect(self.import_package)
        ui.nominateButton.clicked.connect(self.open_nominations)
        ui.closeButton.clicked.connect(self.accept)

    # --- the tree ---------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.app_data.db.session() as session:
            self.units = received.received_by_unit(session)
        tree = self.ui.receivedTree
        tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for unit in self.units:
            top = QTreeWidgetItem([unit.name, counts.fill(self.tr("%1, %2"),
                                                          counts.nominations(len(unit.nominations)),
                                                          counts.dossiers(unit.dossier_count)), ""])
            top.setFont(0, bold)
            top.setToolTip(0, unit.parent)
            top.setData(0, Qt.ItemDataRole.UserRole, (UNIT, unit.name, ""))
            tree.addTopLevelItem(top)
            for nomination in unit.nominations:
                top.addChild(self._nomination_item(nomination))
            top.setExpanded(True)
        count = sum(u.dossier_count for u in self.units)
        if self.units:
            text = counts.fill(self.tr(
                "%1 đã gửi %2 với %3. Chọn một đợt hoặc một hồ sơ để xem văn bản đi kèm; hồ sơ "
                "đã được đơn vị gửi công nhận có thể đưa vào đợt đề nghị của đơn vị này lên cấp "
                "trên."), counts.units(len(self.units)),
                counts.nominations(sum(len(u.nominations) for u in self.units)), counts.dossiers(count))
        else:
            text = self.tr("Chưa nhận gói đề nghị nào của đơn vị cấp dưới. Bấm “Nhận gói hồ "
                           "sơ…” để mở tệp .skpkg đơn vị cấp dưới gửi lên.")
        self.ui.summaryLabel.setText(text)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self._show_papers()

    def _nomination_item(self, n: received.ReceivedNomination) -> QTreeWidgetItem:
        campaign = self.app_data.campaigns.get(n.campaign_id)
        name = campaign.short_name if campaign else n.campaign_id
        if n.letter_number_text:
            letter = self.tr("Tờ trình số %1").replace("%1", n.letter_number_text)
            if n.letter_date:
                letter += " " + self.tr("ngày %1").replace("%1", format_date(n.letter_date))
        else:
            letter = self.tr("Đợt đề nghị dự thảo (chưa có số Tờ trình)")
        count = self.tr("%n hồ sơ", "", len(n.dossiers))
        item = QTreeWidgetItem([f"{letter} — {name}", self.tr("%1, nhận ngày %2").replace(
            "%1", count).replace("%2", format_date(n.received_at.date())), ""])
        item.setToolTip(0, n.to_unit)
        item.setData(0, Qt.ItemDataRole.UserRole, (NOMINATION, n.uuid, ""))
        for d in n.dossiers:
            item.addChild(self._dossier_item(d))
        item.setExpanded(True)
        return item

    def _dossier_item(self, d: received.ReceivedDossier) -> QTreeWidgetItem:
        if d.recognised:
            decision = self.tr("Số %1 ngày %2").replace("%1", d.decision_number).replace(
                "%2", format_date(d.decision_date))
        else:
            decision = self.tr("chưa có quyết định công nhận")
        if d.status is None:
            here = self.tr("không còn ở máy này (đã xóa)")
        elif d.nominated_here is None:
            here = self.tr("chưa đề nghị lên cấp trên")
        elif d.nominated_here:
            here = self.tr("trong Tờ trình %1 của đơn vị này").replace("%1", d.nominated_here)
        else:
            here = self.tr("trong đợt đề nghị đang soạn")
        item = QTreeWidgetItem([f"{d.code} — {d.title}" if d.code else d.title, decision, here])
        item.setToolTip(0, f"{d.title}\n{d.lead_author}")
        item.setData(0, Qt.ItemDataRole.UserRole, (DOSSIER, d.uuid, d.decision_uuid))
        if not d.recognised:
            item.setForeground(1, QBrush(GAP_COLOUR))
        if d.nominated_here:
            item.setForeground(2, QBrush(DONE_COLOUR))
        return item

    # --- papers -----------------------------------------------------------------------------
    def _show_papers(self) -> None:
        current = self.ui.receivedTree.currentItem()
        kind, uuid, decision = current.data(0, Qt.ItemDataRole.UserRole) if current else (UNIT, "", "")
        owners = [uuid] if kind == NOMINATION else [uuid, decision] if kind == DOSSIER else []
        with self.app_data.db.session() as session:
            self.papers = received.papers_of(session, [o for o in owners if o])
        listing = self.ui.paperList
        listing.clear()
        for paper in self.papers:
            item = QListWidgetItem(core_text(paper.label))
            item.setToolTip(paper.filename)
            listing.addItem(item)
        if self.papers:
            listing.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.openPaperButton.setEnabled(0 <= self.ui.paperList.currentRow() < len(self.papers))

    def open_paper(self) -> None:
        row = self.ui.paperList.currentRow()
        if not 0 <= row < len(self.papers):
            return
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="sangkien-van-ban-"))
        try:
            path = received.copy_paper(self.app_data.attachments, self.papers[row],
                                       self._folder)
        except (SangKienError, OSError) as exc:
            message = exception_text(exc)
            QMessageBox.warning(self, self.tr("Không mở được văn bản"), message)
            return
        self.opened.append(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- actions ----------------------------------------------------------------------------
    def import_package(self) -> None:
        from sangkien_desktop.gui.dialogs.import_package_dialog import ImportPackageDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhận gói hồ sơ"), "", self.tr("Gói hồ sơ sáng kiến (*.skpkg)"))
        if path:
            ImportPackageDialog.run(self, self.app_data, Path(path), on_done=self._imported)

    def _imported(self, _report) -> None:
        self.changed = True
        self.refresh()

    def open_nominations(self) -> None:
        from sangkien_desktop.gui.dialogs.nominations_dialog import NominationsDialog

        NominationsDialog(self.app_data, self).exec()
        self.changed = True
        self.refresh()
