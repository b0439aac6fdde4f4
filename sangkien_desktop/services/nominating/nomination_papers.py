"""The documents of a nomination filled from what is stored: the Tờ trình (NominationLetter)
and the Bảng tổng hợp tóm tắt sáng kiến (SummaryTable), one row per dossier in its order."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sangkien_desktop.documents.common import number_text
from sangkien_desktop.documents.data import NominationLetter, SummaryRow, SummaryTable
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.catalogue import Catalogue, catalogue_of
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.nomination import quota_for
from sangkien_desktop.domain.text import shorten
from sangkien_desktop.services.council.decisions import outcome_of
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.nominating.nominations import (
    DOC_TYPE,
    NOMINABLE,
    Nomination,
    NominationItem,
    campaign_for,
    get_nomination,
)
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DossierRow

SUMMARY_LIMIT = 400  # characters of the summary cell: the table is a summary


def _summary(d: Dossier) -> str:
    """The solution and what is new, shortened to whole sentences (else whole words, with
    " …") so the table never cuts a word."""
    text = " ".join(p.strip() for p in (d.description_solution, d.description_novelty) if p.strip())
    return shorten(" ".join((text or d.portal_text).split()), SUMMARY_LIMIT)


def summary_row(session: Session, item: NominationItem, campaign: Campaign,
                labels: Catalogue | None = None) -> SummaryRow:
    d = get_dossier(session, item.dossier_uuid)
    outcome = outcome_of(session, d.uuid)
    number, date, body, reward = "", None, "", None
    if outcome is not None and outcome.outcome == Outcome.RECOGNISED:
        # A received dossier shows the decision of the unit that sent it.
        number, date, body = outcome.decision_number, outcome.decision_date, outcome.authority_text
        reward = outcome.reward_vnd
    benefit = d.benefit_unit_vnd if d.benefit_unit_vnd is not None else d.benefit_author_vnd
    social = "" if benefit is not None else (d.benefit_unit_social or d.benefit_author_social)
    notes = []
    labels = labels or catalogue_of({campaign.id: campaign})
    if item.favoured_field:
        notes.append(f"Lĩnh vực ưu tiên: {labels.favoured_field(item.favoured_field, campaign.id)}")
    if item.note:
        notes.append(item.note)
    return SummaryRow(
        title=d.title, authors=d.authors, unit_name=d.unit_name,
        solution_type=labels.solution_type(d.solution_type, campaign.id),
        field_of_application=d.field_of_application,
        target_group=labels.target_group(d.target_group, campaign.id),
        first_applied_on=d.first_applied_on, benefit_vnd=benefit, benefit_social=social,
        summary=_summary(d), decision_number=number, decision_date=date, decision_body=body,
        note="\n".join(notes), reward_vnd=reward,
    )


def summary_rows(session: Session, nomination: Nomination, campaign: Campaign,
                 labels: Catalogue | None = None) -> list[SummaryRow]:
    return [summary_row(session, item, campaign, labels) for item in nomination.items]


def _letter_number(session: Session, nomination: Nomination) -> str:
    if nomination.letter_number_text:
        return nomination.letter_number_text
    return number_text(None, DOC_TYPE, unit_profile(session).number_suffix)


def letter_data(session: Session, uuid: str, campaigns: dict[str, Campaign]) -> NominationLetter:
    """The Tờ trình; a draft prints a blank number and date for the clerk to fill."""
    nomination = get_nomination(session, uuid)
    campaign = campaign_for(nomination, campaigns)
    profile = unit_profile(session)
    quota = quota_for(campaign, profile.level)
    recognised = session.scalar(select(func.count(DossierRow.id)).where(
        DossierRow.deleted_at.is_(None), DossierRow.campaign_id == campaign.id,
        DossierRow.status.in_([s.value for s in NOMINABLE])))
    return NominationLetter(
        unit=profile, number=_letter_number(session, nomination), date=nomination.letter_date,
        to_unit=nomination.to_unit, campaign_name=campaign.short_name,
        items=summary_rows(session, nomination, campaign, catalogue_of(campaigns)),
        quota=quota.count if quota else None, recognised_count=recognised or 0,
        basis=[line for line in nomination.basis.splitlines() if line.strip()],
    )


def summary_data(session: Session, uuid: str, campaigns: dict[str, Campaign]) -> SummaryTable:
    nomination = get_nomination(session, uuid)
    campaign = campaign_for(nomination, campaigns)
    return SummaryTable(
        unit=unit_profile(session),
        rows=summary_rows(session, nomination, campaign, catalogue_of(campaigns)),
        campaign_name=campaign.short_name,
        letter_number=nomination.letter_number_text, letter_date=nomination.letter_date,
        date=nomination.letter_date,
    )
