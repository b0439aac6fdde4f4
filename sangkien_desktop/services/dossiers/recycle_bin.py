"""The bin: move a dossier to it, restore it, purge it, empty the bin. Recognised dossiers never go there."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.council import DossierFrozenError
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.services import similarity
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import load_row, now
from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import DossierRow, DossierVersionRow


def _frozen_uuids(session: Session, uuids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(uuids), 500):
        found.update(session.scalars(select(DossierVersionRow.dossier_uuid).where(
            DossierVersionRow.dossier_uuid.in_(uuids[start:start + 500]),
            DossierVersionRow.frozen_at.is_not(None))))
    return found


def _refuse_if_frozen(session: Session, row: DossierRow, code: str) -> None:
    """A recognised dossier is a legal record (DOMAIN.md): it is never binned nor deleted."""
    if _frozen_uuids(session, [row.uuid]):
        raise DossierFrozenError(code, title=row.title)


def check_can_bin(session: Session, uuid: str) -> None:
    """Raises the reason ``move_to_bin`` would refuse, so a window says it before asking."""
    _refuse_if_frozen(session, load_row(session, uuid), "frozen_bin")


def move_to_bin(session: Session, uuid: str, *, user: str | None = None) -> None:
    row = load_row(session, uuid)
    _refuse_if_frozen(session, row, "frozen_bin")
    if row.deleted_at is not None:
        return
    row.deleted_at = now()
    history.record(session, history.DOSSIER, uuid, "binned", user)


def restore(session: Session, uuid: str, *, user: str | None = None) -> None:
    row = load_row(session, uuid)
    if row.deleted_at is None:
        return
    row.deleted_at = None
    history.record(session, history.DOSSIER, uuid, "restored", user)


def _purged(row: Any) -> dict[str, str]:
    # A DossierRow, or a row of its code and title.
    # The dossier is gone afterwards: the entry keeps what tells which one it was.
    return {"code": row.code, "title": row.title}


def purge(session: Session, uuid: str, *, user: str | None = None) -> None:
    """Deletes a dossier for good; only one already in the bin, never a recognised one."""
    row = load_row(session, uuid)
    _refuse_if_frozen(session, row, "frozen_purge")
    if row.deleted_at is None:
        raise NotFoundError("purge_not_in_bin")
    history.record(session, history.DOSSIER, uuid, "purged", user, _purged(row))
    search.unindex(session, row.id, row.updated_at)
    similarity.unindex(session, row.id)
    session.delete(row)


def empty_bin(session: Session, *, user: str | None = None) -> int:
    """Purges every dossier in the bin except recognised ones (they stay, restorable);
    returns how many were deleted."""
    rows = session.execute(
        select(DossierRow.id, DossierRow.uuid, DossierRow.code, DossierRow.title,
               DossierRow.updated_at)
        .where(DossierRow.deleted_at.is_not(None))
    ).all()
    frozen = _frozen_uuids(session, [r.uuid for r in rows])
    ids = []
    for r in rows:
        if r.uuid in frozen:
            continue
        history.record(session, history.DOSSIER, r.uuid, "purged", user, _purged(r))
        search.unindex(session, r.id, r.updated_at)
        similarity.unindex(session, r.id)
        ids.append(r.id)
    for start in range(0, len(ids), 500):
        session.execute(delete(DossierRow).where(DossierRow.id.in_(ids[start:start + 500])))
    return len(ids)
