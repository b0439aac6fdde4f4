"""What happened to a record over time: the change log (who, when, what changed) and the
version lineage of dossiers, with the freeze a recognition puts on them.

A recognised dossier is a legal record (DOMAIN.md): ``ensure_editable`` is the guard
save_dossier runs first. It costs one lookup on a unique index; only for a frozen dossier does
it compare content hashes, so a save that changes nothing of the recognised content (the
status moving on to "nominated", the officer's notes, the portal text) still goes through.
This module must not import services.dossiers (which imports it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.change_log import HIDDEN, PERSONAL_FIELDS, describe_changes
from sangkien_desktop.domain.council import DossierFrozenError
from sangkien_desktop.domain.dossier import Dossier, DossierVersion
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.exchange.json_format import dossier_to_json
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DossierVersionRow, HistoryRow

# Entity kinds in the log.
DOSSIER = "dossier"
COUNCIL = "council"
MEETING = "meeting"
DECISION = "decision"

# Fields outside the recognised content: they may change after recognition. The status moves
# on (nominated, entered); notes, portal text, campaign and target group belong to nominating;
# a complaint or a dispute may arise later and must be recordable. Timestamps and the uuid
# are bookkeeping (a correction copy has a new uuid and the same content).
VOLATILE_FIELDS = frozenset({
    "uuid", "created_at", "updated_at", "deleted_at", "status", "notes", "portal_text",
    "campaign_id", "target_group", "has_complaint", "has_authorship_dispute",
})


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


# ---- the change log ------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    kind: str
    uuid: str
    action: str
    user: str
    at: dt.datetime
    changes: dict[str, Any]


def diff(old: Any, new: Any, path: str = "") -> dict[str, list[Any]]:
    """Changed leaves between two JSON-like values: {"authors[1].full_name": [old, new]}.
    A key or list item present on one side only shows None on the other."""
    if isinstance(old, dict) and isinstance(new, dict):
        changes: dict[str, list[Any]] = {}
        for key in list(old) + [k for k in new if k not in old]:
            sub = f"{path}.{key}" if path else str(key)
            changes.update(diff(old.get(key), new.get(key), sub))
        return changes
    if isinstance(old, list) and isinstance(new, list):
        changes = {}
        for i in range(max(len(old), len(new))):
            changes.update(diff(old[i] if i < len(old) else None,
                                new[i] if i < len(new) else None, f"{path}[{i}]"))
        return changes
    return {} if old == new else {path: [old, new]}


# Bookkeeping the dossier log leaves out: every save moves updated_at; the bin has its own
# entries. Unlike the content hash, the log keeps status, notes and portal text: a user wants
# to see those changes too.
_UNLOGGED_FIELDS = frozenset({"uuid", "created_at", "updated_at", "deleted_at"})


def _mask(value: Any, key: str = "") -> Any:
    """Personal data replaced by a mark (DOMAIN.md: ID and phone numbers stay where needed)."""
    if key in PERSONAL_FIELDS:
        return HIDDEN if value not in (None, "") else value
    if isinstance(value, dict):
        return {k: _mask(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask(v) for v in value]
    return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


def masked(changes: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Diff leaves with personal data (ID and phone numbers, birth dates) replaced by a mark:
    the log shows that they changed, not what they were."""
    return {k: [_mask(v, k.rsplit(".", 1)[-1]) for v in pair] for k, pair in changes.items()}


def dossier_changes(before: Dossier | None, after: Dossier) -> dict[str, list[Any]]:
    """What a save changed, as diff leaves; for a new dossier, the fields it was given.
    Personal data shows only that it changed."""
    new = {k: v for k, v in dossier_to_json(after).items() if k not in _UNLOGGED_FIELDS}
    if before is None:
        changes = {k: [None, v] for k, v in new.items() if not _empty(v)}
    else:
        old = {k: v for k, v in dossier_to_json(before).items() if k not in _UNLOGGED_FIELDS}
        changes = diff(old, new)
    return masked(changes)


# Session.info key: who works through this database session (storage.database.Database.user).
USER = "user"


def user_name(session: Session, user: str | None = None) -> str:
    """Who makes a change: ``user`` when given; else the officer this database session works
    for (on a shared database: the name set on this computer, else the server login); else
    the user name in Settings (who works at this computer, on a SQLite data folder)."""
    if user is not None:
        return user
    return str(session.info.get(USER) or unit_profile(session).user_name)


