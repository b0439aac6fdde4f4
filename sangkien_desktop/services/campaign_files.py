"""Which campaign file speaks for each campaign, and the few names the dossier list shows.

The catalogue (services/catalog.py) parses the chosen files into Campaign objects. The window's
first paint needs only each campaign's short name and its solution types' labels, before the
catalogue is loaded (gui/first_paint.py): ``list_labels`` reads them from the same files, chosen
by the same rule (``choose``), without building a Campaign; once the catalogue is loaded the
window takes them from it (``labels_of``). tests/core/test_campaign_files.py checks both agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.resources import resource_path

if TYPE_CHECKING:
    from sangkien_desktop.domain.campaign import Campaign


class _Versioned(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def version(self) -> str: ...


T = TypeVar("T", bound=_Versioned)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError("data_file_unreadable", name=path.name, reason=exc) from exc


def version_key(version: str) -> tuple[int | str, ...]:
    return tuple(int(p) if p.isdigit() else p for p in version.replace("-", ".").split("."))


def choose(user_dir: Path | None, parse: Callable[[Any, str], T]) -> dict[str, T]:
    """Every shipped campaign by id, each replaced by a user's file of the same id when that
    file's version is newer or equal. A broken shipped file raises DataFileError; a broken user
    file is skipped (catalog.campaign_problems reports it)."""
    chosen: dict[str, T] = {}
    for path in sorted(resource_path("campaigns").glob("*.json")):
        item = parse(read_json(path), path.name)
        chosen[item.id] = item
    if user_dir and user_dir.is_dir():
        for path in sorted(user_dir.glob("*.json")):
            try:
                item = parse(read_json(path), path.name)
            except DataFileError:
                continue
            current = chosen.get(item.id)
            if current is None or version_key(item.version) >= version_key(current.version):
                chosen[item.id] = item
    return chosen


class ListLabels(NamedTuple):
    """What the list shows for a dossier's campaign and solution type."""

    campaigns: dict[str, str]  # campaign id → short name
    solution_types: dict[tuple[str, str], str]  # (campaign id, code) → label
    # code → the label the first campaign gives it: for a dossier moved or imported under a
    # campaign that lacks its code, as domain.catalogue labels it on paper.
    any_campaign: dict[str, str]

    def campaign(self, campaign_id: str) -> str:
        return self.campaigns.get(campaign_id, campaign_id)

    def solution_type(self, campaign_id: str, code: str) -> str:
        """The campaign's own label, else another campaign's label for the code, else the code."""
        found = self.solution_types.get((campaign_id, code))
        return found if found is not None else self.any_campaign.get(code, code)


def _list_labels(campaigns: dict[str, str], solution_types: dict[tuple[str, str], str]) -> ListLabels:
    any_campaign: dict[str, str] = {}
    for (_, code), label in solution_types.items():
        any_campaign.setdefault(code, label)
    return ListLabels(campaigns, solution_types, any_campaign)


class _Names(NamedTuple):
    id: str
    version: str
    short_name: str
    solution_types: tuple[tuple[str, str], ...]


def _names(data: Any, source: str) -> _Names:
    """The list's names from a campaign file, refusing what parse_campaign surely refuses."""
    try:
        names = _Names(data["id"].strip(), data["version"].strip(), data["short_name"].strip(),
                       tuple((str(t["code"]), str(t["label"])) for t in data["solution_types"]))
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataFileError("campaign_unreadable", source=source, reason=exc) from exc
    if not (names.id and names.version and names.short_name and names.solution_types):
        raise DataFileError("campaign_incomplete", source=source)
    return names


def list_labels(user_dir: Path | None) -> ListLabels:
    """The list's names read straight from the campaign files (no Campaign objects built)."""
    chosen = choose(user_dir, _names)
    return _list_labels({i: n.short_name for i, n in chosen.items()},
                        {(i, code): label for i, n in chosen.items() for code, label in n.solution_types})


def labels_of(campaigns: Mapping[str, Campaign]) -> ListLabels:
    """The list's names from the loaded catalogue."""
    return _list_labels({i: c.short_name for i, c in campaigns.items()},
                        {(i, t.code): t.label for i, c in campaigns.items() for t in c.solution_types})
