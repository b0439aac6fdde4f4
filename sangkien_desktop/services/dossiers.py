"""Dossier use-cases: save, open, list and search, move to the bin, restore, purge."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import Integer, Select, delete, func, select, text
from sqlalchemy.orm import Session, selectinload

from sangkien_desktop.domain.council import DossierFrozenError
from sangkien_desktop.domain.dossier import (
    Applier,
    AttachmentRef,
    Author,
    Dossier,
    Sector,
    Status,
)
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.domain.text import sort_key
from sangkien_desktop.services import history
from sangkien_desktop.services.history import ensure_editable
from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import (
    ApplierRow,
    AttachmentRow,
    AuthorRow,
    BlobRow,
    DossierRow,
    DossierVersionRow,
)

SCALAR_FIELDS = (
    "code",
    "title",
    "solution_type",
    "field_of_application",
    "target_group",
    "campaign_id",
    "unit_name",
    "province_code",
    "investor",
    "first_applied_on",
    "applied_as_trial",
    "description_before",
    "description_solution",
    "description_novelty",
    "confidential_info",
    "conditions",
    "benefit_author_vnd",
    "benefit_author_social",
    "benefit_unit_vnd",
    "benefit_unit_social",
    "benefit_calculation",
    "portal_text",
    "research_accepted_on",
    "head_confirmed",
    "attests_public_order",
    "attests_no_ip_protection",
    "has_complaint",
    "has_authorship_dispute",
    "notes",
)
PERSON_FIELDS = ("full_name", "birth_date", "workplace", "job_title", "qualification")


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def share_to_db(share: Decimal | None) -> int | None:
    return None if share is None else int((share * 100).to_integral_value())


def _share_from_db(value: int | None) -> Decimal | None:
    return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def to_domain(row: DossierRow) -> Dossier:
    return Dossier(
        uuid=row.uuid,
        sector=Sector(row.sector),
        status=Status(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        authors=[
            Author(
                **{f: getattr(a, f) for f in PERSON_FIELDS},
                cccd=a.cccd,
                phone=a.phone,
                share_percent=_share_from_db(a.share_hundredths),
                is_lead=a.is_lead,
            )
            for a in row.authors
        ],
        appliers=[
            Applier(**{f: getattr(p, f) for f in PERSON_FIELDS}, task=p.task)
            for p in row.appliers
        ],
        attachments=[
            AttachmentRef(
                sha256=a.sha256,
                filename=a.filename,
                size=a.blob.size,
                media_type=a.blob.media_type,
                added_at=a.added_at,
                note=a.note,
            )
            for a in row.attachments
        ],
        **{f: getattr(row, f) for f in SCALAR_FIELDS},
    )


def _load(session: Session, uuid: str) -> DossierRow:
    row = session.scalar(
        select(DossierRow)
        .where(DossierRow.uuid == uuid)
        .options(
            selectinload(DossierRow.authors),
            selectinload(DossierRow.appliers),
            selectinload(DossierRow.attachments).selectinload(AttachmentRow.blob),
        )
    )
    if row is None:
        raise NotFoundError(f"Không tìm thấy hồ sơ {uuid}.", code="dossier_not_found")
    return row


def get_dossier(session: Session, uuid: str) -> Dossier:
    return to_domain(_load(session, uuid))


def next_code(session: Session, year: int) -> str:
    """The next free code "SK-<year>-NNNNN" (numbers restart each year). The largest number is
    compared as a number, so a typed "SK-2022-9" does not hide "SK-2022-00010"."""
    prefix = f"SK-{year}-"
    number = func.cast(func.substr(DossierRow.code, len(prefix) + 1), Integer)
    last = session.scalar(
        select(func.max(number)).where(
            DossierRow.code.op("GLOB")(f"{prefix}[0-9]*"),
            ~func.substr(DossierRow.code, len(prefix) + 1).op("GLOB")("*[^0-9]*"),
        )
    )
    return f"{prefix}{(last or 0) + 1:05d}"


def index_body(d: Dossier) -> str:
    return search.index_text(
        d.title,
        d.code,
        d.unit_name,
        d.field_of_application,
        d.investor,
        " ".join(a.full_name for a in d.authors),
    )


def save_dossier(
    session: Session,
    dossier: Dossier,
    *,
    when: dt.datetime | None = None,
    user: str | None = None,
    log: bool = True,
) -> Dossier:
    """Creates or updates the dossier with this uuid, children included, in the session's
    transaction (the caller commits). Returns the dossier as stored.

    The change goes to the history ("created", or "updated" with what changed; a save that
    changes nothing is not logged) under ``user`` (default: the user name in Settings).
    ``log=False`` is for callers that write their own, more telling entry (a decision).
    """
    # A recognised dossier is frozen: raises DossierFrozenError on a change of its content.
    ensure_editable(session, dossier)
    stamp = when or now()
    if not dossier.code:
        dossier = replace(dossier, code=next_code(session, (dossier.created_at or stamp).year))
    row = session.scalar(select(DossierRow).where(DossierRow.uuid == dossier.uuid))
    before = to_domain(row) if row is not None and log else None
    if row is None:
        row = DossierRow(uuid=dossier.uuid, created_at=dossier.created_at or stamp)
        session.add(row)
    for name in SCALAR_FIELDS:
        setattr(row, name, getattr(dossier, name))
    row.sector = Sector(dossier.sector).value
    row.status = Status(dossier.status).value
    row.deleted_at = dossier.deleted_at
    row.updated_at = stamp
    for name, value in list_columns(dossier).items():
        setattr(row, name, value)
    row.authors = [
        AuthorRow(
            position=i,
            **{f: getattr(a, f) for f in PERSON_FIELDS},
            cccd=a.cccd,
            phone=a.phone,
            share_hundredths=share_to_db(a.share_percent),
            is_lead=a.is_lead,
        )
        for i, a in enumerate(dossier.authors)
    ]
    row.appliers = [
        ApplierRow(position=i, **{f: getattr(p, f) for f in PERSON_FIELDS}, task=p.task)
        for i, p in enumerate(dossier.appliers)
    ]
    for ref in dossier.attachments:
        if session.get(BlobRow, ref.sha256) is None:
            session.add(
                BlobRow(
                    sha256=ref.sha256, size=ref.size, media_type=ref.media_type, created_at=stamp
                )
            )
    row.attachments = [
        AttachmentRow(
            position=i,
            sha256=ref.sha256,
            filename=ref.filename,
            note=ref.note,
            added_at=ref.added_at or stamp,
        )
        for i, ref in enumerate(dossier.attachments)
    ]
    session.flush()
    search.reindex(session, row.id, index_body(dossier))
    session.flush()
    saved = to_domain(row)
    if log:
        changes = history.dossier_changes(before, saved)
        if before is None or changes:
            history.record(session, history.DOSSIER, saved.uuid,
                           "created" if before is None else "updated", user, changes)
    return saved


def list_columns(d: Dossier, key: Callable[[str], str] = sort_key) -> dict[str, str]:
    """The denormalised columns the list shows and sorts on (also filled by the bulk path)."""
    lead = d.lead_author
    lead_name = lead.full_name if lead else ""
    return {
        "lead_author_name": lead_name,
        "sort_title": key(d.title),
        "sort_unit": key(d.unit_name),
        "sort_author": key(given_name_first(lead_name)),
    }


def given_name_first(full_name: str) -> str:
    """Vietnamese names sort by given name (the last word), then the rest."""
    words = full_name.split()
    return " ".join(words[-1:] + words[:-1])


def _frozen_uuids(session: Session, uuids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uuids), 500):
        found.update(session.scalars(select(DossierVersionRow.dossier_uuid).where(
            DossierVersionRow.dossier_uuid.in_(uuids[start:start + 500]),
            DossierVersionRow.frozen_at.is_not(None))))
    return found


def _refuse_if_frozen(session: Session, row: DossierRow, what: str, code: str) -> None:
    """A recognised dossier is a legal record (DOMAIN.md): it is never binned nor deleted."""
    if _frozen_uuids(session, [row.uuid]):
        raise DossierFrozenError(
            f"Hồ sơ “{row.title}” đã được công nhận nên không thể {what}: quyết định công nhận "
            "dựa trên hồ sơ này. Nếu cần sửa, hãy tạo phiên bản sửa đổi.",
            code=code,
        )


def move_to_bin(session: Session, uuid: str, *, user: str | None = None) -> None:
    row = _load(session, uuid)
    _refuse_if_frozen(session, row, "chuyển vào thùng rác", "frozen_bin")
    if row.deleted_at is not None:
        return
    row.deleted_at = now()
    history.record(session, history.DOSSIER, uuid, "binned", user)


def restore(session: Session, uuid: str, *, user: str | None = None) -> None:
    row = _load(session, uuid)
    if row.deleted_at is None:
        return
    row.deleted_at = None
    history.record(session, history.DOSSIER, uuid, "restored", user)


def _purged(row: DossierRow) -> dict[str, str]:
    # The dossier is gone afterwards: the entry keeps what tells which one it was.
    return {"code": row.code, "title": row.title}


def purge(session: Session, uuid: str, *, user: str | None = None) -> None:
    """Deletes a dossier for good; only one already in the bin, never a recognised one."""
    row = _load(session, uuid)
    _refuse_if_frozen(session, row, "xóa hẳn", "frozen_purge")
    if row.deleted_at is None:
        raise NotFoundError(
            "Chỉ xóa hẳn được hồ sơ đã nằm trong thùng rác.", code="purge_not_in_bin"
        )
    history.record(session, history.DOSSIER, uuid, "purged", user, _purged(row))
    search.unindex(session, row.id)
    session.delete(row)


def empty_bin(session: Session, *, user: str | None = None) -> int:
    """Purges every dossier in the bin except recognised ones (they stay, restorable);
    returns how many were deleted."""
    rows = session.execute(
        select(DossierRow.id, DossierRow.uuid, DossierRow.code, DossierRow.title)
        .where(DossierRow.deleted_at.is_not(None))
    ).all()
    frozen = _frozen_uuids(session, [r.uuid for r in rows])
    ids = []
    for r in rows:
        if r.uuid in frozen:
            continue
        history.record(session, history.DOSSIER, r.uuid, "purged", user, _purged(r))
        search.unindex(session, r.id)
        ids.append(r.id)
    for start in range(0, len(ids), 500):
        session.execute(delete(DossierRow).where(DossierRow.id.in_(ids[start:start + 500])))
    return len(ids)


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
    expression = search.match_expression(q.search)
    if expression is not None:
        stmt = stmt.where(
            DossierRow.id.in_(
                select(text("rowid")).select_from(text("dossier_fts")).where(
                    text("dossier_fts MATCH :match")
                )
            )
        ).params(match=expression)
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
