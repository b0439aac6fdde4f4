"""Checking dossiers against their campaign's rules: the context the rules need, from disk and
database, and the acknowledgements of warnings kept with each dossier."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.validation import (
    Acknowledgement,
    AttachmentState,
    CheckContext,
    Finding,
    OtherDossier,
    PackRules,
    Recognition,
    Report,
    Severity,
    check_dossier,
    check_nomination,
)
from sangkien_desktop.services import similarity
from sangkien_desktop.services.catalog import load_unit_list
from sangkien_desktop.services.dossiers import attachments as attachment_store
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.storage.models import AcknowledgementRow, DossierRow, DossierVersionRow

if TYPE_CHECKING:
    from sangkien_desktop.services.council.decisions import DossierOutcome

# The duplicate hint lists at most this many of the most alike dossiers.
MAX_DUPLICATE_CANDIDATES = 10


@cache
def cccd_province_codes() -> frozenset[str]:
    return frozenset(u.cccd_code for u in load_unit_list("provinces-1997").units if u.cccd_code)


def attachment_states(store: Store, dossier: Dossier) -> dict[str, AttachmentState]:
    states = {}
    for ref in dossier.attachments:
        found = attachment_store.verify(store, ref.sha256)
        media = ""
        if found.exists and found.readable:
            media = attachment_store.sniff_media_type(attachment_store.blob_path(store, ref.sha256)) or ""
        states[ref.sha256] = AttachmentState(
            exists=found.exists,
            readable=found.readable,
            hash_matches=found.hash_matches,
            size=found.size,
            media_type=media,
        )
    return states


def recognised_on(session: Session, uuids: Iterable[str]) -> dict[str, dt.date]:
    """The date of the decision that recognised each of these dossiers' initiative (any of its
    versions, ours or received; the earliest): a correction stands for a recognised one."""
    from sangkien_desktop.services.council.decisions import outcome_of

    lines = similarity.lineages(session, uuids)
    versions: dict[str, set[str]] = {line: {line} for line, _version in lines.values()}
    for uuid, (line, _version) in lines.items():
        versions[line].add(uuid)
    for uuid, line in session.execute(select(DossierVersionRow.dossier_uuid,
                                             DossierVersionRow.lineage_uuid)
                                      .where(DossierVersionRow.lineage_uuid.in_(list(versions)))):
        versions[line].add(uuid)
    dated: dict[str, dt.date] = {}
    for line, members in versions.items():
        days = []
        for uuid in members:
            outcome = outcome_of(session, uuid)
            if outcome is not None and outcome.outcome == Outcome.RECOGNISED and outcome.decision_date:
                days.append(outcome.decision_date)
        if days:
            dated[line] = min(days)
    return {uuid: dated[line] for uuid, (line, _version) in lines.items() if line in dated}


def duplicate_candidates(session: Session, dossier: Dossier) -> tuple[OtherDossier, ...]:
    """The stored dossiers (in the bin and received ones too) most alike this one by
    similarity against the archive, best first, each with its score and, when recognised,
    the decision's date; those under the saved "show" threshold are left out."""
    similarity.ensure_index(session)
    matches = similarity.top_matches(session, dossier, limit=MAX_DUPLICATE_CANDIDATES)
    if not matches:
        return ()
    dates = recognised_on(session, [m.uuid for m in matches])
    rows = {r.uuid: r for r in session.execute(select(
        DossierRow.uuid, DossierRow.description_before, DossierRow.description_solution,
        DossierRow.description_novelty, DossierRow.portal_text,
    ).where(DossierRow.uuid.in_([m.uuid for m in matches])))}
    others = []
    for m in matches:
        r = rows[m.uuid]
        description = "\n".join(p for p in (r.description_before, r.description_solution,
                                             r.description_novelty) if p.strip()) or r.portal_text
        others.append(OtherDossier(m.uuid, m.title, description, m.code, m.score,
                                   dates.get(m.uuid)))
    return tuple(others)


def pack_rules(session: Session) -> PackRules:
    """The unit's rule pack as the check applies it."""
    from sangkien_desktop.services.council.rule_packs import unit_pack

    pack = unit_pack(session)
    return PackRules(pack.short_name or pack.name, pack.eligibility,
                     pack.sources.get("eligibility", "") or pack.name, pack.papers)


