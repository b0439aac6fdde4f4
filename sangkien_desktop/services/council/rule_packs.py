"""Rule packs in the database: the shipped ones, imported files and the unit's own edits.

Each version of a pack is one row. A version a meeting or a decision was decided under (or a
shipped one) never changes: editing it stores the next version, which the councils using the
pack follow from then on. The shipped packs (resources/rule_packs) are copied into the table
when first listed, so a reference to them holds after an update ships newer versions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sangkien_desktop import atomic
from sangkien_desktop.domain.errors import DataFileError, InputError, NotFoundError
from sangkien_desktop.domain.rule_pack import (
    NATIONAL_ID,
    RulePack,
    next_version,
    parse_rule_pack,
    split_ref,
    version_key,
)
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.resources import resource_path
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.settings import get_value, set_value
from sangkien_desktop.storage import dossier_summary, registers
from sangkien_desktop.storage.database import busy_elsewhere, refused_write
from sangkien_desktop.storage.models import DecisionRow, MeetingRow, RulePackRow

RULE_PACK = "rule_pack"  # history kind
UNIT_PACK_SETTING = "rule_pack_id"
MAX_PACK_BYTES = 2 * 1024 * 1024
SHIPPED, IMPORTED, EDITED, MIGRATED = "shipped", "imported", "edited", "migrated"


@dataclass(frozen=True)
class PackInfo:
    """One pack as lists show it: its current version."""

    pack: RulePack
    origin: str
    versions: int  # how many versions are stored

    @property
    def ref(self) -> str:
        return self.pack.ref


@cache
def shipped_packs() -> tuple[RulePack, ...]:
    packs = []
    for path in sorted(resource_path("rule_packs").glob("*.json")):
        packs.append(parse_rule_pack(json.loads(path.read_text(encoding="utf-8")), path.name))
    return tuple(packs)


def _body(pack: RulePack) -> str:
    return json.dumps(pack.to_dict(), ensure_ascii=False, sort_keys=True)


def _pack(row: RulePackRow) -> RulePack:
    return parse_rule_pack(json.loads(row.body_json), f"{row.pack_id}@{row.version}")


def sync_shipped(session: Session) -> None:
    """Copies each shipped pack version not yet in the table into it, under the register lock
    ``rule_pack`` (two officers listing at once on a server copy it once). Data that may only
    be read (a read-only folder or login), or that another writer holds just now, is left as
    it is: the shipped packs are then read from the program's files (``_shipped_missing``)."""
    if not _shipped_missing(session):
        return
    try:
        with session.begin_nested():
            registers.take(session, RULE_PACK, 0)
            for pack in _shipped_missing(session):
                session.add(RulePackRow(pack_id=pack.id, version=pack.version, name=pack.name,
                                        body_json=_body(pack), origin=SHIPPED,
                                        created_at=history.now()))
            session.flush()
    except Exception as exc:
        if not (refused_write(exc) or busy_elsewhere(exc)):  # copied in at a later look
            raise


def _shipped_missing(session: Session) -> list[RulePack]:
    """The shipped pack versions the table does not hold (under their id and version)."""
    have = {(p, v) for p, v in session.execute(select(RulePackRow.pack_id, RulePackRow.version)
                                               .where(RulePackRow.pack_id.in_(
                                                   [p.id for p in shipped_packs()])))}
    return [p for p in shipped_packs() if (p.id, p.version) not in have]


def _rows(session: Session, pack_id: str) -> list[RulePackRow]:
    rows = list(session.scalars(select(RulePackRow).where(RulePackRow.pack_id == pack_id)))
    return sorted(rows, key=lambda r: version_key(r.version))


def list_packs(session: Session) -> list[PackInfo]:
    """The current version of every pack, the national one first, then by name."""
    sync_shipped(session)
    by_id: dict[str, list[tuple[str, str, RulePack | RulePackRow]]] = {}
    for row in session.scalars(select(RulePackRow)):
        by_id.setdefault(row.pack_id, []).append((row.version, row.origin, row))
    for pack in _shipped_missing(session):  # read-only data not holding them yet
        by_id.setdefault(pack.id, []).append((pack.version, SHIPPED, pack))
    found = []
    for rows in by_id.values():
        _version, origin, current = max(rows, key=lambda r: version_key(r[0]))
        found.append(PackInfo(current if isinstance(current, RulePack) else _pack(current),
                              origin, len(rows)))
    return sorted(found, key=lambda i: (i.pack.id != NATIONAL_ID, i.pack.name.casefold()))


def get_pack(session: Session, ref: str) -> RulePack:
    """The pack ``id@version``, or the current version of ``id``; NotFoundError otherwise."""
    pack_id, version = split_ref(ref)
    if pack_id in {p.id for p in shipped_packs()}:
        sync_shipped(session)
    if version:
        row = session.scalar(select(RulePackRow).where(
            RulePackRow.pack_id == pack_id, RulePackRow.version == version))
    else:
        rows = _rows(session, pack_id)
        row = rows[-1] if rows else None
    if row is None:
        unstored = [p for p in _shipped_missing(session) if p.id == pack_id
                    and (not version or p.version == version)]
        if unstored:  # read-only data not holding it yet
            return max(unstored, key=lambda p: version_key(p.version))
        raise NotFoundError("rule_pack_not_found", ref=ref)
    return _pack(row)


def versions(session: Session, pack_id: str) -> list[RulePack]:
    return [_pack(r) for r in _rows(session, pack_id)]


