"""Erasing one person's personal data (Luật 91/2025/QH15, Nghị định 356/2025/NĐ-CP): find
them across every dossier (in the bin too, every version), say where their data is — the
dossiers, the history log, the editor's autosaved drafts, texts they were typed into — and
erase it everywhere in one transaction.

What is erased and what stays is domain.personal_data. A recognised (frozen) dossier is a
legal record: its redaction is this module's narrow use-case, not an edit. The stored dossier
must still match its frozen hash; the new content must be exactly ``erase_people`` of it; the
freeze then takes the new content's hash and the log gets a "personal_data_erased" entry with
what was erased, why, by whom, when, and the hash before and after, so the chain from the
recognition's hash to today's stays verifiable (``history.hash_chain``). No other path can
change a frozen dossier: ``save_dossier`` still refuses anything but the recorded content.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.change_log import HIDDEN
from sangkien_desktop.domain.dossier import Applier, Author, Dossier, DossierVersion
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.personal_data import (
    APPLIER,
    AUTHOR,
    ERASED_FIELDS,
    ERASED_MARK,
    TEXT_FIELDS,
    Identifiers,
    Person,
    PersonQuery,
    digits,
    erase_people,
    has_personal_data,
    mask_number,
    mentions,
)
from sangkien_desktop.domain.values import normalise_phone
from sangkien_desktop.exchange.json_format import dossier_to_json
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.personal_traces import (
    Erased,
    draft_rows,
    folded_name,
    history_rows,
    is_person_leaf,
    like_any,
)
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.storage.database import Database
from sangkien_desktop.storage.models import (
    ApplierRow,
    AttachmentRow,
    AuthorRow,
    DossierRow,
    DossierVersionRow,
)

ACTION = "personal_data_erased"


class RedactionError(SangKienError):
    """The erasure cannot be done as asked; nothing was changed."""

    code = "personal_data"


@dataclass(frozen=True)
class Occurrence:
    """One place the person is named: an author or applier of one dossier."""

    dossier_uuid: str
    code: str
    title: str
    status: str
    version: int
    frozen: bool
    in_bin: bool
    role: str  # AUTHOR or APPLIER
    index: int
    full_name: str
    held: tuple[str, ...]  # the erasable fields that hold a value
    cccd: str  # masked: the last three digits
    phone: str
    birth_year: int | None

    @property
    def key(self) -> tuple[str, str, int]:
        return self.dossier_uuid, self.role, self.index


@dataclass
class PersonReport:
    """Where the person's data is. ``occurrences`` matched the search; ``related`` share the
    name but carry no ID to prove it is the same person (an applier, an author without CCCD
    or phone): the officer decides about those."""

    query: PersonQuery
    occurrences: list[Occurrence] = field(default_factory=list)
    related: list[Occurrence] = field(default_factory=list)
    # Dossier uuid → paths of the texts the person's numbers were typed into.
    mentions: dict[str, list[str]] = field(default_factory=dict)
    history_entries: int = 0
    drafts: list[str] = field(default_factory=list)
    identifiers: Identifiers = field(default_factory=Identifiers)

    @property
    def found(self) -> bool:
        return bool(self.occurrences or self.related or self.mentions or self.history_entries
                    or self.drafts)

    def dossier_uuids(self) -> list[str]:
        seen = [o.dossier_uuid for o in self.occurrences + self.related] + list(self.mentions)
        return list(dict.fromkeys(seen))


@dataclass
class ErasureResult:
    dossiers: list[str] = field(default_factory=list)  # uuids changed
    frozen: list[str] = field(default_factory=list)  # of which recognised, redacted
    values: int = 0  # personal values erased from dossiers
    history_entries: int = 0
    drafts: int = 0


# ---- finding ---------------------------------------------------------------------------------


def _people(session: Session, query: PersonQuery) -> tuple[set[tuple[int, str, int]], set[str]]:
    """(dossier id, role, position) of every person matching ``query``, and their names."""
    q = query.normalised()
    found: set[tuple[int, str, int]] = set()
    names: set[str] = set()
    stmt = select(AuthorRow.dossier_id, AuthorRow.position, AuthorRow.full_name,
                  AuthorRow.cccd, AuthorRow.phone)
    for dossier_id, position, name, cccd, phone in session.execute(stmt):
        if q.name and folded_name(name) != q.name:
            continue
        if q.cccd and digits(cccd) != q.cccd:
            continue
        if q.phone and normalise_phone(phone) != q.phone:
            continue
        found.add((dossier_id, AUTHOR, position))
        names.add(folded_name(name))
    if q.name and not (q.cccd or q.phone):
        appliers = select(ApplierRow.dossier_id, ApplierRow.position, ApplierRow.full_name)
        for dossier_id, position, name in session.execute(appliers):
            if folded_name(name) == q.name:
                found.add((dossier_id, APPLIER, position))
    return found, names


def _same_name(session: Session, names: set[str], found: set[tuple[int, str, int]]
               ) -> set[tuple[int, str, int]]:
    """People with one of ``names`` and no ID number or phone of their own."""
    related = set()
    for model, role in ((AuthorRow, AUTHOR), (ApplierRow, APPLIER)):
        stmt = select(model.dossier_id, model.position, model.full_name)
        if model is AuthorRow:
            stmt = stmt.where(AuthorRow.cccd == "", AuthorRow.phone == "")
        for dossier_id, position, name in session.execute(stmt):
            if folded_name(name) in names and (dossier_id, role, position) not in found:
                related.add((dossier_id, role, position))
    return related


def _typed_in(session: Session, identifiers: Identifiers) -> set[int]:
    """Dossier ids whose texts hold one of the numbers as typed without separators (a
    prefilter: each is then checked with the separators people type)."""
    numbers = sorted(identifiers.cccds) + sorted(p[1:] for p in identifiers.phones)
    if not numbers:
        return set()
    text_columns = [getattr(DossierRow, f) for f in TEXT_FIELDS]
    ids = set(session.scalars(select(DossierRow.id).where(like_any(text_columns, numbers))))
    ids |= set(session.scalars(select(AttachmentRow.dossier_id).where(
        like_any([AttachmentRow.note], numbers))))
    ids |= set(session.scalars(select(ApplierRow.dossier_id).where(
        like_any([ApplierRow.task], numbers))))
    return ids


def _occurrence(d: Dossier, row: DossierRow, info: DossierVersion, role: str,
                index: int) -> Occurrence:
    person: Author | Applier = d.authors[index] if role == AUTHOR else d.appliers[index]
    held = tuple(f for f in ERASED_FIELDS[role] if getattr(person, f) not in (None, ""))
    return Occurrence(
        d.uuid, d.code, d.title, d.status.value, info.version, info.frozen,
        row.deleted_at is not None, role, index, person.full_name, held,
        mask_number(getattr(person, "cccd", "")), mask_number(getattr(person, "phone", "")),
        person.birth_date.year if person.birth_date else None,
    )


def find_person(session: Session, query: PersonQuery) -> PersonReport:
    """Everything stored about the person the query names; writes nothing."""
    if query.is_empty:
        raise InputError("person_query_empty", field="query")
    report = PersonReport(query)
    found, names = _people(session, query)
    q = query.normalised()
    related = _same_name(session, names, found) if (q.cccd or q.phone) else set()
    dossier_ids = {i for i, _r, _p in found | related}
    by_id: dict[int, tuple[DossierRow, Dossier]] = {}

    def load(dossier_id: int) -> tuple[DossierRow, Dossier]:
        if dossier_id not in by_id:
            row = session.get(DossierRow, dossier_id)
            assert row is not None
            by_id[dossier_id] = (row, get_dossier(session, row.uuid))
        return by_id[dossier_id]

    people: list[Author | Applier] = []
    for target, into in ((found, report.occurrences), (related, report.related)):
        for dossier_id, role, position in sorted(target):
            row, d = load(dossier_id)
            into.append(_occurrence(d, row, history.version_of(session, d.uuid), role, position))
            if target is found:
                people.append(d.authors[position] if role == AUTHOR else d.appliers[position])
    report.identifiers = Identifiers.of(people, query)
    for dossier_id in sorted(dossier_ids | _typed_in(session, report.identifiers)):
        _row, d = load(dossier_id)
        paths = mentions(d, report.identifiers)
        if paths:
            report.mentions[d.uuid] = paths
    _count_traces(session, report, people, [d.uuid for _r, d in by_id.values()])
    return report


def _count_traces(session: Session, report: PersonReport, people: list[Person],
                  uuids: list[str]) -> None:
    """How many log entries and autosaved drafts hold the people's values."""
    erased = Erased.of(people, report.identifiers)
    report.history_entries = sum(1 for _row, _new in history_rows(session, uuids, erased))
    report.drafts = [row.dossier_uuid for row, _new in draft_rows(session, uuids, erased)]


