"""Every change to a dossier is in its history, whichever way it was written.

The writers of dossier rows are found in the source (``writers``); each has a scenario below
that runs it on real data, and ``logged`` fails when a dossier row appeared, changed or went
without a new history entry. A new way of writing dossiers fails the first test until it has a
scenario, so the spreadsheet import that wrote no history (issue 19) cannot come back. After
each, every dossier's kept check (services/dossiers/stored_checks.py) is due or right.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

import sangkien_desktop
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import AppData, open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.demo.demo_council import add_councils
from sangkien_desktop.services.demo.demo_dossiers import create_demo, generate_dossiers
from sangkien_desktop.services.dossiers import history, recycle_bin, workflow
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_as_copy, save_dossier
from sangkien_desktop.services.exchange import interchange, package_merge, packages, portal
from sangkien_desktop.services.exchange import spreadsheets as sp
from sangkien_desktop.services.exchange.import_plan import Resolution
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.settings import save_unit_profile
from sangkien_desktop.storage.models import DossierRow, HistoryRow
from tests.core.nomination_support import recognised_dossiers
from tests.core.stored_check_support import assert_checks_hold
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT, issue
from tests.core.test_nominations import _nomination
from tests.core.test_portal import _ready
from tests.core.test_xlsx_import import CAMPAIGNS, TODAY, _row, real_world_sheet

PACKAGE = Path(sangkien_desktop.__file__).parent
# Calls that write dossier rows; ``transition`` moves a status by an act (its callers log).
_ROW_WRITES = ("save_dossier", "insert_dossiers", "transition")


def writers() -> set[str]:
    """"module:function" of every function outside the GUI that writes dossier rows: it saves
    or bulk-inserts dossiers, runs an INSERT/UPDATE/DELETE on the dossier table, sets a
    dossier's ``deleted_at`` or deletes a row in services/dossiers."""
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "gui":
            continue
        module = ".".join(rel.with_suffix("").parts)
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(fn, ast.FunctionDef) and _writes(fn, rel.parts[:2] == ("services", "dossiers")):
                found.add(f"{module}:{fn.name}")
    return found


def _writes(fn: ast.FunctionDef, in_dossiers: bool) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            first = node.args[0] if node.args else None
            if name in _ROW_WRITES:
                return True
            if name in ("insert", "update", "delete") and isinstance(first, ast.Name) and (
                    first.id in ("DossierRow", "_DOSSIER")):
                return True
            if name == "delete" and in_dossiers and isinstance(f, ast.Attribute):
                return True  # session.delete(row)
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Attribute) and t.attr == "deleted_at" for t in node.targets):
            return True
        elif isinstance(node, ast.Assign) and in_dossiers and any(
                isinstance(t, ast.Attribute) and t.attr == "status" for t in node.targets):
            return True  # a status moved by an act (services/dossiers/workflow.py)
    return False


def _state(app: AppData) -> tuple[dict[str, tuple], Counter[str]]:
    with app.db.session() as s:
        rows = {r.uuid: tuple(r) for r in s.execute(select(DossierRow.__table__))}
        log = Counter(s.scalars(select(HistoryRow.entity_uuid).where(
            HistoryRow.entity_kind == history.DOSSIER)))
    return rows, log


@contextmanager
def logged(app: AppData) -> Iterator[None]:
    """Fails unless every dossier row the block adds, changes or deletes gets a new history
    entry (and unless the block changes at least one: a scenario that does nothing proves
    nothing)."""
    before, log_before = _state(app)
    yield
    after, log_after = _state(app)
    changed = {u for u in before.keys() | after.keys() if before.get(u) != after.get(u)}
    assert changed, "the scenario changed no dossier"
    silent = sorted(u for u in changed if log_after[u] <= log_before[u])
    assert not silent, f"{len(silent)} of {len(changed)} dossiers changed without history"
    with app.db.session() as s:  # and each dossier's kept check is due or right
        assert_checks_hold(s, app.campaigns)


