"""What an import finds, shared by every kind of record it brings: the plan (new, identical,
differing), the officer's resolution of a difference, the report, and the one rule that sorts
a received record against the stored one.

``package_import`` (dossiers, decisions), ``received_import`` (nominations) and
``interchange`` (JSON files) all compare and sort here, so they agree on what "identical" means.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.exchange.json_format import dossier_to_json
from sangkien_desktop.exchange.package import refuse as refuse  # one refusal for every part
from sangkien_desktop.exchange.records import Records
from sangkien_desktop.services.dossiers import history

DOSSIER = "dossier"
DECISION = "decision"
# What a copy of a dossier need not keep: compared without it.
_VOLATILE = ("created_at", "updated_at")


class Resolution(enum.StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    KEEP_BOTH = "keep_both"


@dataclass(frozen=True)
class Item:
    kind: str
    uuid: str
    title: str


@dataclass
class Conflict:
    """A record stored here and received with different content."""

    kind: str
    uuid: str
    title: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    # Changed leaves: {"authors[0].phone": [mine, theirs]}.
    changes: dict[str, list[Any]]
    choices: tuple[Resolution, ...]
    note: str = ""  # a Message: why the choices are fewer


@dataclass
class ImportPlan:
    path: Path
    package_id: str
    kind: str
    sender: str
    created_at: str
    records: Records
    new: list[Item] = field(default_factory=list)
    unchanged: list[Item] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    new_documents: int = 0
    new_attachments: int = 0
    already_imported: bool = False
    # The records file's hash: apply_plan refuses a file changed since it was inspected.
    records_sha256: str = ""

    def conflict(self, uuid: str) -> Conflict | None:
        return next((c for c in self.conflicts if c.uuid == uuid), None)


@dataclass
class ImportReport:
    package_id: str
    sender: str
    added: list[Item] = field(default_factory=list)
    unchanged: list[Item] = field(default_factory=list)
    replaced: list[Item] = field(default_factory=list)
    kept_both: list[Item] = field(default_factory=list)
    kept_mine: list[Item] = field(default_factory=list)
    # Dossiers whose status stated a decision the package does not carry: stored as
    # submitted (domain.workflow.imported_status).
    lowered: list[Item] = field(default_factory=list)
    documents: int = 0
    attachments: int = 0
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.replaced or self.kept_both or self.documents
                    or self.attachments)

    def to_json(self) -> dict[str, Any]:
        def items(values: list[Item]) -> list[dict[str, str]]:
            return [dataclasses.asdict(i) for i in values]

        return {"package_id": self.package_id, "sender": self.sender, "dry_run": self.dry_run,
                "added": items(self.added), "unchanged": items(self.unchanged),
                "replaced": items(self.replaced), "kept_both": items(self.kept_both),
                "kept_mine": items(self.kept_mine), "lowered": items(self.lowered),
                "documents": self.documents,
                "attachments": self.attachments, "notes": self.notes}


def comparable(d: Dossier) -> dict[str, Any]:
    """A dossier's content for comparison: without timestamps a copy may not keep."""
    data = dossier_to_json(d)
    for key in _VOLATILE:
        data.pop(key, None)
    for ref in data["attachments"]:
        ref.pop("added_at", None)
    return data


def decision_title(data: dict[str, Any]) -> Message:
    """What a received decision is called in the plan: "Quyết định 05/QĐ-CĐCS"."""
    number = str(data.get("number_text", "")).strip()
    return Message("item_decision", number=number) if number else Message("item_decision_unnumbered")


def sort_into(plan: ImportPlan, item: Item, mine: dict[str, Any] | None, theirs: dict[str, Any],
              choices: tuple[Resolution, ...], note: str = "", *, same: bool = False) -> None:
    """Puts a received record into ``plan``: new when nothing is stored (``mine`` is None),
    unchanged when the stored content is equal (or ``same`` says so), else a conflict that
    offers ``choices``."""
    if mine is None:
        plan.new.append(item)
    elif same or mine == theirs:
        plan.unchanged.append(item)
    else:
        plan.conflicts.append(Conflict(item.kind, item.uuid, item.title, mine, theirs,
                                       history.diff(mine, theirs), choices, note))
