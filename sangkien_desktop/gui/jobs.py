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
- ``on_progress(done, total, stage)`` (optional) runs on the GUI thread too.
- ``run_job`` returns the Job: ``cancel()``, ``is_running()``, ``wait(seconds)``, and after
  the end ``result``, ``error``, ``was_cancelled``.
- The callbacks belong to ``parent``: when that window is closed and deleted before the work
  ends, they are not called (they would reach a deleted widget), the work still finishes, and
  a failure is shown with no window behind it. ``parent_bound=False`` calls them anyway, for
  callers whose callbacks do more than touch the window (gui.operation).

The worker is a plain thread that hands its news over in a queue, read by a timer on the
GUI thread: no signal is emitted per step. PySide6 6.12.0's ``SignalInstance.emit()``
returns ``True`` without a reference, so on Python 3.11 every emit from Python code lowers
``True``'s reference count; a few hundred progress signals crashed the interpreter.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import Shiboken

from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.messages import Message

from sangkien_desktop.gui.labels import core_text, exception_text

SHOW_AFTER_MS = 400  # short jobs finish before a progress dialog would flash up
POLL_MS = 40  # how often the GUI thread reads the worker's news
_running: set[Job] = set()  # jobs keep themselves alive until they finish

Work = Callable[[], Generator[Any, None, Any]]


class _Cancelled(Exception):
    pass


def _drive(work: Work, stop: threading.Event, news: queue.SimpleQueue) -> None:
    """The worker thread: runs the generator, posts ("step", done, total, stage) and one
    final ("ok", result), ("error", exception) or ("cancelled",)."""
    try:
        generator = work()
        try:
            while True:
                if stop.is_set():
                    raise _Cancelled
                try:
                    step = next(generator)
                except StopIteration as done:
                    news.put(("ok", done.value))
                    return
                done_, total = getattr(step, "done", None), getattr(step, "total", None)
                if isinstance(done_, int) and isinstance(total, int):
                    # The stage as it is: a Message keeps its code for the GUI to translate.
                    news.put(("step", done_, total, getattr(step, "stage", "")))
        finally:
            generator.close()  # GeneratorExit at its yield: its cleanup runs here, now
    except _Cancelled:
        news.put(("cancelled",))
    except BaseException as exc:  # reported to the GUI thread, never lost in the worker
        news.put(("error", exc))


class Job(QObject):
    """One piece of long work running in a worker thread; callbacks run on the GUI thread."""

    def __init__(self, work: Work, parent: QWidget | None, title: str,
                 callbacks: dict[str, Callable | None], parent_bound: bool = True):
        super().__init__()
        self._stop = threading.Event()
        self._news: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=_drive, args=(work, self._stop, self._news),
                                        name=f"job: {title}", daemon=True)
        self._parent, self._title, self._callbacks = parent, title, callbacks
        self._parent_bound = parent_bound
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._read_news)
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False

    def start(self, show_progress: bool) -> None:
        if show_progress:
            self._dialog = QProgressDialog(self._title, self.tr("Hủy"), 0, 0, self._parent)
            self._dialog.setWindowTitle(self._title)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(SHOW_AFTER_MS)
            self._dialog.setAutoReset(False)
            self._dialog.setAutoClose(False)
            self._dialog.canceled.connect(self.cancel)
        _running.add(self)
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        """Asks the work to stop at its next yield (on_cancel follows, not on_success)."""
        self._stop.set()

    def is_running(self) -> bool:
        """True until the end has been reported on the GUI thread."""
        return self in _running

    def wait(self, seconds: float = 30.0) -> bool:
        """Waits for the worker thread (the callbacks still need the event loop)."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def _read_news(self) -> None:
        while True:
            try:
                news = self._news.get_nowait()
            except queue.Empty:
                return
            if news[0] == "step":
                self._stepped(*news[1:])
            else:
                self._end(news)
                return

    def _window_gone(self) -> bool:
        """True when the window the work was started from has been deleted meanwhile."""
        return self._parent is not None and alive(self._parent) is None

    def _callback(self, name: str) -> Callable | None:
        if self._parent_bound and self._window_gone():
            return None
        return self._callbacks[name]

    def _stepped(self, done: int, total: int, stage: str) -> None:
        if self._dialog is not None and not Shiboken.isValid(self._dialog):
            self._dialog = None  # deleted with its window
        if self._dialog is not None and total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
            if isinstance(stage, Message):  # a plain stage is a code, for the program only
                self._dialog.setLabelText(f"{self._title}\n{core_text(stage)}")
        if (on_progress := self._callback("progress")) is not None:
            on_progress(done, total, stage)

    def _end(self, news: tuple) -> None:
        self._timer.stop()
        if self._dialog is not None:
            if Shiboken.isValid(self._dialog):  # not when its window was closed meanwhile
                self._dialog.canceled.disconnect(self.cancel)
                self._dialog.close()
                self._dialog.deleteLater()
            self._dialog = None
        self._thread.join()
        _running.discard(self)
        kind, *value = news
        if kind == "ok":
            self.result = value[0]
            if (on_success := self._callback("success")) is not None:
                on_success(self.result)
        elif kind == "error":
            self.error = value[0]
            if (on_failure := self._callback("failure")) is not None:
                on_failure(self.error)
            else:
                show_error(self._parent, self._title, self.error)
        else:
            self.was_cancelled = True
            if (on_cancel := self._callback("cancel")) is not None:
                on_cancel()


def run_job(
    parent: QWidget | None,
    work: Work,
    *,
    title: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    show_progress: bool = True,
    parent_bound: bool = True,
) -> Job:
    """Starts ``work()`` in a worker thread; see the module's docstring."""
    callbacks = {"success": on_success, "failure": on_failure, "cancel": on_cancel,
                 "progress": on_progress}
    job = Job(work, parent, title, callbacks, parent_bound)
    job.start(show_progress)
    return job


def failure_text(exc: BaseException) -> str:
    """Why something failed, in the user's language: a core error's message translated, a
    file error in the system's words, a refused database statement in the database's words
    (labels.exception_text), and anything else (a bug) with its type."""
    if isinstance(exc, OSError):
        return QCoreApplication.translate("jobs", "Không ghi hay đọc được tệp: %1").replace(
            "%1", exc.strerror or str(exc)
        )
    if isinstance(exc, SangKienError) or isinstance(getattr(exc, "orig", None), BaseException):
        return exception_text(exc)
    return f"{type(exc).__name__}: {exc}"


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """The one way a failure is shown: ``title`` says what could not be done, the text why.
    A parent window deleted meanwhile leaves the message on its own."""
    QMessageBox.warning(alive(parent), title, failure_text(exc))


def alive(widget: QWidget | None) -> QWidget | None:
    """``widget`` while it exists; None once it has been deleted."""
    return widget if widget is not None and Shiboken.isValid(widget) else None


def stop_all(msecs: int = 10_000) -> None:
    """Cancels every running job and waits for it: before the application quits."""
    for job in list(_running):
        job.cancel()
    for job in list(_running):
        job.wait(msecs / 1000)
