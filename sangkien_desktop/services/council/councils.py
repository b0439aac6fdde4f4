"""Council use-cases: set up the council and its members, record a meeting with attendance
and score sheets, compute the result per dossier, and fill the score sheet and the minutes.

Every change is logged in history (kind "council" or "meeting") with a diff of the record.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from sangkien_desktop.documents.data import (
    ConsideredDossier,
    CouncilMember,
    MeetingMinutes,
    ScoreSheet,
)
from sangkien_desktop.documents.data import (
    Criterion as PaperCriterion,
)
from sangkien_desktop.domain.council import (
    AUTOMATIC_RECUSALS,
    MIN_MEMBERS,
    ROLE_LABELS,
    Council,
    Decision,
    DecisionItem,
    Meeting,
    Member,
    Outcome,
    Recusal,
    RecusalKind,
    Role,
    ScoreEntry,
    automatic_recusals,
)
from sangkien_desktop.domain.dossier import STATUS_LABELS, Author, Dossier, Status, new_uuid
from sangkien_desktop.domain.errors import InputError, NotFoundError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.rule_pack import RulePack
from sangkien_desktop.domain.scoring import (
    Rubric,
    format_score,
    parse_scores,
)
from sangkien_desktop.domain.tally import CastSheet, DossierResult, tally
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.services.council import rule_packs
from sangkien_desktop.services.council.issuing_unit import issuing_unit, same_unit
from sangkien_desktop.services.council.results import proposed_conclusion, proposed_reason
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import (
    CouncilMemberRow,
    CouncilRow,
    MeetingDossierRow,
    MeetingRow,
    RecusalRow,
    ScoreSheetRow,
)

__all__ = ["DossierResult"]  # re-exported: callers read results from here


def _council_json(c: Council) -> dict[str, Any]:
    data = asdict(c)
    data.pop("pack")
    data["rule_pack"] = c.pack.ref if c.pack is not None else ""
    found: dict[str, Any] = json.loads(json.dumps(data, default=str))
    return found


def _council_row(session: Session, uuid: str) -> CouncilRow:
    row = session.scalar(select(CouncilRow).where(CouncilRow.uuid == uuid))
    if row is None:
        raise NotFoundError("council_not_found", uuid=uuid)
    return row


def _council(row: CouncilRow) -> Council:
    session = object_session(row)
    assert session is not None
    pack = (rule_packs.get_pack(session, row.rule_pack_id) if row.rule_pack_id
            else rule_packs.unit_pack(session))
    return Council(
        name=row.name, unit_name=row.unit_name, year=row.year, employer=row.employer,
        founding_number=row.founding_number, founding_date=row.founding_date, pack=pack,
        members=[Member(m.full_name, Role(m.role), m.title, m.job_position, m.id, m.heads_unit)
                 for m in row.members if m.active],
        uuid=row.uuid, archived=row.archived_at is not None,
    )


def get_council(session: Session, uuid: str) -> Council:
    return _council(_council_row(session, uuid))


def list_councils(session: Session, *, archived: bool = False) -> list[Council]:
    """The councils in use, newest year first; with ``archived``, the archived ones after."""
    query = select(CouncilRow).order_by(CouncilRow.archived_at.is_not(None),
                                        CouncilRow.year.desc(), CouncilRow.id)
    if not archived:
        query = query.where(CouncilRow.archived_at.is_(None))
    return [_council(r) for r in session.scalars(query)]


def _check_council(session: Session, council: Council) -> None:
    if not council.name.strip():
        raise InputError("council_name", field="name")
    for i, member in enumerate(council.members):
        if not member.full_name.strip():
            raise InputError("member_name", i=i + 1, field=f"members[{i}].full_name")
    chairs = sum(1 for m in council.members if m.role == Role.CHAIR)
    if chairs > 1:
        raise InputError("council_two_chairs", field="members")
    if chairs == 0:
        raise InputError("council_no_chair", field="members")
    if len(council.members) < MIN_MEMBERS:
        raise InputError("council_too_few", count=len(council.members), minimum=MIN_MEMBERS,
                         field="members")
    # The same name, unit and year as another council in use: a second copy, not a council.
    for other in list_councils(session):
        if other.uuid != council.uuid and other.year == council.year and \
                other.name.casefold() == council.name.strip().casefold() and \
                other.unit_name.casefold() == council.unit_name.strip().casefold():
            raise InputError("council_duplicate", name=other.name, year=other.year,
                             unit=other.unit_name or "đơn vị", field="name")


def council_in_use(session: Session, uuid: str) -> bool:
    """Whether a meeting was recorded for the council (its sheets and minutes name it)."""
    row = _council_row(session, uuid)
    return session.scalar(select(MeetingRow.id).where(MeetingRow.council_id == row.id)
                          .limit(1)) is not None


def remove_council(session: Session, uuid: str, *, user: str | None = None) -> bool:
    """Deletes a council no meeting used (True); one that met is archived instead (False):
    its meetings, sheets and minutes keep naming it. Logged in history either way."""
    row = _council_row(session, uuid)
    if not council_in_use(session, uuid):
        before = _council_json(_council(row))
        session.delete(row)
        session.flush()
        history.record(session, history.COUNCIL, uuid, "deleted", user, before)
        return True
    set_archived(session, uuid, True, user=user)
    return False


def set_archived(session: Session, uuid: str, archived: bool, *, user: str | None = None) -> None:
    """Puts a council away (out of the pickers) or back in use."""
    row = _council_row(session, uuid)
    if (row.archived_at is not None) == archived:
        return
    row.archived_at = history.now() if archived else None
    session.flush()
    history.record(session, history.COUNCIL, uuid, "archived" if archived else "unarchived",
                   user, {})


def _pack_to_follow(session: Session, council: Council, uuid: str, user: str | None) -> RulePack:
    """The stored pack the council follows. A pack given with changes (the council's window
    edits the rubric and the vote rules) becomes the council's own pack, "Quy định của …",
    based on the one it changed; a new version of it when it is already in use."""
    pack = council.pack if council.pack is not None else rule_packs.unit_pack(session)
    try:
        if rule_packs.get_pack(session, pack.ref) == pack:
            return pack
    except NotFoundError:
        pass
    own = f"hoi-dong-{uuid}"
    if pack.id != own:
        stored = rule_packs.versions(session, own)
        pack = dataclasses.replace(
            pack, id=own, version=stored[-1].version if stored else "1", level="unit",
            name=str(Message("rule_pack_migrated_name", council=clean_line(council.name))),
            short_name=clean_line(council.name), applies_to=clean_line(council.unit_name))
    return rule_packs.save_pack(session, pack, user=user)


def save_council(session: Session, council: Council, *, user: str | None = None) -> Council:
    """Creates or updates the council and its members (matched by id). A member removed
    from the list is kept inactive, since old score sheets name them."""
    _check_council(session, council)
    uuid = council.uuid or new_uuid()
    pack = _pack_to_follow(session, council, uuid, user)
    stamp = history.now()
    row = session.scalar(select(CouncilRow).where(CouncilRow.uuid == council.uuid)) if council.uuid else None
    before = _council_json(_council(row)) if row is not None else None
    if row is None:
        row = CouncilRow(uuid=uuid, created_at=stamp)
        session.add(row)
    row.name, row.unit_name, row.employer = council.name, council.unit_name, council.employer
    row.year, row.founding_number = council.year, council.founding_number
    row.founding_date = council.founding_date
    row.rule_pack_id = pack.id
    # Copies of the pack's, for readers of the log's criterion names (history_names).
    row.rubric_json = json.dumps(pack.rubric.to_dict(), ensure_ascii=False)
    row.rules_json = json.dumps(pack.rules.to_dict())
    row.updated_at = stamp
    existing = {m.id: m for m in row.members}
    kept: set[int] = set()
    for i, member in enumerate(council.members):
        m = existing.get(member.id) if member.id is not None else None
        if m is None:
            m = CouncilMemberRow(full_name=member.full_name)
            row.members.append(m)
        m.position, m.full_name, m.role = i, member.full_name, Role(member.role).value
        m.title, m.job_position, m.active = member.title, member.position, True
        m.heads_unit = clean_line(member.heads_unit)
        if member.id is not None:
            kept.add(member.id)
    for member_id, m in existing.items():
        if member_id not in kept:
            m.active = False
    session.flush()
    saved = _council(row)
    after = _council_json(saved)
    history.record(session, history.COUNCIL, saved.uuid, "created" if before is None else "updated",
                   user, after if before is None else history.diff(before, after))
    return saved


# ---- meetings ------------------------------------------------------------------------------


def _meeting_row(session: Session, uuid: str) -> MeetingRow:
    row = session.scalar(select(MeetingRow).where(MeetingRow.uuid == uuid))
    if row is None:
        raise NotFoundError("meeting_not_found", uuid=uuid)
    return row


def _meeting(row: MeetingRow) -> Meeting:
    return Meeting(
        council_uuid=row.council.uuid, date=row.date, place=row.place,
        present_member_ids=json.loads(row.present_json),
        dossier_uuids=[d.dossier_uuid for d in row.dossiers],
        sheets=[ScoreEntry(s.member_id, s.dossier_uuid, json.loads(s.scores_json), s.remarks,
                           s.in_favour) for s in row.sheets],
        absence_reasons={int(k): v for k, v in json.loads(row.absences_json).items()},
        minutes_number=row.minutes_number, start_time=row.start_time, end_time=row.end_time,
        agenda=row.agenda, conclusion=row.conclusion, uuid=row.uuid,
        recusals=[Recusal(r.member_id, r.dossier_uuid, RecusalKind(r.kind), r.note)
                  for r in row.recusals],
        rule_pack_ref=row.rule_pack_ref, closed_at=row.closed_at,
    )


def meeting_pack(session: Session, row: MeetingRow) -> RulePack:
    """The pack the meeting scores and votes under: the one it recorded, else its council's."""
    if row.rule_pack_ref:
        return rule_packs.get_pack(session, row.rule_pack_ref)
    return _council(row.council).pack or rule_packs.unit_pack(session)