# ---- erasing ---------------------------------------------------------------------------------


def _changes(before: Dossier, after: Dossier) -> dict[str, list[Any]]:
    """The log's account of an erasure: each erased field, its old value hidden."""
    leaves = history.diff(dossier_to_json(before), dossier_to_json(after))
    return {path: [HIDDEN, None if is_person_leaf(path) else ERASED_MARK] for path in leaves}


def _redact(session: Session, before: Dossier, after: Dossier, reason: str,
            user: str | None, at: dt.datetime) -> bool:
    """Stores ``after`` in place of ``before`` and logs it; for a frozen dossier, moves the
    freeze to the new content's hash. True when the dossier was frozen."""
    row = session.scalar(select(DossierVersionRow).where(
        DossierVersionRow.dossier_uuid == before.uuid))
    frozen = row is not None and row.frozen_at is not None
    changes: dict[str, Any] = {**_changes(before, after), "reason": reason}
    if frozen:
        assert row is not None
        old_hash = history.content_hash(before)
        if old_hash != row.content_hash:
            raise RedactionError("redaction_hash_mismatch", title=before.title)
        row.content_hash = history.content_hash(after)
        changes["content_hash"] = [old_hash, row.content_hash]
    save_dossier(session, after, when=at, log=False)
    history.record(session, history.DOSSIER, before.uuid, ACTION, user, changes, at=at)
    return frozen


