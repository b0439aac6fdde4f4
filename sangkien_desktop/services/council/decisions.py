"""The recognition decision (Quyết định công nhận sáng kiến): issue it under the unit's next
QĐ number, recognise (and freeze) or reject each dossier, open a correction version of a
frozen dossier, and fill the decision and the certificates for the document writers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.documents.blocks import Signer
from sangkien_desktop.documents.data import (
    Certificate,
    EffectCertification,
    RecognisedItem,
    RecognitionDecision,
    RefusalNotice,
)
from sangkien_desktop.domain.council import (
    Authority,
    Decision,
    DecisionItem,
    Outcome,
)
from sangkien_desktop.domain.dossier import Dossier, DossierVersion, Status, new_uuid
from sangkien_desktop.domain.errors import InputError, NotFoundError
from sangkien_desktop.domain.pay import PayBasis, PayPlan, basis_sentence, check_plan, split_pay
from sangkien_desktop.domain.rule_pack import RulePack
from sangkien_desktop.domain.text import clean_line, initials
from sangkien_desktop.domain.unit_profile import UnitProfile, employer_of, without_union
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.domain.verification import CERTIFICATION
from sangkien_desktop.domain.workflow import Act, check_act
from sangkien_desktop.services.council import numbering, rule_packs, verification
from sangkien_desktop.services.council.councils import (
    _meeting_row,
    get_meeting,
    meeting_pack,
    meeting_results,
)
from sangkien_desktop.services.council.issuing_unit import issuing_unit, same_unit
from sangkien_desktop.services.council.meeting_closing import close_meeting
from sangkien_desktop.services.dossiers import history, workflow
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DecisionItemRow, DecisionRow, DossierVersionRow
from sangkien_desktop.storage.models_exchange import ReceivedDecisionRow
from sangkien_desktop.storage.models_received import ReceivedDecisionItemRow

DOC_TYPE = "QĐ"
SUBJECT = "Công nhận sáng kiến"


def issuer_symbol(profile: UnitProfile, authority: Authority | str = Authority.COUNCIL,
                  unit_name: str = "") -> str:
    """The symbol after "QĐ-" in the number: the union's ("CĐCS") when its committee decides;
    when the head of the unit decides, the employer's (Settings, else the initials of its
    name): a director's decision is not "QĐ-CĐCS" (Nghị định 30/2020, the issuing body)."""
    if Authority(authority) != Authority.HEAD:
        return profile.number_suffix
    own = not clean_line(unit_name) or same_unit(unit_name, profile.unit_name) \
        or same_unit(unit_name, profile.employer_name)
    if own and profile.employer_number_suffix.strip():
        return profile.employer_number_suffix.strip()
    return initials(employer_of(profile) if own else without_union(unit_name)) or "TT"


def register_of(profile: UnitProfile, authority: Authority | str = Authority.COUNCIL,
                unit_name: str = "") -> str:
    """The register the decision's number is taken from: the union's own "QĐ", or the
    head's ("QĐ@CTGLH"), whose numbers the head's office gives."""
    if Authority(authority) != Authority.HEAD:
        return DOC_TYPE
    return numbering.register_key(DOC_TYPE, issuer_symbol(profile, authority, unit_name))


def proposed_number(session: Session, year: int, authority: Authority | str = Authority.COUNCIL,
                    unit_name: str = "") -> int:
    """The next free number of the year in the deciding body's register (numbers restart
    each year)."""
    key = register_of(unit_profile(session), authority, unit_name)
    return numbering.propose_next(session, key, year)


def number_used(session: Session, year: int, number: int,
                authority: Authority | str = Authority.COUNCIL, unit_name: str = "") -> bool:
    key = register_of(unit_profile(session), authority, unit_name)
    return numbering.is_used(session, key, year, number)