def get_meeting_pack(session: Session, meeting_uuid: str) -> RulePack:
    return meeting_pack(session, _meeting_row(session, meeting_uuid))


def dossier_facts(dossier: Dossier) -> frozenset[str]:
    """What a rubric's score ranges may ask of a dossier (domain.scoring.FACTS)."""
    money = any(v for v in (dossier.benefit_unit_vnd, dossier.benefit_author_vnd))
    return frozenset({"benefit_computed"} if money else ())


def scoring_context(session: Session, council: Council, dossier_uuids: list[str]
                    ) -> tuple[list[Recusal], dict[str, frozenset[str]]]:
    """What the score grid needs beyond the sheets: the members out of each dossier by rule
    (an author, the authors' unit head) and each dossier's facts for the score ranges."""
    dossiers = [get_dossier(session, u) for u in dossier_uuids]
    return ([r for d in dossiers for r in automatic_recusals(council.members, d)],
            {d.uuid: dossier_facts(d) for d in dossiers})


def _recusals(council: Council, meeting: Meeting, dossiers: dict[str, Dossier]) -> list[Recusal]:
    """The declared recusals, checked, and the automatic ones (which win on the same pair)."""
    members = {m.id for m in council.members}
    automatic = {(r.member_id, r.dossier_uuid): r for d in dossiers.values()
                 for r in automatic_recusals(council.members, d)}
    declared: dict[tuple[int, str], Recusal] = {}
    for r in meeting.recusals:
        kind = RecusalKind(r.kind)
        if r.member_id not in members or r.dossier_uuid not in dossiers:
            raise InputError("recusal_stranger")
        if kind in AUTOMATIC_RECUSALS:
            continue  # found again below from the current members and dossiers
        if kind == RecusalKind.CONFLICT and not clean_line(r.note):
            raise InputError("recusal_conflict_note", field="recusals")
        declared[(r.member_id, r.dossier_uuid)] = Recusal(r.member_id, r.dossier_uuid, kind,
                                                          clean_line(r.note))
    merged = {**declared, **automatic}
    return [merged[k] for k in sorted(merged, key=lambda k: (meeting.dossier_uuids.index(k[1]), k[0]))]


