"""The documents of targets, filled from the progress: the Báo cáo kết quả thực hiện chỉ tiêu
(TargetReport) and one Phiếu tóm tắt per unit (UnitSheet, names only)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.documents.data import (
    PhaseAchievement,
    SheetInitiative,
    TargetReport,
    UnitAchievement,
    UnitSheet,
)
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.catalogue import catalogue_of
from sangkien_desktop.domain.dossier import STATUS_LABELS, Status
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.services.nominating.targets import (
    ACHIEVED,
    Achievement,
    UnitStats,
    achievement,
    columns,
    line,
)
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import AuthorRow, DossierRow

# A sheet is one page: the recognised initiatives beyond this are counted, not listed.
SHEET_INITIATIVES = 8


def _phases(p: Achievement, u: UnitStats) -> list[PhaseAchievement]:
    """The unit's figures per column, as the targets screen shows them (targets.line): the
    rows add up to its "Cả chương trình" there, initiatives recognised after the last phase
    included."""
    return [PhaseAchievement(target, achieved) for target, achieved in line(p, u).columns]


def _phase_names(p: Achievement) -> list[str]:
    return [name for _code, name in columns(p)]


def target_report_data(session: Session, campaign: Campaign, *, to_unit: str = "",
                       as_of: dt.date | None = None, remarks: str = "") -> TargetReport:
    """Per phase, every unit the targets screen lists (a target or a dossier in the campaign),
    so that the report's total is the screen's "Tổng cộng"."""
    p = achievement(session, campaign, as_of=as_of)
    units = p.units
    return TargetReport(
        unit=unit_profile(session), campaign_name=campaign.short_name,
        phase_names=_phase_names(p),
        rows=[UnitAchievement(u.unit_name, _phases(p, u)) for u in units],
        date=p.as_of, to_unit=to_unit, as_of=p.as_of, remarks=remarks,
    )


def _initiatives(session: Session, campaign: Campaign, unit_name: str) -> tuple[list[SheetInitiative], int]:
    rows = session.execute(
        select(DossierRow.id, DossierRow.title, DossierRow.status,
               DossierRow.benefit_unit_vnd, DossierRow.benefit_author_vnd)
        .where(DossierRow.deleted_at.is_(None), DossierRow.campaign_id == campaign.id,
               DossierRow.unit_name == unit_name, DossierRow.status.in_(ACHIEVED))
        .order_by(DossierRow.sort_title)
    ).all()
    shown = rows[:SHEET_INITIATIVES]
    # Names only: the author's CCCD and phone never leave the database for a meeting sheet.
    names: dict[int, list[str]] = {}
    for dossier_id, name in session.execute(
        select(AuthorRow.dossier_id, AuthorRow.full_name)
        .where(AuthorRow.dossier_id.in_([r.id for r in shown]))
        .order_by(AuthorRow.dossier_id, AuthorRow.position)
    ):
        names.setdefault(dossier_id, []).append(name)
    items = [
        SheetInitiative(r.title, names.get(r.id, []), STATUS_LABELS[Status(r.status)],
                        r.benefit_unit_vnd if r.benefit_unit_vnd is not None
                        else r.benefit_author_vnd)
        for r in shown
    ]
    return items, len(rows) - len(shown)


def unit_sheet_data(session: Session, campaign: Campaign, unit_name: str,
                    *, as_of: dt.date | None = None) -> UnitSheet:
    p = achievement(session, campaign, as_of=as_of)
    u = p.unit(unit_name)
    if u is None:
        raise NotFoundError("unit_not_found", unit=unit_name, campaign=campaign.short_name)
    items, more = _initiatives(session, campaign, unit_name)
    statuses = [(STATUS_LABELS[s], u.by_status[s.value]) for s in Status if u.by_status[s.value]]
    labels = catalogue_of({campaign.id: campaign})
    return UnitSheet(
        unit=unit_profile(session), campaign_name=campaign.short_name, unit_name=unit_name,
        phase_names=_phase_names(p), phases=_phases(p, u), by_status=statuses,
        by_kind=[(labels.solution_type(k, campaign.id), n) for k, n in u.by_kind.most_common()],
        by_group=[(labels.target_group(g, campaign.id), n) for g, n in u.by_group.most_common()],
        benefit_vnd=u.benefit_vnd, initiatives=items, more_initiatives=more,
        as_of=p.as_of, date=p.as_of,
    )