def _decision(row: DecisionRow) -> Decision:
    return Decision(
        date=row.date,
        items=[DecisionItem(i.dossier_uuid, Outcome(i.outcome), i.reason, i.benefit_agreed_vnd,
                            i.reward_vnd, i.annex_order, i.scope_code,
                            PayPlan.from_dict(json.loads(i.pay_json)) if i.pay_json else None)
               for i in row.items],
        number=row.number, authority=Authority(row.authority), authority_text=row.authority_text,
        signer_name=row.signer_name, signer_title=row.signer_title,
        signing_capacity=row.signing_capacity, legal_basis=json.loads(row.legal_basis_json),
        scope=row.scope, meeting_uuid=row.meeting_uuid, number_text=row.number_text,
        status=row.status, uuid=row.uuid, unit_name=row.unit_name,
        rule_pack_ref=row.rule_pack_ref,
    )


def decision_row(session: Session, uuid: str) -> DecisionRow:
    row = session.scalar(select(DecisionRow).where(DecisionRow.uuid == uuid))
    if row is None:
        raise NotFoundError("decision_not_found", uuid=uuid)
    return row


def get_decision(session: Session, uuid: str) -> Decision:
    return _decision(decision_row(session, uuid))


def list_decisions(session: Session, year: int | None = None) -> list[Decision]:
    stmt = select(DecisionRow).order_by(DecisionRow.year.desc(), DecisionRow.number.desc())
    if year is not None:
        stmt = stmt.where(DecisionRow.year == year)
    return [_decision(r) for r in session.scalars(stmt)]


def council_proposals(session: Session, decision: Decision) -> dict[str, Outcome | None] | None:
    """What the council proposed for each dossier of the decision's meeting (None: no result);
    None for a decision taken without a meeting."""
    if not decision.meeting_uuid:
        return None
    return _proposals(session, decision.meeting_uuid)


def _proposals(session: Session, meeting_uuid: str) -> dict[str, Outcome | None]:
    return {r.dossier_uuid: r.proposed for r in meeting_results(session, meeting_uuid)}


def against_council(item: DecisionItem, proposals: dict[str, Outcome | None] | None) -> bool:
    """Whether the item decides otherwise than the council proposed: recognises a dossier the
    council did not propose, or does not recognise one it proposed (Nghị định 13/2012, Art. 8:
    the head decides on the council's evaluation, and may differ from it, with a reason)."""
    if proposals is None:
        return False
    proposed = proposals.get(item.dossier_uuid)
    if Outcome(item.outcome) == Outcome.RECOGNISED:
        return proposed != Outcome.RECOGNISED
    return proposed == Outcome.RECOGNISED


def _check_items(session: Session, decision: Decision,
                 proposals: dict[str, Outcome | None] | None = None) -> list[Dossier]:
    if not decision.items:
        raise InputError("decision_empty", field="items")
    uuids = [i.dossier_uuid for i in decision.items]
    if len(set(uuids)) != len(uuids):
        raise InputError("decision_duplicate")
    dossiers = []
    for item in decision.items:
        dossier = get_dossier(session, item.dossier_uuid)
        if dossier.deleted_at is not None:
            raise InputError("decision_dossier_in_bin", title=dossier.title)
        if history.version_of(session, dossier.uuid).frozen:
            raise InputError("decision_already_recognised", title=dossier.title)
        act = Act.RECOGNISE if Outcome(item.outcome) == Outcome.RECOGNISED else Act.REJECT
        check_act(act, dossier.status, dossier.title)
        if Outcome(item.outcome) == Outcome.REJECTED and not item.reason.strip():
            raise InputError(
                "decision_reason_missing", title=dossier.title, field="reason")
        if Outcome(item.outcome) == Outcome.RECOGNISED and against_council(item, proposals) \
                and not item.reason.strip():
            raise InputError("decision_override_reason", title=dossier.title, field="reason")
        for amount in (item.benefit_agreed_vnd, item.reward_vnd):
            if amount is not None and amount < 0:
                raise InputError("decision_money_negative")
        dossiers.append(dossier)
    return dossiers


def decided_under(session: Session, decision: Decision, *, user: str | None = None,
                  at: dt.datetime | None = None) -> RulePack:
    """The pack the decision is issued under: its meeting's (the meeting is closed first, so
    its results lock), else the unit's."""
    if decision.meeting_uuid:
        close_meeting(session, decision.meeting_uuid, user=user, at=at)
        return meeting_pack(session, _meeting_row(session, decision.meeting_uuid))
    return rule_packs.unit_pack(session)


