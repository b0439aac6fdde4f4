"""Where a dossier's status comes from: the acts that move it, and which moves are allowed.

The status is the dossier's legal state (DOMAIN.md, "The life of one dossier"), so nobody sets
it: it follows what was done. Submitting to the council is an act of the officer; recognised
and rejected come only from a decision; nominated from a sent nomination; entered from the
portal mark. Undoing one of those is an act too, with a reason, and is logged. Each act's
name is also its action in the dossier's history.
"""

from __future__ import annotations

import enum

from sangkien_desktop.domain.dossier import STATUS_LABELS, Status
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.messages import Message


class Act(enum.StrEnum):
    SUBMIT = "submitted"
    WITHDRAW_SUBMISSION = "submission_withdrawn"
    RECOGNISE = "recognised"
    REJECT = "rejected"
    NOMINATE = "nominated"
    WITHDRAW_NOMINATION = "nomination_withdrawn"
    ENTER = "portal_entered"
    WITHDRAW_ENTRY = "portal_entry_withdrawn"
    PORTAL_RETURNED = "portal_returned"


S = Status
# A decision is itself the legal act: it may decide a dossier the head received without a
# council (still a draft here), and a later decision may reverse a rejection.
_DECIDABLE = frozenset({S.DRAFT, S.SUBMITTED, S.REJECTED})
# act: (the statuses it may start from, the status it leads to). Withdrawing a portal entry
# goes back to where the dossier was (nominated or recognised): the service says which.
TRANSITIONS: dict[Act, tuple[frozenset[Status], Status]] = {
    Act.SUBMIT: (frozenset({S.DRAFT, S.REJECTED}), S.SUBMITTED),
    Act.WITHDRAW_SUBMISSION: (frozenset({S.SUBMITTED}), S.DRAFT),
    Act.RECOGNISE: (_DECIDABLE, S.RECOGNISED),
    Act.REJECT: (_DECIDABLE, S.REJECTED),
    Act.NOMINATE: (frozenset({S.RECOGNISED}), S.NOMINATED),
    Act.WITHDRAW_NOMINATION: (frozenset({S.NOMINATED}), S.RECOGNISED),
    Act.ENTER: (frozenset({S.RECOGNISED, S.NOMINATED, S.ENTERED}), S.ENTERED),
    Act.WITHDRAW_ENTRY: (frozenset({S.ENTERED}), S.RECOGNISED),
    Act.PORTAL_RETURNED: (frozenset({S.ENTERED}), S.RECOGNISED),
}

# Undoing an act: confirmed by the user, with a reason that goes into the history.
UNDO_ACTS = frozenset({Act.WITHDRAW_SUBMISSION, Act.WITHDRAW_NOMINATION, Act.WITHDRAW_ENTRY})

ACT_LABELS: dict[Act, Message] = {
    Act.SUBMIT: Message("act_submit"),
    Act.WITHDRAW_SUBMISSION: Message("act_withdraw_submission"),
    Act.RECOGNISE: Message("act_recognise"),
    Act.REJECT: Message("act_reject"),
    Act.NOMINATE: Message("act_nominate"),
    Act.WITHDRAW_NOMINATION: Message("act_withdraw_nomination"),
    Act.ENTER: Message("act_enter"),
    Act.WITHDRAW_ENTRY: Message("act_withdraw_entry"),
    Act.PORTAL_RETURNED: Message("act_portal_returned"),
}

# Statuses that state a legal act of someone (a decision, a nomination, the portal).
DECIDED = frozenset({S.RECOGNISED, S.REJECTED, S.NOMINATED, S.ENTERED})


class StatusActError(SangKienError):
    """A status change that no act allows, or an act the dossier's status does not allow."""

    code = "status_act"


def check_act(act: Act, current: Status, title: str) -> Status:
    """The status ``act`` leads to from ``current``; raises StatusActError when it may not
    start there."""
    allowed, target = TRANSITIONS[act]
    if Status(current) not in allowed:
        raise StatusActError("status_act_not_allowed", act=ACT_LABELS[act], title=title,
                             status=STATUS_LABELS[Status(current)])
    return target


def check_reason(act: Act, reason: str) -> str:
    """The reason of an undo, cleaned; raises StatusActError when it is empty."""
    text = " ".join(reason.split())
    if act in UNDO_ACTS and not text:
        raise StatusActError("status_reason_missing", act=ACT_LABELS[act], field="reason")
    return text


def imported_status(claimed: Status, decided: str | None) -> Status:
    """The status an imported dossier may keep (docs/dossier-format.md, "Status on import").

    ``decided`` is the outcome ("recognised"/"rejected") of a decision the same file carries
    for it, or None. Draft and submitted need no evidence; a status that states a decision
    (recognised, nominated, entered, rejected) is kept only with a decision that says so,
    otherwise the dossier comes in as submitted and the decision can be recorded here.
    """
    claimed = Status(claimed)
    if claimed not in DECIDED:
        return claimed
    if claimed == S.REJECTED:
        return claimed if decided == "rejected" else S.SUBMITTED
    return claimed if decided == "recognised" else S.SUBMITTED
