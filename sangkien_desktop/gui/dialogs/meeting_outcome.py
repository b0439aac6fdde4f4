"""The meeting window's outcome: the live result of the dossier being scored and the results
table, the conclusion proposed from the scores, and closing the meeting (its results lock) or
reopening it with a reason."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.council import meeting_closing, results

from sangkien_desktop.gui.dialogs.score_grid import LiveResult
from sangkien_desktop.gui.labels import error_text


class MeetingOutcome(QObject):
    """Results, conclusion and closing in the meeting window (gui/dialogs/meeting_dialog.py,
    which imports this module and keeps the meeting shown)."""

    def __init__(self, dialog: Any):
        super().__init__(dialog)
        self.dialog = dialog

    def drop_toggled(self, on: bool) -> None:
        self.dialog.grid.drop_extremes = on
        self.update_results()

    def update_results(self) -> None:
        self.show_result(self.dialog.grid.result_for(self.dialog.grid.dossier_uuid) if self.dialog.grid.dossier_uuid else None)
        self.fill_results()

    def show_result(self, result: LiveResult | None) -> None:
        self.dialog.results_view.show_result(result)

    def show_lock(self) -> None:
        """A closed meeting is shown as it was concluded: nothing to edit, reopen with a reason."""
        ui = self.dialog.ui
        closed = self.dialog.closed_at is not None
        self.dialog.grid.read_only = closed
        if self.dialog.closed_at is not None:
            pack = self.dialog.grid.pack or self.dialog.chosen_council().pack
            ui.lockedLabel.setText(
                self.tr("Cuộc họp đã kết thúc lúc %1: kết quả, phiếu và xung đột lợi ích đã khóa. "
                        "Bộ quy định: %2.").replace("%1", self.dialog.closed_at.strftime("%H:%M %d/%m/%Y"))
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
                self.dialog, self.tr("Kết thúc cuộc họp"),
                self.tr("Kết thúc cuộc họp và khóa kết quả? Sau đó phiếu, xung đột lợi ích và kết "
                        "quả không sửa được nữa (trừ khi mở lại cuộc họp, có ghi lý do).")) != QMessageBox.StandardButton.Yes:
            return False
        if not self.dialog.save():
            return False
        return self.lock_act(lambda session: meeting_closing.close_meeting(session, self.dialog.meeting_uuid))

    def reopen(self) -> bool:
        reason, ok = QInputDialog.getMultiLineText(
            self.dialog, self.tr("Mở lại cuộc họp"),
            self.tr("Lý do mở lại cuộc họp (được lưu vào lịch sử):"))
        if not ok:
            return False
        return self.lock_act(
            lambda session: meeting_closing.reopen_meeting(session, self.dialog.meeting_uuid, reason))

    def lock_act(self, act: Callable[[Session], object]) -> bool:
        """Closes or reopens the meeting (``act``), then shows it as it is now."""
        try:
            with unit_of_work.session(self.dialog.app_data) as session:
                act(session)
        except SangKienError as exc:
            self.dialog.show_error(error_text(exc.message))
            return False
        self.dialog.fill_meetings(self.dialog.meeting_uuid)
        return True

    def proposed_conclusion(self) -> str:
        """The conclusion the minutes print when the field is left empty (from the scores)."""
        return results.proposed_conclusion(
            [dataclasses.replace(self.dialog.grid.result_for(d.uuid), title=d.title) for d in self.dialog.attendance.considered()])

    def write_conclusion(self) -> None:
        self.dialog.ui.conclusionEdit.setText(self.proposed_conclusion())
        self.dialog.ui.conclusionEdit.setCursorPosition(0)
        self.dialog.changed()

    def fill_results(self) -> None:
        self.dialog.results_view.fill(self.dialog.attendance.considered())
        self.dialog.ui.conclusionEdit.setPlaceholderText(self.proposed_conclusion())
