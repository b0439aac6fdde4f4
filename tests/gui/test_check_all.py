"""Select all + check (issue 18, item 4): every dossier the filter matches is checked, not
only the rows the list has loaded, off the GUI thread with progress and a Cancel button."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.list_query import PAGE_SIZE

from sangkien_desktop.gui.main_window import MainWindow

COUNT = PAGE_SIZE + 108  # 308: more than the list loads at once


def _store(app_data, count=COUNT):
    with app_data.db.session() as s:
        insert_dossiers(s, (dataclasses.replace(d, status=Status.DRAFT)
                            for d in generate_dossiers(count, seed=5)))
        s.commit()


def test_select_all_then_check_covers_every_matching_dossier(qtbot, app_data, monkeypatch):
    _store(app_data)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.show()
    # The matches are counted on the list reader's thread once the list is painted.
    qtbot.waitUntil(lambda: window.model.total is not None, timeout=10000)
    live = window.model.total  # the generator puts a few in the bin
    loaded = window.model.rowCount()
    assert loaded < live <= COUNT  # the list loads a page at a time
    table = window.ui.dossierTable
    table.setFocus()
    QTest.keyClick(table, Qt.Key_A, Qt.ControlModifier)  # the table's own select-all
    assert window.all_matching_selected()
    seen: list[tuple[int, int]] = []
    job = window.dossiers.check_selected()
    job._callbacks["progress"] = lambda done, total, _stage: seen.append((done, total))
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60000)
    assert shown and shown[0].startswith(f"Đã kiểm tra {live} hồ sơ:")
    assert seen and seen[-1] == (live, live)  # the bar moved through all of them
    assert window.model.rowCount() == loaded  # the list itself did not load everything

    # A filtered list: select all means the filter's matches.
    unit = window.model.row_at(0).unit_name
    window.ui.unitFilter.addItem(unit, unit)
    window.ui.unitFilter.setCurrentIndex(window.ui.unitFilter.count() - 1)
    qtbot.waitUntil(lambda: window.model.total is not None, timeout=10000)
    matching = window.model.total
    assert 0 < matching < live
    window.ui.actionSelectAll.trigger()
    assert f"{matching} hồ sơ khớp bộ lọc" in window.statusBar().currentMessage()
    job = window.dossiers.check_selected()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60000)
    assert shown[-1].startswith(f"Đã kiểm tra {matching} hồ sơ:")


def test_a_few_rows_selected_are_checked_alone(qtbot, app_data, monkeypatch):
    _store(app_data, 12)
    shown, details = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text())
                        or details.append(box.detailedText()) or 0)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.ui.dossierTable.selectRow(3)
    assert not window.all_matching_selected()
    job = window.dossiers.check_selected()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20000)
    assert shown[0].startswith("Đã kiểm tra 1 hồ sơ:")
    # Each finding in words, as the check table shows it: no rule's code "(SK-…)" after it.
    assert "   [" in details[0] and "(SK-" not in details[0]


def test_checking_everything_can_be_cancelled(qtbot, app_data, monkeypatch):
    _store(app_data)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.dossiers.select_all_matching()
    job = window.dossiers.check_selected()
    job.cancel()
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60000)
    assert job.was_cancelled and shown == []
    assert "Đã dừng kiểm tra" in window.statusBar().currentMessage()