def entry_row(kind: str, uuid: str, action: str, user_name: str, at: dt.datetime,
              changes: dict[str, Any] | None = None) -> dict[str, Any]:
    """One entry as the columns of its row: what ``record`` stores, for a bulk insert."""
    return {"entity_kind": kind, "entity_uuid": uuid, "action": action, "user_name": user_name,
            "at": at, "changes_json": json.dumps(changes or {}, ensure_ascii=False,
                                                 sort_keys=True, default=str)}


def record(
    session: Session,
    kind: str,
    uuid: str,
    action: str,
    user: str | None = None,
    changes: dict[str, Any] | None = None,
    *,
    at: dt.datetime | None = None,
) -> None:
    """Adds one entry in the session's transaction under ``user`` (None: ``user_name``)."""
    session.add(HistoryRow(**entry_row(kind, uuid, action, user_name(session, user),
                                       at or now(), changes)))


def for_entity(session: Session, kind: str, uuid: str) -> list[Entry]:
    """The entries of one record, oldest first."""
    rows = session.scalars(
        select(HistoryRow)
        .where(HistoryRow.entity_kind == kind, HistoryRow.entity_uuid == uuid)
        .order_by(HistoryRow.id)
    )
    return [Entry(r.entity_kind, r.entity_uuid, r.action, r.user_name, r.at,
                  json.loads(r.changes_json)) for r in rows]


# How a dossier came from another unit's package (services.exchange.package_merge).
IMPORT_ACTIONS = ("imported", "replaced_by_import", "imported_copy")


def withheld_when_received(session: Session, uuid: str) -> frozenset[str]:
    """The authors' fields the package the dossier last came in left out (its sender holds
    them); empty for a dossier made here or received whole."""
    return withheld_of(session, [uuid]).get(uuid, frozenset())


def withheld_of(session: Session, uuids: Iterable[str], *,
                chunk: int = 500) -> dict[str, frozenset[str]]:
    """``withheld_when_received`` of many dossiers; those received whole or made here are
    left out."""
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, frozenset[str]] = {}
    for start in range(0, len(wanted), chunk):
        seen: set[str] = set()
        for uuid, changes in session.execute(
                select(HistoryRow.entity_uuid, HistoryRow.changes_json)
                .where(HistoryRow.entity_kind == DOSSIER,
                       HistoryRow.entity_uuid.in_(wanted[start:start + chunk]),
                       HistoryRow.action.in_(IMPORT_ACTIONS))
                .order_by(HistoryRow.id.desc())).all():
            if uuid in seen:  # the last entry of each dossier speaks for it
                continue
            seen.add(uuid)
            value = json.loads(changes).get("withheld_personal_data", [])
            withheld = frozenset(v for v in value if isinstance(v, str))
            if withheld:
                found[uuid] = withheld
    return found


def describe(entry: Entry) -> list[str]:
    """The entry's changes as Vietnamese lines (domain.change_log)."""
    return describe_changes(entry.changes)


# ---- versions and the freeze ---------------------------------------------------------------


# Of an attachment, which required document it is: the officer's classification (picked in a
# list; before schema 9 a "#code" in the note, which stays in a frozen dossier's note), not
# the recognised content. Left out, so the hashes made before the field existed still hold.
VOLATILE_ATTACHMENT_FIELDS = frozenset({"requirement"})


def canonical_content(dossier: Dossier) -> dict[str, Any]:
    content = {k: v for k, v in dossier_to_json(dossier).items() if k not in VOLATILE_FIELDS}
    content["attachments"] = [
        {k: v for k, v in a.items() if k not in VOLATILE_ATTACHMENT_FIELDS}
        for a in content.get("attachments", [])
    ]
    return content


