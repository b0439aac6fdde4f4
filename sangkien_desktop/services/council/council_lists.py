"""Lists the council screens pick from: the meetings held, and the dossiers a meeting or a
decision may consider (submitted, not yet recognised)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dossier import Status
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, SortKey, list_dossiers
from sangkien_desktop.storage.models import CouncilRow, MeetingDossierRow, MeetingRow


@dataclass(frozen=True)
class MeetingSummary:
    uuid: str
    council_uuid: str
    council_name: str
    date: dt.date
    place: str
    minutes_number: str
    dossier_count: int
    council_unit: str = ""  # the unit whose council met (the decision is that unit's)


def list_meetings(session: Session, council_uuid: str | None = None) -> list[MeetingSummary]:
    """Meetings, newest first; of one council when ``council_uuid`` is given."""
    stmt = (select(MeetingRow, CouncilRow).join(CouncilRow, CouncilRow.id == MeetingRow.council_id)
            .order_by(MeetingRow.date.desc(), MeetingRow.id.desc()))
    if council_uuid:
        stmt = stmt.where(CouncilRow.uuid == council_uuid)
    return [
        MeetingSummary(m.uuid, c.uuid, c.name, m.date, m.place, m.minutes_number, len(m.dossiers),
                       c.unit_name)
        for m, c in session.execute(stmt)
    ]


@dataclass(frozen=True)
class DossierChoice:
    uuid: str
    code: str
    title: str
    status: str
    authors: str  # "Nguyễn Văn A, Trần Thị B"


def choice_of(session: Session, uuid: str) -> DossierChoice:
    d = get_dossier(session, uuid)
    return DossierChoice(d.uuid, d.code, d.title, d.status.value,
                         ", ".join(a.full_name for a in d.authors if a.full_name))


def reviewable_dossiers(session: Session, *, include_drafts: bool = False) -> list[DossierChoice]:
    """Dossiers a council may consider: submitted (optionally drafts too), live, not frozen;
    in Vietnamese title order."""
    statuses = [Status.SUBMITTED] + ([Status.DRAFT] if include_drafts else [])
    found: list[DossierChoice] = []
    for status in statuses:
        query = DossierQuery(status=status.value, sort=SortKey.TITLE, descending=False)
        for row in list_dossiers(session, query, limit=None):
            if not history.version_of(session, row.uuid).frozen:
                found.append(choice_of(session, row.uuid))
    return found


def awaiting_council(session: Session) -> list[DossierChoice]:
    """What was submitted and no meeting has considered yet: a new meeting's list of dossiers
    starts with these (in Vietnamese title order)."""
    considered = set(session.scalars(select(MeetingDossierRow.dossier_uuid)))
    return [c for c in reviewable_dossiers(session) if c.uuid not in considered]
