"""Saving in the dossier editor: the save in one unit of work, another officer's save met on
the way (reload theirs or keep this one as a new dossier), a status act on the stored copy."""

from __future__ import annotations

import dataclasses
from typing import Protocol

from sqlalchemy.orm import Session

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DossierChangedError, InputError, SangKienError
from sangkien_desktop.domain.workflow import Act
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import drafts, stored_checks
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier

from sangkien_desktop.gui.dialogs import save_conflict
from sangkien_desktop.gui.dialogs.check_panel import CheckPanel
from sangkien_desktop.gui.dialogs.dossier_form import DossierForm
from sangkien_desktop.gui.dialogs.version_banner import VersionBanner
from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.operation import call_op, show_error


def _save(session: Session, dossier: Dossier, campaigns: dict[str, Campaign]) -> Dossier:
    """The editor's save: the dossier, its kept check (the overview's counts, the list's check
    filters) and its autosaved draft dropped, in one unit of work."""
    saved = save_dossier(session, dossier)
    stored_checks.refresh_dossiers(session, campaigns, [saved.uuid])
    drafts.discard_draft(session, saved.uuid)
    return saved


class Editor(Protocol):
    """What saving needs of the dossier editor (gui/dialogs/dossier_editor.py, which imports
    this module): its state and the steps it shows."""

    ui: Ui_DossierEditor
    app_data: AppData
    dossier: Dossier
    saved_uuid: str | None
    stored: bool
    dirty: bool
    loading: bool
    autosave_timer: QTimer
    version: VersionBanner
    panel: CheckPanel
    form: DossierForm

    def collect(self) -> Dossier: ...

    def show_input_error(self, exc: InputError) -> None: ...

    def show_message(self, message: str) -> None: ...

    def discard_draft(self) -> None: ...

    def update_title(self) -> None: ...


class EditorSaving(QObject):
    def __init__(self, editor: Editor, dialog: QDialog):
        super().__init__(dialog)
        self.editor = editor
        self.dialog = dialog

    def save(self) -> bool:
        """Saves in one unit of work; on any problem nothing is written and the field is shown
        (the rules are the core's: a title is required in every way a dossier comes in)."""
        try:
            dossier = self.editor.collect()
        except InputError as exc:
            self.editor.show_input_error(exc)
            return False
        done = call_op(self.dialog, self.editor.app_data, _save, dossier, self.editor.app_data.campaigns,
                       title=self.tr("Không lưu được"),
                       on_failure=self.not_saved)
        if isinstance(done.error, DossierChangedError):  # another officer saved it meanwhile
            return self.resolve_conflict(dossier, done.error)
        if not done:
            return False
        self.saved(done.result)
        return True

    def saved(self, saved: Dossier) -> None:
        self.editor.autosave_timer.stop()
        self.editor.dossier = saved
        self.editor.saved_uuid = saved.uuid
        self.editor.stored = True
        self.editor.ui.codeValue.setText(saved.code)
        self.editor.ui.historyButton.setEnabled(True)
        self.editor.dirty = False
        self.editor.show_message("")
        for w in (self.editor.ui.titleEdit, self.editor.ui.firstAppliedEdit):
            w.setStyleSheet("")
        self.editor.update_title()

    def resolve_conflict(self, dossier: Dossier, error: DossierChangedError) -> bool:
        """Another officer saved this dossier after it was opened here: reload theirs, keep
        this one as a new dossier, or go on editing (False: nothing saved)."""
        choice = save_conflict.ask(self.dialog, error)
        if choice == save_conflict.RELOAD:
            self.reload()
            return False
        if choice != save_conflict.COPY:
            return False
        try:
            copy = save_conflict.keep_copy(self.editor.app_data, dossier)
        except SangKienError as exc:
            show_error(self.dialog, self.tr("Không lưu được"), exc)
            return False
        self.saved(copy)
        self.show_stored(copy)
        self.editor.show_message(self.tr("Đã lưu bản của anh/chị thành hồ sơ mới %1.").replace(
            "%1", copy.code))
        return True

    def reload(self) -> None:
        """Drops what is unsaved here and shows the dossier as stored now."""
        with self.editor.app_data.db.session() as session:
            stored = get_dossier(session, self.editor.dossier.uuid)
        self.show_stored(stored)
        self.editor.discard_draft()

    def show_stored(self, dossier: Dossier) -> None:
        """Shows ``dossier`` as it is stored: nothing unsaved, no draft pending."""
        self.editor.dossier = dossier
        self.editor.loading = True
        self.editor.form.load(dossier)
        self.editor.loading = False
        self.editor.version.load(dossier.uuid)
        self.editor.autosave_timer.stop()
        self.editor.dirty = False
        self.editor.update_title()
        self.editor.panel.run()

    def not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, DossierChangedError):  # asked about once call_op returns (save)
            return
        if isinstance(exc, InputError) and exc.field:  # a rule of the core: point at the field
            self.editor.show_input_error(exc)
            return
        show_error(self.dialog, self.tr("Không lưu được"), exc)  # the database refused: keep the form
        self.editor.show_message(self.tr("Hồ sơ chưa được lưu; dữ liệu cũ vẫn nguyên vẹn."))

    def saved_before_act(self, act: Act) -> bool:
        """An act applies to the dossier as stored: a new or changed one is saved first."""
        if act == Act.SUBMIT and (self.editor.dirty or not self.editor.stored):
            return self.save()
        return True

    def act_done(self, stored: Dossier) -> None:
        # Only the status and the time moved; what is typed and not saved stays in the form.
        # The act moved the stored copy on a revision: this editor's next save replaces it.
        self.editor.dossier = dataclasses.replace(self.editor.dossier, status=stored.status,
                                           updated_at=stored.updated_at,
                                           revision=stored.revision, updated_by=stored.updated_by)
        self.editor.saved_uuid = stored.uuid
