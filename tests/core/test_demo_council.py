"""The demo's councils, meetings and decisions are made through the services, so they are
as real as a user's: frozen dossiers, a correction version, rejections with reasons,
dossiers still pending, and a history."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select, text

from sangkien_desktop.domain.council import DossierFrozenError, Outcome, Role
from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.council import councils, decisions
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers import checks, history, workflow
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.recycle_bin import move_to_bin
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.models import DossierRow, DossierVersionRow, MeetingRow


@pytest.fixture(scope="module")
def demo():
    db = open_database(None)
    s = db.session()
    create_demo(s, 200, seed=11)
    s.commit()
    yield s
    s.close()
    db.close()


def _items(s):
    return [(d, i) for d in decisions.list_decisions(s) for i in d.items]


def test_councils_have_a_chair_and_members_per_unit_and_year(demo):
    found = councils.list_councils(demo)
    assert len(found) >= 10
    assert len({(c.unit_name, c.year) for c in found}) == len(found)
    for c in found:
        roles = collections.Counter(m.role for m in c.members)
        assert roles[Role.CHAIR] == 1 and roles[Role.SECRETARY] == 1 and len(c.members) in (5, 7)
        assert c.name == f"Hội đồng sáng kiến {c.unit_name}"


def test_recognised_rejected_and_pending_dossiers_all_exist(demo):
    outcomes = collections.Counter(Outcome(i.outcome) for _, i in _items(demo))
    assert outcomes[Outcome.RECOGNISED] >= 10 and outcomes[Outcome.REJECTED] >= 1
    for _, item in _items(demo):
        if item.outcome == Outcome.REJECTED:
            assert item.reason and item.reason[0].isupper()
            assert get_dossier(demo, item.dossier_uuid).status == Status.REJECTED
    decided = {i.dossier_uuid for _, i in _items(demo)}
    considered = set()
    for meeting_uuid in demo.scalars(select(MeetingRow.uuid)):
        considered |= set(councils.get_meeting(demo, meeting_uuid).dossier_uuids)
    pending = considered - decided
    assert pending, "some dossiers were considered and wait for a decision"
    assert all(get_dossier(demo, u).status == Status.SUBMITTED for u in pending)


def test_each_decision_follows_its_meeting_and_is_numbered_by_date(demo):
    found = sorted(decisions.list_decisions(demo), key=lambda d: (d.date.year, d.number))
    # One register per issuing body (the symbol after "QĐ-"), restarting each year.
    registers = {(d.date.year, d.number_text.partition("-")[2]) for d in found}
    for year, symbol in registers:
        dates = [d.date for d in found
                 if (d.date.year, d.number_text.partition("-")[2]) == (year, symbol)]
        assert dates == sorted(dates)
    for decision in found:
        meeting = councils.get_meeting(demo, decision.meeting_uuid)
        assert meeting.date <= decision.date
        proposed = {r.dossier_uuid: r.proposed for r in councils.meeting_results(demo, meeting.uuid)}
        for item in decision.items:
            assert proposed[item.dossier_uuid] == Outcome(item.outcome)
            dossier = get_dossier(demo, item.dossier_uuid)
            assert dossier.first_applied_on <= decision.date


def test_recognised_dossiers_are_frozen_and_refuse_edits_and_the_bin(demo):
    (decision, item) = next((d, i) for d, i in _items(demo) if i.outcome == Outcome.RECOGNISED)
    info = history.version_of(demo, item.dossier_uuid)
    assert info.frozen and info.decision_uuid == decision.uuid
    dossier = get_dossier(demo, item.dossier_uuid)
    assert history.content_hash(dossier) == info.content_hash
    assert decision.number_text in dossier.notes  # the note names the real decision
    with pytest.raises(DossierFrozenError):
        save_dossier(demo, dataclasses.replace(dossier, title=dossier.title + " (sửa)"))
    with pytest.raises(DossierFrozenError):
        move_to_bin(demo, dossier.uuid)
    # After the decision, a dossier is nominated only by a sent nomination.
    for _, i in _items(demo):
        if i.outcome == Outcome.RECOGNISED:
            status = get_dossier(demo, i.dossier_uuid).status
            assert status == Status.RECOGNISED or (
                status == Status.NOMINATED and workflow.in_sent_nomination(demo, i.dossier_uuid))


def test_demo_decisions_freeze_and_log_on_their_own_day_under_their_own_unit(demo):
    """Not on the day the demo was made: a 2022 decision locks its dossiers in 2022."""
    found = [(d, i) for d, i in _items(demo) if i.outcome == Outcome.RECOGNISED]
    for decision, item in found:
        info = history.version_of(demo, item.dossier_uuid)
        assert info.frozen_at.date() == decision.date
        assert decisions.freezing_decision(demo, info) == (decision.number_text, decision.date)
        entry = next(e for e in history.for_entity(demo, history.DOSSIER, item.dossier_uuid)
                     if e.action == "recognised")
        assert entry.at.date() == decision.date
        # The unit the dossiers belong to decided: its name heads the paper, not Settings'.
        assert decision.unit_name == get_dossier(demo, item.dossier_uuid).unit_name
        assert decisions.decision_data(demo, decision.uuid).unit.unit_name == decision.unit_name


def test_a_correction_version_and_the_history_are_real(demo):
    newer = demo.scalars(select(DossierVersionRow).where(DossierVersionRow.version == 2)).all()
    assert newer
    copy = get_dossier(demo, newer[0].dossier_uuid)
    assert copy.status == Status.DRAFT and "Bổ sung số liệu" in copy.benefit_calculation
    old = history.version_of(demo, newer[0].previous_uuid)
    assert old.frozen and newer[0].lineage_uuid == old.lineage_uuid
    actions = [e.action for e in history.for_entity(demo, history.DOSSIER, copy.uuid)]
    assert actions == ["version_created", "updated"]
    council = councils.list_councils(demo)[0]
    (entry,) = history.for_entity(demo, history.COUNCIL, council.uuid)
    assert entry.action == "created" and entry.user  # the demo officer's name


def test_the_same_seed_gives_the_same_decisions():
    def summary():
        db = open_database(None)
        with db.session() as s:
            create_demo(s, 120, seed=4)
            found = [(d.uuid, d.number_text, d.date, [(i.dossier_uuid, i.outcome, i.reason)
                                                      for i in d.items])
                     for d in decisions.list_decisions(s)]
        db.close()
        return found

    assert summary() == summary()


def test_every_status_that_claims_a_decision_has_that_decision(demo):
    """After the demo, no screen contradicts another: a dossier shown as recognised (or
    nominated, entered) is recognised by a stored decision, a rejected one rejected by one,
    and the eligibility rules find no SK-NOT-RECOGNISED among them."""
    claimed = {Status.RECOGNISED: Outcome.RECOGNISED, Status.NOMINATED: Outcome.RECOGNISED,
               Status.ENTERED: Outcome.RECOGNISED, Status.REJECTED: Outcome.REJECTED}
    rows = demo.execute(select(DossierRow.uuid, DossierRow.status, DossierRow.campaign_id)).all()
    seen = collections.Counter()
    campaigns = load_campaigns()
    for uuid, status, campaign_id in rows:
        expected = claimed.get(Status(status))
        if expected is None:
            continue
        outcome = decisions.outcome_of(demo, uuid)
        assert outcome is not None and outcome.outcome == expected, (uuid, status)
        seen[expected] += 1
        if expected == Outcome.RECOGNISED:
            ids = [f.rule_id for f in checks.eligible_for_nomination(
                demo, uuid, campaigns[campaign_id])]
            assert "SK-NOT-RECOGNISED" not in ids
    assert seen[Outcome.RECOGNISED] >= 20 and seen[Outcome.REJECTED] >= 1
    # The undecided ones wait for their council, without a note about a decision.
    waiting = demo.scalars(select(DossierRow.notes).where(
        DossierRow.status == Status.SUBMITTED.value)).all()
    assert waiting and not any("Quyết định" in n for n in waiting)


def test_without_councils_no_status_claims_a_decision():
    db = open_database(None)
    with db.session() as s:
        create_demo(s, 150, seed=3, councils=False)
        statuses = set(s.scalars(select(DossierRow.status)))
    db.close()
    assert statuses <= {Status.DRAFT.value, Status.SUBMITTED.value}


def test_the_bulk_path_stores_what_the_services_store(monkeypatch):
    """Councils, meetings, decisions and corrections written many at a time are the records
    the services write one at a time: every row of every table (the same clock for both), but
    the ids of a dossier's authors, appliers and attachments, which each service save
    replaces with equal rows, and the register's own time."""
    from sangkien_desktop.services.demo.demo_council import add_councils
    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers import saving
    from sangkien_desktop.services.dossiers.bulk import insert_dossiers

    moment = dt.datetime(2026, 2, 3, 4, 5, 6)
    monkeypatch.setattr(history, "now", lambda: moment)
    monkeypatch.setattr(saving, "now", lambda: moment)
    tables = {}
    for bulk in (True, False):
        db = open_database(None)
        with db.session() as s:
            insert_dossiers(s, generate_dossiers(160, seed=6))
            made = add_councils(s, seed=6, bulk=bulk)
            s.commit()
            tables[bulk] = {sql: [tuple(r) for r in s.execute(text(sql))] for sql in (
                "SELECT * FROM council ORDER BY id", "SELECT * FROM council_member ORDER BY id",
                "SELECT * FROM meeting ORDER BY id", "SELECT * FROM meeting_dossier ORDER BY id",
                "SELECT * FROM score_sheet ORDER BY id", "SELECT * FROM decision ORDER BY id",
                "SELECT * FROM decision_item ORDER BY id",
                "SELECT * FROM meeting_recusal ORDER BY id", "SELECT * FROM rule_pack ORDER BY id",
                "SELECT * FROM verification ORDER BY code",
                "SELECT id, doc_type, year, number, suffix, doc_date, subject, ref_uuid "
                "FROM document_number ORDER BY id",
                "SELECT * FROM dossier_version ORDER BY id", "SELECT * FROM history ORDER BY id",
                "SELECT * FROM dossier ORDER BY id",
                "SELECT dossier_id, position, full_name, cccd, phone, share_hundredths "
                "FROM author ORDER BY dossier_id, position",
                "SELECT rowid, body FROM dossier_fts ORDER BY rowid")}
            tables[bulk]["counts"] = [made]
        db.close()
    assert made.decisions >= 5 and made.versions >= 1 and made.recognised >= 10
    for sql, rows in tables[False].items():
        assert tables[True][sql] == rows, sql