def in_use(session: Session, ref: str) -> bool:
    """A meeting or a decision names this version: it must not change."""
    return bool(session.scalar(select(func.count()).select_from(MeetingRow).where(
        MeetingRow.rule_pack_ref == ref)) or session.scalar(select(func.count()).select_from(
            DecisionRow).where(DecisionRow.rule_pack_ref == ref)))


def save_pack(session: Session, pack: RulePack, *, user: str | None = None,
              origin: str = EDITED) -> RulePack:
    """Stores an edited pack and returns it as stored. A version already used by a meeting
    or decision, or shipped, is kept: the edit becomes the next version after the newest."""
    name = clean_line(pack.name)
    if not name:
        raise InputError("rule_pack_name", field="name")
    pack = replace(pack, name=name)
    parse_rule_pack(pack.to_dict(), pack.ref)  # the same checks as a file gets
    row = session.scalar(select(RulePackRow).where(
        RulePackRow.pack_id == pack.id, RulePackRow.version == pack.version))
    if row is not None and row.body_json == _body(pack):
        return pack
    if row is not None and (row.origin == SHIPPED or in_use(session, pack.ref)):
        newest = _rows(session, pack.id)[-1].version
        pack = replace(pack, version=next_version(newest))
        row = None
    before = _pack(row).to_dict() if row is not None else None
    if row is None:
        row = RulePackRow(pack_id=pack.id, version=pack.version, created_at=history.now())
        session.add(row)
    row.name, row.body_json, row.origin = pack.name, _body(pack), origin
    session.flush()
    after = pack.to_dict()
    history.record(session, RULE_PACK, pack.id, "created" if before is None else "updated", user,
                   {"version": pack.version, "changes": history.diff(before, after)}
                   if before is not None else {"version": pack.version, "name": pack.name})
    _rules_changed(session, pack.id)
    return pack


# ---- files ---------------------------------------------------------------------------------


def read_pack_file(path: Path) -> RulePack:
    """A pack from its file, read within MAX_PACK_BYTES; DataFileError saying what is wrong."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_PACK_BYTES + 1)
        if len(data) > MAX_PACK_BYTES:
            raise DataFileError("rule_pack_unreadable", name=path.name, reason="> 2 MB")
        raw = json.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError("rule_pack_unreadable", name=path.name, reason=exc) from exc
    return parse_rule_pack(raw, path.name)


def import_pack(session: Session, path: Path, *, user: str | None = None) -> RulePack:
    """Stores the pack of a file as it is. The same id and version already stored with other
    content is refused (a used or shipped one) or replaced (the unit's own unused edit)."""
    pack = read_pack_file(path)
    sync_shipped(session)
    row = session.scalar(select(RulePackRow).where(
        RulePackRow.pack_id == pack.id, RulePackRow.version == pack.version))
    if row is not None and row.body_json != _body(pack):
        if row.origin == SHIPPED:
            raise DataFileError("rule_pack_shipped_id", id=pack.id, version=pack.version)
        if in_use(session, pack.ref):
            raise DataFileError("rule_pack_version_clash", ref=pack.ref)
    if row is not None and row.body_json == _body(pack):
        return pack
    if row is None:
        row = RulePackRow(pack_id=pack.id, version=pack.version, created_at=history.now())
        session.add(row)
    row.name, row.body_json, row.origin = pack.name, _body(pack), IMPORTED
    session.flush()
    history.record(session, RULE_PACK, pack.id, "imported", user,
                   {"version": pack.version, "name": pack.name, "file": path.name})
    _rules_changed(session, pack.id)
    return pack


def export_pack(pack: RulePack, path: Path) -> Path:
    """Writes the pack as one JSON file (docs/rule-packs.md), atomically."""
    text = json.dumps(pack.to_dict(), ensure_ascii=False, indent=2) + "\n"
    return atomic.write_bytes(path, text.encode("utf-8"))


# ---- the unit's pack -----------------------------------------------------------------------


def unit_pack(session: Session) -> RulePack:
    """The pack the unit recognises under (new councils and the dossier checks use it)."""
    chosen = get_value(session, UNIT_PACK_SETTING, "") or NATIONAL_ID
    try:
        return get_pack(session, str(chosen))
    except NotFoundError:
        return get_pack(session, NATIONAL_ID)


def set_unit_pack(session: Session, pack_id: str, *, user: str | None = None) -> RulePack:
    pack = get_pack(session, split_ref(pack_id)[0])
    before = get_value(session, UNIT_PACK_SETTING, "") or NATIONAL_ID
    set_value(session, UNIT_PACK_SETTING, pack.id)
    if before != pack.id:
        history.record(session, RULE_PACK, pack.id, "chosen_for_unit", user,
                       {"pack": [before, pack.id]})
        dossier_summary.all_due(session)
    return pack


def _rules_changed(session: Session, pack_id: str) -> None:
    """A new version of the unit's own pack changes what its dossiers' checks find."""
    if pack_id == (get_value(session, UNIT_PACK_SETTING, "") or NATIONAL_ID):
        dossier_summary.all_due(session)


def packs_named(session: Session, refs: list[str]) -> dict[str, RulePack]:
    """The packs behind several refs at once (missing ones left out)."""
    wanted = {split_ref(r) for r in refs if r}
    if not wanted:
        return {}
    rows = session.scalars(select(RulePackRow).where(or_(*[
        (RulePackRow.pack_id == p) & (RulePackRow.version == v) for p, v in wanted])))
    return {f"{r.pack_id}@{r.version}": _pack(r) for r in rows}
