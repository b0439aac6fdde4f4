"""The first-run assistant: the unit as documents name it, the signer, the programme the unit
works under and where backups go, in three short steps. Offered once at the first start (until
finished or skipped), and again from Settings."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.settings import mark_setup, save_unit_profile, unit_profile

from sangkien_desktop.gui.dialogs.unit_choices import (
    fill_unit_combos,
    missing,
    read_unit,
    show_unit,
)
from sangkien_desktop.gui.forms.ui_setup_assistant import Ui_SetupAssistant
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.operation import call_op

# Recognition at the unit, under no national programme: what a unit works under when no
# emulation programme is open (resources/campaigns/cong-nhan-cap-co-so.json).
UNIT_LEVEL = "cong-nhan-cap-co-so"
STEPS = (
    QT_TRANSLATE_NOOP("SetupAssistant", "Bước 1/3: Đơn vị của bạn"),
    QT_TRANSLATE_NOOP("SetupAssistant", "Bước 2/3: Người ký văn bản"),
    QT_TRANSLATE_NOOP("SetupAssistant", "Bước 3/3: Chương trình và sao lưu"),
)


def _finish(session: Session, profile: UnitProfile) -> None:
    save_unit_profile(session, profile)
    mark_setup(session, "done")


class SetupAssistant(QDialog):
    """``ask`` runs it modally (from Settings); at the first start the window opens it without
    waiting (``open``). Accepted: the profile is saved; Skip: nothing changes but the
    assistant is not offered again at start."""

    @classmethod
    def ask(cls, parent: QWidget | None, app_data: AppData) -> UnitProfile | None:
        dialog = cls(app_data, parent)
        return dialog.profile if dialog.exec() == QDialog.DialogCode.Accepted else None

    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.skipped = False
        self.ui = Ui_SetupAssistant()
        self.ui.setupUi(self)
        ui = self.ui
        font = ui.stepLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.stepLabel.setFont(font)
        fill_unit_combos(ui.provinceCombo, ui.levelCombo, ui.capacityCombo)
        for campaign in sorted(app_data.campaigns.values(), key=lambda c: c.short_name):
            ui.campaignCombo.addItem(campaign.short_name, campaign.id)
            ui.campaignCombo.setItemData(ui.campaignCombo.count() - 1, campaign.name,
                                         Qt.ItemDataRole.ToolTipRole)
        with app_data.db.session() as session:
            self.profile = unit_profile(session)
        self._backups: Path | None = app_data.layout.chosen_backups()
        self._load(self.profile)
        self._connect()
        self._show_step(0)

    def _connect(self) -> None:
        ui = self.ui
        ui.nextButton.clicked.connect(self.next_step)
        ui.backButton.clicked.connect(lambda: self._show_step(ui.pages.currentIndex() - 1))
        ui.finishButton.clicked.connect(self.finish)
        ui.skipButton.clicked.connect(self.skip)
        ui.chooseBackupButton.clicked.connect(self._choose_backups)
        ui.defaultBackupButton.clicked.connect(lambda: self._set_backups(None))

    def _load(self, p: UnitProfile) -> None:
        ui = self.ui
        show_unit(ui, p)
        found = ui.campaignCombo.findData(p.campaign_id or UNIT_LEVEL)
        ui.campaignCombo.setCurrentIndex(max(found, 0))
        self._set_backups(self._backups)

    def collect(self) -> UnitProfile:
        """The profile as typed; what the assistant does not ask (recipients, the user's name)
        is kept as it was."""
        return dataclasses.replace(read_unit(self.ui, self.profile),
                                   campaign_id=self.ui.campaignCombo.currentData() or "")

    # --- steps ------------------------------------------------------------------------------
    def _show_step(self, index: int) -> None:
        ui = self.ui
        index = max(0, min(index, ui.pages.count() - 1))
        ui.pages.setCurrentIndex(index)
        ui.stepLabel.setText(self.tr(STEPS[index]))
        last = index == ui.pages.count() - 1
        ui.backButton.setEnabled(index > 0)
        ui.nextButton.setVisible(not last)
        ui.finishButton.setVisible(last)
        (ui.finishButton if last else ui.nextButton).setDefault(True)
        ui.errorLabel.setVisible(False)
        first = {0: ui.parentEdit, 1: ui.capacityCombo, 2: ui.campaignCombo}[index]
        first.setFocus()

    def next_step(self) -> None:
        if self.ui.pages.currentIndex() == 0 and not self._unit_ok():
            return
        self._show_step(self.ui.pages.currentIndex() + 1)

    def _unit_ok(self) -> bool:
        problem = missing(self.collect())
        if problem is None:
            return True
        self._show_step(0)
        self._error(problem[1])
        getattr(self.ui, f"{problem[0]}Edit").setFocus()
        return False

    # --- backups ----------------------------------------------------------------------------
    def _set_backups(self, folder: Path | None) -> None:
        self._backups = folder
        shown = folder or self.app_data.layout.default_backups
        self.ui.backupEdit.setText(str(shown))
        self.ui.defaultBackupButton.setEnabled(folder is not None)

    def _choose_backups(self) -> None:
        start = str(self._backups or self.app_data.layout.default_backups)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục lưu bản sao lưu"), start)
        if chosen:
            self._set_backups(Path(chosen))

    def _backups_writable(self) -> bool:
        folder = self._backups
        if folder is None:
            return True
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError:
            self._error(self.tr("Không ghi được vào thư mục “%1”: hãy chọn thư mục khác (hoặc "
                                "cắm ổ đĩa chứa nó vào máy).").replace("%1", str(folder)))
            return False
        return True

    # --- the end ----------------------------------------------------------------------------
    def finish(self) -> None:
        if not self._unit_ok() or not self._backups_writable():
            return
        profile = self.collect()
        if not call_op(self, self.app_data, _finish, profile, title=self.tr("Không lưu được")):
            return
        self.app_data.layout.choose_backups(self._backups)
        self.profile = profile
        self.accept()

    def skip(self) -> None:
        """Nothing is saved; the assistant is not offered at start again (Settings has it)."""
        call_op(self, self.app_data, mark_setup, "skipped", title=self.tr("Không lưu được"))
        self.skipped = True
        self.reject()

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)