def agreed_benefit(item: DecisionItem, dossier: Dossier) -> int | None:
    """The benefit value the decision states for an item: its own, else the dossier's."""
    if item.benefit_agreed_vnd is not None:
        return item.benefit_agreed_vnd
    return dossier.benefit_unit_vnd if dossier.benefit_unit_vnd is not None else dossier.benefit_author_vnd


def _check_pay_and_scope(decision: Decision, dossiers: list[Dossier], pack: RulePack) -> None:
    scopes = {s.code for s in pack.scopes}
    for item, dossier in zip(decision.items, dossiers, strict=True):
        if Outcome(item.outcome) != Outcome.RECOGNISED and (item.pay is not None or item.scope_code):
            raise InputError("decision_pay_not_recognised", field="pay")
        if item.scope_code and item.scope_code not in scopes:
            raise InputError("decision_scope_unknown", scope=item.scope_code, pack=pack.name)
        if item.pay is not None:
            check_plan(item.pay, min_percent=pack.pay.min_percent, years=pack.pay.years,
                       benefit_vnd=agreed_benefit(item, dossier))


def issue_decision(session: Session, decision: Decision, *, user: str | None = None,
                   at: dt.datetime | None = None) -> Decision:
    """Issues the decision in the session's transaction (the caller commits): registers its
    number (refusing a used one), sets each dossier "recognised" (and freezes it) or
    "rejected", and logs every change. ``at`` is when that happened (the freeze time and the
    history's); None: now, when the officer records it."""
    profile = unit_profile(session)
    authority = Authority(decision.authority)
    if authority == Authority.HEAD and not decision.authority_text.strip():
        raise InputError("decision_authority", field="authority_text")
    # Read before the meeting closes (its results lock then, unchanged).
    proposals = council_proposals(session, decision)
    dossiers = _check_items(session, decision, proposals)
    pack = decided_under(session, decision, user=user, at=at)
    _check_pay_and_scope(decision, dossiers, pack)
    suffix = issuer_symbol(profile, authority, decision.unit_name)
    key = register_of(profile, authority, decision.unit_name)
    uuid = decision.uuid or new_uuid()
    # The next free number is taken under the register's lock (two officers never get the same).
    number = numbering.register(session, key, decision.number or None, decision.date,
                                suffix=suffix, subject=SUBJECT, ref_uuid=uuid).number
    row = DecisionRow(
        uuid=uuid, number=number, number_text=numbering.format_number(number, DOC_TYPE, suffix),
        doc_type=key, year=decision.date.year, date=decision.date, authority=authority.value,
        authority_text=decision.authority_text or f"Ban Chấp hành {profile.unit_name}".strip(),
        # Settings name the union's signer; the head of the unit signs under the head's title.
        signer_name=decision.signer_name or (profile.signer_name if authority == Authority.COUNCIL
                                             else ""),
        signer_title=decision.signer_title or (profile.signer_title if authority == Authority.COUNCIL
                                               else profile.head_title.upper()),
        # The head signs in their own name; "TM. BAN CHẤP HÀNH" is the union's capacity.
        signing_capacity=decision.signing_capacity
        or (profile.signing_capacity if authority == Authority.COUNCIL else ""),
        legal_basis_json=json.dumps(decision.legal_basis or list(pack.legal_basis),
                                    ensure_ascii=False),
        rule_pack_ref=pack.ref,
        scope=decision.scope, meeting_uuid=decision.meeting_uuid,
        unit_name=clean_line(decision.unit_name) or profile.unit_name,
        status="issued", created_at=history.now(),
    )
    row.items = [
        DecisionItemRow(
            # A recognised item's reason is why it was recognised against the council's
            # proposal; one the council proposed has none.
            dossier_uuid=d.uuid, outcome=Outcome(i.outcome).value,
            reason=i.reason.strip() if Outcome(i.outcome) == Outcome.REJECTED
            or against_council(i, proposals) else "",
            benefit_agreed_vnd=agreed_benefit(i, d),
            reward_vnd=i.pay.total if i.pay is not None else i.reward_vnd,
            annex_order=i.annex_order or n, scope_code=i.scope_code,
            pay_json=json.dumps(i.pay.to_dict(), ensure_ascii=False) if i.pay else "",
        )
        for n, (i, d) in enumerate(zip(decision.items, dossiers, strict=True), 1)
    ]
    session.add(row)
    session.flush()
    for item, decided, dossier in zip(row.items, decision.items, dossiers, strict=True):
        act = Act.RECOGNISE if item.outcome == Outcome.RECOGNISED else Act.REJECT
        # The decision's entry below says more than "updated" would.
        stored = workflow.transition(session, dossier.uuid, act, user=user)
        status = stored.status
        changes = {"status": [dossier.status.value, status.value], "decision": row.number_text}
        if status == Status.RECOGNISED:
            changes["content_hash"] = history.freeze(session, stored, decision_uuid=uuid,
                                                     when=at).content_hash
        if proposals is not None and against_council(decided, proposals):
            proposed = proposals.get(item.dossier_uuid)
            changes["council_proposal"] = proposed.value if proposed else "none"
        if item.reason:
            changes["reason"] = item.reason
        history.record(session, history.DOSSIER, dossier.uuid, status.value, user, changes, at=at)
    verification.register_decision(session, row)
    issued = _decision(row)
    history.record(session, history.DECISION, uuid, "issued", user,
                   json.loads(json.dumps(dataclasses.asdict(issued), default=str)), at=at)
    return issued