def _app(tmp_path: Path, name: str) -> AppData:
    app = open_app_data(tmp_path / name)
    with app.db.session() as s:
        save_unit_profile(s, UNIT)
        s.commit()
    return app


def _entries(app: AppData, uuid: str) -> list[history.Entry]:
    with app.db.session() as s:
        return history.for_entity(s, history.DOSSIER, uuid)


# ---- scenarios: each runs one or more writers -----------------------------------------------
def editor(tmp_path: Path) -> None:
    app = _app(tmp_path, "editor")
    with logged(app), app.db.session() as s:
        d = save_dossier(s, Dossier(title="Máy bóc vỏ lạc"))
        save_dossier(s, dataclasses.replace(d, title="Máy bóc vỏ lạc cải tiến"))
        s.commit()
    # Another officer saved first: this one keeps their version as a dossier of its own.
    with logged(app), app.db.session() as s:
        copy = save_as_copy(s, dataclasses.replace(d, notes="bản của Hà"), user="Hà")
        s.commit()
    assert [e.action for e in _entries(app, copy.uuid)] == ["created"]


def spreadsheet(tmp_path: Path) -> None:
    app = _app(tmp_path, "xlsx")
    path = real_world_sheet(tmp_path / "ds.xlsx", [_row("Máy bóc vỏ lạc"), _row("Lò sấy")])
    with logged(app):
        assert unit_of_work.run(app, sp.import_xlsx, path, CAMPAIGNS, today=TODAY).created == 2
    with app.db.session() as s:
        uuid = s.scalar(select(DossierRow.uuid).where(DossierRow.title == "Lò sấy"))
    created, imported = _entries(app, uuid)
    assert created.action == "created" and created.changes["title"] == [None, "Lò sấy"]
    assert imported.action == "imported" and imported.changes == {"file": "ds.xlsx"}


def json_file(tmp_path: Path) -> None:
    source, target = _app(tmp_path, "a"), _app(tmp_path, "b")
    with source.db.session() as s:
        save_dossier(s, Dossier(title="Sổ tay an toàn"))
        s.commit()
        interchange.export_json(s, tmp_path / "ho-so.json")
    with logged(target):
        unit_of_work.run(target, interchange.import_json, tmp_path / "ho-so.json")


def package(tmp_path: Path) -> None:
    source, target = _app(tmp_path, "cdcs"), _app(tmp_path, "huyen")
    with source.db.session() as s:
        uuids = [d.uuid for d in make_dossiers(s)]
        s.commit()
        packages.export_package(s, source.layout.attachments, tmp_path / "goi.skpkg", uuids,
                                source.campaigns)
    with logged(target):  # added
        unit_of_work.run(target, package_merge.import_package, tmp_path / "goi.skpkg",
                         target.layout.attachments)
    for choice in (Resolution.TAKE_THEIRS, Resolution.KEEP_BOTH):
        with target.db.session() as s:
            d = get_dossier(s, uuids[0])
            save_dossier(s, dataclasses.replace(d, title=f"Sửa ở cấp trên ({choice})"))
            s.commit()
        with logged(target):
            unit_of_work.run(target, package_merge.import_package, tmp_path / "goi.skpkg",
                             target.layout.attachments, default=choice)


def council_decisions(tmp_path: Path) -> None:
    app = _app(tmp_path, "council")
    with app.db.session() as s:
        council = make_council(s)
        dossiers = make_dossiers(s)
        meeting = make_meeting(s, council, dossiers)
        s.commit()
    with logged(app), app.db.session() as s:
        issue(s, meeting, dossiers)
        s.commit()
    with logged(app), app.db.session() as s:
        decisions.new_version(s, dossiers[0].uuid)
        s.commit()


