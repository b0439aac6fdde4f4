"""The editor's unsaved state, kept every few seconds so a crash or power cut loses nothing."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.exchange.json_format import dossier_from_json, dossier_to_json
from sangkien_desktop.storage.models import DossierRow, EditorDraftRow


@dataclass(frozen=True)
class PendingDraft:
    dossier_uuid: str
    saved_at: dt.datetime
    title: str
    # The dossier was never saved: the draft is all there is of it.
    is_new: bool


def snapshot_of(dossier: Dossier) -> dict[str, Any]:
    """The dossier as a draft keeps it (the interchange JSON of one dossier)."""
    return dossier_to_json(dossier)


def dossier_of(snapshot: dict[str, Any]) -> Dossier:
    return dossier_from_json(snapshot)


def save_draft(session: Session, dossier_uuid: str, payload: dict[str, Any]) -> dt.datetime:
    stamp = dt.datetime.now().replace(microsecond=0)
    encoded = json.dumps(payload, ensure_ascii=False)
    row = session.get(EditorDraftRow, dossier_uuid)
    if row is None:
        session.add(EditorDraftRow(dossier_uuid=dossier_uuid, payload=encoded, saved_at=stamp))
    else:
        row.payload = encoded
        row.saved_at = stamp
    return stamp


def load_draft(session: Session, dossier_uuid: str) -> tuple[dict[str, Any], dt.datetime] | None:
    row = session.get(EditorDraftRow, dossier_uuid)
    if row is None:
        return None
    try:
        return json.loads(row.payload), row.saved_at
    except json.JSONDecodeError:
        return None


def discard_draft(session: Session, dossier_uuid: str) -> None:
    session.execute(delete(EditorDraftRow).where(EditorDraftRow.dossier_uuid == dossier_uuid))


def pending_drafts(session: Session) -> list[PendingDraft]:
    """Drafts newer than their dossier (or of a dossier never saved), oldest first."""
    rows = session.execute(
        select(EditorDraftRow, DossierRow.updated_at, DossierRow.title)
        .outerjoin(DossierRow, DossierRow.uuid == EditorDraftRow.dossier_uuid)
        .order_by(EditorDraftRow.saved_at)
    ).all()
    pending = []
    for draft, updated_at, title in rows:
        if updated_at is not None and draft.saved_at < updated_at:
            continue
        try:
            draft_title = json.loads(draft.payload).get("title", "")
        except (json.JSONDecodeError, AttributeError):
            draft_title = ""
        pending.append(
            PendingDraft(draft.dossier_uuid, draft.saved_at, draft_title or title or "", updated_at is None)
        )
    return pending