@dataclass(frozen=True)
class DossierOutcome:
    """The last decision about a dossier, as its author reads it."""

    outcome: Outcome
    reason: str
    decision_number: str
    decision_date: dt.date | None
    decision_uuid: str
    authority_text: str = ""
    # A decision of the unit that sent the dossier up (received_decision), not one of ours:
    # its paper is the sender's PDF, and decision_data() does not know it.
    received: bool = False
    issuer: str = ""
    reward_vnd: int | None = None  # the authors' reward the decision fixed, if any


def outcome_of(session: Session, dossier_uuid: str) -> DossierOutcome | None:
    """This unit's last decision about the dossier; else the last decision of the unit that
    sent it up (a received dossier); else None."""
    return outcomes_of(session, [dossier_uuid]).get(dossier_uuid)


def outcomes_of(session: Session, dossier_uuids: Iterable[str], *,
                chunk: int = 500) -> dict[str, DossierOutcome]:
    """``outcome_of`` of many dossiers, a few statements per ``chunk`` of them; a dossier
    without any decision is left out."""
    wanted = list(dict.fromkeys(dossier_uuids))
    found: dict[str, DossierOutcome] = {}
    for start in range(0, len(wanted), chunk):
        part = wanted[start:start + chunk]
        # The last decision first: the first row met of each dossier is its outcome.
        for item, decision in session.execute(
                select(DecisionItemRow, DecisionRow)
                .join(DecisionRow, DecisionRow.id == DecisionItemRow.decision_id)
                .where(DecisionItemRow.dossier_uuid.in_(part))
                .order_by(DecisionRow.date.desc(), DecisionRow.id.desc())).all():
            if item.dossier_uuid not in found:
                found[item.dossier_uuid] = DossierOutcome(
                    Outcome(item.outcome), item.reason, decision.number_text, decision.date,
                    decision.uuid, decision.authority_text, reward_vnd=item.reward_vnd)
        rest = [u for u in part if u not in found]
        if rest:
            found.update(_received_outcomes(session, rest))
    return found


