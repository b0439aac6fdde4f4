"""What a nomination or an export asks beyond the form: the dossier is recognised, by a
decision dated inside the campaign's window and not before the first application.

The service layer reads the decisions into a ``Recognition``; the rules stay pure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import STATUS_LABELS, Dossier, Status
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.validation.model import Emit
from sangkien_desktop.domain.values import format_date

RECOGNISED, REJECTED = "recognised", "rejected"


@dataclass(frozen=True)
class Recognition:
    """The latest decision about a dossier; ``outcome`` "" when there is none."""

    outcome: str = ""
    decision_date: dt.date | None = None
    decision_number: str = ""
    reason: str = ""

    @property
    def recognised(self) -> bool:
        return self.outcome == RECOGNISED and self.decision_date is not None


def _decision(rec: Recognition) -> Message:
    if rec.decision_number:
        return Message("decision_numbered", number=rec.decision_number,
                       date=format_date(rec.decision_date))
    return Message("decision_dated", date=format_date(rec.decision_date))


def check_recognised(d: Dossier, rec: Recognition, emit: Emit) -> None:
    name = Message("dossier_named", title=d.title or d.code)
    if rec.outcome == REJECTED:
        reason, decision = rec.reason.strip(), _decision(rec)
        message = (Message("check_rejected_reason", dossier=name, decision=decision, reason=reason)
                   if reason else Message("check_rejected", dossier=name, decision=decision))
        emit("SK-NOT-RECOGNISED", "status", message, Message("check_rejected_fix"))
    elif not rec.recognised:
        if d.status in (Status.RECOGNISED, Status.NOMINATED, Status.ENTERED):
            message = Message("check_not_recognised_claimed", dossier=name,
                              status=STATUS_LABELS[Status(d.status)])
        else:
            message = Message("check_not_recognised", dossier=name)
        emit("SK-NOT-RECOGNISED", "status", message, Message("check_not_recognised_fix"))


def check_decision_window(
    d: Dossier, campaign: Campaign, decision_date: dt.date | None, emit: Emit, number: str = ""
) -> None:
    start, end = campaign.window_start, campaign.window_end
    if decision_date is None or not ((start and decision_date < start) or (end and decision_date > end)):
        return
    window = f"{format_date(start) or '…'} – {format_date(end) or '…'}"
    decision = _decision(Recognition(RECOGNISED, decision_date, number))
    emit(
        "SK-DECISION-WINDOW", "decision_date",
        Message("check_decision_window", decision=decision, title=d.title or d.code,
                campaign=campaign.short_name or campaign.name, window=window),
        Message("check_decision_window_fix"),
        ref=campaign.id,
    )
