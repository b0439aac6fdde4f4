"""Closing a council meeting locks its results: the sheets, the conflicts and abstentions and
the pack (pass rule included) stay as they were when the council concluded. A meeting closes
only when every present member who may score a dossier has scored it or abstained; issuing a
decision from a meeting closes it. Reopening needs a written reason (kept in the history) and
is refused once a decision cites the meeting.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.council import Meeting
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.rule_pack import RulePack
from sangkien_desktop.domain.tally import DossierResult
from sangkien_desktop.domain.text import clean_text
from sangkien_desktop.domain.values import format_date, format_share
from sangkien_desktop.services.council.councils import (
    _council,
    _meeting,
    _meeting_row,
    _member_name,
    meeting_pack,
    meeting_results,
)
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.storage.models import DecisionRow


def close_meeting(session: Session, meeting_uuid: str, *, user: str | None = None,
                  at: dt.datetime | None = None) -> Meeting:
    """Closes the meeting (nothing happens to a closed one); InputError naming the sheets
    still missing."""
    row = _meeting_row(session, meeting_uuid)
    if row.closed_at is not None:
        return _meeting(row)
    council = _council(row.council)
    results = meeting_results(session, meeting_uuid)
    missing = [Message("meeting_missing_sheet", member=_member_name(council, m), title=r.title)
               for r in results for m in r.pending]
    if missing:
        raise InputError("meeting_incomplete", missing=missing)
    pack = meeting_pack(session, row)
    row.rule_pack_ref = pack.ref
    row.closed_at = at or history.now()
    session.flush()
    history.record(session, history.MEETING, row.uuid, "closed", user,
                   closing_entry(pack, results), at=at)
    return _meeting(row)


def closing_entry(pack: RulePack, results: list[DossierResult]) -> dict[str, Any]:
    """What the history keeps of a meeting's closing: the pack, its pass rule, the results."""
    return {
        "rule_pack": pack.ref,
        "pass_rule": str(pack.rules.describe()),
        "results": [{"dossier_uuid": r.dossier_uuid,
                     "total": format_share(r.score.total) if r.score else None,
                     "votes": f"{r.votes_for}/{r.vote_base}",
                     "proposed": r.proposed.value if r.proposed else None,
                     "excluded": list(r.excluded), "abstained": list(r.abstained)}
                    for r in results],
    }


def reopen_meeting(session: Session, meeting_uuid: str, reason: str, *,
                   user: str | None = None) -> Meeting:
    row = _meeting_row(session, meeting_uuid)
    if row.closed_at is None:
        raise InputError("meeting_not_closed", date=format_date(row.date))
    why = clean_text(reason).strip()
    if not why:
        raise InputError("meeting_reopen_reason", field="reason")
    number = session.scalar(select(DecisionRow.number_text).where(
        DecisionRow.meeting_uuid == row.uuid).limit(1))
    if number is not None:
        raise InputError("meeting_reopen_decided", number=number)
    closed = row.closed_at
    row.closed_at = None
    session.flush()
    history.record(session, history.MEETING, row.uuid, "reopened", user,
                   {"reason": why, "closed_at": closed.isoformat(sep=" ")})
    return _meeting(row)
