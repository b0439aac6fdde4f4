"""Document numbers: one rule for every register (two digits below 10), the symbol of the body
that issues the paper, a blank the clerk can write in, and decisions found by any way of
writing their number."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sangkien_desktop.documents import samples, write_document
from sangkien_desktop.domain.council import Authority, Decision, DecisionItem, Outcome
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services import papers
from sangkien_desktop.services.council import decisions, numbering
from sangkien_desktop.services.settings import save_unit_profile
from tests.core.test_councils import make_council, make_dossiers, make_meeting
from tests.core.test_decisions import UNIT
from tests.reference.helpers import pdf_text, text_pieces

DAY = dt.date(2022, 3, 22)


@pytest.fixture
def s(db):
    session = db.session()
    save_unit_profile(session, UNIT)
    yield session
    session.close()


@pytest.mark.parametrize("number", range(1, 10))
@pytest.mark.parametrize("doc_type", sorted(numbering.DOC_TYPES))
def test_every_register_writes_numbers_below_ten_with_two_digits(number, doc_type):
    assert numbering.format_number(number, doc_type, "CĐCS") == f"0{number}/{doc_type}-CĐCS"


def _recognise(s, dossier, **fields) -> Decision:
    return decisions.issue_decision(s, Decision(
        date=DAY, items=[DecisionItem(dossier.uuid, Outcome.RECOGNISED)], **fields))


def test_the_head_of_the_unit_numbers_in_a_register_of_its_own_with_its_symbol(s):
    first, second = make_dossiers(s)
    union = _recognise(s, first)
    head = _recognise(s, second, authority=Authority.HEAD,
                      authority_text="Giám đốc Công ty TNHH Dệt nhuộm Sông Lam", signer_title="GIÁM ĐỐC")
    # Both are number 1 of 2022: the union's and the director's registers are apart.
    assert union.number_text == "01/QĐ-CĐCS"
    assert head.number_text == "01/QĐ-CTDNSL"  # the employer's initials, Settings having none
    assert decisions.proposed_number(s, 2022) == 2
    assert decisions.proposed_number(s, 2022, Authority.HEAD) == 2
    assert decisions.number_used(s, 2022, 1, Authority.HEAD)
    text = " ".join(pdf_text(write_document("quyet-dinh", decisions.decision_data(s, head.uuid), "pdf")))
    assert "Số: 01/QĐ-CTDNSL" in text and "QĐ-CĐCS" not in text
    # The director's paper is headed by the employer, with no union above it.
    assert "CÔNG TY TNHH DỆT NHUỘM SÔNG LAM" in text and "LIÊN ĐOÀN LAO ĐỘNG" not in text


def test_the_symbol_of_the_head_comes_from_settings_when_set(s):
    save_unit_profile(s, dataclasses.replace(UNIT, employer_number_suffix="CTY", employer_name="Công ty TNHH Dệt nhuộm Sông Lam"))
    (dossier,) = make_dossiers(s)[:1]
    head = _recognise(s, dossier, authority=Authority.HEAD,
                      authority_text="Giám đốc Công ty TNHH Dệt nhuộm Sông Lam")
    assert head.number_text == "01/QĐ-CTY"
    with pytest.raises(InputError) as info:
        _recognise(s, make_dossiers(s)[0], number=1, authority=Authority.HEAD,
                   authority_text="Giám đốc Công ty TNHH Dệt nhuộm Sông Lam")
    assert info.value.code == "number_used"


def test_a_decision_is_found_by_any_way_of_writing_its_number(s):
    first, second = make_dossiers(s)
    one = _recognise(s, first)
    later = decisions.issue_decision(s, Decision(
        date=dt.date(2023, 1, 9), items=[DecisionItem(second.uuid, Outcome.RECOGNISED)]))
    assert later.number_text == one.number_text == "01/QĐ-CĐCS"
    with pytest.raises(InputError) as info:
        papers.find_decision(s, "1/QĐ-CĐCS")
    assert info.value.code == "decision_ambiguous" and "01/QĐ-CĐCS/2022" in info.value.message
    assert papers.find_decision(s, "1/QĐ-CĐCS/2022") == one.uuid
    assert papers.find_decision(s, "01/QĐ-CĐCS/2023") == later.uuid
    assert papers.find_decision(s, one.uuid[:8]) == one.uuid


def test_an_unnumbered_letter_leaves_room_to_write_the_number_by_hand():
    from sangkien_desktop.documents.common import number_text

    letter = dataclasses.replace(samples.nomination(), number=number_text(None, "TTr", "CĐCS"))
    pdf = write_document("to-trinh", letter, "pdf")
    (line,) = [p for p in text_pieces(pdf) if "/TTr-CĐCS" in p.text]
    assert line.text.startswith("Số:")
    # The blank between "Số:" and "/TTr" is wide enough for two or three handwritten digits.
    blank = line.text[len("Số:"):line.text.index("/")]
    assert blank.strip() == "" and len(blank) >= 10


def test_minutes_and_letters_numbered_by_the_register_take_two_digits(s):
    from sangkien_desktop.services.council import councils

    meeting = make_meeting(s, make_council(s), make_dossiers(s))
    councils.set_minutes_number(s, meeting.uuid, "")  # not numbered yet
    choice = papers.choices_for_meeting(s, meeting.uuid)[0]
    papers.claim_number(s, choice, 3)
    assert papers.paper_data(s, choice).number == "03/BB-HĐSK"


def test_the_targets_report_has_a_number_line():
    report = dataclasses.replace(samples.target_report(), number="")
    text = " ".join(" ".join(pdf_text(write_document("bao-cao-chi-tieu", report, "pdf"))).split())
    assert "Số: /BC-CĐCS" in text  # the blank (non-breaking spaces) collapses when read back
    numbered = dataclasses.replace(report, number="07/BC-CĐCS")
    assert "Số: 07/BC-CĐCS" in " ".join(pdf_text(write_document("bao-cao-chi-tieu", numbered, "pdf")))
