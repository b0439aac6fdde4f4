"""Nominations upward: the list of nominations, and for the one selected its recipient and
deadline, the recognised dossiers to pick from, their order and favoured-field tags, the quota
bar, the deadline warning, the completeness check of each dossier, and the bundle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.nomination import DeadlineState
from sangkien_desktop.domain.text import fold, search_terms
from sangkien_desktop.domain.unit_route import names_district
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.exchange import spreadsheets
from sangkien_desktop.services.nominating import bundle as bundle_service
from sangkien_desktop.services.nominating import nomination_checks, route
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui import campaign_picker, counts
from sangkien_desktop.gui.dialogs import send_package, xlsx_actions
from sangkien_desktop.gui.dialogs.reason_dialog import ReasonDialog
from sangkien_desktop.gui.forms.ui_nominations_dialog import Ui_NominationsDialog
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.jobs import Job, run_job, show_error
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.operation import call_op

OK_COLOUR, GAP_COLOUR, WARN_COLOUR = QColor("#1b6e20"), QColor("#b3261e"), QColor("#8a5300")
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1  # a candidate's code, title, unit and author, folded for search
COLUMNS = (
    QT_TRANSLATE_NOOP("NominationsDialog", "STT"), QT_TRANSLATE_NOOP("NominationsDialog", "Mã"),
    QT_TRANSLATE_NOOP("NominationsDialog", "Tên sáng kiến"), QT_TRANSLATE_NOOP("NominationsDialog", "Đơn vị"),
    QT_TRANSLATE_NOOP("NominationsDialog", "Lĩnh vực ưu tiên"), QT_TRANSLATE_NOOP("NominationsDialog", "Kiểm tra"),
)  # fmt: skip
TITLE_COLUMN = 2
COLUMN_WIDTHS = (36, 100, 200, 100, 130, 150)
# The editor's minimum, shown as "không có hạn" when the nomination has no deadline.
NO_DEADLINE = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def _qt_time(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


class NominationsDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_NominationsDialog()
        self.ui.setupUi(self)
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
        ui.candidateSearch.textChanged.connect(lambda _t: self._filter_candidates())
        ui.newButton.clicked.connect(self.new_nomination)
        ui.deleteButton.clicked.connect(self.delete_current)
        ui.addButton.clicked.connect(self.add_selected)
        ui.candidateList.itemDoubleClicked.connect(lambda _i: self.add_selected())
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        ui.downButton.clicked.connect(lambda: self.move_selected(1))
        ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)
        ui.toLevelCombo.activated.connect(self._level_picked)
        ui.hasDeadlineCheck.toggled.connect(self._deadline_toggled)
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.sendButton.clicked.connect(self.send)
        ui.withdrawButton.clicked.connect(self.withdraw)
        ui.bundleButton.clicked.connect(self.make_bundle)
        ui.packageButton.clicked.connect(self.send_package)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.exportXlsxButton.clicked.connect(self.export_xlsx)
        ui.closeButton.clicked.connect(self.accept)
        ui.itemsTable.itemSelectionChanged.connect(self._update_buttons)

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
            campaign = self._campaign()
            start = campaign.nomination_deadline if campaign and campaign.nomination_deadline else None
            if start is None:
                start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=30), dt.time(17, 0))
            editor.setDateTime(_qt_time(start))
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
        self._show_current()

    # --- showing one nomination ---------------------------------------------------------------
    def _campaign(self):
        return self.app_data.campaigns.get(self.current.campaign_id) if self.current else None

    def _show_current(self) -> None:
        ui, n = self.ui, self.current
        for widget in (ui.campaignCombo, ui.toLevelCombo, ui.toUnitEdit, ui.basisEdit,
                       ui.hasDeadlineCheck, ui.deadlineEdit, ui.candidateList, ui.itemsTable):
            widget.setEnabled(n is not None)
        self._show_route(n)
        if n is None:
            ui.toUnitEdit.clear()
            ui.basisEdit.clear()
            ui.letterValue.clear()
            ui.itemsTable.setRowCount(0)
            ui.candidateList.clear()
            ui.quotaLabel.clear()
            ui.deadlineWarning.clear()
            self._update_buttons()
            return
        ui.campaignCombo.blockSignals(True)
        ui.campaignCombo.setCurrentIndex(max(ui.campaignCombo.findData(n.campaign_id), 0))
        ui.campaignCombo.blockSignals(False)
        ui.campaignCombo.setEnabled(not n.items and not n.is_sent)
        ui.toUnitEdit.setText(n.to_unit)
        ui.basisEdit.setPlainText(n.basis)
        ui.hasDeadlineCheck.setChecked(n.deadline is not None)
        ui.deadlineEdit.setEnabled(n.deadline is not None)
        ui.deadlineEdit.setDateTime(_qt_time(n.deadline) if n.deadline else NO_DEADLINE)
        letter = (self.tr("Số %1 ngày %2").replace("%1", n.letter_number_text)
                  .replace("%2", f"{n.letter_date:%d/%m/%Y}") if n.is_sent
                  else self.tr("chưa cấp số (dự thảo)"))
        if n.is_withdrawn:
            letter += " — " + self.tr("đã rút ngày %1: %2").replace(
                "%1", f"{n.withdrawn_at:%d/%m/%Y}").replace("%2", n.withdrawn_reason)
        ui.letterValue.setText(letter)
        self._check_items(n)
        self._fill_items(n)
        self._fill_candidates(n)
        self._show_quota_and_deadline(n)
        self._update_buttons()

    def _check_items(self, n: noms.Nomination) -> None:
        campaign = self._campaign()
        with self.app_data.db.session() as session:
            self.completeness = nomination_checks.check_nomination(
                session, n.dossier_uuids, campaign, self.app_data.campaigns,
                self.app_data.attachments, today=self.today)

    def _fill_items(self, n: noms.Nomination) -> None:
        table, campaign = self.ui.itemsTable, self._campaign()
        for row in range(table.rowCount()):
            old = table.cellWidget(row, 4)
            if old is not None:
                old.hide()  # deleted later by Qt; hidden now so it never paints over a row
                table.removeCellWidget(row, 4)
        table.setRowCount(len(n.items))
        with self.app_data.db.session() as session:
            dossiers = [get_dossier(session, i.dossier_uuid) for i in n.items]
        for row, (item, d) in enumerate(zip(n.items, dossiers, strict=True)):
            for column, text in enumerate((str(row + 1), d.code, d.title, d.unit_name)):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
            combo = QComboBox()
            combo.addItem(self.tr("(không)"), "")
            for choice in campaign.favoured_fields:
                combo.addItem(choice.label, choice.code)
            combo.setCurrentIndex(max(combo.findData(item.favoured_field), 0))
            combo.setEnabled(bool(campaign.favoured_fields) and not n.is_sent)
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._tag(r, c.currentData()))
            table.setCellWidget(row, 4, combo)
            result = self.completeness.get(item.dossier_uuid)
            if result is None or result.complete:
                text = "✔ " + self.tr("Đủ điều kiện")
            else:
                text = "✘ " + core_text(result.gaps[0].message)
                if len(result.gaps) > 1:
                    text += " " + self.tr("(và %1 thiếu sót khác)").replace("%1", str(len(result.gaps) - 1))
            check = QTableWidgetItem(text)
            check.setFlags(check.flags() & ~Qt.ItemFlag.ItemIsEditable)
            check.setForeground(QBrush(OK_COLOUR if result and result.complete else GAP_COLOUR))
            check.setToolTip("\n".join(core_text(g.message) for g in result.gaps) if result else "")
            table.setItem(row, 5, check)

    def _fill_candidates(self, n: noms.Nomination) -> None:
        listing = self.ui.candidateList
        listing.clear()
        with self.app_data.db.session() as session:
            found = noms.candidates(session, n)
        for c in found:
            sender = "\n" + self.tr("Nhận từ: %1").replace("%1", c.sender) if c.sender else ""
            item = QListWidgetItem(f"{c.code} — {c.title}{sender}")
            item.setToolTip(f"{c.title}\n{c.unit_name}\n{c.lead_author_name}{sender}")
            item.setData(Qt.ItemDataRole.UserRole, c.uuid)
            item.setData(FOLDED_ROLE, fold(" ".join((c.code, c.title, c.unit_name,
                                                     c.lead_author_name))))
            listing.addItem(item)
        listing.setEnabled(not n.is_sent)
        self._filter_candidates()

    def _filter_candidates(self) -> None:
        """Shows the candidates holding every word typed, without diacritics (đ as d)."""
        terms = search_terms(self.ui.candidateSearch.text())
        listing = self.ui.candidateList
        for row in range(listing.count()):
            item = listing.item(row)
            hidden = not all(t in item.data(FOLDED_ROLE) for t in terms)
            item.setHidden(hidden)
            if hidden:
                item.setSelected(False)  # "Thêm" adds only what can be seen

    def _show_quota_and_deadline(self, n: noms.Nomination) -> None:
        ui, campaign = self.ui, self._campaign()
        with self.app_data.db.session() as session:
            state = noms.quota_state(session, n, campaign)
        if state.quota is None:
            ui.quotaBar.setRange(0, max(state.count, 1))
            ui.quotaBar.setValue(state.count)
            ui.quotaLabel.setText(self.tr("Chương trình không giới hạn số sáng kiến cho cấp của đơn vị."))
        else:
            ui.quotaBar.setRange(0, state.quota)
            ui.quotaBar.setValue(min(state.count, state.quota))
            ui.quotaLabel.setText(self.tr("%1/%2 sáng kiến được đề nghị (%3)")
                                  .replace("%1", str(state.count)).replace("%2", str(state.quota))
                                  .replace("%3", state.level_label))
        deadline = noms.deadline_of(n, campaign)
        colour = {DeadlineState.PASSED: GAP_COLOUR, DeadlineState.NEAR: WARN_COLOUR}.get(
            deadline.state, OK_COLOUR)
        ui.deadlineWarning.setText(("⚠ " if deadline.state in (DeadlineState.NEAR, DeadlineState.PASSED)
                                    else "") + core_text(deadline.message))
        ui.deadlineWarning.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")

    def _show_route(self, n: noms.Nomination | None) -> None:
        """The levels the unit nominates to (Settings' level, two-tier local government), the
        nomination's own picked; a nomination made before levels were kept shows none, and
        one sent to a district union keeps the name it carries."""
        ui = self.ui
        with self.app_data.db.session() as session:
            self.route = route.choices(session)
            warning = route.parent_warning(unit_profile(session))
        combo = ui.toLevelCombo
        combo.clear()
        if n is not None and not n.to_level:
            combo.addItem(self.tr("(không ghi cấp: đợt lập trước khi chương trình ghi cấp nhận)"), "")
        for choice in self.route:
            combo.addItem(core_text(choice.label), choice.receiver.value)
        if n is not None and n.to_level and combo.findData(n.to_level) < 0:
            combo.addItem(n.to_level, n.to_level)  # a level off today's route, as stored
        combo.setCurrentIndex(max(combo.findData(n.to_level if n is not None else ""), 0))
        combo.setEnabled(n is not None and not n.is_sent)
        notes = []
        if n is not None and n.is_sent and names_district(n.to_unit):
            notes.append(self.tr("Đợt này gửi công đoàn cấp huyện trước ngày 01/7/2025: tên nơi "
                                 "nhận được giữ đúng như đã ghi."))
        elif warning is not None and (n is None or not n.is_sent):
            notes.append(core_text(warning))
        ui.routeNotice.setText("\n".join(notes))
        ui.routeNotice.setStyleSheet(f"color: {WARN_COLOUR.name()};")
        ui.routeNotice.setVisible(bool(notes))

    def _level_picked(self, _index: int) -> None:
        """Another level picked: the addressee follows it unless the officer wrote their own
        (one of the route's suggestions, or nothing, is replaced)."""
        chosen = next((c for c in self.route if c.receiver.value == self.ui.toLevelCombo.currentData()),
                      None)
        if chosen is None or not chosen.recipient:
            return
        typed = " ".join(self.ui.toUnitEdit.text().split())
        suggested = {c.recipient for c in self.route} | {"", self.tr("Công đoàn cấp trên")}
        if typed in suggested:
            self.ui.toUnitEdit.setText(chosen.recipient)

    def _update_buttons(self) -> None:
        ui, n = self.ui, self.current
        editable = n is not None and not n.is_sent
        row = ui.itemsTable.currentRow()
        for button in (ui.saveButton, ui.addButton):
            button.setEnabled(editable)
        ui.removeButton.setEnabled(editable and row >= 0)
        ui.upButton.setEnabled(editable and row > 0)
        count = len(n.items) if n is not None else 0
        ui.downButton.setEnabled(editable and 0 <= row < count - 1)
        ui.deleteButton.setEnabled(editable)
        ui.sendButton.setEnabled(editable and count > 0)
        ui.withdrawButton.setEnabled(n is not None and n.is_sent and not n.is_withdrawn)
        for button in (ui.bundleButton, ui.exportXlsxButton, ui.packageButton):
            button.setEnabled(count > 0)
        ui.personalDataCheck.setEnabled(ui.packageButton.isEnabled())
        ui.openFolderButton.setEnabled(self.last_bundle is not None)

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
            self.ui.deadlineEdit.setDateTime(_qt_time(n.deadline))
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
        self._show_current()
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

    def _tag(self, row: int, code: str) -> None:
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
    def make_bundle(self) -> Job | None:
        """Reads the nomination now, then writes its bundle in a worker (progress, Cancel)."""
        if self._bundling() or self.current is None or (not self.current.is_sent and not self.save()):
            return None
        out = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục để ghi bộ hồ sơ"))
        if not out:
            return None
        try:
            formats = bundle_service.formats_of(self.ui.formatCombo.currentData())
            with self.app_data.db.session() as session:
                plan = bundle_service.plan_bundle(
                    session, self.current.uuid, self.app_data.campaigns, formats=formats,
                    store=self.app_data.attachments)
        except SangKienError as exc:
            self._bundle_failed(exc)
            return None
        self.bundle_job = run_job(
            self, lambda: bundle_service.iter_write_plan(plan, Path(out)),
            title=self.tr("Đang tạo bộ hồ sơ…"), on_success=self._bundle_written,
            on_failure=self._bundle_failed)
        return self.bundle_job

    def _bundling(self) -> bool:
        return self.bundle_job is not None and self.bundle_job.is_running()

    def _bundle_failed(self, exc: BaseException) -> None:
        show_error(self, self.tr("Không tạo được bộ hồ sơ"), exc)

    def _bundle_written(self, last: bundle_service.BundleProgress) -> None:
        self.last_bundle = last
        self._update_buttons()
        text = counts.fill(self.tr("Đã tạo bộ hồ sơ gồm %1:\n%2\nvà tệp nén %3."),
                           counts.files(len(last.files)), last.folder,
                           last.zip_path.name if last.zip_path else "")
        if last.missing:
            text += "\n\n" + self.tr("Chưa có trong bộ hồ sơ:") + "\n" + "\n".join(map(core_text, last.missing))
        QMessageBox.information(self, self.tr("Bộ hồ sơ đề nghị"), text)

    def export_xlsx(self) -> Path | None:
        """The nomination's summary table (Bảng tổng hợp) as an Excel sheet, in its order."""
        if self.current is None or (not self.current.is_sent and not self.save()):
            return None
        uuid, campaigns = self.current.uuid, self.app_data.campaigns
        stem = bundle_service.slug(f"bang-tong-hop {self.current.letter_number_text or 'du-thao'}")
        return xlsx_actions.export_table(
            self, self.app_data, self.tr("Xuất bảng tổng hợp ra Excel"), f"{stem}.xlsx",
            lambda session, path: spreadsheets.export_summary_table(session, uuid, campaigns, path))

    def done(self, result: int) -> None:
        if not self._header_settled():
            return
        job = self.bundle_job
        if job is not None and job.is_running():  # closed while writing: stop, so no callback finds it gone
            job.cancel()
            job.wait()
        super().done(result)

    def open_folder(self) -> None:
        if self.last_bundle is not None and self.last_bundle.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_bundle.folder)))

    def send_package(self) -> None:
        """"Gửi lên cấp trên": the nomination as an exchange package, written off the GUI
        thread (gui/dialogs/send_package.py)."""
        if self.current is None or (not self.current.is_sent and not self.save()):
            return
        self.package_job = send_package.send_nomination(
            self, self.app_data, self.current.uuid,
            on_done=lambda path: setattr(self, "last_package", path),
            personal_data=self.ui.personalDataCheck.isChecked())
