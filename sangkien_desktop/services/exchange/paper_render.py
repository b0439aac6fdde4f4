"""Drawing many papers at once: in worker processes for a big batch, each PDF drawn by one
worker, the results handed back in the order asked for.

reportlab draws in pure Python, one core at a time; a package of a thousand dossiers draws a
thousand description reports. Workers are *spawned* (a fresh interpreter, never a fork of a
process holding Qt, threads and open databases); in a frozen build each worker is the program
started again, which ``multiprocessing.freeze_support()`` in the entry points hands over to
the worker at once. A small batch is drawn here: starting a worker costs about as much as
drawing twenty papers.

``draw`` is a generator yielding after each paper, so the caller reports progress and can stop
it: closing it cancels the papers not yet started and lets the workers go.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Generator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

# Below this many papers, drawing here beats starting workers.
PARALLEL_FROM = 24
MAX_WORKERS = 4


def draw_one(kind: str, data: Any) -> bytes:
    from sangkien_desktop.documents.registry import write_document

    out = write_document(kind, data, "pdf")
    assert isinstance(out, bytes)
    return out


def workers_for(count: int) -> int:
    """How many worker processes a batch of ``count`` papers gets (0: draw here)."""
    if count < PARALLEL_FROM:
        return 0
    cpus = os.cpu_count() or 1
    return max(1, min(MAX_WORKERS, cpus, count // (PARALLEL_FROM // 2)))


def draw(jobs: Sequence[tuple[str, Any]], workers: int | None = None
         ) -> Generator[int, None, list[bytes]]:
    """Draws each (kind, data) as PDF; yields how many are done after each one and returns the
    papers in the order of ``jobs``. ``workers`` None: as many as ``workers_for`` says."""
    count = workers_for(len(jobs)) if workers is None else workers
    if count <= 0:
        done: list[bytes] = []
        for kind, data in jobs:
            done.append(draw_one(kind, data))
            yield len(done)
        return done
    results: list[bytes | None] = [None] * len(jobs)
    executor = ProcessPoolExecutor(max_workers=count,
                                   mp_context=multiprocessing.get_context("spawn"))
    try:
        pending: dict[Future[bytes], int] = {
            executor.submit(draw_one, kind, data): n for n, (kind, data) in enumerate(jobs)}
        finished = 0
        while pending:
            ready, _still = wait(pending, return_when=FIRST_COMPLETED)
            for future in ready:
                results[pending.pop(future)] = future.result()
                finished += 1
                yield finished
    finally:
        # Normally everything is done; after an error or a cancel (the generator closed), the
        # papers not started are dropped and the workers end after the one they are drawing.
        executor.shutdown(wait=False, cancel_futures=True)
    return [r for r in results if r is not None]
