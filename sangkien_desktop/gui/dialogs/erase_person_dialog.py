"""Công cụ → Xóa dữ liệu cá nhân của một người: find a person across every dossier, tick the
places to erase, confirm what goes and what stays, then erase off the GUI thread — the
database (compacted afterwards) and, when ticked, the retained backups. From the bin the same
dialog opens on one dossier with every person in it."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWidget

from sangkien_desktop.domain.dossier import STATUS_LABELS, Status
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.personal_data import (
    PERSONAL_FIELD_LABELS,
    ROLE_LABELS,
    PersonQuery,
)
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.backup import backup_redaction
from sangkien_desktop.services.backup.backup_redaction import BackupRewrite, Outcome
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import personal_data
from sangkien_desktop.services.dossiers.personal_data import Occurrence, PersonReport, Selection
from sangkien_desktop.services.unit_of_work import Changes

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.forms.ui_erase_person_dialog import Ui_ErasePersonDialog
from sangkien_desktop.gui.jobs import Job, run_job, show_error
from sangkien_desktop.gui.labels import core_text, exception_text
from sangkien_desktop.gui.operation import notify

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclasses.dataclass
class Erased:
    result: personal_data.ErasureResult
    compacted: bool
    backups: list[BackupRewrite]
    changes: Changes


class ErasePersonDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None, *,
                 dossier_uuid: str = ""):
        super().__init__(parent)
        self.app_data = app_data
        self.dossier_uuid = dossier_uuid
        self.ui = Ui_ErasePersonDialog()
        self.ui.setupUi(self)
        self.report: PersonReport | None = None
        self.job: Job | None = None
        self.outcome: Erased | None = None  # (not ``done``: QDialog.done is a method)
        for column, width in enumerate((40, 115, 230, 330, 200)):
            self.ui.resultsTable.horizontalHeader().resizeSection(column, width)
        self.ui.resultsTable.setWordWrap(False)
        self._connect()
        if dossier_uuid:
            self._for_dossier()
        self._update()

    def _connect(self) -> None:
        ui = self.ui
        ui.findButton.clicked.connect(self.find_person)
        ui.eraseButton.clicked.connect(self.erase)
        ui.closeButton.clicked.connect(self.reject)
        ui.resultsTable.itemChanged.connect(lambda _item: self._update())
        ui.reasonEdit.textChanged.connect(lambda _text: self._update())

    def _for_dossier(self) -> None:
        """Every person of one dossier in the bin: no search."""
        for widget in (self.ui.nameLabel, self.ui.nameEdit, self.ui.cccdLabel, self.ui.cccdEdit,
                       self.ui.phoneLabel, self.ui.phoneEdit, self.ui.findButton):
            widget.hide()
        with self.app_data.db.session() as session:
            self._show(personal_data.dossier_report(session, self.dossier_uuid))
        title = self.report.occurrences[0].title if self.report and self.report.occurrences \
            else ""
        self.setWindowTitle(self.tr("Xóa dữ liệu cá nhân trong hồ sơ “%1”").replace("%1", title))
        self.ui.introLabel.setText(self.tr(
            "Xóa số CCCD/CMND, số điện thoại, ngày sinh và nơi công tác / nơi thường trú của "
            "mọi người trong hồ sơ này (đang ở thùng rác). Họ tên và tỷ lệ đóng góp được giữ."))

    # ---- finding ------------------------------------------------------------------------------

    def query(self) -> PersonQuery:
        ui = self.ui
        return PersonQuery(ui.nameEdit.text(), ui.cccdEdit.text(), ui.phoneEdit.text())

    def find_person(self) -> None:
        try:
            with self.app_data.db.session() as session:
                report = personal_data.find_person(session, self.query())
        except SangKienError as exc:
            QMessageBox.warning(self, self.tr("Tìm người"), exception_text(exc))
            return
        self._show(report)

    def _state(self, o: Occurrence) -> str:
        parts = [core_text(STATUS_LABELS.get(Status(o.status), o.status))]
        if o.frozen:
            parts.append(self.tr("đã đóng băng, phiên bản %1").replace("%1", str(o.version)))
        elif o.version > 1:
            parts.append(self.tr("phiên bản %1").replace("%1", str(o.version)))
        if o.in_bin:
            parts.append(self.tr("trong thùng rác"))
        return ", ".join(parts)

    def _held(self, o: Occurrence) -> str:
        return ", ".join(core_text(PERSONAL_FIELD_LABELS[f]) for f in o.held) \
            or self.tr("(không còn)")

    def _person(self, o: Occurrence) -> str:
        """Who, with what tells two people of one name apart: the birth year and the last
        digits of the ID number."""
        text = self.tr("%1 thứ %2: %3").replace("%1", core_text(ROLE_LABELS[o.role])) \
            .replace("%2", str(o.index + 1)).replace("%3", o.full_name)
        hints = [self.tr("sinh %1").replace("%1", str(o.birth_year))] if o.birth_year else []
        hints += [self.tr("CCCD %1").replace("%1", o.cccd.lstrip("•").rjust(4, "…"))] \
            if o.cccd else []
        return f"{text} ({', '.join(hints)})" if hints else text

    def _show(self, report: PersonReport) -> None:
        self.report = report
        table = self.ui.resultsTable
        table.blockSignals(True)
        rows: list[tuple[Occurrence, bool]] = [(o, True) for o in report.occurrences]
        rows += [(o, False) for o in report.related]
        table.setRowCount(len(rows))
        for r, (o, matched) in enumerate(rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if matched and o.held else Qt.CheckState.Unchecked)
            tick.setData(KEY_ROLE, o.key)
            person = self._person(o)
            state = self._state(o)
            if not matched:
                state = self.tr("Cùng họ tên, không có số để đối chiếu — kiểm tra: %1") \
                    .replace("%1", state)
            cells: list[Any] = [tick, o.code, o.title, person, self._held(o), state]
            for c, value in enumerate(cells):
                item = value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(value)
                if c:
                    item.setToolTip(value)
                table.setItem(r, c, item)
        table.blockSignals(False)
        self.ui.summaryLabel.setText(self._summary(report))
        self._update()

    def _summary(self, report: PersonReport) -> str:
        if not report.found:
            return self.tr("Không tìm thấy dữ liệu của người này.")
        lines = [self.tr("Ở %n hồ sơ.", "", len(report.dossier_uuids()))]
        if report.mentions:
            lines.append(self.tr("Số CCCD hoặc điện thoại được gõ trong ghi chú, mô tả hay ghi chú "
                                 "tệp đính kèm của %n hồ sơ: sẽ thay bằng [đã xóa].", "",
                                 len(report.mentions)))
        lines.append(counts.fill(self.tr("Lịch sử hồ sơ: %1; bản nháp tự lưu: %2."),
                                 counts.history_entries(report.history_entries),
                                 counts.drafts(len(report.drafts))))
        retained = backup_redaction.retained_backups(self.app_data.layout)
        if retained:
            oldest = min(b.created_at for b in retained)
            lines.append(self.tr(
                "%n bản sao lưu đang giữ (cũ nhất %1) có thể còn dữ liệu này; chúng tự xóa sau "
                "khoảng 5 tuần, hoặc được ghi lại ngay nếu đánh dấu ô bên dưới.", "",
                len(retained)).replace("%1", oldest.strftime("%d/%m/%Y")))
        return " ".join(lines)

    def chosen(self) -> set[tuple[str, str, int]]:
        table = self.ui.resultsTable
        keys = set()
        for r in range(table.rowCount()):
            item = table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                keys.add(tuple(item.data(KEY_ROLE)))
        return keys

    def _update(self) -> None:
        report = self.report
        ready = report is not None and bool(self.chosen() or report.mentions)
        self.ui.eraseButton.setEnabled(ready and bool(self.ui.reasonEdit.text().strip()))

    # ---- erasing ------------------------------------------------------------------------------

    def _confirmation(self, chosen: set[tuple[str, str, int]]) -> str:
        assert self.report is not None
        picked = [o for o in self.report.occurrences + self.report.related if o.key in chosen]
        names = sorted({o.full_name for o in picked})
        frozen = len({o.dossier_uuid for o in picked if o.frozen})
        text = self.tr("Sẽ xóa số CCCD/CMND, số điện thoại, ngày sinh và nơi công tác / nơi "
                       "thường trú của %1 ở %n hồ sơ, cùng các số đó trong ghi chú, lịch sử và bản "
                       "nháp tự lưu.", "", len({o.dossier_uuid for o in picked}))
        text = text.replace("%1", ", ".join(names) or self.tr("người đã tìm"))
        if frozen:
            text += "\n\n" + self.tr(
                "%n hồ sơ đã được công nhận: nội dung pháp lý không đổi; việc xóa được ghi vào "
                "lịch sử hồ sơ (ngày, người xóa, lý do, mã kiểm tra trước và sau).", "", frozen)
        text += "\n\n" + self.tr("Giữ lại: họ tên, tỷ lệ đóng góp và mọi nội dung khác của hồ "
                                 "sơ; quyết định công nhận vẫn nguyên giá trị.")
        if self.ui.backupsCheck.isChecked():
            text += "\n\n" + self.tr("Sau đó các bản sao lưu đang giữ được ghi lại không còn dữ "
                                     "liệu này.")
        return text + "\n\n" + self.tr("Không thể hoàn tác. Xóa?")

    def erase(self) -> None:
        report, chosen = self.report, self.chosen()
        reason = self.ui.reasonEdit.text().strip()
        if report is None or not reason:
            return
        if QMessageBox.question(self, self.tr("Xóa dữ liệu cá nhân"),
                                self._confirmation(chosen)) != QMessageBox.StandardButton.Yes:
            return
        selection = Selection.of(report, chosen, reason=reason, dossier_uuid=self.dossier_uuid)
        rewrite = self.ui.backupsCheck.isChecked()
        app_data = self.app_data

        def work():
            # The erasure in one unit of work; the file compacted and the backups rewritten after.
            result, changes = unit_of_work.run_changes(app_data, personal_data.erase_person,
                                                       report, chosen=chosen, reason=reason)
            yield Progress(0, 1, "erase")
            compacted = personal_data.compact(app_data.db)
            rewritten: list[BackupRewrite] = []
            if rewrite:
                rewritten = yield from backup_redaction.iter_rewrite_backups(
                    app_data.layout, selection)
            return Erased(result, compacted, rewritten, changes)

        self.job = run_job(self, work, title=self.tr("Đang xóa dữ liệu cá nhân…"),
                           on_success=self._erased,
                           on_failure=self._not_erased)

    def _not_erased(self, exc: BaseException) -> None:
        show_error(self, self.tr("Chưa xóa được"), exc)

    def _erased(self, done: Erased) -> None:
        self.outcome = done
        notify(self.app_data, done.changes)
        r = done.result
        text = counts.fill(self.tr("Đã xóa %1 ở %2, %3, %4."), counts.data_values(r.values),
                           counts.dossiers(len(r.dossiers)), counts.history_entries(r.history_entries),
                           counts.drafts(r.drafts))
        if not done.compacted:
            text += "\n" + self.tr("Tệp dữ liệu chưa dọn được (đang được dùng); các giá trị cũ "
                                   "sẽ mất dần khi dữ liệu được ghi tiếp.")
        outcomes = {o: sum(1 for b in done.backups if b.outcome == o) for o in Outcome}
        if done.backups:
            text += "\n" + self.tr("Bản sao lưu: %1 đã ghi lại, %2 không có dữ liệu này.") \
                .replace("%1", str(outcomes[Outcome.REWRITTEN])) \
                .replace("%2", str(outcomes[Outcome.CLEAN]))
        QMessageBox.information(self, self.tr("Xóa dữ liệu cá nhân"), text)
        stuck = [b for b in done.backups if b.outcome in (Outcome.OLD_SCHEMA, Outcome.FAILED)]
        if stuck:
            self._offer_deletion(stuck)
        self.accept()

    def _offer_deletion(self, stuck: list[BackupRewrite]) -> None:
        names = "\n".join(f"{b.path.name} ({core_text(b.detail)})" if b.detail else b.path.name
                          for b in stuck)
        if QMessageBox.question(self, self.tr("Bản sao lưu còn dữ liệu"), self.tr(
                "%n bản sao lưu không ghi lại được (phiên bản cũ hoặc bị lỗi) nên vẫn còn dữ liệu "
                "của người này:", "", len(stuck)) + "\n" + names + "\n\n" + self.tr(
                "Xóa các bản sao lưu này?")) != QMessageBox.StandardButton.Yes:
            return
        for b in stuck:
            try:
                backup_redaction.delete_backup(self.app_data.layout, b.path)
            except (SangKienError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Chưa xóa được"), exception_text(exc))
                return