# The campaigns' code for the recognition decision among required documents: a decision stored
# in the application is printed from its record, so the dossier needs no scanned copy of it.
DECISION_DOCUMENT = "quyet_dinh_cong_nhan"


def context_for(
    session: Session,
    dossier: Dossier,
    store: Store | None,
    *,
    today: dt.date | None = None,
    with_duplicates: bool = True,
    attachments: dict[str, AttachmentState] | None = None,
    others: tuple[OtherDossier, ...] | None = None,
) -> CheckContext:
    """What the rules need beyond the dossier. A caller that keeps attachment states or
    duplicate candidates between checks (the editor) passes them in. Without a ``store`` the
    files are not looked at; without duplicates, no other dossier: the check kept with each
    dossier (services/dossiers/stored_checks.py) is made so."""
    from sangkien_desktop.services.council.decisions import outcome_of

    if attachments is None and store is not None:
        attachments = attachment_states(store, dossier)
    if others is None:
        others = duplicate_candidates(session, dossier) if with_duplicates else ()
    return make_context(today or dt.date.today(), outcome_of(session, dossier.uuid),
                        history.withheld_when_received(session, dossier.uuid),
                        attachments=attachments, others=others, **unit_rules(session),
                        dossier=dossier)


def unit_rules(session: Session) -> dict[str, Any]:
    """What every dossier's check takes from the unit: its rule pack's eligibility rules and
    the similarity that warns (read once for a batch of checks)."""
    return {"pack": pack_rules(session),
            "similarity_warn": similarity.thresholds(session).warn / 100}


def make_context(today: dt.date, outcome: DossierOutcome | None, withheld: frozenset[str], *,
                 attachments: dict[str, AttachmentState] | None = None,
                 others: tuple[OtherDossier, ...] = (), pack: PackRules | None = None,
                 similarity_warn: float = 0.45, dossier: Dossier | None = None) -> CheckContext:
    """The context of a check from what the database says of the dossier: its last decision
    (``decisions.outcome_of``), the fields its package left out (``history.withheld_of``),
    the unit's rules (``unit_rules``) and the day it was filed (``dossier``)."""
    recognised = outcome is not None and outcome.outcome == Outcome.RECOGNISED
    return CheckContext(
        today=today,
        cccd_province_codes=cccd_province_codes(),
        attachments=attachments,
        others=others,
        decision_date=outcome.decision_date if outcome else None,
        produced_documents=frozenset({DECISION_DOCUMENT}) if recognised else frozenset(),
        withheld=withheld,
        pack=pack,
        filed_on=dossier.created_at.date() if dossier is not None and dossier.created_at else None,
        similarity_warn=similarity_warn,
    )


def campaign_of(dossier: Dossier, campaigns: dict[str, Campaign]) -> Campaign:
    """The dossier's campaign, or the plain unit-level one when it names none."""
    campaign = campaigns.get(dossier.campaign_id) or campaigns.get("cong-nhan-cap-co-so")
    if campaign is None:
        raise DataFileError("campaign_missing", campaign=dossier.campaign_id, dossier=dossier.code)
    return campaign


def check(
    session: Session,
    dossier: Dossier,
    campaigns: dict[str, Campaign],
    store: Store | None,
    *,
    today: dt.date | None = None,
) -> Report:
    ctx = context_for(session, dossier, store, today=today)
    return check_dossier(dossier, campaign_of(dossier, campaigns), ctx)


def recognition_of(session: Session, dossier_uuid: str) -> Recognition:
    """What the latest decision about the dossier says (nothing: an empty Recognition)."""
    from sangkien_desktop.services.council.decisions import outcome_of

    outcome = outcome_of(session, dossier_uuid)
    if outcome is None:
        return Recognition()
    return Recognition(outcome.outcome.value, outcome.decision_date, outcome.decision_number,
                       outcome.reason)


def eligible_for_nomination(
    session: Session, dossier_uuid: str, campaign: Campaign
) -> list[Finding]:
    """Why the dossier may not go into a nomination or an export under ``campaign``: not
    recognised (no decision, or rejected), recognised outside the campaign's window, or
    before its first application. An empty list: it may go. Raises NotFoundError for an
    unknown uuid."""
    dossier = get_dossier(session, dossier_uuid)
    return list(check_nomination(dossier, campaign, recognition_of(session, dossier_uuid)))


# --- acknowledgements ----------------------------------------------------------------------


