"""Readable names for the identifiers a history entry holds: the council members behind a
member id, the criteria behind a criterion code ("tinh_moi" → "Tính mới"), the dossiers
behind a uuid (their code) and a decision's recognition scopes behind their codes (the labels
of the pack it was decided under), so a log line says "Phiếu đánh giá thứ 2 (Cao Thị Sen, SK-…)"
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
from sangkien_desktop.storage.models import (
    CouncilRow,
    DecisionRow,
    DossierRow,
    MeetingRow,
    RulePackRow,
)


@dataclass
class Names:
    members: dict[str, str] = field(default_factory=dict)  # str(member id) → full name
    criteria: dict[str, str] = field(default_factory=dict)  # criterion code → name
    dossiers: dict[str, str] = field(default_factory=dict)  # uuid → code (or title)
    scopes: dict[str, str] = field(default_factory=dict)  # scope code → its label in the pack
    packs: dict[str, tuple[str, str]] = field(default_factory=dict)  # "id@version" → (name, version)


# Where an entry names a rule pack by its ref ("giao-duc-2026@2026.1").
PACK_KEYS = ("rule_pack_ref", "rule_pack", "pack")


def _pack_names(session: Session, refs: set[str], names: Names) -> None:
    """Each pack's name and version (stored, else shipped with the program)."""
    from sangkien_desktop.services.council.rule_packs import packs_named, shipped_packs

    found = packs_named(session, sorted(refs))
    found.update({p.ref: p for p in shipped_packs() if p.ref in refs and p.ref not in found})
    names.packs.update({ref: (p.name, p.version) for ref, p in found.items()})


def _strings_at(value: Any, keys: tuple[str, ...], key: str = "") -> Iterable[str]:
    """Every string an entry holds under one of ``keys``, however deep (in lists too)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings_at(v, keys, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings_at(v, keys, key)
    elif isinstance(value, str) and key in keys:
        yield value


def _council_names(council: CouncilRow, names: Names) -> None:
    names.members.update({str(m.id): m.full_name for m in council.members})
    try:
        criteria = json.loads(council.rubric_json).get("criteria", [])
    except (ValueError, AttributeError):
        criteria = []
    names.criteria.update({str(c.get("code")): str(c.get("name") or c.get("code"))
                           for c in criteria if isinstance(c, dict) and c.get("code")})


def _scope_names(session: Session, ref: str, names: Names) -> None:
    """The scopes of the pack ``ref`` (stored, else shipped with the program)."""
    from sangkien_desktop.domain.rule_pack import split_ref
    from sangkien_desktop.services.council.rule_packs import shipped_packs

    pack_id, version = split_ref(ref)
    body = session.scalar(select(RulePackRow.body_json).where(
        RulePackRow.pack_id == pack_id, RulePackRow.version == version))
    try:
        scopes = json.loads(body).get("scopes", []) if body else next(
            ([{"code": s.code, "label": s.label} for s in p.scopes]
             for p in shipped_packs() if p.ref == ref), [])
    except (ValueError, AttributeError):
        scopes = []
    names.scopes.update({str(s.get("code")): str(s.get("label") or s.get("code"))
                         for s in scopes if isinstance(s, dict) and s.get("code")})


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
    if kind == history.DECISION:
        ref = session.scalar(select(DecisionRow.rule_pack_ref).where(DecisionRow.uuid == uuid))
        if ref:
            _scope_names(session, ref, names)
    refs = {r for e in entries for r in _strings_at(e.changes, PACK_KEYS) if "@" in r}
    if refs:
        _pack_names(session, refs, names)
    wanted = {u for e in entries for u in _strings_at(e.changes, ("dossier_uuid", "dossier_uuids"))}
    if wanted:
        rows = session.execute(select(DossierRow.uuid, DossierRow.code, DossierRow.title)
                               .where(DossierRow.uuid.in_(wanted)))
        names.dossiers.update({u: code or title for u, code, title in rows})
    return names
