"""Demo councils, meetings and decisions for the demo dossiers past the draft stage, stored as
the services store them (save_council, record_meeting, issue_decision, new_version), so what
the screens show is real: frozen dossiers with their content hash, correction versions, the
history.

Per unit and year with dossiers past the draft stage: a council of five or seven members,
meetings of at most MAX_PER_MEETING dossiers where the members present score every dossier
(passing scores for the dossiers the generator marked recognised, failing ones for the
rejected, either for the submitted), and after each meeting one decision recognising or
rejecting the decided ones; "submitted" dossiers stay pending. Every dossier past the council
stage thus has its decision, at 100,000 dossiers too: the writes go through a bulk path
(demo_council_store.BulkStore) that stores exactly what the services would, tested against
them (ServiceStore) on a small sample. Only dossiers in the bin are left out: their status is
set back to "submitted" (settle_undecided), so no status claims a decision that is not stored.
Reproducible from the seed (uuids included), except the times in the history of councils,
meetings and later edits (the moment the demo was made); a decision, its freeze and its
history entries carry the decision's own date.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, extract, insert, select, update
from sqlalchemy.orm import Session

from sangkien_desktop.domain.council import (
    Authority,
    Council,
    Decision,
    DecisionItem,
    Meeting,
    Member,
    Outcome,
    Role,
    ScoreEntry,
    automatic_recusals,
)
from sangkien_desktop.domain.dossier import Dossier, Status
from sangkien_desktop.services.demo.demo_council_store import (
    BulkStore,
    CouncilStore,
    ServiceStore,
)
from sangkien_desktop.services.demo.demo_words import Words, words
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.storage.models import DecisionItemRow, DossierRow, HistoryRow

MAX_PER_MEETING = 12  # a council weighs a dozen dossiers at one sitting, not hundreds
LAST_DAY = dt.date(2025, 12, 20)
# Demo decisions are entered on the day they were signed: the freeze shows that day, not the
# moment the demo was made.
ISSUED_AT = dt.time(16, 30)
# Dossiers are read for this many unit-years at a time, decisions' dossiers for this many
# decisions: memory stays small at 100,000 dossiers.
_LOAD_GROUPS = 200
_LOAD_DECISIONS = 300
DECIDED = {Status.RECOGNISED: Outcome.RECOGNISED, Status.NOMINATED: Outcome.RECOGNISED,
           Status.ENTERED: Outcome.RECOGNISED, Status.REJECTED: Outcome.REJECTED}
_REMARKS = ("Giải pháp thiết thực, dễ nhân rộng.", "Cần bổ sung số liệu so sánh trước và sau.",
            "Hiệu quả rõ, đề nghị công nhận.", "Tính mới chưa nổi bật.",
            "Nên nhân rộng ra các bộ phận khác.", "")
_MEMBER_JOBS = ("Phó Giám đốc", "Trưởng phòng Kỹ thuật", "Trưởng phòng Tổ chức - Hành chính",
                "Kế toán trưởng", "Chủ tịch Công đoàn cơ sở", "Tổ trưởng chuyên môn",
                "Trưởng phòng Kế hoạch")


@dataclass(frozen=True)
class CouncilDemo:
    councils: int
    meetings: int
    decisions: int
    recognised: int
    rejected: int
    pending: int
    versions: int


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _name(rng: random.Random, w: Words) -> str:
    sex = rng.choice("MF")
    family = rng.choices([f for f, _ in w.family], [x for _, x in w.family])[0]
    middle = rng.choices([m for m, _ in w.middle[sex]], [x for _, x in w.middle[sex]])[0]
    return f"{family} {middle} {rng.choice(w.given[sex])}"


def _head(unit: str) -> tuple[str, str]:
    """Who signs for the unit: (the deciding authority's text, the signer's title)."""
    for prefix, title in (("Trường", "Hiệu trưởng"), ("Bệnh viện", "Giám đốc"),
                          ("Công ty", "Giám đốc"), ("Xí nghiệp", "Giám đốc"),
                          ("Nhà máy", "Giám đốc"), ("Hợp tác xã", "Giám đốc"),
                          ("Ủy ban", "Chủ tịch"), ("Chi cục", "Chi cục trưởng")):
        if unit.startswith(prefix):
            return f"{title} {unit}", title.upper()
    return f"Thủ trưởng {unit}", "THỦ TRƯỞNG ĐƠN VỊ"


@dataclass(frozen=True)
class _Decided:
    """What a decision needs of a dossier the generator marked decided."""

    uuid: str
    status: Status
    notes: str
    benefit: int | None


def _groups(session: Session, limit: int | None) -> list[tuple[str, int, list[str]]]:
    """(unit, year, dossier uuids in order of id) of the live dossiers past the draft stage,
    the biggest groups first; with ``limit``, only groups of at most MAX_PER_MEETING, until
    about ``limit`` dossiers are covered (small demos for tests)."""
    year = extract("year", DossierRow.created_at)
    rows = session.execute(
        select(DossierRow.unit_name, year, DossierRow.uuid)
        .where(DossierRow.deleted_at.is_(None), DossierRow.status != Status.DRAFT.value)
        .order_by(DossierRow.id))
    members: dict[tuple[str, int], list[str]] = {}
    for unit, y, dossier_uuid in rows:
        members.setdefault((unit, int(y)), []).append(dossier_uuid)
    ordered = sorted(members.items(), key=lambda g: (-len(g[1]), g[0][0], g[0][1]))
    chosen: list[tuple[str, int, list[str]]] = []
    budget = limit
    for (unit, y), uuids in ordered:
        if budget is not None:
            if budget <= 0:
                break
            if len(uuids) > min(budget, MAX_PER_MEETING):
                continue
            budget -= len(uuids)
        chosen.append((unit, y, uuids))
    return chosen


def _scores(rng: random.Random, passing: bool) -> dict[str, int]:
    if passing:
        return {"tinh_moi": rng.randint(27, 38), "ap_dung": rng.randint(20, 28),
                "hieu_qua": rng.randint(19, 28)}
    return {"tinh_moi": rng.randint(8, 22), "ap_dung": rng.randint(7, 17),
            "hieu_qua": rng.randint(5, 14)}


class _Maker:
    def __init__(self, store: CouncilStore, seed: int):
        self.store = store
        self.rng = random.Random(f"councils-{seed}")
        self.w = words()
        self.user = _name(self.rng, self.w)  # the officer who entered it all
        store.user = self.user
        self.counts = dict.fromkeys(("councils", "meetings", "decisions", "recognised",
                                     "rejected", "pending", "versions"), 0)
        # Decisions wait until every meeting is recorded: numbered in the order of their dates.
        self.waiting: list[tuple[dt.date, str, Meeting, list[_Decided]]] = []

    def council(self, unit: str, year: int) -> Council:
        rng = self.rng
        roles = [Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY] + [Role.MEMBER] * rng.choice((2, 4))
        jobs = rng.sample(_MEMBER_JOBS, len(roles) - 1)
        members = [Member(_name(rng, self.w), role, rng.choice(("", "ThS.", "KS.", "CN.")),
                          _head(unit)[1].capitalize() if role == Role.CHAIR else jobs.pop())
                   for role in roles]
        founded = dt.date(year, 1, rng.randint(5, 28))
        self.counts["councils"] += 1
        return self.store.council(Council(
            name=f"Hội đồng sáng kiến {unit}", unit_name=unit, year=year, employer=unit,
            founding_number=f"{rng.randint(1, 30):02d}/QĐ", founding_date=founded,
            members=members, uuid=_uuid(rng)))

    def evaluate(self, unit: str, year: int, dossiers: list[Dossier]) -> None:
        council = self.council(unit, year)
        for start in range(0, len(dossiers), MAX_PER_MEETING):
            self.sitting(unit, year, council, dossiers[start:start + MAX_PER_MEETING])

    def sitting(self, unit: str, year: int, council: Council, dossiers: list[Dossier]) -> None:
        rng = self.rng
        latest = max(max(d.first_applied_on or dt.date(year, 1, 1), d.created_at.date())
                     for d in dossiers if d.created_at)
        meeting_day = min(latest + dt.timedelta(days=rng.randint(5, 45)), LAST_DAY)
        ids = [m.id for m in council.members if m.id is not None]
        absent = ids[-1] if rng.random() < 0.25 else None
        present = [i for i in ids if i != absent]
        # A member named among a dossier's authors is out of it (councils.record_meeting).
        recused = {(r.member_id, r.dossier_uuid) for d in dossiers
                   for r in automatic_recusals(council.members, d)}
        sheets = [
            ScoreEntry(member, d.uuid,
                       _scores(rng, DECIDED.get(Status(d.status)) != Outcome.REJECTED),
                       rng.choice(_REMARKS))
            for d in dossiers for member in present if (member, d.uuid) not in recused
        ]
        # The generator stored them with the status they end in; they were submitted to the
        # council first (it considers only that), and its decision moves them on.
        self.store.submit([d.uuid for d in dossiers], [
            max(submitted, d.created_at or submitted) for d in dossiers
            for submitted in [dt.datetime.combine(meeting_day - dt.timedelta(days=3),
                                                  dt.time(8, 0))]])
        meeting = self.store.meeting(Meeting(
            council_uuid=council.uuid, date=meeting_day, place="Phòng họp của đơn vị",
            present_member_ids=present, dossier_uuids=[d.uuid for d in dossiers], sheets=sheets,
            absence_reasons={absent: "Đi công tác"} if absent else {},
            minutes_number=f"{rng.randint(1, 9):02d}/BB-HĐSK", start_time="14 giờ 00",
            end_time="16 giờ 30", agenda=f"Xét công nhận sáng kiến năm {year}.",
            uuid=_uuid(rng)), council)
        self.counts["meetings"] += 1
        decided = [_Decided(d.uuid, Status(d.status), d.notes,
                            d.benefit_unit_vnd or d.benefit_author_vnd)
                   for d in dossiers if Status(d.status) in DECIDED]
        self.counts["pending"] += len(dossiers) - len(decided)
        if decided:
            date = min(meeting.date + dt.timedelta(days=rng.randint(1, 10)), LAST_DAY)
            self.waiting.append((date, unit, meeting, decided))

    def decide(self, date: dt.date, unit: str, meeting: Meeting, decided: list[_Decided]) -> None:
        rng = self.rng
        authority, title = _head(unit)
        items = []
        for d in decided:
            outcome = DECIDED[d.status]
            reason = ""
            if outcome == Outcome.REJECTED:
                reason = d.notes.removeprefix("Không công nhận: ").strip() or \
                    "Chưa chứng minh được hiệu quả áp dụng."
                reason = reason[:1].upper() + reason[1:]
            benefit = d.benefit
            reward = benefit * 7 // 100 // 1000 * 1000 if benefit and outcome == Outcome.RECOGNISED else None
            items.append(DecisionItem(d.uuid, outcome, reason, reward_vnd=reward))
        issued = self.store.decision(Decision(
            date=date, items=items, authority=Authority.HEAD, authority_text=authority,
            signer_name=_name(rng, self.w), signer_title=title,
            scope=f"năm {meeting.date.year}", meeting_uuid=meeting.uuid, uuid=_uuid(rng),
            unit_name=unit,  # the unit's own decision: printed under its name, not the officer's
        ), at=dt.datetime.combine(date, ISSUED_AT))
        self.counts["decisions"] += 1
        for d in decided:
            if DECIDED[d.status] == Outcome.REJECTED:
                self.counts["rejected"] += 1
                continue
            self.counts["recognised"] += 1
            # A note naming the real decision: it may change on a frozen dossier (its content
            # is unchanged). Nominated or entered would need a sent nomination or a portal
            # mark: the demo's recognised dossiers wait for those (demo_nominations).
            note = f"Đã công nhận theo Quyết định số {issued.number_text} ngày {date:%d/%m/%Y}."
            self.store.renote(d.uuid, note)
            if rng.random() < 0.08 or self.counts["versions"] == 0:
                extra = "Bổ sung số liệu của năm áp dụng thứ hai theo đề nghị của Hội đồng."
                self.store.correct(d.uuid, _uuid(rng), extra)
                self.counts["versions"] += 1


def settle_undecided(session: Session) -> int:
    """Sets every dossier whose status claims a decision that is not stored back to
    "submitted", without the generator's note about a decision or a rejection, and says so in
    each one's history; returns how many. One SELECT, one INSERT and one UPDATE, the same on
    either engine: quick at 100,000 dossiers."""
    undecided = (DossierRow.status.in_([s.value for s in DECIDED]),
                 DossierRow.uuid.not_in(select(DecisionItemRow.dossier_uuid)))
    who, at = history.user_name(session), history.now()
    entries = [history.entry_row(history.DOSSIER, uuid, "updated", who, at,
                                 {"notes": [notes, ""], "status": [status,
                                                                   Status.SUBMITTED.value]})
               for uuid, notes, status in session.execute(
                   select(DossierRow.uuid, DossierRow.notes, DossierRow.status)
                   .where(*undecided))]
    if entries:
        session.execute(insert(HistoryRow), entries)
    result = cast(CursorResult[Any], session.execute(
        update(DossierRow).where(*undecided)
        .values(status=Status.SUBMITTED.value, notes="")
        .execution_options(synchronize_session=False)
    ))
    return result.rowcount or 0


def add_councils(session: Session, seed: int = 0, *, limit: int | None = None,
                 bulk: bool = True) -> CouncilDemo:
    """Councils, meetings, score sheets, decisions and correction versions for the stored demo
    dossiers past the draft stage (with ``limit``, for about that many), in the session's
    transaction (the caller commits); binned ones that claim a decision are set back to
    "submitted" (settle_undecided). ``bulk=False`` writes through the services one record at
    a time: the reference the bulk path is tested against, far slower at scale."""
    store: CouncilStore = BulkStore(session) if bulk else ServiceStore(session)
    maker = _Maker(store, seed)
    groups = _groups(session, limit)
    for start in range(0, len(groups), _LOAD_GROUPS):
        chunk = groups[start:start + _LOAD_GROUPS]
        loaded = store.dossiers([u for _unit, _y, uuids in chunk for u in uuids])
        for unit, year, uuids in chunk:
            maker.evaluate(unit, year, [loaded[u] for u in uuids])
    waiting = sorted(maker.waiting, key=lambda w: (w[0], w[2].uuid))
    for start in range(0, len(waiting), _LOAD_DECISIONS):
        batch = waiting[start:start + _LOAD_DECISIONS]
        store.prefetch([d.uuid for _date, _unit, _meeting, decided in batch for d in decided])
        for date, unit, meeting, decided in batch:
            maker.decide(date, unit, meeting, decided)
    store.finish()
    settle_undecided(session)
    return CouncilDemo(**maker.counts)
