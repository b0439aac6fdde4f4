"""Bulk insert of new dossiers: the rows save_dossier would store, written many at a time.

For imports and demo data, where saving one dossier at a time through the ORM takes minutes.
The denormalised columns, the search index body, the code numbering and the history entry come
from the same helpers save_dossier uses, so a dossier stored here reads back exactly as if it
had been saved one by one (in the same order, with ``when`` or its own timestamps), and its
history says it was created. Like ``save_dossier(..., imported=True)`` it stores the status it
is given: its callers set it by their own rule (an import: domain.workflow.imported_status;
the demo: its meetings and decisions follow).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier, require_title
from sangkien_desktop.domain.text import sort_key
from sangkien_desktop.services import similarity
from sangkien_desktop.services.dossiers import history, stored_checks
from sangkien_desktop.services.dossiers.dossier_rows import (
    PERSON_FIELDS,
    SCALAR_FIELDS,
    index_body,
    list_columns,
    next_code,
    now,
    share_to_db,
)
from sangkien_desktop.storage import search
from sangkien_desktop.storage.keys import IdAllocator
from sangkien_desktop.storage.models import (
    ApplierRow,
    AttachmentRow,
    AuthorRow,
    BlobRow,
    DossierRow,
    HistoryRow,
)

_DOSSIER = cast(Table, DossierRow.__table__)
_AUTHOR = cast(Table, AuthorRow.__table__)
_APPLIER = cast(Table, ApplierRow.__table__)
_BLOB = cast(Table, BlobRow.__table__)
_ATTACHMENT = cast(Table, AttachmentRow.__table__)
_HISTORY = cast(Table, HistoryRow.__table__)


def _insert_new_blobs(session: Session) -> Any:
    """An INSERT of blob records that skips a file already recorded, on either engine."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(_BLOB).on_conflict_do_nothing()
    return insert(_BLOB).prefix_with("OR IGNORE")


class _Numbering:
    """Codes "SK-<year>-NNNNN" handed out in order, as next_code would one save at a time.

    The first number of a year is asked from the database (next_code itself); the following
    ones are counted here. A dossier that brings its own code may change what next_code
    would answer, so the counters are then dropped and asked again after a flush.
    """

    def __init__(self, session: Session):
        self.session = session
        self.next: dict[int, int] = {}
        self.stale = False

    def code(self, year: int, flush: Callable[[], None]) -> str:
        if self.stale:
            flush()
            self.next.clear()
            self.stale = False
        if year not in self.next:
            first = next_code(self.session, year)
            self.next[year] = int(first.rsplit("-", 1)[1])
        number = self.next[year]
        self.next[year] = number + 1
        return f"SK-{year}-{number:05d}"


