"""What to do next ("Việc cần làm"), in one call: dossiers per stage (the numbers the list shows
when filtered by that status), dossiers with errors and with warnings nobody acknowledged (their
kept check, services/dossiers/stored_checks.py; the numbers the list shows under those filters),
meetings that have no decision yet, nominations not yet sent with the days left before their
deadline, portal entries still waiting for the portal's answer, and the current phase's target
against what was achieved under the unit's programme.

Every part is read from an index or a small table (the per-dossier counts from the narrow
summary table, storage/dossier_summary.py), so the call stays cheap however many dossiers there
are (benchmarks/overview.py measures it at 100,000).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign, Phase
from sangkien_desktop.domain.nomination import phase_for, phases_of
from sangkien_desktop.domain.status import Status
from sangkien_desktop.services.dossiers.list_query import count_by_check, count_by_status
from sangkien_desktop.services.nominating.nominations import DRAFT
from sangkien_desktop.services.nominating.targets import ACHIEVED
from sangkien_desktop.services.settings import unit_profile
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
    with_errors: int = 0  # dossiers the list shows whose kept check found errors
    open_warnings: int = 0  # … warnings nobody acknowledged
    checks_due: int = 0  # dossiers whose check is to be done again (the two above may move)

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
    checked = count_by_check(session)
    # Each meeting looks its decision up by the decision's meeting (ix_decision_meeting).
    undecided = session.execute(text(
        "SELECT count(*) FROM meeting AS m WHERE NOT EXISTS "
        "(SELECT 1 FROM decision AS d WHERE d.meeting_uuid = m.uuid)")).scalar_one()
    waiting = session.scalar(
        select(func.count()).select_from(PortalEntryRow).where(PortalEntryRow.result == "")) or 0
    due = session.execute(text(
        "SELECT count(*) FROM dossier_summary WHERE due > 0")).scalar_one()
    campaign = campaigns.get(unit_profile(session).campaign_id)
    return Overview(counts, int(undecided), _nominations_due(session, now), waiting,
                    _phase_target(session, campaign, now.date()), _portal_deadline(campaign, now),
                    checked["errors"], checked["warnings"], int(due))


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
    # Recognised in the phase: by the date of the (latest) decision recognising it, as
    # targets.achievement counts it; read from the summary's index, not the decisions' items.
    start, end = _window(campaign, phase)
    achieved = session.execute(text(
        "SELECT count(*) FROM dossier_summary WHERE campaign_id = :campaign AND live = 1 "
        f"AND status IN ({', '.join(repr(s) for s in sorted(ACHIEVED))}) "
        "AND recognised_on BETWEEN :start AND :end"),
        {"start": start, "end": end, "campaign": campaign.id}).scalar_one()
    return PhaseTarget(campaign.id, phase.name, int(target), int(achieved))
