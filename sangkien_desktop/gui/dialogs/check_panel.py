"""The editor's live validation: the side panel, the findings table of the Check step, the
portal character counter and the acknowledgement of warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QTableWidgetItem,
)

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.portal_text import format_count, portal_length
from sangkien_desktop.domain.validation import (
    DISCLAIMER,
    SEVERITY_LABELS,
    Acknowledgement,
    AttachmentState,
    CheckContext,
    Finding,
    OtherDossier,
    Report,
    Severity,
    check_dossier,
)
from sangkien_desktop.domain.validation.rules import rule_name
from sangkien_desktop.services import similarity
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import checks
from sangkien_desktop.services.settings import unit_profile

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from sangkien_desktop.gui.jobs import show_error
from sangkien_desktop.gui.labels import core_text, error_text
from sangkien_desktop.gui.operation import call_op

CHECK_DELAY_MS = 600
_COLOURS = {Severity.ERROR: "#b03a2e", Severity.WARNING: "#9a6700", Severity.INFO: "#1f618d"}
# Drawn by Qt's style, not a character: "⛔" needs an emoji font many computers lack.
_ICONS = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[severity])


class CheckPanel(QObject):
    """Runs the campaign's rules on the dossier as typed, a moment after each change."""

    jumpRequested = Signal(str)  # a Finding.field

    def __init__(
        self,
        ui: Ui_DossierEditor,
        app_data: AppData,
        collect: Callable[[], Dossier],
        dossier_uuid: Callable[[], str],
        parent: QObject,
    ):
        super().__init__(parent)
        self.ui = ui
        self.app_data = app_data
        self._collect = collect
        self._dossier_uuid = dossier_uuid
        self.report: Report | None = None
        self.acks: list[Acknowledgement] = []
        self._attachment_states: dict[str, AttachmentState] = {}
        self._others: tuple[OtherDossier, ...] = ()
        self._others_key: str | None = None
        self.timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self.timer.timeout.connect(self.run)
        ui.disclaimerLabel.setText(core_text(DISCLAIMER))
        side = ui.findingsList.fontMetrics().height()  # the marks as tall as the text
        ui.findingsList.setIconSize(QSize(side, side))
        ui.findingsTable.setIconSize(QSize(side, side))
        ui.findingsList.itemActivated.connect(self._jump_from_list)
        ui.findingsList.itemClicked.connect(self._jump_from_list)
        ui.findingsTable.itemDoubleClicked.connect(lambda _i: self.go_to_selected())
        ui.goToFieldButton.clicked.connect(self.go_to_selected)
        ui.acknowledgeButton.clicked.connect(lambda: self.acknowledge_selected())
        ui.recheckButton.clicked.connect(self.run)
        ui.compareButton.clicked.connect(lambda: self.compare())
        ui.portalEdit.textChanged.connect(self.update_portal_count)
        header = ui.findingsTable.horizontalHeader()
        for col, width in enumerate((80, 300, 260, 200)):
            header.resizeSection(col, width)

    def load_acknowledgements(self, dossier_uuid: str) -> None:
        with self.app_data.db.session() as session:
            self.acks = checks.acknowledgements(session, dossier_uuid)

    def schedule(self) -> None:
        self.timer.start()

    # --- running ------------------------------------------------------------------------
    def _context(self, session, dossier: Dossier) -> CheckContext:
        store = self.app_data.attachments
        for ref in dossier.attachments:
            # Stored files do not change while the editor is open: hash each one once.
            if ref.sha256 not in self._attachment_states:
                self._attachment_states.update(checks.attachment_states(store, Dossier(attachments=[ref])))
        # Similarity against the archive, again only when the compared text changed.
        key = similarity.body_of(dossier)
        if key != self._others_key:
            self._others = checks.duplicate_candidates(session, dossier)
            self._others_key = key
        return checks.context_for(
            session,
            dossier,
            store,
            attachments={r.sha256: self._attachment_states[r.sha256] for r in dossier.attachments},
            others=self._others,
        )

    def run(self) -> Report | None:
        self.timer.stop()
        try:
            dossier = self._collect()
        except InputError as exc:
            self._show_unreadable(error_text(exc.message), exc.field or "")
            return None
        try:
            with self.app_data.db.session() as session:
                campaign = checks.campaign_of(dossier, self.app_data.campaigns)
                report = check_dossier(dossier, campaign, self._context(session, dossier))
        except SangKienError as exc:
            self._show_unreadable(error_text(exc.message), "")
            return None
        self.report = report
        self._show(report)
        return report

    # --- showing --------------------------------------------------------------------------
    def _is_acked(self, finding: Finding) -> bool:
        return any(a.covers(finding) for a in self.acks)

    def _show_unreadable(self, message: str, field: str) -> None:
        self.report = None
        ui = self.ui
        ui.panelSummaryLabel.setText(self.tr("Chưa kiểm tra được: có ô nhập chưa đúng dạng."))
        ui.findingsList.clear()
        item = QListWidgetItem(severity_icon(Severity.ERROR), message)
        item.setData(Qt.ItemDataRole.UserRole, field)
        item.setForeground(QBrush(QColor(_COLOURS[Severity.ERROR])))
        ui.findingsList.addItem(item)
        ui.findingsTable.setRowCount(0)
        ui.checkSummaryLabel.setText(message)

    def _show(self, report: Report) -> None:
        ui = self.ui
        errors = len(report.errors)
        open_warnings = sum(1 for f in report.warnings if not self._is_acked(f))
        if not errors and not open_warnings:
            summary = self.tr("Không có lỗi. Hồ sơ đạt các quy định đã kiểm tra.")
        else:
            summary = counts.fill(self.tr("%1, %2.", "errors, unacknowledged warnings"), counts.errors(errors),
                                  counts.unacknowledged_warnings(open_warnings))
        # The version alone: the programme's id beside its name says nothing more to a reader.
        rules = self.tr("Theo quy định: %1 (phiên bản %2).").replace("%1", report.campaign_name).replace(
            "%2", report.rules_version.rpartition("@")[2]
        )
        ui.panelSummaryLabel.setText(f"<b>{summary}</b><br>{rules}")
        ui.checkSummaryLabel.setText(
            f"<b>{summary}</b> {rules} "
            + self.tr("Lỗi phải sửa trước khi đề nghị công nhận, đề nghị lên cấp trên hoặc xuất hồ sơ; "
                      "cảnh báo được phép khi một người có tên xác nhận bỏ qua.")
        )
        ui.findingsList.clear()
        ui.findingsTable.setRowCount(0)
        if not report.findings:
            ok = QListWidgetItem("✓ " + self.tr("Không có lỗi hay cảnh báo nào."))
            ok.setForeground(QBrush(QColor("#1e8449")))
            ui.findingsList.addItem(ok)
        basis = self.tr("Căn cứ")  # outside the f-string below, where lupdate sees it
        for finding in report.findings:
            acked = self._is_acked(finding)
            text = core_text(finding.message)
            if acked:
                text += " " + self.tr("(đã xác nhận bỏ qua)")
            item = QListWidgetItem(severity_icon(finding.severity), text)
            item.setData(Qt.ItemDataRole.UserRole, finding.field)
            item.setToolTip(
                f"{core_text(finding.fix)}\n{basis}: {core_text(finding.source)}\n[{finding.rule_id}]"
            )
            colour = "#888888" if acked else _COLOURS[finding.severity]
            item.setForeground(QBrush(QColor(colour)))
            ui.findingsList.addItem(item)
            row = ui.findingsTable.rowCount()
            ui.findingsTable.insertRow(row)
            label = core_text(SEVERITY_LABELS[finding.severity]) + (" ✓" if acked else "")
            rule = core_text(rule_name(finding.rule_id))
            for col, value in enumerate(
                (label, core_text(finding.message), core_text(finding.fix), core_text(finding.source), rule)
            ):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, report.findings.index(finding))
                # The rule's id, for whoever looks it up in docs/rules.md or the command line.
                cell.setToolTip(f"{value}\n[{finding.rule_id}]" if col == 4 else value)
                if col == 0:
                    cell.setForeground(QBrush(QColor(colour)))
                    cell.setIcon(severity_icon(finding.severity))
                ui.findingsTable.setItem(row, col, cell)
        ui.findingsTable.resizeRowsToContents()

    def update_portal_count(self) -> None:
        campaign = self.app_data.campaigns.get(self.ui.campaignCombo.currentData() or "")
        limit = campaign.description_limit if campaign else None
        n = portal_length(self.ui.portalEdit.toPlainText())
        label = self.ui.portalCountLabel
        label.setText(core_text(format_count(n, limit)))
        label.setStyleSheet("color: #b03a2e; font-weight: bold" if limit and n > limit else "")

    # --- actions --------------------------------------------------------------------------
    def _jump_from_list(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole)
        if field:
            self.jumpRequested.emit(field)

    def _selected_finding(self) -> Finding | None:
        items = self.ui.findingsTable.selectedItems()
        if not items or self.report is None:
            return None
        return self.report.findings[items[0].data(Qt.ItemDataRole.UserRole)]

    def go_to_selected(self) -> None:
        finding = self._selected_finding()
        if finding and finding.field:
            self.jumpRequested.emit(finding.field)

    def compare(self, *, show: bool = True) -> QDialog | None:
        """Opens the side-by-side view of this dossier and the most alike stored ones."""
        from sangkien_desktop.gui.dialogs.similarity_dialog import SimilarityDialog

        try:
            dossier = self._collect()
        except InputError as exc:
            QMessageBox.warning(self.ui.compareButton.window(), self.tr("Chưa so sánh được"),
                                error_text(exc.message))
            return None
        dialog = SimilarityDialog(self.app_data, dossier, self.ui.compareButton.window())
        if show:
            dialog.exec()
        return dialog

    def acknowledge_selected(self, dossier_uuid: str | None = None) -> None:
        finding = self._selected_finding()
        parent = self.ui.findingsTable.window()
        if finding is None or finding.severity is not Severity.WARNING:
            QMessageBox.information(
                parent,
                self.tr("Xác nhận bỏ qua"),
                self.tr("Hãy chọn một cảnh báo trong bảng. Lỗi thì không bỏ qua được: cần sửa hồ sơ."),
            )
            return
        with self.app_data.db.session() as session:
            default_name = unit_profile(session).user_name
        name, ok = QInputDialog.getText(
            parent, self.tr("Người xác nhận"), self.tr("Họ và tên người xác nhận bỏ qua cảnh báo:"),
            text=default_name,
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            parent, self.tr("Lý do"), self.tr("Lý do bỏ qua (sẽ in kèm hồ sơ):")
        )
        if not ok:
            return
        self.acknowledge(finding, name, reason, dossier_uuid or self._dossier_uuid())

    def acknowledge(self, finding: Finding, name: str, reason: str, dossier_uuid: str) -> bool:
        version = self.report.rules_version if self.report else ""
        try:
            ack = Acknowledgement.of(
                finding, by=name, on=dt.date.today(), reason=reason, rules_version=version
            )
        except InputError as exc:
            show_error(self.ui.findingsTable.window(), self.tr("Chưa xác nhận"), exc)
            return False
        if not call_op(self.ui.findingsTable.window(), self.app_data, checks.acknowledge,
                       dossier_uuid, ack, title=self.tr("Chưa xác nhận")):
            return False
        self.acks = [a for a in self.acks if a.key != ack.key] + [ack]
        if self.report:
            self._show(self.report)
        return True
