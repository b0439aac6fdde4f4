"""When another officer saved the dossier this editor has open: the question at save time
(reload their copy, or keep mine as a dossier of its own), and the editor's watch for their
saves and for a recognition that freezes the dossier while it is open."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DossierChangedError, SangKienError
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import drafts
from sangkien_desktop.services.dossiers.saving import save_as_copy, stored_revision

from sangkien_desktop.gui.labels import exception_text


class _Banner(Protocol):
    def load(self, uuid: str) -> None: ...


class Editor(Protocol):
    """What the watch needs of the dossier editor (gui/dialogs/dossier_editor.py)."""

    dossier: Dossier
    version: _Banner

    def is_dirty(self) -> bool: ...

    def reload(self) -> None: ...

    def show_message(self, text: str) -> None: ...

RELOAD = "reload"
COPY = "copy"
# How often an open editor on a shared database looks for someone else's save (one indexed
# lookup); a local data folder has one window writing, so it is not watched.
WATCH_MS = 10_000


def ask(parent: QWidget, error: DossierChangedError) -> str | None:
    """RELOAD, COPY, or None to go on editing (nothing saved)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("SaveConflict", "Hồ sơ vừa được người khác lưu"),
                      exception_text(error), QMessageBox.StandardButton.NoButton, parent)
    reload = box.addButton(QCoreApplication.translate("SaveConflict", "Tải lại bản mới nhất"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(QCoreApplication.translate("SaveConflict", "Giữ bản của tôi thành hồ sơ mới"), QMessageBox.ButtonRole.ActionRole)
    back = box.addButton(QCoreApplication.translate("SaveConflict", "Quay lại sửa"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setInformativeText(QCoreApplication.translate("SaveConflict",
        "Tải lại: bỏ các thay đổi chưa lưu của anh/chị và mở bản vừa được lưu. Giữ bản của tôi: "
        "lưu nội dung đang sửa thành một hồ sơ mới (mã mới, trạng thái nháp), bản của người kia "
        "giữ nguyên."))
    box.exec()
    clicked = box.clickedButton()
    return RELOAD if clicked is reload else COPY if clicked is copy else None


def _keep_copy(session: Session, dossier: Dossier) -> Dossier:
    copy = save_as_copy(session, dossier)
    drafts.discard_draft(session, dossier.uuid)
    return copy


def keep_copy(app_data: AppData, dossier: Dossier) -> Dossier:
    """Saves the editor's content as a new dossier; the draft of the other one is dropped."""
    return unit_of_work.run(app_data, _keep_copy, dossier)


class SaveWatch(QObject):
    """Looks every WATCH_MS at the stored revision of the editor's dossier. Another officer's
    save reloads an editor with nothing unsaved, and tells one with changes (they are asked
    at save time); a recognition meanwhile locks the content at once."""

    def __init__(self, editor: QObject, app_data: AppData):
        super().__init__(editor)
        self.editor = editor
        self.app_data = app_data
        self.timer = QTimer(self, interval=WATCH_MS)
        self.timer.timeout.connect(self.check)
        if app_data.db.server is not None and not app_data.read_only:
            self.timer.start()

    def check(self) -> None:
        editor: Editor = self.editor  # type: ignore[assignment]  # the dossier editor
        dossier = editor.dossier
        if not dossier.revision:
            return
        try:
            with self.app_data.db.session() as session:
                found = stored_revision(session, dossier.uuid)
        except SangKienError:
            return  # the network is gone for a moment: the save will say so if it lasts
        if found is None or found.revision == dossier.revision:
            return
        who = found.updated_by or QCoreApplication.translate("SaveConflict", "Người khác")
        when = found.updated_at.strftime("%H:%M")
        if not editor.is_dirty():
            editor.reload()
            editor.show_message(QCoreApplication.translate("SaveConflict", "%1 vừa lưu hồ sơ này lúc %2; đã tải lại bản mới nhất.")
                                .replace("%1", who).replace("%2", when))
            return
        editor.version.load(dossier.uuid)  # a recognition meanwhile locks the content now
        editor.show_message(QCoreApplication.translate("SaveConflict", "%1 vừa lưu hồ sơ này lúc %2. Khi anh/chị lưu, chương trình sẽ "
                                "hỏi giữ bản nào.").replace("%1", who).replace("%2", when))
        self.timer.stop()  # said once; the save resolves it
