"""Demo targets and nominations, made from the demo dossiers already stored: an allocation
table for the busiest units of each campaign, and one draft nomination per campaign from
dossiers recognised by a stored decision (none when there are no such dossiers), with one
more already sent when there are enough of them."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.domain.nomination import phases_of, quota_for
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.nominating import nominations as noms
from sangkien_desktop.services.nominating import route, targets
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DecisionItemRow, DecisionRow, DossierRow

TARGET_UNITS = 12  # units per campaign given a target
NOMINATED = 3  # dossiers per demo nomination, within the quota


def _busiest_units(session: Session, campaign_id: str) -> list[Any]:
    return list(session.execute(
        select(DossierRow.unit_name, func.count())
        .where(DossierRow.deleted_at.is_(None), DossierRow.campaign_id == campaign_id,
               DossierRow.unit_name != "")
        .group_by(DossierRow.unit_name)
        .order_by(func.count().desc(), DossierRow.unit_name)
        .limit(TARGET_UNITS)
    ).all())


def _recognised_with_decision(session: Session, campaign_id: str) -> list[str]:
    return list(session.scalars(
        select(DossierRow.uuid)
        .where(DossierRow.deleted_at.is_(None), DossierRow.campaign_id == campaign_id,
               DossierRow.status == Status.RECOGNISED.value,
               select(DecisionItemRow.id).where(
                   DecisionItemRow.dossier_uuid == DossierRow.uuid,
                   DecisionItemRow.outcome == Outcome.RECOGNISED.value).exists())
        .order_by(DossierRow.code)
    ))


def create_demo_nominations(session: Session, seed: int = 0) -> tuple[int, int]:
    """Adds targets and draft nominations in the session's transaction (the caller commits).
    Returns (target cells, nominations) created."""
    rng = random.Random(seed)
    campaigns = load_campaigns()
    level = unit_profile(session).level
    # The nearest level of the unit's route (two-tier local government), addressed from Settings.
    nearest = route.choices(session)[0]
    to_unit = nearest.recipient or "Ban Thường vụ Liên đoàn Lao động tỉnh"
    cells = made = 0
    for campaign in campaigns.values():
        units = _busiest_units(session, campaign.id)
        if not units:
            continue
        phases = phases_of(campaign)
        allocation = {}
        for unit, count in units:
            # Targets a little above what each unit has, split over the phases.
            total = max(len(phases), round(count * rng.uniform(0.8, 1.6)))
            for i, phase in enumerate(phases):
                share = total // len(phases) + (1 if i < total % len(phases) else 0)
                allocation[(unit, phase.code)] = share
        cells += targets.set_targets(session, campaign, allocation)
        picked = _recognised_with_decision(session, campaign.id)
        quota = quota_for(campaign, level)
        size = min(NOMINATED, quota.count if quota else NOMINATED, len(picked))
        if size == 0:
            continue
        nomination = noms.new_nomination(campaign, to_unit, nearest.receiver.value)
        chosen = rng.sample(picked, size)
        nomination.items = [noms.NominationItem(u) for u in chosen]
        if campaign.favoured_fields:
            nomination.items[0].favoured_field = campaign.favoured_fields[0].code
        noms.save_nomination(session, nomination, campaigns, user="")
        made += 1
        rest = [u for u in picked if u not in chosen]
        if len(rest) >= size:
            # One nomination already sent, so the list shows dossiers "nominated" by a real
            # Tờ trình (a status follows its act: domain/workflow.py).
            sent = noms.new_nomination(campaign, to_unit, nearest.receiver.value)
            sent.items = [noms.NominationItem(u) for u in rng.sample(rest, size)]
            saved = noms.save_nomination(session, sent, campaigns, user="")
            noms.mark_sent(session, saved.uuid, date=_sending_day(session, saved), user="")
            made += 1
    return cells, made


def _sending_day(session: Session, nomination: noms.Nomination) -> dt.date:
    """A week after the last decision that recognised its dossiers (never after today)."""
    last = session.scalar(
        select(func.max(DecisionRow.date))
        .join(DecisionItemRow, DecisionItemRow.decision_id == DecisionRow.id)
        .where(DecisionItemRow.dossier_uuid.in_(nomination.dossier_uuids)))
    day = (last or dt.date.today()) + dt.timedelta(days=7)
    return min(day, dt.date.today())
