"""What to do next ("Việc cần làm"), in one call: dossiers per stage (the numbers the list shows
when filtered by that status), meetings that have no decision yet, nominations not yet sent with
the days left before their deadline, portal entries still waiting for the portal's answer, and
the current phase's target against what was achieved under the unit's programme.

Every part is read from an index or a small table; the dossiers per stage walk the status index
once, which grows with the dossiers (benchmarks/overview.py measures it at 100,000).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, func, select, text
from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign, Phase
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.nomination import phase_for, phases_of
from sangkien_desktop.domain.status import Status
from sangkien_desktop.services.dossiers.list_query import count_by_status
from sangkien_desktop.services.nominating.nominations import DRAFT
from sangkien_desktop.services.nominating.targets import ACHIEVED
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DecisionRow, MeetingRow
from sangkien_desktop.storage.models_exchange import PortalEntryRow
from sangkien_desktop.storage.models_nominations import NominationItemRow, NominationRow, TargetRow


@dataclass(frozen=True)
class NominationDue:
    uuid: str
    to_unit: str
    deadline: dt.datetime
    days_left: int  # negative: the deadline has passed
    dossier_count: int


@dataclass(frozen=True)
class PhaseTarget:
    campaign_id: str
    phase_name: str
    target: int
    achieved: int


@dataclass(frozen=True)
class PortalDeadline:
    """The portal of the unit's programme closes for the current phase."""

    campaign_name: str
    phase_name: str
    closes: dt.datetime
    days_left: int


@dataclass(frozen=True)
class Overview:
    counts: dict[str, int]  # status → dossiers, as the list filtered by that status counts them
    meetings_without_decision: int
    nominations_due: tuple[NominationDue, ...]  # drafts with a deadline, the nearest first
    portal_waiting: int  # entered on the portal, its answer not yet recorded
    target: PhaseTarget | None  # the unit's programme, its current phase, if it has targets
    portal_deadline: PortalDeadline | None = None  # the unit's programme's portal, if open

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def to_nominate(self) -> int:
        """Recognised and not yet in a nomination (a nominated dossier has moved on)."""
        return self.counts.get(Status.RECOGNISED.value, 0)

    @property
    def to_enter(self) -> int:
        """Nominated and not yet marked as entered on the portal."""
        return self.counts.get(Status.NOMINATED.value, 0)


def overview(session: Session, campaigns: dict[str, Campaign],
             now: dt.datetime | None = None, *, by_status: dict[str, int] | None = None) -> Overview:
    """``by_status``: ``count_by_status`` read already (the window reads it on its list reader's
    thread: one walk of the status index, a fraction of a second at a million dossiers)."""
    now = now or dt.datetime.now()
    if by_status is None:
        by_status = count_by_status(session)
    counts = {s.value: by_status.get(s.value, 0) for s in Status}
    undecided = session.scalar(
        select(func.count()).select_from(MeetingRow).where(
            ~exists().where(DecisionRow.meeting_uuid == MeetingRow.uuid))) or 0
    waiting = session.scalar(
        select(func.count()).select_from(PortalEntryRow).where(PortalEntryRow.result == "")) or 0
    campaign = campaigns.get(unit_profile(session).campaign_id)
    return Overview(counts, undecided, _nominations_due(session, now), waiting,
                    _phase_target(session, campaign, now.date()), _portal_deadline(campaign, now))


def _portal_deadline(campaign: Campaign | None, now: dt.datetime) -> PortalDeadline | None:
    for phase in phases_of(campaign) if campaign is not None else ():
        opens, closes = phase.portal_opens, phase.portal_closes
        if closes is not None and (opens is None or opens <= now) and now <= closes:
            assert campaign is not None
            return PortalDeadline(campaign.short_name, phase.name, closes,
                                  (closes.date() - now.date()).days)
    return None


def _nominations_due(session: Session, now: dt.datetime) -> tuple[NominationDue, ...]:
    items = (select(func.count()).where(NominationItemRow.nomination_id == NominationRow.id)
             .scalar_subquery())
    rows = session.execute(
        select(NominationRow.uuid, NominationRow.to_unit, NominationRow.deadline, items)
        .where(NominationRow.status == DRAFT, NominationRow.deadline.is_not(None))
        .order_by(NominationRow.deadline)).all()
    return tuple(NominationDue(uuid, to_unit, deadline, (deadline.date() - now.date()).days, count)
                 for uuid, to_unit, deadline, count in rows)


def _end(phase: Phase) -> dt.date:
    if phase.portal_closes is not None:
        return phase.portal_closes.date()
    return phase.eligible_to or dt.date.max


def current_phase(campaign: Campaign, today: dt.date) -> Phase | None:
    """The phase ``today`` falls in, as a recognition of today would count (phase_for); None
    before the programme starts or after its last phase."""
    first = phases_of(campaign)[0]
    if first.eligible_from is not None and today < first.eligible_from:
        return None
    return phase_for(campaign, today)


def _window(campaign: Campaign, phase: Phase) -> tuple[dt.date, dt.date]:
    """The days whose recognitions count in ``phase``: after the previous phase's end."""
    phases = phases_of(campaign)
    index = phases.index(phase)
    start = _end(phases[index - 1]) + dt.timedelta(days=1) if index > 0 else dt.date.min
    return start, _end(phase)


def _phase_target(session: Session, campaign: Campaign | None,
                  today: dt.date) -> PhaseTarget | None:
    phase = current_phase(campaign, today) if campaign is not None else None
    if campaign is None or phase is None:
        return None
    target = session.scalar(select(func.sum(TargetRow.count)).where(
        TargetRow.campaign_id == campaign.id, TargetRow.phase_code == phase.code))
    if not target:
        return None
    # Recognised in the phase: by the date of the recognition decision, as targets.achievement
    # counts it.
    start, end = _window(campaign, phase)
    # From the decisions (a few hundred rows) to their dossiers by uuid; CROSS JOIN keeps SQLite
    # from starting at the campaign's dossiers, most of the table.
    # (A server plans joins itself and knows no CROSS JOIN ... ON.)
    join = "CROSS JOIN" if session.get_bind().dialect.name == "sqlite" else "JOIN"
    achieved = session.execute(text(
        "SELECT count(DISTINCT d.id) FROM decision_item AS i "
        f"{join} decision AS c ON c.id = i.decision_id "
        f"{join} dossier AS d ON d.uuid = i.dossier_uuid "
        "WHERE i.outcome = :recognised AND c.date BETWEEN :start AND :end "
        "AND d.deleted_at IS NULL AND d.campaign_id = :campaign "
        f"AND d.status IN ({', '.join(repr(s) for s in sorted(ACHIEVED))})"),
        {"recognised": Outcome.RECOGNISED.value, "start": start, "end": end,
         "campaign": campaign.id}).scalar_one()
    return PhaseTarget(campaign.id, phase.name, int(target), int(achieved))
