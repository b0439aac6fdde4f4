"""What a campaign file tunes in the checks, read leniently from its raw JSON.

Campaign files may come from users, so a wrong type in one of these keys falls back to the
default instead of breaking the check. Keys (all optional, under ``"validation"`` unless
noted) are listed in docs/rules.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sangkien_desktop.domain.campaign import Campaign, Choice
from sangkien_desktop.domain.validation.model import Severity

DEFAULT_ATTACHMENT_TYPES = ("image/*", "application/pdf", ".docx")
DEFAULT_MAX_MB = 20
PORTAL_FIELDS = ("sector", "province_code", "cccd", "phone")
# Exclusion codes of campaign files, and the Dossier attestation that answers each.
EXCLUSION_ATTESTATIONS = {
    "trai_thuan_phong": ("SK-EXCL-PUBLIC-ORDER", "attests_public_order"),
    "so_huu_tri_tue": ("SK-EXCL-IP", "attests_no_ip_protection"),
}


@dataclass(frozen=True)
class ResearchRule:
    solution_type: str
    requires_acceptance_date: bool = True
    requires_head_confirmation: bool = True
    applied_since: dt.date | None = None


@dataclass(frozen=True)
class Tuning:
    severity: Mapping[str, Severity | None]  # None: the rule is off for this campaign
    attachment_types: tuple[str, ...] | None  # None: any type
    attachment_max_bytes: int | None  # None: no limit
    author_min_age: int = 15
    author_max_age: int = 99
    duplicate_title_ratio: float = 0.9
    duplicate_text_ratio: float = 0.6
    portal_fields: tuple[str, ...] = ()
    research: ResearchRule | None = None
    exclusions: tuple[str, ...] = tuple(EXCLUSION_ATTESTATIONS)
    validity: frozenset[str] = frozenset()
    credit_rule: str = "lead_or_largest_share"
    # Required attachments a dossier must carry (those with scope "nomination" are left out).
    dossier_attachments: tuple[Choice, ...] = ()


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _int(value: Any, default: int | None) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return int(value)


def _ratio(value: Any, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return min(max(float(value), 0.0), 1.0)


def _strings(value: Any) -> tuple[str, ...] | None:
    if not isinstance(value, list):
        return None
    return tuple(str(v).strip().lower() for v in value if str(v).strip())


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


_SEVERITY_WORDS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


# The tuning of the last campaigns read, by identity (a Campaign holds dicts: no hash): checking
# thousands of dossiers reads each programme's settings once.
_RECENT: dict[int, tuple[Campaign, Tuning]] = {}


def tuning_for(campaign: Campaign) -> Tuning:
    kept = _RECENT.get(id(campaign))
    if kept is not None and kept[0] is campaign:
        return kept[1]
    if len(_RECENT) >= 64:
        _RECENT.clear()
    tuning = _read_tuning(campaign)
    _RECENT[id(campaign)] = (campaign, tuning)
    return tuning


def _read_tuning(campaign: Campaign) -> Tuning:
    raw = campaign.raw if isinstance(campaign.raw, dict) else {}
    cfg = _dict(raw.get("validation"))
    severity: dict[str, Severity | None] = {}
    for rule_id, word in _dict(cfg.get("severity")).items():
        word = str(word).strip().lower()
        if word == "off":
            severity[str(rule_id)] = None
        elif word in _SEVERITY_WORDS:
            severity[str(rule_id)] = _SEVERITY_WORDS[word]

    types: tuple[str, ...] | None = DEFAULT_ATTACHMENT_TYPES
    if "attachment_types" in cfg:
        types = _strings(cfg["attachment_types"])
    max_mb = _int(cfg.get("attachment_max_mb", DEFAULT_MAX_MB), DEFAULT_MAX_MB)
    if "attachment_max_mb" in cfg and cfg["attachment_max_mb"] is None:
        max_mb = None
    age = _dict(cfg.get("author_age"))

    if "portal_fields" in cfg:
        fields = tuple(f for f in (_strings(cfg["portal_fields"]) or ()) if f in PORTAL_FIELDS)
    else:
        fields = PORTAL_FIELDS if campaign.national else ()

    research = None
    rp = _dict(raw.get("research_project"))
    if rp.get("solution_type"):
        research = ResearchRule(
            solution_type=str(rp["solution_type"]),
            requires_acceptance_date=bool(rp.get("requires_acceptance_date", True)),
            requires_head_confirmation=bool(rp.get("requires_head_confirmation", True)),
            applied_since=_date(rp.get("applied_since")),
        )

    exclusions: tuple[str, ...] = tuple(EXCLUSION_ATTESTATIONS)
    if isinstance(raw.get("exclusions"), list):
        exclusions = tuple(str(e.get("code", "")) for e in raw["exclusions"] if isinstance(e, dict))
    validity = frozenset(v for v in _list(raw.get("validity")) if isinstance(v, str))

    nomination_only = {
        str(item.get("code"))
        for item in _list(raw.get("required_attachments"))
        if isinstance(item, dict) and item.get("scope") == "nomination"
    }
    dossier_attachments = tuple(
        c for c in campaign.required_attachments if c.code not in nomination_only
    )
    min_age = _int(age.get("min"), 15)
    max_age = _int(age.get("max"), 99)
    return Tuning(
        severity=severity,
        attachment_types=types,
        attachment_max_bytes=None if max_mb is None else max_mb * 1024 * 1024,
        author_min_age=15 if min_age is None else min_age,
        author_max_age=99 if max_age is None else max_age,
        duplicate_title_ratio=_ratio(cfg.get("duplicate_title_ratio"), 0.9),
        duplicate_text_ratio=_ratio(cfg.get("duplicate_text_ratio"), 0.6),
        portal_fields=fields,
        research=research,
        exclusions=exclusions,
        validity=validity,
        credit_rule=str(raw.get("credit_rule") or "lead_or_largest_share"),
        dossier_attachments=dossier_attachments,
    )