def get_meeting(session: Session, uuid: str) -> Meeting:
    return _meeting(_meeting_row(session, uuid))


def record_meeting(session: Session, meeting: Meeting, *, user: str | None = None,
                   corrected: Sequence[tuple[int, str]] = ()) -> Meeting:
    """Creates or replaces a meeting: attendance, the dossiers considered, the score sheets.
    Sheets are validated against the council's rubric; only members present may score.
    ``corrected`` (member id, dossier uuid): entered sheets reopened on purpose before every
    member had scored, each said in the history."""
    council_row = _council_row(session, meeting.council_uuid)
    council = _council(council_row)
    row = session.scalar(select(MeetingRow).where(MeetingRow.uuid == meeting.uuid)) if meeting.uuid else None
    if row is not None and row.closed_at is not None:
        raise InputError("meeting_closed", date=format_date(row.date))
    if council.archived and row is None:
        raise InputError("council_archived", name=council.name, field="council")
    # The pack is the council's until sheets are stored under it; then it stays.
    pack = meeting_pack(session, row) if row is not None and row.sheets else \
        (council.pack or rule_packs.unit_pack(session))
    members = {m.id for m in council.members}
    present = list(dict.fromkeys(meeting.present_member_ids))
    if not set(present) <= members:
        raise InputError("meeting_stranger")
    if len(set(meeting.dossier_uuids)) != len(meeting.dossier_uuids):
        raise InputError("meeting_duplicate_dossier")
    held = {d.dossier_uuid for d in row.dossiers} if row is not None else set()
    dossiers = {u: get_dossier(session, u) for u in meeting.dossier_uuids}  # or NotFoundError
    for dossier_uuid, dossier in dossiers.items():
        # The council considers what was submitted to it (a draft is submitted first: an act
        # of its own); a dossier it considered before keeps its place whatever came after.
        if dossier_uuid not in held and dossier.status != Status.SUBMITTED:
            raise InputError("meeting_dossier_not_submitted", title=dossier.title,
                             status=STATUS_LABELS[dossier.status], field="dossiers")
    recusals = _recusals(council, meeting, dossiers)
    out = {(r.member_id, r.dossier_uuid): r for r in recusals}
    seen: set[tuple[int, str]] = set()
    parsed: list[tuple[ScoreEntry, dict[str, Decimal]]] = []
    for entry in meeting.sheets:
        if entry.member_id not in present:
            raise InputError("sheet_absent_member")
        if entry.dossier_uuid not in meeting.dossier_uuids:
            raise InputError("sheet_dossier")
        if (entry.member_id, entry.dossier_uuid) in seen:
            raise InputError("sheet_twice")
        recusal = out.get((entry.member_id, entry.dossier_uuid))
        if recusal is not None:
            raise InputError("sheet_recused", member=_member_name(council, entry.member_id),
                             title=dossiers[entry.dossier_uuid].title,
                             why=Message(f"recusal_{recusal.kind.value}"))
        seen.add((entry.member_id, entry.dossier_uuid))
        parsed.append((entry, parse_scores(entry.scores, pack.rubric,
                                           dossier_facts(dossiers[entry.dossier_uuid]))))
    stamp = history.now()
    before = _meeting_json(_meeting(row)) if row is not None else None
    if row is None:
        row = MeetingRow(uuid=meeting.uuid or new_uuid(), created_at=stamp)
        session.add(row)
    row.council_id, row.date, row.place = council_row.id, meeting.date, meeting.place
    row.present_json = json.dumps(present)
    row.absences_json = json.dumps({str(k): v for k, v in meeting.absence_reasons.items()},
                                   ensure_ascii=False)
    row.minutes_number, row.start_time, row.end_time = (
        meeting.minutes_number, meeting.start_time, meeting.end_time)
    row.agenda, row.conclusion, row.updated_at = meeting.agenda, meeting.conclusion, stamp
    row.rule_pack_ref = pack.ref
    # Old children go first: their unique keys would clash with the new ones in one flush.
    row.dossiers, row.sheets, row.recusals = [], [], []
    session.flush()
    row.recusals = [RecusalRow(member_id=r.member_id, dossier_uuid=r.dossier_uuid,
                               kind=r.kind.value, note=r.note) for r in recusals]
    row.dossiers = [MeetingDossierRow(dossier_uuid=u, position=i)
                    for i, u in enumerate(meeting.dossier_uuids)]
    row.sheets = [
        ScoreSheetRow(member_id=e.member_id, dossier_uuid=e.dossier_uuid, remarks=e.remarks,
                      in_favour=e.in_favour,
                      scores_json=json.dumps({k: str(v) for k, v in scores.items()}))
        for e, scores in parsed
    ]
    session.flush()
    session.refresh(row)
    saved = _meeting(row)
    after = _meeting_json(saved)
    history.record(session, history.MEETING, saved.uuid, "created" if before is None else "updated",
                   user, after if before is None else history.diff(before, after))
    for member_id, dossier_uuid in dict.fromkeys(corrected):
        if (member_id, dossier_uuid) in seen:
            dossier = dossiers[dossier_uuid]
            history.record(session, history.MEETING, saved.uuid, "sheet_corrected", user,
                           {"member": _member_name(council, member_id),
                            "dossier": dossier.code or dossier.title})
    return saved


