"""Nominations upward (đợt đề nghị): create and edit one, pick recognised dossiers within the
quota of the unit's level, send it under a Tờ trình number, and list them.

The documents built from a nomination are in ``nomination_papers``; the completeness check
of its dossiers in ``nomination_checks``; the bundle in ``bundle``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Status, new_uuid
from sangkien_desktop.domain.errors import InputError, NotFoundError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.nomination import (
    Deadline,
    NominationSentError,
    check_quota,
    deadline_state,
    quota_for,
)
from sangkien_desktop.domain.text import clean_line, clean_text
from sangkien_desktop.domain.unit_route import receivers
from sangkien_desktop.domain.workflow import Act, check_reason
from sangkien_desktop.services.council import numbering
from sangkien_desktop.services.dossiers import history, workflow
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.exchange.received import senders_of
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DossierRow
from sangkien_desktop.storage.models_nominations import NominationItemRow, NominationRow
from sangkien_desktop.storage.models_received import (
    ReceivedDecisionItemRow,
    ReceivedNominationItemRow,
)

NOMINATION = "nomination"  # entity kind in the change log
DOC_TYPE = "TTr"
SUBJECT = "Đề nghị xét, khen thưởng sáng kiến"  # i18n: keep (the letter's subject)
DRAFT, SENT, WITHDRAWN = "draft", "sent", "withdrawn"
STATUS_LABELS = {DRAFT: Message("nomination_status_draft"), SENT: Message("nomination_status_sent"),
                 WITHDRAWN: Message("nomination_status_withdrawn")}
# Dossiers that may be nominated: recognised; once sent they are "nominated" and may move on.
NOMINABLE = (Status.RECOGNISED, Status.NOMINATED, Status.ENTERED)


@dataclass
class NominationItem:
    dossier_uuid: str
    favoured_field: str = ""  # a code of the campaign's favoured_fields, or ""
    note: str = ""


@dataclass
class Nomination:
    campaign_id: str
    to_unit: str
    items: list[NominationItem] = field(default_factory=list)
    # The level it goes to on the unit's route (domain/unit_route.Receiver); "" for one made
    # before the route was kept, which names only its recipient.
    to_level: str = ""
    deadline: dt.datetime | None = None
    status: str = DRAFT
    letter_number: int | None = None
    letter_number_text: str = ""
    letter_date: dt.date | None = None
    basis: str = ""  # lines of "Thực hiện Hướng dẫn số ..." in the letter
    notes: str = ""
    uuid: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    sent_at: dt.datetime | None = None
    withdrawn_at: dt.datetime | None = None
    withdrawn_reason: str = ""

    @property
    def dossier_uuids(self) -> list[str]:
        return [i.dossier_uuid for i in self.items]

    @property
    def is_sent(self) -> bool:
        """Sent under its Tờ trình (and perhaps withdrawn since): a record, not edited."""
        return self.status in (SENT, WITHDRAWN)

    @property
    def is_withdrawn(self) -> bool:
        return self.status == WITHDRAWN


def _nomination(row: NominationRow) -> Nomination:
    return Nomination(
        campaign_id=row.campaign_id, to_unit=row.to_unit, to_level=row.to_level,
        items=[NominationItem(i.dossier_uuid, i.favoured_field, i.note) for i in row.items],
        deadline=row.deadline, status=row.status, letter_number=row.letter_number,
        letter_number_text=row.letter_number_text, letter_date=row.letter_date, basis=row.basis,
        notes=row.notes, uuid=row.uuid, created_at=row.created_at, updated_at=row.updated_at,
        sent_at=row.sent_at, withdrawn_at=row.withdrawn_at, withdrawn_reason=row.withdrawn_reason,
    )


def _row(session: Session, uuid: str) -> NominationRow:
    row = session.scalar(select(NominationRow).where(NominationRow.uuid == uuid))
    if row is None:
        # A short prefix of the uuid is enough where it is unique (the CLI prints 8 characters).
        found = session.scalars(
            select(NominationRow).where(NominationRow.uuid.like(f"{uuid}%"))
        ).all() if len(uuid) >= 4 else []
        if len(found) == 1:
            return found[0]
        raise NotFoundError("nomination_not_found", uuid=uuid)
    return row


def get_nomination(session: Session, uuid: str) -> Nomination:
    return _nomination(_row(session, uuid))


def list_nominations(session: Session) -> list[Nomination]:
    rows = session.scalars(select(NominationRow).order_by(NominationRow.created_at.desc(),
                                                          NominationRow.id.desc()))
    return [_nomination(r) for r in rows]


def campaign_for(nomination: Nomination, campaigns: dict[str, Campaign]) -> Campaign:
    campaign = campaigns.get(nomination.campaign_id)
    if campaign is None:
        raise InputError(
            "nomination_campaign", campaign_id=nomination.campaign_id, field="campaign_id")
    return campaign


def new_nomination(campaign: Campaign, to_unit: str = "", to_level: str = "") -> Nomination:
    """A draft for ``campaign``, its deadline taken from the campaign."""
    return Nomination(campaign_id=campaign.id, to_unit=to_unit, to_level=to_level,
                      deadline=campaign.nomination_deadline)


def _other_nomination(session: Session, dossier_uuid: str, campaign_id: str,
                      own_id: int | None) -> NominationRow | None:
    stmt = (select(NominationRow)
            .join(NominationItemRow, NominationItemRow.nomination_id == NominationRow.id)
            .where(NominationItemRow.dossier_uuid == dossier_uuid,
                   NominationRow.campaign_id == campaign_id,
                   NominationRow.status != WITHDRAWN))
    if own_id is not None:
        stmt = stmt.where(NominationRow.id != own_id)
    return session.scalars(stmt).first()


def _check_items(session: Session, nomination: Nomination, campaign: Campaign,
                 own_id: int | None) -> None:
    uuids = nomination.dossier_uuids
    if len(set(uuids)) != len(uuids):
        raise InputError("nomination_duplicate", field="items")
    favoured = {c.code for c in campaign.favoured_fields}
    for item in nomination.items:
        dossier = get_dossier(session, item.dossier_uuid)
        if dossier.deleted_at is not None:
            raise InputError("nomination_dossier_in_bin", title=dossier.title, field="items")
        if dossier.status not in NOMINABLE:
            raise InputError(
                "nomination_not_recognised", title=dossier.title, field="items")
        if item.favoured_field and item.favoured_field not in favoured:
            raise InputError(
                "nomination_favoured_field", favoured=item.favoured_field,
                campaign=campaign.short_name, field="items")
        other = _other_nomination(session, item.dossier_uuid, campaign.id, own_id)
        if other is not None:
            where = other.letter_number_text or Message(
                "nomination_created_on", date=f"{other.created_at:%d/%m/%Y}")
            raise InputError(
                "nomination_already_in", title=dossier.title, where=where, field="items")


def save_nomination(session: Session, nomination: Nomination, campaigns: dict[str, Campaign],
                    *, user: str | None = None) -> Nomination:
    """Creates or updates a draft nomination in the session's transaction (the caller commits).
    Refuses a sent one, an unknown campaign, a dossier not recognised or already nominated in
    the campaign, and more dossiers than the quota of the unit's level."""
    campaign = campaign_for(nomination, campaigns)
    to_unit = clean_line(nomination.to_unit)
    if not to_unit:
        raise InputError("nomination_to_unit", field="to_unit")
    row = None
    if nomination.uuid:
        row = session.scalar(select(NominationRow).where(NominationRow.uuid == nomination.uuid))
    if row is not None and row.status != DRAFT:
        raise NominationSentError(
            "nomination_sent", field="items")
    _check_items(session, nomination, campaign, row.id if row is not None else None)
    level = unit_profile(session).level
    route = receivers(level)
    if nomination.to_level and nomination.to_level not in route:
        raise InputError("nomination_to_level", level=nomination.to_level,
                         choices=", ".join(r.value for r in route), field="to_level")
    check_quota(campaign, level, len(nomination.items))
    stamp = history.now()
    before = _nomination(row) if row is not None else None
    if row is None:
        row = NominationRow(uuid=nomination.uuid or new_uuid(), created_at=stamp, status=DRAFT)
        session.add(row)
    row.campaign_id = campaign.id
    row.to_unit = to_unit
    row.to_level = nomination.to_level
    row.deadline = nomination.deadline
    row.basis = clean_text(nomination.basis).strip()
    row.notes = clean_text(nomination.notes).strip()
    row.updated_at = stamp
    # The old rows go first: the new list may hold the same dossiers (a unique pair).
    row.items = []
    session.flush()
    row.items = [
        NominationItemRow(dossier_uuid=i.dossier_uuid, position=n, favoured_field=i.favoured_field,
                          note=clean_line(i.note))
        for n, i in enumerate(nomination.items)
    ]
    session.flush()
    saved = _nomination(row)
    changes = history.diff(_log_json(before), _log_json(saved)) if before else _log_json(saved)
    history.record(session, NOMINATION, saved.uuid, "saved" if before else "created", user,
                   changes)
    return saved


