"""Papers drawn ahead: dossiers put into a nomination (or recognised) get the papers a package
of them carries drawn into the paper cache on a worker, so the export at the desk draws none;
the drawing stops with the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize

from sangkien_desktop.services.exchange import paper_render
from sangkien_desktop.services.exchange.paper_cache import PaperCache
from sangkien_desktop.services.nominating import nominations as noms
from tests.core.nomination_support import recognised_dossiers
from tests.core.test_nomination_package import CDCS
from tests.core.test_validation_support import MOT_TRIEU

from sangkien_desktop.gui import window_fit
from sangkien_desktop.gui.dialogs.send_package import package_work
from sangkien_desktop.gui.main_window import MainWindow
from sangkien_desktop.gui.operation import Changes, call_op
from sangkien_desktop.gui.papers_ahead import PaperDrawer

_DRAW_ONE = paper_render.draw_one


def _counting(monkeypatch) -> list[str]:
    drawn: list[str] = []

    def counting(kind, data):
        drawn.append(kind)
        return _DRAW_ONE(kind, data)

    monkeypatch.setattr(paper_render, "draw_one", counting)
    return drawn


def _window(qtbot, app_data) -> MainWindow:
    window_fit.set_screen(QSize(1366, 768))
    window = MainWindow(app_data)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.overview_panel.overview is not None, timeout=5000)
    return window


def _papers(app_data) -> set[str]:
    return {p.name for p in PaperCache.of(app_data.layout).folder.rglob("*.pdf")}


def test_nominated_dossiers_papers_are_drawn_ahead_and_the_export_draws_none(
        qtbot, app_data, monkeypatch):
    with app_data.db.session() as s:
        dossiers = recognised_dossiers(s, 3, store=app_data.layout.attachments, unit=CDCS)
        s.commit()
    window = _window(qtbot, app_data)
    drawn = _counting(monkeypatch)
    nomination = noms.new_nomination(app_data.campaigns[MOT_TRIEU], "Ban Thường vụ LĐLĐ huyện")
    nomination.items = [noms.NominationItem(d.uuid) for d in dossiers]
    saved = call_op(window, app_data, noms.save_nomination, nomination, app_data.campaigns,
                    title="x").result
    assert window._papers is not None
    qtbot.waitUntil(lambda: not window._papers.busy, timeout=60_000)
    # Each dossier's application and report, and the decision that recognised them.
    assert sorted(drawn) == sorted(["don-yeu-cau", "bao-cao-mo-ta"] * 3 + ["quyet-dinh"])
    assert len(_papers(app_data)) == 7
    # Sent: the dossiers' status moves, their papers stay the same.
    assert call_op(window, app_data, noms.mark_sent, saved.uuid, date=dt.date(2022, 5, 10),
                   title="x")
    qtbot.waitUntil(lambda: not window._papers.busy, timeout=60_000)
    drawn.clear()
    work = package_work(app_data, saved.uuid, app_data.layout.root / "goi.skpkg")
    while True:
        try:
            next(work)
        except StopIteration:
            break
    assert drawn == []  # every paper of the package came from the cache


def test_the_drawing_stops_with_the_window_and_skips_read_only_data(qtbot, app_data,
                                                                   monkeypatch):
    with app_data.db.session() as s:
        dossiers = recognised_dossiers(s, 4, store=app_data.layout.attachments, unit=CDCS)
        s.commit()
    window = _window(qtbot, app_data)
    nomination = noms.new_nomination(app_data.campaigns[MOT_TRIEU], "Ban Thường vụ LĐLĐ huyện")
    nomination.items = [noms.NominationItem(d.uuid) for d in dossiers]
    call_op(window, app_data, noms.save_nomination, nomination, app_data.campaigns, title="x")
    job = window._papers.job
    window.close()
    assert job.wait(0)  # the worker thread has ended
    held = _papers(app_data)
    qtbot.wait(300)
    assert _papers(app_data) == held  # nothing written after the window closed
    # On data that may only be read nothing is drawn.
    monkeypatch.setattr(type(app_data), "read_only", property(lambda self: True))
    other = _window(qtbot, app_data)
    drawer = PaperDrawer(other)
    drawer.ask(Changes(frozenset({"nomination_item"}), frozenset({("nomination", "x")})))
    assert drawer.job is None
