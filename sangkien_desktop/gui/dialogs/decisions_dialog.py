"""The recognition decisions issued, newest first, with the dossiers each one decided; issue a
new one, print it with its annex, print the authors' certificates, open a dossier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWidget

from sangkien_desktop.domain.council import Authority, Decision, Outcome
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.domain.values import format_date, format_money
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.issue_decision_dialog import IssueDecisionDialog
from sangkien_desktop.gui.forms.ui_decisions_dialog import Ui_DecisionsDialog

UUID_ROLE = Qt.ItemDataRole.UserRole


class DecisionsDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.changed = False  # a decision was issued: the dossier list must be refreshed
        self.ui = Ui_DecisionsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.decisionsTable.setColumnCount(6)
        ui.decisionsTable.setHorizontalHeaderLabels(
            [self.tr("Số"), self.tr("Ngày"), self.tr("Cơ quan ra quyết định"), self.tr("Công nhận"),
             self.tr("Không công nhận"), self.tr("Phạm vi")])
        for col, width in enumerate((130, 95, 330, 90, 120)):
            ui.decisionsTable.horizontalHeader().resizeSection(col, width)
        ui.itemsTable.setColumnCount(4)
        ui.itemsTable.setHorizontalHeaderLabels(
            [self.tr("Hồ sơ"), self.tr("Tác giả"), self.tr("Kết quả"), self.tr("Giá trị làm lợi / lý do")])
        for col, width in enumerate((360, 220, 130)):
            ui.itemsTable.horizontalHeader().resizeSection(col, width)
        ui.splitter.setSizes([300, 260])
        self.decisions: list[Decision] = []
        self._connect()
        self.reload()

    def _connect(self) -> None:
        ui = self.ui
        ui.decisionsTable.itemSelectionChanged.connect(self._show_items)
        ui.itemsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.itemsTable.itemDoubleClicked.connect(lambda _i: self.open_dossier())
        ui.issueButton.clicked.connect(self.issue)
        ui.printButton.clicked.connect(self.print_decision)
        ui.certificatesButton.clicked.connect(self.print_certificates)
        ui.openDossierButton.clicked.connect(self.open_dossier)
        ui.historyButton.clicked.connect(self.show_history)
        ui.closeButton.clicked.connect(self.accept)

    def reload(self, select_uuid: str | None = None) -> None:
        with self.app_data.db.session() as session:
            self.decisions = decisions.list_decisions(session)
        table = self.ui.decisionsTable
        table.setRowCount(len(self.decisions))
        for row, d in enumerate(self.decisions):
            recognised = sum(1 for i in d.items if i.outcome == Outcome.RECOGNISED)
            authority = d.authority_text or (self.tr("Thủ trưởng đơn vị") if d.authority == Authority.HEAD else "")
            for col, text in enumerate((d.number_text, format_date(d.date), authority, str(recognised),
                                        str(len(d.items) - recognised), d.scope)):
                item = QTableWidgetItem(text)
                item.setData(UUID_ROLE, d.uuid)
                table.setItem(row, col, item)
        row = next((i for i, d in enumerate(self.decisions) if d.uuid == select_uuid), 0)
        if self.decisions:
            table.selectRow(row)
        self._show_items()

    def current(self) -> Decision | None:
        rows = self.ui.decisionsTable.selectionModel().selectedRows()
        return self.decisions[rows[0].row()] if rows else None

    def _show_items(self) -> None:
        decision = self.current()
        table = self.ui.itemsTable
        table.setRowCount(0)
        if decision is not None:
            with self.app_data.db.session() as session:
                for item in decision.items:
                    try:
                        d = get_dossier(session, item.dossier_uuid)
                    except NotFoundError:
                        continue
                    recognised = item.outcome == Outcome.RECOGNISED
                    detail = format_money(item.benefit_agreed_vnd) if recognised else item.reason
                    row = table.rowCount()
                    table.insertRow(row)
                    cells = (d.title, ", ".join(a.full_name for a in d.authors),
                             self.tr("Công nhận") if recognised else self.tr("Không công nhận"), detail)
                    for col, text in enumerate(cells):
                        cell = QTableWidgetItem(text)
                        cell.setData(UUID_ROLE, d.uuid)
                        cell.setToolTip(text)
                        table.setItem(row, col, cell)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has = self.current() is not None
        for button in (ui.printButton, ui.certificatesButton, ui.historyButton):
            button.setEnabled(has)
        ui.openDossierButton.setEnabled(bool(ui.itemsTable.selectedItems()))

    # --- actions ------------------------------------------------------------------------------
    def issue(self) -> None:
        issued = IssueDecisionDialog.ask(self, self.app_data)
        if issued is not None:
            self.changed = True
            self.reload(issued.uuid)

    def print_decision(self) -> None:
        self._papers("quyet-dinh")

    def print_certificates(self) -> None:
        d = self.current()
        if d is None:
            return
        if not any(i.outcome == Outcome.RECOGNISED for i in d.items):
            QMessageBox.information(self, self.tr("Giấy chứng nhận"),
                                    self.tr("Quyết định này không công nhận sáng kiến nào."))
            return
        self._papers("giay-chung-nhan")

    def _papers(self, kind: str) -> None:
        """The document dialog on the decision's papers (decision, certificates, minutes)."""
        d = self.current()
        if d is not None:
            DocumentDialog.for_decision(self, self.app_data, d.uuid, kind).exec()

    def open_dossier(self) -> None:
        from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor  # editor imports much

        items = self.ui.itemsTable.selectedItems()
        if items and DossierEditor.edit(self, self.app_data, items[0].data(UUID_ROLE)):
            self.changed = True

    def show_history(self) -> None:
        d = self.current()
        if d is not None:
            HistoryDialog.show_for(self, self.app_data, history.DECISION, d.uuid,
                                   self.tr("Quyết định số %1").replace("%1", d.number_text))
