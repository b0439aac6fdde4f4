"""The officer's desk: the list fits 1366×768 and 1024×768 with the status as a badge, its
columns chosen, moved and kept; shortcuts in tooltips; the "Việc cần làm" panel's counts,
checked against the database on demo data, filter the list when clicked."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QKeySequence

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.status import Status
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers.list_query import DossierQuery, SortKey, count_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.overview import overview

from sangkien_desktop.gui import window_fit
from sangkien_desktop.gui.list_columns import column_of
from sangkien_desktop.gui.main_window import MainWindow
from sangkien_desktop.gui.views.overview_panel import OverviewPanel

SHOWN = (SortKey.TITLE, SortKey.CODE, SortKey.UNIT, SortKey.LEAD_AUTHOR, SortKey.STATUS)


@pytest.fixture
def demo(app_data):
    with app_data.db.session() as s:
        create_demo(s, 150, seed=5)
        s.commit()
    return app_data


@pytest.fixture(autouse=True)
def _screen():
    """A laptop screen of the test's size: the window fits itself to the screen it opens on."""
    window_fit.set_screen(QSize(1366, 768))
    yield
    window_fit.set_screen(None)


def _window(qtbot, app_data, width=1366, height=740) -> MainWindow:
    window_fit.set_screen(QSize(width, 768))
    width -= window_fit.FRAME.width()  # the window's frame takes its part of the screen
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview_panel.overview is not None, timeout=5000)
    return window


@pytest.mark.parametrize("width", [1366, 1024])
def test_title_code_unit_author_and_status_show_without_scrolling(qtbot, demo, width):
    window = _window(qtbot, demo, width)
    # The whole window, frame included, on a screen this wide: its own minimum does not push
    # it wider.
    assert window.width() == width - window_fit.FRAME.width()
    table = window.ui.dossierTable
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    for key in SHOWN:
        column = column_of(key)
        assert not header.isSectionHidden(column), key
        left = header.sectionViewportPosition(column)
        assert 0 <= left and left + header.sectionSize(column) <= viewport, key
    assert table.horizontalScrollBar().maximum() == 0
    status = column_of(SortKey.STATUS)
    assert header.sectionSize(status) >= window._badges.sizeHint(
        table.viewOptions() if hasattr(table, "viewOptions") else _option(table),
        window.model.index(0, status)).width() - 8
    # The badge's colour comes from the status's code.
    codes = {window.model.index(r, status).data(Qt.ItemDataRole.UserRole + 1)
             for r in range(window.model.rowCount())}
    assert codes <= {s.value for s in Status} and len(codes) > 1


def _option(table):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(table)
    return option


def test_columns_are_chosen_moved_and_kept(qtbot, demo):
    window = _window(qtbot, demo)
    header = window.ui.dossierTable.horizontalHeader()
    unit, campaign = column_of(SortKey.UNIT), column_of(SortKey.CAMPAIGN)
    assert header.isSectionHidden(campaign)
    window.columns.column_menu(header.rect().center())
    actions = {a.text(): a for a in window.column_menu.actions() if a.isCheckable()}
    assert "Tên sáng kiến" not in actions  # the title always shows
    actions["Chương trình"].setChecked(True)
    actions["Đơn vị"].setChecked(False)
    status = column_of(SortKey.STATUS)
    header.moveSection(header.visualIndex(status), 1)
    header.resizeSection(column_of(SortKey.CODE), 222)
    window.close()
    again = _window(qtbot, demo)
    header = again.ui.dossierTable.horizontalHeader()
    assert not header.isSectionHidden(campaign) and header.isSectionHidden(unit)
    assert header.visualIndex(status) == 1
    assert header.sectionSize(column_of(SortKey.CODE)) == 222
    again.columns.column_menu(header.rect().center())
    reset = next(a for a in again.column_menu.actions() if a.text() == "Về cách sắp xếp cột mặc định")
    reset.trigger()
    assert header.isSectionHidden(campaign) and not header.isSectionHidden(unit)
    assert [header.logicalIndex(v) for v in range(5)] == [column_of(k) for k in SHOWN]


def test_an_old_saved_header_does_not_hide_the_status_off_the_edge(qtbot, demo):
    QSettings().setValue("main_window/header", b"old layout of an earlier version")
    window = _window(qtbot, demo, 1024)
    assert window.ui.dossierTable.horizontalScrollBar().maximum() == 0


def test_shortcuts_work_and_show_in_tooltips(qtbot, demo):
    window = _window(qtbot, demo)
    ui = window.ui
    qtbot.waitUntil(lambda: "(Ctrl+N)" in ui.actionNew.toolTip(), timeout=2000)
    for action, keys in ((ui.actionNew, "Ctrl+N"), (ui.actionEdit, "Return"),
                         (ui.actionDelete, "Del"), (ui.actionFind, "Ctrl+F"),
                         (ui.actionPrint, "Ctrl+P"), (ui.actionRefresh, "F5")):
        assert action.shortcut() == QKeySequence(keys), action.objectName()
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in action.toolTip()
    assert QKeySequence("Enter") in ui.actionEdit.shortcuts()  # the number pad's Enter too
    ui.dossierTable.setFocus()
    ui.actionFind.trigger()
    assert ui.searchEdit.hasFocus()
    with demo.db.session() as s:
        save_dossier(s, Dossier(title="Thêm sau khi mở"))
        s.commit()
    ui.actionRefresh.trigger()
    assert window.model.row_at(0).title == "Thêm sau khi mở"


