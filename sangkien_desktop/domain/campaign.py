"""A program (campaign) with its rules, as data: parsed from one JSON file per program.

The files live in resources/campaigns; docs/campaign-format.md describes them. Only the
shape is checked here; what the rules mean is applied by validation and nomination code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sangkien_desktop.domain.errors import DataFileError

CAMPAIGN_FORMAT = 1


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


@dataclass(frozen=True)
class Phase:
    code: str
    name: str
    eligible_from: dt.date | None = None
    eligible_to: dt.date | None = None
    portal_opens: dt.datetime | None = None
    portal_closes: dt.datetime | None = None


@dataclass(frozen=True)
class Quota:
    level: str
    label: str
    count: int


@dataclass(frozen=True)
class Campaign:
    id: str
    version: str
    name: str
    short_name: str
    national: bool
    window_start: dt.date | None
    window_end: dt.date | None
    description_limit: int | None
    solution_types: tuple[Choice, ...]
    target_groups: tuple[Choice, ...]
    phases: tuple[Phase, ...] = ()
    quotas: tuple[Quota, ...] = ()
    nomination_deadline: dt.datetime | None = None
    # How many days before the deadline a nomination shows the "nearing" warning.
    nomination_warning_days: int = 7
    required_attachments: tuple[Choice, ...] = ()
    favoured_fields: tuple[Choice, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def rules_version(self) -> str:
        return f"{self.id}@{self.version}"

    def solution_type_label(self, code: str) -> str:
        return _label(self.solution_types, code)

    def target_group_label(self, code: str) -> str:
        return _label(self.target_groups, code)


def _label(choices: tuple[Choice, ...], code: str) -> str:
    for choice in choices:
        if choice.code == code:
            return choice.label
    return code


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DataFileError("campaign_date", where=where, value=value) from None


def _datetime(value: Any, where: str) -> dt.datetime | None:
    if value in (None, ""):
        return None
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise DataFileError("campaign_datetime", where=where, value=value) from None


def _choices(items: Any, where: str) -> tuple[Choice, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise DataFileError("campaign_not_list", where=where)
    result = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not item.get("code") or not item.get("label"):
            raise DataFileError("campaign_choice", where=where, i=i)
        result.append(Choice(str(item["code"]), str(item["label"])))
    return tuple(result)


def parse_campaign(data: Any, source: str = "campaign") -> Campaign:
    """Builds a Campaign from the decoded JSON of a campaign file, or raises DataFileError."""
    if not isinstance(data, dict):
        raise DataFileError("campaign_not_object", source=source)
    fmt = data.get("format")
    if fmt != CAMPAIGN_FORMAT:
        raise DataFileError("campaign_format", source=source, format=fmt, supported=CAMPAIGN_FORMAT)
    for key in ("id", "version", "name", "short_name"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise DataFileError("campaign_missing_key", source=source, key=key)
    window = data.get("application_window") or {}
    limit = data.get("description_limit")
    if limit is not None and (not isinstance(limit, int) or limit <= 0):
        raise DataFileError("campaign_description_limit", source=source)
    phases = []
    for i, p in enumerate(data.get("phases") or []):
        where = f"{source}: phases[{i}]"
        phases.append(
            Phase(
                code=str(p.get("code", i + 1)),
                name=str(p.get("name", "")),
                eligible_from=_date(p.get("eligible_from"), where),
                eligible_to=_date(p.get("eligible_to"), where),
                portal_opens=_datetime(p.get("portal_opens"), where),
                portal_closes=_datetime(p.get("portal_closes"), where),
            )
        )
    quotas = []
    for i, q in enumerate(data.get("quotas") or []):
        if not isinstance(q.get("count"), int) or not q.get("level"):
            raise DataFileError("campaign_quota", source=source, i=i)
        quotas.append(Quota(str(q["level"]), str(q.get("label", q["level"])), q["count"]))
    warning_days = data.get("nomination_warning_days", 7)
    if not isinstance(warning_days, int) or isinstance(warning_days, bool) or warning_days < 0:
        raise DataFileError("campaign_warning_days", source=source)
    solution_types = _choices(data.get("solution_types"), f"{source}: solution_types")
    target_groups = _choices(data.get("target_groups"), f"{source}: target_groups")
    if not solution_types:
        raise DataFileError("campaign_no_solution_types", source=source)
    return Campaign(
        id=data["id"].strip(),
        version=data["version"].strip(),
        name=data["name"].strip(),
        short_name=data["short_name"].strip(),
        national=bool(data.get("national", False)),
        window_start=_date(window.get("start"), f"{source}: application_window.start"),
        window_end=_date(window.get("end"), f"{source}: application_window.end"),
        description_limit=limit,
        solution_types=solution_types,
        target_groups=target_groups,
        phases=tuple(phases),
        quotas=tuple(quotas),
        nomination_deadline=_datetime(data.get("nomination_deadline"), f"{source}: deadline"),
        nomination_warning_days=warning_days,
        required_attachments=_choices(
            data.get("required_attachments"), f"{source}: required_attachments"
        ),
        favoured_fields=_choices(data.get("favoured_fields"), f"{source}: favoured_fields"),
        sources={str(k): str(v) for k, v in (data.get("sources") or {}).items()},
        raw=data,
    )
