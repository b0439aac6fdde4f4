"""Checking dossiers against their campaign's rules: the context the rules need, from disk and
database, and the acknowledgements of warnings kept with each dossier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DataFileError
from sangkien_desktop.domain.text import search_terms
from sangkien_desktop.domain.validation import (
    Acknowledgement,
    AttachmentState,
    CheckContext,
    Finding,
    OtherDossier,
    Recognition,
    Report,
    check_dossier,
    check_nomination,
)
from sangkien_desktop.services.catalog import load_unit_list
from sangkien_desktop.services.dossiers import attachments as attachment_store
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.storage import search
from sangkien_desktop.storage.models import AcknowledgementRow, DossierRow, DossierVersionRow

# Candidates for the duplicate hint come from the search index, not a scan of every dossier.
MAX_DUPLICATE_CANDIDATES = 60


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


def duplicate_candidates(session: Session, dossier: Dossier) -> tuple[OtherDossier, ...]:
    """Other live dossiers sharing title words with this one, best matches first."""
    words = [w for w in search_terms(dossier.title) if len(w) >= 3][:12]
    if not words:
        return ()
    ids = search.ranked(session, words, MAX_DUPLICATE_CANDIDATES + 1)
    if not ids:
        return ()
    rows = session.execute(
        select(
            DossierRow.uuid,
            DossierRow.title,
            DossierRow.code,
            DossierRow.description_before,
            DossierRow.description_solution,
            DossierRow.description_novelty,
            DossierRow.portal_text,
        ).where(
            DossierRow.id.in_(ids),
            DossierRow.uuid != dossier.uuid,
            DossierRow.deleted_at.is_(None),
        )
    ).all()
    # One initiative, however many versions: its newest live version stands for it, and the
    # dossier's own versions are not others.
    versions = {uuid: (line, version) for uuid, line, version in session.execute(
        select(DossierVersionRow.dossier_uuid, DossierVersionRow.lineage_uuid,
               DossierVersionRow.version)
        .where(DossierVersionRow.dossier_uuid.in_([r[0] for r in rows] + [dossier.uuid])))}
    own = versions.get(dossier.uuid, (dossier.uuid, 1))[0]
    newest: dict[str, tuple[int, str]] = {}  # lineage → (version, uuid)
    for row in rows:
        line, version = versions.get(row[0], (row[0], 1))
        if line != own and (line not in newest or version > newest[line][0]):
            newest[line] = (version, row[0])
    kept = {uuid for _version, uuid in newest.values()}
    others = []
    for uuid, title, code, before, solution, novelty, portal in rows:
        if uuid not in kept:
            continue
        description = "\n".join(p for p in (before, solution, novelty) if p.strip()) or portal
        others.append(OtherDossier(uuid, title, description, code))
    return tuple(others[:MAX_DUPLICATE_CANDIDATES])


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
    duplicate candidates between checks (the editor) passes them in."""
    from sangkien_desktop.services.council.decisions import outcome_of

    if attachments is None and store is not None:
        attachments = attachment_states(store, dossier)
    if others is None:
        others = duplicate_candidates(session, dossier) if with_duplicates else ()
    outcome = outcome_of(session, dossier.uuid)
    recognised = outcome is not None and outcome.outcome == Outcome.RECOGNISED
    return CheckContext(
        today=today or dt.date.today(),
        cccd_province_codes=cccd_province_codes(),
        attachments=attachments,
        others=others,
        decision_date=outcome.decision_date if outcome else None,
        produced_documents=frozenset({DECISION_DOCUMENT}) if recognised else frozenset(),
        withheld=history.withheld_when_received(session, dossier.uuid),
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
    rows = session.scalars(
        select(AcknowledgementRow)
        .where(AcknowledgementRow.dossier_uuid == dossier_uuid)
        .order_by(AcknowledgementRow.id)
    )
    return [
        Acknowledgement(
            rule_id=r.rule_id,
            field=r.field,
            by=r.person,
            on=r.acknowledged_at.date(),
            reason=r.reason,
            ref=r.ref,
            rules_version=r.rules_version,
        )
        for r in rows
    ]


def acknowledge(session: Session, dossier_uuid: str, ack: Acknowledgement) -> None:
    """Keeps ``ack`` (replacing an earlier one on the same rule, field and ref)."""
    forget(session, dossier_uuid, [ack])
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


def forget(session: Session, dossier_uuid: str, acks: Iterable[Acknowledgement]) -> None:
    for ack in acks:
        session.execute(
            delete(AcknowledgementRow).where(
                AcknowledgementRow.dossier_uuid == dossier_uuid,
                AcknowledgementRow.rule_id == ack.rule_id,
                AcknowledgementRow.field == ack.field,
                AcknowledgementRow.ref == ack.ref,
            )
        )
