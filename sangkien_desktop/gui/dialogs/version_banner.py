"""The editor's version banner: a recognised dossier is frozen (its content read-only, its
hash shown) and offers a correction version; a correction shows where it comes from.

Only the fields outside the recognised content (services.history.VOLATILE_FIELDS: status,
notes, portal text, campaign, target group, complaint, dispute) stay editable on a frozen
dossier: the service accepts exactly those changes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from sangkien_desktop.domain.dossier import DossierVersion
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.jobs import failure_text
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.operation import call_op

# Widgets of the fields a frozen dossier may still change (ui/dossier_editor.ui).
OPEN_WIDGETS = frozenset({
    "statusActButton", "notesEdit", "portalEdit", "campaignCombo", "targetGroupCombo",
    "complaintCheck", "disputeCheck", "buildPortalButton",
})
LOCKED_BASE = QColor("#f0f0f0")  # a locked field looks unlike one waiting for typing
CONTENT_BUTTONS = (
    "addAuthorButton", "removeAuthorButton", "authorUpButton", "authorDownButton",
    "addApplierButton", "removeApplierButton", "addAttachmentButton", "removeAttachmentButton",
)


@runtime_checkable
class Editor(Protocol):
    """What the banner needs of the editor it sits in (gui/dialogs/dossier_editor.py, which
    imports this module: the banner names the editor's kind only through this)."""

    ui: Ui_DossierEditor
    saved_uuid: str | None

    @classmethod
    def edit(cls, parent: QWidget | None, app_data: AppData, uuid: str | None) -> str | None: ...

    def is_dirty(self) -> bool: ...

    def save(self) -> bool: ...

    def show_message(self, message: str) -> None: ...

    def accept(self) -> None: ...


class VersionBanner(QObject):
    def __init__(self, editor: QWidget, app_data: AppData):
        super().__init__(editor)
        assert isinstance(editor, Editor), "the banner sits in the dossier editor"
        self.editor = editor
        self.ui = editor.ui
        self.app_data = app_data
        self.info: DossierVersion | None = None
        self.other_uuid = ""  # the version the "open other" button leads to
        self.follow_uuid: str | None = None  # set when the editor should give way to another version
        self.ui.newVersionButton.clicked.connect(self.make_new_version)
        self.ui.otherVersionButton.clicked.connect(self.open_other)

    @property
    def frozen(self) -> bool:
        return self.info is not None and self.info.frozen

    def load(self, uuid: str) -> None:
        ui = self.ui
        with self.app_data.db.session() as session:
            info = history.version_of(session, uuid)
            versions = history.lineage(session, info.lineage_uuid)
            decided = decisions.freezing_decision(session, info) if info.frozen else None
            chain = history.hash_chain(session, get_dossier(session, uuid)) if info.frozen else None
        self.info = info
        newer = next((v for v in versions if v.previous_uuid == uuid), None)
        ui.newVersionButton.setVisible(info.frozen and newer is None)
        ui.otherVersionButton.setVisible(False)
        parts: list[str] = []
        if info.frozen:
            # The decision's date is the legal one; the freeze is when it was entered here.
            frozen_at = info.frozen_at.strftime("%H:%M %d/%m/%Y") if info.frozen_at else ""
            if decided is not None:
                parts.append(self.tr("<b>Hồ sơ đã được công nhận theo Quyết định số %1 ngày %2 — phiên bản %3.</b> "
                                     "Nội dung khóa từ %4 (khi quyết định được ghi vào chương trình).")
                             .replace("%1", decided[0]).replace("%2", decided[1].strftime("%d/%m/%Y"))
                             .replace("%3", str(info.version)).replace("%4", frozen_at))
            else:
                parts.append(self.tr("<b>Hồ sơ đã được công nhận — phiên bản %1,</b> nội dung khóa từ %2.")
                             .replace("%1", str(info.version)).replace("%2", frozen_at))
            parts.append(self.tr("Mã kiểm tra nội dung (SHA-256): <tt>%1</tt>").replace("%1", info.content_hash))
            redactions = [link for link in chain.links if link.before is not None] if chain else []
            if redactions:
                parts.append(self.tr("Dữ liệu cá nhân đã được xóa ngày %1; lịch sử hồ sơ ghi mã kiểm "
                                     "tra trước và sau mỗi lần xóa.")
                             .replace("%1", ", ".join(r.at.strftime("%d/%m/%Y") for r in redactions)))
            if chain is not None and not chain.ok:
                parts.append(self.tr("<b>Nội dung không khớp mã kiểm tra đã ghi:</b> %1")
                             .replace("%1", " ".join(core_text(p) for p in chain.problems)))
            parts.append(self.tr("Chỉ sửa được trạng thái, ghi chú, chương trình, đối tượng, mô tả cho cổng "
                                 "và việc khiếu nại, tranh chấp. Muốn sửa nội dung, hãy tạo phiên bản sửa đổi."))
        if newer is not None:
            parts.append(self.tr("Đã có phiên bản sửa đổi (phiên bản %1).").replace("%1", str(newer.version)))
            self._offer_other(newer.dossier_uuid, self.tr("Mở phiên bản %1").replace("%1", str(newer.version)))
        elif info.previous_uuid:
            parts.append(self.tr("<b>Phiên bản %1</b>, sửa đổi từ phiên bản %2 đã được công nhận; bản cũ "
                                 "vẫn giữ nguyên để đối chiếu.").replace("%1", str(info.version))
                         .replace("%2", str(info.version - 1)))
            self._offer_other(info.previous_uuid, self.tr("Xem phiên bản %1").replace("%1", str(info.version - 1)))
        ui.versionLabel.setText("<br>".join(parts))
        ui.versionBanner.setVisible(bool(parts))
        if info.frozen:
            self._lock_content()

    def _offer_other(self, uuid: str, text: str) -> None:
        self.other_uuid = uuid
        self.ui.otherVersionButton.setText(text)
        self.ui.otherVersionButton.setVisible(True)

    def _lock_content(self) -> None:
        """Every widget of the recognised content becomes read-only."""
        editor = self.editor
        edits: list[QLineEdit | QPlainTextEdit] = [
            e for e in editor.findChildren(QLineEdit) if not isinstance(e.parentWidget(), QComboBox)]
        edits += [e for e in editor.findChildren(QPlainTextEdit) if e.objectName() != "helpBox"]
        for edit in edits:
            if edit.objectName() not in OPEN_WIDGETS:
                edit.setReadOnly(True)
                palette = edit.palette()
                palette.setColor(QPalette.ColorRole.Base, LOCKED_BASE)
                edit.setPalette(palette)
        for box in editor.findChildren(QComboBox) + editor.findChildren(QCheckBox):
            if box.objectName() not in OPEN_WIDGETS:
                box.setEnabled(False)
        for table in (self.ui.authorsTable, self.ui.appliersTable):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for name in CONTENT_BUTTONS:
            getattr(self.ui, name).setEnabled(False)

    # --- actions ------------------------------------------------------------------------------
    def make_new_version(self) -> None:
        """Creates the correction copy and asks the editor to open it in its place."""
        editor = self.editor
        if self.info is None or (editor.is_dirty() and not editor.save()):
            return
        done = call_op(editor, self.app_data, decisions.new_version, self.info.dossier_uuid,
                       title=self.tr("Không tạo được phiên bản sửa đổi"),
                       on_failure=lambda exc: editor.show_message(failure_text(exc)))
        if not done:
            return
        copy = done.result
        self.follow_uuid = copy.uuid
        editor.saved_uuid = copy.uuid
        editor.accept()

    def open_other(self) -> None:
        """Opens the other version beside this one (the old one read-only), in an editor of
        the same kind as this banner's (so the banner need not import the editor)."""
        if self.other_uuid:
            type(self.editor).edit(self.editor, self.app_data, self.other_uuid)