def _received_outcomes(session: Session, dossier_uuids: list[str]) -> dict[str, DossierOutcome]:
    found: dict[str, DossierOutcome] = {}
    for item, decision in session.execute(
            select(ReceivedDecisionItemRow, ReceivedDecisionRow)
            .join(ReceivedDecisionRow,
                  ReceivedDecisionRow.uuid == ReceivedDecisionItemRow.decision_uuid)
            .where(ReceivedDecisionItemRow.dossier_uuid.in_(dossier_uuids),
                   ReceivedDecisionRow.date.is_not(None))
            .order_by(ReceivedDecisionRow.date.desc(), ReceivedDecisionRow.id.desc())).all():
        if item.dossier_uuid in found:
            continue
        authority = json.loads(decision.payload_json).get("authority_text", "")
        found[item.dossier_uuid] = DossierOutcome(
            Outcome(item.outcome), item.reason, decision.number_text, decision.date,
            decision.uuid, str(authority or ""), received=True, issuer=decision.sending_unit)
    return found


def freezing_decision(session: Session, info: DossierVersion) -> tuple[str, dt.date] | None:
    """(number, date) of the decision that froze this version: the one its freeze names (ours,
    or one received in a package), else the dossier's last decision; None when none is here."""
    for model in (DecisionRow, ReceivedDecisionRow) if info.decision_uuid else ():
        found = session.execute(select(model.number_text, model.date).where(
            model.uuid == info.decision_uuid)).first()
        if found is not None and found.date is not None:
            return found.number_text, found.date
    outcome = outcome_of(session, info.dossier_uuid)
    if outcome is None or outcome.decision_date is None:
        return None
    return outcome.decision_number, outcome.decision_date


def new_version(
    session: Session, uuid: str, *, user: str | None = None, copy_uuid: str | None = None
) -> Dossier:
    """A correction copy of a frozen dossier: new uuid (``copy_uuid``, for reproducible demo
    data, else a fresh one), same lineage, version + 1, draft. The recognised version stays
    as it was, readable and frozen."""
    old = history.version_of(session, uuid)
    dossier = get_dossier(session, uuid)
    if not old.frozen:
        raise InputError("version_not_frozen", title=dossier.title)
    newer = session.scalar(select(DossierVersionRow.dossier_uuid).where(
        DossierVersionRow.previous_uuid == uuid))
    if newer is not None:
        raise InputError("version_exists", title=dossier.title)
    copy = dataclasses.replace(dossier, uuid=copy_uuid or new_uuid(), status=Status.DRAFT, created_at=None,
                               updated_at=None, deleted_at=None)
    info = history.add_version(session, old, copy.uuid)
    saved = save_dossier(session, copy, log=False, user=user)
    history.record(session, history.DOSSIER, saved.uuid, "version_created", user,
                   {"previous_uuid": uuid, "lineage_uuid": info.lineage_uuid,
                    "version": info.version})
    history.record(session, history.DOSSIER, uuid, "superseded", user,
                   {"next_uuid": saved.uuid, "version": info.version})
    return saved


# ---- documents -----------------------------------------------------------------------------


def _signer(row: DecisionRow) -> Signer:
    return Signer(row.signing_capacity, row.signer_title, row.signer_name)


def _unit(session: Session, row: DecisionRow) -> UnitProfile:
    """The deciding unit's header: the unit profile with the name as it stood when the
    decision was issued (never rewritten), or, for another unit's decision, that unit's own."""
    return issuing_unit(session, row.unit_name, [i.dossier_uuid for i in row.items],
                        by_head=row.authority == Authority.HEAD.value)


def _pack_of(session: Session, row: DecisionRow) -> RulePack:
    """The pack the decision was issued under (the unit's, for one issued before packs)."""
    if row.rule_pack_ref:
        try:
            return rule_packs.get_pack(session, row.rule_pack_ref)
        except NotFoundError:
            pass
    return rule_packs.unit_pack(session)
def recognises_any(row: DecisionRow, dossier_uuid: str = "") -> bool:
    return any(i.outcome == Outcome.RECOGNISED for i in row.items
               if not dossier_uuid or i.dossier_uuid == dossier_uuid)


def rejects_any(row: DecisionRow, dossier_uuid: str = "") -> bool:
    return any(i.outcome == Outcome.REJECTED for i in row.items
               if not dossier_uuid or i.dossier_uuid == dossier_uuid)


