"""The upper level receives a CĐCS's nomination: stored under the sending unit with its
dossiers, the sender's decision and papers; the upper level nominates upward from it, within
its own quota, the completeness check reading the sender's decision, and its summary table
naming that decision."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import sqlite3

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from sangkien_desktop.domain.campaign import Quota
from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.domain.nomination import QuotaExceededError
from sangkien_desktop.domain.unit_profile import UnitProfile
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.council.decisions import outcome_of
from sangkien_desktop.services.exchange import received
from sangkien_desktop.services.exchange.import_plan import Resolution
from sangkien_desktop.services.exchange.package_merge import import_package
from sangkien_desktop.services.nominating import bundle, nomination_checks, nomination_papers
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.settings import save_unit_profile
from sangkien_desktop.storage import database
from sangkien_desktop.storage.migrations import APPLICATION_ID, STEPS
from sangkien_desktop.storage.models_received import ReceivedDecisionItemRow
from tests.core.test_exchange_package import snapshot
from tests.core.test_nomination_package import CDCS, export_nomination, nominate
from tests.core.test_validation_support import MOT_TRIEU

UPPER = UnitProfile(
    parent_organisation="Liên đoàn Lao động tỉnh Quảng Trị",
    unit_name="Liên đoàn Lao động huyện Hải Lăng",
    number_suffix="LĐLĐ",
    place_name="Quảng Trị",
    level="district_or_sector",
    signer_name="Hồ Thị Thanh Tâm",
)
TODAY = dt.date(2022, 5, 20)


@pytest.fixture
def sent(tmp_path):
    """A CĐCS that nominated two dossiers and exported the package."""
    app = open_app_data(tmp_path / "cdcs")
    uuid, dossiers = nominate(app)
    out = tmp_path / "de-nghi.skpkg"
    export_nomination(app, uuid, out)
    with app.db.session() as s:
        decision = outcome_of(s, dossiers[0])
    yield out, uuid, dossiers, decision
    app.close()


@pytest.fixture
def upper(tmp_path):
    app = open_app_data(tmp_path / "huyen")
    with app.db.session() as s:
        save_unit_profile(s, UPPER)
        s.commit()
    yield app
    app.close()


def receive(app, path, **kw):
    return unit_of_work.run(app, import_package, path, app.layout.attachments, **kw)


def test_received_nominations_are_listed_under_the_sender(sent, upper, tmp_path):
    out, uuid, dossiers, decision = sent
    report = receive(upper, out)
    assert ("nomination", uuid) in {(i.kind, i.uuid) for i in report.added}
    with upper.db.session() as s:
        [unit] = received.received_by_unit(s)
        assert (unit.name, unit.parent, unit.level) == (CDCS.unit_name,
                                                       CDCS.parent_organisation, "cdcs")
        [nomination] = unit.nominations
        assert nomination.uuid == uuid and nomination.letter_number_text == "01/TTr-CĐCS"
        assert nomination.letter_date == dt.date(2022, 5, 10) and nomination.status == "sent"
        assert [d.uuid for d in nomination.dossiers] == dossiers
        first = nomination.dossiers[0]
        assert first.recognised and first.decision_number == decision.decision_number
        assert first.decision_date == dt.date(2022, 4, 1) and first.nominated_here is None
        assert first.status == Status.NOMINATED  # as the sender left it
        papers = received.papers_of(s, [uuid])
        assert [p.kind for p in papers] == ["to-trinh", "bang-tong-hop"]
        own = received.papers_of(s, [first.uuid, first.decision_uuid])
        assert [p.kind for p in own] == ["don-yeu-cau", "bao-cao-mo-ta", "quyet-dinh"]
    copy = received.copy_paper(upper.layout.attachments, papers[0], tmp_path / "mo")
    assert copy.name == papers[0].filename and copy.read_bytes().startswith(b"%PDF")


def test_importing_the_nomination_twice_changes_nothing(sent, upper):
    out, uuid, _dossiers, _decision = sent
    receive(upper, out)
    before = snapshot(upper)
    again = receive(upper, out)
    assert not again.changed_anything
    assert ("nomination", uuid) in {(i.kind, i.uuid) for i in again.unchanged}
    assert snapshot(upper) == before


def test_a_changed_nomination_is_kept_or_replaced_by_choice(sent, upper, tmp_path):
    out, uuid, _dossiers, _decision = sent
    receive(upper, out)
    with upper.db.session() as s:
        from sangkien_desktop.storage.models_received import ReceivedNominationRow

        row = s.scalar(select(ReceivedNominationRow))
        payload = json.loads(row.payload_json)
        payload["to_unit"] = "Ban Thường vụ cũ"
        row.payload_json = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        s.commit()
    kept = receive(upper, out)
    assert [i.uuid for i in kept.kept_mine] == [uuid]
    taken = receive(upper, out, default=Resolution.TAKE_THEIRS)
    assert [i.uuid for i in taken.replaced] == [uuid]
    with upper.db.session() as s:
        assert received.nomination_payload(s, uuid)["to_unit"] != "Ban Thường vụ cũ"


def test_the_upper_level_nominates_upward_from_received_dossiers(sent, upper, tmp_path):
    out, _uuid, dossiers, decision = sent
    receive(upper, out)
    campaigns = upper.campaigns
    with upper.db.session() as s:
        draft = noms.new_nomination(campaigns[MOT_TRIEU], "Ban Thường vụ LĐLĐ tỉnh Quảng Trị")
        found = noms.candidates(s, draft)
        assert [c.uuid for c in found] == sorted(dossiers, key=lambda u: [
            c.code for c in found if c.uuid == u])
        assert {c.sender for c in found} == {CDCS.unit_name}
        draft.items = [noms.NominationItem(dossiers[1])]
        saved = noms.save_nomination(s, draft, campaigns)
        [result] = nomination_checks.check_nomination(
            s, saved.dossier_uuids, campaigns[MOT_TRIEU], campaigns, upper.layout.attachments,
            today=TODAY).values()
        assert result.complete, result.gaps
        assert [c.uuid for c in noms.candidates(s, saved)] == [dossiers[0]]
        sent_up = noms.mark_sent(s, saved.uuid, date=dt.date(2022, 5, 25))
        s.commit()
        [row] = nomination_papers.summary_data(s, sent_up.uuid, campaigns).rows
        assert (row.decision_number, row.decision_date) == (decision.decision_number,
                                                            dt.date(2022, 4, 1))
        assert sent_up.letter_number_text == "01/TTr-LĐLĐ"
        [unit] = received.received_by_unit(s)
        assert [d.nominated_here for d in unit.nominations[0].dossiers] == [None, "01/TTr-LĐLĐ"]
        done = bundle.write_bundle(s, sent_up.uuid, campaigns, tmp_path / "bo",
                                   store=upper.layout.attachments)
        sender_pdf = received.received_paper(s, upper.layout.attachments,
                                             decision.decision_uuid, "quyet-dinh")
    assert not done.missing, done.missing
    table = PdfReader(io.BytesIO((done.folder / "02-bang-tong-hop.pdf").read_bytes()))
    text = " ".join(page.extract_text() for page in table.pages)
    assert decision.decision_number in text and "01/04/2022" in text
    folder = next(p for p in done.folder.iterdir() if p.is_dir())
    assert (folder / "quyet-dinh.pdf").read_bytes() == sender_pdf.read_bytes()
    assert {p.name for p in folder.iterdir()} >= {"don-yeu-cau.pdf", "bao-cao-mo-ta.pdf"}


def test_the_upper_levels_quota_applies_to_received_dossiers(sent, upper):
    out, _uuid, dossiers, _decision = sent
    receive(upper, out)
    campaign = dataclasses.replace(upper.campaigns[MOT_TRIEU], quotas=(
        Quota("district_or_sector", "LĐLĐ huyện", 1), Quota("cdcs", "CĐCS", 5)))
    campaigns = {**upper.campaigns, MOT_TRIEU: campaign}
    with upper.db.session() as s:
        draft = noms.new_nomination(campaign, "LĐLĐ tỉnh")
        draft.items = [noms.NominationItem(u) for u in dossiers]
        with pytest.raises(QuotaExceededError):
            noms.save_nomination(s, draft, campaigns)


def test_a_package_naming_a_dossier_it_lacks_is_refused(sent, upper, tmp_path):
    from tests.core.test_exchange_package import _records, rebuild

    out, _uuid, _dossiers, _decision = sent

    def edit(records):
        records["nominations"][0]["items"].append(
            {"dossier_uuid": "9d5e2d8e-0000-4000-8000-000000000000"})

    bad = rebuild(out, tmp_path / "bad.skpkg", _records(edit))
    before = snapshot(upper)
    with pytest.raises(Exception, match="không có trong gói"):
        receive(upper, bad)
    assert snapshot(upper) == before


def test_step_5_gives_decisions_received_before_it_their_items(tmp_path):
    path = tmp_path / "v4.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for step in STEPS[:4]:
        for statement in step.statements:
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    items = [{"dossier_uuid": "11111111-1111-1111-1111-111111111111", "outcome": "recognised"},
             {"dossier_uuid": "22222222-2222-2222-2222-222222222222", "outcome": "rejected",
              "reason": "Chưa áp dụng"}]
    conn.execute("INSERT INTO received_decision (uuid, number_text, date, payload_json, "
                 "received_at) VALUES ('33333333-3333-3333-3333-333333333333', '1/QĐ-CĐCS', "
                 "'2022-04-01', ?, '2022-05-01 00:00:00')", (json.dumps({"items": items}),))
    assert database.migrate(conn) == 4
    conn.close()
    db = database.open_database(path)
    with db.session() as s:
        rows = s.scalars(select(ReceivedDecisionItemRow).order_by(
            ReceivedDecisionItemRow.dossier_uuid)).all()
        assert [(r.outcome, r.reason) for r in rows] == [("recognised", ""),
                                                         ("rejected", "Chưa áp dụng")]
        outcome = outcome_of(s, "11111111-1111-1111-1111-111111111111")
        assert outcome.received and outcome.decision_number == "1/QĐ-CĐCS"
    db.close()
