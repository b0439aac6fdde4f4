"""One way to run a use-case from the window (Anki's ``CollectionOp``).

``run_op(parent, app_data, use_case, *args, title=…, on_success=…)`` runs
``use_case(session, *args)`` in a unit of work (``services.unit_of_work``: one transaction,
committed once, with the policies the use-case declares, such as the backup before an import)
on a worker thread (``gui.jobs``). Meanwhile the cursor waits, and long work (``progress=True``,
a use-case that yields ``Progress``) shows a progress dialog with Cancel, which rolls
everything back. Then, on the GUI thread:

- success: every view watching the data folder (``watch``) hears once what changed
  (``Changes``: the tables written, the dossiers and other records whose history got an
  entry), then ``on_success(result)`` runs;
- failure: ``show_error`` shows it, the one way errors are shown (the title says what could
  not be done, the text why), unless ``on_failure`` takes it.

``call_op`` is the same for a step a dialog must wait for (save, then close): it returns an
``Outcome`` once the work is done, while the window keeps painting but takes no input.

A view watches with a plain callback, not a Qt signal: see ``gui.jobs`` on PySide6's emit.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.backup.backups import Reason
from sangkien_desktop.services.context import AppData
from sangkien_desktop.services.unit_of_work import Changes

from sangkien_desktop.gui.jobs import Job, alive, run_job, show_error

__all__ = ["Changes", "Outcome", "between", "call_op", "each", "notify", "run_op", "running",
           "show_error", "watch"]

T = TypeVar("T")

Watcher = Callable[[Changes], None]
_watchers: dict[str, list[Callable[[], Watcher | None]]] = {}
# Operations under way per data folder: work the window does by itself meanwhile (the kept
# checks, gui/check_refresh.py) waits, so two writers do not meet (SQLite has one at a time).
_running: dict[str, int] = {}


def _key(app_data: AppData) -> str:
    return str(app_data.layout.root)


def watch(app_data: AppData, watcher: Watcher) -> Callable[[], None]:
    """``watcher(changes)`` runs on the GUI thread after every operation on this data folder
    that changed something; returns the function that stops it. A bound method is held weakly:
    a closed window stops watching by itself."""
    ref: Callable[[], Watcher | None]
    if hasattr(watcher, "__self__") and hasattr(watcher, "__func__"):
        ref = weakref.WeakMethod(watcher)
    else:
        ref = lambda: watcher  # noqa: E731
    _watchers.setdefault(_key(app_data), []).append(ref)

    def stop() -> None:
        refs = _watchers.get(_key(app_data), [])
        if ref in refs:
            refs.remove(ref)

    return stop


def running(app_data: AppData) -> bool:
    """Whether an operation on this data folder is under way (read from any thread)."""
    return _running.get(_key(app_data), 0) > 0


def between(app_data: AppData, steps: Generator[Any, None, T], pause: float, *,
            after: float = 0.0) -> Generator[Any, None, T]:
    """``steps`` (work the window does by itself, on a worker) with none begun while an
    operation on this data folder writes, looked at every ``pause`` seconds, and ``after``
    seconds of rest after each: the officer's work never waits long, nor meets a step
    half-way. Closed, it closes ``steps``."""
    try:
        while True:
            while running(app_data):
                time.sleep(pause)
            try:
                step = next(steps)
            except StopIteration as stop:
                result: T = stop.value
                return result
            yield step
            if after:
                time.sleep(after)
    finally:
        steps.close()


def _ended(app_data: AppData) -> None:
    key = _key(app_data)
    _running[key] = max(_running.get(key, 0) - 1, 0)


def notify(app_data: AppData, changes: Changes) -> None:
    """Tells every view watching the data folder what changed (once per operation)."""
    refs = _watchers.get(_key(app_data), [])
    refs[:] = [r for r in refs if r() is not None]
    for ref in list(refs):
        watcher = ref()
        if watcher is not None:
            watcher(changes)


def each(session: Session, act: Callable[[Session, str], object], uuids: list[str]) -> None:
    """A use-case: one act (restore, purge, mark…) on every chosen record, in one unit of work:
    all of them or none."""
    for uuid in uuids:
        act(session, uuid)


def _work(app_data: AppData, use_case: Callable[..., Any], args: tuple, kwargs: dict,
          backup: Reason | None) -> Generator[Any, None, tuple[Any, Changes]]:
    """The worker's side: the use-case in its unit of work, its progress passed on."""
    with unit_of_work.open_work(app_data, use_case, backup=backup) as work:
        result = use_case(work.session, *args, **kwargs)
        if isinstance(result, Generator):
            result = yield from result
    return result, work.changes


