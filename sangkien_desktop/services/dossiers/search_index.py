"""Rebuilding the full-text index of dossiers from the dossiers themselves.

The index is derived data: when it disagrees with the dossiers (a crash in an old version, a
file copied by hand, check-database finding a mismatch), it is dropped and written again, in
one transaction, from the same text save_dossier indexes.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sangkien_desktop.services import similarity
from sangkien_desktop.services.dossiers.dossier_rows import index_body, to_domain
from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import DossierRow

_BATCH = 500


def rebuild_index(session: Session, progress: Callable[[int, int], None] | None = None) -> int:
    """Empties the search index and indexes every stored dossier again (in the bin too, as
    save_dossier does), in the session's transaction (the caller commits); ``progress``
    receives (done, total). Returns the number indexed."""
    # In the order of their keys (last saved, then id: storage.search.list_key), which is the
    # order FTS5 takes entries fastest.
    ids = list(session.scalars(select(DossierRow.id).order_by(DossierRow.updated_at,
                                                               DossierRow.id)))
    search.clear(session)
    for start in range(0, len(ids), _BATCH):
        rows = session.scalars(select(DossierRow).where(DossierRow.id.in_(ids[start:start + _BATCH]))
                               .options(selectinload(DossierRow.authors))).all()
        for row in sorted(rows, key=lambda r: search.list_key(r.updated_at, r.id)):
            search.reindex(session, row.id, index_body(to_domain(row)), row.updated_at, None)
        if progress is not None:
            progress(min(start + _BATCH, len(ids)), len(ids))
    search.optimize(session)
    similarity.rebuild(session)
    return len(ids)