def test_the_panel_counts_match_the_database_and_filter_the_list(qtbot, demo):
    window = _window(qtbot, demo)
    panel = window.overview_panel
    assert isinstance(panel, OverviewPanel) and panel.isVisible()
    with demo.db.session() as s:
        expected = overview(s, demo.campaigns)
        for status in Status:
            assert expected.counts[status.value] == count_dossiers(s, DossierQuery(status=status.value))
    assert panel.overview == expected
    text = panel.stages.text()
    for status in Status:
        assert f'href="status:{status.value}"' in text
        assert f"&nbsp;{expected.counts[status.value]:,}&nbsp;".replace(",", ".") in text
    assert "chưa đề nghị" in panel.tasks.text()
    panel.linkActivated.emit(f"status:{Status.RECOGNISED.value}")
    assert window.ui.statusFilter.currentData() == Status.RECOGNISED.value
    qtbot.waitUntil(lambda: window.model.total == expected.counts["recognised"], timeout=3000)
    assert {window.model.row_at(r).status for r in range(window.model.rowCount())} == {"recognised"}


def test_the_panel_is_where_the_officer_left_it(qtbot, demo):
    window = _window(qtbot, demo)
    assert window.dockWidgetArea(window.overview_panel) == Qt.DockWidgetArea.TopDockWidgetArea
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.overview_panel)
    assert "<br>" in window.overview_panel.stages.text()  # beside the list: one item a line
    window.close()
    again = _window(qtbot, demo)
    assert again.dockWidgetArea(again.overview_panel) == Qt.DockWidgetArea.RightDockWidgetArea
    again.overview_panel.toggleViewAction().trigger()  # closed from the Hồ sơ menu
    assert again.overview_panel.isHidden()
    again.close()
    third = _window(qtbot, demo)
    assert third.overview_panel.isHidden()


def test_toolbar_and_menus_have_icons_with_text_beside_and_their_licence(qtbot, demo):
    from sangkien_desktop.licenses import bundled_components

    from sangkien_desktop.gui import icons

    window = _window(qtbot, demo)
    # The menus' icons come after the first paint; the tool bar has its own from the start.
    qtbot.waitUntil(lambda: not window.ui.actionAbout.icon().isNull(), timeout=3000)
    toolbar = window.ui.toolBar
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    for action in toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().isNull() and action.text(), action.objectName()
            assert not action.icon().pixmap(20, 20).isNull()  # the SVG renders
    for menu in (window.ui.menuFile, window.ui.menuDossier, window.ui.menuCouncil,
                 window.ui.menuNomination, window.ui.menuTools, window.ui.menuHelp):
        for action in menu.actions():
            if action.objectName() in icons.ACTION_ICONS:
                assert not action.icon().isNull(), action.objectName()
    files = {p.stem for p in icons.resource_path("icons", "actions").glob("*.svg")}
    assert set(icons.ACTION_ICONS.values()) <= files
    lucide = next(c for c in bundled_components() if c.id == "lucide")
    assert "ISC License" in lucide.license_text()


def test_the_check_step_shows_the_findings_once(qtbot, demo):
    from sangkien_desktop.services.dossiers.list_query import list_dossiers

    from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

    with demo.db.session() as s:
        uuid = list_dossiers(s, DossierQuery(status="draft"), limit=1)[0].uuid
    editor = DossierEditor(demo, uuid)
    qtbot.addWidget(editor)
    editor.show()
    ui = editor.ui
    assert ui.findingsList.isVisible() and ui.helpBox.isVisible()
    ui.stepList.setCurrentRow(ui.stepList.count() - 1)
    assert ui.findingsTable.rowCount() == len(editor.panel.report.findings) > 0
    assert not ui.findingsList.isVisible() and not ui.panelSummaryLabel.isVisible()
    assert not ui.helpBox.isVisible()  # its disclaimer is under the table already
    assert ui.disclaimerLabel.isVisible()
    ui.stepList.setCurrentRow(0)
    assert ui.findingsList.isVisible() and ui.helpBox.isVisible()


def _kept(app_data, uuid: str) -> tuple[int, int]:
    from sqlalchemy import text

    with app_data.db.session() as s:
        return tuple(s.execute(text(
            "SELECT s.errors, s.open_warnings FROM dossier_summary AS s "
            "JOIN dossier AS d ON d.id = s.dossier_id WHERE d.uuid = :u"), {"u": uuid}).one())


