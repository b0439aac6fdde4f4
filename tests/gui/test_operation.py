"""gui/operation.py: a use-case runs off the GUI thread in one unit of work, with a wait
cursor; a failure is shown once, in Vietnamese, the one way errors are shown; a success tells
the views once, so the list and the overview are read again once."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.dossiers import drafts
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier

from sangkien_desktop.gui import operation
from sangkien_desktop.gui.main_window import MainWindow
from sangkien_desktop.gui.operation import call_op, run_op


def _count(app_data) -> int:
    with app_data.db.session() as s:
        return count_dossiers(s, DossierQuery())


def _done(qtbot, job) -> None:
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20_000)


def _counting_window(qtbot, app_data, monkeypatch) -> tuple[MainWindow, dict[str, int]]:
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.overview_panel is not None, timeout=5000)
    calls = {"list": 0, "overview": 0}
    refresh, overview = window.model.refresh, window.refresh_overview

    def counted_refresh(*a, **k):
        calls["list"] += 1
        return refresh(*a, **k)

    def counted_overview(*a, **k):
        calls["overview"] += 1
        return overview(*a, **k)

    monkeypatch.setattr(window.model, "refresh", counted_refresh)
    monkeypatch.setattr(window, "refresh_overview", counted_overview)
    return window, calls


def test_the_use_case_runs_off_the_gui_thread_under_a_wait_cursor(qtbot, app_data):
    seen: list[tuple[bool, object]] = []

    def use_case(session, title):
        cursor = QGuiApplication.overrideCursor()
        seen.append((threading.current_thread() is threading.main_thread(),
                     cursor.shape() if cursor is not None else None))
        return save_dossier(session, Dossier(title=title)).title

    results: list[str] = []
    job = run_op(None, app_data, use_case, "Sổ tay điện tử", title="Không lưu được",
                 on_success=results.append)
    _done(qtbot, job)
    assert seen == [(False, Qt.CursorShape.WaitCursor)]
    assert results == ["Sổ tay điện tử"] and _count(app_data) == 1
    assert QGuiApplication.overrideCursor() is None  # given back

    outcome = call_op(None, app_data, use_case, "Lò sấy", title="Không lưu được")
    assert outcome.ok and outcome.result == "Lò sấy" and seen[-1][0] is False


def test_a_failure_is_shown_once_in_vietnamese_and_writes_nothing(qtbot, app_data,
                                                                  _no_modal_boxes):
    def two_saves(session):
        save_dossier(session, Dossier(title="Có tên"))
        save_dossier(session, Dossier(title=""))  # refused by the core: the first goes too

    job = run_op(None, app_data, two_saves, title="Không lưu được")
    _done(qtbot, job)
    assert _no_modal_boxes == [("Không lưu được", "Hãy nhập tên sáng kiến trước khi lưu: đó là "
                                                   "cách bạn tìm lại hồ sơ.")]
    assert _count(app_data) == 0 and QGuiApplication.overrideCursor() is None
    outcome = call_op(None, app_data, two_saves, title="Không lưu được")
    assert not outcome and outcome.error.code == "dossier_untitled"
    assert len(_no_modal_boxes) == 2


def test_a_failure_a_dialog_takes_is_not_shown_twice(qtbot, app_data, _no_modal_boxes):
    taken: list[str] = []
    outcome = call_op(None, app_data, save_dossier, Dossier(title=" "), title="Không lưu được",
                      on_failure=lambda exc: taken.append(exc.code))
    assert not outcome and taken == ["dossier_untitled"] and _no_modal_boxes == []


def test_a_success_refreshes_the_list_and_the_overview_once(qtbot, app_data, monkeypatch):
    window, calls = _counting_window(qtbot, app_data, monkeypatch)

    def three(session):
        for title in ("Một", "Hai", "Ba"):
            save_dossier(session, Dossier(title=title))

    told = []
    stop = operation.watch(app_data, told.append)
    job = run_op(window, app_data, three, title="Không lưu được")
    _done(qtbot, job)
    assert calls == {"list": 1, "overview": 1}
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=5000)
    [changes] = told
    assert len(changes.dossiers) == 3 and "dossier" in changes.tables
    stop()
    call_op(window, app_data, save_dossier, Dossier(title="Bốn"), title="Không lưu được")
    assert calls == {"list": 2, "overview": 2} and len(told) == 1  # stopped watching


def test_an_autosaved_draft_does_not_reload_the_list(qtbot, app_data, monkeypatch):
    window, calls = _counting_window(qtbot, app_data, monkeypatch)
    call_op(window, app_data, drafts.save_draft, "a-uuid", {"title": "Đang gõ"},
            title="Không lưu được")
    assert calls == {"list": 0, "overview": 0}


def test_a_closed_window_stops_watching(qtbot, app_data):
    import gc

    window = MainWindow(app_data)
    window.close()
    window.deleteLater()
    del window
    qtbot.wait(10)
    gc.collect()
    job = run_op(None, app_data, save_dossier, Dossier(title="Sau khi đóng"),
                 title="Không lưu được")
    _done(qtbot, job)
    assert job.error is None and _count(app_data) == 1
