"""Checking dossiers against their campaign's rules: the context the rules need, from disk and
database, and the acknowledgements of warnings kept with each dossier."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, text
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
    Severity,
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

if TYPE_CHECKING:
    from sangkien_desktop.services.council.decisions import DossierOutcome

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
                        attachments=attachments, others=others)


def make_context(today: dt.date, outcome: DossierOutcome | None, withheld: frozenset[str], *,
                 attachments: dict[str, AttachmentState] | None = None,
                 others: tuple[OtherDossier, ...] = ()) -> CheckContext:
    """The context of a check from what the database says of the dossier: its last decision
    (``decisions.outcome_of``) and the fields its package left out (``history.withheld_of``)."""
    recognised = outcome is not None and outcome.outcome == Outcome.RECOGNISED
    return CheckContext(
        today=today,
        cccd_province_codes=cccd_province_codes(),
        attachments=attachments,
        others=others,
        decision_date=outcome.decision_date if outcome else None,
        produced_documents=frozenset({DECISION_DOCUMENT}) if recognised else frozenset(),
        withheld=withheld,
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
    """Keeps ``ack`` (replacing an earlier one on the same rule, field and ref); the dossier's
    kept count of warnings nobody acknowledged follows (stored_checks.recount)."""
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
