"""The dossier editor: the description form as guided steps, with help for every field, a
live check against the campaign's rules, and autosave."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from sangkien_desktop.domain.campaign_edit import default_campaign
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.portal_text import build_portal_text, clean_portal_text
from sangkien_desktop.domain.text import nfc
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import drafts, history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import distinct_units
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui.dialogs import save_conflict
from sangkien_desktop.gui.dialogs.attachments_step import AttachmentsStep
from sangkien_desktop.gui.dialogs.check_panel import CheckPanel
from sangkien_desktop.gui.dialogs.dossier_form import DossierForm
from sangkien_desktop.gui.dialogs.editor_drafts import EditorDrafts
from sangkien_desktop.gui.dialogs.editor_guide import EditorGuide
from sangkien_desktop.gui.dialogs.editor_saving import EditorSaving
from sangkien_desktop.gui.dialogs.editor_state import base_dossier
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.people_tables import APPLIER_COLUMNS, AUTHOR_COLUMNS, PeopleTable
from sangkien_desktop.gui.dialogs.status_acts import StatusActs
from sangkien_desktop.gui.dialogs.version_banner import VersionBanner
from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.labels import (
    core_text,
    error_text,
)

AUTOSAVE_DELAY_MS = 3000


def _application() -> QApplication:
    """The running application (the editor follows its focus to show each field's help)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the editor needs a QApplication"
    return app


class DossierEditor(QDialog):
    dossier: Dossier  # set in __init__, after the parts that read it later
    form: DossierForm

    @classmethod
    def edit(cls, parent: QWidget | None, app_data: AppData, uuid: str | None) -> str | None:
        """Opens the editor on a dossier (a new one when uuid is None); returns the uuid of
        the saved dossier, or None when nothing was saved. When the user makes a correction
        version of a frozen dossier, the editor gives way to one on the new version."""
        saved: str | None = None
        while True:
            try:
                dialog = cls(app_data, uuid, parent)
            except SangKienError as exc:
                QMessageBox.warning(parent, QCoreApplication.translate("DossierEditor", "Không mở được hồ sơ"), error_text(exc.message))
                return saved
            dialog.offer_draft()
            dialog.exec()
            saved = dialog.saved_uuid or saved
            if dialog.version.follow_uuid is None:
                return saved
            uuid = dialog.version.follow_uuid

    def __init__(
        self,
        app_data: AppData,
        uuid: str | None,
        parent: QWidget | None = None,
        *,
        dossier: Dossier | None = None,
    ):
        super().__init__(parent)
        self.app_data = app_data
        self.saved_uuid: str | None = None
        self.dirty = False
        self.loading = True
        self._normalising = False
        self.ui = Ui_DossierEditor()
        self.ui.setupUi(self)
        self.authors = PeopleTable(self.ui.authorsTable, AUTHOR_COLUMNS, "authors")
        self.appliers = PeopleTable(self.ui.appliersTable, APPLIER_COLUMNS, "appliers")
        self.attachments = AttachmentsStep(self.ui, app_data, self, lambda: self.form.campaign())
        self.panel = CheckPanel(self.ui, app_data, self.collect, lambda: self.dossier.uuid, self)
        self.saving = EditorSaving(self, self)
        self.drafts = EditorDrafts(self, self)
        self.status = StatusActs(self.ui.statusValue, self.ui.statusActButton, app_data,
                                 lambda: self.dossier, self.saving.saved_before_act, self)
        self.form = DossierForm(self.ui, app_data, self.authors, self.appliers, self.attachments,
                                self.status, self)
        self.guide = EditorGuide(self, self.ui, self.authors, self.appliers, self.panel)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        with app_data.db.session() as session:
            if dossier is not None:
                self.dossier = dossier
            elif uuid is None:
                profile = unit_profile(session)
                # The unit's own programme (set up in the assistant) if it is known, else a
                # programme open today: never a closed one a decision issued now would fail.
                campaign_id = profile.campaign_id if profile.campaign_id in app_data.campaigns else ""
                self.dossier = Dossier(
                    campaign_id=campaign_id or default_campaign(app_data.campaigns, dt.date.today()),
                    unit_name=profile.unit_name)
            else:
                self.dossier = get_dossier(session, uuid)
            units = distinct_units(session)
        self.form.fill_choices(units)
        self.form.load(self.dossier)
        self.version = VersionBanner(self, app_data)
        self.stored = uuid is not None
        if self.stored:
            self.version.load(self.dossier.uuid)
        self.ui.historyButton.setEnabled(self.stored)
        self.panel.load_acknowledgements(self.dossier.uuid)
        self.watch = save_conflict.SaveWatch(self, app_data)
        self._connect()
        self.loading = False
        self.ui.stepList.setCurrentRow(0)
        self.update_title()
        self.panel.update_portal_count()
        self.panel.run()
        if app_data.read_only:
            from sangkien_desktop.gui import read_only

            read_only.lock_editor(self)

    @property
    def attachments_list(self):
        return self.attachments.refs

    @attachments_list.setter
    def attachments_list(self, refs) -> None:
        self.attachments.refs = list(refs)

    def show_attachments(self) -> None:
        self.attachments.show()

    # --- setup ------------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lưu"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Đó&ng"))
        ui.buttonBox.accepted.connect(self._save_and_close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)  # Ctrl+S: save, stay open
        ui.buttonBox.rejected.connect(self.reject)
        ui.stepList.currentRowChanged.connect(self.guide.go_to_step)
        ui.prevButton.clicked.connect(lambda: ui.stepList.setCurrentRow(max(ui.steps.currentIndex() - 1, 0)))
        ui.nextButton.clicked.connect(
            lambda: ui.stepList.setCurrentRow(min(ui.steps.currentIndex() + 1, ui.steps.count() - 1))
        )
        ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)
        for edit in (ui.firstAppliedEdit, ui.researchAcceptedEdit):
            edit.editingFinished.connect(lambda e=edit: self.guide.check_date(e))
        for edit in (ui.benefitAuthorVndEdit, ui.benefitUnitVndEdit):
            edit.editingFinished.connect(lambda e=edit: self.guide.check_money(e))
        for line in self.findChildren(QLineEdit):
            line.textChanged.connect(lambda _t, w=line: self._normalise_line(w))
            line.textEdited.connect(self._changed)
        for plain in self.findChildren(QPlainTextEdit):
            plain.textChanged.connect(lambda w=plain: self._normalise_plain(w))
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._changed)
        ui.unitCombo.editTextChanged.connect(self._changed)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._changed)
        for table in (self.authors, self.appliers):
            table.changed.connect(self._changed)
            table.cellError.connect(self.guide.show_message)
        self.attachments.changed.connect(self._changed)
        self.authors.changed.connect(lambda: self.form.update_share_total(self.dossier))
        ui.addAuthorButton.clicked.connect(lambda: self.form.add_person(self.authors))
        ui.removeAuthorButton.clicked.connect(self.authors.remove_selected)
        ui.authorUpButton.clicked.connect(lambda: self.authors.move_selected(-1))
        ui.authorDownButton.clicked.connect(lambda: self.authors.move_selected(1))
        ui.addApplierButton.clicked.connect(lambda: self.form.add_person(self.appliers))
        ui.removeApplierButton.clicked.connect(self.appliers.remove_selected)
        ui.buildPortalButton.clicked.connect(self.build_portal_text)
        ui.historyButton.clicked.connect(self.show_history)
        self.panel.jumpRequested.connect(self.guide.jump_to)
        self.status.changed.connect(self.saving.act_done)
        self.autosave_timer.timeout.connect(self.autosave)
        _application().focusChanged.connect(self._focus_changed)

    def _campaign_changed(self) -> None:
        if not self.loading:
            self.form.fill_campaign_lists(
                self.ui.solutionTypeCombo.currentData() or "",
                self.ui.targetGroupCombo.currentData() or "",
            )
            self.panel.update_portal_count()
            self.attachments.show()  # the program's own list of required documents

    # --- typing -------------------------------------------------------------------------------
    def _normalise_line(self, edit: QLineEdit) -> None:
        """Decomposed text (some input methods, text pasted from Word) becomes NFC at once."""
        text = edit.text()
        composed = nfc(text)
        if composed != text and not self._normalising:
            self._normalising = True
            pos = len(nfc(text[: edit.cursorPosition()]))
            edit.setText(composed)
            edit.setCursorPosition(pos)
            self._normalising = False
        self._changed()

    def _normalise_plain(self, edit: QPlainTextEdit) -> None:
        if self._normalising:
            return
        text = edit.toPlainText()
        # The portal box also loses invisible characters, exactly as the portal will count it.
        clean = clean_portal_text if edit is self.ui.portalEdit else nfc
        fixed = clean(text)
        if fixed != text:
            self._normalising = True
            cursor = edit.textCursor()
            pos = len(clean(text[: cursor.position()]))
            edit.setPlainText(fixed)
            cursor = edit.textCursor()
            cursor.setPosition(min(pos, len(fixed)))
            edit.setTextCursor(cursor)
            self._normalising = False
        self._changed()

    def _changed(self, *_args) -> None:
        if self.loading:
            return
        if not self.dirty:
            self.dirty = True
            self.update_title()
        self.autosave_timer.start()
        self.panel.schedule()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self.guide.show_help(new)
        if self.dirty and old is not None and self.isAncestorOf(old):
            self.autosave()

    def update_title(self) -> None:
        name = self.ui.titleEdit.text() or self.tr("Hồ sơ mới")
        self.setWindowTitle(("* " if self.dirty else "") + name)

    def is_dirty(self) -> bool:
        return self.dirty

    def show_history(self) -> None:
        HistoryDialog.show_for(self, self.app_data, history.DOSSIER, self.dossier.uuid,
                               self.dossier.title or self.dossier.code)

    # --- collecting and saving (editor_saving, editor_drafts) -----------------------------
    def collect(self) -> Dossier:
        """The dossier as typed; raises InputError naming the field that cannot be read."""
        return self.form.collect(self.dossier, self.version.frozen)

    def save(self) -> bool:
        return self.saving.save()

    def reload(self) -> None:
        self.saving.reload()

    def autosave(self) -> None:
        self.drafts.autosave()

    def discard_draft(self) -> None:
        self.drafts.discard_draft()

    def offer_draft(self) -> bool:
        return self.drafts.offer_draft()

    def restore_draft(self, snapshot: dict) -> None:
        self.drafts.restore_draft(snapshot)

    def show_message(self, message: str) -> None:
        self.guide.show_message(message)

    def show_input_error(self, exc: InputError) -> None:
        self.guide.show_input_error(exc)

    def jump_to(self, field: str) -> None:
        self.guide.jump_to(field)

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Lưu thay đổi?"),
                self.tr("Hồ sơ có thay đổi chưa lưu. Lưu trước khi đóng?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.discard_draft()
        super().reject()

    def done(self, result: int) -> None:
        self.autosave_timer.stop()
        self.watch.timer.stop()
        self.panel.timer.stop()
        _application().focusChanged.disconnect(self._focus_changed)
        super().done(result)

    @classmethod
    def from_draft(cls, app_data: AppData, dossier_uuid: str, parent: QWidget | None = None):
        """An editor on a draft whose dossier was never saved (recovered after a crash)."""
        with app_data.db.session() as session:
            found = drafts.load_draft(session, dossier_uuid)
        if found is None:
            return None
        snapshot, _saved_at = found
        editor = cls(app_data, None, parent, dossier=base_dossier(snapshot))
        editor.restore_draft(snapshot)
        return editor

    # --- portal text ------------------------------------------------------------------------
    def build_portal_text(self) -> None:
        try:
            dossier = self.collect()
        except InputError as exc:
            self.show_input_error(exc)
            return
        campaign = self.form.campaign()
        draft = build_portal_text(dossier, campaign.description_limit if campaign else None)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Mô tả cho cổng trực tuyến"))
        box.setText(
            self.tr("Văn bản dựng từ phần mô tả (%1). Dùng văn bản này?").replace("%1", core_text(draft.count_label))
        )
        box.setInformativeText(draft.text)
        if draft.was_cut:
            box.setDetailedText(self.tr("Phần bị cắt bớt:") + "\n\n" + draft.cut_text)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.ui.portalEdit.setPlainText(draft.text)
