"""Importing dossiers from an Excel sheet: pick the file, see the dry run row by row (what
each row creates, every problem and how to fix it), then import, only when nothing is wrong.

The check runs on the GUI thread with a wait cursor: 10,000 rows take a few seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QStyle, QTableWidgetItem, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.exchange import spreadsheets
from sangkien_desktop.services.exchange.spreadsheets import (
    ERROR,
    ImportReport,
    Problem,
    summary_parts,
)

from sangkien_desktop.gui import counts
from sangkien_desktop.gui.forms.ui_xlsx_import_dialog import Ui_XlsxImportDialog
from sangkien_desktop.gui.jobs import failure_text
from sangkien_desktop.gui.labels import core_text, error_text, exception_text
from sangkien_desktop.gui.operation import call_op

_ERROR_BACKGROUND = QColor("#fde2e1")
_WARNING_BACKGROUND = QColor("#fff4cc")
# Rows shown at most: the summary counts every row, and the problems list is what matters.
MAX_SHOWN = 5000


class XlsxImportDialog(QDialog):
    def __init__(self, app_data: AppData, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.ui = Ui_XlsxImportDialog()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.imported = 0  # in all, while the dialog was open: the list reloads when > 0
        header = self.ui.resultTable.horizontalHeader()
        for column, width in enumerate((60, 110, 430)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._connect()
        self._update_buttons()
        if path is not None:
            self.load(Path(path))

    @classmethod
    def run(cls, parent: QWidget, app_data: AppData) -> int:
        """Asks for a file, then shows the dialog; returns how many dossiers were imported."""
        dialog = cls(app_data, parent)
        if not dialog.choose_file():
            return 0
        dialog.exec()
        return dialog.imported

    def _connect(self) -> None:
        ui = self.ui
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.recheckButton.clicked.connect(self._recheck)
        ui.importButton.clicked.connect(self.import_now)
        ui.closeButton.clicked.connect(self.accept)
        ui.errorsOnlyCheck.toggled.connect(lambda _on: self._fill_table())

    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp Excel"), str(self.path or ""), self.tr("Tệp Excel (*.xlsx);;Mọi tệp (*)")
        )
        if not path:
            return False
        self.load(Path(path))
        return True

    # --- dry run ----------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        self.path = path
        self.ui.fileEdit.setText(str(path))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.app_data.db.session() as session:
                self.report = spreadsheets.dry_run(session, path, self.app_data.campaigns)
        except (SangKienError, OSError) as exc:
            self.report = None
            message = exception_text(exc)
            self._show_summary(message, error=True)
            self.ui.resultTable.setRowCount(0)
        else:
            self._summarise()
            self._fill_table()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._update_buttons()

    def _summarise(self) -> None:
        report = self.report
        assert report is not None
        rows = len(report.rows)
        bad = sum(1 for r in report.rows if not r.ok)
        errors = len(report.errors)
        text = self.tr("Trang “%1”, dòng tiêu đề %2: %3 dòng hồ sơ.").replace("%1", report.sheet_name)
        text = text.replace("%2", str(report.header_row)).replace("%3", str(rows))
        if errors:
            text += " " + counts.fill(self.tr("%1, tổng %2: sửa trong Excel, lưu tệp rồi bấm "
                                              "“Kiểm tra lại”. Chưa nhập hồ sơ nào."),
                                      counts.rows_with_errors(bad), counts.errors(errors))
        else:
            text += " " + self.tr("Không có lỗi: bấm “Nhập” để tạo %n hồ sơ.", "", rows)
        if rows > MAX_SHOWN:
            text += " " + self.tr("Bảng dưới hiện %1 dòng đầu; chọn “Chỉ hiện dòng có vấn đề” để xem "
                                  "mọi dòng cần sửa.").replace("%1", str(MAX_SHOWN))  # fmt: skip
        sheet_notes = [f"• {error_text(p.text)}" for p in report.problems]
        self._show_summary("\n".join([text, *sheet_notes]), error=bool(errors))

    def _show_summary(self, text: str, *, error: bool) -> None:
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setStyleSheet("color: #a4000f;" if error else "")

    def _problem_lines(self, problems: list[Problem]) -> str:
        lines = []
        for p in problems:
            prefix = self.tr("Lỗi") if p.severity == ERROR else self.tr("Lưu ý")
            where = self.tr("cột %1 (%2): ").replace("%1", p.column).replace("%2", p.header) if p.column else ""
            lines.append(f"{prefix} — {where}{error_text(p.message)}")
        return "\n".join(lines)

    def _fill_table(self) -> None:
        table = self.ui.resultTable
        table.setRowCount(0)
        if self.report is None:
            return
        vocab = spreadsheets.vocabulary(self.app_data.campaigns)
        style = self.style()
        icons = {
            "ok": style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        }
        labels = {"ok": self.tr("Sẽ tạo"), "warning": self.tr("Sẽ tạo, lưu ý"), "error": self.tr("Lỗi")}
        if self.report.created:
            labels["ok"] = labels["warning"] = self.tr("Đã tạo")
        rows = self.report.rows
        if self.ui.errorsOnlyCheck.isChecked():
            rows = [r for r in rows if r.problems]
        rows = rows[:MAX_SHOWN]
        table.setRowCount(len(rows))
        table.setUpdatesEnabled(False)
        for i, r in enumerate(rows):
            state = "error" if not r.ok else "warning" if r.problems else "ok"
            number = QTableWidgetItem(str(r.row))
            number.setData(Qt.ItemDataRole.UserRole, r.row)
            result = QTableWidgetItem(icons[state], labels[state])
            creates = QTableWidgetItem(" — ".join(core_text(p) for p in summary_parts(r.dossier, vocab))
                                       if r.dossier else "")
            problems = QTableWidgetItem(self._problem_lines(r.problems))
            for column, item in enumerate((number, result, creates, problems)):
                if state != "ok":
                    item.setBackground(QBrush(_ERROR_BACKGROUND if state == "error" else _WARNING_BACKGROUND))
                table.setItem(i, column, item)
        table.setUpdatesEnabled(True)
        self._fit_rows()

    def _fit_rows(self) -> None:
        # Wrapped text is measured at the columns' current widths: only once they are laid out,
        # and not for thousands of rows (that would take seconds).
        if self.isVisible() and self.ui.resultTable.rowCount() <= 500:
            self.ui.resultTable.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    def _recheck(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def _update_buttons(self) -> None:
        report = self.report
        self.ui.importButton.setEnabled(report is not None and bool(report.rows)
                                        and not report.has_errors and not report.created)
        self.ui.recheckButton.setEnabled(self.path is not None)

    # --- import -----------------------------------------------------------------------------
    def _refused(self, exc: BaseException) -> None:
        """A failed import is told in the dialog's summary, beside the rows it is about."""
        if isinstance(exc, spreadsheets.ImportRefusedError):
            # The file changed since the check: show what is wrong now.
            self.report = exc.report
            self._summarise()
            self._fill_table()
        else:
            message = failure_text(exc)
            self._show_summary(self.tr("Không nhập được: %1. Chưa có hồ sơ nào được ghi.").replace("%1", message), error=True)

    def import_now(self) -> None:
        if self.path is None:
            return
        # Backed up before the first write (import_xlsx's policy), committed all or nothing.
        done = call_op(self, self.app_data, spreadsheets.import_xlsx, self.path,
                       self.app_data.campaigns, title=self.tr("Không nhập được"),
                       on_failure=self._refused)
        if done:
            self.report = done.result
            self.imported += self.report.created
            self._show_summary(
                self.tr("Đã nhập %n hồ sơ. Chúng đã có trong danh sách để bổ sung mô tả và tệp "
                        "đính kèm.", "", self.report.created),
                error=False,
            )
            self._fill_table()
        self._update_buttons()
