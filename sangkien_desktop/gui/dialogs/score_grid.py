"""The meeting's score grid: one row per present member, one column per criterion, for the
dossier picked; every cell checked as typed, and the council's result computed live (average,
optionally without the extremes, spread, disagreement, band, votes) by domain/tally.py.

Scoring is blind: until every member who may score the dossier has a complete sheet, only the
row being entered shows its scores and no result is shown. A sheet entered and left (or stored
before) shows dots and cannot be typed in, even when its row is selected again: correcting it
is an explicit action that asks first and is written into the meeting's history. The last
column says who is out of the dossier: found by the program (an author, the authors' unit
head: read-only) or chosen (a declared conflict of interest, with its note, or an abstention).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QTableWidgetItem, QWidget

from sangkien_desktop.domain.council import (
    AUTOMATIC_RECUSALS,
    Council,
    Member,
    Recusal,
    RecusalKind,
    ScoreEntry,
)
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.rule_pack import RulePack
from sangkien_desktop.domain.scoring import Rubric, format_score, parse_score
from sangkien_desktop.domain.tally import CastSheet, DossierResult, tally
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.services.council.council_lists import DossierChoice

from sangkien_desktop.gui.labels import error_text

ERROR_BRUSH = QBrush(QColor("#f8c8c8"))
OUT_BRUSH = QBrush(QColor("#ececec"))
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable
HIDDEN_TEXT = "•••"  # i18n: keep
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
        self.pack: RulePack | None = None  # the meeting's; None: the council's
        self.present: list[Member] = []
        self.dossiers: list[DossierChoice] = []
        self.sheets: dict[tuple[int, str], Sheet] = {}
        self.declared: dict[tuple[int, str], Recusal] = {}
        self.automatic: dict[tuple[int, str], Recusal] = {}
        self.facts: dict[str, frozenset[str]] = {}
        self.drop_extremes = False
        self.dossier_uuid = ""
        self.read_only = False
        # After a save found wrong sheets, a blank cell of a started sheet is marked too.
        self.strict = False
        self._filling = False
        self._shown_row = -1
        # Sheets entered and left, or stored before: hidden while the scoring is blind. Those
        # reopened on purpose, for the meeting's history.
        self.sealed: set[tuple[int, str]] = set()
        self.corrected: list[tuple[int, str]] = []
        self.table.itemChanged.connect(self._cell_changed)
        self.table.currentCellChanged.connect(self._row_entered)
        ui.correctSheetButton.clicked.connect(self.correct_selected)

    # --- context ----------------------------------------------------------------------------
    @property
    def context(self) -> Council:
        """The council set by set_context (the grid shows nothing before)."""
        assert self.council is not None, "ScoreGrid.set_context first"
        return self.council

    @property
    def base_rubric(self) -> Rubric:
        return self.pack.rubric if self.pack is not None else self.context.rubric

    @property
    def rubric(self) -> Rubric:
        """The meeting's rubric, with the extremes dropped when the box is ticked."""
        rubric = self.base_rubric
        if self.drop_extremes == rubric.drop_extremes:
            return rubric
        minimum = rubric.drop_extremes_min_sheets if rubric.drop_extremes else 3
        return dataclasses.replace(rubric, drop_extremes=self.drop_extremes, drop_extremes_min_sheets=minimum)

    @property
    def rules(self):
        assert self.council is not None
        return self.pack.rules if self.pack is not None else self.council.rules

    def set_context(self, council: Council, present: list[Member], dossiers: list[DossierChoice],
                    automatic: list[Recusal] | None = None,
                    facts: dict[str, frozenset[str]] | None = None) -> None:
        self.council, self.present, self.dossiers = council, present, dossiers
        if automatic is not None:
            self.automatic = {(r.member_id, r.dossier_uuid): r for r in automatic}
        if facts is not None:
            self.facts = facts
        if self.dossier_uuid not in {d.uuid for d in dossiers}:
            self.dossier_uuid = dossiers[0].uuid if dossiers else ""
        self.show_dossier(self.dossier_uuid)

    def load_entries(self, entries: list[ScoreEntry], recusals: Sequence[Recusal] = ()) -> None:
        self.sheets = {
            (e.member_id, e.dossier_uuid): Sheet(
                {k: format_score(Decimal(str(v))) for k, v in e.scores.items()}, e.remarks)
            for e in entries
        }
        self.sealed = {key for key, sheet in self.sheets.items() if not sheet.is_blank()}
        self.corrected = []
        self.declared = {(r.member_id, r.dossier_uuid): r for r in recusals
                         if r.kind not in AUTOMATIC_RECUSALS}

    def recusal(self, member_id: int, dossier_uuid: str) -> Recusal | None:
        key = (member_id, dossier_uuid)
        return self.automatic.get(key) or self.declared.get(key)

    def recusals(self, dossier_uuids: list[str]) -> list[Recusal]:
        """The declared conflicts and abstentions to store (the automatic ones are found again)."""
        present = {m.id for m in self.present}
        return [r for (member, uuid), r in self.declared.items()
                if uuid in dossier_uuids and member in present and (member, uuid) not in self.automatic]

    # --- the grid ---------------------------------------------------------------------------
    @property
    def _out_column(self) -> int:
        return len(self.base_rubric.criteria) + 3

    def _kind_texts(self) -> dict[RecusalKind | None, str]:
        return {None: "", RecusalKind.CONFLICT: self.tr("Xung đột lợi ích"),
                RecusalKind.ABSTAIN: self.tr("Không tham gia đánh giá"),
                RecusalKind.AUTHOR: self.tr("Là tác giả"),
                RecusalKind.UNIT_HEAD: self.tr("Thủ trưởng đơn vị của tác giả")}

    def show_dossier(self, uuid: str) -> None:
        self._seal_shown()
        self.dossier_uuid = uuid
        table = self.table
        self._filling = True
        table.clear()
        criteria = self.base_rubric.criteria if self.council else ()
        headers = [self.tr("Thành viên")]
        most = self.tr("tối đa")  # outside the f-string, where lupdate sees it
        headers += [f"{_wrap(c.name)}\n({most} {format_score(c.max_score)})" for c in criteria]
        headers += [self.tr("Tổng"), self.tr("Nhận xét"), self.tr("Tránh xét")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self.present) if uuid else 0)
        for row, member in enumerate(self.present if uuid else []):
            name = QTableWidgetItem(member.full_name)
            name.setFlags(READ_ONLY)
            table.setItem(row, 0, name)
            for col in range(1, len(criteria) + 1):
                cell = QTableWidgetItem()
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, col, cell)
            total = QTableWidgetItem()
            total.setFlags(READ_ONLY)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, len(criteria) + 1, total)
            table.setItem(row, len(criteria) + 2, QTableWidgetItem())
            table.setCellWidget(row, self._out_column, self._out_combo(member))
        self._shown_row = table.currentRow()
        self._render_rows()
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        header.resizeSection(0, 190)
        for col, text in enumerate(headers[1:-2], 1):
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            header.resizeSection(col, max(90, widest + 24))
        self._filling = False
        self.changed.emit()

    def _out_combo(self, member: Member) -> QWidget:
        combo = QComboBox(self.table)
        found = self.recusal(member.id or 0, self.dossier_uuid)
        texts = self._kind_texts()
        if found is not None and found.kind in AUTOMATIC_RECUSALS:
            combo.addItem(texts[found.kind], found.kind.value)
            combo.setEnabled(False)
            combo.setToolTip(self.tr("Chương trình tự xác định: thành viên không chấm hồ sơ này."))
        else:
            for kind in (None, RecusalKind.CONFLICT, RecusalKind.ABSTAIN):
                combo.addItem(texts[kind], kind.value if kind else "")
            combo.setCurrentIndex(max(combo.findData(found.kind.value if found else ""), 0))
            if found is not None and found.note:
                combo.setToolTip(found.note)
            combo.setEnabled(not self.read_only)
            combo.currentIndexChanged.connect(lambda _i, m=member, c=combo: self._out_changed(m, c))
        return combo

    def _out_changed(self, member: Member, combo: QComboBox) -> None:
        key = (member.id or 0, self.dossier_uuid)
        code = combo.currentData()
        if code == RecusalKind.CONFLICT.value:
            note, ok = QInputDialog.getText(
                self.table, self.tr("Xung đột lợi ích"),
                self.tr("Nội dung xung đột lợi ích mà %1 khai báo:").replace("%1", member.full_name),
                text=self.declared[key].note if key in self.declared else "")
            if not ok or not clean_line(note):
                combo.blockSignals(True)
                old = self.declared.get(key)
                combo.setCurrentIndex(max(combo.findData(old.kind.value if old else ""), 0))
                combo.blockSignals(False)
                return
            self.declared[key] = Recusal(key[0], key[1], RecusalKind.CONFLICT, clean_line(note))
            combo.setToolTip(clean_line(note))
        elif code == RecusalKind.ABSTAIN.value:
            self.declared[key] = Recusal(key[0], key[1], RecusalKind.ABSTAIN)
        else:
            self.declared.pop(key, None)
        self._filling = True
        self._render_rows()
        self._filling = False
        self.edited.emit()
        self.changed.emit()

    def _complete(self, uuid: str) -> bool:
        """Every present member who may score the dossier has a complete, valid sheet."""
        return all(self.recusal(m.id or 0, uuid) is not None
                   or self._parsed(self.sheets.get((m.id or 0, uuid), Sheet()), uuid) is not None
                   for m in self.present)

    def _render_rows(self) -> None:
        """Every row's cells: the scores (dots for the other members' until all have scored),
        greyed for a member out of the dossier."""
        criteria = self.base_rubric.criteria
        blind = not self._complete(self.dossier_uuid)
        for row, member in enumerate(self.present if self.dossier_uuid else []):
            sheet = self.sheets.get((member.id or 0, self.dossier_uuid), Sheet())
            out = self.recusal(member.id or 0, self.dossier_uuid) is not None
            hidden = blind and (member.id or 0, self.dossier_uuid) in self.sealed and not sheet.is_blank()
            for col, c in enumerate(criteria, 1):
                item = self.table.item(row, col)
                item.setText("" if out else HIDDEN_TEXT if hidden and sheet.scores.get(c.code)
                             else sheet.scores.get(c.code, ""))
                item.setFlags(READ_ONLY if out or hidden or self.read_only else EDITABLE)
                item.setBackground(OUT_BRUSH if out else QBrush())
                item.setToolTip(self.tr("Điểm được ẩn cho đến khi mọi thành viên đã chấm hồ sơ này.")
                                if hidden else "")
            remarks = self.table.item(row, len(criteria) + 2)
            remarks.setText("" if out else HIDDEN_TEXT if hidden and sheet.remarks else sheet.remarks)
            remarks.setFlags(READ_ONLY if out or hidden or self.read_only else EDITABLE)
            if not out and not hidden:
                self._check_row(row)
            else:
                self.table.item(row, len(criteria) + 1).setText("—" if out else "")
        self._update_correct_button()

    def _key(self, row: int) -> tuple[int, str] | None:
        if not self.dossier_uuid or not 0 <= row < len(self.present):
            return None
        return self.present[row].id or 0, self.dossier_uuid

    def _seal_shown(self) -> None:
        """The row being entered is left: its sheet, if any, is entered."""
        key = self._key(self._shown_row)
        if key is not None and not self.sheets.get(key, Sheet()).is_blank():
            self.sealed.add(key)

    def _update_correct_button(self) -> None:
        key = self._key(self.table.currentRow())
        button = self.ui.correctSheetButton
        button.setEnabled(not self.read_only and key is not None and key in self.sealed
                          and not self._complete(self.dossier_uuid))

    def correct_selected(self) -> bool:
        """Reopens the selected member's entered sheet, after asking: its marks show while the
        others have not all scored. Kept for the meeting's history when it is saved."""
        row = self.table.currentRow()
        key = self._key(row)
        if key is None or key not in self.sealed:
            return False
        name = self.present[row].full_name
        answer = QMessageBox.question(
            self.table, self.tr("Sửa phiếu đã nhập"),
            self.tr("Mở lại phiếu của %1 để sửa?\n\nCác thành viên khác chưa chấm xong: điểm của "
                    "phiếu này sẽ hiện trên màn hình. Việc sửa phiếu được ghi vào lịch sử cuộc họp "
                    "khi lưu.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._seal_shown()
        self.sealed.discard(key)
        if key not in self.corrected:
            self.corrected.append(key)
        self._shown_row = row
        self._filling = True
        self._render_rows()
        self._filling = False
        return True

    def _row_entered(self, row: int, _col: int, previous: int, _pcol: int) -> None:
        if row == previous or self._filling:
            return
        if row != self._shown_row:
            self._seal_shown()
        self._shown_row = row
        self._filling = True
        self._render_rows()
        self._filling = False

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.council is None:
            return
        row, col = item.row(), item.column()
        member = self.present[row]
        criteria = self.base_rubric.criteria
        sheet = self.sheets.setdefault((member.id or 0, self.dossier_uuid), Sheet())
        if 1 <= col <= len(criteria):
            sheet.scores[criteria[col - 1].code] = item.text().strip()
        elif col == len(criteria) + 2:
            sheet.remarks = item.text().strip()
        if row != self._shown_row:
            self._seal_shown()
        # Typed in, so shown (a hidden row takes no typing): the row being entered now.
        self.sealed.discard((member.id or 0, self.dossier_uuid))
        self._shown_row = row
        self._filling = True
        self._render_rows()
        self._filling = False
        self.edited.emit()
        self.changed.emit()

    def _check_row(self, row: int) -> None:
        """Marks wrong cells and shows the row's weighted total when every score is right."""
        criteria = self.base_rubric.criteria
        facts = self.facts.get(self.dossier_uuid)
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
                    score = parse_score(text, c, facts)
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
    def _parsed(self, sheet: Sheet, uuid: str) -> dict[str, Decimal] | None:
        try:
            return {c.code: parse_score(sheet.scores.get(c.code, ""), c, self.facts.get(uuid))
                    for c in self.base_rubric.criteria}
        except InputError:
            return None

    def result_for(self, dossier_uuid: str) -> LiveResult:
        sheets: list[CastSheet] = []
        incomplete = 0
        for member in self.present:
            sheet = self.sheets.get((member.id or 0, dossier_uuid))
            if sheet is None or sheet.is_blank() or self.recusal(member.id or 0, dossier_uuid):
                continue
            parsed = self._parsed(sheet, dossier_uuid)
            if parsed is None:
                incomplete += 1
                continue
            sheets.append(CastSheet(member.id or 0, parsed))
        out = [self.recusal(m.id or 0, dossier_uuid) for m in self.present]
        found = tally(dossier_uuid, "", rubric=self.rubric, rules=self.rules,
                      council_size=len(self.context.members),
                      present=[m.id or 0 for m in self.present], sheets=sheets,
                      recusals=[r for r in out if r is not None])
        return LiveResult(**{f.name: getattr(found, f.name) for f in dataclasses.fields(found)},
                          sheets=len(sheets), incomplete=incomplete)

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
                if sheet is None or sheet.is_blank() or self.recusal(member.id or 0, uuid):
                    continue
                scores: dict[str, Decimal] = {}
                for c in self.base_rubric.criteria:
                    try:
                        scores[c.code] = parse_score(sheet.scores.get(c.code, ""), c, self.facts.get(uuid))
                    except InputError as exc:
                        problems.append(
                            self.tr("Phiếu của %1 cho hồ sơ “%2”: %3").replace("%1", member.full_name)
                            .replace("%2", titles.get(uuid, "")).replace("%3", error_text(exc.message)))
                if len(scores) == len(self.base_rubric.criteria):
                    found.append(ScoreEntry(member.id or 0, uuid, {k: str(v) for k, v in scores.items()},
                                            sheet.remarks))
        if problems:
            self.strict = True
            self._filling = True
            self._render_rows()
            self._filling = False
            shown = problems[:MAX_LISTED]
            if len(problems) > MAX_LISTED:
                shown.append(self.tr("… và %n ô khác.", "", len(problems) - MAX_LISTED))
            heading = self.tr("%n ô điểm cần sửa (tô đỏ trong bảng):", "", len(problems))
            raise InputError("\n".join([heading, *shown]), code="score_sheets", field="sheets")
        return found