def erase_person(
    session: Session,
    report: PersonReport,
    *,
    chosen: set[tuple[str, str, int]] | None = None,
    reason: str = "",
    user: str | None = None,
    at: dt.datetime | None = None,
) -> ErasureResult:
    """Erases the personal data of the ``chosen`` occurrences (by ``Occurrence.key``; default:
    every one that matched the search, not the related ones) and the person's numbers from
    every text, log entry and draft, in the session's transaction (the caller commits, then
    should run ``compact``). Raises RedactionError, changing nothing, when the data moved
    since ``report`` was made."""
    if not reason.strip():
        raise InputError("erasure_reason", field="reason")
    at = at or history.now()
    every = {o.key: o for o in report.occurrences + report.related}
    keys = set(chosen) if chosen is not None else {o.key for o in report.occurrences}
    targets: dict[str, dict[str, set[int]]] = defaultdict(lambda: {AUTHOR: set(), APPLIER: set()})
    for key in keys:
        if key not in every:
            raise RedactionError("erasure_stale")
        targets[key[0]][key[1]].add(key[2])
    people: list[Author | Applier] = []
    loaded: dict[str, Dossier] = {}
    for uuid, roles in targets.items():
        d = loaded[uuid] = get_dossier(session, uuid)
        for role, positions in roles.items():
            persons = d.authors if role == AUTHOR else d.appliers
            for i in positions:
                if i >= len(persons) or folded_name(persons[i].full_name) != folded_name(every[(uuid, role, i)]
                                                                          .full_name):
                    raise RedactionError("erasure_dossier_changed", code="erasure_stale",
                                         title=d.title)
                people.append(persons[i])
    identifiers = Identifiers(
        report.identifiers.cccds | Identifiers.of(people).cccds,
        report.identifiers.phones | Identifiers.of(people).phones)
    result = ErasureResult()
    for uuid in dict.fromkeys([*targets, *report.mentions]):
        before = loaded.get(uuid) or get_dossier(session, uuid)
        roles = targets.get(uuid, {AUTHOR: set(), APPLIER: set()})
        after = erase_people(before, roles[AUTHOR], roles[APPLIER], identifiers)
        if after == before:
            continue
        if _redact(session, before, after, reason.strip(), user, at):
            result.frozen.append(uuid)
        result.dossiers.append(uuid)
    result.values = sum(
        1 for p in people for f in ERASED_FIELDS[AUTHOR if isinstance(p, Author) else APPLIER]
        if getattr(p, f) not in (None, ""))
    erased = Erased.of(people, identifiers)
    uuids = list(dict.fromkeys([*targets, *report.mentions]))
    for row, new in list(history_rows(session, uuids, erased)):
        row.changes_json = json.dumps(new, ensure_ascii=False, sort_keys=True, default=str)
        result.history_entries += 1
    for draft, new in list(draft_rows(session, uuids, erased)):
        draft.payload = json.dumps(new, ensure_ascii=False)
        result.drafts += 1
    session.flush()
    return result


