"""The dossiers' kept checks brought up to date from the window (services/dossiers/
stored_checks.py), before the "Việc cần làm" overview counts them: a few due checks at once
(a dossier saved by an import, a decision issued), many on a worker thread (the first start
after the upgrade that made them, a programme file changed, the day a portal closed),
the overview saying how far it is and read again at the end. The same worker then writes
the similarity entries an import left for later (services/similarity.bring_current), so the
officer's first look for alike dossiers finds them written."""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from sangkien_desktop.domain.errors import SangKienError

if TYPE_CHECKING:
    from sangkien_desktop.domain.progress import Progress

    from sangkien_desktop.gui.jobs import Job

log = logging.getLogger(__name__)
# Up to this many due checks are done on the GUI thread before the overview is read (about
# 0.5 ms each: 0.15 s); more go to a worker.
AT_ONCE = 300
BATCH = 100  # dossiers a unit of work on the worker checks (about 50 ms)
PAUSE = 0.05  # seconds between looks whether the operation that holds the worker back ended


class CheckRefresher(QObject):
    """One per main window (``window``: its app_data, overview_panel, checks_refreshed)."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.job: Job | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def stop(self) -> None:
        """Cancels the checks under way and waits for the batch in hand (the window is closing:
        its data folder closes next, under the worker's feet otherwise)."""
        job = self.job
        if job is not None:
            job.cancel()
            job.wait(30.0)

    def before_overview(self) -> None:
        """Makes due what went stale and does the due checks: now when they are few, else on a
        worker (started after this returns), each batch in a unit of work of its own."""
        from sangkien_desktop.services import similarity, unit_of_work
        from sangkien_desktop.services.dossiers import stored_checks

        from sangkien_desktop.gui import operation

        app_data = self.window.app_data
        if app_data.read_only or self.busy or operation.running(app_data):
            return  # an operation is writing: its end reloads the overview, which comes back
        try:
            with unit_of_work.session(app_data.db) as session:
                due = stored_checks.prepare(session, app_data.campaigns)
                pending = similarity.entries_pending(session)
            if 0 < due <= AT_ONCE:
                stored_checks.refresh_batches(app_data.db, app_data.campaigns)
            if due > AT_ONCE or pending:
                QTimer.singleShot(0, self.start)
        except SangKienError as exc:  # a full or locked disk: the counts wait for next time
            log.warning("kept checks not refreshed: %s", exc)

    def start(self) -> None:
        """The due checks on a worker thread, the overview showing the progress; then the
        similarity entries left for later."""
        from sangkien_desktop.services import similarity
        from sangkien_desktop.services.dossiers import stored_checks

        from sangkien_desktop.gui import jobs, operation

        if self.busy:
            return
        app_data = self.window.app_data
        campaigns = app_data.campaigns  # read here: the worker touches no cache of the window

        def work() -> Generator[Progress, None, int]:
            # Small batches, none begun while an operation writes (a save, an import): the
            # officer's work never waits long, nor meets a batch half-way.
            checks = stored_checks.iter_refresh_batches(app_data.db, campaigns, batch=BATCH)
            checked = yield from operation.between(app_data, checks, PAUSE)
            yield from operation.between(
                app_data, similarity.iter_bring_current_batches(app_data.db), PAUSE)
            return checked

        self.job = jobs.run_job(
            self.window, work,
            title=self.tr("Đang kiểm tra lại hồ sơ"), show_progress=False,
            on_progress=self._progress, on_success=lambda _n: self._done(),
            on_failure=self._failed, on_cancel=lambda: None)

    def _progress(self, done: int, total: int, stage: object) -> None:
        from shiboken6 import isValid

        from sangkien_desktop.services import similarity

        if stage == similarity.STAGE:
            return  # quick and nothing the overview counts

        # News may still arrive after the window is gone (closed while a batch ran).
        panel = self.window.overview_panel if isValid(self.window) else None
        if panel is not None and isValid(panel):
            panel.show_checking(done, total)

    def _done(self) -> None:
        from shiboken6 import isValid

        if isValid(self.window):
            self.window.checks_refreshed()

    def _failed(self, exc: BaseException) -> None:
        from sangkien_desktop.gui.labels import exception_text

        log.warning("kept checks not refreshed: %s", exc)
        self.window.statusBar().showMessage(
            self.tr("Chưa kiểm tra lại được hồ sơ: %1").replace("%1", exception_text(exc)), 10000)

