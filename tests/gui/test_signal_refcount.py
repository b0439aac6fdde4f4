"""The Qt binding must not leak or drop references when Python code emits signals.

PySide6-Essentials 6.12.0 on Python 3.11 returned True from ``Signal.emit()`` without a
reference, so a long session (every keystroke in the search box emits) ended in an abort.
"""

from __future__ import annotations

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
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.bare.emit()
        emitter.with_value.emit(n)
    assert len(received) == 400
    assert abs(sys.getrefcount(True) - before) < 20