def nomination(tmp_path: Path) -> None:
    app = _app(tmp_path, "nominating")
    with app.db.session() as s:
        dossiers = recognised_dossiers(s, 2)
        saved = noms.save_nomination(s, _nomination(dossiers), app.campaigns)
        s.commit()
    with logged(app), app.db.session() as s:
        noms.mark_sent(s, saved.uuid, date=dt.date(2022, 5, 10))
        s.commit()


def acts(tmp_path: Path) -> None:
    """The officer's own acts on the status, and the undoing of one (domain/workflow.py)."""
    app = _app(tmp_path, "acts")
    with app.db.session() as s:
        draft = save_dossier(s, Dossier(title="Máy bóc vỏ lạc"))
        dossiers = recognised_dossiers(s, 2)
        sent = noms.mark_sent(s, noms.save_nomination(s, _nomination(dossiers), app.campaigns).uuid,
                              date=dt.date(2022, 5, 10))
        portal.mark_entered(s, dossiers[0].uuid, dt.date(2022, 5, 12))
        s.commit()
    with logged(app), app.db.session() as s:
        workflow.submit(s, draft.uuid)
        s.commit()
    with logged(app), app.db.session() as s:
        workflow.withdraw_submission(s, draft.uuid, "Bổ sung số liệu")
        s.commit()
    with logged(app), app.db.session() as s:
        portal.withdraw_entry(s, dossiers[0].uuid, "Đánh dấu nhầm")
        s.commit()
    with logged(app), app.db.session() as s:
        noms.withdraw_nomination(s, sent.uuid, "Cấp trên trả lại")
        s.commit()


def portal_outbox(tmp_path: Path) -> None:
    app = _app(tmp_path, "portal")
    with app.db.session() as s:
        council = make_council(s)
        dossiers = [save_dossier(s, _ready(d)) for d in make_dossiers(s)]
        issue(s, make_meeting(s, council, dossiers), dossiers)
        s.commit()
    good = dossiers[0].uuid
    with logged(app), app.db.session() as s:
        portal.mark_entered(s, good, dt.date(2022, 4, 2), "TN-2022-0457")
        s.commit()
    with logged(app), app.db.session() as s:
        portal.mark_result(s, good, portal.RETURNED, "Thiếu bản chụp quyết định")
        s.commit()


def recycle(tmp_path: Path) -> None:
    app = _app(tmp_path, "bin")
    with app.db.session() as s:
        a, b, c = (save_dossier(s, Dossier(title=t)) for t in ("A", "B", "C"))
        s.commit()
    for step in (lambda s: recycle_bin.move_to_bin(s, a.uuid),
                 lambda s: recycle_bin.restore(s, a.uuid),
                 lambda s: (recycle_bin.move_to_bin(s, a.uuid), recycle_bin.purge(s, a.uuid)),
                 lambda s: (recycle_bin.move_to_bin(s, b.uuid), recycle_bin.empty_bin(s))):
        with logged(app), app.db.session() as s:
            step(s)
            s.commit()
    assert [e.action for e in _entries(app, a.uuid)] == [
        "created", "binned", "restored", "binned", "purged"]


def demo(tmp_path: Path) -> None:
    app = _app(tmp_path, "demo")
    with logged(app), app.db.session() as s:
        create_demo(s, 300, seed=3)
        s.commit()
    # The councils' records through the services, one at a time (what the bulk store is
    # compared with in test_demo_council.py).
    services = _app(tmp_path, "demo-services")
    with services.db.session() as s:
        insert_dossiers(s, generate_dossiers(80, seed=5))
        s.commit()
    with logged(services), services.db.session() as s:
        add_councils(s, seed=5, bulk=False)
        s.commit()
    with app.db.session() as s:  # the dossiers set back to "submitted" say so, compactly
        settled = [h for h in s.scalars(select(HistoryRow).where(HistoryRow.action == "updated"))
                   if set(json.loads(h.changes_json)) == {"notes", "status"}]
    assert settled and all(isinstance(h.at, dt.datetime) for h in settled)
    assert "submitted" in {json.loads(h.changes_json)["status"][1] for h in settled}