def insert_dossiers(
    session: Session,
    dossiers: Iterable[Dossier],
    batch: int = 2000,
    progress: Callable[[int], None] | None = None,
    *,
    when: dt.datetime | None = None,
    user: str | None = None,
    detail: bool = True,
    origin: dict[str, Any] | None = None,
    log: bool = True,
    campaigns: dict[str, Campaign] | None = None,
    similarity_later: bool = False,
) -> int:
    """Inserts new dossiers (their uuids must not be stored yet) with their authors, appliers,
    attachment records, search index rows and history, in the session's transaction (the
    caller commits).

    A dossier without a code gets the next "SK-<year>-NNNNN" of the year it was created;
    ``created_at``/``updated_at`` default to ``when`` (or now), and so do the times its files
    are recorded at; attachment files must already be in the blob store. Each dossier's
    history gets the "created" entry save_dossier writes, under ``user`` (default: the user
    name in Settings): with the fields it was given, or (``detail`` False, for demo data by
    the hundred thousand) without them; and, with ``origin``, an "imported" entry saying where
    it came from; ``log`` False writes no entry (the caller writes its own, as new_version does
    for a correction copy). ``progress`` receives the number inserted so far after each batch.
    With ``campaigns`` each dossier's kept check is made too (stored_checks), once all are in.
    With ``similarity_later`` their similarity entries are left for later (marked pending:
    services/similarity.bring_current writes them before the index is searched), as an import
    does. Returns the number inserted.
    """
    stamp = when or now()
    who = history.user_name(session, user)
    # Unit and author names repeat across thousands of dossiers; the key is pure, so memoise.
    key = lru_cache(maxsize=1 << 16)(sort_key)
    numbering = _Numbering(session)
    new_id = IdAllocator(session, _DOSSIER)
    if new_id.first:  # SQLite: the ids counted on from the largest; a server's are never reused
        # A stale index entry of an id about to be reused would list a new dossier twice:
        # clear the whole range once.
        search.remove_ids_from(session, new_id.first)
        similarity.drop_from(session, new_id.first)
    rows: dict[Any, list[dict[str, Any]]] = {
        table: [] for table in (_DOSSIER, _AUTHOR, _APPLIER, _BLOB, _ATTACHMENT, _HISTORY)}
    fts_rows: list[dict[str, Any]] = []
    similarity_rows: list[dict[str, Any]] = []
    inserted: list[str] = []
    done = 0

    def flush() -> None:
        nonlocal done
        if not rows[_DOSSIER]:
            return
        count = len(rows[_DOSSIER])
        session.execute(insert(_DOSSIER), rows[_DOSSIER])
        rows[_DOSSIER].clear()
        for table, values in rows.items():
            if values:
                # A file already stored keeps its first record, as in save_dossier.
                stmt = _insert_new_blobs(session) if table is _BLOB else insert(table)
                session.execute(stmt, values)
                values.clear()
        search.index_many(session, fts_rows)  # in key order on SQLite
        fts_rows.clear()
        if similarity_later:
            similarity.defer(session, [r["id"] for r in similarity_rows])
        else:
            similarity.insert_bodies(session, similarity_rows)
        similarity_rows.clear()
        done += count
        if progress is not None:
            progress(done)

    for d in dossiers:
        require_title(d)  # as save_dossier: the rollback of the caller's unit of work undoes a batch
        if d.code:
            numbering.stale = True
        else:
            d = replace(d, code=numbering.code((d.created_at or stamp).year, flush))
        dossier_id = new_id()
        saved_at = d.updated_at or stamp
        row = {name: getattr(d, name) for name in SCALAR_FIELDS}
        row.update(list_columns(d, key))
        row.update(
            id=dossier_id,
            uuid=d.uuid,
            sector=d.sector.value,
            status=d.status.value,
            created_at=d.created_at or stamp,
            updated_at=saved_at,
            deleted_at=d.deleted_at,
            updated_by=who,  # as save_dossier records who saved last
        )
        rows[_DOSSIER].append(row)
        for i, a in enumerate(d.authors):
            author = {f: getattr(a, f) for f in PERSON_FIELDS}
            author.update(
                dossier_id=dossier_id,
                position=i,
                cccd=a.cccd,
                phone=a.phone,
                share_hundredths=share_to_db(a.share_percent),
                is_lead=a.is_lead,
            )
            rows[_AUTHOR].append(author)
        for i, p in enumerate(d.appliers):
            applier = {f: getattr(p, f) for f in PERSON_FIELDS}
            applier.update(dossier_id=dossier_id, position=i, task=p.task)
            rows[_APPLIER].append(applier)
        refs = [replace(ref, added_at=ref.added_at or saved_at) for ref in d.attachments]
        for i, ref in enumerate(refs):
            rows[_BLOB].append({"sha256": ref.sha256, "size": ref.size,
                                "media_type": ref.media_type, "created_at": saved_at})
            rows[_ATTACHMENT].append({"dossier_id": dossier_id, "position": i,
                                      "sha256": ref.sha256, "filename": ref.filename,
                                      "note": ref.note, "requirement": ref.requirement,
                                      "added_at": ref.added_at})
        created = row["created_at"]
        # The fields as stored: the times and the files' times filled in, as save_dossier logs.
        stored = replace(d, created_at=created, updated_at=saved_at, attachments=refs)
        changes = history.dossier_changes(None, stored) if detail and log else None
        if log:
            rows[_HISTORY].append(history.entry_row(history.DOSSIER, d.uuid, "created", who,
                                                    created, changes))
        if origin is not None and log:
            rows[_HISTORY].append(history.entry_row(history.DOSSIER, d.uuid, "imported", who,
                                                    created, origin))
        fts_rows.append({"id": dossier_id, "body": index_body(d), "updated_at": saved_at})
        similarity_rows.append({"id": dossier_id, "body": "" if similarity_later
                                else similarity.body_of(d)})
        inserted.append(d.uuid)
        if len(rows[_DOSSIER]) >= batch:
            flush()
    flush()
    if campaigns is not None:
        stored_checks.refresh_dossiers(session, campaigns, inserted)
    return done