def _log_json(n: Nomination | None) -> dict[str, Any]:
    if n is None:
        return {}
    return {"to_unit": n.to_unit, "to_level": n.to_level, "deadline": n.deadline.isoformat() if n.deadline else None,
            "items": [dataclasses.asdict(i) for i in n.items], "basis": n.basis}


def delete_nomination(session: Session, uuid: str, *, user: str | None = None) -> None:
    row = _row(session, uuid)
    if row.status != DRAFT:
        raise NominationSentError("nomination_sent_delete")
    session.delete(row)
    history.record(session, NOMINATION, row.uuid, "deleted", user)
    session.flush()


def move_item(nomination: Nomination, index: int, delta: int) -> int:
    """Moves item ``index`` up (-1) or down (+1) in place; returns its new index."""
    target = index + delta
    if not (0 <= index < len(nomination.items)) or not (0 <= target < len(nomination.items)):
        return index
    items = nomination.items
    items[index], items[target] = items[target], items[index]
    return target


def mark_sent(session: Session, uuid: str, *, number: int | None = None,
              date: dt.date | None = None, user: str | None = None) -> Nomination:
    """Gives the Tờ trình its number (the next free TTr number of the year unless ``number``)
    and date, marks the nomination sent and its dossiers "nominated"."""
    row = _row(session, uuid)
    if row.status != DRAFT:
        raise NominationSentError("nomination_sent_number", number=row.letter_number_text)
    if not row.items:
        raise InputError("nomination_empty", field="items")
    day = date or dt.date.today()
    suffix = unit_profile(session).number_suffix
    number = numbering.register(session, DOC_TYPE, number or None, day, suffix=suffix,
                                subject=SUBJECT, ref_uuid=row.uuid).number
    row.letter_number = number
    row.letter_number_text = numbering.format_number(number, DOC_TYPE, suffix)
    row.letter_date = day
    row.status = SENT
    row.sent_at = history.now()
    for item in row.items:
        dossier = get_dossier(session, item.dossier_uuid)
        # A received dossier, or one already nominated in another program, keeps its status.
        if dossier.status == Status.RECOGNISED:
            workflow.transition(session, dossier.uuid, Act.NOMINATE, user=user)
            history.record(session, history.DOSSIER, dossier.uuid, Act.NOMINATE.value, user,
                           {"status": [dossier.status.value, Status.NOMINATED.value],
                            "nomination": row.letter_number_text})
    history.record(session, NOMINATION, row.uuid, "sent", user,
                   {"letter": row.letter_number_text, "date": day.isoformat()})
    session.flush()
    return _nomination(row)


