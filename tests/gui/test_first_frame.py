"""The first frame holds only what it shows (gui/main_window.py): the list's first page in a copy
held by Qt's own model, the tool bar with its icons, the "Việc cần làm" dock where the officer
left it, empty. What it leaves out comes when first needed and works: the list's own model
(sorting, the header's menu), the menus' icons and the shortcuts in the tooltips, the empty-state
page, the overview's lines. Nothing moves when they come."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.status import Status
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.dossiers.list_query import SortKey
from sangkien_desktop.services.dossiers.saving import save_dossier

from sangkien_desktop.gui import first_paint, window_fit
from sangkien_desktop.gui.main_window import MainWindow, _column
from sangkien_desktop.gui.models.dossier_table import COLUMNS
from sangkien_desktop.gui.models.list_reader import ListReader


@pytest.fixture(autouse=True)
def _screen():
    window_fit.set_screen(QSize(1366, 768))
    yield
    window_fit.set_screen(None)


@pytest.fixture
def folder(app_data):
    """A data folder of three dossiers, closed: windows open it as start-up does."""
    with app_data.db.session() as session:
        for title in ("Máy cắt ống tự động", "Giá đỡ khuôn", "Máy ép nhựa"):
            save_dossier(session, Dossier(title=title, unit_name="Xưởng cơ khí",
                                          campaign_id="cong-nhan-cap-co-so"))
        session.commit()
    root = app_data.layout.root
    app_data.close()
    return root


def _painted_first(qtbot, root) -> MainWindow:
    """The window as start-up builds it before the rest is loaded (gui/app.py)."""
    start = first_paint.open_list(str(root))
    assert start is not None
    window = MainWindow(reader=ListReader(start.layout.database, connection=start.connection),
                        labels=start.labels)
    qtbot.addWidget(window)
    window.wait_for(lambda: open_app_data(root, window=True))
    window.resize(1200, 700)
    return window


def _shown(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.listPainted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: window.ui.dossierTable.model() is window.model, timeout=5000)


def _list_top(window: MainWindow) -> int:
    return window.ui.dossierTable.mapTo(window, QPoint(0, 0)).y()


def test_the_first_frame_shows_the_first_page_as_the_model_does(qtbot, folder):
    window = _painted_first(qtbot, folder)
    table, model = window.ui.dossierTable, window.model
    frame = table.model()
    assert frame is not model and frame.rowCount() == model.rowCount() == 3
    for column in range(len(COLUMNS)):
        assert frame.headerData(column, Qt.Orientation.Horizontal) == \
            model.headerData(column, Qt.Orientation.Horizontal)
        for row in range(3):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole + 1):
                assert frame.index(row, column).data(role) == model.index(row, column).data(role)
    # What the frame does not show is not made yet; the tool bar is as it stays.
    assert not table.isSortingEnabled()
    assert window.empty_ui is None and window.overview_panel.overview is None
    assert window.ui.actionAbout.icon().isNull() and not window.ui.actionNew.icon().isNull()
    assert window.ui.toolBar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.close()


def test_what_the_first_frame_left_out_comes_after_it_and_works(qtbot, folder):
    window = _painted_first(qtbot, folder)
    _shown(qtbot, window)
    table, header = window.ui.dossierTable, window.ui.dossierTable.horizontalHeader()
    # The list's own model, sorting on in the default order; the header's menu.
    assert table.isSortingEnabled() and header.sortIndicatorSection() == -1
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    table.sortByColumn(_column(SortKey.TITLE), Qt.SortOrder.AscendingOrder)
    assert [window.model.row_at(r).title for r in range(3)] == \
        ["Giá đỡ khuôn", "Máy cắt ống tự động", "Máy ép nhựa"]
    table.selectRow(0)
    assert window.selected_uuid() == window.model.row_at(0).uuid
    # The menus' icons and the shortcuts in the tooltips.
    qtbot.waitUntil(lambda: not window.ui.actionAbout.icon().isNull(), timeout=3000)
    qtbot.waitUntil(lambda: "(Ctrl+N)" in window.ui.actionNew.toolTip(), timeout=3000)
    window.ui.actionFind.trigger()
    assert QApplication.focusWidget() in (window.ui.searchEdit, None)  # offscreen may not focus
    # The rest loads (an action waits for it): the overview's lines come above the list.
    window.app_data  # noqa: B018
    qtbot.waitUntil(lambda: window.overview_panel.overview is not None, timeout=5000)
    panel = window.overview_panel
    assert panel.isVisible() and window.dockWidgetArea(panel) == Qt.DockWidgetArea.TopDockWidgetArea
    assert "Giá đỡ khuôn" not in panel.stages.text() and 'href="status:draft"' in panel.stages.text()
    panel.linkActivated.emit(f"status:{Status.RECOGNISED.value}")
    assert window.ui.statusFilter.currentData() == Status.RECOGNISED.value
    window.close()


def test_the_next_start_keeps_the_panel_s_place_and_the_list_does_not_move(qtbot, folder):
    first = _painted_first(qtbot, folder)
    _shown(qtbot, first)
    first.app_data  # noqa: B018
    qtbot.waitUntil(lambda: first.overview_panel.overview is not None, timeout=5000)
    qtbot.wait(50)
    settled = _list_top(first)
    first.close()  # saves where the panel is, and how tall
    first.app_data.close(window=True)

    again = _painted_first(qtbot, folder)
    _shown(qtbot, again)
    panel = again.overview_panel
    assert panel.isVisible() and panel.overview is None  # in its place, empty, before the rest
    assert _list_top(again) == settled
    again.app_data  # noqa: B018
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=5000)
    qtbot.wait(50)
    assert _list_top(again) == settled  # the overview came without pushing the list down
    again.close()
    again.app_data.close(window=True)


def test_the_empty_state_page_is_made_only_for_an_empty_list(qtbot, app_data):
    empty = MainWindow(app_data)
    qtbot.addWidget(empty)
    assert empty.showing_empty_state and empty.empty_ui is not None
    clicked = []
    empty.ui.actionGuide.triggered.disconnect()
    empty.ui.actionGuide.triggered.connect(lambda: clicked.append("guide"))
    qtbot.mouseClick(empty.empty_ui.emptyGuideButton, Qt.MouseButton.LeftButton)
    assert clicked == ["guide"]
    with app_data.db.session() as session:
        save_dossier(session, Dossier(title="Khuôn gá hàn ống"))
        session.commit()
    listed = MainWindow(app_data)
    qtbot.addWidget(listed)
    assert not listed.showing_empty_state and listed.empty_ui is None


def test_keys_pressed_right_after_the_first_paint_keep_their_effect(qtbot, folder):
    """The officer moves down a row and selects every dossier (Ctrl+A) as soon as the list
    shows, while the window still holds the first frame's copy: the model that takes its place
    keeps the same rows selected and the same current row, and the actions follow them."""
    window = _painted_first(qtbot, folder)
    table = window.ui.dossierTable
    on_the_copy = []

    def right_after_the_paint():
        window.listPainted.disconnect(right_after_the_paint)
        on_the_copy.append(table.model() is not window.model)
        QTest.keyClick(table, Qt.Key.Key_Down)
        QTest.keyClick(table, Qt.Key.Key_Down)
        QTest.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    window.listPainted.connect(right_after_the_paint)
    _shown(qtbot, window)
    assert on_the_copy == [True]
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == [0, 1, 2]
    assert table.currentIndex().row() == 1 and table.currentIndex().model() is window.model
    assert window.all_matching_selected()
    window.app_data  # noqa: B018 - attached: the actions on the selection are on
    assert window.ui.actionCheck.isEnabled() and len(window.selected_uuids()) == 3
    window.close()


def test_the_first_frame_is_laid_out_as_the_officer_left_the_window(qtbot, folder):
    """The size and the columns come back before the first paint (no flash of another layout):
    a column hidden, another widened, the window made lower, on the next start's first frame."""
    first = _painted_first(qtbot, folder)
    _shown(qtbot, first)
    header = first.ui.dossierTable.horizontalHeader()
    unit, code = _column(SortKey.UNIT), _column(SortKey.CODE)
    header.setSectionHidden(unit, True)
    header.resizeSection(code, 231)
    first.resize(first.width(), 543)
    first.close()

    start = first_paint.open_list(str(folder))
    again = MainWindow(reader=ListReader(start.layout.database, connection=start.connection),
                       labels=start.labels)
    qtbot.addWidget(again)
    header = again.ui.dossierTable.horizontalHeader()
    assert again.ui.dossierTable.model() is not again.model  # the first frame, not yet painted
    assert again.height() == 543  # (offscreen's 800-pixel screen is narrower than the window)
    assert header.isSectionHidden(unit) and header.sectionSize(code) == 231
    assert not header.isSectionHidden(_column(SortKey.STATUS))
    _shown(qtbot, again)  # the model in the copy's place: the same columns
    assert header.isSectionHidden(unit) and header.sectionSize(code) == 231
    again.close()


