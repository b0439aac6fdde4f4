"""The list's reader: pages on the GUI thread, longer reads on its worker, the newest of a kind
wins; the window's count of matches comes after the first page without holding it up."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.list_query import PAGE_SIZE

from sangkien_desktop.gui.main_window import MainWindow
from sangkien_desktop.gui.models.dossier_table import FIRST_PAGE
from sangkien_desktop.gui.models.list_reader import ListReader


def test_only_the_newest_read_of_a_kind_comes_back(qtbot, app_data):
    reader = ListReader(app_data.db.path)
    started, release = threading.Event(), threading.Event()
    got = []

    def slow(conn):
        started.set()
        release.wait(5)
        return "old"

    reader.later("count", slow, got.append)
    assert started.wait(5)
    reader.later("count", lambda conn: conn.execute("SELECT count(*) FROM dossier").fetchone()[0],
                 got.append)
    reader.later("units", lambda conn: "units", got.append)
    release.set()
    qtbot.waitUntil(lambda: not reader.busy(), timeout=5000)
    assert sorted(map(str, got)) == ["0", "units"]  # "old" was replaced before it came back
    reader.close()


def test_the_count_follows_the_first_page(qtbot, app_data):
    count = FIRST_PAGE + PAGE_SIZE + 5
    with app_data.db.session() as session:
        insert_dossiers(session, (Dossier(title=f"Sáng kiến {i}") for i in range(count)))
        session.commit()
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    assert window.model.rowCount() == FIRST_PAGE  # the first page, at once
    assert window.model.total is None and not window.model.reader.busy()  # counted after the paint
    window.show()
    qtbot.waitUntil(lambda: window.count_label.text() == f"{count} hồ sơ", timeout=5000)
    assert window.model.total == count
    for _ in range(3):  # each scroll to the end fetches the next page
        window.ui.dossierTable.scrollToBottom()
        QApplication.processEvents()
    qtbot.waitUntil(lambda: window.model.rowCount() == count, timeout=5000)
