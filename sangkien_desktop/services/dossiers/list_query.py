"""The dossier list as the window and the command line read it: filters, search, sort order and pages."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import DossierRow, DossierVersionRow


class SortKey(enum.StrEnum):
    TITLE = "title"
    CODE = "code"
    SOLUTION_TYPE = "solution_type"
    UNIT = "unit"
    LEAD_AUTHOR = "lead_author"
    FIRST_APPLIED = "first_applied_on"
    STATUS = "status"
    CAMPAIGN = "campaign"
    UPDATED = "updated_at"


_SORT_COLUMNS = {
    SortKey.TITLE: DossierRow.sort_title,
    SortKey.CODE: DossierRow.code,
    SortKey.SOLUTION_TYPE: DossierRow.solution_type,
    SortKey.UNIT: DossierRow.sort_unit,
    SortKey.LEAD_AUTHOR: DossierRow.sort_author,
    SortKey.FIRST_APPLIED: DossierRow.first_applied_on,
    SortKey.STATUS: DossierRow.status,
    SortKey.CAMPAIGN: DossierRow.campaign_id,
    SortKey.UPDATED: DossierRow.updated_at,
}


@dataclass(frozen=True)
class DossierQuery:
    search: str = ""
    status: str | None = None
    campaign_id: str | None = None
    unit_name: str | None = None
    in_bin: bool = False
    sort: SortKey = SortKey.UPDATED
    descending: bool = True


@dataclass(frozen=True)
class ListRow:
    """One line of the dossier list: only what the list shows."""

    id: int
    uuid: str
    title: str
    code: str
    solution_type: str
    unit_name: str
    lead_author_name: str
    first_applied_on: dt.date | None
    status: str
    campaign_id: str
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    # Place in the dossier's lineage (1 unless it is a correction of a recognised version), and
    # whether a correction of it exists: the list tells the two copies with one code apart.
    version: int = 1
    superseded: bool = False


# Evaluated only for the rows of the page being read (SQLite computes select-list subqueries
# per output row), so they cost nothing on the sorted, paged scan itself.
_VERSION = (
    select(DossierVersionRow.version)
    .where(DossierVersionRow.dossier_uuid == DossierRow.uuid)
    .correlate(DossierRow)
    .scalar_subquery()
)
_SUPERSEDED = (
    select(DossierVersionRow.id)
    .where(DossierVersionRow.previous_uuid == DossierRow.uuid)
    .correlate(DossierRow)
    .exists()
)

_LIST_COLUMNS = (
    DossierRow.id,
    DossierRow.uuid,
    DossierRow.title,
    DossierRow.code,
    DossierRow.solution_type,
    DossierRow.unit_name,
    DossierRow.lead_author_name,
    DossierRow.first_applied_on,
    DossierRow.status,
    DossierRow.campaign_id,
    DossierRow.updated_at,
    DossierRow.deleted_at,
    func.coalesce(_VERSION, 1),
    _SUPERSEDED,
)


def _filtered(stmt: Select, q: DossierQuery) -> Select:
    stmt = stmt.where(
        DossierRow.deleted_at.is_not(None) if q.in_bin else DossierRow.deleted_at.is_(None)
    )
    if q.status:
        stmt = stmt.where(DossierRow.status == q.status)
    if q.campaign_id:
        stmt = stmt.where(DossierRow.campaign_id == q.campaign_id)
    if q.unit_name:
        stmt = stmt.where(DossierRow.unit_name == q.unit_name)
    condition = search.matches(DossierRow.id, q.search)
    if condition is not None:
        stmt = stmt.where(condition)
    return stmt


def count_dossiers(session: Session, q: DossierQuery, *, cap: int | None = None) -> int:
    """How many dossiers match; with ``cap``, counting stops at cap + 1 (enough to say "more
    than cap" without walking every match of a one-letter search)."""
    if cap is None:
        return int(session.scalar(_filtered(select(func.count(DossierRow.id)), q)) or 0)
    inner = _filtered(select(DossierRow.id), q).limit(cap + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def list_dossiers(
    session: Session, q: DossierQuery, *, offset: int = 0, limit: int | None = 200
) -> list[ListRow]:
    stmt = _filtered(select(*_LIST_COLUMNS), q)
    column = _SORT_COLUMNS[q.sort]
    order = [column.desc() if q.descending else column.asc()]
    order.append(DossierRow.id.desc() if q.descending else DossierRow.id.asc())
    stmt = stmt.order_by(*order).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [ListRow(*r) for r in session.execute(stmt)]


PAGE_SIZE = 200
# A search counts its matches only this far: "more than 1.000" is all a user needs to narrow it.
SEARCH_COUNT_CAP = 1000


@dataclass(frozen=True)
class ListPage:
    rows: list[ListRow]
    total: int
    # True when total is a lower bound (a search with more matches than SEARCH_COUNT_CAP).
    more: bool
    # True when rows hold every match: nothing more to fetch.
    exhausted: bool


def open_list(session: Session, q: DossierQuery, *, page_size: int = PAGE_SIZE) -> ListPage:
    """The first page of the list and the number of matches, as the window shows them."""
    rows = list_dossiers(session, q, offset=0, limit=page_size)
    if len(rows) < page_size:
        return ListPage(rows, len(rows), False, True)
    cap = SEARCH_COUNT_CAP if q.search.strip() else None
    total = count_dossiers(session, q, cap=cap)
    more = cap is not None and total > cap
    return ListPage(rows, min(total, cap) if more and cap else total, more, False)


def distinct_units(session: Session) -> list[str]:
    """Unit names of live dossiers in Vietnamese order, read from the covering index."""
    stmt = (
        select(DossierRow.unit_name)
        .where(DossierRow.deleted_at.is_(None), DossierRow.unit_name != "")
        .group_by(DossierRow.sort_unit, DossierRow.unit_name)
        .order_by(DossierRow.sort_unit, DossierRow.unit_name)
    )
    return list(session.scalars(stmt))


def used_campaigns(session: Session) -> list[str]:
    stmt = select(DossierRow.campaign_id).group_by(DossierRow.campaign_id)
    return [c for c in session.scalars(stmt) if c]
