"""The Qt binding must not leak or drop references when Python code emits signals.

PySide6-Essentials 6.12.0 on Python 3.11 returned True from ``Signal.emit()`` without a
reference, so a long session (every keystroke in the search box emits) ended in an abort.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    with_value = Signal(int)


def test_emitting_signals_keeps_the_reference_count_of_true(qapp):
    emitter = _Emitter()
    received = []
    emitter.bare.connect(lambda: received.append(None))
    emitter.with_value.connect(received.append)
    gc.collect()
    gc.disable()  # only the emits may move the count while it is measured
    try:
        before = sys.getrefcount(True)
        for n in range(300):
            emitter.bare.emit()
            emitter.with_value.emit(n)
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    assert len(received) == 600
    # The faulty binding lowered it by one per emit (600 here).
    assert after > before - 100
