"""What the meeting dialog shows of the council's result: the line under the score grid for
the dossier picked, and the table of every dossier of the meeting.

While a dossier is being scored (some member who may score it has not), neither shows its
average, band or votes: only how many members have scored, so no member scores knowing the
others' marks. Members out of a dossier and the pass rule applied are named once it is known.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem

from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.scoring import format_score
from sangkien_desktop.services.council.council_lists import DossierChoice

from sangkien_desktop.gui.dialogs.score_grid import LiveResult, ScoreGrid
from sangkien_desktop.gui.labels import core_text

OK_STYLE = "color: #1e6b30;"
BAD_STYLE = "color: #a4161a;"
GAP_COLOUR = "#fff4d6"


class ResultsView(QObject):
    def __init__(self, ui, grid: ScoreGrid, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.grid = grid

    def outcome_text(self, result: LiveResult) -> str:
        if result.pending:
            return self.tr("Đang chấm")
        if result.proposed is None:
            return ""
        return {Outcome.RECOGNISED: self.tr("Đề nghị công nhận"),
                Outcome.REJECTED: self.tr("Không đề nghị")}[result.proposed]

    def _names(self, ids: tuple[int, ...]) -> str:
        council = self.grid.council
        names = {m.id: m.full_name for m in council.members} if council else {}
        return ", ".join(names.get(i, str(i)) for i in ids)

    def _scored(self, result: LiveResult) -> str:
        may = len(self.grid.present) - len(result.abstained) - sum(
            1 for m in self.grid.present if m.id in result.excluded)
        return f"{may - len(result.pending)}/{may}"

    def show_result(self, result: LiveResult | None) -> None:
        ui = self.ui
        ui.disagreeLabel.setVisible(False)
        if result is None:
            ui.resultLabel.setText("")
            return
        lines = []
        if result.excluded:
            lines.append(self.tr("Không chấm, không tính vào số biểu quyết: %1").replace(
                "%1", self._names(result.excluded)))
        if result.abstained:
            lines.append(self.tr("Không tham gia đánh giá (tính là không tán thành): %1").replace(
                "%1", self._names(result.abstained)))
        if result.pending:
            lines.insert(0, self.tr("Đã chấm %1 thành viên. Điểm và kết quả được giữ kín cho đến "
                                    "khi mọi thành viên đã chấm hồ sơ này.").replace("%1", self._scored(result)))
            if result.incomplete:
                lines.append(self.tr("%n phiếu chưa đủ điểm hoặc có ô sai.", "", result.incomplete))
            ui.resultLabel.setText("<br>".join(lines))
            return
        if result.score is None:
            ui.resultLabel.setText("<br>".join([self.tr("Chưa có phiếu đầy đủ điểm cho hồ sơ này."), *lines]))
            return
        s = result.score
        rubric = self.grid.rubric
        parts = [self.tr("Số phiếu: <b>%1</b>").replace("%1", str(result.sheets))]
        if s.dropped:
            parts.append(self.tr("bỏ %1 phiếu cao nhất và thấp nhất").replace("%1", str(len(s.dropped))))
        parts.append(self.tr("Điểm trung bình: <b>%1</b> / %2").replace("%1", format_score(s.total))
                     .replace("%2", format_score(rubric.max_total)))
        parts.append(self.tr("Độ lệch: %1").replace("%1", format_score(s.spread)))
        band_style = OK_STYLE if s.recognised else BAD_STYLE
        parts.append(self.tr("Kết quả: <b style='%1'>%2</b>").replace("%1", band_style).replace("%2", core_text(s.band.label)))
        parts.append(self.tr("Tán thành: %1/%2 (cần %3)").replace("%1", str(result.votes_for))
                     .replace("%2", str(result.vote_base)).replace("%3", str(result.votes_needed)))
        lines[:0] = [" · ".join(parts), self.tr("→ <b>%1</b>").replace("%1", self.outcome_text(result))]
        lines.append(self.tr("Quy tắc biểu quyết: %1").replace("%1", core_text(self.grid.rules.describe())))
        if s.failed_criteria:
            names = ", ".join(rubric.criterion(c).name for c in s.failed_criteria)
            lines.append(self.tr("Dưới điểm sàn: %1").replace("%1", names))
        if result.incomplete:
            lines.append(self.tr("%n phiếu chưa đủ điểm hoặc có ô sai: chưa được tính.", "", result.incomplete))
        if not result.quorum_met:
            lines.append(self.tr("Cuộc họp chưa đủ số thành viên có mặt: chưa thể đề nghị công nhận."))
        if self.grid.drop_extremes != self.grid.base_rubric.drop_extremes:
            lines.append(self.tr("Đang xem thử cách tính khác quy định của Hội đồng; biên bản tính theo quy định."))
        ui.resultLabel.setText("<br>".join(lines))
        if s.members_disagree:
            ui.disagreeLabel.setText(
                self.tr("Điểm của các thành viên lệch nhau %1 điểm (quá %2): Hội đồng nên trao đổi lại trước khi kết luận.")
                .replace("%1", format_score(s.spread)).replace("%2", format_score(rubric.disagreement_spread)))
            ui.disagreeLabel.setVisible(True)

    def fill(self, dossiers: list[DossierChoice]) -> None:
        table = self.ui.resultsTable
        table.setRowCount(len(dossiers))
        for row, d in enumerate(dossiers):
            r = self.grid.result_for(d.uuid)
            s = None if r.pending else r.score
            cells = [d.title, self._scored(r) if r.pending else str(r.sheets),
                     format_score(s.total) if s else "", format_score(s.spread) if s else "",
                     core_text(s.band.label) if s else "",
                     f"{r.votes_for}/{r.vote_base}" if not r.pending else "", self.outcome_text(r)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and s and s.members_disagree:
                    item.setBackground(QColor(GAP_COLOUR))
                table.setItem(row, col, item)