def withdraw_nomination(session: Session, uuid: str, reason: str, *,
                        user: str | None = None) -> Nomination:
    """Takes back a sent nomination (Rút đợt đề nghị), with the reason in the history: its
    Tờ trình keeps its number in the register, and each of its dossiers nominated by it and by
    no other sent nomination is recognised again, free for another nomination."""
    reason = check_reason(Act.WITHDRAW_NOMINATION, reason)
    row = _row(session, uuid)
    if row.status != SENT:
        raise NominationSentError("nomination_not_sent", field="status")
    row.status = WITHDRAWN
    row.withdrawn_at = history.now()
    row.withdrawn_reason = reason
    session.flush()
    still = set(session.scalars(
        select(NominationItemRow.dossier_uuid)
        .join(NominationRow, NominationRow.id == NominationItemRow.nomination_id)
        .where(NominationRow.status == SENT)))
    for item in row.items:
        dossier = get_dossier(session, item.dossier_uuid)
        if dossier.status != Status.NOMINATED or dossier.uuid in still:
            continue
        workflow.transition(session, dossier.uuid, Act.WITHDRAW_NOMINATION, user=user)
        history.record(session, history.DOSSIER, dossier.uuid, Act.WITHDRAW_NOMINATION.value,
                       user, {"status": [Status.NOMINATED.value, Status.RECOGNISED.value],
                              "nomination": row.letter_number_text, "reason": reason})
    history.record(session, NOMINATION, row.uuid, "withdrawn", user,
                   {"letter": row.letter_number_text, "reason": reason})
    session.flush()
    return _nomination(row)



