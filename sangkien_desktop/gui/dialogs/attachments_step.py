"""The editor's attachments step: add files to the store, open a copy, say which required
document of the program each one is (picked from the program's list), and note what it is."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QTableWidgetItem

from sangkien_desktop.domain.campaign import Campaign, Choice
from sangkien_desktop.domain.dossier import AttachmentRef
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.validation.tuning import tuning_for
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers.attachments import (
    MEDIA_LABELS,
    copy_for_opening,
    store_file,
    verify,
)

from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.labels import core_text, error_text, exception_text

REQUIREMENT_COLUMN = 4
NOTE_COLUMN = 5


class AttachmentsStep(QObject):
    changed = Signal()

    def __init__(self, ui: Ui_DossierEditor, app_data: AppData, parent: QObject,
                 campaign: Callable[[], Campaign | None] = lambda: None):
        super().__init__(parent)
        self.ui = ui
        self.app_data = app_data
        self.campaign = campaign
        self.refs: list[AttachmentRef] = []
        self._pack_papers: list[Choice] | None = None  # read once, when first needed
        ui.addAttachmentButton.clicked.connect(self.add)
        ui.openAttachmentButton.clicked.connect(self.open_selected)
        ui.removeAttachmentButton.clicked.connect(self.remove_selected)
        ui.attachmentsTable.itemChanged.connect(self._note_changed)
        ui.attachmentsTable.cellDoubleClicked.connect(
            lambda _r, c: self.open_selected() if c not in (NOTE_COLUMN, REQUIREMENT_COLUMN) else None
        )

    def show(self) -> None:
        table = self.ui.attachmentsTable
        table.blockSignals(True)
        table.setRowCount(0)
        for ref in self.refs:
            row = table.rowCount()
            table.insertRow(row)
            size = f"{ref.size / 1024:,.0f} KB".replace(",", ".")
            added = format_date(ref.added_at.date() if ref.added_at else None)
            values = (ref.filename, core_text(MEDIA_LABELS.get(ref.media_type, ref.media_type)), size, added,
                      "", ref.note)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col != NOTE_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, col, item)
            table.setCellWidget(row, REQUIREMENT_COLUMN, self._requirement_combo(row, ref.requirement))
        table.blockSignals(False)
        table.resizeColumnToContents(0)

    def requirements(self) -> list[Choice]:
        """The documents the program asks of each dossier (not those of a nomination), then the
        papers the unit's rule pack asks that the program does not print itself."""
        campaign = self.campaign()
        found = list(tuning_for(campaign).dossier_attachments) if campaign is not None else []
        if self._pack_papers is None:
            from sangkien_desktop.domain.rule_pack import PRINTED_PAPERS
            from sangkien_desktop.services.council.rule_packs import unit_pack

            with self.app_data.db.session() as session:
                papers = unit_pack(session).papers
            self._pack_papers = [p for p in papers if p.code not in PRINTED_PAPERS]
        codes = {c.code for c in found}
        return found + [p for p in self._pack_papers if p.code not in codes]

    def _requirement_combo(self, row: int, code: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"requirementCombo{row}")
        combo.addItem(self.tr("(không phải giấy tờ bắt buộc)"), "")
        for choice in self.requirements():
            combo.addItem(choice.label, choice.code)
        index = combo.findData(code)
        if index < 0 and code:
            # Kept from another program (or an old note's #code): shown, not lost.
            combo.addItem(self.tr("%1 (không có trong chương trình này)").replace("%1", code), code)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))
        combo.setToolTip(self.tr("Tệp này là giấy tờ nào chương trình yêu cầu"))
        combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._requirement_changed(r, c))
        return combo

    def _requirement_changed(self, row: int, combo: QComboBox) -> None:
        if 0 <= row < len(self.refs):
            self.refs[row] = dataclasses.replace(self.refs[row], requirement=combo.currentData() or "")
            self.changed.emit()

    def requirement_combo(self, row: int) -> QComboBox:
        return self.ui.attachmentsTable.cellWidget(row, REQUIREMENT_COLUMN)

    def _note_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == NOTE_COLUMN and 0 <= item.row() < len(self.refs):
            self.refs[item.row()] = dataclasses.replace(self.refs[item.row()], note=clean_line(item.text()))
            self.changed.emit()

    def add(self) -> None:
        parent = self.ui.attachmentsTable.window()
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            self.tr("Chọn tệp đính kèm"),
            "",
            self.tr("Ảnh, PDF, Word (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp *.pdf *.docx)"),
        )
        problems = []
        for path in paths:
            try:
                ref = store_file(self.app_data.attachments, Path(path))
            except SangKienError as exc:  # the file's fault, or a full or read-only disk
                problems.append(error_text(exc.message))
                continue
            if all(a.sha256 != ref.sha256 for a in self.refs):
                self.refs.append(ref)
                self.changed.emit()
        self.show()
        if problems:
            QMessageBox.warning(parent, self.tr("Có tệp không đính kèm được"), "\n\n".join(problems))

    def _selected(self) -> int:
        rows = self.ui.attachmentsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else self.ui.attachmentsTable.currentRow()

    def open_selected(self) -> None:
        index = self._selected()
        if not 0 <= index < len(self.refs):
            return
        ref = self.refs[index]
        store = self.app_data.attachments
        state = verify(store, ref.sha256)
        if not state.exists or not state.hash_matches:
            QMessageBox.warning(
                self.ui.attachmentsTable.window(),
                self.tr("Không mở được tệp"),
                self.tr(
                    "Bản lưu của tệp “%1” bị thiếu hoặc đã bị thay đổi. Hãy gỡ tệp này khỏi hồ sơ "
                    "và đính kèm lại từ bản gốc."
                ).replace("%1", ref.filename),
            )
            return
        # Open a copy, so an edit in the viewer never changes the stored original.
        try:
            copy = copy_for_opening(store, ref, Path(tempfile.mkdtemp(prefix="sangkien-")))
        except (SangKienError, OSError) as exc:
            QMessageBox.warning(self.ui.attachmentsTable.window(), self.tr("Không mở được tệp"),
                                exception_text(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def remove_selected(self) -> None:
        index = self._selected()
        if 0 <= index < len(self.refs):
            del self.refs[index]
            self.show()
            self.changed.emit()
