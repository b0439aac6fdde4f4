"""The word lists of the demo generator, read from resources/demo/*.json (people, units,
texts): data, not code, so a word is corrected without touching the generator. Loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sangkien_desktop.domain.dossier import Sector
from sangkien_desktop.resources import resource_path


@dataclass(frozen=True)
class Profile:
    """One kind of employer: the words its units, people and initiatives are made of."""

    kind: str
    sector: Sector
    target_group: str
    weight: float
    unit_patterns: tuple[str, ...]
    departments: tuple[str, ...]
    jobs: tuple[tuple[str, str], ...]  # (job title, qualification)
    fields: tuple[str, ...]
    tech: tuple[str, ...]  # equipment and processes a technical solution improves
    manage: tuple[str, ...]  # what a management solution organises ("công tác …")
    tasks: tuple[str, ...]  # operations a working-method solution improves
    devices: tuple[str, ...]
    advances: tuple[str, ...]  # tools and technologies applied
    covid: tuple[str, ...]
    economic: float  # chance the benefit can be valued in VND
    goals: tuple[str, ...] = ()
    social: tuple[str, ...] = ()




def _pairs(rows: list[list[Any]]) -> tuple[tuple[str, float], ...]:
    return tuple((str(name), weight) for name, weight in rows)


def _by_sector(data: dict[str, list[str]]) -> dict[Sector, tuple[str, ...]]:
    return {Sector(key): tuple(values) for key, values in data.items()}


def _profile(data: dict[str, Any]) -> Profile:
    fields = dict(data)
    fields["sector"] = Sector(data["sector"])
    fields["jobs"] = tuple((job, qualification) for job, qualification in data["jobs"])
    for key, value in fields.items():
        if isinstance(value, list):
            fields[key] = tuple(value)
    return Profile(**fields)


class Words:
    """The word lists of resources/demo/*.json (people, units, texts), read once."""

    def __init__(self) -> None:
        people, units, texts = (_read(name) for name in ("people", "units", "texts"))
        self.family = _pairs(people["family"])
        self.middle = {sex: _pairs(rows) for sex, rows in people["middle"].items()}
        self.given = {sex: tuple(names) for sex, names in people["given"].items()}
        self.phone_prefixes = tuple(people["phone_prefixes"])
        self.female_share: dict[str, float] = people["female_share"]
        self.brands, self.heroes = tuple(units["brands"]), tuple(units["heroes"])
        self.place_a, self.place_b = tuple(units["place_a"]), tuple(units["place_b"])
        self.profiles = tuple(_profile(p) for p in units["profiles"])
        # The officer's own unit in the demo (fields of UnitProfile), its signer left to draw.
        self.own_unit: dict[str, str] = {
            k: v for k, v in units["own_unit"].items() if not k.startswith("_")}
        self.topical_fields: dict[str, str] = texts["topical_fields"]
        self.union_topics = tuple(texts["union_topics"])
        self.goals = _by_sector(texts["goals"])
        self.software_goals = tuple(texts["software_goals"])
        self.title_templates = {k: tuple(v) for k, v in texts["title_templates"].items()}
        self.directions = tuple(texts["directions"])
        common = tuple(texts["before_common"])
        self.before = {sector: common + extra
                       for sector, extra in _by_sector(texts["before"]).items()}
        self.solution_head = tuple(texts["solution_head"])
        self.solution_core: dict[str, str] = texts["solution_core"]
        self.solution_core_public_tech: str = texts["solution_core_public_tech"]
        self.solution_steps = tuple(texts["solution_steps"])
        self.novelty = tuple(texts["novelty"])
        self.conditions = tuple(texts["conditions"])
        self.social = _by_sector(texts["social"])
        self.social_topical: dict[str, str] = texts["social_topical"]
        self.applier_tasks = tuple(texts["applier_tasks"])
        self.reject_reasons = tuple(texts["reject_reasons"])


def _read(name: str) -> dict[str, Any]:
    with resource_path("demo", f"{name}.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
        return data


@cache
def words() -> Words:
    return Words()
