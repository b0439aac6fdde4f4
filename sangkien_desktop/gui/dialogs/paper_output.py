"""Writing papers to files the user picks, off the GUI thread (gui/jobs.py): one paper to a
file, then opened in the system's viewer; or several papers of one kind into a folder (blank
score sheets, unit sheets), then the folder opened. The data is read on the GUI thread first;
the worker only writes, each file atomically, so Cancel leaves no half-written file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.file_names import safe_file_name, unique_name
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.safe_paths import join_inside
from sangkien_desktop.services.context import AppData

from sangkien_desktop.gui.jobs import Job, run_job, show_error

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


def _failed(parent: QWidget, exc: BaseException) -> None:
    show_error(parent, QCoreApplication.translate("paper_output", "Không ghi được văn bản"), exc)


def _read(parent: QWidget, app_data: AppData, read: Callable[[Any], Any]) -> tuple[bool, Any]:
    """``read(session)`` on the GUI thread; (False, None) after saying why it failed."""
    try:
        with app_data.db.session() as session:
            return True, read(session)
    except SangKienError as exc:
        show_error(parent, QCoreApplication.translate("paper_output", "Không làm được văn bản"), exc)
        return False, None


def write_paper(
    parent: QWidget,
    app_data: AppData,
    kind: str,
    make_data: Callable[[Any], Any],
    suggested: str,
    on_done: Callable[[Path], None] | None = None,
) -> Job | None:
    """Asks where to save, fills the data, writes in a worker, then opens the file."""
    from sangkien_desktop.services import papers  # the writers load fonts: only when asked

    target = ask_path(parent, suggested)
    if target is None:
        return None
    out, fmt = target
    ok, data = _read(parent, app_data, make_data)
    if not ok:
        return None

    def work():
        return (yield from papers.iter_write_atomically(kind, data, fmt, out))

    def written(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if on_done is not None:
            on_done(path)

    return run_job(parent, work, title=QCoreApplication.translate("paper_output", "Đang làm văn bản…"), on_success=written,
                   on_failure=lambda exc: _failed(parent, exc))


def write_papers_to_folder(
    parent: QWidget,
    app_data: AppData,
    kind: str,
    make_all: Callable[[Any], list[tuple[str, Any]]],
    on_done: Callable[[list[Path]], None] | None = None,
) -> Job | None:
    """Several papers of one kind (file stem, data) as PDF into a folder the user picks."""
    from sangkien_desktop.services import papers

    folder = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("paper_output", "Chọn thư mục lưu văn bản"))
    if not folder:
        return None
    ok, items = _read(parent, app_data, make_all)
    if not ok:
        return None

    def work():
        written: list[Path] = []
        taken: set[str] = set()  # two dossiers may share a code: never one over the other
        for n, (stem, data) in enumerate(items, 1):
            target = join_inside(Path(folder), unique_name(safe_file_name(f"{stem}.pdf"), taken))
            for _step in papers.iter_write_atomically(kind, data, "pdf", target):
                yield None  # no bar move inside one paper, but Cancel is heard
            written.append(target)
            yield Progress(n, len(items), stem)
        return written

    def done(paths: list[Path]) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
        if on_done is not None:
            on_done(paths)

    return run_job(parent, work, title=QCoreApplication.translate("paper_output", "Đang làm văn bản…"), on_success=done,
                   on_failure=lambda exc: _failed(parent, exc))
