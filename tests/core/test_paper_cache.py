"""Papers drawn once: a package reuses the papers its dossiers had while their data is the same,
draws the others (in worker processes for a big batch, the same bytes as drawn here), keeps
the cache within its size, and forgets purged dossiers' papers."""

from __future__ import annotations

import dataclasses
import os
import zipfile

import pytest

from sangkien_desktop.documents.data import DossierPaper
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import packages, paper_render
from sangkien_desktop.services.exchange.paper_cache import PaperCache, paper_key, renderer_version
from sangkien_desktop.services.settings import save_unit_profile, unit_profile


@pytest.fixture
def app(tmp_path):
    data = open_app_data(tmp_path / "data")
    with data.db.session() as s:
        for d in generate_dossiers(4, seed=8):
            save_dossier(s, dataclasses.replace(d, deleted_at=None), imported=True)
        s.commit()
    yield data
    data.close()


def uuids(app) -> list[str]:
    from sqlalchemy import select

    from sangkien_desktop.storage.models import DossierRow

    with app.db.session() as s:
        return list(s.scalars(select(DossierRow.uuid).order_by(DossierRow.id)))


_DRAW_ONE = paper_render.draw_one


def export(app, out, papers, counted: list[str], monkeypatch):
    def counting(kind, data):
        counted.append(data.dossier.uuid)
        return _DRAW_ONE(kind, data)

    monkeypatch.setattr(paper_render, "draw_one", counting)
    with app.db.session() as s:
        packages.export_package(s, app.layout.attachments, out, uuids(app), app.campaigns,
                                papers=papers)
    with zipfile.ZipFile(out) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("documents/")}


def test_a_second_export_draws_only_the_changed_dossier(app, tmp_path, monkeypatch):
    papers = PaperCache.of(app.layout)
    drawn: list[str] = []
    first = export(app, tmp_path / "a.skpkg", papers, drawn, monkeypatch)
    assert sorted(drawn) == sorted(uuids(app)) and len(first) == 4
    drawn.clear()
    assert export(app, tmp_path / "b.skpkg", papers, drawn, monkeypatch) == first
    assert drawn == []
    changed = uuids(app)[1]
    with app.db.session() as s:
        d = get_dossier(s, changed)
        save_dossier(s, dataclasses.replace(d, description_novelty=d.description_novelty + " Mới."))
        s.commit()
    third = export(app, tmp_path / "c.skpkg", papers, drawn, monkeypatch)
    assert drawn == [changed]
    assert [n for n in first if first[n] != third[n]] == [f"documents/{changed}/bao-cao-mo-ta.pdf"]
    # One paper per dossier and kind: the old one of the changed dossier was replaced.
    assert len(list(papers.folder.rglob("*.pdf"))) == 4
    # The unit's name is printed on every report: a new name draws them all again.
    with app.db.session() as s:
        save_unit_profile(s, dataclasses.replace(unit_profile(s), unit_name="Công đoàn cơ sở Mới"))
        s.commit()
    drawn.clear()
    export(app, tmp_path / "d.skpkg", papers, drawn, monkeypatch)
    assert sorted(drawn) == sorted(uuids(app))


def test_without_a_cache_every_export_draws(app, tmp_path, monkeypatch):
    drawn: list[str] = []
    export(app, tmp_path / "a.skpkg", None, drawn, monkeypatch)
    export(app, tmp_path / "b.skpkg", None, drawn, monkeypatch)
    assert len(drawn) == 8


def test_the_key_covers_everything_the_writer_is_given(app):
    with app.db.session() as s:
        d = get_dossier(s, uuids(app)[0])
        paper = DossierPaper(dossier=d, unit=unit_profile(s))
    key = paper_key("bao-cao-mo-ta", paper)
    assert key == paper_key("bao-cao-mo-ta", dataclasses.replace(paper))
    assert key != paper_key("don-yeu-cau", paper)
    for changed in (dataclasses.replace(paper, addressed_to="Hội đồng"),
                    dataclasses.replace(paper, dossier=dataclasses.replace(d, title="Khác")),
                    dataclasses.replace(paper, unit=dataclasses.replace(paper.unit, level="x"))):
        assert paper_key("bao-cao-mo-ta", changed) != key
    # What the dossier's record keeps of its own keeping is printed on no paper: a dossier
    # nominated (its status moved, saved again) keeps its papers.
    kept = dataclasses.replace(d, status="nominated", revision=d.revision + 1, updated_by="B",
                               updated_at=(d.updated_at or d.created_at).replace(year=2031))
    assert paper_key("bao-cao-mo-ta", dataclasses.replace(paper, dossier=kept)) == key
    for kind in ("bao-cao-mo-ta", "don-yeu-cau"):  # the same bytes, drawn from either
        assert paper_render.draw_one(kind, paper) == paper_render.draw_one(
            kind, dataclasses.replace(paper, dossier=kept))