def test_an_empty_data_folder_s_first_frame_is_the_empty_page(qtbot, app_data):
    """No dossier yet: the first frame shows the four ways in, not an empty grid."""
    root = app_data.layout.root
    app_data.close()
    start = first_paint.open_list(str(root))
    assert start is not None
    window = MainWindow(reader=ListReader(start.layout.database, connection=start.connection),
                        labels=start.labels)
    qtbot.addWidget(window)
    assert window.showing_empty_state and window.empty_ui is not None
    window.close()


def test_the_overview_counts_on_the_reader_s_thread_and_follows_changes(qtbot, folder, monkeypatch):
    """The dossiers per stage walk the status index (long at a million dossiers): read on the
    list reader's thread, not the GUI's; the panel shows them, and the new ones after a reload."""
    import threading

    from sangkien_desktop.gui import main_window

    threads = []
    real = main_window.count_by_status
    monkeypatch.setattr(main_window, "count_by_status", lambda conn: (
        threads.append(threading.current_thread() is threading.main_thread()), real(conn))[1])
    window = _painted_first(qtbot, folder)
    _shown(qtbot, window)
    data = window.app_data
    panel = window.overview_panel
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=5000)
    assert panel.overview.counts[Status.DRAFT.value] == 3
    with data.db.session() as session:
        save_dossier(session, Dossier(title="Máy dán nhãn"))
        session.commit()
    window.reload()
    qtbot.waitUntil(lambda: panel.overview.counts[Status.DRAFT.value] == 4, timeout=5000)
    assert threads == [False, False]
    window.close()
