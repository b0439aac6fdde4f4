"""Where the demo's councils, meetings and decisions are written: through the services one
record at a time (ServiceStore), or many at a time (BulkStore) for a demo of 100,000 dossiers.

BulkStore writes what the services write, the same rows and history entries in the same order
(tests/core/test_demo_council.py compares the two on a sample): save_council's council and
members, each dossier's submission to the council, record_meeting's meeting, dossiers
considered and score sheets, issue_decision's number register entry, the meeting's closing (its
pack and results logged), decision, items, dossier statuses, freezes and entries, the papers'
verification codes, then the demo's
own note on each recognised dossier and its correction versions (new_version). It differs only
where a service writes something nobody reads: a save replaces a dossier's author, applier
and attachment rows with equal ones under new ids, which the bulk path leaves as they are.
Everything is held until ``finish`` (or a batch is full) and written with executemany.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Protocol, cast

from sqlalchemy import Table, insert, select, text, update
from sqlalchemy.orm import Session

from sangkien_desktop.domain.council import (
    Authority,
    Council,
    Decision,
    DecisionItem,
    Meeting,
    Outcome,
    Role,
    ScoreEntry,
)
from sangkien_desktop.domain.dossier import Dossier, Status, new_uuid
from sangkien_desktop.domain.rule_pack import RulePack
from sangkien_desktop.domain.scoring import parse_scores
from sangkien_desktop.domain.tally import CastSheet, tally
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.workflow import Act
from sangkien_desktop.services.council import councils, decisions, numbering, rule_packs
from sangkien_desktop.services.council.meeting_closing import closing_entry
from sangkien_desktop.services.council.verification import ensure_registered
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier, get_dossiers
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage import search
from sangkien_desktop.storage.keys import IdAllocator
from sangkien_desktop.storage.models import (
    CouncilMemberRow,
    CouncilRow,
    DecisionItemRow,
    DecisionRow,
    DocumentNumberRow,
    DossierRow,
    DossierVersionRow,
    HistoryRow,
    MeetingDossierRow,
    MeetingRow,
    RecusalRow,
    ScoreSheetRow,
)

# Statuses the generator gives a dossier a decision will recognise: their content hash is
# taken when they are read (the freeze needs it; the dossier is not read again).
_TO_RECOGNISE = frozenset({Status.RECOGNISED, Status.NOMINATED, Status.ENTERED})
# Rows held before they are written.
_BATCH_ROWS = 200_000


class CouncilStore(Protocol):
    user: str

    def dossiers(self, uuids: list[str]) -> dict[str, Dossier]: ...
    def prefetch(self, uuids: list[str]) -> None: ...
    def council(self, council: Council) -> Council: ...
    def meeting(self, meeting: Meeting, council: Council) -> Meeting: ...
    def submit(self, uuids: list[str], at: list[dt.datetime]) -> None: ...
    def decision(self, decision: Decision, at: dt.datetime) -> Decision: ...
    def renote(self, uuid: str, note: str) -> None: ...
    def correct(self, uuid: str, copy_uuid: str, extra: str) -> None: ...
    def finish(self) -> None: ...


def _corrected(calculation: str, extra: str) -> str:
    return f"{calculation} {extra}".strip()


class ServiceStore:
    """Every record through its service, as an officer's work is stored."""

    def __init__(self, session: Session):
        self.s = session
        self.user = ""

    def dossiers(self, uuids: list[str]) -> dict[str, Dossier]:
        return {u: get_dossier(self.s, u) for u in uuids}

    def prefetch(self, uuids: list[str]) -> None:
        pass

    def council(self, council: Council) -> Council:
        return councils.save_council(self.s, council, user=self.user)

    def meeting(self, meeting: Meeting, council: Council) -> Meeting:
        return councils.record_meeting(self.s, meeting, user=self.user)

    def submit(self, uuids: list[str], at: list[dt.datetime]) -> None:
        """Each dossier submitted to the council at its time (the status they end in is the
        decision's to set; the save time stays the generator's)."""
        self.s.execute(update(DossierRow).where(DossierRow.uuid.in_(uuids))
                       .values(status=Status.SUBMITTED.value))
        for uuid, when in zip(uuids, at, strict=True):
            history.record(self.s, history.DOSSIER, uuid, Act.SUBMIT.value, self.user,
                           {"status": [Status.DRAFT.value, Status.SUBMITTED.value]}, at=when)

    def decision(self, decision: Decision, at: dt.datetime) -> Decision:
        return decisions.issue_decision(self.s, decision, user=self.user, at=at)

    def renote(self, uuid: str, note: str) -> None:
        d = get_dossier(self.s, uuid)
        save_dossier(self.s, dataclasses.replace(d, notes=note), user=self.user)

    def correct(self, uuid: str, copy_uuid: str, extra: str) -> None:
        copy = decisions.new_version(self.s, uuid, user=self.user, copy_uuid=copy_uuid)
        save_dossier(self.s, dataclasses.replace(
            copy, benefit_calculation=_corrected(copy.benefit_calculation, extra)), user=self.user)

    def finish(self) -> None:
        pass


