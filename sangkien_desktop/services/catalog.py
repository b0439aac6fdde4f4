"""Campaigns and reference lists of units, read from the shipped data and the user's own files."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sangkien_desktop.domain.campaign import Campaign, parse_campaign
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.resources import resource_path
from sangkien_desktop.services.campaign_files import choose, read_json

UNIT_LISTS = ("provinces-2025", "provinces-1997", "sector-unions")


def load_campaigns(user_dir: Path | None = None) -> dict[str, Campaign]:
    """All campaigns by id; a user's file overrides the shipped one when its version is newer
    or equal. A broken user file is skipped (and reported by ``campaign_problems``)."""
    return choose(user_dir, parse_campaign)


@cache
def shipped_campaigns() -> dict[str, Campaign]:
    """The programs shipped with the application (read once): labels for papers made where
    the data folder's own campaigns are not at hand."""
    return load_campaigns()


def campaign_problems(user_dir: Path) -> list[str]:
    """Messages for the user's campaign files that could not be read."""
    problems = []
    for path in sorted(user_dir.glob("*.json")) if user_dir.is_dir() else []:
        try:
            parse_campaign(read_json(path), path.name)
        except DataFileError as exc:
            problems.append(str(exc))
    return problems


@dataclass(frozen=True)
class UnitRef:
    code: str
    name: str
    short_name: str
    kind: str
    cccd_code: str = ""
    successor: str = ""
    union_name: str = ""


@dataclass(frozen=True)
class UnitList:
    list_id: str
    describes: str
    valid_from: str
    valid_to: str | None
    source: str
    units: tuple[UnitRef, ...]

    def by_code(self, code: str) -> UnitRef | None:
        return next((u for u in self.units if u.code == code), None)


def load_unit_list(list_id: str) -> UnitList:
    data = read_json(resource_path("units", f"{list_id}.json"))
    units = tuple(
        UnitRef(
            code=u["code"],
            name=u["name"],
            short_name=u.get("short_name", u["name"]),
            kind=u.get("kind", ""),
            cccd_code=u.get("cccd_code", ""),
            successor=u.get("successor", ""),
            union_name=u.get("union_name", ""),
        )
        for u in data["units"]
    )
    return UnitList(
        list_id=data["list"],
        describes=data.get("describes", ""),
        valid_from=data.get("valid_from", ""),
        valid_to=data.get("valid_to"),
        source=data.get("source", ""),
        units=units,
    )


def unit_ref(qualified_code: str) -> UnitRef | None:
    """The unit a dossier's ``province_code`` names ("provinces-1997/ha-noi"); None when the
    list or the unit is unknown."""
    list_id, _, code = qualified_code.partition("/")
    if not code or list_id not in UNIT_LISTS:
        return None
    try:
        return load_unit_list(list_id).by_code(code)
    except (DataFileError, OSError, KeyError):
        return None
