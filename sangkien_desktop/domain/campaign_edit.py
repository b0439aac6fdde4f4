"""Programs as the officer keeps them: which are open today, which one a new dossier takes,
a new one made from a template, and every problem of an edited one found at once.

A campaign file (docs/campaign-format.md) is edited as its decoded JSON (a dict): the keys this
program does not edit (validation tuning, sources, exclusions…) go through untouched.
``parse_campaign`` checks the shape and stops at the first fault; ``problems`` here reads the
whole file the way a form needs it: every problem, each naming the field it concerns.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import re
from dataclasses import dataclass
from typing import Any

from sangkien_desktop.domain.campaign import CAMPAIGN_FORMAT, Campaign
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.messages import Message

# The unit levels a quota may name (the unit's level in Settings).
QUOTA_LEVELS = ("cdcs", "cdcs_direct", "district_or_sector", "large_enterprise", "province")
# The program every unit has: recognition at unit level, never closed.
UNIT_LEVEL_ID = "cong-nhan-cap-co-so"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
CHOICE_LISTS = ("solution_types", "target_groups", "required_attachments", "favoured_fields")


class State(enum.StrEnum):
    OPEN = "open"
    UPCOMING = "upcoming"
    CLOSED = "closed"


STATE_LABELS = {
    State.OPEN: Message("campaign_state_open"),
    State.UPCOMING: Message("campaign_state_upcoming"),
    State.CLOSED: Message("campaign_state_closed"),
}


def _day(value: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        # "2022-06-01T00:00" closes at the end of 31/5: the day before is the last one.
        if value.time() == dt.time(0, 0):
            return value.date() - dt.timedelta(days=1)
        return value.date()
    return value


def closes_on(c: Campaign) -> dt.date | None:
    """The program's last day: the latest of its window's end, its phases' closing and its
    nomination deadline; None when it never closes."""
    days = [_day(c.window_end), _day(c.nomination_deadline)]
    for p in c.phases:
        days += [_day(p.portal_closes), _day(p.eligible_to)]
    found = [d for d in days if d is not None]
    return max(found) if found else None


def opens_on(c: Campaign) -> dt.date | None:
    days = [_day(c.window_start)] + [_day(p.portal_opens) for p in c.phases]
    found = [d for d in days if d is not None]
    return min(found) if found else None


def state(c: Campaign, today: dt.date) -> State:
    end, start = closes_on(c), opens_on(c)
    if end is not None and end < today:
        return State.CLOSED
    if start is not None and start > today:
        return State.UPCOMING
    return State.OPEN


def default_campaign(campaigns: dict[str, Campaign], today: dt.date) -> str:
    """The program a new dossier takes: one open today, a round (a program with dates, most
    recently opened; the unit's own before a national one, such as the confederation's plan
    of the year) before the one that is always open; never a closed one while an open one
    exists."""
    open_ = [c for c in campaigns.values() if state(c, today) == State.OPEN]
    dated = [c for c in open_ if opens_on(c) is not None or closes_on(c) is not None]
    if dated:
        return max(dated, key=lambda c: (not c.national, opens_on(c) or dt.date.min, c.id)).id
    if UNIT_LEVEL_ID in campaigns and state(campaigns[UNIT_LEVEL_ID], today) == State.OPEN:
        return UNIT_LEVEL_ID
    if open_:
        return sorted(open_, key=lambda c: c.id)[0].id
    return UNIT_LEVEL_ID if UNIT_LEVEL_ID in campaigns else next(iter(sorted(campaigns)), "")


def ordered(campaigns: dict[str, Campaign], today: dt.date) -> list[Campaign]:
    """For a picker: open programs first, then upcoming, then closed; by short name."""
    rank = {State.OPEN: 0, State.UPCOMING: 1, State.CLOSED: 2}
    return sorted(campaigns.values(), key=lambda c: (rank[state(c, today)], c.short_name))


def next_version(version: str, today: dt.date) -> str:
    """A version newer than ``version``: "<year>.<n>" for this year, n one past the last."""
    match = re.fullmatch(r"(\d{4})\.(\d+)", version.strip())
    if match and int(match.group(1)) >= today.year:
        return f"{match.group(1)}.{int(match.group(2)) + 1}"
    return f"{today.year}.1"


def from_template(template: Campaign, new_id: str, name: str, short_name: str,
                  today: dt.date) -> dict[str, Any]:
    """A new program's file from ``template``: its kinds, target groups, required documents,
    quotas and checks; its own id and names; no dates yet (the officer sets this round's)."""
    data = copy.deepcopy(template.raw)
    data.update(
        format=CAMPAIGN_FORMAT, id=new_id.strip(), version=f"{today.year}.1", name=name.strip(),
        short_name=short_name.strip(), application_window={"start": None, "end": None},
        phases=[], nomination_deadline=None,
    )
    data.pop("sources", None)  # the template's legal sources are not this round's
    data["based_on"] = template.rules_version
    return data


@dataclass(frozen=True)
class Problem:
    field: str  # "name", "application_window.end", "phases[1].portal_closes", "quotas[0].count"
    message: Message


def _date(data: dict[str, Any], value: Any, field: str, out: list[Problem],
          with_time: bool = False) -> dt.date | dt.datetime | None:
    if value in (None, ""):
        return None
    try:
        return (dt.datetime if with_time else dt.date).fromisoformat(str(value))
    except ValueError:
        out.append(Problem(field, Message("campaign_edit_date", value=str(value))))
        return None


def _choices(data: dict[str, Any], key: str, out: list[Problem]) -> None:
    items = data.get(key) or []
    if not isinstance(items, list):
        out.append(Problem(key, Message("campaign_edit_not_list")))
        return
    seen: set[str] = set()
    for i, item in enumerate(items):
        code = str((item or {}).get("code", "")).strip() if isinstance(item, dict) else ""
        label = str((item or {}).get("label", "")).strip() if isinstance(item, dict) else ""
        if not code:
            out.append(Problem(f"{key}[{i}].code", Message("campaign_edit_code_missing")))
        elif not re.fullmatch(r"[A-Za-z0-9_]+", code):
            out.append(Problem(f"{key}[{i}].code", Message("campaign_edit_code_chars", code=code)))
        elif code in seen:
            out.append(Problem(f"{key}[{i}].code", Message("campaign_edit_code_twice", code=code)))
        seen.add(code)
        if not label:
            out.append(Problem(f"{key}[{i}].label", Message("campaign_edit_label_missing")))


def problems(data: dict[str, Any]) -> list[Problem]:
    """Every problem of a program file, in the order of the form; [] when it can be saved."""
    out: list[Problem] = []
    if not _ID.fullmatch(str(data.get("id", ""))):
        out.append(Problem("id", Message("campaign_edit_id", id=str(data.get("id", "")))))
    for key in ("version", "name", "short_name"):
        if not str(data.get(key) or "").strip():
            out.append(Problem(key, Message("campaign_edit_required")))
    window = data.get("application_window") or {}
    start = _date(data, window.get("start"), "application_window.start", out)
    end = _date(data, window.get("end"), "application_window.end", out)
    if start and end and end < start:
        out.append(Problem("application_window.end", Message("campaign_edit_window")))
    limit = data.get("description_limit")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0):
        out.append(Problem("description_limit", Message("campaign_edit_limit")))
    days = data.get("nomination_warning_days", 7)
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        out.append(Problem("nomination_warning_days", Message("campaign_edit_warning_days")))
    _date(data, data.get("nomination_deadline"), "nomination_deadline", out, with_time=True)
    for key in CHOICE_LISTS:
        _choices(data, key, out)
    if not (data.get("solution_types") or []):
        out.append(Problem("solution_types", Message("campaign_edit_no_kinds")))
    codes: set[str] = set()
    for i, phase in enumerate(data.get("phases") or []):
        where = f"phases[{i}]"
        code = str(phase.get("code") or "").strip()
        if not code:
            out.append(Problem(f"{where}.code", Message("campaign_edit_code_missing")))
        elif code in codes:
            out.append(Problem(f"{where}.code", Message("campaign_edit_code_twice", code=code)))
        codes.add(code)
        if not str(phase.get("name") or "").strip():
            out.append(Problem(f"{where}.name", Message("campaign_edit_required")))
        eligible = [_date(data, phase.get(k), f"{where}.{k}", out)
                    for k in ("eligible_from", "eligible_to")]
        portal = [_date(data, phase.get(k), f"{where}.{k}", out, with_time=True)
                  for k in ("portal_opens", "portal_closes")]
        start, end = eligible
        if start is not None and end is not None and end < start:
            out.append(Problem(f"{where}.eligible_to", Message("campaign_edit_phase_order")))
        opens, closes = portal
        if opens is not None and closes is not None and closes <= opens:
            out.append(Problem(f"{where}.portal_closes", Message("campaign_edit_phase_order")))
    levels: set[str] = set()
    for i, quota in enumerate(data.get("quotas") or []):
        where = f"quotas[{i}]"
        level = str(quota.get("level") or "")
        if level not in QUOTA_LEVELS:
            out.append(Problem(f"{where}.level", Message("campaign_edit_quota_level", level=level)))
        elif level in levels:
            out.append(Problem(f"{where}.level", Message("campaign_edit_quota_twice")))
        levels.add(level)
        count = quota.get("count")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            out.append(Problem(f"{where}.count", Message("campaign_edit_quota_count")))
    return out


class CampaignEditError(DataFileError):
    """A program that cannot be saved: ``problems`` lists every one (the message, the first)."""

    code = "campaign_edit"

    def __init__(self, found: list[Problem]):
        first = found[0]
        super().__init__(Message("campaign_edit_problems", count=len(found),
                                 first=first.message), field=first.field)
        self.problems = found
