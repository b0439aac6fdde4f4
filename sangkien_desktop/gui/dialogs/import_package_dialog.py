"""Receiving an exchange package: the package is checked in full first (a refusal says why and
writes nothing); then what is new is listed, and each record that differs from the copy here
is shown side by side for the officer to keep theirs, take the received one or keep both."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.exchange import package_import, package_merge
from sangkien_desktop.services.exchange.import_plan import (
    Conflict,
    ImportPlan,
    ImportReport,
    Item,
    Resolution,
)

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.field_help import HELP
from sangkien_desktop.gui.forms.ui_import_package_dialog import Ui_ImportPackageDialog
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.jobs import Job, run_job, show_error
from sangkien_desktop.gui.labels import core_text
from sangkien_desktop.gui.operation import run_op

_HEAD = re.compile(r"^([a-z_]+)(.*)$")
# Fields the editor's help does not name (records and decisions).
_LABELS = {
    "code": QT_TRANSLATE_NOOP("ImportPackageDialog", "Mã hồ sơ"),
    "notes": QT_TRANSLATE_NOOP("ImportPackageDialog", "Ghi chú"),
    "status": QT_TRANSLATE_NOOP("ImportPackageDialog", "Trạng thái"),
    "sector": QT_TRANSLATE_NOOP("ImportPackageDialog", "Khối"),
    "province_code": QT_TRANSLATE_NOOP("ImportPackageDialog", "Nơi công tác (tỉnh, ngành)"),
    "campaign_id": QT_TRANSLATE_NOOP("ImportPackageDialog", "Chương trình"),
    "deleted_at": QT_TRANSLATE_NOOP("ImportPackageDialog", "Đã xóa lúc"),
    "benefit_author_vnd": QT_TRANSLATE_NOOP("ImportPackageDialog", "Giá trị làm lợi (tác giả)"),
    "benefit_unit_vnd": QT_TRANSLATE_NOOP("ImportPackageDialog", "Giá trị làm lợi (đơn vị áp dụng)"),
    "benefit_author_social": QT_TRANSLATE_NOOP("ImportPackageDialog", "Lợi ích xã hội (tác giả)"),
    "benefit_unit_social": QT_TRANSLATE_NOOP("ImportPackageDialog", "Lợi ích xã hội (đơn vị áp dụng)"),
    "items": QT_TRANSLATE_NOOP("ImportPackageDialog", "Danh sách sáng kiến"),
    "number_text": QT_TRANSLATE_NOOP("ImportPackageDialog", "Số quyết định"),
    "date": QT_TRANSLATE_NOOP("ImportPackageDialog", "Ngày"),
}


def field_label(path: str) -> str:
    """ "authors[0].phone" → "Tác giả, đồng tác giả[0].phone": the editor's label first."""
    m = _HEAD.match(path)
    if not m:
        return path
    head, rest = m.groups()
    if head in HELP:
        return QCoreApplication.translate("field_help", HELP[head].label) + rest
    if head in _LABELS:
        return QCoreApplication.translate("ImportPackageDialog", _LABELS[head]) + rest
    return path


def package_time(created_at: str) -> str:
    """"2026-11-21T21:52:49" → "21:52 21/11/2026", in this computer's time if the package
    says its zone; what cannot be read is shown as it is."""
    try:
        moment = dt.datetime.fromisoformat(created_at)
    except ValueError:
        return created_at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%H:%M %d/%m/%Y}"


