"""A council meeting as the officer enters it afterwards: date and place, attendance with the
quorum checked live, the dossiers considered, each present member's score sheet, and the
council's result per dossier; prints the blank score sheets and the minutes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.council import (
    ROLE_LABELS,
    Council,
    Meeting,
    Member,
)
from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.pass_rule import votes_needed
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.values import format_date, parse_date
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import council_lists, meeting_closing, results
from sangkien_desktop.services.council import councils as council_service
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.dialogs import paper_output
from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.meeting_results_view import BAD_STYLE, OK_STYLE, ResultsView
from sangkien_desktop.gui.dialogs.score_grid import LiveResult, ScoreGrid
from sangkien_desktop.gui.dialogs.status_acts import submit_many
from sangkien_desktop.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from sangkien_desktop.gui.jobs import failure_text
from sangkien_desktop.gui.labels import core_text, error_text
from sangkien_desktop.gui.operation import call_op

UUID_ROLE = Qt.ItemDataRole.UserRole
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
QUORUM_STYLE = "font-weight: bold; padding: 4px 0;"


class MeetingDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None, *, council_uuid: str | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.grid = ScoreGrid(self.ui, self)
        self.results_view = ResultsView(self.ui, self.grid, self)
        self.closed_at: dt.datetime | None = None
        self.council: Council | None = None
        self.meeting_uuid = ""
        self._dirty = False
        self._loading = False
        ui = self.ui
        ui.attendanceTable.setColumnCount(4)
        ui.attendanceTable.setHorizontalHeaderLabels(
            [self.tr("Thành viên"), self.tr("Vai trò"), self.tr("Có mặt"), self.tr("Lý do vắng")])
        for col, width in enumerate((230, 190, 80)):
            ui.attendanceTable.horizontalHeader().resizeSection(col, width)
        ui.resultsTable.setColumnCount(7)
        ui.resultsTable.setHorizontalHeaderLabels(
            [self.tr("Hồ sơ"), self.tr("Số phiếu"), self.tr("Điểm TB"), self.tr("Độ lệch"),
             self.tr("Kết quả"), self.tr("Tán thành"), self.tr("Đề nghị")])
        for col, width in enumerate((380, 75, 80, 75, 110, 90)):
            ui.resultsTable.horizontalHeader().resizeSection(col, width)
        with app_data.db.session() as session:
            # An archived council stays listed (last, marked) for the meetings it held.
            self.councils = council_service.list_councils(session, archived=True)
        for c in self.councils:
            ui.councilCombo.addItem(f"{c.year} — {c.name}" + (self.tr(" (đã lưu trữ)") if c.archived else ""),
                                    c.uuid)
        self._connect()
        index = max(ui.councilCombo.findData(council_uuid), 0) if council_uuid else 0
        if self.councils:
            ui.councilCombo.setCurrentIndex(index)
            self._council_changed()
        else:
            self._show_error(self.tr("Chưa có Hội đồng sáng kiến nào: hãy lập Hội đồng (menu Hội đồng › "
                                     "Hội đồng sáng kiến) trước khi ghi cuộc họp."))
            for w in (ui.tabs, ui.saveButton, ui.printSheetsButton, ui.printMinutesButton, ui.newMeetingButton):
                w.setEnabled(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.councilCombo.currentIndexChanged.connect(lambda _i: self._switch(ui.councilCombo, self._council_changed))
        ui.meetingCombo.currentIndexChanged.connect(lambda _i: self._switch(ui.meetingCombo, self._meeting_changed))
        ui.newMeetingButton.clicked.connect(lambda: ui.meetingCombo.setCurrentIndex(0))
        ui.attendanceTable.itemChanged.connect(self._attendance_changed)
        ui.addDossierButton.clicked.connect(self.add_selected_dossiers)
        ui.removeDossierButton.clicked.connect(self.remove_selected_dossiers)
        ui.upDossierButton.clicked.connect(lambda: self._move_dossier(-1))
        ui.downDossierButton.clicked.connect(lambda: self._move_dossier(1))
        ui.availableList.itemDoubleClicked.connect(lambda _i: self.add_selected_dossiers())
        ui.includeDraftsCheck.toggled.connect(lambda _on: self._fill_available())
        ui.scoringDossierCombo.currentIndexChanged.connect(
            lambda _i: self.grid.show_dossier(ui.scoringDossierCombo.currentData() or ""))
        ui.dropExtremesCheck.toggled.connect(self._drop_toggled)
        self.grid.changed.connect(self._update_results)
        self.grid.edited.connect(self._changed)
        for edit in (ui.dateEdit, ui.placeEdit, ui.minutesNumberEdit, ui.startEdit, ui.endEdit,
                     ui.agendaEdit, ui.conclusionEdit):
            edit.textEdited.connect(self._changed)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.printSheetsButton.clicked.connect(self.print_blank_sheets)
        ui.printMinutesButton.clicked.connect(self.print_minutes)
        ui.conclusionButton.clicked.connect(self._write_conclusion)
        ui.historyButton.clicked.connect(self.show_history)
        ui.finishButton.clicked.connect(self.finish)
        ui.reopenButton.clicked.connect(self.reopen)

    # --- choosing council and meeting -----------------------------------------------------
    def _switch(self, combo, then) -> None:
        """Another council or meeting picked: unsaved changes are saved, dropped, or the pick
        is undone."""
        target = combo.currentData()
        if self._dirty and not self._confirm_leave():
            target = combo.itemData(combo.property("shownIndex") or 0)
        combo.blockSignals(True)  # saving refills the lists: pick again what was asked for
        combo.setCurrentIndex(max(combo.findData(target), 0))
        combo.blockSignals(False)
        if combo.property("shownIndex") != combo.currentIndex() or not self._dirty:
            then()

    def _confirm_leave(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Lưu thay đổi?"), self.tr("Cuộc họp có thay đổi chưa lưu. Lưu trước?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _council(self) -> Council:
        """The council chosen: every step past choosing one has it."""
        assert self.council is not None, "no council chosen"
        return self.council

    def _council_changed(self) -> None:
        uuid = self.ui.councilCombo.currentData()
        self.council = next((c for c in self.councils if c.uuid == uuid), None)
        self._fill_meetings()

    def _fill_meetings(self, select_uuid: str | None = None) -> None:
        combo = self.ui.meetingCombo
        with self.app_data.db.session() as session:
            meetings = council_lists.list_meetings(session, self.council.uuid if self.council else None)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— Cuộc họp mới —"), "")
        for m in meetings:
            number = f" — {m.minutes_number}" if m.minutes_number else ""
            combo.addItem(counts.fill(self.tr("Họp ngày %1%2 (%3)"), format_date(m.date), number,
                                      counts.dossiers(m.dossier_count)), m.uuid)
        index = combo.findData(select_uuid) if select_uuid else (1 if meetings else 0)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._meeting_changed()

    def _meeting_changed(self) -> None:
        uuid = self.ui.meetingCombo.currentData() or ""
        if self.council is None:
            return
        if uuid:
            with self.app_data.db.session() as session:
                meeting = council_service.get_meeting(session, uuid)
                choices = [council_lists.choice_of(session, d) for d in meeting.dossier_uuids]
                self.grid.pack = council_service.get_meeting_pack(session, uuid)
        else:
            self.grid.pack = self.council.pack
            members = [m.id for m in self.council.members if m.id is not None]
            meeting = Meeting(self.council.uuid, dt.date.today(), "", members, [],
                              agenda=self.tr("Xét công nhận sáng kiến năm %1").replace("%1", str(self.council.year)))
            # A new meeting considers what was submitted and is not yet at another meeting.
            with self.app_data.db.session() as session:
                choices = council_lists.awaiting_council(session)
        self._load(meeting, choices)

    def _load(self, meeting: Meeting, choices: list[council_lists.DossierChoice]) -> None:
        ui = self.ui
        for combo in (ui.councilCombo, ui.meetingCombo):
            combo.setProperty("shownIndex", combo.currentIndex())
        self._loading = True
        self.meeting_uuid = meeting.uuid
        ui.dateEdit.setText(format_date(meeting.date))
        ui.placeEdit.setText(meeting.place)
        ui.minutesNumberEdit.setText(meeting.minutes_number)
        ui.startEdit.setText(meeting.start_time)
        ui.endEdit.setText(meeting.end_time)
        ui.agendaEdit.setText(meeting.agenda)
        ui.conclusionEdit.setText(meeting.conclusion)
        table = ui.attendanceTable
        table.setRowCount(0)
        for m in self._council().members:
            row = table.rowCount()
            table.insertRow(row)
            name = QTableWidgetItem(m.full_name)
            name.setFlags(READ_ONLY)
            name.setData(UUID_ROLE, m.id)
            role = QTableWidgetItem(core_text(ROLE_LABELS[m.role]))
            role.setFlags(READ_ONLY)
            present = QTableWidgetItem()
            present.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            present.setCheckState(Qt.CheckState.Checked if m.id in meeting.present_member_ids else Qt.CheckState.Unchecked)
            table.setItem(row, 0, name)
            table.setItem(row, 1, role)
            table.setItem(row, 2, present)
            table.setItem(row, 3, QTableWidgetItem(meeting.absence_reasons.get(m.id or 0, "")))
        ui.consideredList.clear()
        for choice in choices:
            ui.consideredList.addItem(self._dossier_item(choice))
        self.grid.council = self._council()
        self.grid.load_entries(meeting.sheets, meeting.recusals)
        self.grid.drop_extremes = self.grid.base_rubric.drop_extremes
        ui.dropExtremesCheck.setChecked(self.grid.drop_extremes)
        ui.historyButton.setEnabled(bool(meeting.uuid))
        self.closed_at = meeting.closed_at
        self._fill_available()
        self._show_lock()
        self._refresh_context()
        self._loading = False
        self._set_dirty(False)
        self._show_error("")

    # --- attendance and dossiers --------------------------------------------------------
    def present_members(self) -> list[Member]:
        table = self.ui.attendanceTable
        ids = {table.item(r, 0).data(UUID_ROLE) for r in range(table.rowCount())
               if table.item(r, 2).checkState() == Qt.CheckState.Checked}
        return [m for m in self._council().members if m.id in ids]

    def considered(self) -> list[council_lists.DossierChoice]:
        lst = self.ui.consideredList
        return [lst.item(i).data(UUID_ROLE) for i in range(lst.count())]

    def _dossier_item(self, choice: council_lists.DossierChoice) -> QListWidgetItem:
        text = f"{choice.code} — {choice.title}" if choice.code else choice.title
        item = QListWidgetItem(text)
        item.setData(UUID_ROLE, choice)
        item.setToolTip(self.tr("Tác giả: %1").replace("%1", choice.authors or "—"))
        return item

    def _fill_available(self) -> None:
        taken = {c.uuid for c in self.considered()}
        with self.app_data.db.session() as session:
            found = council_lists.reviewable_dossiers(session, include_drafts=self.ui.includeDraftsCheck.isChecked())
        self.ui.availableList.clear()
        for choice in found:
            if choice.uuid not in taken:
                self.ui.availableList.addItem(self._dossier_item(choice))

    def _attendance_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._changed()
        if item.column() == 2:
            self._refresh_context()

    def add_selected_dossiers(self) -> None:
        """Moves the chosen dossiers into the meeting; a draft among them is submitted to the
        council first (Nộp Hội đồng, confirmed), or stays where it is."""
        source = self.ui.availableList
        drafts = [i for i in source.selectedItems() if i.data(UUID_ROLE).status != Status.SUBMITTED]
        if drafts:
            with self.app_data.db.session() as session:
                dossiers = [get_dossier(session, i.data(UUID_ROLE).uuid) for i in drafts]
            done = set(submit_many(self, self.app_data, dossiers))
            for item in drafts:
                choice = item.data(UUID_ROLE)
                if choice.uuid in done:
                    item.setData(UUID_ROLE, dataclasses.replace(choice, status=Status.SUBMITTED.value))
                else:
                    item.setSelected(False)
        self._move_between(source, self.ui.consideredList)

    def remove_selected_dossiers(self) -> None:
        self._move_between(self.ui.consideredList, self.ui.availableList)

    def _move_between(self, source: QListWidget, target: QListWidget) -> None:
        for item in source.selectedItems():
            target.addItem(source.takeItem(source.row(item)))
        self._changed()
        self._refresh_context()

    def _move_dossier(self, step: int) -> None:
        lst = self.ui.consideredList
        row = lst.currentRow()
        if row < 0 or not 0 <= row + step < lst.count():
            return
        lst.insertItem(row + step, lst.takeItem(row))
        lst.setCurrentRow(row + step)
        self._changed()
        self._refresh_context()

    def _refresh_context(self) -> None:
        """Attendance or dossiers changed: the quorum line, the scoring choices, the grid."""
        ui = self.ui
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
        self.grid.dossier_uuid = combo.currentData() or ""
        with self.app_data.db.session() as session:
            automatic, facts = council_service.scoring_context(session, self._council(),
                                                               [d.uuid for d in dossiers])
        self.grid.set_context(self._council(), present, dossiers, automatic, facts)
        self._show_quorum(len(present))

    def _show_quorum(self, present: int) -> None:
        size = len(self._council().members)
        rule = self.grid.rules.quorum
        needed = votes_needed(size, rule)
        ok = size > 0 and present >= needed
        text = self.tr("Có mặt %1/%2 thành viên — %3 (cần ít nhất %4, tức %5 số thành viên).")
        verdict = self.tr("đủ điều kiện họp") if ok else self.tr("CHƯA ĐỦ điều kiện họp")
        label = self.ui.quorumLabel
        label.setText(text.replace("%1", str(present)).replace("%2", str(size)).replace("%3", verdict)
                      .replace("%4", str(needed)).replace("%5", str(rule)))
        label.setStyleSheet(QUORUM_STYLE + (OK_STYLE if ok else BAD_STYLE))
        self.quorum_ok = ok

    # --- results ------------------------------------------------------------------------
    def _drop_toggled(self, on: bool) -> None:
        self.grid.drop_extremes = on
        self._update_results()

    def _update_results(self) -> None:
        self._show_result(self.grid.result_for(self.grid.dossier_uuid) if self.grid.dossier_uuid else None)
        self._fill_results()

    def _show_result(self, result: LiveResult | None) -> None:
        self.results_view.show_result(result)

    # --- closing ------------------------------------------------------------------------
    def _show_lock(self) -> None:
        """A closed meeting is shown as it was concluded: nothing to edit, reopen with a reason."""
        ui = self.ui
        closed = self.closed_at is not None
        self.grid.read_only = closed
        if self.closed_at is not None:
            pack = self.grid.pack or self._council().pack
            ui.lockedLabel.setText(
                self.tr("Cuộc họp đã kết thúc lúc %1: kết quả, phiếu và xung đột lợi ích đã khóa. "
                        "Bộ quy định: %2.").replace("%1", self.closed_at.strftime("%H:%M %d/%m/%Y"))
                .replace("%2", f"{pack.name} ({pack.version})" if pack else ""))
        ui.lockedLabel.setVisible(closed)
        ui.reopenButton.setVisible(closed)
        ui.finishButton.setEnabled(not closed)
        ui.saveButton.setEnabled(not closed)
        for w in (ui.dateEdit, ui.placeEdit, ui.startEdit, ui.endEdit, ui.agendaEdit):
            w.setReadOnly(closed)
        for w in (ui.addDossierButton, ui.removeDossierButton, ui.upDossierButton,
                  ui.downDossierButton, ui.attendanceTable):
            w.setEnabled(not closed)

    def finish(self) -> bool:
        """Saves, then closes the meeting: its results lock."""
        if QMessageBox.question(
                self, self.tr("Kết thúc cuộc họp"),
                self.tr("Kết thúc cuộc họp và khóa kết quả? Sau đó phiếu, xung đột lợi ích và kết "
                        "quả không sửa được nữa (trừ khi mở lại cuộc họp, có ghi lý do).")) != QMessageBox.StandardButton.Yes:
            return False
        if not self.save():
            return False
        return self._lock_act(lambda session: meeting_closing.close_meeting(session, self.meeting_uuid))

    def reopen(self) -> bool:
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Mở lại cuộc họp"),
            self.tr("Lý do mở lại cuộc họp (được lưu vào lịch sử):"))
        if not ok:
            return False
        return self._lock_act(
            lambda session: meeting_closing.reopen_meeting(session, self.meeting_uuid, reason))

    def _lock_act(self, act: Callable[[Session], object]) -> bool:
        """Closes or reopens the meeting (``act``), then shows it as it is now."""
        try:
            with unit_of_work.session(self.app_data) as session:
                act(session)
        except SangKienError as exc:
            self._show_error(error_text(exc.message))
            return False
        self._fill_meetings(self.meeting_uuid)
        return True

    def _proposed_conclusion(self) -> str:
        """The conclusion the minutes print when the field is left empty (from the scores)."""
        return results.proposed_conclusion(
            [dataclasses.replace(self.grid.result_for(d.uuid), title=d.title) for d in self.considered()])

    def _write_conclusion(self) -> None:
        self.ui.conclusionEdit.setText(self._proposed_conclusion())
        self.ui.conclusionEdit.setCursorPosition(0)
        self._changed()

    def _fill_results(self) -> None:
        self.results_view.fill(self.considered())
        self.ui.conclusionEdit.setPlaceholderText(self._proposed_conclusion())

    # --- saving -------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.setWindowTitle(("* " if dirty else "") + self.tr("Cuộc họp và chấm điểm"))

    def collect(self) -> Meeting:
        ui = self.ui
        date = parse_date(ui.dateEdit.text(), field="date", label=self.tr("Ngày họp"))
        if date is None:
            raise InputError(self.tr("Hãy nhập ngày họp, ví dụ 15/03/2025."), code="meeting_date", field="date")
        table = ui.attendanceTable
        present = [m.id for m in self.present_members() if m.id is not None]
        absences = {table.item(r, 0).data(UUID_ROLE): clean_line(table.item(r, 3).text())
                    for r in range(table.rowCount())
                    if table.item(r, 2).checkState() != Qt.CheckState.Checked and clean_line(table.item(r, 3).text())}
        dossiers = [d.uuid for d in self.considered()]
        return Meeting(
            council_uuid=self._council().uuid, date=date, place=clean_line(ui.placeEdit.text()),
            present_member_ids=present, dossier_uuids=dossiers, sheets=self.grid.entries(dossiers),
            recusals=self.grid.recusals(dossiers),
            absence_reasons=absences, minutes_number=clean_line(ui.minutesNumberEdit.text()),
            start_time=clean_line(ui.startEdit.text()), end_time=clean_line(ui.endEdit.text()),
            agenda=clean_line(ui.agendaEdit.text()), conclusion=clean_line(ui.conclusionEdit.text()),
            uuid=self.meeting_uuid,
        )

    def save(self) -> bool:
        if self.council is None:
            return False
        try:
            meeting = self.collect()
        except SangKienError as exc:
            self._show_error(error_text(exc.message))
            return False
        done = call_op(self, self.app_data, council_service.record_meeting, meeting,
                       title=self.tr("Không lưu được"),
                       on_failure=lambda exc: self._show_error(failure_text(exc)))
        if not done:
            return False
        saved = done.result
        self._show_error("")
        self.meeting_uuid = saved.uuid
        self._fill_meetings(saved.uuid)
        return True

    def _saved_first(self) -> bool:
        """Papers are made from what is stored: save pending changes first."""
        if self._dirty or not self.meeting_uuid:
            return self.save()
        return True

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    # --- papers and history -------------------------------------------------------------
    def print_blank_sheets(self) -> None:
        if not self.considered():
            self._show_error(self.tr("Hãy chọn hồ sơ Hội đồng xem xét (thẻ “Hồ sơ xem xét”) trước khi in phiếu."))
            return
        if not self._saved_first():
            return
        uuid = self.meeting_uuid

        def make_all(session):
            return [(f"phieu-danh-gia-{d.code or n}", council_service.score_sheet_data(session, uuid, d.uuid))
                    for n, d in enumerate(self.considered(), 1)]

        paper_output.write_papers_to_folder(self, self.app_data, "phieu-danh-gia", make_all)

    def print_minutes(self) -> None:
        """The document dialog on the meeting's minutes: numbered there (the number proposed
        from the register), and the number kept in the meeting for the decision to cite."""
        if not self._saved_first():
            return
        uuid = self.meeting_uuid
        DocumentDialog.for_meeting(self, self.app_data, uuid, "bien-ban").exec()
        self._fill_meetings(uuid)  # the minutes may have taken their number

    def show_history(self) -> None:
        if self.meeting_uuid:
            title = self.tr("Cuộc họp ngày %1").replace("%1", self.ui.dateEdit.text())
            HistoryDialog.show_for(self, self.app_data, history.MEETING, self.meeting_uuid, title)

    def reject(self) -> None:
        if self._dirty and not self._confirm_leave():
            return
        super().reject()
