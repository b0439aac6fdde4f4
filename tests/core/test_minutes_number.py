"""Minutes numbered when they are printed: the number goes into the meeting, so the decision
issued on that meeting cites "Biên bản họp số …", and the meeting's papers are offered."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sangkien_desktop.domain.council import Decision, DecisionItem, Outcome
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services import papers
from sangkien_desktop.services.council import councils, decisions, numbering
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT


@pytest.fixture
def s(db):
    session = db.session()
    yield session
    session.close()


@pytest.fixture
def decided(s):
    """A meeting without a minutes number, and the decision issued on it."""
    save_unit_profile(s, UNIT)
    council = make_council(s)
    good, weak = make_dossiers(s)
    meeting = make_meeting(s, council, [good, weak])
    meeting = councils.record_meeting(s, dataclasses.replace(meeting, minutes_number=""))
    decision = decisions.issue_decision(s, Decision(
        date=dt.date(2022, 3, 22), meeting_uuid=meeting.uuid,
        items=[DecisionItem(good.uuid, Outcome.RECOGNISED),
               DecisionItem(weak.uuid, Outcome.REJECTED, reason="Chưa có số liệu.")]))
    s.commit()
    return meeting, decision


def test_the_number_given_to_the_minutes_is_written_into_the_meeting(s, decided):
    meeting, decision = decided
    assert "Biên bản họp ngày" in decisions.decision_data(s, decision.uuid).proposal
    choice = next(c for c in papers.choices_for_decision(s, decision.uuid) if c.kind == "bien-ban")
    assert choice.doc_type == "BB" and not choice.number_text
    number = papers.proposed_number(s, choice)
    papers.claim_number(s, choice, number)
    s.commit()
    text = numbering.format_number(number, "BB", "HĐSK")
    assert councils.get_meeting(s, meeting.uuid).minutes_number == text
    assert numbering.holder(s, "BB", 2022, number) == meeting.uuid
    assert f"Biên bản họp số {text} ngày" in decisions.decision_data(s, decision.uuid).proposal
    # Printed again, the minutes keep that number as their own, and the change is in history.
    again = next(c for c in papers.choices_for_decision(s, decision.uuid) if c.kind == "bien-ban")
    assert again.number_text == text and not again.doc_type
    assert papers.paper_data(s, again).number == text
    entries = history.for_entity(s, history.MEETING, meeting.uuid)
    assert entries[-1].changes == {"minutes_number": ["", text]}


def test_a_refused_number_changes_nothing(s, decided):
    meeting, decision = decided
    numbering.register(s, "BB", 1, dt.date(2022, 2, 1), suffix="HĐSK", ref_uuid="another")
    choice = next(c for c in papers.choices_for_decision(s, decision.uuid) if c.kind == "bien-ban")
    with pytest.raises(InputError, match="đã được dùng"):
        papers.claim_number(s, choice, 1)
    assert councils.get_meeting(s, meeting.uuid).minutes_number == ""


def test_a_meeting_offers_its_minutes_and_its_decisions_papers(s, decided):
    meeting, decision = decided
    kinds = [c.kind for c in papers.choices_for_meeting(s, meeting.uuid)]
    assert kinds == ["bien-ban", "quyet-dinh", "giay-chung-nhan", "giay-xac-nhan", "thong-bao-khong-cong-nhan"]
    assert papers.choices_for_meeting(s, meeting.uuid)[1].source_uuid == decision.uuid