def set_minutes_number(session: Session, meeting_uuid: str, number_text: str,
                       *, user: str | None = None) -> Meeting:
    """Writes the number the minutes were given (when they were printed) into the meeting, so
    the decision's "Biên bản họp số …" line names it. Logged in history when it changes."""
    row = _meeting_row(session, meeting_uuid)
    number_text = number_text.strip()
    if row.minutes_number == number_text:
        return _meeting(row)
    before = row.minutes_number
    row.minutes_number, row.updated_at = number_text, history.now()
    session.flush()
    history.record(session, history.MEETING, row.uuid, "updated", user,
                   {"minutes_number": [before, number_text]})
    return _meeting(row)


def _meeting_json(m: Meeting) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(json.dumps(asdict(m), default=str))
    return found


def _member_name(council: Council, member_id: int) -> str:
    return next((m.full_name for m in council.members if m.id == member_id), str(member_id))


def meeting_results(session: Session, meeting_uuid: str) -> list[DossierResult]:
    """Per dossier, in the meeting's order: scores, band, votes and the proposed outcome under
    the meeting's pack (domain/tally.py). A member's vote is the sheet's ``in_favour`` if
    given, else whether the member's own total reaches a recognising band."""
    row = _meeting_row(session, meeting_uuid)
    meeting, council = _meeting(row), _council(row.council)
    pack = meeting_pack(session, row)
    results = []
    for dossier_uuid in meeting.dossier_uuids:
        sheets = [CastSheet(e.member_id, parse_scores(e.scores, pack.rubric), e.in_favour)
                  for e in meeting.sheets if e.dossier_uuid == dossier_uuid]
        results.append(tally(
            dossier_uuid, get_dossier(session, dossier_uuid).title, rubric=pack.rubric,
            rules=pack.rules, council_size=len(council.members),
            present=meeting.present_member_ids, sheets=sheets, recusals=meeting.recusals))
    return results


