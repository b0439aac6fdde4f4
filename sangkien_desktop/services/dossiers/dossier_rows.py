"""A dossier as stored: the columns it maps to, reading one back, its code and its index text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

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
from sangkien_desktop.storage import registers, search
from sangkien_desktop.storage.models import (
    ApplierRow,
    AttachmentRow,
    AuthorRow,
    BlobRow,
    DossierRow,
)

CODE_REGISTER = "dossier_code"  # the register of dossier codes, in storage.registers

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


def share_from_db(value: int | None) -> Decimal | None:
    return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def to_domain(row: DossierRow) -> Dossier:
    return Dossier(
        uuid=row.uuid,
        sector=Sector(row.sector),
        status=Status(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        deleted_at=row.deleted_at,
        revision=row.revision or 0,
        updated_by=row.updated_by or "",
        authors=[
            Author(
                **{f: getattr(a, f) for f in PERSON_FIELDS},
                cccd=a.cccd,
                phone=a.phone,
                share_percent=share_from_db(a.share_hundredths),
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
                requirement=a.requirement,
            )
            for a in row.attachments
        ],
        **{f: getattr(row, f) for f in SCALAR_FIELDS},
    )


def load_row(session: Session, uuid: str) -> DossierRow:
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
        raise NotFoundError("dossier_not_found", uuid=uuid)
    return row


def find_dossier(session: Session, key: str) -> str:
    """The uuid of the dossier whose uuid or code is ``key``; NotFoundError when none or
    several match."""
    found = session.scalars(
        select(DossierRow.uuid).where(or_(DossierRow.uuid == key, DossierRow.code == key))
    ).all()
    if not found:
        raise NotFoundError("dossier_key_not_found", key=key)
    if len(found) > 1:
        raise NotFoundError("dossier_key_ambiguous", key=key)
    return found[0]


def live_uuids(session: Session) -> list[str]:
    """Every dossier not in the bin, by code."""
    return list(session.scalars(select(DossierRow.uuid).where(DossierRow.deleted_at.is_(None))
                                .order_by(DossierRow.code)))


def get_dossier(session: Session, uuid: str) -> Dossier:
    return to_domain(load_row(session, uuid))


class _Read:
    """A dossier read as plain rows, shaped like the mapped DossierRow that to_domain reads."""

    def __init__(self, row: Any):
        self._row = row
        self.authors: list[Any] = []
        self.appliers: list[Any] = []
        self.attachments: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)


class _Attached:
    def __init__(self, row: Any):
        self._row = row
        self.blob = row  # to_domain reads blob.size and blob.media_type

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)


def get_dossiers(session: Session, uuids: Iterable[str], *, chunk: int = 500) -> dict[str, Dossier]:
    """The stored dossiers among ``uuids``, by uuid, as get_dossier reads them: read as plain
    rows, a few queries per few hundred dossiers (the ORM's objects would cost more than
    everything done with them). Unknown uuids are left out."""
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, Dossier] = {}
    dossier, author, applier = DossierRow.__table__, AuthorRow.__table__, ApplierRow.__table__
    attachment, blob = AttachmentRow.__table__, BlobRow.__table__
    for start in range(0, len(wanted), chunk):
        rows = {r.id: _Read(r) for r in session.execute(
            select(dossier).where(dossier.c.uuid.in_(wanted[start:start + chunk])))}
        ids = list(rows)
        for table, name in ((author, "authors"), (applier, "appliers")):
            for r in session.execute(select(table).where(table.c.dossier_id.in_(ids))
                                     .order_by(table.c.dossier_id, table.c.position)):
                getattr(rows[r.dossier_id], name).append(r)
        for r in session.execute(
                select(attachment, blob.c.size, blob.c.media_type)
                .join(blob, blob.c.sha256 == attachment.c.sha256)
                .where(attachment.c.dossier_id.in_(ids))
                .order_by(attachment.c.dossier_id, attachment.c.position)):
            rows[r.dossier_id].attachments.append(_Attached(r))
        found.update((r.uuid, to_domain(r)) for r in rows.values())  # type: ignore[arg-type]
    return found


def next_code(session: Session, year: int) -> str:
    """The next free code "SK-<year>-NNNNN" (numbers restart each year). The largest number is
    compared as a number, so a typed "SK-2022-9" does not hide "SK-2022-00010". Holds the
    year's register until the transaction ends, so two officers never get the same code."""
    prefix = f"SK-{year}-"
    registers.take(session, CODE_REGISTER, year)
    return f"{prefix}{registers.largest_suffix_number(session, DossierRow.code, prefix) + 1:05d}"


def index_body(d: Dossier) -> str:
    return search.index_text(
        d.title,
        d.code,
        d.unit_name,
        d.field_of_application,
        d.investor,
        " ".join(a.full_name for a in d.authors),
    )


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
