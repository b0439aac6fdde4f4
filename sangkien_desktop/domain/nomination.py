"""Rules of a nomination upward, read from the campaign: the quota for the unit's level, the
deadline and its warning, and which phase of a campaign a recognised initiative counts in.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sangkien_desktop.domain.campaign import Campaign, Phase, Quota
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.domain.messages import Message

# A campaign without phases counts everything in this one.
WHOLE_CAMPAIGN = Phase(code="all", name=Message("phase_whole_campaign"))


class QuotaExceededError(InputError):
    """More dossiers than the campaign allows the unit's level to nominate."""

    code = "quota_exceeded"


class NominationSentError(InputError):
    """A nomination already sent upward is a record: it is not edited any more."""

    code = "nomination_sent"


def quota_for(campaign: Campaign, level: str) -> Quota | None:
    """The campaign's quota for a unit at ``level`` (Settings), or None when it sets none."""
    for quota in campaign.quotas:
        if quota.level == level:
            return quota
    return None


def check_quota(campaign: Campaign, level: str, count: int) -> None:
    """Raises QuotaExceededError when ``count`` dossiers exceed the quota of ``level``."""
    quota = quota_for(campaign, level)
    if quota is None or count <= quota.count:
        return
    source = campaign.sources.get("quotas", "")
    raise QuotaExceededError(
        "quota_exceeded_source" if source else "quota_exceeded", field="items",
        campaign=campaign.short_name, level=quota.label.lower(), quota=quota.count, count=count,
        over=count - quota.count, source=source,
    )


class DeadlineState(enum.StrEnum):
    NONE = "none"  # no deadline set
    OPEN = "open"
    NEAR = "near"  # within the campaign's warning days
    PASSED = "passed"


@dataclass(frozen=True)
class Deadline:
    state: DeadlineState
    when: dt.datetime | None = None
    days_left: int | None = None  # whole days from today to the deadline's day

    @property
    def message(self) -> Message:
        if self.when is None:
            return Message("deadline_none")
        at = Message("time_on_date", time=f"{self.when:%H:%M}", date=f"{self.when:%d/%m/%Y}")
        if self.state is DeadlineState.PASSED:
            return Message("deadline_passed", at=at)
        if self.state is DeadlineState.NEAR:
            if self.days_left == 0:
                return Message("deadline_today", at=at)
            return Message("deadline_near", days=self.days_left, at=at)
        return Message("deadline_open", at=at, days=self.days_left)


def deadline_state(
    deadline: dt.datetime | None, now: dt.datetime, warning_days: int = 7
) -> Deadline:
    """Where ``now`` stands against ``deadline``: open, near (within ``warning_days``) or
    passed. A deadline at 00:00 means the end of the day before, as programs write it."""
    if deadline is None:
        return Deadline(DeadlineState.NONE)
    days_left = (deadline.date() - now.date()).days
    if now > deadline:
        return Deadline(DeadlineState.PASSED, deadline, days_left)
    if days_left <= warning_days:
        return Deadline(DeadlineState.NEAR, deadline, days_left)
    return Deadline(DeadlineState.OPEN, deadline, days_left)


def phases_of(campaign: Campaign) -> tuple[Phase, ...]:
    return campaign.phases or (WHOLE_CAMPAIGN,)


def _phase_end(phase: Phase) -> dt.date | None:
    if phase.portal_closes is not None:
        return phase.portal_closes.date()
    return phase.eligible_to


def phase_for(campaign: Campaign, day: dt.date | None) -> Phase | None:
    """The phase a recognised initiative counts in: the first whose end (the portal's closing,
    else the end of its eligibility) is not before ``day`` (its recognition date). After the
    last phase: None (it counts for the campaign, in no phase)."""
    phases = phases_of(campaign)
    if day is None:
        return phases[0]
    for phase in phases:
        end = _phase_end(phase)
        if end is None or day <= end:
            return phase
    return None
