"""Nominations upward: the list of nominations, and for the one selected its recipient and
deadline, the recognised dossiers to pick from, their order and favoured-field tags, the quota
bar, the deadline warning, the completeness check of each dossier, and the bundle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.nominating import bundle as bundle_service
from sangkien_desktop.services.nominating import nomination_checks, route
from sangkien_desktop.services.nominating import nominations as noms

from sangkien_desktop.gui import campaign_picker
from sangkien_desktop.gui.dialogs.nomination_outputs import NominationOutputs
from sangkien_desktop.gui.dialogs.nomination_view import NO_DEADLINE, NominationView, qt_time
from sangkien_desktop.gui.dialogs.reason_dialog import ReasonDialog
from sangkien_desktop.gui.forms.ui_nominations_dialog import Ui_NominationsDialog
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.jobs import Job
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.operation import call_op

COLUMNS = (
    QT_TRANSLATE_NOOP("NominationsDialog", "STT"), QT_TRANSLATE_NOOP("NominationsDialog", "Mã"),
    QT_TRANSLATE_NOOP("NominationsDialog", "Tên sáng kiến"), QT_TRANSLATE_NOOP("NominationsDialog", "Đơn vị"),
    QT_TRANSLATE_NOOP("NominationsDialog", "Lĩnh vực ưu tiên"), QT_TRANSLATE_NOOP("NominationsDialog", "Kiểm tra"),
)  # fmt: skip
TITLE_COLUMN = 2
COLUMN_WIDTHS = (36, 100, 200, 100, 130, 150)


class NominationsDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_NominationsDialog()
        self.ui.setupUi(self)
        self.view = NominationView(self)
        self.outputs = NominationOutputs(self)
        self.current: noms.Nomination | None = None
        self.last_bundle: bundle_service.BundleProgress | None = None
        self.bundle_job: Job | None = None
        self.last_package: Path | None = None
        self.package_job: Job | None = None
        self.completeness: dict[str, nomination_checks.Completeness] = {}
        self.today: dt.date | None = None  # None: the checks use today's date
        self.route: list[route.RouteChoice] = []  # the levels the unit nominates to
        ui = self.ui
        campaign_picker.fill(ui.campaignCombo, app_data.campaigns)
        for label, choice in ((self.tr("PDF"), "pdf"), (self.tr("Word (DOCX)"), "docx"),
                              (self.tr("PDF và Word"), "both")):
            ui.formatCombo.addItem(label, choice)
        ui.itemsTable.setColumnCount(len(COLUMNS))
        ui.itemsTable.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        header = ui.itemsTable.horizontalHeader()
        # The title takes what is left; the check column is wide enough for its first words.
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # No deadline: the greyed editor says so instead of showing a date that means nothing.
        ui.deadlineEdit.setMinimumDateTime(NO_DEADLINE)
        ui.deadlineEdit.setSpecialValueText(self.tr("không có hạn"))
        # One line per dossier; the full title and every gap are in the tooltips.
        ui.itemsTable.setWordWrap(False)
        ui.quotaBar.setFormat(self.tr("%v hồ sơ"))
        self._connect()
        self.reload_list()

    def _connect(self) -> None:
        ui = self.ui
        ui.nominationList.currentItemChanged.connect(self._nomination_picked)
        ui.candidateSearch.textChanged.connect(lambda _t: self.view.filter_candidates())
        ui.newButton.clicked.connect(self.new_nomination)
        ui.deleteButton.clicked.connect(self.delete_current)
        ui.addButton.clicked.connect(self.add_selected)
        ui.candidateList.itemDoubleClicked.connect(lambda _i: self.add_selected())
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        ui.downButton.clicked.connect(lambda: self.move_selected(1))
        ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)
        ui.toLevelCombo.activated.connect(self.view.level_picked)
        ui.hasDeadlineCheck.toggled.connect(self._deadline_toggled)
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.sendButton.clicked.connect(self.send)
        ui.withdrawButton.clicked.connect(self.withdraw)
        ui.bundleButton.clicked.connect(self.outputs.make_bundle)
        ui.packageButton.clicked.connect(self.outputs.send_package)
        ui.openFolderButton.clicked.connect(self.outputs.open_folder)
        ui.exportXlsxButton.clicked.connect(self.outputs.export_xlsx)
        ui.closeButton.clicked.connect(self.accept)
        ui.itemsTable.itemSelectionChanged.connect(self.view.update_buttons)

    # --- list -------------------------------------------------------------------------------
    def reload_list(self, select_uuid: str | None = None) -> None:
        ui = self.ui
        with self.app_data.db.session() as session:
            found = noms.list_nominations(session)
        ui.nominationList.blockSignals(True)
        ui.nominationList.clear()
        for n in found:
            campaign = self.app_data.campaigns.get(n.campaign_id)
            name = campaign.short_name if campaign else n.campaign_id
            status = core_text(noms.STATUS_LABELS.get(n.status, n.status))
            text = (self.tr("%1 — %2\n%3, ").replace("%1", n.letter_number_text or self.tr("Dự thảo"))
                    .replace("%2", name).replace("%3", status) + self.tr("%n hồ sơ", "", len(n.items)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, n.uuid)
            ui.nominationList.addItem(item)
        ui.nominationList.blockSignals(False)
        uuids = [n.uuid for n in found]
        row = uuids.index(select_uuid) if select_uuid in uuids else (0 if uuids else -1)
        ui.nominationList.setCurrentRow(row)
        self._open_selected()

    def _nomination_picked(self, current: QListWidgetItem | None,
                           previous: QListWidgetItem | None) -> None:
        """Another nomination picked: unsaved header edits of the one shown are saved,
        dropped, or the pick is undone, as the user says."""
        if previous is not None and self._header_changed():
            target = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
            answer = self._ask_keep_header()
            if answer == QMessageBox.StandardButton.Cancel:
                listing = self.ui.nominationList
                listing.blockSignals(True)
                listing.setCurrentItem(previous)
                listing.blockSignals(False)
                return
            if answer == QMessageBox.StandardButton.Save:
                if self.save():
                    self.reload_list(target)
                return
        self._open_selected()

    def _deadline_toggled(self, on: bool) -> None:
        """A deadline ticked on starts from the campaign's, else from 17:00 in a month."""
        editor = self.ui.deadlineEdit
        editor.setEnabled(on)
        if on and editor.dateTime() == NO_DEADLINE:
            campaign = self.view.campaign()
            start = campaign.nomination_deadline if campaign and campaign.nomination_deadline else None
            if start is None:
                start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=30), dt.time(17, 0))
            editor.setDateTime(qt_time(start))
        elif not on:
            editor.setDateTime(NO_DEADLINE)

    def _header_changed(self) -> bool:
        """The recipient, basis or deadline typed differ from what is stored (a draft only)."""
        n = self.current
        if n is None or n.is_sent:
            return False
        ui = self.ui
        deadline = (ui.deadlineEdit.dateTime().toPython().replace(second=0, microsecond=0)
                    if ui.hasDeadlineCheck.isChecked() else None)
        stored = n.deadline.replace(second=0, microsecond=0) if n.deadline else None
        return (ui.toUnitEdit.text() != n.to_unit or ui.basisEdit.toPlainText() != n.basis
                or deadline != stored or (ui.toLevelCombo.currentData() or "") != n.to_level)

    def _ask_keep_header(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Lưu thay đổi?"),
            self.tr("Cấp nhận, nơi nhận, căn cứ hoặc hạn gửi của đợt đề nghị đang soạn đã sửa mà chưa "
                    "lưu. Lưu trước?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def _header_settled(self) -> bool:
        """Before the shown nomination is replaced: False when the user chose to stay."""
        if not self._header_changed():
            return True
        answer = self._ask_keep_header()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _open_selected(self) -> None:
        item = self.ui.nominationList.currentItem()
        if item is None:
            self.current = None
        else:
            with self.app_data.db.session() as session:
                self.current = noms.get_nomination(session, item.data(Qt.ItemDataRole.UserRole))
        self.view.show_current()

    # --- showing one nomination ---------------------------------------------------------------
    # --- editing ------------------------------------------------------------------------------
    def _from_form(self, n: noms.Nomination) -> noms.Nomination:
        ui = self.ui
        n.campaign_id = ui.campaignCombo.currentData()
        n.to_unit = ui.toUnitEdit.text()
        n.to_level = ui.toLevelCombo.currentData() or ""
        n.basis = ui.basisEdit.toPlainText()
        n.deadline = (ui.deadlineEdit.dateTime().toPython().replace(second=0, microsecond=0)
                      if ui.hasDeadlineCheck.isChecked() else None)
        return n

    def save(self, select_row: int | None = None) -> bool:
        """Stores the nomination as shown; on a refusal (quota, a taken dossier) says why and
        shows it as stored again."""
        n = self.current
        if n is None:
            return False
        done = call_op(self, self.app_data, noms.save_nomination, self._from_form(n),
                       self.app_data.campaigns, title=self.tr("Không lưu được đợt đề nghị"))
        if not done:
            self.reload_list(n.uuid or None)
            return False
        self.reload_list(done.result.uuid)
        if select_row is not None and 0 <= select_row < self.ui.itemsTable.rowCount():
            self.ui.itemsTable.selectRow(select_row)
        return True

    def _campaign_changed(self) -> None:
        """An empty draft may change campaign; its deadline follows the campaign's."""
        n = self.current
        campaign = self.app_data.campaigns.get(self.ui.campaignCombo.currentData())
        if n is None or n.items or n.is_sent or campaign is None:
            return
        n.campaign_id = campaign.id
        n.deadline = campaign.nomination_deadline
        self.ui.hasDeadlineCheck.setChecked(n.deadline is not None)
        if n.deadline:
            self.ui.deadlineEdit.setDateTime(qt_time(n.deadline))
        self.save()

    def new_nomination(self) -> None:
        if not self._header_settled():
            return
        campaign = self.app_data.campaigns.get(self.ui.campaignCombo.currentData()) or \
            next(iter(self.app_data.campaigns.values()))
        # The nearest level of the unit's route, addressed as Settings name the union there.
        with self.app_data.db.session() as session:
            nearest = route.choices(session)[0]
        self.current = noms.new_nomination(
            campaign, nearest.recipient or self.tr("Công đoàn cấp trên"), nearest.receiver.value)
        self.view.show_current()
        self.save()

    def delete_current(self) -> None:
        if self.current is None or QMessageBox.question(
                self, self.tr("Xóa đợt đề nghị"),
                self.tr("Xóa đợt đề nghị đang soạn này? Hồ sơ trong đợt không bị xóa.")) != QMessageBox.StandardButton.Yes:
            return
        call_op(self, self.app_data, noms.delete_nomination, self.current.uuid,
                title=self.tr("Không xóa được"))
        self.reload_list()

    def add_selected(self) -> None:
        if self.current is None:
            return
        picked = [i.data(Qt.ItemDataRole.UserRole) for i in self.ui.candidateList.selectedItems()
                  if not i.isHidden()]
        if not picked:
            return
        self.current.items += [noms.NominationItem(u) for u in picked]
        self.save(select_row=len(self.current.items) - 1)

    def remove_selected(self) -> None:
        row = self.ui.itemsTable.currentRow()
        if self.current is not None and 0 <= row < len(self.current.items):
            del self.current.items[row]
            self.save(select_row=min(row, len(self.current.items) - 1))

    def move_selected(self, delta: int) -> None:
        row = self.ui.itemsTable.currentRow()
        if self.current is not None and row >= 0:
            self.save(select_row=noms.move_item(self.current, row, delta))

    def tag(self, row: int, code: str) -> None:
        if self.current is not None and row < len(self.current.items):
            self.current.items[row].favoured_field = code or ""
            self.save(select_row=row)

    def send(self) -> None:
        n = self.current
        if n is None or not self.save():
            return
        from sangkien_desktop.gui.dialogs.send_nomination_dialog import SendNominationDialog

        incomplete = [u for u, c in self.completeness.items() if not c.complete]
        # The Tờ trình's number and date, from the unit's register of document numbers.
        chosen = SendNominationDialog.ask(self, self.app_data, len(incomplete))
        if chosen is None:
            return
        number, day = chosen
        done = call_op(self, self.app_data, noms.mark_sent, n.uuid, number=number, date=day,
                       title=self.tr("Không gửi được"))
        if done:
            self.reload_list(done.result.uuid)

    def withdraw(self) -> None:
        """Rút đợt đề nghị: an act undone, confirmed with its reason; the dossiers it nominated
        are recognised again and free for another nomination."""
        n = self.current
        if n is None or not n.is_sent or n.is_withdrawn:
            return
        question = self.tr("Rút đợt đề nghị theo Tờ trình số %1? Tờ trình giữ số đã cấp; các hồ "
                           "sơ trở lại “Đã công nhận” và có thể đưa vào đợt đề nghị khác.")
        reason = ReasonDialog.ask(self, self.tr("Rút đợt đề nghị"),
                                  question.replace("%1", n.letter_number_text),
                                  self.tr("&Rút đợt đề nghị"))
        if reason is None:
            return
        done = call_op(self, self.app_data, noms.withdraw_nomination, n.uuid, reason,
                       title=self.tr("Không rút được"))
        if done:
            self.reload_list(done.result.uuid)

    # --- the bundle ---------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if not self._header_settled():
            return
        job = self.bundle_job
        if job is not None and job.is_running():  # closed while writing: stop, so no callback finds it gone
            job.cancel()
            job.wait()
        super().done(result)
