"""The main window's commands on the selected dossiers: new, open, delete, submit, check,
print, history, and reopening what a crash left unsaved."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from sangkien_desktop.domain.errors import SangKienError

from sangkien_desktop.gui.labels import core_text, exception_text

if TYPE_CHECKING:
    from sangkien_desktop.services.dossiers.check_many import CheckSummary

    from sangkien_desktop.gui.jobs import Job


class DossierCommands(QObject):
    """What the main window does to the dossiers selected in its list."""


    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window  # the MainWindow (gui/main_window.py, which imports this module)

    def new_dossier(self) -> None:
        from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

        saved = DossierEditor.edit(self.window, self.window.app_data, None)
        if saved:  # the list read it again when it was saved (operation.watch)
            self.window.select(saved)

    def edit_selected(self) -> None:
        uuid = self.window.selected_uuid()
        if uuid is None:
            return
        from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

        saved = DossierEditor.edit(self.window, self.window.app_data, uuid)
        if saved:
            self.window.select(saved)

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        uuid = self.window.selected_uuid()
        if uuid is None:
            return
        from sangkien_desktop.services.dossiers.recycle_bin import check_can_bin, move_to_bin

        # A dossier that cannot go to the bin is refused before any question, with the reason.
        try:
            with self.window.app_data.db.session() as session:
                check_can_bin(session, uuid)
        except SangKienError as exc:
            QMessageBox.warning(self.window, self.tr("Không xóa được"), exception_text(exc))
            return
        row = self.window.model.row_at(self.window.model.row_of_uuid(uuid))
        if row is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Xóa hồ sơ"),
            self.tr("Chuyển hồ sơ “%1” vào thùng rác?\nBạn có thể khôi phục nó từ Thùng rác.")
            .replace("%1", row.title or row.code),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from sangkien_desktop.gui.operation import call_op

        call_op(self.window, self.window.app_data, move_to_bin, uuid, title=self.tr("Không xóa được"))

    def submit_selected(self) -> None:
        """Nộp Hội đồng: the selected drafts go to the council (status_acts.submit_many)."""
        uuids = self.window.selected_uuids()
        if not uuids:
            return
        from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

        from sangkien_desktop.gui.dialogs.status_acts import submit_many

        with self.window.app_data.db.session() as session:
            dossiers = [get_dossier(session, u) for u in uuids]
        done = submit_many(self.window, self.window.app_data, dossiers)
        if done:
            self.window.select(done[0])
            self.window.statusBar().showMessage(
                self.tr("Đã nộp %n hồ sơ cho Hội đồng.", "", len(done)), 8000)

    def select_all_matching(self) -> None:
        self.window.ui.dossierTable.selectAll()
        total = self.window.model.total
        if total is None or self.window.model.count_is_lower_bound:
            text = self.tr("Đã chọn mọi hồ sơ khớp bộ lọc (kể cả những hồ sơ chưa hiện trong "
                           "danh sách).")
        else:
            from sangkien_desktop.gui.counts import grouped

            text = grouped(self.tr("Đã chọn cả %n hồ sơ khớp bộ lọc (kể cả những hồ sơ chưa hiện "
                                   "trong danh sách).", "", total), total)
        self.window.statusBar().showMessage(text, 10000)

    def check_selected(self) -> Job | None:
        """Checks the selected dossiers (or, all selected, every dossier the filter matches)
        against their campaigns, off the GUI thread with progress and Cancel, and lists every
        finding."""
        everything = self.window.all_matching_selected()
        uuids = [] if everything else self.window.selected_uuids()
        if not everything and not uuids:
            return None
        from sangkien_desktop.services.dossiers import check_many

        from sangkien_desktop.gui.jobs import run_job

        app_data, query = self.window.app_data, self.window.model.query
        campaigns, store = app_data.campaigns, app_data.attachments

        def work():
            with app_data.db.session() as session:
                chosen = check_many.query_uuids(session, query) if everything else uuids
                return (yield from check_many.iter_check_many(session, chosen, campaigns, store))

        self.window.check_job = run_job(
            self.window, work, title=self.tr("Đang kiểm tra hồ sơ…"), on_success=self.show_check,
            on_cancel=lambda: self.window.statusBar().showMessage(
                self.tr("Đã dừng kiểm tra; chưa có kết quả."), 8000))
        return self.window.check_job

    def show_check(self, summary: CheckSummary) -> None:
        from PySide6.QtWidgets import QMessageBox

        from sangkien_desktop.domain.validation import DISCLAIMER, SEVERITY_LABELS

        lines: list[str] = []
        for d in summary.dossiers:
            lines.append(f"{d.code} — {d.title}")
            for finding in d.findings:
                label = core_text(SEVERITY_LABELS[finding.severity])
                lines.append(f"   [{label}] {core_text(finding.message)}")
        summary_text = self.tr("Đã kiểm tra %n hồ sơ: %1, %2.", "", len(summary.dossiers))
        summary_text = summary_text.replace("%1", self.tr("%n lỗi", "", summary.errors)).replace(
            "%2", self.tr("%n cảnh báo chưa xác nhận", "", summary.open_warnings))
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Kết quả kiểm tra"))
        box.setIcon(QMessageBox.Icon.Warning if summary.errors else QMessageBox.Icon.Information)
        box.setText(summary_text)
        box.setInformativeText(core_text(DISCLAIMER))
        box.setDetailedText("\n".join(lines))
        self.window.last_check_summary = summary_text
        box.exec()

    def print_selected(self) -> None:
        """Makes a document of the selected dossier: save, open, or preview and print."""
        uuid = self.window.selected_uuid()
        if uuid is None:
            return
        # The writers load reportlab, fonts and pdfium: only when asked, not at start-up.
        from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog

        DocumentDialog.for_dossier(self.window, self.window.app_data, uuid).exec()

    def recover_drafts(self) -> int:
        """After a crash or power cut: offers to reopen every dossier with unsaved typing."""
        from PySide6.QtWidgets import QMessageBox

        from sangkien_desktop.services.dossiers import drafts

        from sangkien_desktop.gui.operation import call_op

        with self.window.app_data.db.session() as session:
            pending = drafts.pending_drafts(session)
        recovered = 0
        for draft in pending:
            answer = QMessageBox.question(
                self.window,
                self.tr("Khôi phục nội dung chưa lưu"),
                self.tr(
                    "Hồ sơ “%1” có nội dung chưa lưu, tự động ghi lúc %2 (có thể do chương trình "
                    "bị tắt đột ngột). Mở lại để xem và lưu?"
                )
                .replace("%1", draft.title or self.tr("(chưa có tên)"))
                .replace("%2", draft.saved_at.strftime("%H:%M %d/%m/%Y")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                call_op(self.window, self.window.app_data, drafts.discard_draft, draft.dossier_uuid,
                        title=self.tr("Không bỏ được nội dung chưa lưu"))
                continue
            from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

            if draft.is_new:
                editor = DossierEditor.from_draft(self.window.app_data, draft.dossier_uuid, self.window)
            else:
                editor = DossierEditor(self.window.app_data, draft.dossier_uuid, self.window)
                with self.window.app_data.db.session() as session:
                    found = drafts.load_draft(session, draft.dossier_uuid)
                if found is not None:
                    editor.restore_draft(found[0])
            if editor is None:
                continue
            editor.exec()
            recovered += 1
            if editor.saved_uuid:
                self.window.reload(editor.saved_uuid)
        return recovered

    def show_history(self) -> None:
        from sangkien_desktop.services.dossiers import history
        from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

        from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog

        uuid = self.window.selected_uuid()
        if uuid is not None:
            with self.window.app_data.db.session() as session:
                dossier = get_dossier(session, uuid)
            HistoryDialog.show_for(self.window, self.window.app_data, history.DOSSIER, uuid, dossier.title or dossier.code)
