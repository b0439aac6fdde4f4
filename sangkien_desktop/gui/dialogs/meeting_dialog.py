"""A council meeting as the officer enters it afterwards: date and place, attendance with the
quorum checked live, the dossiers considered, each present member's score sheet, and the
council's result per dossier; prints the blank score sheets and the minutes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.council import (
    ROLE_LABELS,
    Council,
    Meeting,
)
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.values import format_date, parse_date
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.council import council_lists
from sangkien_desktop.services.council import councils as council_service
from sangkien_desktop.services.dossiers import history

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.dialogs import paper_output
from sangkien_desktop.gui.dialogs.document_dialog import DocumentDialog
from sangkien_desktop.gui.dialogs.history_dialog import HistoryDialog
from sangkien_desktop.gui.dialogs.meeting_attendance import UUID_ROLE, MeetingAttendance
from sangkien_desktop.gui.dialogs.meeting_outcome import MeetingOutcome
from sangkien_desktop.gui.dialogs.meeting_results_view import ResultsView
from sangkien_desktop.gui.dialogs.score_grid import ScoreGrid
from sangkien_desktop.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from sangkien_desktop.gui.jobs import failure_text
from sangkien_desktop.gui.labels import core_text, error_text
from sangkien_desktop.gui.operation import call_op

READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class MeetingDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None, *, council_uuid: str | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.grid = ScoreGrid(self.ui, self)
        self.results_view = ResultsView(self.ui, self.grid, self)
        self.attendance = MeetingAttendance(self)
        self.outcome = MeetingOutcome(self)
        self.closed_at: dt.datetime | None = None
        self.council: Council | None = None
        self.meeting_uuid = ""
        self._dirty = False
        self.loading = False
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
            self.show_error(self.tr("Chưa có Hội đồng sáng kiến nào: hãy lập Hội đồng (menu Hội đồng › "
                                     "Hội đồng sáng kiến) trước khi ghi cuộc họp."))
            for w in (ui.tabs, ui.saveButton, ui.printSheetsButton, ui.printMinutesButton, ui.newMeetingButton):
                w.setEnabled(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.councilCombo.currentIndexChanged.connect(lambda _i: self._switch(ui.councilCombo, self._council_changed))
        ui.meetingCombo.currentIndexChanged.connect(lambda _i: self._switch(ui.meetingCombo, self._meeting_changed))
        ui.newMeetingButton.clicked.connect(lambda: ui.meetingCombo.setCurrentIndex(0))
        ui.attendanceTable.itemChanged.connect(self.attendance.attendance_changed)
        ui.addDossierButton.clicked.connect(self.attendance.add_selected_dossiers)
        ui.removeDossierButton.clicked.connect(self.attendance.remove_selected_dossiers)
        ui.upDossierButton.clicked.connect(lambda: self.attendance.move_dossier(-1))
        ui.downDossierButton.clicked.connect(lambda: self.attendance.move_dossier(1))
        ui.availableList.itemDoubleClicked.connect(lambda _i: self.attendance.add_selected_dossiers())
        ui.includeDraftsCheck.toggled.connect(lambda _on: self.attendance.fill_available())
        ui.scoringDossierCombo.currentIndexChanged.connect(
            lambda _i: self.grid.show_dossier(ui.scoringDossierCombo.currentData() or ""))
        ui.dropExtremesCheck.toggled.connect(self.outcome.drop_toggled)
        self.grid.changed.connect(self.outcome.update_results)
        self.grid.edited.connect(self.changed)
        for edit in (ui.dateEdit, ui.placeEdit, ui.minutesNumberEdit, ui.startEdit, ui.endEdit,
                     ui.agendaEdit, ui.conclusionEdit):
            edit.textEdited.connect(self.changed)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.printSheetsButton.clicked.connect(self.print_blank_sheets)
        ui.printMinutesButton.clicked.connect(self.print_minutes)
        ui.conclusionButton.clicked.connect(self.outcome.write_conclusion)
        ui.historyButton.clicked.connect(self.show_history)
        ui.finishButton.clicked.connect(self.outcome.finish)
        ui.reopenButton.clicked.connect(self.outcome.reopen)

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

    def chosen_council(self) -> Council:
        """The council chosen: every step past choosing one has it."""
        assert self.council is not None, "no council chosen"
        return self.council

    def _council_changed(self) -> None:
        uuid = self.ui.councilCombo.currentData()
        self.council = next((c for c in self.councils if c.uuid == uuid), None)
        self.fill_meetings()

    def fill_meetings(self, select_uuid: str | None = None) -> None:
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
        self.loading = True
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
        for m in self.chosen_council().members:
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
            ui.consideredList.addItem(self.attendance.dossier_item(choice))
        self.grid.council = self.chosen_council()
        self.grid.load_entries(meeting.sheets, meeting.recusals)
        self.grid.drop_extremes = self.grid.base_rubric.drop_extremes
        ui.dropExtremesCheck.setChecked(self.grid.drop_extremes)
        ui.historyButton.setEnabled(bool(meeting.uuid))
        self.closed_at = meeting.closed_at
        self.attendance.fill_available()
        self.outcome.show_lock()
        self.attendance.refresh_context()
        self.loading = False
        self._set_dirty(False)
        self.show_error("")

    # --- saving (attendance and dossiers: meeting_attendance; results and closing: meeting_outcome)
    def changed(self, *_args) -> None:
        if not self.loading:
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
        present = [m.id for m in self.attendance.present_members() if m.id is not None]
        absences = {table.item(r, 0).data(UUID_ROLE): clean_line(table.item(r, 3).text())
                    for r in range(table.rowCount())
                    if table.item(r, 2).checkState() != Qt.CheckState.Checked and clean_line(table.item(r, 3).text())}
        dossiers = [d.uuid for d in self.attendance.considered()]
        return Meeting(
            council_uuid=self.chosen_council().uuid, date=date, place=clean_line(ui.placeEdit.text()),
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
            self.show_error(error_text(exc.message))
            return False
        done = call_op(self, self.app_data, council_service.record_meeting, meeting,
                       corrected=self.grid.corrected,
                       title=self.tr("Không lưu được"),
                       on_failure=lambda exc: self.show_error(failure_text(exc)))
        if not done:
            return False
        saved = done.result
        self.show_error("")
        self.meeting_uuid = saved.uuid
        self.fill_meetings(saved.uuid)
        return True

    def _saved_first(self) -> bool:
        """Papers are made from what is stored: save pending changes first."""
        if self._dirty or not self.meeting_uuid:
            return self.save()
        return True

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    # --- papers and history -------------------------------------------------------------
    def print_blank_sheets(self) -> None:
        if not self.attendance.considered():
            self.show_error(self.tr("Hãy chọn hồ sơ Hội đồng xem xét (thẻ “Hồ sơ xem xét”) trước khi in phiếu."))
            return
        if not self._saved_first():
            return
        uuid = self.meeting_uuid

        def make_all(session):
            return [(f"phieu-danh-gia-{d.code or n}", council_service.score_sheet_data(session, uuid, d.uuid))
                    for n, d in enumerate(self.attendance.considered(), 1)]

        paper_output.write_papers_to_folder(self, self.app_data, "phieu-danh-gia", make_all)

    def print_minutes(self) -> None:
        """The document dialog on the meeting's minutes: numbered there (the number proposed
        from the register), and the number kept in the meeting for the decision to cite."""
        if not self._saved_first():
            return
        uuid = self.meeting_uuid
        DocumentDialog.for_meeting(self, self.app_data, uuid, "bien-ban").exec()
        self.fill_meetings(uuid)  # the minutes may have taken their number

    def show_history(self) -> None:
        if self.meeting_uuid:
            title = self.tr("Cuộc họp ngày %1").replace("%1", self.ui.dateEdit.text())
            HistoryDialog.show_for(self, self.app_data, history.MEETING, self.meeting_uuid, title)

    def reject(self) -> None:
        if self._dirty and not self._confirm_leave():
            return
        super().reject()
