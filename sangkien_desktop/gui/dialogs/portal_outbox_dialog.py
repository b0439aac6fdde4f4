"""The portal outbox: recognised dossiers still to enter on the national portal, the package
that prepares the online moment, and what the portal answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from sangkien_desktop.domain.values import format_date
from sangkien_desktop.domain.workflow import Act
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.exchange import portal, portal_exports

from sangkien_desktop.gui.dialogs.portal_mark_dialog import ENTERED, RETURNED, PortalMarkDialog
from sangkien_desktop.gui.dialogs.status_acts import undo
from sangkien_desktop.gui.forms.ui_portal_outbox_dialog import Ui_PortalOutboxDialog
from sangkien_desktop.gui.jobs import Job, run_job, show_error
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.operation import call_op, each


class PortalOutboxDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_PortalOutboxDialog()
        self.ui.setupUi(self)
        self.rows: list[portal.OutboxRow] = []
        for column, width in enumerate((120, 380, 170, 170)):
            self.ui.outboxTable.horizontalHeader().resizeSection(column, width)
        self.ui.outboxTable.setWordWrap(False)
        self.last_export: portal.PortalExport | None = None
        self.export_job: Job | None = None
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.showDoneCheck.toggled.connect(lambda _on: self.refresh())
        ui.exportButton.clicked.connect(self.export_package)
        ui.enteredButton.clicked.connect(self.mark_entered)
        ui.acceptedButton.clicked.connect(self.mark_accepted)
        ui.returnedButton.clicked.connect(self.mark_returned)
        ui.unmarkButton.clicked.connect(self.unmark)
        ui.closeButton.clicked.connect(self.accept)
        ui.outboxTable.itemSelectionChanged.connect(self._update_buttons)

    def _state(self, row: portal.OutboxRow) -> tuple[str, str]:
        entry = row.entry
        if entry is None:
            return self.tr("Chưa cập nhật"), ""
        if row.to_enter:
            return self.tr("Bị trả lại, chờ nhập lại"), entry.reason
        state = self.tr("Đã cập nhật %1").replace("%1", format_date(entry.entered_on))
        if entry.result:
            state += " — " + core_text(entry.result_label)
        return state, entry.reason or entry.receipt

    def refresh(self) -> None:
        with self.app_data.db.session() as session:
            self.rows = portal.outbox(session, self.app_data.campaigns,
                                      include_done=self.ui.showDoneCheck.isChecked())
        table = self.ui.outboxTable
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            state, detail = self._state(row)
            for c, text in enumerate((row.code, row.title, row.lead_author, state, detail)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.uuid)
                table.setItem(r, c, item)
        self._update_buttons()

    def selected(self) -> list[portal.OutboxRow]:
        rows = sorted({i.row() for i in self.ui.outboxTable.selectionModel().selectedRows()})
        return [self.rows[r] for r in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        ui = self.ui
        ui.exportButton.setEnabled(any(r.to_enter for r in self.rows))
        picked = sum(r.to_enter for r in chosen)
        ui.exportButton.setText(self.tr("&Tạo gói cho %n hồ sơ đã chọn…", "", picked) if picked
                                else self.tr("&Tạo gói cho mọi hồ sơ chưa cập nhật…"))
        ui.enteredButton.setEnabled(any(r.to_enter for r in chosen))
        awaiting = bool(chosen) and all(r.entry is not None and not r.to_enter for r in chosen)
        ui.acceptedButton.setEnabled(awaiting)
        ui.returnedButton.setEnabled(awaiting)
        ui.unmarkButton.setEnabled(len(chosen) == 1 and chosen[0].entry is not None)

    def _fail(self, title: str, exc: BaseException) -> None:
        show_error(self, title, exc)

    def export_package(self) -> None:
        """Writes the package off the GUI thread; a cancel leaves nothing under the names."""
        chosen = [r.uuid for r in self.selected() if r.to_enter]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu gói cho Cổng"), "goi-cap-nhat-cong.zip", self.tr("Tệp zip (*.zip)"))
        if not path:
            return
        app_data = self.app_data

        def work():
            result: list[portal.PortalExport] = []
            with app_data.db.session() as session:
                yield from portal.iter_export_portal(
                    session, app_data.attachments, Path(path), app_data.campaigns,
                    chosen or None, result)
            return result[0]

        self.export_job = run_job(self, work, title=self.tr("Đang tạo gói cho Cổng…"),
                                  on_success=self._exported,
                                  on_failure=lambda exc: self._fail(
                                      self.tr("Chưa tạo được gói"), exc))

    def _exported(self, done: portal.PortalExport) -> None:
        self.last_export = done
        remembered = call_op(self, self.app_data, portal_exports.remember, done,
                             title=self.tr("Chưa tạo được gói"))
        if not remembered:
            return
        record = remembered.result
        warnings = [f"{i.code}: {core_text(w)}" for i in done.items for w in i.warnings]
        text = self.tr("Đã tạo gói cho %n hồ sơ:", "", len(done.items))
        text += f"\n{done.zip_path}\n{done.folder}"
        if record.personal:
            text += "\n\n" + self.tr(
                "Thư mục này có số điện thoại và số CCCD/CMND của %n tác giả (trong index.html) "
                "mà Cổng hỏi. Đừng chép lên máy dùng chung; khi mọi hồ sơ đã được đánh dấu đã "
                "cập nhật, chương trình sẽ đề nghị xóa thư mục và tệp zip.", "", record.personal)
        if warnings:
            text += "\n\n" + self.tr("Lưu ý:") + "\n" + "\n".join(warnings)
        QMessageBox.information(self, self.tr("Gói cho Cổng"), text)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(done.folder / "index.html")))

    def _mark(self, rows: list[portal.OutboxRow], action) -> None:
        call_op(self, self.app_data, each, action, [row.uuid for row in rows],
                title=self.tr("Chưa ghi nhận được"))
        self.refresh()

    def _title(self, rows: list[portal.OutboxRow]) -> str:
        if len(rows) == 1:
            return f"{rows[0].code} — {rows[0].title}"
        return self.tr("%n hồ sơ đã chọn", "", len(rows))

    def mark_entered(self) -> None:
        rows = [r for r in self.selected() if r.to_enter]
        mark = PortalMarkDialog.ask(self, ENTERED, self._title(rows)) if rows else None
        if mark is not None:
            self._mark(rows, lambda s, u: portal.mark_entered(s, u, mark.on, mark.receipt))
            self.offer_cleanup()

    def offer_cleanup(self) -> None:
        """Offers to delete each portal package whose dossiers are all entered now: its folder
        holds phone and CCCD numbers, and its work is done."""
        with unit_of_work.session(self.app_data) as session:  # forgets packages deleted by hand
            done = portal_exports.finished(session)
        for record in done:
            answer = QMessageBox.question(self, self.tr("Xóa gói cho Cổng"), self.tr(
                "Mọi hồ sơ trong gói %1 đã được cập nhật lên Cổng. Xóa thư mục %2 và tệp zip? "
                "Chúng chứa số điện thoại và số CCCD/CMND của tác giả; hồ sơ trong chương trình "
                "không bị ảnh hưởng.").replace("%1", record.zip_path).replace("%2", record.folder))
            if answer != QMessageBox.StandardButton.Yes:
                continue
            call_op(self, self.app_data, portal_exports.delete, record,
                    title=self.tr("Chưa xóa được gói"))

    def mark_accepted(self) -> None:
        self._mark(self.selected(), lambda s, u: portal.mark_result(s, u, portal.ACCEPTED))

    def mark_returned(self) -> None:
        rows = self.selected()
        mark = PortalMarkDialog.ask(self, RETURNED, self._title(rows)) if rows else None
        if mark is None:
            return
        self._mark(rows, lambda s, u: portal.mark_result(s, u, portal.RETURNED, mark.reason,
                                                         mark.on))
        QMessageBox.information(self, self.tr("Hồ sơ bị trả lại"), self.tr(
            "Hồ sơ đã được mở lại để sửa: hồ sơ đã công nhận có thêm một phiên bản sửa đổi "
            "(bản nháp) trong danh sách; hồ sơ khác quay lại danh sách chờ cập nhật."))

    def unmark(self) -> None:
        """Bỏ đánh dấu đã cập nhật lên Cổng: an act undone, with its reason (status_acts)."""
        rows = [r for r in self.selected() if r.entry is not None]
        if len(rows) != 1:
            return
        with self.app_data.db.session() as session:
            dossier = get_dossier(session, rows[0].uuid)
        if undo(self, self.app_data, Act.WITHDRAW_ENTRY, dossier) is not None:
            self.refresh()
