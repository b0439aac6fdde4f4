"""Targets (chỉ tiêu): the allocation table of a campaign (unit × phase → number) and the
progress dashboard — per unit and phase, by status, kind and target group, the benefit value,
a bar chart — with the progress report and the one-page unit sheets to print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from sangkien_desktop.domain.catalogue import Catalogue
from sangkien_desktop.domain.dossier import STATUS_LABELS, Status
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.nomination import phases_of
from sangkien_desktop.domain.values import format_money
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.exchange import spreadsheets
from sangkien_desktop.services.nominating import target_papers, targets
from sangkien_desktop.services.nominating.bundle import slug

from sangkien_desktop.gui import campaign_picker
from sangkien_desktop.gui.dialogs import paper_output, xlsx_actions
from sangkien_desktop.gui.forms.ui_targets_dialog import Ui_TargetsDialog
from sangkien_desktop.gui.jobs import Job, show_error
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.operation import call_op
from sangkien_desktop.gui.views.achievement_chart import AchievementChart, Bar


def _item(text: str, *, editable: bool = False, align=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align is not None:
        item.setTextAlignment(align)
    return item


class TargetsDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self.chart = AchievementChart(self.ui.chartHost)
        self.ui.chartLayout.addWidget(self.chart)
        self.achievement: targets.Achievement | None = None
        self.ui.noticeLabel.clear()
        campaign_picker.fill(self.ui.campaignCombo, app_data.campaigns)
        self._connect()
        self.load()

    def _connect(self) -> None:
        ui = self.ui
        ui.campaignCombo.currentIndexChanged.connect(lambda _i: self.load())
        ui.addUnitButton.clicked.connect(self.add_unit)
        ui.removeUnitButton.clicked.connect(self.remove_unit)
        ui.fillUnitsButton.clicked.connect(self.fill_units)
        ui.saveTargetsButton.clicked.connect(self.save_targets)
        ui.printReportButton.clicked.connect(self.print_report)
        ui.printSheetsButton.clicked.connect(self.print_sheets)
        ui.exportXlsxButton.clicked.connect(self.export_xlsx)
        ui.closeButton.clicked.connect(self.accept)

    @property
    def campaign(self):
        return self.app_data.campaigns[self.ui.campaignCombo.currentData()]

    def _notice(self, text: str) -> None:
        """What was just done, said where the buttons are (saving, papers written)."""
        self.ui.noticeLabel.setText(text.replace("%t", f"{dt.datetime.now():%H:%M}"))

    def load(self) -> None:
        with self.app_data.db.session() as session:
            allocation = targets.targets(session, self.campaign.id)
            achievement = targets.achievement(session, self.campaign)
        self.achievement = achievement
        self._fill_allocation(allocation)
        self._fill_progress(achievement)

    # --- allocation -----------------------------------------------------------------------------
    def _fill_allocation(self, allocation: dict[tuple[str, str], int]) -> None:
        table, phases = self.ui.allocationTable, phases_of(self.campaign)
        table.setColumnCount(1 + len(phases))
        table.setHorizontalHeaderLabels([self.tr("Đơn vị")] + [core_text(p.name) for p in phases])
        units = sorted({u for u, _p in allocation}, key=str.casefold)
        table.setRowCount(len(units))
        for row, unit in enumerate(units):
            table.setItem(row, 0, _item(unit, editable=True))
            for column, phase in enumerate(phases, 1):
                count = allocation.get((unit, phase.code))
                table.setItem(row, column, _item(str(count) if count else "", editable=True,
                                                 align=Qt.AlignmentFlag.AlignCenter))
        table.horizontalHeader().resizeSection(0, 420)

    def add_unit(self, name: str = "") -> int:
        table = self.ui.allocationTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, _item(name, editable=True))
        for column in range(1, table.columnCount()):
            table.setItem(row, column, _item("", editable=True, align=Qt.AlignmentFlag.AlignCenter))
        table.setCurrentCell(row, 0)
        return row

    def remove_unit(self) -> None:
        row = self.ui.allocationTable.currentRow()
        if row >= 0:
            self.ui.allocationTable.removeRow(row)

    def fill_units(self) -> None:
        """Adds a row for every unit with a dossier in the campaign that has none yet."""
        table = self.ui.allocationTable
        present = {table.item(r, 0).text().strip() for r in range(table.rowCount()) if table.item(r, 0)}
        for unit in self.achievement.units if self.achievement else []:
            if unit.unit_name not in present:
                self.add_unit(unit.unit_name)

    def allocation(self) -> dict[tuple[str, str], int]:
        """The table as typed; raises SangKienError on a cell that is not a whole number."""
        table, phases = self.ui.allocationTable, phases_of(self.campaign)
        cells: dict[tuple[str, str], int] = {}
        for row in range(table.rowCount()):
            unit = (table.item(row, 0).text() if table.item(row, 0) else "").strip()
            for column, phase in enumerate(phases, 1):
                text = (table.item(row, column).text() if table.item(row, column) else "").strip()
                if not text:
                    continue
                if not text.isdigit():
                    raise SangKienError(
                        self.tr("Chỉ tiêu “%1” của “%2” (%3) phải là số nguyên không âm.").replace("%1", text)
                        .replace("%2", unit or self.tr("(chưa ghi đơn vị)")).replace("%3", core_text(phase.name)),
                        code="target_count")
                cells[(unit, phase.code)] = cells.get((unit, phase.code), 0) + int(text)
        return cells

    def save_targets(self) -> bool:
        try:
            cells = self.allocation()
        except SangKienError as exc:
            show_error(self, self.tr("Không lưu được chỉ tiêu"), exc)
            return False
        if not call_op(self, self.app_data, targets.set_targets, self.campaign, cells,
                       title=self.tr("Không lưu được chỉ tiêu")):
            return False
        self.load()
        units = len({unit for (unit, _phase), count in cells.items() if count})
        self._notice(self.tr("Đã lưu chỉ tiêu của %n đơn vị lúc %t.", "", units))
        return True

    # --- progress -------------------------------------------------------------------------------
    def _fill_progress(self, p: targets.Achievement) -> None:
        table, campaign = self.ui.progressTable, self.campaign
        # The columns and figures of targets.line: the printed report and unit sheets show
        # the same ones, so the screen and the papers agree.
        names = [core_text(name) for _code, name in targets.columns(p)]
        heads = [self.tr("Đơn vị")] + [self.tr("%1 (đạt/chỉ tiêu)").replace("%1", n) for n in names]
        heads += [self.tr("Cả chương trình"), self.tr("Tỷ lệ (%)"), self.tr("Số hồ sơ"),
                  self.tr("Theo tình trạng"), self.tr("Theo loại giải pháp"),
                  self.tr("Theo đối tượng"), self.tr("Giá trị làm lợi (đồng)")]
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        rows = [*p.units, p.total]
        table.setRowCount(len(rows))
        centre = Qt.AlignmentFlag.AlignCenter
        labels = Catalogue({campaign.id: campaign})  # the labels the papers print
        for row, u in enumerate(rows):
            figures = targets.line(p, u)
            cells = [_item(core_text(u.unit_name))]
            cells += [_item(f"{achieved}/{target}", align=centre)
                      for target, achieved in figures.columns]
            rate = figures.rate
            statuses = "; ".join(f"{core_text(STATUS_LABELS[s])} {u.by_status[s.value]}"
                                 for s in Status if u.by_status[s.value])
            kinds = "; ".join(f"{labels.solution_type(k, campaign.id) or '—'} {n}"
                              for k, n in u.by_kind.most_common())
            groups = "; ".join(f"{labels.target_group(g, campaign.id) or '—'} {n}"
                               for g, n in u.by_group.most_common())
            cells += [_item(f"{figures.achieved}/{figures.target}", align=centre), _item(rate, align=centre),
                      _item(str(u.dossier_count), align=centre), _item(statuses), _item(kinds),
                      _item(groups), _item(format_money(u.benefit_vnd, unit=False),
                                           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)]
            for column, cell in enumerate(cells):
                if u is rows[-1]:
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().resizeSection(0, min(table.columnWidth(0), 320))
        self.ui.asOfLabel.setText(self.tr("Số liệu tính đến ngày %1; sáng kiến được tính vào đợt "
                                          "có ngày quyết định công nhận.")
                                  .replace("%1", f"{p.as_of:%d/%m/%Y}"))
        ranked = sorted(p.units, key=lambda u: (-u.target, -u.achieved_total, u.unit_name))
        self.chart.set_bars([Bar(u.unit_name, u.target, u.achieved_total) for u in ranked])

    def selected_units(self) -> list[str]:
        rows = {i.row() for i in self.ui.progressTable.selectedIndexes()}
        units = self.achievement.units if self.achievement else []
        return [units[r].unit_name for r in sorted(rows) if r < len(units)]

    def print_report(self) -> Job | None:
        """The progress report (Báo cáo kết quả thực hiện chỉ tiêu) as PDF or DOCX, then opened."""
        campaign = self.campaign
        return paper_output.write_paper(
            self, self.app_data, "bao-cao-chi-tieu",
            lambda session: target_papers.target_report_data(session, campaign),
            f"bao-cao-chi-tieu-{slug(campaign.short_name)}.pdf",
            on_done=lambda path: self._notice(
                self.tr("Đã ghi báo cáo chỉ tiêu vào %1 lúc %t.").replace("%1", str(path))))

    def export_xlsx(self) -> Path | None:
        """The progress table (target, achieved and rate per unit and phase) as an Excel sheet."""
        campaign = self.campaign
        path = xlsx_actions.export_table(
            self, self.app_data, self.tr("Xuất bảng tiến độ ra Excel"),
            f"tien-do-chi-tieu-{slug(campaign.short_name)}.xlsx",
            lambda session, path: spreadsheets.export_achievement_table(session, campaign, path))
        if path is not None:
            self._notice(self.tr("Đã xuất bảng tiến độ ra %1 lúc %t.").replace("%1", str(path)))
        return path

    def print_sheets(self) -> Job | None:
        """One PDF sheet per selected unit (every unit when none is selected) into a folder."""
        units = self.selected_units() or [u.unit_name for u in
                                          (self.achievement.units if self.achievement else [])]
        if not units:
            return None
        campaign = self.campaign

        def make_all(session):
            return [(f"tom-tat-{slug(unit) or n}", target_papers.unit_sheet_data(session, campaign, unit))
                    for n, unit in enumerate(units, 1)]

        def written(paths: list[Path]) -> None:
            folder = str(paths[0].parent) if paths else ""
            self._notice(self.tr("Đã ghi %n phiếu tóm tắt đơn vị vào thư mục %1 lúc %t.", "",
                                 len(paths)).replace("%1", folder))

        return paper_output.write_papers_to_folder(self, self.app_data, "tom-tat-don-vi", make_all,
                                                   on_done=written)
