"""Start-up in two halves: the list painted from plain sqlite3, the rest loaded after it, and
the daily backup and draft recovery only once both are done (gui/first_paint.py, gui/app.py)."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.migrations import LATEST_VERSION, STEPS
from tests.gui.typing import type_text

from sangkien_desktop.gui import app as gui_app
from sangkien_desktop.gui import backup_runner, first_paint, window_fit
from sangkien_desktop.gui.main_window import MainWindow
from sangkien_desktop.gui.models.list_reader import ListReader


def _folder_with(app_data, *titles):
    with app_data.db.session() as session:
        for title in titles:
            save_dossier(session, Dossier(title=title, unit_name="Xưởng cơ khí",
                                          campaign_id="cong-nhan-cap-co-so", solution_type="ky_thuat"))
        session.commit()
    root = app_data.layout.root
    app_data.close()
    return root


def test_the_list_paints_first_only_from_a_database_that_needs_nothing(app_data, tmp_path):
    root = _folder_with(app_data, "Máy cắt ống")
    start = first_paint.open_list(str(root))
    assert start is not None
    assert start.labels.campaign("cong-nhan-cap-co-so") == "Cấp cơ sở"
    assert start.labels.solution_type("cong-nhan-cap-co-so", "ky_thuat") == "Giải pháp kỹ thuật"
    with pytest.raises(sqlite3.OperationalError):  # read-only
        start.connection.execute("DELETE FROM dossier")
    start.connection.close()
    (root / ".khoi-phuc.json").write_text("{}", encoding="utf-8")  # a restore cut off by a crash
    assert first_paint.open_list(str(root)) is None  # the full way finishes it first
    (root / ".khoi-phuc.json").unlink()

    assert first_paint.open_list(str(tmp_path / "new")) is None  # no database yet
    (tmp_path / "garbage").mkdir()
    (tmp_path / "garbage" / "sangkien.sqlite3").write_bytes(b"not a database at all" * 100)
    assert first_paint.open_list(str(tmp_path / "garbage")) is None
    older = tmp_path / "older"
    older.mkdir()
    conn = sqlite3.connect(older / "sangkien.sqlite3")
    conn.execute("PRAGMA user_version = 5")
    conn.execute("PRAGMA application_id = 1397441585")
    conn.close()
    assert first_paint.open_list(str(older)) is None  # needs migrating: the full way
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    sqlite3.connect(foreign / "sangkien.sqlite3").execute(f"PRAGMA user_version = {LATEST_VERSION}")
    assert first_paint.open_list(str(foreign)) is None


def test_typing_before_the_rest_has_loaded_is_searched_and_kept(qtbot, app_data):
    root = _folder_with(app_data, "Máy cắt ống tự động", "Giá đỡ khuôn", "Máy ép nhựa")
    start = first_paint.open_list(str(root))
    window = MainWindow(reader=ListReader(start.layout.database, connection=start.connection),
                        labels=start.labels)
    qtbot.addWidget(window)
    release = threading.Event()
    loader = first_paint.RestLoader(str(root), window)
    real_load = loader._load
    loader._load = lambda: (release.wait(10), real_load())
    window.wait_for(loader.wait)
    loader.start()
    assert not window.attached and window.model.rowCount() == 3
    type_text(window.ui.searchEdit, "máy")
    qtbot.waitUntil(lambda: window.model.query.search == "máy", timeout=2000)
    titles = sorted(window.model.row_at(i).title for i in range(window.model.rowCount()))
    assert titles == ["Máy cắt ống tự động", "Máy ép nhựa"] and not window.attached
    release.set()
    data = window.app_data  # an action taken now waits for the rest, then goes on
    assert window.attached and window.ui.searchEdit.text() == "máy"
    assert window.model.rowCount() == 2
    data.close()


class _PaintSpy(QObject):
    def __init__(self, events):
        super().__init__()
        self.events = events

    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in self.events:
            self.events.append("painted")
        return False


def test_run_paints_then_loads_then_starts_the_post_paint_work(qtbot, app_data, monkeypatch):
    root = _folder_with(app_data, "Máy cắt ống")
    events = []
    real_start = first_paint.RestLoader.start
    monkeypatch.setattr(first_paint.RestLoader, "start", lambda self: (
        None if self.started() else events.append("load"), real_start(self)))
    monkeypatch.setattr(backup_runner, "run_start_work", lambda *a: events.append(
        "backup" if threading.current_thread() is threading.main_thread() else "backup, wrong thread"))
    real_attach = MainWindow.attach
    monkeypatch.setattr(MainWindow, "attach", lambda self, d: (events.append("attach"), real_attach(self, d)))
    windows = []
    spy = _PaintSpy(events)

    def exec_app(_app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        windows.append(window)
        window.ui.dossierTable.viewport().installEventFilter(spy)
        qtbot.waitUntil(lambda: "backup" in events, timeout=20_000)
        return 0

    monkeypatch.setattr(gui_app.QApplication, "exec", exec_app)
    assert gui_app.run(data_dir=str(root)) == 0
    assert events == ["painted", "load", "attach", "backup"]
    assert windows[0].model.rowCount() == 1
    windows[0].close()


def test_a_database_needing_migration_is_upgraded_before_the_window(qtbot, app_data, monkeypatch):
    root = app_data.layout.root
    app_data.close()
    (root / "sangkien.sqlite3").unlink()
    conn = sqlite3.connect(root / "sangkien.sqlite3", isolation_level=None)
    for step in STEPS[:-1]:
        for statement in step.statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {STEPS[-2].version}")
    conn.execute("PRAGMA application_id = 1397441585")
    conn.close()
    monkeypatch.setattr(first_paint.RestLoader, "start", lambda self: (_ for _ in ()).throw(
        AssertionError("a database needing migration has no list painted before it")))
    seen = []

    def exec_app(_app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append(window.attached)
        window.close()
        return 0

    monkeypatch.setattr(gui_app.QApplication, "exec", exec_app)
    monkeypatch.setattr(gui_app, "after_first_paint", lambda *a, **k: None)
    assert gui_app.run(data_dir=str(root)) == 0
    assert seen == [True]  # opened the full way, as before
    assert list((root / "backups").glob("*truoc-nang-cap*"))  # with its backup first
    upgraded = open_app_data(root)
    with upgraded.db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA user_version").scalar() == LATEST_VERSION
    upgraded.close()


def test_damage_found_while_loading_the_rest_offers_the_restore_then_goes_on(
        qtbot, app_data, monkeypatch):
    from sangkien_desktop.domain.errors import DatabaseDamagedError
    from sangkien_desktop.services import context

    root = _folder_with(app_data, "Máy cắt ống")
    real_open = context.open_app_data
    calls = []

    def open_once_damaged(*args, **kwargs):
        calls.append(threading.current_thread() is threading.main_thread())
        if len(calls) == 1:  # the loader's, on its thread
            raise DatabaseDamagedError("db_damaged", path=root / "sangkien.sqlite3")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(context, "open_app_data", open_once_damaged)
    told = []
    monkeypatch.setattr(gui_app, "explain_at_start", lambda d, exc: told.append(exc.code) or True)
    done = []
    monkeypatch.setattr(gui_app, "after_first_paint", lambda w, data, **k: done.append((w, data)))

    def exec_app(_app):
        qtbot.waitUntil(lambda: bool(done), timeout=20_000)
        return 0

    monkeypatch.setattr(gui_app.QApplication, "exec", exec_app)
    assert gui_app.run(data_dir=str(root)) == 0
    assert told == ["db_damaged"] and calls == [False, True]  # offered, then opened again
    [(window, data)] = done
    assert window.attached and window.app_data is data and window.model.rowCount() == 1
    window.close()


@pytest.fixture
def fitter_not_installed(qapp):
    """As at start-up: no window fitter until run() installs it after the first paint (the
    tests' create_application installed one for the whole session: set aside meanwhile)."""
    session = window_fit._fitter
    if session is not None:
        qapp.removeEventFilter(session)
    window_fit._fitter = None
    window_fit.set_screen(QSize(1024, 768))
    yield
    if window_fit._fitter is not None:
        qapp.removeEventFilter(window_fit._fitter)
    window_fit._fitter = session
    if session is not None:
        qapp.installEventFilter(session)
    window_fit.set_screen(None)


def test_a_window_opened_before_the_list_is_painted_is_fitted_all_the_same(
        qtbot, app_data, monkeypatch, fitter_not_installed):
    """F1 pressed as the window appears, before its list is painted and the window fitter is
    installed (gui/app.py: run): the guide fits the screen all the same, once it is."""
    from sangkien_desktop.gui.dialogs.guide_dialog import GuideDialog

    root = _folder_with(app_data, "Máy cắt ống")
    monkeypatch.setattr(gui_app, "after_first_paint", lambda *a, **k: None)
    guides = []

    def exec_app(_app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        assert window_fit._fitter is None  # not yet
        window.ui.actionGuide.trigger()
        guide = window.findChild(GuideDialog)
        guides.append(guide)
        qtbot.waitUntil(lambda: window_fit._fitter is not None, timeout=5000)
        qtbot.waitUntil(lambda: guide.property("windowFitted") is True, timeout=2000)
        guide.close()
        window.close()
        return 0

    monkeypatch.setattr(gui_app.QApplication, "exec", exec_app)
    assert gui_app.run(data_dir=str(root)) == 0
    [guide] = guides
    limit = window_fit.client_limit(guide)
    assert guide.width() <= limit.width() and guide.height() <= limit.height()


def test_a_window_closed_as_soon_as_its_list_shows_saves_its_layout_and_ends_cleanly(
        qtbot, app_data, monkeypatch):
    """Closed right after the first paint, before what it deferred has run and before the rest
    has loaded: the deferred work finds a closed window and does nothing, the window's size and
    columns are saved as on any close, and run() ends with the data folder closed."""
    from PySide6.QtCore import QSettings

    from sangkien_desktop.gui.main_window import COLUMNS_KEY

    root = _folder_with(app_data, "Máy cắt ống")
    monkeypatch.setattr(gui_app, "after_first_paint", lambda *a, **k: None)
    closed = []

    def exec_app(_app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

        def close_at_once():
            window.listPainted.disconnect(close_at_once)
            closed.append(window.close())

        window.listPainted.connect(close_at_once)
        qtbot.waitUntil(lambda: bool(closed), timeout=5000)
        qtbot.wait(300)  # the deferred work and the loader run meanwhile
        return 0

    monkeypatch.setattr(gui_app.QApplication, "exec", exec_app)
    assert gui_app.run(data_dir=str(root)) == 0
    assert closed == [True]
    assert QSettings().value("main_window/geometry") is not None
    assert QSettings().value(COLUMNS_KEY) is not None
