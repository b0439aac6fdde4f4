"""The meeting's score grid: one row per present member, one column per criterion, for the
dossier picked; every cell checked as typed, and the council's result computed live (average,
optionally without the extremes, spread, disagreement, band, votes)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

from sangkien_desktop.domain.council import (
    Council,
    Member,
    ScoreEntry,
    quorum_met,
    votes_needed,
)
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.scoring import (
    MemberSheet,
    Rubric,
    evaluate,
    format_score,
    member_in_favour,
    parse_score,
)
from sangkien_desktop.services.council.council_lists import DossierChoice
from sangkien_desktop.services.council.results import DossierResult

from sangkien_desktop.gui.labels import error_text

ERROR_BRUSH = QBrush(QColor("#f8c8c8"))
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
MAX_LISTED = 12  # wrong cells named in the message; the grid marks every one


@dataclass
class Sheet:
    """What is typed for one member and one dossier (texts, checked when read)."""

    scores: dict[str, str] = dataclasses.field(default_factory=dict)
    remarks: str = ""

    def is_blank(self) -> bool:
        return not any(v.strip() for v in self.scores.values()) and not self.remarks.strip()


@dataclass(frozen=True)
class LiveResult(DossierResult):
    """The council's result as typed so far (DossierResult decides the proposal)."""

    sheets: int = 0
    incomplete: int = 0  # rows with some scores missing or wrong: left out


