"""Autosave in the dossier editor: what is typed, even half-typed, kept as a draft every few
seconds, and a draft newer than the saved dossier offered back when it opens."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.dossiers import drafts

from sangkien_desktop.gui.dialogs.editor_saving import Editor
from sangkien_desktop.gui.dialogs.editor_state import make_snapshot, restore_snapshot


class EditorDrafts(QObject):
    def __init__(self, editor: Editor, dialog: QDialog):
        super().__init__(dialog)
        self.editor = editor
        self.dialog = dialog

    def autosave(self) -> None:
        """Keeps what is typed, even half-typed, in the database: a crash loses nothing."""
        self.editor.autosave_timer.stop()
        if not self.editor.dirty:
            return
        # On this thread: a draft written every few seconds of typing must not flash a wait cursor.
        with unit_of_work.session(self.editor.app_data) as session:
            stamp = drafts.save_draft(session, self.editor.dossier.uuid, make_snapshot(self.dialog))
        self.editor.ui.autosaveLabel.setText(
            self.tr("Đã lưu nháp lúc %1").replace("%1", stamp.strftime("%H:%M:%S"))
        )

    def discard_draft(self) -> None:
        with unit_of_work.session(self.editor.app_data) as session:
            drafts.discard_draft(session, self.editor.dossier.uuid)

    def offer_draft(self) -> bool:
        """When an autosaved draft is newer than the saved dossier, offers to bring it back."""
        with self.editor.app_data.db.session() as session:
            found = drafts.load_draft(session, self.editor.dossier.uuid)
        if found is None:
            return False
        snapshot, saved_at = found
        if self.editor.dossier.updated_at and saved_at < self.editor.dossier.updated_at:
            return False
        answer = QMessageBox.question(
            self.dialog,
            self.tr("Khôi phục bản nháp?"),
            self.tr(
                "Có nội dung chưa lưu của hồ sơ này, tự động ghi lúc %1 (có thể do chương trình "
                "bị tắt đột ngột). Khôi phục nội dung đó?"
            ).replace("%1", saved_at.strftime("%H:%M %d/%m/%Y")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.discard_draft()
            return False
        self.restore_draft(snapshot)
        return True

    def restore_draft(self, snapshot: dict) -> None:
        self.editor.loading = True
        restore_snapshot(self.dialog, snapshot)
        self.editor.loading = False
        self.editor.dirty = True
        self.editor.update_title()
        self.editor.form.update_share_total(self.editor.dossier)
        self.editor.panel.run()
