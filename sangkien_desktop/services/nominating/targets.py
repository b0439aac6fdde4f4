"""Targets (chỉ tiêu): how many initiatives each unit should contribute in each phase of a
campaign, and the progress against them — dossiers by status, kind and target group, the
benefit value, and the recognised ones counted in the phase of their recognition.

A dossier's unit is the ``unit_name`` written on it; a recognised initiative (recognised,
nominated or entered on the portal) counts in the phase its recognition decision falls in
(domain.nomination.phase_for), or, without a stored decision, the phase of its first
application.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sangkien_desktop.documents.targets import percent
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.nomination import phase_for, phases_of
from sangkien_desktop.domain.text import clean_line, sort_key
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.storage.models import DecisionItemRow, DecisionRow, DossierRow
from sangkien_desktop.storage.models_nominations import TargetRow

ACHIEVED = frozenset({Status.RECOGNISED.value, Status.NOMINATED.value, Status.ENTERED.value})


def targets(session: Session, campaign_id: str) -> dict[tuple[str, str], int]:
    """(unit, phase code) → target count."""
    rows = session.scalars(select(TargetRow).where(TargetRow.campaign_id == campaign_id))
    return {(r.unit_name, r.phase_code): r.count for r in rows}


def set_targets(session: Session, campaign: Campaign, allocation: dict[tuple[str, str], int],
                *, replace: bool = True) -> int:
    """Stores the allocation table (unit × phase → count) of ``campaign`` in the session's
    transaction; with ``replace`` the table replaces every earlier target of the campaign.
    A count of 0 removes that cell. Returns the number of cells kept."""
    codes = {p.code for p in phases_of(campaign)}
    clean: dict[tuple[str, str], int] = {}
    for (unit, phase), count in allocation.items():
        name = clean_line(unit)
        if not name:
            raise InputError("target_unit",
                             field="unit_name")
        if phase not in codes:
            raise InputError(
                "target_phase", campaign=campaign.short_name, phase=phase, phases=', '.join(sorted(codes)), field="phase_code")
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise InputError("target_count", name=name, count=count, field="count")
        clean[(name, phase)] = count
    if replace:
        session.execute(delete(TargetRow).where(TargetRow.campaign_id == campaign.id))
    stamp = history.now()
    kept = 0
    for (unit, phase), count in clean.items():
        row = None if replace else session.scalar(select(TargetRow).where(
            TargetRow.campaign_id == campaign.id, TargetRow.unit_name == unit,
            TargetRow.phase_code == phase))
        if count == 0:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = TargetRow(campaign_id=campaign.id, unit_name=unit, phase_code=phase)
            session.add(row)
        row.count = count
        row.updated_at = stamp
        kept += 1
    session.flush()
    return kept


# ---- progress ------------------------------------------------------------------------------


@dataclass
class UnitStats:
    unit_name: str  # the total row's is a Message
    targets: dict[str, int] = field(default_factory=dict)  # phase code → target
    achieved: dict[str, int] = field(default_factory=dict)  # phase code → recognised
    after_phases: int = 0  # recognised after the last phase closed
    by_status: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)  # of recognised ones
    by_group: Counter[str] = field(default_factory=Counter)  # of recognised ones
    benefit_vnd: int = 0  # of recognised ones

    @property
    def target(self) -> int:
        return sum(self.targets.values())

    @property
    def achieved_total(self) -> int:
        return sum(self.achieved.values()) + self.after_phases

    @property
    def dossier_count(self) -> int:
        return sum(self.by_status.values())


@dataclass
class Achievement:
    """What the units achieved against their targets in a campaign (kết quả thực hiện chỉ
    tiêu): per unit and phase. Not to be confused with the progress of long work."""

    campaign: Campaign
    phase_codes: list[str]
    phase_names: list[str]
    units: list[UnitStats]
    as_of: dt.date

    def unit(self, name: str) -> UnitStats | None:
        return next((u for u in self.units if u.unit_name == name), None)

    @property
    def total(self) -> UnitStats:
        total = UnitStats(Message("targets_total"))
        for u in self.units:
            for code in self.phase_codes:
                total.targets[code] = total.targets.get(code, 0) + u.targets.get(code, 0)
                total.achieved[code] = total.achieved.get(code, 0) + u.achieved.get(code, 0)
            total.after_phases += u.after_phases
            total.by_status.update(u.by_status)
            total.by_kind.update(u.by_kind)
            total.by_group.update(u.by_group)
            total.benefit_vnd += u.benefit_vnd
        return total


def achievement(session: Session, campaign: Campaign, *,
                as_of: dt.date | None = None) -> Achievement:
    """What every unit that has a target or a dossier in ``campaign`` achieved."""
    phases = phases_of(campaign)
    recognised_on = (
        select(DecisionItemRow.dossier_uuid.label("uuid"), func.max(DecisionRow.date).label("day"))
        .join(DecisionRow, DecisionRow.id == DecisionItemRow.decision_id)
        .where(DecisionItemRow.outcome == Outcome.RECOGNISED.value)
        .group_by(DecisionItemRow.dossier_uuid)
        .subquery()
    )
    benefit = func.coalesce(DossierRow.benefit_unit_vnd, DossierRow.benefit_author_vnd, 0)
    day = func.coalesce(recognised_on.c.day, DossierRow.first_applied_on)
    keys = (DossierRow.unit_name, DossierRow.status, DossierRow.solution_type,
            DossierRow.target_group, day)
    rows = session.execute(
        select(*keys, func.count(), func.sum(benefit))
        .outerjoin(recognised_on, recognised_on.c.uuid == DossierRow.uuid)
        .where(DossierRow.deleted_at.is_(None), DossierRow.campaign_id == campaign.id)
        .group_by(*keys)
    ).all()
    units: dict[str, UnitStats] = {}
    for (unit, phase), count in targets(session, campaign.id).items():
        units.setdefault(unit, UnitStats(unit)).targets[phase] = count
    for unit, status, kind, group, day, count, value in rows:
        stats = units.setdefault(unit, UnitStats(unit))
        stats.by_status[status] += count
        if status not in ACHIEVED:
            continue
        stats.by_kind[kind] += count
        stats.by_group[group] += count
        stats.benefit_vnd += int(value or 0)
        when = dt.date.fromisoformat(day) if isinstance(day, str) else day
        found = phase_for(campaign, when)
        if found is None:
            stats.after_phases += count
        else:
            stats.achieved[found.code] = stats.achieved.get(found.code, 0) + count
    ordered = sorted(units.values(), key=lambda u: sort_key(u.unit_name))
    return Achievement(campaign, [p.code for p in phases], [p.name for p in phases], ordered,
                    as_of or dt.date.today())


# ---- what every table of the progress shows (the screen, the report, the unit sheet) -------

# A recognised initiative after the campaign's last phase closed counts for the campaign but in
# no phase: its own column, so that every table adds up to the same "Cả chương trình".
AFTER_LAST_PHASE = "sau-cac-dot"
AFTER_LAST_PHASE_NAME = Message("targets_after_phases")


@dataclass(frozen=True)
class Line:
    """One unit's figures as every table prints them: per column (target, achieved), and the
    campaign's total with its rate."""

    unit_name: str
    columns: list[tuple[int, int]]
    target: int
    achieved: int
    rate: str  # "12,5" (documents.targets.percent); "" without a target


def columns(p: Achievement) -> list[tuple[str, str]]:
    """(code, name) of the columns: the campaign's phases, and AFTER_LAST_PHASE when any unit
    has an initiative recognised after the last phase."""
    found = list(zip(p.phase_codes, p.phase_names, strict=True))
    if any(u.after_phases for u in p.units):
        found.append((AFTER_LAST_PHASE, AFTER_LAST_PHASE_NAME))
    return found


def line(p: Achievement, u: UnitStats) -> Line:
    cells = [(u.targets.get(code, 0), u.after_phases if code == AFTER_LAST_PHASE
              else u.achieved.get(code, 0)) for code, _name in columns(p)]
    return Line(u.unit_name, cells, u.target, u.achieved_total, percent(u.achieved_total, u.target))
