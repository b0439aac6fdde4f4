"""Writing a council paper (score sheet, minutes, decision, certificates) to a file the user
picks, then opening it. Kept small on purpose: the document dialog will take this over."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.services.context import AppData

from sangkien_desktop.gui.labels import error_text

FILTERS = "PDF (*.pdf);;Word (*.docx)"



def ask_path(parent: QWidget, suggested: str) -> tuple[Path, str] | None:
    """The file to write and its format ("pdf" or "docx"), or None when cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("paper_output", "Lưu văn bản"), suggested, FILTERS)
    if not path:
        return None
    out = Path(path)
    fmt = "docx" if out.suffix.lower() == ".docx" or (not out.suffix and "docx" in chosen) else "pdf"
    if out.suffix.lower() != f".{fmt}":
        out = out.with_name(out.name + f".{fmt}")
    return out, fmt


def write_paper(
    parent: QWidget,
    app_data: AppData,
    kind: str,
    make_data: Callable[[Any], Any],
    suggested: str,
) -> Path | None:
    """Asks where to save, fills the data in one session, writes atomically, opens the file."""
    from sangkien_desktop.services import papers  # the writers load fonts: only when asked

    target = ask_path(parent, suggested)
    if target is None:
        return None
    out, fmt = target
    try:
        with app_data.db.session() as session:
            data = make_data(session)
        written = papers.write_atomically(kind, data, fmt, out)
    except (SangKienError, OSError) as exc:
        message = error_text(exc.message) if isinstance(exc, SangKienError) else str(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("paper_output", "Không ghi được văn bản"), message)
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written


def write_papers_to_folder(
    parent: QWidget,
    app_data: AppData,
    kind: str,
    make_all: Callable[[Any], list[tuple[str, Any]]],
) -> list[Path]:
    """Several papers of one kind (file stem, data) as PDF into a folder the user picks."""
    from sangkien_desktop.services import papers

    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("paper_output", "Chọn thư mục lưu văn bản"))
    if not folder:
        return []
    written: list[Path] = []
    try:
        with app_data.db.session() as session:
            items = make_all(session)
        for stem, data in items:
            written.append(papers.write_atomically(kind, data, "pdf", Path(folder) / f"{stem}.pdf"))
    except (SangKienError, OSError) as exc:
        message = error_text(exc.message) if isinstance(exc, SangKienError) else str(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("paper_output", "Không ghi được văn bản"), message)
        return written
    QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
    return written
