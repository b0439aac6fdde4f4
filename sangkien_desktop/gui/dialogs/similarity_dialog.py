"""Side by side: a dossier and the stored dossiers most alike it (similarity against the
archive, services/similarity.py), with the passages they share highlighted. A hint for the
council; accepting a similarity warning with a reason is done in the check step."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.similarity import shared_spans
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services import similarity, unit_of_work
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.dossiers import checks
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

from sangkien_desktop.gui.forms.ui_similarity_dialog import Ui_SimilarityDialog
from sangkien_desktop.gui.labels import error_text, status_label

MARK = "background-color: #fde68a"


def highlighted(text: str, other: str) -> str:
    """``text`` as HTML with the passages it shares with ``other`` marked."""
    out, at = [], 0
    for span in shared_spans(text, other):
        out.append(html.escape(text[at:span.start]))
        out.append(f'<span style="{MARK}">{html.escape(text[span.start:span.end])}</span>')
        at = span.end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


class SimilarityDialog(QDialog):
    def __init__(self, app_data: AppData, dossier: Dossier, parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.dossier = dossier
        self.ui = Ui_SimilarityDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đó&ng"))
        ui.buttonBox.rejected.connect(self.reject)
        header = ui.matchesTable.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.matchesTable.itemSelectionChanged.connect(self._show_selected)
        ui.splitter.setSizes([170, 480])
        ui.saveThresholdsButton.clicked.connect(self.save_thresholds)
        self._search()

    def _search(self) -> None:
        with unit_of_work.session(self.app_data) as session:
            similarity.ensure_index(session)
            self.limits = similarity.thresholds(session)
            self.matches = similarity.top_matches(session, self.dossier)
            self.recognised = checks.recognised_on(session, [m.uuid for m in self.matches])
            self.others = {m.uuid: get_dossier(session, m.uuid) for m in self.matches}
        self.ui.showSpin.setValue(self.limits.show)
        self.ui.warnSpin.setValue(self.limits.warn)
        self._fill()

    def save_thresholds(self) -> bool:
        """Stores the two thresholds for the whole unit (the dossier check uses them too) and
        lists the matches again."""
        limits = similarity.Thresholds(self.ui.showSpin.value(), self.ui.warnSpin.value())
        try:
            with unit_of_work.session(self.app_data) as session:
                similarity.set_thresholds(session, limits)
        except InputError as exc:
            self.ui.summaryLabel.setText(f"<span style='color:#b03a2e'>{html.escape(error_text(exc.message))}</span>")
            return False
        self._search()
        return True

    def _fill(self) -> None:
        ui = self.ui
        ui.otherLabel.clear()
        ui.otherText.clear()
        if not self.matches:
            ui.summaryLabel.setText(
                self.tr("Không có hồ sơ nào trong dữ liệu giống hồ sơ này từ %1 % trở lên.")
                .replace("%1", str(self.limits.show)))
        else:
            ui.summaryLabel.setText(
                self.tr("%1 hồ sơ giống hồ sơ này từ %2 % trở lên; từ %3 % trở lên là cảnh báo. "
                        "Chọn một dòng để xem hai hồ sơ cạnh nhau.")
                .replace("%1", str(len(self.matches))).replace("%2", str(self.limits.show))
                .replace("%3", str(self.limits.warn)))
        ui.matchesTable.setRowCount(len(self.matches))
        for row, m in enumerate(self.matches):
            status = status_label(m.status)
            if m.uuid in self.recognised:
                status += " · " + self.tr("công nhận ngày %1").replace(
                    "%1", format_date(self.recognised[m.uuid]))
            if m.deleted:
                status += " · " + self.tr("trong thùng rác")
            warn = m.percent >= self.limits.warn
            for col, value in enumerate((f"{m.percent} %", m.code, m.title, m.unit_name, status)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, m.uuid)
                if col == 0 and warn:
                    item.setForeground(Qt.GlobalColor.darkRed)
                ui.matchesTable.setItem(row, col, item)
        ui.matchesTable.resizeColumnsToContents()
        ui.mineLabel.setText(self.tr("<b>Hồ sơ này</b>: %1").replace("%1", html.escape(self.dossier.title)))
        if self.matches:
            ui.matchesTable.selectRow(0)
        else:
            ui.mineText.setHtml(self._body(self.dossier, None))

    def _body(self, dossier: Dossier, other: Dossier | None) -> str:
        parts = [(self.tr("Tên sáng kiến"), dossier.title)]
        texts = similarity.description_parts(dossier)
        names: tuple[str, ...] = (
            (self.tr("Tình trạng trước khi có sáng kiến"), self.tr("Nội dung giải pháp"),
             self.tr("Tính mới")) if len(texts) == 3 else (self.tr("Mô tả"),))
        parts += list(zip(names, texts, strict=True))
        other_text = "" if other is None else "\n".join(
            (other.title, *similarity.description_parts(other)))
        return "".join(f"<p><b>{html.escape(name)}</b><br>{highlighted(text, other_text)}</p>"
                       for name, text in parts if text.strip())

    def _show_selected(self) -> None:
        ui = self.ui
        items = ui.matchesTable.selectedItems()
        if not items:
            return
        uuid = items[0].data(Qt.ItemDataRole.UserRole)
        match = next(m for m in self.matches if m.uuid == uuid)
        other = self.others[uuid]
        ui.otherLabel.setText(self.tr("<b>%1</b> (%2 % giống): %3").replace("%1", html.escape(match.code))
                              .replace("%2", str(match.percent)).replace("%3", html.escape(match.title)))
        ui.mineText.setHtml(self._body(self.dossier, other))
        ui.otherText.setHtml(self._body(other, self.dossier))