def test_forget_trim_and_a_new_renderer(tmp_path):
    cache = PaperCache(tmp_path / "papers", version="v1", max_bytes=2500)
    for n, owner in enumerate(("aa11", "aa22", "bb33")):
        cache.put(owner, "bao-cao-mo-ta", f"{n}" * 64, bytes(1000))
        os.utime(cache._path(owner, "bao-cao-mo-ta", f"{n}" * 64), (1000 + n, 1000 + n))
    assert cache.get("aa22", "bao-cao-mo-ta", "1" * 64) == bytes(1000)  # used now
    cache.trim()  # 3,000 bytes > 2,500: the least recently used goes
    assert cache.get("aa11", "bao-cao-mo-ta", "0" * 64) is None
    assert cache.get("bb33", "bao-cao-mo-ta", "2" * 64) is not None
    cache.forget(["aa22"])
    assert cache.get("aa22", "bao-cao-mo-ta", "1" * 64) is None
    newer = PaperCache(tmp_path / "papers", version="v2")
    assert newer.get("bb33", "bao-cao-mo-ta", "2" * 64) is None
    newer.trim()
    assert [p.name for p in (tmp_path / "papers").iterdir()] == []  # v1 removed, v2 empty
    assert len(renderer_version()) == 16


def test_workers_draw_the_same_papers_as_here(app):
    with app.db.session() as s:
        profile = unit_profile(s)
        jobs = [("bao-cao-mo-ta", DossierPaper(dossier=get_dossier(s, u), unit=profile))
                for u in uuids(app)[:2]]
    here = paper_render.draw(jobs, workers=0)
    there = paper_render.draw(jobs, workers=2)
    assert list(_run(here)) == list(_run(there))
    assert paper_render.workers_for(5) == 0


def test_a_big_batch_gets_a_worker_fewer_than_the_cores(monkeypatch):
    """This process draws too: on two cores one worker is started, on one core none."""
    for cpus, workers in ((1, 0), (2, 1), (4, 3), (16, paper_render.MAX_WORKERS)):
        monkeypatch.setattr(paper_render.os, "cpu_count", lambda cpus=cpus: cpus)
        assert paper_render.workers_for(1000) == workers
        assert paper_render.workers_for(paper_render.PARALLEL_FROM - 1) == 0


def _jobs(app, count: int) -> list:
    with app.db.session() as s:
        profile = unit_profile(s)
        papers = [DossierPaper(dossier=get_dossier(s, u), unit=profile) for u in uuids(app)]
    return [("bao-cao-mo-ta", papers[n % len(papers)]) for n in range(count)]


def test_this_process_draws_beside_the_workers_from_the_end(app, monkeypatch):
    jobs = _jobs(app, 40)
    here = _run(paper_render.draw(jobs, workers=0))
    drawn_here = []

    def counting(kind, data):  # only this process's drawing is counted: workers are spawned
        drawn_here.append(1)
        return _DRAW_ONE(kind, data)

    monkeypatch.setattr(paper_render, "draw_one", counting)
    drawing = paper_render.draw(jobs, workers=1)
    steps, drawn = _steps(drawing)
    assert drawn == here
    assert 0 < len(drawn_here) < len(jobs)
    assert steps == sorted(steps) and steps[-1] == len(jobs)


class _BrokenPool:
    """An executor whose workers died: every paper handed over fails."""

    def __init__(self, *_args):
        self.shut = False

    def submit(self, fn, *args):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        future = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future

    def shutdown(self, wait=True, cancel_futures=False):
        self.shut = True


def test_papers_are_drawn_here_when_no_worker_can_start_or_one_dies(app, monkeypatch):
    jobs = _jobs(app, 30)
    here = _run(paper_render.draw(jobs, workers=0))

    def refused(_workers):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(paper_render, "_executor", refused)
    assert _run(paper_render.draw(jobs, workers=2)) == here
    pools = []
    monkeypatch.setattr(paper_render, "_executor", lambda n: pools.append(_BrokenPool()) or pools[-1])
    drawing = paper_render.draw(jobs, workers=2)
    steps, drawn = _steps(drawing)
    assert drawn == here
    assert steps == list(range(1, len(jobs) + 1)) and pools[0].shut


def _steps(gen) -> tuple[list, object]:
    """What the generator yielded, and what it returned."""
    steps = []
    while True:
        try:
            steps.append(next(gen))
        except StopIteration as stop:
            return steps, stop.value


def _run(gen):
    return _steps(gen)[1]


def test_closing_the_drawing_stops_the_workers(app):
    with app.db.session() as s:
        profile = unit_profile(s)
        paper = DossierPaper(dossier=get_dossier(s, uuids(app)[0]), unit=profile)
    drawing = paper_render.draw([("bao-cao-mo-ta", paper)] * 40, workers=2)
    assert next(drawing) == 1
    drawing.close()  # a cancel: the papers not started are dropped, nothing raises
    with pytest.raises(StopIteration):
        next(drawing)