def _wrap(text: str, width: int = 18) -> str:
    """A long criterion name on several header lines, broken between words."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


class ScoreGrid(QObject):
    changed = Signal()  # the grid shows something else: results to recompute
    edited = Signal()  # the user typed in a cell

    def __init__(self, ui, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.table = ui.scoreTable
        self.council: Council | None = None
        self.present: list[Member] = []
        self.dossiers: list[DossierChoice] = []
        self.sheets: dict[tuple[int, str], Sheet] = {}
        self.drop_extremes = False
        self.dossier_uuid = ""
        # After a save found wrong sheets, a blank cell of a started sheet is marked too.
        self.strict = False
        self._filling = False
        self.table.itemChanged.connect(self._cell_changed)

    # --- context ----------------------------------------------------------------------------
    @property
    def context(self) -> Council:
        """The council set by set_context (the grid shows nothing before)."""
        assert self.council is not None, "ScoreGrid.set_context first"
        return self.council

    @property
    def rubric(self) -> Rubric:
        """The council's rubric, with the extremes dropped when the box is ticked."""
        rubric = self.context.rubric
        if self.drop_extremes == rubric.drop_extremes:
            return rubric
        minimum = rubric.drop_extremes_min_sheets if rubric.drop_extremes else 3
        return dataclasses.replace(rubric, drop_extremes=self.drop_extremes, drop_extremes_min_sheets=minimum)

    def set_context(self, council: Council, present: list[Member], dossiers: list[DossierChoice]) -> None:
        self.council, self.present, self.dossiers = council, present, dossiers
        if self.dossier_uuid not in {d.uuid for d in dossiers}:
            self.dossier_uuid = dossiers[0].uuid if dossiers else ""
        self.show_dossier(self.dossier_uuid)

    def load_entries(self, entries: list[ScoreEntry]) -> None:
        self.sheets = {
            (e.member_id, e.dossier_uuid): Sheet(
                {k: format_score(Decimal(str(v))) for k, v in e.scores.items()}, e.remarks)
            for e in entries
        }

    # --- the grid ---------------------------------------------------------------------------
    def show_dossier(self, uuid: str) -> None:
        self.dossier_uuid = uuid
        table = self.table
        self._filling = True
        table.clear()
        criteria = self.council.rubric.criteria if self.council else ()
        headers = [self.tr("Thành viên")]
        most = self.tr("tối đa")  # outside the f-string, where lupdate sees it
        headers += [f"{_wrap(c.name)}\n({most} {format_score(c.max_score)})" for c in criteria]
        headers += [self.tr("Tổng"), self.tr("Nhận xét")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.present) if uuid else 0)
        for row, member in enumerate(self.present if uuid else []):
            name = QTableWidgetItem(member.full_name)
            name.setFlags(READ_ONLY)
            table.setItem(row, 0, name)
            sheet = self.sheets.get((member.id or 0, uuid), Sheet())
            for col, c in enumerate(criteria, 1):
                cell = QTableWidgetItem(sheet.scores.get(c.code, ""))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, col, cell)
            total = QTableWidgetItem()
            total.setFlags(READ_ONLY)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, len(criteria) + 1, total)
            table.setItem(row, len(criteria) + 2, QTableWidgetItem(sheet.remarks))
            self._check_row(row)
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        header.resizeSection(0, 190)
        for col, text in enumerate(headers[1:-1], 1):
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            header.resizeSection(col, max(90, widest + 24))
        self._filling = False
        self.changed.emit()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.council is None:
            return
        row, col = item.row(), item.column()
        member = self.present[row]
        criteria = self.council.rubric.criteria
        sheet = self.sheets.setdefault((member.id or 0, self.dossier_uuid), Sheet())
        if 1 <= col <= len(criteria):
            sheet.scores[criteria[col - 1].code] = item.text().strip()
        elif col == len(criteria) + 2:
            sheet.remarks = item.text().strip()
        self._filling = True
        self._check_row(row)
        self._filling = False
        self.edited.emit()
        self.changed.emit()

    def _check_row(self, row: int) -> None:
        """Marks wrong cells and shows the row's weighted total when every score is right."""
        criteria = self.context.rubric.criteria
        total: Decimal | None = Decimal(0)
        started = self.strict and not self.sheets.get(
            (self.present[row].id or 0, self.dossier_uuid), Sheet()).is_blank()
        for col, c in enumerate(criteria, 1):
            item = self.table.item(row, col)
            text = item.text().strip()
            problem = ""
            if text or started:
                try:
                    # Parsed whatever came before: a blank cell to its left hides no mistake.
                    score = parse_score(text, c)
                    total = None if total is None else total + score * c.weight
                except InputError as exc:
                    problem = error_text(exc.message)
                    total = None
            else:
                total = None
            item.setBackground(ERROR_BRUSH if problem else QBrush())
            item.setToolTip(problem)
        self.table.item(row, len(criteria) + 1).setText(format_score(total) if total is not None else "")

    # --- results ----------------------------------------------------------------------------
    def _parsed(self, sheet: Sheet) -> dict[str, Decimal] | None:
        try:
            return {c.code: parse_score(sheet.scores.get(c.code, ""), c) for c in self.context.rubric.criteria}
        except InputError:
            return None

    def result_for(self, dossier_uuid: str) -> LiveResult:
        council = self.context
        rubric = self.rubric
        sheets: list[MemberSheet] = []
        incomplete = votes = 0
        for member in self.present:
            sheet = self.sheets.get((member.id or 0, dossier_uuid))
            if sheet is None or sheet.is_blank():
                continue
            parsed = self._parsed(sheet)
            if parsed is None:
                incomplete += 1
                continue
            sheets.append(MemberSheet(str(member.id), parsed))
            votes += member_in_favour(parsed, rubric)
        size = len(council.members)
        base = size if council.rules.vote_base == "council" else len(self.present)
        return LiveResult(
            dossier_uuid, "", evaluate(sheets, rubric) if sheets else None, votes, base,
            votes_needed(base, council.rules.vote_needed),
            quorum_met(len(self.present), size, council.rules.quorum), len(sheets), incomplete,
        )

    def entries(self, dossier_uuids: list[str]) -> list[ScoreEntry]:
        """The sheets to store. Half-filled or wrong sheets raise one InputError naming every
        wrong cell (whose sheet, which dossier, which criterion), and the grid marks them all,
        blank cells of a started sheet included."""
        found = []
        problems: list[str] = []
        titles = {d.uuid: d.title for d in self.dossiers}
        for uuid in dossier_uuids:
            for member in self.present:
                sheet = self.sheets.get((member.id or 0, uuid))
                if sheet is None or sheet.is_blank():
                    continue
                scores: dict[str, Decimal] = {}
                for c in self.context.rubric.criteria:
                    try:
                        scores[c.code] = parse_score(sheet.scores.get(c.code, ""), c)
                    except InputError as exc:
                        problems.append(
                            self.tr("Phiếu của %1 cho hồ sơ “%2”: %3").replace("%1", member.full_name)
                            .replace("%2", titles.get(uuid, "")).replace("%3", error_text(exc.message)))
                if len(scores) == len(self.context.rubric.criteria):
                    found.append(ScoreEntry(member.id or 0, uuid, {k: str(v) for k, v in scores.items()},
                                            sheet.remarks))
        if problems:
            self.strict = True
            self._filling = True
            for row in range(self.table.rowCount()):
                self._check_row(row)
            self._filling = False
            shown = problems[:MAX_LISTED]
            if len(problems) > MAX_LISTED:
                shown.append(self.tr("… và %n ô khác.", "", len(problems) - MAX_LISTED))
            heading = self.tr("%n ô điểm cần sửa (tô đỏ trong bảng):", "", len(problems))
            raise InputError("\n".join([heading, *shown]), code="score_sheets", field="sheets")
        return found
