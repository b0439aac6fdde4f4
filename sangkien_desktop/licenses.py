"""The third-party components the program ships with and their licences (resources/licenses/)."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache

from sangkien_desktop.resources import resource_path

LICENSES_FILE = ("licenses", "licenses.json")


@dataclass(frozen=True)
class Component:
    id: str
    name: str
    license: str
    url: str
    text: str  # path relative to resources/
    distributions: tuple[str, ...] = ()
    module: str | None = None
    note: str = ""

    def present(self) -> bool:
        """Shipped with this copy of the program: its module can be imported (always true for
        components without one, such as Python itself or the fonts)."""
        return self.module is None or importlib.util.find_spec(self.module) is not None

    def license_text(self) -> str:
        return resource_path(*self.text.split("/")).read_text(encoding="utf-8")


@cache
def all_components() -> tuple[Component, ...]:
    data = json.loads(resource_path(*LICENSES_FILE).read_text(encoding="utf-8"))
    return tuple(
        Component(
            id=c["id"],
            name=c["name"],
            license=c["license"],
            url=c["url"],
            text=c["text"],
            distributions=tuple(c.get("distributions", ())),
            module=c.get("module"),
            note=c.get("note", ""),
        )
        for c in data["components"]
    )


def bundled_components() -> list[Component]:
    return [c for c in all_components() if c.present()]