def test_errors_and_open_warnings_filter_the_list_and_follow_the_editor(qtbot, demo):
    from sangkien_desktop.services.dossiers.list_query import list_dossiers

    from sangkien_desktop.gui.dialogs.dossier_editor import DossierEditor

    window = _window(qtbot, demo)
    panel = window.overview_panel
    with demo.db.session() as s:
        expected = overview(s, demo.campaigns)
    assert expected.with_errors > 0 and expected.open_warnings > 0
    text = panel.tasks.text()
    assert 'href="check:errors"' in text and f"{expected.with_errors} hồ sơ có lỗi" in text
    assert f"{expected.open_warnings} hồ sơ có cảnh báo chưa xác nhận" in text
    for check, count in (("errors", expected.with_errors), ("warnings", expected.open_warnings)):
        panel.linkActivated.emit(f"check:{check}")
        assert window.ui.statusFilter.currentData() == f"check:{check}"
        qtbot.waitUntil(lambda count=count: window.model.total == count, timeout=3000)
        column = 0 if check == "errors" else 1
        shown = [window.model.row_at(r).uuid for r in range(window.model.rowCount())]
        assert shown and all(_kept(demo, uuid)[column] > 0 for uuid in shown)
    # A draft without warnings loses its "what is new": saved in the editor, it is counted.
    with demo.db.session() as s:
        clean = next(r.uuid for r in list_dossiers(s, DossierQuery(status="draft"), limit=None)
                     if _kept(demo, r.uuid)[1] == 0)
    editor = DossierEditor(demo, clean, window)
    qtbot.addWidget(editor)
    editor.ui.noveltyEdit.setPlainText("")
    assert editor.save()
    assert _kept(demo, clean)[1] >= 1
    window.reload()  # the overview's counts arrive from the list reader's thread
    qtbot.waitUntil(lambda: window.overview_panel.overview.open_warnings
                    == expected.open_warnings + 1, timeout=3000)
    qtbot.waitUntil(lambda: clean in {window.model.row_at(r).uuid
                                      for r in range(window.model.rowCount())}, timeout=3000)
    # Acknowledged in the editor's check step: out of the count at once.
    editor.panel.run()
    for finding in editor.panel.report.warnings:
        assert editor.panel.acknowledge(finding, "Nguyễn Thị Duyệt", "Đã xem xét", clean)
    assert _kept(demo, clean)[1] == 0
    window.reload()
    qtbot.waitUntil(lambda: window.overview_panel.overview.open_warnings
                    == expected.open_warnings, timeout=3000)


def test_many_checks_due_are_done_on_a_worker_the_panel_saying_how_far(qtbot, demo, monkeypatch):
    """A programme changed, the first start after the upgrade: more checks due than are done
    before the first paint go to a worker; the panel says so, then shows the counts."""
    from sqlalchemy import text

    from sangkien_desktop.gui import check_refresh

    with demo.db.session() as s:
        expected = overview(s, demo.campaigns)
        s.execute(text("UPDATE dossier_summary SET due = due + 1, errors = 0, open_warnings = 0"))
        s.commit()
    monkeypatch.setattr(check_refresh, "AT_ONCE", 20)  # 150 due: more than that
    seen: list[tuple[int, int]] = []
    shown = OverviewPanel.show_checking
    monkeypatch.setattr(OverviewPanel, "show_checking", lambda self, done, total: (
        seen.append((done, total)), shown(self, done, total)))
    window = _window(qtbot, demo)
    assert "Đang kiểm tra lại hồ sơ" in window.overview_panel.tasks.text()
    qtbot.waitUntil(lambda: window.overview_panel.overview.checks_due == 0, timeout=20000)
    found = window.overview_panel.overview
    assert (found.with_errors, found.open_warnings) == (expected.with_errors,
                                                         expected.open_warnings)
    assert "hồ sơ có lỗi" in window.overview_panel.tasks.text()
    assert seen and seen[-1][0] == seen[-1][1] >= 150  # every dossier, the bin's too


def test_similarity_entries_an_import_left_for_later_are_written_by_the_window(qtbot, demo):
    """An import marks its dossiers' similarity entries pending; the window's background
    refresher writes them, so the first look for alike dossiers waits for nothing."""
    import dataclasses

    from sqlalchemy import func, select

    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers.bulk import insert_dossiers
    from sangkien_desktop.storage import similarity_index
    from sangkien_desktop.storage.models import DossierRow

    with demo.db.session() as s:
        insert_dossiers(s, [dataclasses.replace(d, uuid=f"nhap-{n}", code="") for n, d in
                            enumerate(generate_dossiers(30, seed=9))], similarity_later=True)
        s.commit()
        assert len(similarity_index.pending(s)) == 30

    def written() -> bool:
        with demo.db.session() as s:
            return (not similarity_index.pending(s) and len(similarity_index.entries(s))
                    == s.scalar(select(func.count()).select_from(DossierRow)))

    _window(qtbot, demo)
    qtbot.waitUntil(written, timeout=20000)
