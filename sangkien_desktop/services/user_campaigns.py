"""Program files the officer adds, edits, imports and exports (docs/campaign-format.md).

The user's files live in the data folder's ``campaigns/`` (services.catalog reads them over
the shipped ones). Saving an edited shipped program writes the user's copy under the same id
with a newer version, so it takes the shipped one's place; an upper union sends next year's
rules as one such file, which its units import here.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sangkien_desktop import atomic
from sangkien_desktop.domain.campaign import Campaign, parse_campaign
from sangkien_desktop.domain.campaign_edit import (
    CampaignEditError,
    from_template,
    next_version,
    problems,
)
from sangkien_desktop.domain.errors import DataFileError, InputError, NotFoundError
from sangkien_desktop.services.campaign_files import read_json, version_key


def _text(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def checked(data: dict[str, Any], source: str = "") -> Campaign:
    """The program a file's data describes; raises CampaignEditError listing every problem
    (or DataFileError for a shape parse_campaign refuses)."""
    found = problems(data)
    if found:
        raise CampaignEditError(found)
    return parse_campaign(data, source or f"{data.get('id')}.json")


def save(user_dir: Path, data: dict[str, Any], campaigns: dict[str, Campaign], *,
         new: bool = False, today: dt.date | None = None) -> Campaign:
    """Writes the program into the user's folder (atomically) after checking it. ``new``: its
    id must not be taken. An edit of a program gets a newer version than the one in use, so
    it is the one read from now on."""
    data = dict(data)
    current = campaigns.get(str(data.get("id", "")))
    if new and current is not None:
        raise InputError("campaign_id_taken", id=current.id, name=current.short_name, field="id")
    if current is not None and version_key(str(data.get("version", ""))) <= \
            version_key(current.version):
        data["version"] = next_version(current.version, today or dt.date.today())
    campaign = checked(data)
    user_dir.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(user_dir / f"{campaign.id}.json", _text(data))
    return campaign


def new_from_template(user_dir: Path, campaigns: dict[str, Campaign], template_id: str,
                      new_id: str, name: str, short_name: str,
                      today: dt.date | None = None) -> Campaign:
    template = campaigns.get(template_id)
    if template is None:
        raise NotFoundError("campaign_not_found", id=template_id)
    data = from_template(template, new_id, name, short_name, today or dt.date.today())
    return save(user_dir, data, campaigns, new=True, today=today)


def export(campaign: Campaign, path: Path) -> None:
    """The program's file as it is used here, for another unit to import."""
    atomic.write_bytes(path, _text(campaign.raw))


def import_file(user_dir: Path, path: Path, campaigns: dict[str, Campaign]) -> Campaign:
    """Checks a program file and copies it into the user's folder. Refused when this program
    already uses a newer version of it (nothing is written)."""
    data = read_json(path)
    if not isinstance(data, dict):
        raise DataFileError("campaign_not_object", source=path.name)
    campaign = checked(data, path.name)
    current = campaigns.get(campaign.id)
    if current is not None and version_key(campaign.version) < version_key(current.version):
        raise DataFileError("campaign_file_older", name=path.name, version=campaign.version,
                            current=current.version)
    user_dir.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(user_dir / f"{campaign.id}.json", _text(data))
    return campaign