def _shown(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("ImportPackageDialog", "(trống)")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ImportPackageDialog", "có")
        return QCoreApplication.translate("ImportPackageDialog", "không")
    return str(value)


class ImportPackageDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.ui = Ui_ImportPackageDialog()
        self.ui.setupUi(self)
        self.choices: dict[str, Resolution] = {c.uuid: Resolution.KEEP_MINE
                                               for c in plan.conflicts}
        self._radios = {Resolution.KEEP_MINE: self.ui.keepMineRadio,
                        Resolution.TAKE_THEIRS: self.ui.takeTheirsRadio,
                        Resolution.KEEP_BOTH: self.ui.keepBothRadio}
        header = self.ui.diffTable.horizontalHeader()
        header.resizeSection(0, 190)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.ui.conflictSplitter.setSizes([380, 600])
        self.ui.conflictList.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.ui.conflictList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._connect()
        self._fill()

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Nhập"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.conflictList.currentRowChanged.connect(self._show_conflict)
        for choice, radio in self._radios.items():
            radio.toggled.connect(lambda on, c=choice: self._choose(c) if on else None)

    def _fill(self) -> None:
        plan, ui = self.plan, self.ui
        if plan.sender:
            head = self.tr("<b>Gói của: %1</b> (tạo lúc %2)").replace("%1", plan.sender)
        else:
            head = self.tr("<b>Gói không ghi đơn vị gửi</b> (máy gửi chưa nhập tên đơn vị trong "
                           "Cài đặt; tạo lúc %2)")
        summary = "<br>".join([head.replace("%2", package_time(plan.created_at)),
                               *PackageWords().plan(plan)])
        for n in plan.records.nominations:
            letter = n.get("letter_number_text") or self.tr("dự thảo, chưa có số")
            summary += "<br>" + counts.fill(self.tr("Đợt đề nghị lên cấp trên: Tờ trình %1, %2."),
                                            letter, counts.dossiers(len(n.get("items", []))))
        if plan.already_imported:
            summary += "<br>" + self.tr("Gói này đã được nhận trước đây.")
        ui.summaryLabel.setText(summary)
        has_conflicts = bool(plan.conflicts)
        for widget in (ui.conflictHint, ui.conflictSplitter):
            widget.setVisible(has_conflicts)
        for conflict in plan.conflicts:
            kind = self._kind(conflict)
            item = QListWidgetItem(f"{kind}: {core_text(conflict.title)}")
            item.setToolTip(core_text(conflict.title))  # the list elides a long title in the middle
            item.setData(Qt.ItemDataRole.UserRole, conflict.uuid)
            ui.conflictList.addItem(item)
        if has_conflicts:
            ui.conflictList.setCurrentRow(0)
        else:
            self.resize(self.width(), 200)

    def _kind(self, conflict: Conflict) -> str:
        return {"dossier": self.tr("Hồ sơ"), "decision": self.tr("Quyết định"),
                "nomination": self.tr("Đợt đề nghị")}.get(conflict.kind, conflict.kind)

    def current(self) -> Conflict | None:
        row = self.ui.conflictList.currentRow()
        return self.plan.conflicts[row] if 0 <= row < len(self.plan.conflicts) else None

    def _show_conflict(self, _row: int) -> None:
        conflict = self.current()
        if conflict is None:
            return
        table = self.ui.diffTable
        table.setRowCount(len(conflict.changes))
        for r, (path, (mine, theirs)) in enumerate(sorted(conflict.changes.items())):
            for c, text in enumerate((field_label(path), _shown(mine), _shown(theirs))):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeRowsToContents()
        self.ui.noteLabel.setText(core_text(conflict.note))
        self.ui.noteLabel.setVisible(bool(conflict.note))
        for choice, radio in self._radios.items():
            radio.setEnabled(choice in conflict.choices)
            radio.blockSignals(True)
            radio.setChecked(self.choices[conflict.uuid] == choice)
            radio.blockSignals(False)

    def _choose(self, choice: Resolution) -> None:
        conflict = self.current()
        if conflict is not None:
            self.choices[conflict.uuid] = choice
            mark = {Resolution.KEEP_MINE: "", Resolution.TAKE_THEIRS: " ⇐",
                    Resolution.KEEP_BOTH: " ⇔"}[choice]
            kind = self._kind(conflict)
            self.ui.conflictList.currentItem().setText(f"{kind}: {core_text(conflict.title)}{mark}")

    # --- the whole flow ---------------------------------------------------------------------
    @classmethod
    def run(cls, parent: QWidget | None, app_data: AppData, path: Path,
            on_done: Callable[[ImportReport], None] | None = None) -> Job:
        """Checks the package off the GUI thread (every hash: seconds for a large one), asks,
        backs up, then merges off the GUI thread too; ``on_done(report)`` runs on the GUI
        thread once the merge is committed. Returns the checking Job; the merging one is
        ``ImportPackageDialog.last_job`` once it starts. Cancel at any point before the
        commit leaves the data as it was."""
        store = app_data.attachments

        def inspect():
            with app_data.db.session() as session:
                return (yield from package_import.iter_inspect_package(session, path, store))

        def inspected(plan: ImportPlan) -> None:
            if not plan.new and not plan.conflicts and not plan.new_documents:
                QMessageBox.information(parent, QCoreApplication.translate("ImportPackageDialog", "Nhận gói hồ sơ"), QCoreApplication.translate("ImportPackageDialog",
                    "Mọi hồ sơ trong gói đã có ở máy này, giống hệt: không có gì thay đổi."))
                return
            dialog = cls(plan, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            # Backed up first and committed after the last step (iter_apply_plan's policy).
            cls.last_job = run_op(parent, app_data, package_merge.iter_apply_plan, plan,
                                  app_data.attachments, dialog.choices, progress=True,
                                  campaigns=app_data.campaigns,
                                  title=QCoreApplication.translate("ImportPackageDialog", "Đang nhận gói hồ sơ…"),
                                  failed_title=QCoreApplication.translate("ImportPackageDialog", "Không nhận gói"),
                                  on_success=lambda report: _merged(parent, report, on_done))

        job = run_job(parent, inspect, title=QCoreApplication.translate("ImportPackageDialog", "Đang kiểm tra gói hồ sơ…"),
                      on_success=inspected, on_failure=lambda exc: _refused(parent, exc))
        cls.last_job = job
        return job

    last_job: Job | None = None


def _refused(parent: QWidget | None, exc: BaseException) -> None:
    show_error(parent, QCoreApplication.translate("ImportPackageDialog", "Không nhận gói"), exc)


class PackageWords(QObject):
    """How the import speaks of what a package holds: dossiers, decisions, nominations and
    papers by name and number (never "mục"), in plural forms lupdate knows (self.tr)."""

    def by_kind(self, items: Sequence[Item | Conflict]) -> str:
        """"2 hồ sơ, 1 quyết định": what a list of records holds, by kind."""
        kinds = Counter(i.kind for i in items)
        parts = []
        if kinds["dossier"]:
            parts.append(self.tr("%n hồ sơ", "", kinds["dossier"]))
        if kinds["decision"]:
            parts.append(self.tr("%n quyết định", "", kinds["decision"]))
        if kinds["nomination"]:
            parts.append(self.tr("%n đợt đề nghị", "", kinds["nomination"]))
        parts += [f"{n} {kind}" for kind, n in kinds.items()
                  if kind not in ("dossier", "decision", "nomination")]
        return ", ".join(parts)

    def papers(self, documents: int, attachments: int) -> str:
        """The papers a package brings: documents (the generated papers) and attached files."""
        return self.tr("Giấy tờ mới: %1 và %2.").replace(
            "%1", self.tr("%n văn bản", "", documents)).replace(
            "%2", self.tr("%n tệp đính kèm", "", attachments))

    def plan(self, plan: ImportPlan) -> list[str]:
        """What the package would bring, line by line."""
        lines = [line.replace("%1", self.by_kind(items)) for line, items in (
            (self.tr("Mới, sẽ được thêm: %1."), plan.new),
            (self.tr("Đã có ở máy này, giống hệt (bỏ qua): %1."), plan.unchanged),
            (self.tr("Đã có nhưng khác nội dung (chọn ở dưới): %1."), plan.conflicts)) if items]
        return [*lines, self.papers(plan.new_documents, plan.new_attachments)]

    def merged(self, report: ImportReport) -> str:
        """What the import did."""
        lines = [line.replace("%1", self.by_kind(items)) for line, items in (
            (self.tr("Đã thêm: %1."), report.added),
            (self.tr("Đã thay bằng bản trong gói: %1."), report.replaced),
            (self.tr("Giữ cả bản của máy này và bản trong gói (thành bản mới): %1."),
             report.kept_both),
            (self.tr("Giữ nguyên bản của máy này: %1."), report.kept_mine),
            (self.tr("Đã có, giống hệt (bỏ qua): %1."), report.unchanged)) if items]
        if not lines:
            lines.append(self.tr("Gói không có hồ sơ hay quyết định nào mới."))
        lines.append(self.papers(report.documents, report.attachments))
        return "\n".join(lines)


def _merged(parent: QWidget | None, report: ImportReport,
            on_done: Callable[[ImportReport], None] | None) -> None:
    text = PackageWords().merged(report)
    QMessageBox.information(parent, QCoreApplication.translate("ImportPackageDialog", "Nhận gói hồ sơ"), text)
    if on_done is not None:
        on_done(report)
