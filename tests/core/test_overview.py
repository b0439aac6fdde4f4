"""The "what to do next" overview checked against the database on demo data, and its parts on
data made for them (a meeting without a decision, a nomination's days left, a phase target)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.nomination import phases_of
from sangkien_desktop.domain.status import Status
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers
from sangkien_desktop.services.nominating import nominations, targets
from sangkien_desktop.services.overview import current_phase, overview
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_dossiers
from tests.core.test_decisions import UNIT

CAMPAIGN = "mot-trieu-sang-kien-2021-2023"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    app = open_app_data(tmp_path_factory.mktemp("overview") / "data")
    with app.db.session() as s:
        create_demo(s, 400, seed=7)
        s.commit()
    yield app
    app.close()


def _sql(session, query: str) -> int:
    return session.execute(text(query)).scalar_one()


def test_counts_match_the_database_and_the_filtered_list(demo):
    with demo.db.session() as s:
        found = overview(s, demo.campaigns)
        for status in Status:
            live = _sql(s, f"SELECT count(*) FROM dossier WHERE deleted_at IS NULL "
                           f"AND status = '{status.value}'")
            listed = len(list_dossiers(s, DossierQuery(status=status.value), limit=10_000))
            assert found.counts[status.value] == listed <= live, status
        assert found.total == len(list_dossiers(s, DossierQuery(), limit=10_000))
        assert sum(found.counts.values()) > 0 and found.counts["recognised"] > 0
        assert found.to_nominate == found.counts["recognised"]
        assert found.to_enter == found.counts["nominated"]
        assert found.meetings_without_decision == _sql(
            s, "SELECT count(*) FROM meeting m WHERE NOT EXISTS "
               "(SELECT 1 FROM decision d WHERE d.meeting_uuid = m.uuid)")
        assert found.portal_waiting == _sql(s, "SELECT count(*) FROM portal_entry WHERE result = ''")
        drafts = _sql(s, "SELECT count(*) FROM nomination WHERE status = 'draft' "
                         "AND deadline IS NOT NULL")
        assert len(found.nominations_due) == drafts


def test_a_meeting_without_decision_and_a_draft_nomination_with_days_left(demo, tmp_path):
    app = open_app_data(tmp_path / "d")
    try:
        campaign = app.campaigns[CAMPAIGN]
        with app.db.session() as s:
            before = overview(s, app.campaigns)
            assert before.nominations_due == () and before.meetings_without_decision == 0
            draft = nominations.new_nomination(campaign, to_unit="LĐLĐ tỉnh Phú Thọ")
            draft = dataclasses.replace(draft, deadline=dt.datetime(2026, 12, 20, 17, 0))
            nominations.save_nomination(s, draft, app.campaigns)
            s.commit()
            [due] = overview(s, app.campaigns, now=dt.datetime(2026, 12, 4, 9, 0)).nominations_due
            assert (due.to_unit, due.days_left, due.dossier_count) == ("LĐLĐ tỉnh Phú Thọ", 16, 0)
            late = overview(s, app.campaigns, now=dt.datetime(2026, 12, 22, 9, 0))
            assert late.nominations_due[0].days_left == -2
    finally:
        app.close()


def test_the_current_phase_target_of_the_units_programme(tmp_path):
    app = open_app_data(tmp_path / "d")
    try:
        campaign = app.campaigns[CAMPAIGN]
        first, second = phases_of(campaign)[:2]
        in_second = dt.date(2022, 10, 1)
        assert current_phase(campaign, in_second) == second
        assert current_phase(campaign, dt.date(2026, 12, 4)) is None  # the programme has closed
        with app.db.session() as s:
            assert overview(s, app.campaigns, dt.datetime.combine(in_second, dt.time())).target is None
            save_unit_profile(s, dataclasses.replace(UNIT, campaign_id=CAMPAIGN))
            targets.set_targets(s, campaign, {("Công đoàn A", second.code): 30,
                                              ("Công đoàn B", second.code): 20,
                                              ("Công đoàn A", first.code): 99})
            early, late = make_dossiers(s)
            s.execute(text("UPDATE dossier SET campaign_id = :c"), {"c": CAMPAIGN})
            # Rows the session still holds would be saved back with their old programme.
            s.expire_all()
            for dossier, day in ((early, dt.date(2022, 3, 22)), (late, dt.date(2022, 9, 5))):
                decisions.issue_decision(s, Decision(
                    date=day, items=[DecisionItem(dossier.uuid, Outcome.RECOGNISED)]))
            s.commit()
            found = overview(s, app.campaigns, dt.datetime.combine(in_second, dt.time())).target
        assert found is not None and (found.phase_name, found.target, found.achieved) == (
            second.name, 50, 1)  # recognised in phase 2; the other counts in phase 1
        with app.db.session() as s:
            closing = overview(s, app.campaigns, dt.datetime(2023, 8, 30, 9, 0)).portal_deadline
            closed = overview(s, app.campaigns, dt.datetime(2023, 9, 3, 9, 0)).portal_deadline
        assert closing is not None and (closing.phase_name, closing.days_left) == (second.name, 3)
        assert closed is None
    finally:
        app.close()


def test_the_command_line_prints_the_same_overview(demo, capsys):
    import json

    from sangkien_desktop.cli import main

    with demo.db.session() as s:
        expected = overview(s, demo.campaigns)
    root = str(demo.layout.root)
    assert main(["--data-dir", root, "overview", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["counts"] == expected.counts
    assert printed["to_nominate"] == expected.to_nominate
    assert printed["meetings_without_decision"] == expected.meetings_without_decision
    assert (printed["with_errors"], printed["open_warnings"]) == (
        expected.with_errors, expected.open_warnings) and expected.with_errors > 0
    for check, count in (("errors", expected.with_errors), ("warnings", expected.open_warnings)):
        assert main(["--data-dir", root, "list", "--check", check, "--json"]) == 0
        assert len(json.loads(capsys.readouterr().out)) == count
    assert main(["--data-dir", root, "overview"]) == 0
    text = capsys.readouterr().out
    assert f"{expected.to_nominate} hồ sơ đã công nhận, chưa đề nghị" in text
    assert f"{expected.with_errors} hồ sơ có lỗi" in text
    assert "Đã nộp Hội đồng" in text


def test_the_programme_is_set_from_the_command_line_and_checked(tmp_path, capsys):
    from sangkien_desktop.cli import main

    root = str(tmp_path / "d")
    assert main(["--data-dir", root, "settings", "--set", "unit.campaign=khong-co"]) == 2
    assert "Không có chương trình mã “khong-co”" in capsys.readouterr().err
    assert main(["--data-dir", root, "settings", "--set", f"unit.campaign={CAMPAIGN}"]) == 0
    app = open_app_data(tmp_path / "d")
    try:
        with app.db.session() as s:
            from sangkien_desktop.services.settings import unit_profile

            assert unit_profile(s).campaign_id == CAMPAIGN
    finally:
        app.close()
