"""The nominations window's view of one nomination: its recipient and route, the dossiers in
it with their favoured-field tags and completeness, the candidates to pick from, the quota bar
and the deadline warning, and which buttons apply."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QObject, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QTableWidgetItem

from sangkien_desktop.domain.nomination import DeadlineState
from sangkien_desktop.domain.text import fold, search_terms
from sangkien_desktop.domain.unit_route import names_district
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.nominating import nomination_checks, route
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui.labels import core_text

OK_COLOUR, GAP_COLOUR, WARN_COLOUR = QColor("#1b6e20"), QColor("#b3261e"), QColor("#8a5300")
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1  # a candidate's code, title, unit and author, folded for search
# The editor's minimum, shown as "không có hạn" when the nomination has no deadline.
NO_DEADLINE = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def qt_time(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


class NominationView(QObject):
    """Shows the nomination selected in the nominations window (gui/dialogs/nominations_dialog.py,
    which imports this module and keeps the state shown)."""

    def __init__(self, dialog: Any):
        super().__init__(dialog)
        self.dialog = dialog

    def campaign(self):
        return self.dialog.app_data.campaigns.get(self.dialog.current.campaign_id) if self.dialog.current else None

    def show_current(self) -> None:
        ui, n = self.dialog.ui, self.dialog.current
        for widget in (ui.campaignCombo, ui.toLevelCombo, ui.toUnitEdit, ui.basisEdit,
                       ui.hasDeadlineCheck, ui.deadlineEdit, ui.candidateList, ui.itemsTable):
            widget.setEnabled(n is not None)
        self.show_route(n)
        if n is None:
            ui.toUnitEdit.clear()
            ui.basisEdit.clear()
            ui.letterValue.clear()
            ui.itemsTable.setRowCount(0)
            ui.candidateList.clear()
            ui.quotaLabel.clear()
            ui.deadlineWarning.clear()
            self.update_buttons()
            return
        ui.campaignCombo.blockSignals(True)
        ui.campaignCombo.setCurrentIndex(max(ui.campaignCombo.findData(n.campaign_id), 0))
        ui.campaignCombo.blockSignals(False)
        ui.campaignCombo.setEnabled(not n.items and not n.is_sent)
        ui.toUnitEdit.setText(n.to_unit)
        ui.basisEdit.setPlainText(n.basis)
        ui.hasDeadlineCheck.setChecked(n.deadline is not None)
        ui.deadlineEdit.setEnabled(n.deadline is not None)
        ui.deadlineEdit.setDateTime(qt_time(n.deadline) if n.deadline else NO_DEADLINE)
        letter = (self.tr("Số %1 ngày %2").replace("%1", n.letter_number_text)
                  .replace("%2", f"{n.letter_date:%d/%m/%Y}") if n.is_sent
                  else self.tr("chưa cấp số (dự thảo)"))
        if n.is_withdrawn:
            letter += " — " + self.tr("đã rút ngày %1: %2").replace(
                "%1", f"{n.withdrawn_at:%d/%m/%Y}").replace("%2", n.withdrawn_reason)
        ui.letterValue.setText(letter)
        self.check_items(n)
        self.fill_items(n)
        self.fill_candidates(n)
        self.show_quota_and_deadline(n)
        self.update_buttons()

    def check_items(self, n: noms.Nomination) -> None:
        campaign = self.campaign()
        with self.dialog.app_data.db.session() as session:
            self.dialog.completeness = nomination_checks.check_nomination(
                session, n.dossier_uuids, campaign, self.dialog.app_data.campaigns,
                self.dialog.app_data.attachments, today=self.dialog.today)

    def fill_items(self, n: noms.Nomination) -> None:
        table, campaign = self.dialog.ui.itemsTable, self.campaign()
        for row in range(table.rowCount()):
            old = table.cellWidget(row, 4)
            if old is not None:
                old.hide()  # deleted later by Qt; hidden now so it never paints over a row
                table.removeCellWidget(row, 4)
        table.setRowCount(len(n.items))
        with self.dialog.app_data.db.session() as session:
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
            combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self.dialog.tag(r, c.currentData()))
            table.setCellWidget(row, 4, combo)
            result = self.dialog.completeness.get(item.dossier_uuid)
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

    def fill_candidates(self, n: noms.Nomination) -> None:
        listing = self.dialog.ui.candidateList
        listing.clear()
        with self.dialog.app_data.db.session() as session:
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
        self.filter_candidates()

    def filter_candidates(self) -> None:
        """Shows the candidates holding every word typed, without diacritics (đ as d)."""
        terms = search_terms(self.dialog.ui.candidateSearch.text())
        listing = self.dialog.ui.candidateList
        for row in range(listing.count()):
            item = listing.item(row)
            hidden = not all(t in item.data(FOLDED_ROLE) for t in terms)
            item.setHidden(hidden)
            if hidden:
                item.setSelected(False)  # "Thêm" adds only what can be seen

    def show_quota_and_deadline(self, n: noms.Nomination) -> None:
        ui, campaign = self.dialog.ui, self.campaign()
        with self.dialog.app_data.db.session() as session:
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

    def show_route(self, n: noms.Nomination | None) -> None:
        """The levels the unit nominates to (Settings' level, two-tier local government), the
        nomination's own picked; a nomination made before levels were kept shows none, and
        one sent to a district union keeps the name it carries."""
        ui = self.dialog.ui
        with self.dialog.app_data.db.session() as session:
            self.dialog.route = route.choices(session)
            warning = route.parent_warning(unit_profile(session))
        combo = ui.toLevelCombo
        combo.clear()
        if n is not None and not n.to_level:
            combo.addItem(self.tr("(không ghi cấp: đợt lập trước khi chương trình ghi cấp nhận)"), "")
        for choice in self.dialog.route:
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

    def level_picked(self, _index: int) -> None:
        """Another level picked: the addressee follows it unless the officer wrote their own
        (one of the route's suggestions, or nothing, is replaced)."""
        chosen = next((c for c in self.dialog.route if c.receiver.value == self.dialog.ui.toLevelCombo.currentData()),
                      None)
        if chosen is None or not chosen.recipient:
            return
        typed = " ".join(self.dialog.ui.toUnitEdit.text().split())
        suggested = {c.recipient for c in self.dialog.route} | {"", self.tr("Công đoàn cấp trên")}
        if typed in suggested:
            self.dialog.ui.toUnitEdit.setText(chosen.recipient)

    def update_buttons(self) -> None:
        ui, n = self.dialog.ui, self.dialog.current
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
        ui.openFolderButton.setEnabled(self.dialog.last_bundle is not None)
