"""Readable names for the identifiers a history entry holds: the council members behind a
member id, the criteria behind a criterion code ("tinh_moi" → "Tính mới") and the dossiers
behind a uuid (their code), so a log line says "Phiếu đánh giá thứ 2 (Cao Thị Sen, SK-…)"
rather than numbers. Names are looked up as they are now; a record since deleted keeps its id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.services.dossiers import history
from sangkien_desktop.storage.models import CouncilRow, DossierRow, MeetingRow


@dataclass
class Names:
    members: dict[str, str] = field(default_factory=dict)  # str(member id) → full name
    criteria: dict[str, str] = field(default_factory=dict)  # criterion code → name
    dossiers: dict[str, str] = field(default_factory=dict)  # uuid → code (or title)


def _dossier_uuids(value: Any, key: str = "") -> Iterable[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _dossier_uuids(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _dossier_uuids(v, key)
    elif isinstance(value, str) and key in ("dossier_uuid", "dossier_uuids"):
        yield value


def _council_names(council: CouncilRow, names: Names) -> None:
    names.members.update({str(m.id): m.full_name for m in council.members})
    try:
        criteria = json.loads(council.rubric_json).get("criteria", [])
    except (ValueError, AttributeError):
        criteria = []
    names.criteria.update({str(c.get("code")): str(c.get("name") or c.get("code"))
                           for c in criteria if isinstance(c, dict) and c.get("code")})


def names_for(session: Session, kind: str, uuid: str,
              entries: Iterable[history.Entry] = ()) -> Names:
    """The names the entries of record ``uuid`` (of ``kind``) refer to."""
    names = Names()
    council = None
    if kind == history.COUNCIL:
        council = session.scalar(select(CouncilRow).where(CouncilRow.uuid == uuid))
    elif kind == history.MEETING:
        meeting = session.scalar(select(MeetingRow).where(MeetingRow.uuid == uuid))
        council = meeting.council if meeting is not None else None
    if council is not None:
        _council_names(council, names)
    wanted = {u for e in entries for u in _dossier_uuids(e.changes)}
    if wanted:
        rows = session.execute(select(DossierRow.uuid, DossierRow.code, DossierRow.title)
                               .where(DossierRow.uuid.in_(wanted)))
        names.dossiers.update({u: code or title for u, code, title in rows})
    return names