def run_op(
    parent: QWidget | None,
    app_data: AppData,
    use_case: Callable[..., Any],
    /,
    *args: Any,
    title: str,
    failed_title: str | None = None,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    progress: bool = False,
    backup: Reason | None = None,
    parent_bound: bool = True,
    **kwargs: Any,
) -> Job:
    """Runs ``use_case(session, *args, **kwargs)`` off the GUI thread in one unit of work; see
    the module's docstring. ``title`` is the failure's title ("Không nhập được"), unless
    ``failed_title`` is given: then ``title`` is what the progress dialog says is being done
    ("Đang nhập hồ sơ…"). Returns the Job. The callbacks are not called once ``parent`` has
    been deleted (jobs.run_job), unless ``parent_bound`` is False; the cursor, the running
    count and the watching views are looked after either way."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    bound = parent_bound and parent is not None

    def wanted(callback: Callable | None) -> Callable | None:
        return None if bound and alive(parent) is None else callback

    def succeeded(done: tuple[Any, Changes]) -> None:
        QGuiApplication.restoreOverrideCursor()
        _ended(app_data)  # before the views hear of it: what they do next may write
        result, changes = done
        if changes:
            notify(app_data, changes)
        if (callback := wanted(on_success)) is not None:
            callback(result)

    def failed(exc: BaseException) -> None:
        QGuiApplication.restoreOverrideCursor()
        _ended(app_data)
        if (callback := wanted(on_failure)) is not None:
            callback(exc)
        else:
            show_error(parent, failed_title or title, exc)

    def cancelled() -> None:
        QGuiApplication.restoreOverrideCursor()
        _ended(app_data)
        if (callback := wanted(on_cancel)) is not None:
            callback()

    key = _key(app_data)
    _running[key] = _running.get(key, 0) + 1
    try:
        return run_job(parent, lambda: _work(app_data, use_case, args, kwargs, backup),
                       title=title, on_success=succeeded, on_failure=failed,
                       on_cancel=cancelled, show_progress=progress, parent_bound=False)
    except BaseException:
        _ended(app_data)
        raise


@dataclass(frozen=True)
class Outcome:
    """How a ``call_op`` ended: ``ok`` with its ``result``, or its ``error`` (already shown,
    unless ``on_failure`` took it)."""

    ok: bool
    result: Any = None
    error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.ok


def call_op(
    parent: QWidget | None,
    app_data: AppData,
    use_case: Callable[..., Any],
    /,
    *args: Any,
    title: str,
    on_failure: Callable[[BaseException], None] | None = None,
    backup: Reason | None = None,
    **kwargs: Any,
) -> Outcome:
    """``run_op`` for a step the caller waits for: the window keeps painting but takes no
    input meanwhile; returns the Outcome."""
    loop = QEventLoop()
    ended: list[Outcome] = []

    def end(outcome: Outcome) -> None:
        ended.append(outcome)
        loop.quit()

    def failed(exc: BaseException) -> None:
        if on_failure is not None and (parent is None or alive(parent) is not None):
            on_failure(exc)
        else:
            show_error(parent, title, exc)
        end(Outcome(False, error=exc))

    job = run_op(parent, app_data, use_case, *args, title=title, backup=backup,
                 on_success=lambda result: end(Outcome(True, result)), on_failure=failed,
                 parent_bound=False, **kwargs)
    if not ended:  # the end is reported by the job's timer: always inside the loop
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    assert not job.is_running()
    return ended[0]