def acknowledgements(session: Session, dossier_uuid: str) -> list[Acknowledgement]:
    return acknowledgements_of(session, [dossier_uuid]).get(dossier_uuid, [])


def acknowledgements_of(session: Session, dossier_uuids: Iterable[str], *,
                        chunk: int = 500) -> dict[str, list[Acknowledgement]]:
    """The acknowledgements of many dossiers, each list in the order they were given."""
    wanted = list(dict.fromkeys(dossier_uuids))
    found: dict[str, list[Acknowledgement]] = {}
    for start in range(0, len(wanted), chunk):
        for r in session.scalars(
                select(AcknowledgementRow)
                .where(AcknowledgementRow.dossier_uuid.in_(wanted[start:start + chunk]))
                .order_by(AcknowledgementRow.id)):
            found.setdefault(r.dossier_uuid, []).append(Acknowledgement(
                rule_id=r.rule_id,
                field=r.field,
                by=r.person,
                on=r.acknowledged_at.date(),
                reason=r.reason,
                ref=r.ref,
                rules_version=r.rules_version,
            ))
    return found


def acknowledge(session: Session, dossier_uuid: str, ack: Acknowledgement) -> None:
    """Keeps ``ack`` (replacing an earlier one on the same rule, field and ref) and writes it
    into the dossier's history: who accepted which warning, and why (a council overriding a
    similarity warning says so there); the dossier's kept count of warnings nobody
    acknowledged follows (stored_checks.recount)."""
    forget(session, dossier_uuid, [ack])
    changes: dict[str, str] = {"rule": ack.rule_id, "by": ack.by, "reason": ack.reason}
    if ack.rule_id in ("SK-DUPLICATE", "SK-ELIG-RESUBMITTED") and ack.ref:
        other = session.scalar(select(DossierRow.code).where(DossierRow.uuid == ack.ref))
        changes["similar_to"] = other or ack.ref
    history.record(session, history.DOSSIER, dossier_uuid, "acknowledged", ack.by, changes)
    session.add(
        AcknowledgementRow(
            dossier_uuid=dossier_uuid,
            rule_id=ack.rule_id,
            field=ack.field,
            ref=ack.ref,
            person=ack.by,
            reason=ack.reason,
            rules_version=ack.rules_version,
            acknowledged_at=dt.datetime.combine(ack.on, dt.datetime.now().time()).replace(
                microsecond=0
            ),
        )
    )
    session.flush()
    _recount(session, dossier_uuid)


def forget(session: Session, dossier_uuid: str, acks: Iterable[Acknowledgement]) -> None:
    """Withdraws the acknowledgements (its kept count follows)."""
    acks = list(acks)
    for ack in acks:
        session.execute(
            delete(AcknowledgementRow).where(
                AcknowledgementRow.dossier_uuid == dossier_uuid,
                AcknowledgementRow.rule_id == ack.rule_id,
                AcknowledgementRow.field == ack.field,
                AcknowledgementRow.ref == ack.ref,
            )
        )
    if acks:
        _recount(session, dossier_uuid)


def open_count(warnings: Iterable[tuple[str, str, str]],
               acks: Sequence[Acknowledgement]) -> int:
    """How many of the warnings (by Finding.key) no acknowledgement covers, as the editor and
    ``check-many`` count them (Acknowledgement.covers)."""
    found = (Finding(rule_id, Severity.WARNING, field, "", "", "", ref)
             for rule_id, field, ref in warnings)
    return sum(1 for f in found if not any(a.covers(f) for a in acks))


def _recount(session: Session, dossier_uuid: str) -> None:
    """The dossier's kept count of warnings nobody acknowledged (dossier_summary, written by
    services/dossiers/stored_checks.py), counted again from the warnings its check found: no
    programme needed; the check itself is due again anyway (a trigger) and follows."""
    row = session.execute(text(
        "SELECT s.dossier_id, s.warnings FROM dossier AS d JOIN dossier_summary AS s "
        "ON s.dossier_id = d.id WHERE d.uuid = :u"), {"u": dossier_uuid}).first()
    if row is None:
        return
    keys = [(str(r), str(f), str(ref)) for r, f, ref in json.loads(row[1])]
    session.execute(text("UPDATE dossier_summary SET open_warnings = :n WHERE dossier_id = :id"),
                    {"n": open_count(keys, acknowledgements(session, dossier_uuid)),
                     "id": row[0]})