def test_after_the_demo_an_officer_records_and_decides_on_either_engine(db):
    """The demo writes councils, meetings and decisions many rows at a time, with their ids:
    on a server those come from the identity sequences, so what an officer records after it
    (a council, a meeting, a decision of the services) takes free ids; its decisions' papers
    are in the verification register and its dossiers in the similarity index."""
    from sangkien_desktop.services import similarity
    from sangkien_desktop.services.council import verification
    from sangkien_desktop.storage import similarity_index
    from tests.core.test_councils import make_council, make_dossiers, make_meeting
    from tests.core.test_decisions import issue

    with db.session() as s:
        create_demo(s, 160, seed=5)
        s.commit()
    with db.session() as s:
        made = decisions.list_decisions(s)
        assert made
        decided = made[0]
        code = verification.code_for(s, decided.uuid)
        assert verification.verify(s, code).owner_uuid == decided.uuid
        stored = s.scalar(select(func.count()).select_from(DossierRow))
        assert len(similarity_index.entries(s)) == stored
        council = make_council(s)
        dossiers = make_dossiers(s)
        meeting = make_meeting(s, council, dossiers)
        issued = issue(s, meeting, dossiers)
        s.commit()
        assert issued.uuid in {d.uuid for d in decisions.list_decisions(s)}
        again = get_dossier(s, dossiers[0].uuid)
        assert similarity.top_matches(s, dataclasses.replace(again, uuid="khac"))[0].uuid \
            == again.uuid
