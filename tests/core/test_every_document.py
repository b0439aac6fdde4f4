"""Every document kind, for every unit of the demo data, as a provincial office would read it:
no page holding only the closing block (Nơi nhận, signature), in the PDF and in the DOCX's
keep properties; no text cut inside a word; no catalogue code ("quan_ly") printed anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from sangkien_desktop.documents import build_document, write_document
from sangkien_desktop.domain.catalogue import Catalogue
from sangkien_desktop.services import papers
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.council import decisions
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.nominating import nomination_papers, target_papers
from sangkien_desktop.services.nominating.nominations import list_nominations
from sangkien_desktop.services.settings import save_unit_profile
from sangkien_desktop.storage.database import open_database
from sangkien_desktop.storage.models import DossierRow, MeetingRow
from tests.core.test_decisions import UNIT
from tests.reference.helpers import (
    catalogue_codes_in,
    closing_only_pages,
    cut_words,
    document_texts,
    docx_closing_problems,
    pdf_text,
)

CAMPAIGNS = load_campaigns()
CODES = Catalogue(CAMPAIGNS).codes()


def _papers(session) -> Iterator[tuple[str, str, Any]]:
    """(name, kind, data) of every paper the demo data gives: for each unit, one dossier's own
    papers and its summary sheet; every meeting's minutes; every decision's papers; every
    nomination's letter and table; each campaign's targets report."""
    seen_units: set[str] = set()
    for uuid, unit in session.execute(select(DossierRow.uuid, DossierRow.unit_name)
                                      .where(DossierRow.deleted_at.is_(None))
                                      .order_by(DossierRow.code)):
        if unit in seen_units:
            continue
        seen_units.add(unit)
        for choice in papers.choices_for_dossier(session, uuid)[:3]:
            yield f"{choice.kind} {unit}", choice.kind, papers.paper_data(session, choice, campaigns=CAMPAIGNS)
    for meeting in session.scalars(select(MeetingRow.uuid)):
        choice = papers.choices_for_meeting(session, meeting)[0]
        yield f"bien-ban {meeting[:8]}", "bien-ban", papers.paper_data(session, choice)
    for decision in decisions.list_decisions(session):
        for choice in papers.choices_for_decision(session, decision.uuid):
            if choice.kind != "bien-ban":
                yield f"{choice.kind} {decision.number_text}", choice.kind, papers.paper_data(session, choice)
    for nomination in list_nominations(session):
        yield "to-trinh", "to-trinh", nomination_papers.letter_data(session, nomination.uuid, CAMPAIGNS)
        yield "bang-tong-hop", "bang-tong-hop", nomination_papers.summary_data(
            session, nomination.uuid, CAMPAIGNS)
    for campaign in CAMPAIGNS.values():
        report = target_papers.target_report_data(session, campaign)
        yield f"bao-cao-chi-tieu {campaign.id}", "bao-cao-chi-tieu", report
        for row in report.rows:
            yield (f"tom-tat-don-vi {row.unit_name}", "tom-tat-don-vi",
                   target_papers.unit_sheet_data(session, campaign, row.unit_name))


@pytest.fixture(scope="module")
def demo_papers() -> list[tuple[str, str, Any]]:
    db = open_database(None)
    session = db.session()
    create_demo(session, 40, seed=3)
    save_unit_profile(session, UNIT)  # papers are refused until the unit is named
    session.commit()
    found = list(_papers(session))
    session.close()
    db.close()
    return found


def test_the_demo_gives_every_kind_of_paper(demo_papers):
    from sangkien_desktop.documents import DOCUMENT_KINDS

    assert {kind for _name, kind, _data in demo_papers} == set(DOCUMENT_KINDS)


def test_no_page_holds_only_the_closing_no_word_is_cut_no_code_is_printed(demo_papers):
    problems = []
    for name, kind, data in demo_papers:
        document = build_document(kind, data)
        pdf = write_document(kind, data, "pdf")
        if alone := closing_only_pages(document, pdf):
            problems.append(f"{name}: PDF page(s) {alone} hold only the closing block")
        if kind == "bang-tong-hop" and len(data.rows) <= 3 and (n := len(pdf_text(pdf))) > 3:
            problems.append(f"{name}: {len(data.rows)} rows take {n} pages")
        problems += [f"{name}: DOCX {p}" for p in docx_closing_problems(write_document(kind, data, "docx"))]
        problems += [f"{name}: cut word in {t!r}" for t in cut_words(document)]
        problems += [f"{name}: code {c}" for c in catalogue_codes_in(document_texts(document), CODES)]
    assert not problems, "\n".join(problems[:40])