def content_hash(dossier: Dossier) -> str:
    """SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of the recognised content."""
    text = json.dumps(canonical_content(dossier), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def version_from_row(row: DossierVersionRow) -> DossierVersion:
    return DossierVersion(row.dossier_uuid, row.lineage_uuid, row.version, row.previous_uuid,
                       row.content_hash, row.frozen_at, row.decision_uuid)


def version_of(session: Session, dossier_uuid: str) -> DossierVersion:
    """The dossier's place in its lineage; a dossier never frozen or copied is version 1."""
    row = session.scalar(select(DossierVersionRow).where(
        DossierVersionRow.dossier_uuid == dossier_uuid))
    if row is None:
        return DossierVersion(dossier_uuid, dossier_uuid, 1, None, "", None, "")
    return version_from_row(row)


def lineage(session: Session, lineage_uuid: str) -> list[DossierVersion]:
    rows = session.scalars(select(DossierVersionRow).where(
        DossierVersionRow.lineage_uuid == lineage_uuid).order_by(DossierVersionRow.version))
    return [version_from_row(r) for r in rows]


def ensure_editable(session: Session, dossier: Dossier) -> None:
    """Raises DossierFrozenError when ``dossier`` would change the content of a frozen one."""
    row = session.execute(
        select(DossierVersionRow.frozen_at, DossierVersionRow.content_hash).where(
            DossierVersionRow.dossier_uuid == dossier.uuid)
    ).first()
    if row is None or row.frozen_at is None:
        return
    if content_hash(dossier) == row.content_hash:
        return
    raise DossierFrozenError(
        "dossier_frozen", title=dossier.title, date=format(row.frozen_at, "%d/%m/%Y"),
    )


def freeze(session: Session, dossier: Dossier, *, decision_uuid: str = "",
           when: dt.datetime | None = None) -> DossierVersion:
    """Marks the stored ``dossier`` frozen with the hash of its content."""
    row = session.scalar(select(DossierVersionRow).where(
        DossierVersionRow.dossier_uuid == dossier.uuid))
    if row is None:
        row = DossierVersionRow(dossier_uuid=dossier.uuid, lineage_uuid=dossier.uuid, version=1)
        session.add(row)
    row.content_hash = content_hash(dossier)
    row.frozen_at = when or now()
    row.decision_uuid = decision_uuid
    session.flush()
    return version_from_row(row)


def add_version(session: Session, old: DossierVersion, new_uuid: str) -> DossierVersion:
    """Records ``new_uuid`` as the next version after ``old`` (not frozen)."""
    if old.previous_uuid is None and session.scalar(select(DossierVersionRow.id).where(
            DossierVersionRow.dossier_uuid == old.dossier_uuid)) is None:
        session.add(DossierVersionRow(dossier_uuid=old.dossier_uuid, lineage_uuid=old.lineage_uuid,
                                      version=old.version))
    row = DossierVersionRow(dossier_uuid=new_uuid, lineage_uuid=old.lineage_uuid,
                            version=old.version + 1, previous_uuid=old.dossier_uuid)
    session.add(row)
    session.flush()
    return version_from_row(row)


# ---- the content hash over time ----------------------------------------------------------------


@dataclass(frozen=True)
class HashLink:
    """One step of a frozen dossier's content hash: the recognition (``before`` None) or a
    redaction of personal data (services.dossiers.personal_data)."""

    action: str
    at: dt.datetime
    user: str
    before: str | None
    after: str


@dataclass(frozen=True)
class HashChain:
    links: list[HashLink]
    recorded: str  # the freeze's hash now
    actual: str  # the hash of the stored content
    problems: list[Message]

    @property
    def ok(self) -> bool:
        return not self.problems


def hash_chain(session: Session, dossier: Dossier) -> HashChain:
    """Checks that the log accounts for every change of a frozen dossier's content hash: each
    redaction starts from the hash before it, the last one ends at the freeze's hash, and the
    stored content has that hash. A dossier received frozen in a package starts at its first
    logged step (its recognition is in the sender's log)."""
    info = version_of(session, dossier.uuid)
    links: list[HashLink] = []
    problems: list[Message] = []
    expected: str | None = None
    for e in for_entity(session, DOSSIER, dossier.uuid):
        value = e.changes.get("content_hash")
        if isinstance(value, str) and e.action == "recognised":
            links.append(HashLink(e.action, e.at, e.user, None, value))
            expected = value
        elif isinstance(value, list) and len(value) == 2:
            before, after = value
            if expected is not None and before != expected:
                problems.append(Message("hash_chain_step", at=f"{e.at:%H:%M %d/%m/%Y}",
                                        found=str(before)[:12], expected=expected[:12]))
            links.append(HashLink(e.action, e.at, e.user, before, after))
            expected = after
    actual = content_hash(dossier)
    if expected is not None and expected != info.content_hash:
        problems.append(Message("hash_chain_recorded"))
    if info.frozen and actual != info.content_hash:
        problems.append(Message("hash_chain_content"))
    return HashChain(links, info.content_hash, actual, problems)