# ---- what the window shows -----------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A recognised dossier of the campaign that no other nomination holds."""

    uuid: str
    code: str
    title: str
    unit_name: str
    lead_author_name: str
    sender: str = ""  # the lower unit that sent it up, for a received dossier


def candidates(session: Session, nomination: Nomination) -> list[Candidate]:
    """This unit's recognised dossiers, and the dossiers lower units sent up that their
    decision recognised (whatever their status at the sender), not in another nomination."""
    taken = select(NominationItemRow.dossier_uuid).join(
        NominationRow, NominationRow.id == NominationItemRow.nomination_id
    ).where(NominationRow.campaign_id == nomination.campaign_id,
            NominationRow.status != WITHDRAWN)
    if nomination.uuid:
        taken = taken.where(NominationRow.uuid != nomination.uuid)
    received = select(ReceivedNominationItemRow.dossier_uuid).join(
        ReceivedDecisionItemRow,
        ReceivedDecisionItemRow.dossier_uuid == ReceivedNominationItemRow.dossier_uuid,
    ).where(ReceivedDecisionItemRow.outcome == "recognised")
    rows = session.execute(
        select(DossierRow.uuid, DossierRow.code, DossierRow.title, DossierRow.unit_name,
               DossierRow.lead_author_name)
        .where(DossierRow.deleted_at.is_(None),
               or_(DossierRow.status == Status.RECOGNISED.value,
                   and_(DossierRow.status.in_([s.value for s in NOMINABLE]),
                        DossierRow.uuid.in_(received))),
               DossierRow.campaign_id == nomination.campaign_id,
               DossierRow.uuid.not_in(taken))
        .order_by(DossierRow.code)
    ).all()
    own = set(nomination.dossier_uuids)
    senders = senders_of(session, [r[0] for r in rows])
    return [Candidate(*r, sender=senders.get(r[0], "")) for r in rows if r[0] not in own]


@dataclass(frozen=True)
class QuotaState:
    count: int
    quota: int | None  # None: the campaign sets no quota for the unit's level
    level_label: str = ""

    @property
    def full(self) -> bool:
        return self.quota is not None and self.count >= self.quota


def quota_state(session: Session, nomination: Nomination, campaign: Campaign) -> QuotaState:
    quota = quota_for(campaign, unit_profile(session).level)
    if quota is None:
        return QuotaState(len(nomination.items), None)
    return QuotaState(len(nomination.items), quota.count, quota.label)


def deadline_of(nomination: Nomination, campaign: Campaign,
                now: dt.datetime | None = None) -> Deadline:
    return deadline_state(nomination.deadline, now or dt.datetime.now(),
                          campaign.nomination_warning_days)
