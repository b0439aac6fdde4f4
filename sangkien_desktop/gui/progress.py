"""Drives a progress generator on the GUI thread with a progress dialog, a cancel button and a
wait cursor. Until a worker-thread runner exists (gui/jobs.py) long work runs here: the
dialog is repainted between steps, so the window stays readable and the user may cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


def run_steps(parent: QWidget, title: str, steps: Iterator[T],
              progress: Callable[[T], tuple[int, int, str]]) -> T | None:
    """Runs ``steps`` to the end and returns the last one; None when the user cancelled (the
    generator is closed, so its cleanup runs). ``progress`` maps a step to (done, total,
    label). Exceptions of the work propagate to the caller."""
    dialog = QProgressDialog(title, QCoreApplication.translate("progress", "Hủy"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    last = None
    try:
        for step in steps:
            done, total, label = progress(step)
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(label)
            QCoreApplication.processEvents()
            if dialog.wasCanceled():
                steps.close()  # type: ignore[attr-defined]
                return None
            last = step
    finally:
        QGuiApplication.restoreOverrideCursor()
        dialog.close()
    return last
