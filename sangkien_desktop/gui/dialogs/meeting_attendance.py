"""The meeting window's attendance and agenda: who of the council is present (the quorum line
checked live), which dossiers the meeting considers and in what order (a draft added is
submitted to the council first), and the scoring choices and grid that follow from both."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidgetItem

from sangkien_desktop.domain.council import Member
from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.domain.pass_rule import votes_needed
from sangkien_desktop.services.council import council_lists
from sangkien_desktop.services.council import councils as council_service
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

from sangkien_desktop.gui.dialogs.meeting_results_view import BAD_STYLE, OK_STYLE
from sangkien_desktop.gui.dialogs.status_acts import submit_many

UUID_ROLE = Qt.ItemDataRole.UserRole
QUORUM_STYLE = "font-weight: bold; padding: 4px 0;"


class MeetingAttendance(QObject):
    """Attendance and the dossiers considered in the meeting window
    (gui/dialogs/meeting_dialog.py, which imports this module and keeps the meeting shown)."""

    def __init__(self, dialog: Any):
        super().__init__(dialog)
        self.dialog = dialog

    def present_members(self) -> list[Member]:
        table = self.dialog.ui.attendanceTable
        ids = {table.item(r, 0).data(UUID_ROLE) for r in range(table.rowCount())
               if table.item(r, 2).checkState() == Qt.CheckState.Checked}
        return [m for m in self.dialog.chosen_council().members if m.id in ids]

    def considered(self) -> list[council_lists.DossierChoice]:
        lst = self.dialog.ui.consideredList
        return [lst.item(i).data(UUID_ROLE) for i in range(lst.count())]

    def dossier_item(self, choice: council_lists.DossierChoice) -> QListWidgetItem:
        text = f"{choice.code} — {choice.title}" if choice.code else choice.title
        item = QListWidgetItem(text)
        item.setData(UUID_ROLE, choice)
        item.setToolTip(self.tr("Tác giả: %1").replace("%1", choice.authors or "—"))
        return item

    def fill_available(self) -> None:
        taken = {c.uuid for c in self.considered()}
        with self.dialog.app_data.db.session() as session:
            found = council_lists.reviewable_dossiers(session, include_drafts=self.dialog.ui.includeDraftsCheck.isChecked())
        self.dialog.ui.availableList.clear()
        for choice in found:
            if choice.uuid not in taken:
                self.dialog.ui.availableList.addItem(self.dossier_item(choice))

    def attendance_changed(self, item: QTableWidgetItem) -> None:
        if self.dialog.loading:
            return
        self.dialog.changed()
        if item.column() == 2:
            self.refresh_context()

    def add_selected_dossiers(self) -> None:
        """Moves the chosen dossiers into the meeting; a draft among them is submitted to the
        council first (Nộp Hội đồng, confirmed), or stays where it is."""
        source = self.dialog.ui.availableList
        drafts = [i for i in source.selectedItems() if i.data(UUID_ROLE).status != Status.SUBMITTED]
        if drafts:
            with self.dialog.app_data.db.session() as session:
                dossiers = [get_dossier(session, i.data(UUID_ROLE).uuid) for i in drafts]
            done = set(submit_many(self.dialog, self.dialog.app_data, dossiers))
            for item in drafts:
                choice = item.data(UUID_ROLE)
                if choice.uuid in done:
                    item.setData(UUID_ROLE, dataclasses.replace(choice, status=Status.SUBMITTED.value))
                else:
                    item.setSelected(False)
        self.move_between(source, self.dialog.ui.consideredList)

    def remove_selected_dossiers(self) -> None:
        self.move_between(self.dialog.ui.consideredList, self.dialog.ui.availableList)

    def move_between(self, source: QListWidget, target: QListWidget) -> None:
        for item in source.selectedItems():
            target.addItem(source.takeItem(source.row(item)))
        self.dialog.changed()
        self.refresh_context()

    def move_dossier(self, step: int) -> None:
        lst = self.dialog.ui.consideredList
        row = lst.currentRow()
        if row < 0 or not 0 <= row + step < lst.count():
            return
        lst.insertItem(row + step, lst.takeItem(row))
        lst.setCurrentRow(row + step)
        self.dialog.changed()
        self.refresh_context()

    def refresh_context(self) -> None:
        """Attendance or dossiers changed: the quorum line, the scoring choices, the grid."""
        ui = self.dialog.ui
        present = self.present_members()
        dossiers = self.considered()
        combo = ui.scoringDossierCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for d in dossiers:
            combo.addItem(f"{d.code} — {d.title}" if d.code else d.title, d.uuid)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self.dialog.grid.dossier_uuid = combo.currentData() or ""
        with self.dialog.app_data.db.session() as session:
            automatic, facts = council_service.scoring_context(session, self.dialog.chosen_council(),
                                                               [d.uuid for d in dossiers])
        self.dialog.grid.set_context(self.dialog.chosen_council(), present, dossiers, automatic, facts)
        self.show_quorum(len(present))

    def show_quorum(self, present: int) -> None:
        size = len(self.dialog.chosen_council().members)
        rule = self.dialog.grid.rules.quorum
        needed = votes_needed(size, rule)
        ok = size > 0 and present >= needed
        text = self.tr("Có mặt %1/%2 thành viên — %3 (cần ít nhất %4, tức %5 số thành viên).")
        verdict = self.tr("đủ điều kiện họp") if ok else self.tr("CHƯA ĐỦ điều kiện họp")
        label = self.dialog.ui.quorumLabel
        label.setText(text.replace("%1", str(present)).replace("%2", str(size)).replace("%3", verdict)
                      .replace("%4", str(needed)).replace("%5", str(rule)))
        label.setStyleSheet(QUORUM_STYLE + (OK_STYLE if ok else BAD_STYLE))
        self.dialog.quorum_ok = ok