def test_a_cancelled_export_with_workers_leaves_no_package(tmp_path, monkeypatch):
    """Cancel from the window closes the export's generator while workers draw: the papers not
    started are dropped, nothing is written under the package's name."""
    monkeypatch.setattr(paper_render, "PARALLEL_FROM", 24)
    data = open_app_data(tmp_path / "big")
    try:
        with data.db.session() as s:
            for d in generate_dossiers(paper_render.PARALLEL_FROM + 6, seed=9):
                save_dossier(s, dataclasses.replace(d, deleted_at=None), imported=True)
            s.commit()
        out = tmp_path / "goi.skpkg"
        with data.db.session() as s:
            steps = packages.iter_export_package(s, data.layout.attachments, out, uuids(data),
                                                 data.campaigns, papers=PaperCache.of(data.layout))
            first = next(steps)
            assert first.stage == "documents"
            steps.close()
        assert not out.exists() and not list(tmp_path.glob(".goi.skpkg.*"))
    finally:
        data.close()


def test_a_first_export_starts_its_workers_before_reading_the_dossiers(app, tmp_path,
                                                                        monkeypatch):
    """Workers load while the dossiers are read when most have no paper in the cache; the
    drawing uses them (no second start) and the papers are those drawn here. A second export,
    its papers in the cache, starts none."""
    monkeypatch.setattr(paper_render, "PARALLEL_FROM", 4)
    monkeypatch.setattr(paper_render.os, "cpu_count", lambda: 2)
    events: list[str] = []
    executor = paper_render._executor
    monkeypatch.setattr(paper_render, "_executor",
                        lambda n: events.append(f"workers {n}") or executor(n))
    dossiers = packages._dossiers
    monkeypatch.setattr(packages, "_dossiers", lambda *a: events.append("read") or dossiers(*a))
    here = {}
    with monkeypatch.context() as m:
        m.setattr(paper_render, "PARALLEL_FROM", 1 << 30)
        here = export(app, tmp_path / "here.skpkg", None, [], monkeypatch)
    papers = PaperCache.of(app.layout)
    events.clear()
    assert export(app, tmp_path / "a.skpkg", papers, [], monkeypatch) == here
    assert events == ["workers 1", "read"]
    assert papers.owners_held(uuids(app)) == set(uuids(app))
    events.clear()
    assert export(app, tmp_path / "b.skpkg", papers, [], monkeypatch) == here
    assert events == ["read"]


def test_workers_started_early_are_let_go_when_the_export_fails(app, tmp_path, monkeypatch):
    monkeypatch.setattr(paper_render, "PARALLEL_FROM", 4)
    monkeypatch.setattr(paper_render.os, "cpu_count", lambda: 2)
    pools: list[_Pool] = []

    class _Idle(paper_render.Workers):
        def __init__(self, count):  # no process: what matters is that it is let go
            self.count, self.executor = count, _Pool()
            pools.append(self.executor)

    class _Pool:
        shut = False

        def shutdown(self, wait=True, cancel_futures=False):
            self.shut = True

    monkeypatch.setattr(paper_render, "Workers", _Idle)

    def broken(*_args):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(packages, "_dossiers", broken)
    with pytest.raises(OSError), app.db.session() as s:
        packages.export_package(s, app.layout.attachments, tmp_path / "x.skpkg", uuids(app),
                                app.campaigns, papers=PaperCache.of(app.layout))
    assert len(pools) == 1 and pools[0].shut


class _DiesInAWorker(DossierPaper):
    """A paper that ends the worker process it is handed to (as the system ending a worker
    would), and draws as any other here."""

    def __reduce__(self):
        return (os._exit, (3,))


def test_a_worker_that_dies_mid_batch_leaves_its_papers_to_this_process(app, monkeypatch):
    """The batch comes back whole and the same; the pool's own thread fails on nothing (no
    chunk handed to a worker is ever cancelled: Python 3.11's pool trips over one when a
    worker dies, and may leave the others unanswered)."""
    import threading

    jobs = _jobs(app, 40)
    here = _run(paper_render.draw(jobs, workers=0))
    kind, data = jobs[0]
    jobs[0] = (kind, _DiesInAWorker(**{f.name: getattr(data, f.name)
                                       for f in dataclasses.fields(data)}))
    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    assert _run(paper_render.draw(jobs, workers=1)) == here
    assert failures == []


@pytest.mark.parametrize("workers", [0, 1])
def test_each_paper_is_kept_as_it_comes(app, workers):
    """The export puts each paper into the cache while the others are drawn (not all after
    the last): draw tells ``keep`` each one as it is drawn here or handed back."""
    jobs = _jobs(app, 24)
    kept: dict[int, bytes] = {}
    drawing = paper_render.draw(jobs, workers, lambda n, paper: kept.__setitem__(n, paper))
    first = next(drawing)
    assert len(kept) == first
    papers = _run(drawing)
    assert [kept[n] for n in range(len(jobs))] == papers