def meeting_decision(session: Session, meeting_uuid: str,
                     overrides: Mapping[str, tuple[Outcome, str]] | None = None,
                     ) -> tuple[Decision, list[str]]:
    """A decision drafted from a meeting's results, for ``decisions.issue_decision``: each
    dossier of the meeting still open (submitted or draft, not frozen) recognised or rejected
    as the council proposed, a rejection with the reason its result gives; ``overrides``
    (dossier uuid → outcome, reason) decide otherwise. Also the titles left out because the
    council has no result for them and no override decides them. The date is the meeting's;
    the caller sets the date, number and who decides."""
    overrides = overrides or {}
    row = _meeting_row(session, meeting_uuid)
    council = _council(row.council)
    items: list[DecisionItem] = []
    left: list[str] = []
    for result in meeting_results(session, meeting_uuid):
        dossier = get_dossier(session, result.dossier_uuid)
        if dossier.status not in (Status.SUBMITTED, Status.DRAFT) or \
                history.version_of(session, dossier.uuid).frozen:
            continue
        outcome, reason = overrides.get(dossier.uuid, (result.proposed, ""))
        if outcome is None:
            left.append(dossier.title)
            continue
        if outcome == Outcome.REJECTED:
            reason = reason or proposed_reason(result) or "Hội đồng sáng kiến không đề nghị công nhận."
        items.append(DecisionItem(dossier.uuid, outcome, reason, annex_order=len(items) + 1))
    profile = unit_profile(session)
    unit = council.unit_name
    own = not unit or same_unit(unit, profile.unit_name) or same_unit(f"Công đoàn {unit}", profile.unit_name)
    return Decision(date=row.date, items=items, meeting_uuid=meeting_uuid,
                    unit_name="" if own else unit), left


