"""The acts that move a dossier's status (domain.workflow): the one place a status is written.

``transition`` is what a decision, a sent nomination and the portal mark call to move the
dossiers they concern; ``submit`` and ``withdraw_submission`` are the officer's own acts on one
dossier. save_dossier refuses any other change of status (StatusActError "status_needs_act").
The caller commits; every act is logged in the dossier's history under its own action.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dossier import Dossier, Status
from sangkien_desktop.domain.workflow import (
    TRANSITIONS,
    Act,
    StatusActError,
    check_act,
    check_reason,
)
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import index_body, load_row, to_domain
from sangkien_desktop.services.dossiers.saving import lock_stored, move_revision
from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import MeetingDossierRow, MeetingRow
from sangkien_desktop.storage.models_nominations import NominationItemRow, NominationRow

SENT_NOMINATION = "sent"  # services.nominating.nominations.SENT


def transition(session: Session, uuid: str, act: Act, *, target: Status | None = None,
               when: dt.datetime | None = None, user: str | None = None) -> Dossier:
    """Moves the dossier by ``act`` (to ``target`` where the act leads to one of several
    statuses) and returns it as stored; raises StatusActError when its status does not allow
    the act. Logs nothing: the caller writes the entry that says what was done. The stored
    copy moves on a revision under ``user``: an officer editing it meanwhile is told who
    changed it when saving (services.dossiers.saving)."""
    # Locked first (on a server): two officers acting on one dossier at once are serialised,
    # and the second checks its act against the status the first left.
    lock_stored(session, uuid)
    row = load_row(session, uuid)
    new = check_act(act, Status(row.status), row.title)
    if target is not None:
        new = target
    row.status = new.value
    move_revision(session, row, history.user_name(session, user))
    indexed_at, row.updated_at = row.updated_at, when or history.now()
    session.flush()
    stored = to_domain(row)
    if row.deleted_at is None:
        # The search entry is keyed by the time it was last saved (storage.search.list_key).
        search.reindex(session, row.id, index_body(stored), row.updated_at, indexed_at)
    return stored


def _log(session: Session, before: Dossier, after: Dossier, act: Act, user: str | None,
         **extra: object) -> None:
    changes: dict[str, object] = {"status": [before.status.value, after.status.value]}
    changes.update({k: v for k, v in extra.items() if v not in (None, "")})
    history.record(session, history.DOSSIER, after.uuid, act.value, user, changes)


def submit(session: Session, uuid: str, *, user: str | None = None) -> Dossier:
    """Nộp Hội đồng: a draft (or a rejected dossier, revised) goes to the council."""
    before = to_domain(load_row(session, uuid))
    if not before.title.strip():
        raise StatusActError("submit_untitled", field="title")
    after = transition(session, uuid, Act.SUBMIT, user=user)
    _log(session, before, after, Act.SUBMIT, user)
    return after


def withdraw_submission(session: Session, uuid: str, reason: str, *,
                        user: str | None = None) -> Dossier:
    """Rút hồ sơ khỏi Hội đồng: back to draft, with the reason in the history. Refused while a
    meeting holds the dossier (its score sheets would lose their subject)."""
    reason = check_reason(Act.WITHDRAW_SUBMISSION, reason)
    before = to_domain(load_row(session, uuid))
    check_act(Act.WITHDRAW_SUBMISSION, before.status, before.title)
    meeting = session.scalar(
        select(MeetingRow.date).join(MeetingDossierRow, MeetingDossierRow.meeting_id == MeetingRow.id)
        .where(MeetingDossierRow.dossier_uuid == uuid).order_by(MeetingRow.date.desc()).limit(1))
    if meeting is not None:
        raise StatusActError("withdraw_in_meeting", title=before.title,
                             date=format(meeting, "%d/%m/%Y"))
    after = transition(session, uuid, Act.WITHDRAW_SUBMISSION, user=user)
    _log(session, before, after, Act.WITHDRAW_SUBMISSION, user, reason=reason)
    return after


def possible_acts(status: Status) -> list[Act]:
    """The acts an officer starts on one dossier in the editor or the list, from ``status``
    (decisions, nominations and the portal mark have their own windows)."""
    own = (Act.SUBMIT, Act.WITHDRAW_SUBMISSION, Act.WITHDRAW_ENTRY)
    return [act for act in own if Status(status) in TRANSITIONS[act][0]]


def in_sent_nomination(session: Session, dossier_uuid: str) -> bool:
    """Whether a sent (not withdrawn) nomination holds the dossier: where a dossier goes back
    to when its portal entry is withdrawn."""
    return session.scalar(
        select(NominationItemRow.id)
        .join(NominationRow, NominationRow.id == NominationItemRow.nomination_id)
        .where(NominationRow.status == SENT_NOMINATION,
               NominationItemRow.dossier_uuid == dossier_uuid)
        .limit(1)) is not None


def status_before_entry(session: Session, dossier_uuid: str) -> Status:
    return Status.NOMINATED if in_sent_nomination(session, dossier_uuid) else Status.RECOGNISED
