"""How far a piece of long work has come: what its generator yields (docs/architecture.md).

Long work (documents, packages, imports) is a generator of ``Progress``; the GUI drives a
progress bar from it on a worker thread, the CLI a line of text.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
S = TypeVar("S")
U = TypeVar("U")


@dataclass(frozen=True)
class Progress:
    """One step of long work: ``done`` of ``total`` units (table rows, pages, files), in the
    named ``stage`` (a code the front-end words, such as "backup")."""

    done: int
    total: int
    stage: str = ""

    @property
    def fraction(self) -> float:
        return 1.0 if self.total <= 0 else min(1.0, self.done / self.total)


def drive(steps: Generator[Progress, None, T],
          progress: Callable[[Progress], None] | None = None) -> T:
    """Runs a progress generator to its end on this thread; returns its result."""
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            result: T = stop.value
            return result
        if progress is not None:
            progress(step)


def relay(steps: Generator[S, None, T], each: Callable[[S], U]) -> Generator[U, None, T]:
    """``steps`` with each step passed through ``each`` (reworded, or told to someone on the
    way); returns what they return. Closed at a yield, it closes ``steps`` there too."""
    try:
        while True:
            try:
                step = next(steps)
            except StopIteration as stop:
                result: T = stop.value
                return result
            yield each(step)
    finally:
        steps.close()
