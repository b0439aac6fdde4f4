"""Making a document from the selection: choose which one and the format, give it its
number where it takes one, then save it, open it in the system's viewer, or preview and
print it. Writing runs off the GUI thread (gui/jobs.py) and can be cancelled."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.file_names import safe_file_name
from sangkien_desktop.safe_paths import join_inside
from sangkien_desktop.services import papers
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.papers import PaperChoice

from sangkien_desktop.gui.dialogs.print_preview import PrintPreview
from sangkien_desktop.gui.forms.ui_document_dialog import Ui_DocumentDialog
from sangkien_desktop.gui.i18n.noop import QT_TRANSLATE_NOOP
from sangkien_desktop.gui.jobs import Job, failure_text, run_job
from sangkien_desktop.gui.labels import core_text, error_text
from sangkien_desktop.gui.operation import call_op

FORMAT_CHOICES = (
    ("pdf", QT_TRANSLATE_NOOP("DocumentDialog", "PDF")),
    ("docx", QT_TRANSLATE_NOOP("DocumentDialog", "Word (DOCX)")),
    ("both", QT_TRANSLATE_NOOP("DocumentDialog", "Cả PDF và Word (DOCX)")),
)
OPEN_DIR = "sangkien-van-ban"  # under the system's temporary folder: files opened to view


class DocumentDialog(QDialog):
    @classmethod
    def for_dossier(cls, parent: QWidget | None, app_data: AppData, uuid: str) -> DocumentDialog:
        """The dossier's own papers, then its council's and its decision's."""
        return cls._on(parent, app_data, papers.choices_for_dossier, uuid)

    @classmethod
    def for_decision(cls, parent: QWidget | None, app_data: AppData, uuid: str,
                     kind: str = "") -> DocumentDialog:
        """The decision, its certificates and the minutes of its meeting; ``kind`` first."""
        return cls._on(parent, app_data, papers.choices_for_decision, uuid, kind)

    @classmethod
    def for_meeting(cls, parent: QWidget | None, app_data: AppData, uuid: str,
                    kind: str = "") -> DocumentDialog:
        """The minutes of a council meeting and the papers of the decision issued on it."""
        return cls._on(parent, app_data, papers.choices_for_meeting, uuid, kind)

    @classmethod
    def _on(cls, parent: QWidget | None, app_data: AppData,
            choices_for: Callable[[Session, str], list[PaperChoice]], uuid: str,
            kind: str = "") -> DocumentDialog:
        with app_data.db.session() as session:
            choices = choices_for(session, uuid)
        return cls(app_data, choices, parent).showing(kind)

    def __init__(self, app_data: AppData, choices: list[PaperChoice], parent: QWidget | None = None):
        super().__init__(parent)
        self.app_data = app_data
        self.choices = choices
        self.job: Job | None = None
        self.written: list[Path] = []
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)
        for choice in choices:
            self.ui.kindCombo.addItem(core_text(choice.label), choice.kind)
        for fmt, label in FORMAT_CHOICES:
            self.ui.formatCombo.addItem(self.tr(label), fmt)
        self._connect()
        self._choice_changed()

    def _connect(self) -> None:
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._choice_changed)
        ui.numberSpin.valueChanged.connect(lambda _v: self._clear_messages())
        ui.saveButton.clicked.connect(self.save_as)
        ui.openButton.clicked.connect(self.open_in_viewer)
        ui.previewButton.clicked.connect(self.preview)
        ui.closeButton.clicked.connect(self.reject)

    # --- state ----------------------------------------------------------------------------
    def showing(self, kind: str) -> DocumentDialog:
        """Selects the document of that kind (when the selection has one)."""
        kinds = [c.kind for c in self.choices]
        if kind in kinds:
            self.ui.kindCombo.setCurrentIndex(kinds.index(kind))
        return self

    def choice(self) -> PaperChoice:
        return self.choices[self.ui.kindCombo.currentIndex()]

    def formats(self) -> list[str]:
        fmt = self.ui.formatCombo.currentData()
        return ["pdf", "docx"] if fmt == "both" else [fmt]

    def number(self) -> int | None:
        return self.ui.numberSpin.value() if self.choice().doc_type else None

    def _choice_changed(self) -> None:
        ui, choice = self.ui, self.choice()
        numbered = bool(choice.doc_type)
        ui.numberSpin.setVisible(numbered)
        ui.numberSuffix.setVisible(numbered)
        ui.numberFixed.setVisible(not numbered)
        if numbered:
            with self.app_data.db.session() as session:
                proposed = papers.proposed_number(session, choice)
            ui.numberSpin.setValue(proposed or 1)
            ui.numberSuffix.setText(choice.number_tail)
            note = self.tr("Đề xuất số tiếp theo chưa dùng của năm %1; bạn có thể sửa. Số được ghi "
                           "vào sổ văn bản khi lưu, mở hoặc in văn bản.").replace("%1", str(choice.year))
            if choice.per_paper:
                note += " " + self.tr("Mỗi tờ một số: tờ đầu lấy số này, các tờ sau lấy số kế "
                                      "tiếp chưa dùng; tờ đã có số giữ số của nó.")
            ui.numberNote.setText(note)
        else:
            ui.numberFixed.setText(choice.number_text or self.tr("(văn bản này không đánh số)"))
            ui.numberNote.setText("")
        self._clear_messages()

    def _clear_messages(self) -> None:
        self.ui.errorLabel.setVisible(False)

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)

    def _status(self, message: str) -> None:
        self.ui.statusLabel.setText(message)

    def _busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    # --- reading the data -------------------------------------------------------------------
    def _prepare(self):
        """Checks the number and reads the document's data now, on the GUI thread (the
        database stays on this thread); None after showing why not."""
        choice = self.choice()
        try:
            with self.app_data.db.session() as session:
                papers.check_number(session, choice, self.number())
                return papers.paper_data(session, choice, self.number(), self.app_data.campaigns)
        except SangKienError as exc:
            self._error(error_text(exc.message))
            if exc.field == "number":
                self.ui.numberSpin.setFocus()
                self.ui.numberSpin.selectAll()
            return None

    def _claim_number(self) -> bool:
        # A refusal is told in the dialog, beside the number it is about.
        return bool(call_op(self, self.app_data, papers.claim_number, self.choice(), self.number(),
                            title=self.tr("Không giữ được số"),
                            on_failure=lambda exc: self._error(failure_text(exc))))

    def _write(self, data, targets: list[tuple[str, Path]], done) -> None:
        kind = self.choice().kind

        def work():
            for fmt, path in targets:
                yield from papers.iter_write_atomically(kind, data, fmt, path)
            return [path for _fmt, path in targets]

        self._clear_messages()
        self.job = run_job(self, work, title=self.tr("Đang làm văn bản…"), on_success=done,
                           on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SangKienError):
            self._error(error_text(exc.message))
        elif isinstance(exc, OSError):
            self._error(self.tr("Không ghi được tệp: %1").replace("%1", exc.strerror or str(exc)))
        else:
            self._error(f"{type(exc).__name__}: {exc}")

    # --- actions ----------------------------------------------------------------------------
    def save_as(self) -> None:
        if self._busy() or (data := self._prepare()) is None:
            return
        formats = self.formats()
        settings = QSettings()
        folder = Path(str(settings.value("documents/last_dir", str(Path.home()))))
        suggested = folder / safe_file_name(f"{self.choice().file_stem}.{formats[0]}")
        filters = {"pdf": self.tr("PDF (*.pdf)"), "docx": self.tr("Word (*.docx)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu văn bản"), str(suggested), ";;".join(filters[f] for f in formats)
        )
        if not path:
            return
        base = Path(path)
        if base.suffix.lower() in (".pdf", ".docx"):
            base = base.with_suffix("")
        settings.setValue("documents/last_dir", str(base.parent))
        targets = [(fmt, base.with_name(f"{base.name}.{fmt}")) for fmt in formats]

        def saved(paths: list[Path]) -> None:
            self.written = paths
            if self._claim_number():
                self._status(self.tr("Đã lưu: %1").replace("%1", "; ".join(str(p) for p in paths)))

        self._write(data, targets, saved)

    def open_in_viewer(self) -> None:
        if self._busy() or (data := self._prepare()) is None:
            return
        folder = Path(tempfile.gettempdir()) / OPEN_DIR
        try:
            folder.mkdir(parents=True, exist_ok=True)
            targets = [(fmt, join_inside(folder, f"{self.choice().file_stem}.{fmt}"))
                       for fmt in self.formats()]
        except (SangKienError, OSError) as exc:
            self._failed(exc)
            return

        def opened(paths: list[Path]) -> None:
            self.written = paths
            if self._claim_number():
                for path in paths:
                    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                self._status(self.tr("Đã mở: %1").replace("%1", "; ".join(str(p) for p in paths)))

        self._write(data, targets, opened)

    def preview(self) -> None:
        if self._busy() or (data := self._prepare()) is None:
            return
        kind, label = self.choice().kind, core_text(self.choice().label)

        def work():
            return (yield from papers.iter_pdf_bytes(kind, data))

        def show(pdf: bytes) -> None:
            if PrintPreview.show_pdf(self, pdf, label) and self._claim_number():
                self._status(self.tr("Đã gửi văn bản tới máy in."))

        self._clear_messages()
        self.job = run_job(self, work, title=self.tr("Đang chuẩn bị bản xem trước…"),
                           on_success=show, on_failure=self._failed)

    def reject(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().reject()