def _minutes_line(session: Session, row: DecisionRow) -> tuple[str, str]:
    """How the decision and the notice name the council's minutes: "số 03/BB-HĐSK ngày …"."""
    if not row.meeting_uuid:
        return "", ""
    meeting = get_meeting(session, row.meeting_uuid)
    number = f"số {meeting.minutes_number} " if meeting.minutes_number else ""
    return number, format_date(meeting.date)


def _numbered(numbers: list[int]) -> str:
    """ "sáng kiến số 2", "các sáng kiến số 1, 3 và 4": the annex's numbers."""
    if len(numbers) == 1:
        return f"sáng kiến số {numbers[0]}"
    head = ", ".join(str(n) for n in numbers[:-1])
    return f"các sáng kiến số {head} và {numbers[-1]}"


def proposal_recitals(minutes: str, items: list[RecognisedItem], authority: str) -> str:
    """The recitals on the council's proposal, one a line. Where the deciding body recognises
    an initiative the council did not propose, the paper says so: the council's proposal for
    the others, the body's own evaluation for those (their reasons are in the annex)."""
    own = [n for n, it in enumerate(items, 1) if it.own_assessment]
    if not own:
        return f"Xét đề nghị của Hội đồng sáng kiến tại {minutes},"
    proposed = [n for n in range(1, len(items) + 1) if n not in own]
    first = (f"Xét đề nghị của Hội đồng sáng kiến tại {minutes} đối với {_numbered(proposed)} "
             "tại Danh sách kèm theo;" if proposed
             else f"Căn cứ kết quả họp Hội đồng sáng kiến tại {minutes};")
    return (f"{first}\nXét kết quả xem xét, đánh giá của {authority} đối với {_numbered(own)} "
            "tại Danh sách kèm theo (Hội đồng sáng kiến không đề nghị công nhận),")


def decision_data(session: Session, uuid: str) -> RecognitionDecision:
    """The Quyết định with its annex of recognised initiatives, for documents.write_document.
    A decision that recognises nothing has no such paper: its authors get the notice of
    non-recognition (refusal_notices)."""
    row = decision_row(session, uuid)
    pack = _pack_of(session, row)
    if not recognises_any(row):
        raise InputError("decision_recognises_nothing", number=row.number_text, field="kind")
    items = []
    for item in row.items:
        if item.outcome != Outcome.RECOGNISED:
            continue
        d = get_dossier(session, item.dossier_uuid)
        recognised = RecognisedItem(d.title, d.authors, d.unit_name, item.benefit_agreed_vnd,
                                    "" if item.benefit_agreed_vnd else d.benefit_unit_social,
                                    item.reward_vnd)
        if item.scope_code:
            recognised.scope = pack.scope_label(item.scope_code)
        if item.pay_json:
            plan = PayPlan.from_dict(json.loads(item.pay_json))
            recognised.pay = split_pay(plan, d.authors)
            recognised.pay_basis = str(basis_sentence(plan, years=pack.pay.years))
            recognised.pay_by_year = plan.basis == PayBasis.BENEFIT
        if row.meeting_uuid:  # stored only for one recognised against the council's proposal
            recognised.own_assessment = item.reason
        items.append(recognised)
    proposal = ""
    if row.meeting_uuid:
        number, day = _minutes_line(session, row)
        proposal = proposal_recitals(f"Biên bản họp {number}ngày {day}", items, row.authority_text)
    return RecognitionDecision(
        unit=_unit(session, row), number=row.number_text, date=row.date, items=items,
        authority=row.authority_text, legal_basis=json.loads(row.legal_basis_json),
        proposal=proposal, signer=_signer(row),
        verification_code=verification.code_for(session, row.uuid),
    )


def _decided(session: Session, row: DecisionRow, outcome: Outcome,
             dossier_uuid: str | None) -> Iterator[tuple[DecisionItemRow, Dossier]]:
    """The decision's items with that outcome (of the one dossier named), with the dossier."""
    for item in row.items:
        if item.outcome == outcome and dossier_uuid in (None, item.dossier_uuid):
            yield item, get_dossier(session, item.dossier_uuid)