# ---- documents -----------------------------------------------------------------------------


def paper_criteria(rubric: Rubric) -> list[PaperCriterion]:
    """The criteria as a score sheet prints them, with the ranges and the minimum of each (in
    points on the sheet: times the criterion's weight)."""
    found = []
    for c in rubric.criteria:
        ranges = []
        for r in c.ranges:
            needs = str(Message("fact_" + r.requires)) if r.requires else ""
            # Said once: a label that already names what the range needs is not told again.
            only = f" (chỉ khi {needs})" if needs and needs.casefold() not in r.label.casefold() else ""
            label = f": {r.label}" if r.label else ""
            ranges.append(f"{format_score(r.low * c.weight)}–{format_score(r.high * c.weight)}"
                          f"{label}{only}")
        # One line of ranges and the minimum beside the name: the sheet stays one page.
        name = (f"{c.name} (tối thiểu {format_score(c.pass_mark * c.weight)} điểm)"
                if c.disqualifying and c.pass_mark is not None else c.name)
        notes = ("Khoảng điểm: " + "; ".join(ranges) + ".",) if ranges else ()
        found.append(PaperCriterion(name, c.max_score * c.weight, c.guidance, notes))
    return found


def each_minimum(rubric: Rubric) -> bool:
    """Whether recognition needs every criterion at its minimum (a disqualifying one)."""
    return any(c.disqualifying and c.pass_mark is not None for c in rubric.criteria)