@dataclass
class _Known:
    """What the bulk path keeps of a dossier it has read."""

    id: int
    indexed_at: dt.datetime  # the updated_at its search entry is keyed by
    status: Status
    notes: str
    benefit_unit_vnd: int | None
    benefit_author_vnd: int | None
    content_hash: str
    revision: int = 0  # moved on by each save, as save_dossier does


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return vars(value)
    return str(value)


def _as_json(record: Any) -> Any:
    """A record as the services log it, ``json.loads(json.dumps(asdict(record),
    default=str))``, without asdict's deep copy (a meeting's many sheets)."""
    return json.loads(json.dumps(record, default=_plain))


class BulkStore:
    """The same records, held and written many at a time."""

    def __init__(self, session: Session):
        self.s = session
        self.user = ""
        self.stamp = history.now()  # what history.now() would say for each service call
        self.profile = unit_profile(session)
        # The pack a council given none follows (councils.save_council): the unit's.
        self.pack = rule_packs.unit_pack(session)
        self.read: dict[str, Dossier] = {}  # the dossiers read, for meetings' recusals
        self.councils: dict[str, Council] = {}
        self.meetings: dict[str, tuple[Meeting, dict[str, Any]]] = {}  # uuid → (saved, row)
        # New ids handed out ahead (children point at them before the parents are written):
        # counted on from the largest on SQLite, from the identity sequences on a server.
        self.next_id = {model: IdAllocator(session, cast(Table, model.__table__))
                        for model in (CouncilRow, CouncilMemberRow, MeetingRow, DecisionRow)}
        self.council_ids: dict[str, int] = {}
        # (register, year) → the last number given (a head's decisions have their own register)
        self.last_number: dict[tuple[str, int], int] = {}
        self.known: dict[str, _Known] = {}
        # In the order the services would write them (ids follow the order).
        self.rows: dict[Any, list[dict[str, Any]]] = {model.__table__: [] for model in (
            CouncilRow, CouncilMemberRow, MeetingRow, RecusalRow, MeetingDossierRow,
            ScoreSheetRow, DocumentNumberRow, DecisionRow, DecisionItemRow, DossierVersionRow, HistoryRow)}
        self.closed: list[dict[str, Any]] = []  # meetings closed (already written, or not)
        self.changed: dict[str, dict[str, Any]] = {}  # uuid → the dossier's new status, notes
        self.copies: list[tuple[str, str, str]] = []  # (uuid, copy uuid, extra)

    # ---- reading ---------------------------------------------------------------------------
    def dossiers(self, uuids: list[str]) -> dict[str, Dossier]:
        found = get_dossiers(self.s, uuids)
        stamps = dict(self.s.execute(
            select(DossierRow.uuid, DossierRow.id).where(DossierRow.uuid.in_(uuids))).all())
        self.read.update(found)
        for uuid, d in found.items():
            assert d.updated_at is not None
            self.known[uuid] = _Known(
                stamps[uuid], d.updated_at, Status(d.status), d.notes, d.benefit_unit_vnd,
                d.benefit_author_vnd,
                history.content_hash(d) if Status(d.status) in _TO_RECOGNISE else "", d.revision)
        return found

    def prefetch(self, uuids: list[str]) -> None:
        missing = [u for u in uuids if u not in self.known]
        if missing:
            self.dossiers(missing)

    # ---- writing, as the services do -------------------------------------------------------
    def _history(self, kind: str, uuid: str, action: str, changes: dict[str, Any],
                 at: dt.datetime | None = None) -> None:
        self.rows[HistoryRow.__table__].append(
            history.entry_row(kind, uuid, action, self.user, at or self.stamp, changes))

    def _new_id(self, model: Any) -> int:
        return self.next_id[model]()

    def council(self, council: Council) -> Council:
        """As councils.save_council stores a new council."""
        council_id = self._new_id(CouncilRow)
        self.council_ids[council.uuid] = council_id
        assert council.pack is None, "the demo's councils follow the unit's pack"
        pack = self.pack
        members = [dataclasses.replace(m, role=Role(m.role), id=self._new_id(CouncilMemberRow),
                                       heads_unit=clean_line(m.heads_unit))
                   for m in council.members]
        saved = dataclasses.replace(council, members=members, pack=pack)
        self.councils[council.uuid] = saved
        self.rows[CouncilRow.__table__].append({
            "id": council_id, "uuid": council.uuid, "name": council.name,
            "unit_name": council.unit_name, "employer": council.employer, "year": council.year,
            "founding_number": council.founding_number, "founding_date": council.founding_date,
            "rule_pack_id": pack.id,
            "rubric_json": json.dumps(pack.rubric.to_dict(), ensure_ascii=False),
            "rules_json": json.dumps(pack.rules.to_dict()),
            "created_at": self.stamp, "updated_at": self.stamp})
        self.rows[CouncilMemberRow.__table__] += [
            {"id": m.id, "council_id": council_id, "position": i, "full_name": m.full_name,
             "role": m.role.value, "title": m.title, "job_position": m.position, "active": True,
             "heads_unit": m.heads_unit}
            for i, m in enumerate(members)]
        self._history(history.COUNCIL, council.uuid, "created", councils._council_json(saved))
        return saved

    def meeting(self, meeting: Meeting, council: Council) -> Meeting:
        """As councils.record_meeting stores a new meeting."""
        meeting_id = self._new_id(MeetingRow)
        council = self.councils[meeting.council_uuid]
        pack = self.pack
        present = list(dict.fromkeys(meeting.present_member_ids))
        dossiers = {u: self.read[u] for u in meeting.dossier_uuids}
        recusals = councils._recusals(council, meeting, dossiers)
        sheets = [ScoreEntry(e.member_id, e.dossier_uuid, {
            k: str(v) for k, v in parse_scores(
                e.scores, pack.rubric, councils.dossier_facts(dossiers[e.dossier_uuid])).items()},
            e.remarks, e.in_favour) for e in meeting.sheets]
        absences = {str(k): v for k, v in meeting.absence_reasons.items()}
        row = {
            "id": meeting_id, "uuid": meeting.uuid,
            "council_id": self.council_ids[meeting.council_uuid], "date": meeting.date,
            "place": meeting.place, "present_json": json.dumps(present),
            "absences_json": json.dumps(absences, ensure_ascii=False),
            "minutes_number": meeting.minutes_number, "start_time": meeting.start_time,
            "end_time": meeting.end_time, "agenda": meeting.agenda,
            "conclusion": meeting.conclusion, "created_at": self.stamp,
            "updated_at": self.stamp, "rule_pack_ref": pack.ref, "closed_at": None}
        self.rows[MeetingRow.__table__].append(row)
        self.rows[RecusalRow.__table__] += [
            {"meeting_id": meeting_id, "member_id": r.member_id, "dossier_uuid": r.dossier_uuid,
             "kind": r.kind.value, "note": r.note} for r in recusals]
        self.rows[MeetingDossierRow.__table__] += [
            {"meeting_id": meeting_id, "dossier_uuid": u, "position": i}
            for i, u in enumerate(meeting.dossier_uuids)]
        self.rows[ScoreSheetRow.__table__] += [
            {"meeting_id": meeting_id, "member_id": e.member_id, "dossier_uuid": e.dossier_uuid,
             "remarks": e.remarks, "in_favour": e.in_favour, "scores_json": json.dumps(e.scores)}
            for e in sheets]
        saved = dataclasses.replace(meeting, present_member_ids=present, sheets=sheets,
                                    absence_reasons={int(k): v for k, v in absences.items()},
                                    recusals=recusals, rule_pack_ref=pack.ref)
        self.meetings[meeting.uuid] = (saved, row)
        self._history(history.MEETING, meeting.uuid, "created", _as_json(saved))
        self._flush_if_full()
        return saved

    def _number(self, register: str, year: int) -> int:
        """As decisions.proposed_number: the next free number of the year in the register."""
        if (register, year) not in self.last_number:
            self.last_number[register, year] = numbering.propose_next(self.s, register, year) - 1
        self.last_number[register, year] += 1
        return self.last_number[register, year]

    def submit(self, uuids: list[str], at: list[dt.datetime]) -> None:
        """As ServiceStore.submit. Every dossier a meeting holds is either submitted already
        (stays pending) or decided later (its status written with the decision's)."""
        for uuid, when in zip(uuids, at, strict=True):
            self.known[uuid].status = Status.SUBMITTED
            self._history(history.DOSSIER, uuid, Act.SUBMIT.value,
                          {"status": [Status.DRAFT.value, Status.SUBMITTED.value]}, at=when)

    def decision(self, decision: Decision, at: dt.datetime) -> Decision:
        """As decisions.issue_decision issues a decision on dossiers never decided before."""
        profile = self.profile
        pack = self._close(decision.meeting_uuid, at) if decision.meeting_uuid else self.pack
        assert all(i.pay is None and not i.scope_code for i in decision.items)
        authority = Authority(decision.authority)
        suffix = decisions.issuer_symbol(profile, authority, decision.unit_name)
        register = decisions.register_of(profile, authority, decision.unit_name)
        number = decision.number or self._number(register, decision.date.year)
        uuid = decision.uuid or new_uuid()
        number_text = numbering.format_number(number, decisions.DOC_TYPE, suffix)
        self.rows[DocumentNumberRow.__table__].append({
            "doc_type": register, "year": decision.date.year, "number": number,
            "suffix": suffix, "doc_date": decision.date, "subject": decisions.SUBJECT,
            "ref_uuid": uuid, "created_at": self.stamp})
        decision_id = self._new_id(DecisionRow)
        row: dict[str, Any] = {
            "id": decision_id, "uuid": uuid, "number": number, "number_text": number_text,
            "doc_type": register, "year": decision.date.year, "date": decision.date,
            "authority": authority.value,
            "authority_text": decision.authority_text
            or f"Ban Chấp hành {profile.unit_name}".strip(),
            # As issue_decision: the head of the unit signs under the head's title.
            "signer_name": decision.signer_name
            or (profile.signer_name if authority == Authority.COUNCIL else ""),
            "signer_title": decision.signer_title
            or (profile.signer_title if authority == Authority.COUNCIL
                else profile.head_title.upper()),
            "signing_capacity": decision.signing_capacity
            or (profile.signing_capacity if authority == Authority.COUNCIL else ""),
            "legal_basis_json": json.dumps(decision.legal_basis or list(pack.legal_basis),
                                           ensure_ascii=False),
            "rule_pack_ref": pack.ref,
            "scope": decision.scope, "meeting_uuid": decision.meeting_uuid,
            "unit_name": clean_line(decision.unit_name) or profile.unit_name,
            "status": "issued", "created_at": self.stamp}
        self.rows[DecisionRow.__table__].append(row)
        items = []
        for n, i in enumerate(decision.items, 1):
            d = self.known[i.dossier_uuid]
            items.append(DecisionItem(
                i.dossier_uuid, Outcome(i.outcome), i.reason.strip(),
                i.benefit_agreed_vnd if i.benefit_agreed_vnd is not None
                else (d.benefit_unit_vnd if d.benefit_unit_vnd is not None
                      else d.benefit_author_vnd),
                i.reward_vnd, i.annex_order or n))
        self.rows[DecisionItemRow.__table__] += [
            {"decision_id": decision_id, "dossier_uuid": i.dossier_uuid,
             "outcome": i.outcome.value, "reason": i.reason,
             "benefit_agreed_vnd": i.benefit_agreed_vnd, "reward_vnd": i.reward_vnd,
             "annex_order": i.annex_order} for i in items]
        for item in items:
            d = self.known[item.dossier_uuid]
            status = Status.RECOGNISED if item.outcome == Outcome.RECOGNISED else Status.REJECTED
            changes: dict[str, Any] = {"status": [d.status.value, status.value],
                                       "decision": number_text}
            self._change(item.dossier_uuid, status=status)
            if status == Status.RECOGNISED:
                self.rows[DossierVersionRow.__table__].append({
                    "dossier_uuid": item.dossier_uuid, "lineage_uuid": item.dossier_uuid,
                    "version": 1, "previous_uuid": None, "content_hash": d.content_hash,
                    "frozen_at": at, "decision_uuid": uuid})
                changes["content_hash"] = d.content_hash
            if item.reason:
                changes["reason"] = item.reason
            self._history(history.DOSSIER, item.dossier_uuid, status.value, changes, at=at)
        issued = Decision(
            date=decision.date, items=items, number=number, authority=authority,
            authority_text=row["authority_text"], signer_name=row["signer_name"],
            signer_title=row["signer_title"], signing_capacity=row["signing_capacity"],
            legal_basis=json.loads(row["legal_basis_json"]), scope=decision.scope,
            meeting_uuid=decision.meeting_uuid, number_text=number_text, status="issued",
            uuid=uuid, unit_name=row["unit_name"], rule_pack_ref=pack.ref)
        self._history(history.DECISION, uuid, "issued", _as_json(issued), at=at)
        self._flush_if_full()
        return issued

    def _close(self, meeting_uuid: str, at: dt.datetime) -> RulePack:
        """As meeting_closing.close_meeting, which issuing a decision from a meeting does: the
        meeting closes with its results logged; the pack it scored under is the decision's."""
        meeting, row = self.meetings[meeting_uuid]
        council = self.councils[meeting.council_uuid]
        pack = self.pack
        results = [tally(
            u, self.read[u].title, rubric=pack.rubric, rules=pack.rules,
            council_size=len(council.members), present=meeting.present_member_ids,
            sheets=[CastSheet(e.member_id, parse_scores(e.scores, pack.rubric), e.in_favour)
                    for e in meeting.sheets if e.dossier_uuid == u],
            recusals=meeting.recusals) for u in meeting.dossier_uuids]
        assert not any(r.pending for r in results)
        row["closed_at"] = at
        self.closed.append({"id": row["id"], "closed_at": at})
        self._history(history.MEETING, meeting_uuid, "closed", closing_entry(pack, results),
                      at=at)
        return pack

    def _change(self, uuid: str, **fields: Any) -> None:
        d = self.known[uuid]
        for name, value in fields.items():
            setattr(d, name, value)
        d.revision += 1
        self.changed[uuid] = {"id": d.id, "status": d.status.value, "notes": d.notes,
                              "revision": d.revision}

    def renote(self, uuid: str, note: str) -> None:
        """As save_dossier saves a recognised dossier with new notes."""
        d = self.known[uuid]
        changes = {"notes": [d.notes, note]} if d.notes != note else {}
        self._change(uuid, notes=note)
        if changes:
            self._history(history.DOSSIER, uuid, "updated", changes)

    def correct(self, uuid: str, copy_uuid: str, extra: str) -> None:
        """As decisions.new_version then save_dossier of the copy with ``extra`` added."""
        self.rows[DossierVersionRow.__table__].append({
            "dossier_uuid": copy_uuid, "lineage_uuid": uuid, "version": 2,
            "previous_uuid": uuid, "content_hash": "", "frozen_at": None, "decision_uuid": ""})
        self._history(history.DOSSIER, copy_uuid, "version_created",
                      {"previous_uuid": uuid, "lineage_uuid": uuid, "version": 2})
        self._history(history.DOSSIER, uuid, "superseded", {"next_uuid": copy_uuid, "version": 2})
        self.copies.append((uuid, copy_uuid, extra))
        self.rows[HistoryRow.__table__].append({})  # the copy's "updated" entry: at the flush

    # ---- the flush -------------------------------------------------------------------------
    def _flush_if_full(self) -> None:
        if sum(len(r) for r in self.rows.values()) >= _BATCH_ROWS:
            self.finish()

    def finish(self) -> None:
        """Writes what is held: the records, the dossiers' new statuses (re-keying their search
        entries, as each save did) and the correction copies, then the versions and entries."""
        copies = self._copies()
        for table, values in self.rows.items():
            if table is DossierVersionRow.__table__:
                self._write_changes()
                if copies:
                    # No "created" entry: new_version writes "version_created" instead.
                    insert_dossiers(self.s, copies, when=self.stamp, log=False,
                                    user=self.user)
                    # Saved twice by the services: by new_version, then with the correction.
                    self.s.execute(update(DossierRow).where(
                        DossierRow.uuid.in_([c.uuid for c in copies])).values(revision=2))
            if values:
                self.s.execute(insert(table), values)
                values.clear()
        if self.closed:  # a meeting written by an earlier flush, closed since
            self.s.execute(update(MeetingRow), self.closed)
            self.closed.clear()
        self.copies.clear()
        self.s.flush()
        # As issue_decision: each decision's papers in the verification register.
        ensure_registered(self.s)

    def _copies(self) -> list[Dossier]:
        """The correction copies as saved, and their "updated" entries in their places."""
        if not self.copies:
            return []
        originals = get_dossiers(self.s, [u for u, _c, _e in self.copies])
        entries = iter(self._copy_entries(originals))
        history_rows = self.rows[HistoryRow.__table__]
        for n, row in enumerate(history_rows):
            if not row:
                history_rows[n] = next(entries)
        copies = []
        for uuid, copy_uuid, extra in self.copies:
            d, known = originals[uuid], self.known[uuid]
            copies.append(dataclasses.replace(
                d, uuid=copy_uuid, status=Status.DRAFT, notes=known.notes,
                benefit_calculation=_corrected(d.benefit_calculation, extra),
                created_at=self.stamp, updated_at=self.stamp, deleted_at=None))
        return copies

    def _copy_entries(self, originals: dict[str, Dossier]) -> list[dict[str, Any]]:
        entries = []
        for uuid, copy_uuid, extra in self.copies:
            old = originals[uuid].benefit_calculation
            entries.append(history.entry_row(
                history.DOSSIER, copy_uuid, "updated", self.user, self.stamp,
                {"benefit_calculation": [old, _corrected(old, extra)]}))
        return entries

    def _write_changes(self) -> None:
        if not self.changed:
            return
        rows = list(self.changed.values())
        # By primary key, many at once; typed, so the time is stored as save_dossier stores it.
        self.s.execute(update(DossierRow), [
            {"id": r["id"], "status": r["status"], "notes": r["notes"], "updated_at": self.stamp,
             "revision": r["revision"], "updated_by": self.user}
            for r in rows])
        # Each save re-keys the dossier's search entry by its new updated_at (SQLite's key; a
        # server's entries are keyed by dossier id alone).
        if not search.on_server(self.s):
            self.s.execute(text("UPDATE dossier_fts SET rowid = :new WHERE rowid = :old"), sorted((
                {"old": search.list_key(self.known[u].indexed_at, r["id"]),
                 "new": search.list_key(self.stamp, r["id"])} for u, r in self.changed.items()),
                key=lambda k: k["new"]))
        for uuid in self.changed:
            self.known[uuid].indexed_at = self.stamp
        self.changed.clear()
