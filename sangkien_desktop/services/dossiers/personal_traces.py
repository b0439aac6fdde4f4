"""What an erasure takes out besides the dossiers: the person's values in the history log
(entries keep that a field changed, never the value) and in the editor's autosaved drafts
(erased cells become empty, as if never typed). The values are found by shape, whatever the
JSON: a person's fields in an object named after them, a changed leaf of their fields, a row
of cells that starts with their name (the editor's table), the numbers typed into any text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.change_log import HIDDEN
from sangkien_desktop.domain.dossier import Author
from sangkien_desktop.domain.personal_data import (
    AUTHOR,
    ERASED_FIELDS,
    Identifiers,
    Person,
    name_key,
)
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.storage.models import EditorDraftRow, HistoryRow


@lru_cache(maxsize=65536)
def folded_name(name: str) -> str:
    return name_key(name)


def like_any(columns: list[Any], numbers: list[str]) -> Any:
    return or_(*[c.like(f"%{n}%") for c in columns for n in numbers])



@dataclass(frozen=True)
class Erased:
    """The values erased, to take out of the log's and the drafts' JSON."""

    names: frozenset[str]
    values: frozenset[str]
    identifiers: Identifiers

    @classmethod
    def of(cls, people: list[Person], identifiers: Identifiers) -> Erased:
        values: set[str] = set()
        for p in people:
            if p.birth_date is not None:
                values |= {p.birth_date.isoformat(), format_date(p.birth_date),
                           f"{p.birth_date.day}/{p.birth_date.month}/{p.birth_date.year}"}
            if p.workplace.strip():
                values.add(p.workplace)
            if isinstance(p, Author):
                values |= {v for v in (p.cccd, p.phone) if v}
        return cls(frozenset(folded_name(p.full_name) for p in people), frozenset(values), identifiers)

    def scrub(self, value: Any, mark: str) -> Any:
        """``value`` (a JSON value) without the erased values: a person's fields in an object
        named after them, a changed leaf of their fields, a row of cells that starts with
        their name (the editor's table), and the numbers typed into any text."""
        if isinstance(value, dict):
            named = folded_name(str(value.get("full_name") or "")) in self.names
            out: dict[str, Any] = {}
            for k, v in value.items():
                if named and k in ERASED_FIELDS[AUTHOR] and v not in (None, "", HIDDEN, mark):
                    out[k] = mark
                elif is_person_leaf(k) and isinstance(v, list):
                    out[k] = [mark if isinstance(x, str) and x in self.values else
                              self.scrub(x, mark) for x in v]
                else:
                    out[k] = self.scrub(v, mark)
            return out
        if isinstance(value, list):
            if value and isinstance(value[0], str) and folded_name(value[0]) in self.names \
                    and all(isinstance(x, str) for x in value):
                return [value[0]] + [mark if x in self.values else self.identifiers.scrub(x)
                                     for x in value[1:]]
            return [self.scrub(v, mark) for v in value]
        if isinstance(value, str):
            return self.identifiers.scrub(value)
        return value


def is_person_leaf(path: str) -> bool:
    head, _, leaf = path.rpartition(".")
    return leaf in ERASED_FIELDS[AUTHOR] and head.startswith(("authors[", "appliers["))


def history_rows(session: Session, uuids: list[str], erased: Erased
                 ) -> Iterator[tuple[HistoryRow, Any]]:
    """(row, scrubbed changes) of each log entry that holds an erased value: the entries of
    the person's dossiers, and any other entry with one of the numbers in it."""
    stmt = select(HistoryRow).where(HistoryRow.entity_kind == history.DOSSIER,
                                    HistoryRow.entity_uuid.in_(uuids))
    numbers = sorted(erased.identifiers.cccds | erased.identifiers.phones)
    if numbers:
        stmt = select(HistoryRow).where(or_(
            and_(HistoryRow.entity_kind == history.DOSSIER, HistoryRow.entity_uuid.in_(uuids)),
            like_any([HistoryRow.changes_json], numbers)))
    for row in session.scalars(stmt.order_by(HistoryRow.id)):
        old = json.loads(row.changes_json)
        new = erased.scrub(old, HIDDEN)
        if new != old:
            yield row, new


def draft_rows(session: Session, uuids: list[str], erased: Erased
               ) -> Iterator[tuple[EditorDraftRow, Any]]:
    """(row, scrubbed payload) of each autosaved editor draft that holds an erased value;
    erased cells become empty, as if never typed."""
    condition: ColumnElement[bool] = EditorDraftRow.dossier_uuid.in_(uuids)
    numbers = sorted(erased.identifiers.cccds | erased.identifiers.phones)
    if numbers:
        condition = or_(condition, like_any([EditorDraftRow.payload], numbers))
    for row in session.scalars(select(EditorDraftRow).where(condition)):
        try:
            old = json.loads(row.payload)
        except json.JSONDecodeError:
            continue
        new = erased.scrub(old, "")
        if new != old:
            yield row, new