def score_sheet_data(session: Session, meeting_uuid: str, dossier_uuid: str,
                     member_id: int | None = None) -> ScoreSheet:
    """The Phiếu đánh giá of one member for one dossier; blank (to fill by hand) without a
    member or when the member has no sheet yet."""
    row = _meeting_row(session, meeting_uuid)
    meeting, council = _meeting(row), _council(row.council)
    dossier = get_dossier(session, dossier_uuid)
    member = next((m for m in council.members if m.id == member_id), None)
    entry = next((e for e in meeting.sheets
                  if e.member_id == member_id and e.dossier_uuid == dossier_uuid), None)
    scores: list[Decimal | None] | None = None
    if entry is not None:
        parsed = parse_scores(entry.scores, council.rubric)
        scores = [parsed[c.code] * c.weight for c in council.rubric.criteria]
    return ScoreSheet(
        unit=issuing_unit(session, council.unit_name, [dossier_uuid]), council_name=council.name,
        criteria=paper_criteria(council.rubric), council_parent=council.employer,
        dossier_title=dossier.title,
        # Names only: no personal data on a sheet meant for a meeting (DOMAIN.md).
        authors=[Author(full_name=a.full_name, share_percent=a.share_percent)
                 for a in dossier.authors],
        dossier_code=dossier.code,
        member_name=member.full_name if member else "",
        member_role=ROLE_LABELS[member.role] if member else "",
        scores=scores, remarks=entry.remarks if entry else "",
        pass_total=council.rubric.pass_total, date=meeting.date if entry else None,
        each_minimum=each_minimum(council.rubric),
    )


def minutes_data(session: Session, meeting_uuid: str) -> MeetingMinutes:
    """The Biên bản of the meeting, with each dossier's average, votes and proposal."""
    row = _meeting_row(session, meeting_uuid)
    meeting, council = _meeting(row), _council(row.council)
    present = set(meeting.present_member_ids)
    members = [
        CouncilMember(m.full_name, ROLE_LABELS[m.role], m.position, m.id in present,
                      meeting.absence_reasons.get(m.id or 0, ""))
        for m in council.members
    ]
    considered = []
    results = meeting_results(session, meeting_uuid)
    for result in results:
        dossier = get_dossier(session, result.dossier_uuid)
        proposed = result.proposed
        considered.append(ConsideredDossier(
            dossier.title, [Author(full_name=a.full_name) for a in dossier.authors],
            result.score.total if result.score else None, result.votes_for, result.vote_base,
            {Outcome.RECOGNISED: "Đề nghị công nhận",
             Outcome.REJECTED: "Không đề nghị công nhận"}.get(proposed, "") if proposed else "",
            result.score.band.label if result.score and result.score.recognised else "",
        ))
    pack = meeting_pack(session, row)
    return MeetingMinutes(
        unit=issuing_unit(session, council.unit_name, meeting.dossier_uuids),
        council_name=council.name, date=meeting.date,
        venue=meeting.place, members=members, considered=considered,
        number=meeting.minutes_number, council_parent=council.employer,
        start_time=meeting.start_time, end_time=meeting.end_time, agenda=meeting.agenda,
        conclusion=meeting.conclusion or proposed_conclusion(results),
        pass_rule=f"Quy tắc biểu quyết áp dụng (“{pack.short_name or pack.name}”): đề nghị công "
                  f"nhận khi có {pack.rules.describe()}.",
        recusals=_recusal_lines(session, meeting, council),
    )


# How the minutes name why a member is out of a dossier.
_RECUSAL_WORDS = {
    RecusalKind.CONFLICT: "khai báo xung đột lợi ích",
    RecusalKind.AUTHOR: "là tác giả của sáng kiến",
    RecusalKind.UNIT_HEAD: "là thủ trưởng đơn vị của tác giả",
    RecusalKind.ABSTAIN: "không tham gia đánh giá (tính là không tán thành)",
}


def _recusal_lines(session: Session, meeting: Meeting, council: Council) -> list[str]:
    names = {m.id: m.full_name for m in council.members}
    lines = []
    for r in meeting.recusals:
        title = get_dossier(session, r.dossier_uuid).title
        note = f": {r.note}" if r.note.strip() else ""
        lines.append(f"{names.get(r.member_id, str(r.member_id))}, hồ sơ “{title}”: "
                     f"{_RECUSAL_WORDS[RecusalKind(r.kind)]}{note}.")
    return lines
