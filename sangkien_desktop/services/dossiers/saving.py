"""Saving a dossier: the row, its authors, appliers and attachments, its index entry and its history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dossier import (
    STATUS_LABELS,
    Dossier,
    Sector,
    Status,
    new_uuid,
    require_title,
)
from sangkien_desktop.domain.errors import DossierChangedError
from sangkien_desktop.domain.workflow import StatusActError
from sangkien_desktop.services import similarity
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

_PASSED = "revisions_passed"  # Session.info key: uuid → revisions this session replaced


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
    changes nothing is not logged) under ``user`` (default: history.user_name). Refuses
    (DossierChangedError) a copy read before someone else's save: ``dossier.revision`` is
    the revision it was read at (0: not read from the database, not checked).
    ``log=False`` is for callers that write their own, more telling entry (a decision).

    A dossier without a title is refused (InputError ``dossier_untitled``, field ``title``).

    The status is not this function's to change (services.dossiers.workflow moves it by an
    act): a new dossier starts as a draft and a stored one keeps its status, else
    StatusActError. ``imported=True`` is for the imports, which set the status a file may
    carry by their own rule (domain.workflow.imported_status).
    """
    row = lock_stored(session, dossier.uuid)
    # Revisions this session moved past: a copy read earlier in the same unit of work (a
    # decision recognising dossiers it loaded first) is no other officer's save.
    passed = session.info.setdefault(_PASSED, {}).setdefault(dossier.uuid, set())
    if (row is not None and dossier.revision and row.revision != dossier.revision
            and dossier.revision not in passed):
        raise DossierChangedError(row.uuid, row.title, row.updated_by, row.updated_at)
    # A recognised dossier is frozen: raises DossierFrozenError on a change of its content.
    ensure_editable(session, dossier)
    stamp = when or now()
    if not dossier.code:
        dossier = replace(dossier, code=next_code(session, (dossier.created_at or stamp).year))
    # The title rule is the core's: refused from the window, the command line and the imports
    # alike; only the program's own rewrite of a dossier stored untitled long ago goes on.
    if log or row is None or row.title:
        require_title(dossier)
    if not imported:
        _check_status(dossier, row)
    before = to_domain(row) if row is not None and log else None
    saved_by = history.user_name(session, user)  # read before a new row is added (autoflush)
    # The search entry is keyed by the time it was last saved (storage.search.list_key).
    indexed_at = row.updated_at if row is not None else None
    if row is None:
        row = DossierRow(uuid=dossier.uuid, created_at=dossier.created_at or stamp, revision=0)
        session.add(row)
    move_revision(session, row, saved_by)
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
    similarity.index(session, row.id, dossier)
    session.flush()
    saved = to_domain(row)
    if log:
        changes = history.dossier_changes(before, saved)
        if before is None or changes:
            history.record(session, history.DOSSIER, saved.uuid,
                           "created" if before is None else "updated", user, changes)
    return saved


def lock_stored(session: Session, uuid: str) -> DossierRow | None:
    """The stored row of the dossier, read afresh and locked until the transaction ends (on a
    server; SQLite has one writer anyway): the revision a save or an act checks is the one it
    replaces, and a freeze another officer committed meanwhile is seen."""
    return session.scalar(select(DossierRow).where(DossierRow.uuid == uuid)
                          .with_for_update().execution_options(populate_existing=True))


def move_revision(session: Session, row: DossierRow, saved_by: str) -> None:
    """The stored copy moves on to a new revision, saved by ``saved_by`` (history.user_name):
    an editor holding the old one is told who changed it (DossierChangedError)."""
    session.info.setdefault(_PASSED, {}).setdefault(row.uuid, set()).add(row.revision or 0)
    row.revision = (row.revision or 0) + 1
    row.updated_by = saved_by


@dataclass(frozen=True)
class Revision:
    """Where the stored copy of a dossier stands: its revision, who saved it and when."""

    revision: int
    updated_by: str
    updated_at: dt.datetime


def stored_revision(session: Session, uuid: str) -> Revision | None:
    """The stored copy's revision (None: not stored); one indexed lookup, for an open editor
    to notice another officer's save."""
    found = session.execute(select(DossierRow.revision, DossierRow.updated_by,
                                   DossierRow.updated_at).where(DossierRow.uuid == uuid)).first()
    return Revision(*found) if found is not None else None


def save_as_copy(session: Session, dossier: Dossier, *, user: str | None = None) -> Dossier:
    """Keeps an officer's version of a dossier someone else saved meanwhile as a dossier of
    its own (a new code, a draft, "(bản sao)" after its title), leaving the other's intact."""
    copy = replace(dossier, uuid=new_uuid(), code="", title=f"{dossier.title} {COPY_MARK}".strip(),
                   status=Status.DRAFT, created_at=None, updated_at=None, deleted_at=None,
                   revision=0, updated_by="")
    return save_dossier(session, copy, user=user)


# Put after the title of a dossier kept as a copy: stored data, in the unit's language.
COPY_MARK = "(bản sao)"  # i18n: keep (stored data)


def _check_status(dossier: Dossier, row: DossierRow | None) -> None:
    status = Status(dossier.status)
    if row is None and status != Status.DRAFT:
        raise StatusActError("status_new_not_draft", title=dossier.title,
                             status=STATUS_LABELS[status], field="status")
    if row is not None and row.status != status.value:
        raise StatusActError("status_needs_act", title=dossier.title, field="status",
                             old=STATUS_LABELS[Status(row.status)], new=STATUS_LABELS[status])
