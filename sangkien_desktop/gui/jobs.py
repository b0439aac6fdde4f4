"""Long work off the GUI thread, with a progress dialog and Cancel.

The work is a generator function that yields progress and returns its result::

    def work():                       # runs in a worker thread: no widgets, no Session
        yield from papers.iter_write_atomically(kind, data, "pdf", path)
        return path

    run_job(self, work, title=self.tr("Đang làm văn bản"),
            on_success=lambda path: ..., on_failure=lambda exc: ...)

- Each yielded item with ``done`` and ``total`` (documents.blocks.Progress, or anything
  alike; ``stage`` is shown if present) moves the bar; other items just keep it alive.
- ``on_success(result)``, ``on_failure(exception)`` and ``on_cancel()`` run on the GUI thread.
  Without ``on_failure`` a message box shows the error (a SangKienError's message, or the
  system's for a file error).
- Cancel closes the generator at its current ``yield``: its ``finally`` blocks run in the
  worker, so a writer that writes to a temporary file and renames it at the end (as
  services.papers.iter_write_atomically does) leaves nothing under the final name.
- Read what the work needs from the database before starting it; the worker must not
  share the GUI thread's Session.
- ``run_job`` returns the Job: ``cancel()``, ``wait(ms)``, and the signals ``progressed``
  and ``finished`` (tests wait on the latter).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sangkien_desktop.domain.errors import SangKienError

from sangkien_desktop.gui.labels import error_text

SHOW_AFTER_MS = 400  # short jobs finish before a progress dialog would flash up
_running: set[Job] = set()  # jobs keep themselves alive until they finish


class _Cancelled(Exception):
    pass


class _Worker(QThread):
    stepped = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Callable[[], Generator[Any, None, Any]], stop: threading.Event):
        super().__init__()
        self.work, self.stop = work, stop

    def run(self) -> None:
        try:
            result = self._drive()
        except _Cancelled:
            self.cancelled.emit()
        except BaseException as exc:  # reported to the GUI thread, never lost in the worker
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _drive(self) -> Any:
        generator = self.work()
        try:
            while True:
                if self.stop.is_set():
                    generator.close()  # GeneratorExit at its yield: its cleanup runs now
                    raise _Cancelled
                try:
                    step = next(generator)
                except StopIteration as done:
                    return done.value
                done_, total = getattr(step, "done", None), getattr(step, "total", None)
                if isinstance(done_, int) and isinstance(total, int):
                    self.stepped.emit(done_, total, str(getattr(step, "stage", "")))
        finally:
            generator.close()


class Job(QObject):
    """One piece of long work running in a worker thread; its slots run on the GUI thread."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(
        self,
        work: Callable[[], Generator[Any, None, Any]],
        parent: QWidget | None,
        title: str,
        callbacks: tuple[Callable | None, Callable | None, Callable | None],
    ):
        super().__init__()
        self._stop = threading.Event()
        self._worker = _Worker(work, self._stop)
        self._parent, self._title = parent, title
        self._on_success, self._on_failure, self._on_cancel = callbacks
        self._dialog: QProgressDialog | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        # Queued: the worker emits from its thread, these run later on the GUI thread.
        self._worker.stepped.connect(self._stepped, Qt.QueuedConnection)
        self._worker.succeeded.connect(self._succeeded, Qt.QueuedConnection)
        self._worker.failed.connect(self._failed, Qt.QueuedConnection)
        self._worker.cancelled.connect(self._cancelled, Qt.QueuedConnection)

    def cancel(self) -> None:
        """Asks the work to stop at its next yield (on_cancel follows, not on_success)."""
        self._stop.set()

    def is_running(self) -> bool:
        return self in _running

    def wait(self, msecs: int = 30_000) -> bool:
        """Waits for the worker thread (its callbacks still need the event loop)."""
        return self._worker.wait(msecs)

    def _show_progress(self) -> None:
        dialog = QProgressDialog(self._title, self.tr("Hủy"), 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog

    @Slot(int, int, str)
    def _stepped(self, done: int, total: int, stage: str) -> None:
        if self._dialog is not None and total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
        self.progressed.emit(done, total, stage)

    def _end(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._worker.wait()
        _running.discard(self)
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._end()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._end()
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, self._title, exc)

    @Slot()
    def _cancelled(self) -> None:
        self.was_cancelled = True
        self._end()
        if self._on_cancel is not None:
            self._on_cancel()


def run_job(
    parent: QWidget | None,
    work: Callable[[], Generator[Any, None, Any]],
    *,
    title: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_progress: bool = True,
) -> Job:
    """Starts ``work()`` in a worker thread; see the module's docstring."""
    job = Job(work, parent, title, (on_success, on_failure, on_cancel))
    if show_progress:
        job._show_progress()
    _running.add(job)
    job._worker.start()
    return job


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, SangKienError):
        message = error_text(exc.message)
    elif isinstance(exc, OSError):
        message = QCoreApplication.translate("jobs", "Không ghi hay đọc được tệp: %1").replace(
            "%1", exc.strerror or str(exc)
        )
    else:
        message = f"{type(exc).__name__}: {exc}"
    QMessageBox.warning(parent, title, message)


def stop_all(msecs: int = 10_000) -> None:
    """Cancels every running job and waits for it: before the application quits."""
    for job in list(_running):
        job.cancel()
    for job in list(_running):
        job.wait(msecs)
