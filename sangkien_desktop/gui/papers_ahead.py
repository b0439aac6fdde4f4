"""Papers drawn ahead: when dossiers are put into a nomination or recognised by a decision, the
papers a package of them will carry are drawn into the data folder's paper cache on a worker
thread (services/exchange/packages.papers_ahead), so the export at the desk finds them drawn
instead of drawing a thousand description reports while the officer waits.

Low priority: one paper at a time in this process, a pause after each, none begun while an
operation writes; nothing said to the officer (a paper that cannot be drawn now is drawn by
the export, as before). Not on read-only data. The window stops it when it closes: the paper
in hand is finished (tens of milliseconds), nothing is written after.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from sangkien_desktop.services.unit_of_work import Changes

if TYPE_CHECKING:
    from sangkien_desktop.domain.progress import Progress

    from sangkien_desktop.gui.jobs import Job

log = logging.getLogger(__name__)
PAUSE = 0.02  # seconds after each paper: the window's own work gets the interpreter meanwhile
BUSY_PAUSE = 0.05  # seconds between looks whether the operation that holds the drawing ended
_NOMINATION, _DECISION = "nomination", "decision"  # entity kinds in the change log


def concerns(changes: Changes) -> bool:
    """Whether an operation's changes may call for papers drawn ahead."""
    return any(kind in (_NOMINATION, _DECISION) for kind, _uuid in changes.entities)


class PaperDrawer(QObject):
    """One per main window (``window``: its app_data)."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.nominations: set[str] = set()
        self.decisions: set[str] = set()
        self.stopped = False

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def ask(self, changes: Changes) -> None:
        """The papers of the nominations and decisions these changes touched, drawn ahead."""
        if self.stopped or self.window.app_data.read_only:
            return
        self.nominations |= {u for kind, u in changes.entities if kind == _NOMINATION}
        self.decisions |= {u for kind, u in changes.entities if kind == _DECISION}
        if not self.busy:
            self.start()

    def stop(self) -> None:
        """Cancels the drawing and waits for the paper in hand (the window is closing)."""
        self.stopped = True
        job = self.job
        if job is not None:
            job.cancel()
            job.wait(30.0)

    def start(self) -> None:
        from sangkien_desktop.services.exchange import packages
        from sangkien_desktop.services.exchange.nomination_package import dossiers_ahead
        from sangkien_desktop.services.exchange.paper_cache import PaperCache

        from sangkien_desktop.gui import jobs, operation

        if not (self.nominations or self.decisions):
            return
        nominations, decisions = self.nominations, self.decisions
        self.nominations, self.decisions = set(), set()
        app_data = self.window.app_data
        campaigns = app_data.campaigns  # read here: the worker touches no cache of the window
        papers = PaperCache.of(app_data.layout)

        def work() -> Generator[Progress, None, int]:
            with app_data.db.session() as session:  # its own, read and closed before drawing
                uuids = dossiers_ahead(session, nominations, decisions)
                wanted = packages.papers_ahead(session, app_data.attachments, uuids, campaigns,
                                               papers)
            return (yield from operation.between(
                app_data, packages.iter_draw_ahead(wanted, papers), BUSY_PAUSE, after=PAUSE))

        self.job = jobs.run_job(self.window, work, title="", show_progress=False,
                                on_success=lambda _n: self._next(),
                                on_failure=self._failed, on_cancel=lambda: None)

    def _next(self) -> None:
        """What was asked while this drawing ran."""
        if not self.stopped:
            self.start()

    def _failed(self, exc: BaseException) -> None:
        log.warning("papers not drawn ahead: %s", exc)
        self._next()