def dossier_report(session: Session, uuid: str) -> PersonReport:
    """Every person of one dossier, as if each had been searched for."""
    d = get_dossier(session, uuid)
    row = session.scalar(select(DossierRow).where(DossierRow.uuid == uuid))
    assert row is not None
    info = history.version_of(session, uuid)
    people: list[tuple[str, int, Author | Applier]] = [(AUTHOR, i, a) for i, a in enumerate(d.authors)]
    people += [(APPLIER, i, p) for i, p in enumerate(d.appliers)]
    report = PersonReport(PersonQuery(), identifiers=Identifiers.of(p for _r, _i, p in people))
    report.occurrences = [_occurrence(d, row, info, role, i) for role, i, p in people
                          if has_personal_data(p)]
    found = mentions(d, report.identifiers)
    if found:
        report.mentions[uuid] = found
    _count_traces(session, report, [p for _r, _i, p in people], [uuid])
    return report


def erase_binned_dossier(session: Session, uuid: str, *, reason: str = "",
                         user: str | None = None) -> ErasureResult:
    """Erases the personal data of every person of a dossier in the bin (kept there rather
    than deleted for good, say until a complaint is settled)."""
    d = get_dossier(session, uuid)
    if d.deleted_at is None:
        raise InputError("erasure_not_in_bin", title=d.title)
    return erase_person(session, dossier_report(session, uuid), reason=reason, user=user)


PersonRef = tuple[str, str, str]  # dossier uuid, role, name key: holds in another copy too


def _ref(o: Occurrence) -> PersonRef:
    return o.dossier_uuid, o.role, folded_name(o.full_name)


@dataclass(frozen=True)
class Selection:
    """An erasure as it can be repeated on another copy of the data (a backup), where
    positions may differ: the search (or the one dossier whose people all go), the matched
    people the officer left out, and the same-name people they took in."""

    query: PersonQuery = PersonQuery()
    dossier_uuid: str = ""
    left_out: frozenset[PersonRef] = frozenset()
    taken_in: frozenset[PersonRef] = frozenset()
    reason: str = ""
    all_related: bool = False  # every same-name person, wherever found

    @classmethod
    def of(cls, report: PersonReport, chosen: set[tuple[str, str, int]] | None = None, *,
           reason: str = "", dossier_uuid: str = "") -> Selection:
        keys = chosen if chosen is not None else {o.key for o in report.occurrences}
        return cls(report.query, dossier_uuid,
                   frozenset(_ref(o) for o in report.occurrences if o.key not in keys),
                   frozenset(_ref(o) for o in report.related if o.key in keys), reason)

    def report(self, session: Session) -> PersonReport | None:
        """The people this selection names in the session's data; None when none are."""
        if self.dossier_uuid:
            exists = session.scalar(select(DossierRow.id).where(
                DossierRow.uuid == self.dossier_uuid))
            return dossier_report(session, self.dossier_uuid) if exists else None
        report = find_person(session, self.query)
        return report if report.found else None

    def chosen(self, report: PersonReport) -> set[tuple[str, str, int]]:
        return ({o.key for o in report.occurrences if _ref(o) not in self.left_out}
                | {o.key for o in report.related
                   if self.all_related or _ref(o) in self.taken_in})

    def apply(self, session: Session, *, user: str | None = None) -> ErasureResult | None:
        """Erases what the selection names in this session's data (the caller commits)."""
        report = self.report(session)
        if report is None:
            return None
        return erase_person(session, report, chosen=self.chosen(report), reason=self.reason,
                            user=user)


def compact(db: Database) -> bool:
    """Rewrites the database file so that erased values are gone from its free pages and its
    write-ahead log as well: SQLite otherwise keeps deleted bytes until it reuses the space.
    Call it after the erasure is committed; it takes a few seconds on a large database.
    False when another program held the file (the values then go as the space is reused;
    running it again later finishes the job)."""
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return not busy
    except sqlite3.OperationalError:
        return False
    finally:
        raw.close()
