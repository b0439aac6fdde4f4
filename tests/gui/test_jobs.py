"""gui/jobs.py: work in a worker thread, callbacks on the GUI thread, and a cancel that
leaves no half-written file."""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QThread
from shiboken6 import Shiboken

from sangkien_desktop.documents.samples import summary_table
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.services import papers

from sangkien_desktop.gui.jobs import run_job


def _done(qtbot, job):
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)


def test_success_runs_off_the_gui_thread_and_reports_on_it(qtbot, qapp):
    threads, seen, progress = [], [], []

    def work():
        threads.append(QThread.currentThread())
        for n in range(1, 4):
            yield Progress(n, 3, "rows")
        return "xong"

    def success(result):
        seen.append((result, QThread.currentThread() is QCoreApplication.instance().thread()))

    job = run_job(None, work, title="Thử", on_success=success,
                  on_progress=lambda d, t, s: progress.append((d, t, s)))
    _done(qtbot, job)
    assert seen == [("xong", True)]
    assert threads and threads[0] is not QCoreApplication.instance().thread()
    assert job.result == "xong" and not job.was_cancelled
    assert progress == [(1, 3, "rows"), (2, 3, "rows"), (3, 3, "rows")]


def test_failure_goes_to_the_callback_or_to_a_message(qtbot, qapp, _no_modal_boxes):
    def work():
        yield Progress(1, 2)
        raise InputError("Thiếu tên đơn vị.")

    errors = []
    job = run_job(None, work, title="Thử", on_failure=errors.append, show_progress=False)
    _done(qtbot, job)
    assert [str(e) for e in errors] == ["Thiếu tên đơn vị."]
    job = run_job(None, work, title="Làm văn bản", show_progress=False)
    _done(qtbot, job)
    assert ("Làm văn bản", "Thiếu tên đơn vị.") in _no_modal_boxes


def test_cancel_leaves_no_file_and_keeps_the_old_one(qtbot, qapp, tmp_path):
    out = tmp_path / "bang-tong-hop.pdf"
    out.write_bytes(b"the old file")
    started, proceed = threading.Event(), threading.Event()
    data = summary_table(300)

    def work():
        steps = papers.iter_write_atomically("bang-tong-hop", data, "pdf", out)
        for n, step in enumerate(steps):
            if n == 0:
                started.set()
                proceed.wait(10)  # the temporary file exists now, half-written
            yield step
        return out

    outcome = []
    job = run_job(None, work, title="Thử", on_success=outcome.append,
                  on_cancel=lambda: outcome.append("cancelled"))
    assert started.wait(10)
    assert len(list(tmp_path.iterdir())) == 2  # the old file and the temporary one
    job.cancel()
    proceed.set()
    _done(qtbot, job)
    assert outcome == ["cancelled"] and job.was_cancelled
    assert [p.name for p in tmp_path.iterdir()] == ["bang-tong-hop.pdf"]
    assert out.read_bytes() == b"the old file"


def test_without_cancel_the_same_work_replaces_the_file(qtbot, qapp, tmp_path):
    out = tmp_path / "bang-tong-hop.pdf"
    out.write_bytes(b"the old file")

    def work():
        yield from papers.iter_write_atomically("bang-tong-hop", summary_table(30), "pdf", out)
        return out

    job = run_job(None, work, title="Thử")
    _done(qtbot, job)
    assert job.result == out and out.read_bytes()[:4] == b"%PDF"
    assert [p.name for p in tmp_path.iterdir()] == ["bang-tong-hop.pdf"]


def test_many_steps_leave_the_interpreter_sound(qtbot, qapp):
    """PySide6 6.12.0's Signal.emit() returned True without a reference: one signal per step
    lowered True's reference count until Python aborted. Jobs emit no signal per step, and the
    binding is pinned to a version without the bug (test_signal_refcount.py)."""
    def work():
        for n in range(3000):
            yield Progress(n, 3000)

    # What earlier tests left to be deleted would drop references to True while this job
    # runs the event loop: let it go first.
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        qtbot.wait(10)
        gc.collect()
    gc.disable()  # a collection freeing objects that hold True would move the count too
    try:
        before = sys.getrefcount(True)
        job = run_job(None, work, title="Thử", show_progress=True)
        _done(qtbot, job)
        after = sys.getrefcount(True)
    finally:
        gc.enable()
    assert after > before - 1000


def test_a_window_closed_while_its_job_runs_hears_nothing_and_breaks_nothing(
        qtbot, qapp, _no_modal_boxes):
    """The officer closes the window that started the work (or a test's window is torn down)
    while the worker is still going: the progress dialog went with the window, and the
    callbacks bound to it must not run against a deleted widget (a traceback in the event
    loop). A failure is still said, with no window behind it."""
    from PySide6.QtWidgets import QWidget

    release = threading.Event()

    def work():
        yield Progress(1, 3)
        release.wait(10)
        yield Progress(2, 3)
        return "xong"

    def failing():
        yield Progress(1, 2)
        release.wait(10)
        raise InputError("Thiếu tên đơn vị.")

    jobs, touched = [], []
    for task in (work, failing):
        window = QWidget()
        window.show()
        job = run_job(window, task, title="Làm văn bản",
                      on_success=lambda _r, w=window: touched.append(w.windowTitle()),
                      on_failure=lambda _e, w=window: touched.append(w.windowTitle()),
                      on_progress=lambda *_a, w=window: touched.append(w.windowTitle()))
        job._dialog.setMinimumDuration(0)  # the dialog exists and is shown at once
        qtbot.waitUntil(lambda j=job: bool(touched))  # the first step reached the window
        touched.clear()
        window.deleteLater()  # with its progress dialog, a child
        qtbot.waitUntil(lambda w=window: not Shiboken.isValid(w))
        jobs.append(job)
    release.set()
    for job in jobs:
        _done(qtbot, job)
    assert touched == []
    assert jobs[0].result == "xong"
    assert ("Làm văn bản", "Thiếu tên đơn vị.") in _no_modal_boxes
