"""Saving a dossier: the row, its authors, appliers and attachments, its index entry and its history."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dossier import STATUS_LABELS, Dossier, Sector, Status, require_title
from sangkien_desktop.domain.workflow import StatusActError
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import (
    PERSON_FIELDS,
    SCALAR_FIELDS,
    index_body,
    list_columns,
    next_code,
    now,
    share_to_db,
    to_domain,
)
from sangkien_desktop.services.dossiers.history import ensure_editable
from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import (
    ApplierRow,
    AttachmentRow,
    AuthorRow,
    BlobRow,
    DossierRow,
)


def save_dossier(
    session: Session,
    dossier: Dossier,
    *,
    when: dt.datetime | None = None,
    user: str | None = None,
    log: bool = True,
    imported: bool = False,
) -> Dossier:
    """Creates or updates the dossier with this uuid, children included, in the session's
    transaction (the caller commits). Returns the dossier as stored.

    The change goes to the history ("created", or "updated" with what changed; a save that
    changes nothing is not logged) under ``user`` (default: the user name in Settings).
    ``log=False`` is for callers that write their own, more telling entry (a decision).

    A dossier without a title is refused (InputError ``dossier_untitled``, field ``title``).

    The status is not this function's to change (services.dossiers.workflow moves it by an
    act): a new dossier starts as a draft and a stored one keeps its status, else
    StatusActError. ``imported=True`` is for the imports, which set the status a file may
    carry by their own rule (domain.workflow.imported_status).
    """
    # A recognised dossier is frozen: raises DossierFrozenError on a change of its content.
    ensure_editable(session, dossier)
    stamp = when or now()
    if not dossier.code:
        dossier = replace(dossier, code=next_code(session, (dossier.created_at or stamp).year))
    row = session.scalar(select(DossierRow).where(DossierRow.uuid == dossier.uuid))
    # The title rule is the core's: refused from the window, the command line and the imports
    # alike; only the program's own rewrite of a dossier stored untitled long ago goes on.
    if log or row is None or row.title:
        require_title(dossier)
    if not imported:
        _check_status(dossier, row)
    before = to_domain(row) if row is not None and log else None
    # The search entry is keyed by the time it was last saved (storage.search.list_key).
    indexed_at = row.updated_at if row is not None else None
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
            requirement=ref.requirement,
            added_at=ref.added_at or stamp,
        )
        for i, ref in enumerate(dossier.attachments)
    ]
    session.flush()
    search.reindex(session, row.id, index_body(dossier), row.updated_at, indexed_at)
    session.flush()
    saved = to_domain(row)
    if log:
        changes = history.dossier_changes(before, saved)
        if before is None or changes:
            history.record(session, history.DOSSIER, saved.uuid,
                           "created" if before is None else "updated", user, changes)
    return saved


def _check_status(dossier: Dossier, row: DossierRow | None) -> None:
    status = Status(dossier.status)
    if row is None and status != Status.DRAFT:
        raise StatusActError("status_new_not_draft", title=dossier.title,
                             status=STATUS_LABELS[status], field="status")
    if row is not None and row.status != status.value:
        raise StatusActError("status_needs_act", title=dossier.title, field="status",
                             old=STATUS_LABELS[Status(row.status)], new=STATUS_LABELS[status])
