"""The check kept with each dossier (services/dossiers/stored_checks.py, the table of
storage/dossier_summary.py): on demo data it says what checking each dossier one by one says;
it follows a save, an acknowledgement, the bin, a decision, a programme file changed and the
day a rule's answer changes; the list's check filters and the overview read it; a database of
the previous schema gets it when upgraded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.validation import Acknowledgement, check_dossier
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers import checks, recycle_bin, stored_checks
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    count_dossiers,
    list_dossiers,
)
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.overview import overview
from sangkien_desktop.services.settings import save_unit_profile
from sangkien_desktop.storage.migrations import SUMMARY_STEP
from sangkien_desktop.storage.models import DossierSummaryRow
from tests.core.stored_check_support import assert_checks_hold, kept, one_by_one

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
PREVIOUS = SUMMARY_STEP - 1  # the schema the step that made the table upgrades from


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    app = open_app_data(tmp_path_factory.mktemp("kept") / "data")
    with app.db.session() as s:
        create_demo(s, 300, seed=11, campaigns=app.campaigns)
        s.commit()
    yield app
    app.close()


def test_the_kept_checks_say_what_checking_each_dossier_says(demo):
    with demo.db.session() as s:
        shown = [r.uuid for r in list_dossiers(s, DossierQuery(), limit=None)]
        each = {uuid: one_by_one(s, demo.campaigns, uuid) for uuid in shown}
        with_errors = {u for u, (e, _w) in each.items() if e}
        with_warnings = {u for u, (_e, w) in each.items() if w}
        assert 0 < len(with_errors) < len(shown) and 0 < len(with_warnings) < len(shown)
        for uuid in shown:
            assert kept(s, uuid) == (*each[uuid], 0), uuid
        found = overview(s, demo.campaigns)
        assert (found.with_errors, found.open_warnings, found.checks_due) == (
            len(with_errors), len(with_warnings), 0)
        # Clicking either count filters the list to exactly those dossiers.
        for check, expected in (("errors", with_errors), ("warnings", with_warnings)):
            q = DossierQuery(check=check)
            assert {r.uuid for r in list_dossiers(s, q, limit=None)} == expected
            assert count_dossiers(s, q) == len(expected)
            page = list_dossiers(s, q, limit=20)  # a page, in the list's order
            assert [r.uuid for r in page] == [u for u in shown if u in expected][:20]


def test_an_acknowledgement_counts_at_once_and_the_bin_moves_the_counts(demo):
    with demo.db.session() as s:
        before = overview(s, demo.campaigns)
        uuid = next(r.uuid for r in list_dossiers(s, DossierQuery(check="warnings"), limit=None)
                    if one_by_one(s, demo.campaigns, r.uuid)[1] == 1)
        dossier = get_dossier(s, uuid)
        ctx = checks.context_for(s, dossier, None, with_duplicates=False)
        [warning] = check_dossier(dossier, checks.campaign_of(dossier, demo.campaigns),
                                  ctx).warnings
        checks.acknowledge(s, uuid, Acknowledgement.of(
            warning, by="Nguyễn Văn Kiểm", on=dt.date(2025, 12, 1), reason="Đã xem"))
        assert kept(s, uuid)[1] == 0  # counted again at once, without the programme
        assert overview(s, demo.campaigns).open_warnings == before.open_warnings - 1
        stored_checks.refresh(s, demo.campaigns)  # and the check done again agrees
        assert kept(s, uuid)[1:] == (0, 0) and one_by_one(s, demo.campaigns, uuid)[1] == 0
        checks.forget(s, uuid, checks.acknowledgements(s, uuid))
        assert kept(s, uuid)[1] == 1
        # The bin: out of the counts and of the filtered list at once (a trigger), and back.
        erroneous = next(r.uuid for r in list_dossiers(  # not a correction: its old version
            s, DossierQuery(check="errors", status="draft"), limit=None) if r.version == 1)
        recycle_bin.move_to_bin(s, erroneous)
        assert overview(s, demo.campaigns).with_errors == before.with_errors - 1
        assert erroneous not in {r.uuid for r in list_dossiers(s, DossierQuery(check="errors"),
                                                                 limit=None)}
        assert erroneous in {r.uuid for r in list_dossiers(
            s, DossierQuery(check="errors", in_bin=True), limit=None)}
        s.rollback()


def test_a_save_makes_the_check_due_and_the_refresh_follows_it(demo):
    with demo.db.session() as s:
        clean = next(r for r in list_dossiers(s, DossierQuery(status="draft"), limit=None)
                     if one_by_one(s, demo.campaigns, r.uuid)[0] == 0)
        dossier = get_dossier(s, clean.uuid)
        save_dossier(s, dataclasses.replace(dossier, authors=[]))  # no author: an error
        assert kept(s, clean.uuid)[2] > 0  # due, by the trigger on the dossier
        assert overview(s, demo.campaigns).checks_due == 1
        assert stored_checks.refresh_dossiers(s, demo.campaigns, [clean.uuid]) == 1
        assert kept(s, clean.uuid) == (*one_by_one(s, demo.campaigns, clean.uuid), 0)
        assert kept(s, clean.uuid)[0] >= 1
        s.rollback()


def test_a_check_made_before_a_later_change_stays_due(demo):
    with demo.db.session() as s:
        uuid = list_dossiers(s, DossierQuery(), limit=1)[0].uuid
        dossier_id, = s.execute(text("SELECT id FROM dossier WHERE uuid = :u"), {"u": uuid}).one()
        s.execute(text("UPDATE dossier_summary SET due = 1 WHERE dossier_id = :i"),
                  {"i": dossier_id})
        read = [(dossier_id, 1)]  # what a refresh read, before …
        s.execute(text("UPDATE author SET phone = '0912' WHERE dossier_id = :i"),
                  {"i": dossier_id})  # … a change came (a save on another thread)
        stamps = stored_checks.Stamps(demo.campaigns)
        stored_checks.check_batch(s, demo.campaigns, stamps, read, dt.date.today())
        assert kept(s, uuid)[2] > 1  # not cleared: the change is checked next time
        stored_checks.refresh(s, demo.campaigns)
        assert kept(s, uuid)[2] == 0
        s.rollback()


def test_a_decision_makes_the_check_due_and_dates_the_recognition(demo):
    with demo.db.session() as s:
        submitted = list_dossiers(s, DossierQuery(status="submitted"), limit=1)[0]
        decisions.issue_decision(s, Decision(date=dt.date(2025, 12, 18), items=[
            DecisionItem(submitted.uuid, Outcome.RECOGNISED)]))
        row = s.execute(text(
            "SELECT s.due, s.recognised_on, s.status FROM dossier_summary AS s "
            "JOIN dossier AS d ON d.id = s.dossier_id WHERE d.uuid = :u"),
            {"u": submitted.uuid}).one()
        assert row[0] > 0 and row[1] == "2025-12-18" and row[2] == "recognised"
        stored_checks.refresh(s, demo.campaigns)
        assert kept(s, submitted.uuid) == (*one_by_one(s, demo.campaigns, submitted.uuid), 0)
        s.rollback()


def test_a_programme_file_changed_makes_its_dossiers_checks_due(tmp_path):
    app = open_app_data(tmp_path / "d")
    try:
        campaign = app.campaigns["cong-nhan-cap-co-so"]
        with app.db.session() as s:
            create_demo(s, 40, seed=3, councils=False, campaigns=app.campaigns)
            s.commit()
            assert stored_checks.prepare(s, app.campaigns) == 0
            ours = s.execute(text("SELECT count(*) FROM dossier_summary WHERE campaign_id = :c"),
                             {"c": campaign.id}).scalar_one()
            assert ours > 0
            s.commit()
        raw = dict(campaign.raw, version=campaign.version + ".1")
        raw.setdefault("validation", {})["severity"] = {"SK-DESC-INCOMPLETE": "off"}
        (app.layout.campaigns / f"{campaign.id}.json").write_text(
            json.dumps(raw, ensure_ascii=False, default=str), encoding="utf-8")
        app.reload_campaigns()
        with app.db.session() as s:
            assert stored_checks.prepare(s, app.campaigns) == ours
            stored_checks.refresh(s, app.campaigns)
            for r in list_dossiers(s, DossierQuery(campaign_id=campaign.id), limit=None):
                assert kept(s, r.uuid) == (*one_by_one(s, app.campaigns, r.uuid), 0)
            assert stored_checks.prepare(s, app.campaigns) == 0
    finally:
        app.close()


def test_a_check_that_depends_on_the_day_is_done_again_on_that_day(db):
    from sangkien_desktop.services.catalog import load_campaigns

    campaigns = load_campaigns()
    today, soon = dt.date(2025, 6, 1), dt.date(2025, 6, 20)
    with db.session() as s:
        d = save_dossier(s, Dossier(
            title="Bộ gá hàn ống", unit_name="Xưởng Cơ khí", campaign_id="cong-nhan-cap-co-so",
            first_applied_on=soon,
            authors=[Author(full_name="Trần Văn An", birth_date=dt.date(1980, 1, 2))]))
        stored_checks.refresh(s, campaigns, today=today)
        errors_before = kept(s, d.uuid)[0]
        assert errors_before == one_by_one(s, campaigns, d.uuid, today)[0]
        until = s.scalar(select(DossierSummaryRow.valid_until))
        assert until == soon
        assert stored_checks.prepare(s, campaigns, today=soon - dt.timedelta(days=1)) == 0
        assert stored_checks.prepare(s, campaigns, today=soon) == 1
        stored_checks.refresh(s, campaigns, today=soon)
        assert kept(s, d.uuid)[0] == errors_before - 1  # no longer "applied in the future"
        assert kept(s, d.uuid)[0] == one_by_one(s, campaigns, d.uuid, soon)[0]


def test_the_previous_schema_gets_its_summary_when_upgraded_and_the_checks_when_asked(tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    shutil.copy(FIXTURES / f"schema-{PREVIOUS}.sqlite3", root / "sangkien.sqlite3")
    app = open_app_data(root)
    try:
        with app.db.session() as s:
            rows = s.execute(text(
                "SELECT d.uuid, s.status = d.status, s.live, s.listed, s.recognised_on, s.due "
                "FROM dossier AS d JOIN dossier_summary AS s ON s.dossier_id = d.id "
                "ORDER BY d.id")).all()
            total = s.execute(text("SELECT count(*) FROM dossier")).scalar_one()
            assert len(rows) == total == 3
            by_uuid = {r[0]: r[1:] for r in rows}
            d1, d2, d3 = (f"0a5b6c7d-1111-4a2b-8c3d-00000000000{i}" for i in (1, 2, 3))
            # Recognised by the fixture's decision; every check due, done when first asked
            # (the window's overview on a worker, ``sangkien overview``), not in the upgrade.
            assert by_uuid[d1] == (1, 1, 1, "2022-03-22", 1)
            assert by_uuid[d3][1:3] == (0, 0)  # in the bin
            assert all(row[-1] == 1 for row in rows)
        assert app.refresh_checks() == 3
        with app.db.session() as s:
            for uuid in (d1, d2, d3):
                assert kept(s, uuid) == (*one_by_one(s, app.campaigns, uuid), 0)
    finally:
        app.close()


def test_the_summary_follows_every_kind_of_change_on_either_engine(db):
    """Saves, a council's decision, a correction (the recognised version leaves the list), the
    bin and a purge, on SQLite and on a server: the summary rows follow at once (triggers), the
    checks are due or right, and a refresh makes every one right."""
    from sangkien_desktop.services.catalog import load_campaigns
    from tests.core.test_councils import make_council, make_dossiers, make_meeting
    from tests.core.test_decisions import UNIT, issue

    campaigns = load_campaigns()
    with db.session() as s:
        save_unit_profile(s, UNIT)
        good, weak = make_dossiers(s)
        assert_checks_hold(s, campaigns)
        issue(s, make_meeting(s, make_council(s), [good, weak]), [good, weak])
        assert_checks_hold(s, campaigns)
        correction = decisions.new_version(s, good.uuid)
        recycle_bin.move_to_bin(s, weak.uuid)
        spare = save_dossier(s, Dossier(title="Khay đựng dụng cụ", unit_name="Tổ bảo trì"))
        assert_checks_hold(s, campaigns)
        listed = {r.uuid for r in list_dossiers(s, DossierQuery(), limit=None)}
        assert listed == {correction.uuid, spare.uuid}  # the recognised version is old now
        assert overview(s, campaigns).total == 2
        recycle_bin.move_to_bin(s, correction.uuid)  # the recognised version is listed again
        recycle_bin.purge(s, correction.uuid)
        stored_checks.refresh(s, campaigns)
        assert assert_checks_hold(s, campaigns) == 3  # every dossier compared: none due
        assert {r.uuid for r in list_dossiers(s, DossierQuery(), limit=None)} == {
            good.uuid, spare.uuid}
        s.commit()


def test_the_imports_make_the_checks_of_what_they_wrote(tmp_path):
    """A JSON file, a package from a lower unit and a spreadsheet: their dossiers arrive with
    their checks made (nothing due), each one what checking it says."""
    from sangkien_desktop.services.exchange import interchange, package_merge, packages
    from sangkien_desktop.services.exchange import spreadsheets as sp
    from tests.core.test_xlsx_import import TODAY, _row, real_world_sheet

    source, target = open_app_data(tmp_path / "a"), open_app_data(tmp_path / "b")
    try:
        with source.db.session() as s:
            create_demo(s, 16, seed=5, councils=False, campaigns=source.campaigns)
            s.commit()
            uuids = [r.uuid for r in list_dossiers(s, DossierQuery(), limit=None)]
            interchange.export_json(s, tmp_path / "ho-so.json", uuids[:8])
            packages.export_package(s, source.attachments, tmp_path / "goi.skpkg", uuids[8:],
                                    source.campaigns)
        sheet = real_world_sheet(tmp_path / "ds.xlsx", [_row("Máy bóc vỏ lạc"), _row("Lò sấy")])
        with target.db.session() as s:
            interchange.import_json(s, tmp_path / "ho-so.json", target.attachments,
                                    campaigns=target.campaigns)
            package_merge.import_package(s, tmp_path / "goi.skpkg", target.attachments,
                                         campaigns=target.campaigns)
            assert sp.import_xlsx(s, sheet, target.campaigns, today=TODAY).created == 2
            total = s.execute(text("SELECT count(*) FROM dossier")).scalar_one()
            assert total == 18
            assert overview(s, target.campaigns).checks_due == 0
            assert assert_checks_hold(s, target.campaigns) == 18
    finally:
        source.close()
        target.close()


def test_a_bulk_insert_with_the_programmes_makes_the_checks_and_one_without_leaves_them_due(db):
    from sangkien_desktop.services.catalog import load_campaigns
    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers.bulk import insert_dossiers

    campaigns = load_campaigns()
    first, second = list(generate_dossiers(10, seed=2))[:5], list(generate_dossiers(10, seed=2))[5:]
    with db.session() as s:
        insert_dossiers(s, first, campaigns=campaigns)
        assert overview(s, campaigns).checks_due == 0
        insert_dossiers(s, second)  # a script's bulk insert: due, never wrong
        assert overview(s, campaigns).checks_due == 5
        assert assert_checks_hold(s, campaigns) == 5
        stored_checks.refresh(s, campaigns)
        assert assert_checks_hold(s, campaigns) == 10
        s.commit()


def test_two_computers_with_different_programmes_do_not_redo_each_others_checks(db,
                                                                                monkeypatch):
    """A shared database read by two computers whose copy of a programme differs: each makes
    the checks due once, when its own programmes changed, not each time it looks after the
    other did."""
    from sangkien_desktop.services.catalog import load_campaigns

    ours = load_campaigns()
    campaign = ours["cong-nhan-cap-co-so"]
    theirs = dict(ours, **{campaign.id: dataclasses.replace(
        campaign, raw=dict(campaign.raw, version=campaign.version + ".1"))})
    with db.session() as s:
        for n in range(3):
            save_dossier(s, Dossier(title=f"Sáng kiến {n}", campaign_id=campaign.id))
        for computer, campaigns in (("may-a", ours), ("may-b", theirs)):
            monkeypatch.setattr(stored_checks.platform, "node", lambda c=computer: c)
            assert stored_checks.prepare(s, campaigns) == 3  # its first look: every check
            stored_checks.refresh(s, campaigns)
        for computer, campaigns in (("may-a", ours), ("may-b", theirs)) * 2:
            monkeypatch.setattr(stored_checks.platform, "node", lambda c=computer: c)
            assert stored_checks.prepare(s, campaigns) == 0
        s.commit()


def test_a_batch_another_writer_held_up_is_done_again(db, monkeypatch):
    """Between the batches of a long refresh another officer saves: a batch refused as busy
    is rolled back and done again; one refused every time is said, the others kept."""
    from sangkien_desktop.domain.errors import SangKienError
    from sangkien_desktop.services.catalog import load_campaigns

    campaigns = load_campaigns()
    with db.session() as s:
        for n in range(5):
            save_dossier(s, Dossier(title=f"Sáng kiến {n}"))
        s.commit()
    monkeypatch.setattr(stored_checks, "RETRY_PAUSE", 0)
    real, calls = stored_checks.check_batch, []

    def busy_first(session, *args):
        calls.append(len(calls))
        if len(calls) == 1:
            session.execute(text("UPDATE dossier_summary SET errors = 99"))  # rolled back
            raise SangKienError("db_busy")
        return real(session, *args)

    monkeypatch.setattr(stored_checks, "check_batch", busy_first)
    assert stored_checks.refresh_batches(db, campaigns) == 5 and len(calls) == 2
    with db.session() as s:
        assert assert_checks_hold(s, campaigns) == 5
        s.execute(text("UPDATE dossier_summary SET due = due + 1"))
        s.commit()

    def always_busy(session, *args):
        raise SangKienError("db_busy")

    monkeypatch.setattr(stored_checks, "check_batch", always_busy)
    with pytest.raises(SangKienError):
        stored_checks.refresh_batches(db, campaigns)
    with db.session() as s:
        assert overview(s, campaigns).checks_due == 5  # still due, for next time
