"""Drawing many papers at once: in worker processes for a big batch, the results handed back in
the order asked for, the same bytes as drawn here.

reportlab draws in pure Python, one core at a time; a package of a thousand dossiers draws a
thousand description reports. Workers are *spawned* (a fresh interpreter, never a fork of a
process holding Qt, threads and open databases); in a frozen build each worker is the program
started again, which ``multiprocessing.freeze_support()`` in the entry points hands over to
the worker at once. A worker costs about 0.3 s of CPU to start (Python, reportlab, the fonts),
so a batch gets one worker fewer than the machine has cores, and this process draws beside
them, all along, taking papers from the end of the batch that no worker has taken yet: every
core draws, and a worker fewer is started. A small batch is drawn here. Papers go to the
workers a few at a time (fewer round trips than one by one). A caller that knows a big batch
is coming starts the workers first (``start``), so they load while it reads what to draw.

When the workers cannot be started, or one dies (the system refused a process, memory ran
out), what they had not handed back is drawn here: the export goes on, only slower.

``draw`` is a generator yielding after each paper (after each few, from the workers), so the
caller reports progress and can stop it: closing it cancels the papers not yet started and
lets the workers go once they finish the few they hold.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

log = logging.getLogger(__name__)

# Below this many papers, drawing here beats starting workers: a worker's start costs about
# 0.3 s of CPU (Python, reportlab and the documents, reading the fonts), some 40 papers' worth.
PARALLEL_FROM = 64
MAX_WORKERS = 4
# Papers a worker is handed at once.
CHUNK = 8

Job = tuple[str, Any]


def draw_one(kind: str, data: Any) -> bytes:
    from sangkien_desktop.documents.registry import write_document

    out = write_document(kind, data, "pdf")
    assert isinstance(out, bytes)
    return out


def draw_many(jobs: list[Job]) -> list[bytes]:
    """What a worker does with the papers it is handed."""
    return [draw_one(kind, data) for kind, data in jobs]


def workers_for(count: int) -> int:
    """How many worker processes a batch of ``count`` papers gets (0: draw here only): one
    fewer than the cores, as this process draws too."""
    if count < PARALLEL_FROM:
        return 0
    cpus = os.cpu_count() or 1
    return max(0, min(MAX_WORKERS, cpus - 1, count // (PARALLEL_FROM // 2)))


def _executor(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers,
                               mp_context=multiprocessing.get_context("spawn"))


def _warm() -> None:
    """A worker's first task: the writer and the fonts loaded before any paper is handed over."""
    from sangkien_desktop.documents.fonts import register_fonts
    from sangkien_desktop.documents.registry import _renderer

    _renderer("pdf")
    register_fonts()


class Workers:
    """Worker processes started before the papers are known (``start``), so that they load
    while the caller reads what to draw; handed to ``draw``, which lets them go at its end.
    ``close`` lets them go unused (nothing to draw after all, an error)."""

    def __init__(self, count: int):
        self.count = count
        self.executor: ProcessPoolExecutor | None = _executor(count)
        self.executor.submit(_warm)

    def take(self) -> ProcessPoolExecutor | None:
        executor, self.executor = self.executor, None
        return executor

    def close(self) -> None:
        executor = self.take()
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


def start(count: int) -> Workers | None:
    """Workers for a batch of about ``count`` papers, started now; None when the batch is
    drawn here or no process can be started (``draw`` then draws here)."""
    workers = workers_for(count)
    if workers == 0:
        return None
    try:
        return Workers(workers)
    except (BrokenProcessPool, OSError) as exc:
        log.warning("drawing papers here: worker processes failed (%s)", exc)
        return None


def _chunks(count: int, workers: int) -> list[list[int]]:
    # Small enough that the workers finish together, the progress moves and a cancel is quick.
    size = max(1, min(CHUNK, count // (workers * 8)))
    return [list(range(n, min(n + size, count))) for n in range(0, count, size)]


def draw(jobs: Sequence[Job], workers: int | Workers | None = None,
         keep: Callable[[int, bytes], object] | None = None
         ) -> Generator[int, None, list[bytes]]:
    """Draws each (kind, data) as PDF; yields how many are done after each one and returns the
    papers in the order of ``jobs``. ``workers`` None: as many as ``workers_for`` says; or
    workers already started (``start``), used for a batch that ``workers_for`` gives workers
    and let go at the end, used or not. ``keep(n, paper)`` is told each paper as it comes
    (while the others are drawn, not after the last)."""
    executor = None
    if isinstance(workers, Workers):
        count = workers.count if workers_for(len(jobs)) else 0
        executor = workers.take()
        if count == 0 and executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
            executor = None
    else:
        count = workers_for(len(jobs)) if workers is None else workers
    results: list[bytes | None] = [None] * len(jobs)

    def got(n: int, paper: bytes) -> None:
        results[n] = paper
        if keep is not None:
            keep(n, paper)

    done = 0
    if count > 0:
        done = yield from _draw_in_workers(jobs, count, got, executor)
    for n, (kind, data) in enumerate(jobs):  # everything, or what the workers did not hand back
        if results[n] is None:
            got(n, draw_one(kind, data))
            done += 1
            yield done
    return [r for r in results if r is not None]


def _draw_in_workers(jobs: Sequence[Job], count: int, got: Callable[[int, bytes], None],
                     executor: ProcessPoolExecutor | None = None) -> Generator[int, None, int]:
    """Tells ``got`` each paper the workers (``executor``, or new ones) and this process
    draw; returns how many are done. Leaves the rest untold when the workers fail.

    The workers are handed chunks from the front, three each at most at a time; this process
    draws the chunks at the back none was handed. (No handed chunk is cancelled: when a
    worker dies, Python 3.11's pool fails on a cancelled one it still lists, and may leave
    the others unanswered.)"""
    done = 0
    waiting = deque(_chunks(len(jobs), count))
    handed: dict[Future[list[bytes]], list[int]] = {}
    try:
        if executor is None:
            executor = _executor(count)
        while waiting or handed:
            while waiting and len(handed) < 3 * count:
                chunk = waiting.popleft()
                handed[executor.submit(draw_many, [jobs[n] for n in chunk])] = chunk
            ready = [f for f in handed if f.done()]
            if not ready and waiting:
                for n in waiting.pop():  # nothing handed back yet: draw here meanwhile
                    got(n, draw_one(*jobs[n]))
                    done += 1
                    yield done
                continue
            if not ready:
                ready = list(wait(handed, return_when=FIRST_COMPLETED)[0])
            for future in ready:
                chunk = handed.pop(future)
                for n, paper in zip(chunk, future.result(), strict=True):
                    got(n, paper)
                done += len(chunk)
                yield done
    except (BrokenProcessPool, OSError) as exc:
        # No process could be started, or one died: the caller draws what is missing here.
        log.warning("drawing papers here: worker processes failed (%s)", exc)
    finally:
        if executor is not None:
            # After an error or a cancel (the generator closed) the papers not started are
            # dropped; the workers finish the few they hold, then end.
            executor.shutdown(wait=True, cancel_futures=True)
    return done