def certificate_data(session: Session, uuid: str,
                     dossier_uuid: str | None = None) -> list[Certificate]:
    """One Giấy chứng nhận per author of each recognised dossier of the decision (or of the
    one dossier named)."""
    row = decision_row(session, uuid)
    unit = _unit(session, row)
    certificates = []
    for item, d in _decided(session, row, Outcome.RECOGNISED, dossier_uuid):
        certificates += [
            Certificate(unit=unit, author=a, dossier_title=d.title,
                        decision_number=row.number_text, decision_date=row.date,
                        authority=row.authority_text, date=row.date, signer=_signer(row),
                        ref=f"{row.uuid}/{item.dossier_uuid}/{k}",
                        verification_code=verification.code_for(
                            session, row.uuid, dossier_uuid=d.uuid, person=a.full_name))
            for k, a in enumerate(d.authors, 1)
        ]
    return certificates


def effect_certification_data(session: Session, uuid: str,
                              dossier_uuid: str | None = None) -> list[EffectCertification]:
    """One Giấy xác nhận hiệu quả, phạm vi ảnh hưởng per author of each dossier the decision
    recognises (or of the one dossier named), each with its verification code; unnumbered
    (services.papers numbers them in the XN register of the deciding body)."""
    row = decision_row(session, uuid)
    unit, pack = _unit(session, row), _pack_of(session, row)
    verification.ensure_registered(session)
    out = []
    for item in row.items:
        if item.outcome != Outcome.RECOGNISED:
            continue
        if dossier_uuid is not None and item.dossier_uuid != dossier_uuid:
            continue
        d = get_dossier(session, item.dossier_uuid)
        for k, a in enumerate(d.authors, 1):
            out.append(EffectCertification(
                unit=unit, person=a, dossier_title=d.title, decision_number=row.number_text,
                decision_date=row.date, authority=row.authority_text,
                field_of_application=d.field_of_application, first_applied_on=d.first_applied_on,
                scope=pack.scope_label(item.scope_code) if item.scope_code else "",
                benefit_vnd=item.benefit_agreed_vnd,
                benefit_social=d.benefit_unit_social or d.benefit_author_social,
                date=dt.date.today(), signer=_signer(row),
                verification_code=verification.code_for(session, row.uuid, dossier_uuid=d.uuid,
                                                         person=a.full_name,
                                                         kind=CERTIFICATION),
                ref=f"{row.uuid}/{item.dossier_uuid}/{k}/xn"))
    return out


def refusal_notices(session: Session, uuid: str,
                    dossier_uuid: str | None = None) -> list[RefusalNotice]:
    """One Thông báo không công nhận sáng kiến per dossier the decision rejects (or for the one
    dossier named), addressed to its authors with the reason; unnumbered (services.papers
    numbers them in the TB register of the deciding body)."""
    row = decision_row(session, uuid)
    unit = _unit(session, row)
    minutes, proposals = "", None
    if row.meeting_uuid:
        number, day = _minutes_line(session, row)
        minutes = f"Căn cứ kết quả họp Hội đồng sáng kiến tại Biên bản họp {number}ngày {day}"
        proposals = _proposals(session, row.meeting_uuid)
    notices = []
    for item, d in _decided(session, row, Outcome.REJECTED, dossier_uuid):
        council = f"{minutes};" if minutes else ""
        if proposals is not None and proposals.get(item.dossier_uuid) == Outcome.RECOGNISED:
            # The council proposed recognising it: the refusal is the deciding body's own
            # evaluation (its reason below), not the council's conclusion.
            council = (f"{minutes} (Hội đồng sáng kiến đề nghị công nhận sáng kiến này);\n"
                       f"Xét kết quả xem xét, đánh giá của {row.authority_text},")
        notices.append(RefusalNotice(
            unit=unit, number="", date=row.date, title=d.title, authors=d.authors,
            reason=item.reason, authority=row.authority_text,
            legal_basis=json.loads(row.legal_basis_json), council_result=council,
            signer=_signer(row), ref=f"{row.uuid}/{item.dossier_uuid}"))
    return notices