def erasure(tmp_path: Path) -> None:
    from sangkien_desktop.domain.personal_data import PersonQuery
    from sangkien_desktop.services.dossiers import personal_data
    from tests.core.privacy_support import CCCD, make_world

    world = make_world(tmp_path / "erasure")
    with world.app.db.session() as s:
        report = personal_data.find_person(s, PersonQuery(cccd=CCCD))
    with logged(world.app), world.app.db.session() as s:  # a frozen dossier is redacted too
        personal_data.erase_person(s, report, reason="Theo yêu cầu",
                                   chosen={o.key for o in report.occurrences})
        s.commit()


SCENARIOS: dict[str, tuple[Callable[[Path], None], frozenset[str]]] = {
    "editor": (editor, frozenset({"services.dossiers.saving:save_dossier",
                                  "services.dossiers.saving:save_as_copy"})),
    "spreadsheet": (spreadsheet, frozenset({
        "services.exchange.spreadsheets:import_xlsx", "services.dossiers.bulk:insert_dossiers",
        "services.dossiers.bulk:flush"})),
    "json": (json_file, frozenset({"services.exchange.interchange:import_dossiers"})),
    "package": (package, frozenset({"services.exchange.package_merge:save",
                                     "services.exchange.package_merge:add_dossiers"})),
    "decisions": (council_decisions, frozenset({
        "services.council.decisions:issue_decision", "services.council.decisions:new_version"})),
    "nomination": (nomination, frozenset({"services.nominating.nominations:mark_sent"})),
    "acts": (acts, frozenset({
        "services.dossiers.workflow:transition", "services.dossiers.workflow:submit",
        "services.dossiers.workflow:withdraw_submission",
        "services.nominating.nominations:withdraw_nomination",
        "services.exchange.portal:withdraw_entry"})),
    "portal": (portal_outbox, frozenset({
        "services.exchange.portal:mark_entered", "services.exchange.portal:mark_result"})),
    "bin": (recycle, frozenset({
        "services.dossiers.recycle_bin:move_to_bin", "services.dossiers.recycle_bin:restore",
        "services.dossiers.recycle_bin:purge", "services.dossiers.recycle_bin:empty_bin"})),
    "erasure": (erasure, frozenset({"services.dossiers.personal_data:_redact"})),
    "demo": (demo, frozenset({
        "services.demo.demo_dossiers:create_demo", "services.demo.demo_council:settle_undecided",
        "services.demo.demo_council_store:submit",
        "services.demo.demo_council_store:renote", "services.demo.demo_council_store:correct",
        "services.demo.demo_council_store:finish",
        "services.demo.demo_council_store:_write_changes"})),
}


def test_every_writer_of_dossiers_has_a_scenario():
    covered = set().union(*(names for _run, names in SCENARIOS.values()))
    found = writers()
    assert found - covered == set(), "a new way of writing dossiers: add a scenario below"
    assert covered - found == set(), "a scenario names a writer that is gone"


def test_the_writer_scan_sees_a_hidden_write(tmp_path, monkeypatch):
    module = tmp_path / "sangkien_desktop" / "services" / "sneaky.py"
    module.parent.mkdir(parents=True)
    module.write_text("def f(s):\n    s.execute(update(DossierRow).values(notes=''))\n"
                      "def g(s, row):\n    row.deleted_at = None\n", encoding="utf-8")
    monkeypatch.setattr(sangkien_desktop, "__file__", str(module.parents[1] / "__init__.py"))
    monkeypatch.setitem(globals(), "PACKAGE", module.parents[1])
    assert writers() == {"services.sneaky:f", "services.sneaky:g"}


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_writer_records_history(tmp_path, name):
    run, _writers = SCENARIOS[name]
    run(tmp_path)
