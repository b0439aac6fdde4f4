"""The register of verifiable papers (domain/verification.py): this unit's decisions and
certificates, and those of the decisions received in packages, looked up by code.

Codes are derived from the papers, so the register is filled from the decisions themselves:
when a decision is issued, and for received decisions (and those stored before the register
existed) the first time anyone looks or prints (``ensure_registered``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.verification import (
    CERTIFICATE,
    CERTIFICATION,
    DECISION,
    Paper,
    certificate_paper,
    decision_paper,
    normalise_code,
)
from sangkien_desktop.services.dossiers import history
from sangkien_desktop.storage import registers
from sangkien_desktop.storage.database import busy_elsewhere, refused_write
from sangkien_desktop.storage.models import DecisionRow, DossierRow, VerificationRow
from sangkien_desktop.storage.models_exchange import ReceivedDecisionRow

# The numbering register (storage/registers.py) whose lock is held while codes are recorded.
REGISTER = "verification"


def _authors(session: Session, dossier_uuid: str) -> tuple[str, list[str]] | None:
    row = session.scalar(select(DossierRow).where(DossierRow.uuid == dossier_uuid))
    if row is None:
        return None
    return row.title, [a.full_name for a in row.authors]


def papers_of(session: Session, *, uuid: str, number_text: str, date: dt.date | None,
              unit_name: str, authority_text: str, items: list[dict[str, Any]],
              source: str = "") -> list[Paper]:
    """The decision and one certificate per author of each dossier it recognises."""
    papers = [decision_paper(uuid=uuid, number_text=number_text, date=date, unit_name=unit_name,
                             authority_text=authority_text, items=items, source=source)]
    for item in items:
        if item.get("outcome") != Outcome.RECOGNISED.value:
            continue
        found = _authors(session, str(item.get("dossier_uuid", "")))
        if found is None:  # a received decision whose dossier did not come with it
            continue
        title, authors = found
        # The certification of effect and scope hashes what it certifies too: the scope and
        # the benefit agreed.
        effect = {"scope_code": str(item.get("scope_code") or ""),
                  "benefit_agreed_vnd": item.get("benefit_agreed_vnd")}
        for name in authors:
            if not name:
                continue
            for kind, extra in ((CERTIFICATE, None), (CERTIFICATION, effect)):
                papers.append(certificate_paper(
                    decision_uuid=uuid, number_text=number_text, date=date, unit_name=unit_name,
                    dossier_uuid=str(item["dossier_uuid"]), title=title, person=name, kind=kind,
                    extra=extra, source=source))
    return papers


def _wanted(session: Session, papers: list[Paper]) -> list[Paper]:
    """The papers the register lacks (a code held from a package gives way to ours)."""
    held: dict[str, str] = {}
    codes = sorted({p.code for p in papers})
    for start in range(0, len(codes), 500):
        held.update((code, source) for code, source in session.execute(
            select(VerificationRow.code, VerificationRow.source)
            .where(VerificationRow.code.in_(codes[start:start + 500]))))
    wanted: dict[str, Paper] = {}
    for p in papers:
        if (p.code not in held or (held[p.code] and not p.source)) and p.code not in wanted:
            wanted[p.code] = p
    return list(wanted.values())


def record(session: Session, papers: list[Paper]) -> None:
    """Adds the papers to the register (a code already there keeps its first entry unless it
    came from a package and this one is ours). Written under the register's lock, so two
    officers recording the same papers at once on a server do not both add them: the second
    waits, then finds them there."""
    if not _wanted(session, papers):
        return
    registers.take(session, REGISTER, 0)
    for p in _wanted(session, papers):
        row = session.get(VerificationRow, p.code)
        if row is None:
            row = VerificationRow(code=p.code, recorded_at=history.now())
            session.add(row)
        row.kind, row.owner_uuid, row.dossier_uuid, row.person = (p.kind, p.owner_uuid,
                                                                  p.dossier_uuid, p.person)
        row.subject, row.number_text, row.issued_on = p.subject, p.number_text, p.issued_on
        row.unit_name, row.content_hash, row.source = p.unit_name, p.content_hash, p.source
    session.flush()


def _items(row: DecisionRow) -> list[dict[str, Any]]:
    return [{"dossier_uuid": i.dossier_uuid, "outcome": i.outcome, "reward_vnd": i.reward_vnd,
             "scope_code": i.scope_code, "benefit_agreed_vnd": i.benefit_agreed_vnd}
            for i in row.items]


def register_decision(session: Session, row: DecisionRow) -> list[Paper]:
    papers = papers_of(session, uuid=row.uuid, number_text=row.number_text, date=row.date,
                       unit_name=row.unit_name, authority_text=row.authority_text,
                       items=_items(row))
    record(session, papers)
    return papers


def register_received(session: Session, row: ReceivedDecisionRow) -> list[Paper]:
    data = json.loads(row.payload_json)
    papers = papers_of(session, uuid=row.uuid, number_text=row.number_text, date=row.date,
                       unit_name=str(data.get("unit_name") or row.sending_unit),
                       authority_text=str(data.get("authority_text", "")),
                       items=list(data.get("items") or []), source=row.sending_unit or "?")
    record(session, papers)
    return papers


def ensure_registered(session: Session) -> None:
    """Registers the decisions (ours and received) the register does not hold yet. In data
    that cannot be written (a read-only folder or login), the register stays as it is."""
    try:
        with session.begin_nested():
            _register_missing(session)
    except Exception as exc:
        if not (refused_write(exc) or busy_elsewhere(exc)):  # filled at a later look
            raise


def _register_missing(session: Session) -> None:
    known = set(session.scalars(select(VerificationRow.owner_uuid).where(
        VerificationRow.kind == DECISION)))
    for row in session.scalars(select(DecisionRow)):
        if row.uuid not in known:
            register_decision(session, row)
    # A received decision's certificates need its dossiers, which may come in a later
    # package: look at every received decision again (codes already held are skipped).
    for received in session.scalars(select(ReceivedDecisionRow)):
        register_received(session, received)


def code_for(session: Session, decision_uuid: str, *, dossier_uuid: str = "",
             person: str = "", kind: str = "") -> str:
    """The code printed on a decision (no dossier, no person), on one author's certificate, or
    (``kind`` CERTIFICATION) on the certification of effect and scope for one person."""
    ensure_registered(session)
    kind = kind or (CERTIFICATE if person else DECISION)
    found = session.scalar(select(VerificationRow.code).where(
        VerificationRow.kind == kind, VerificationRow.owner_uuid == decision_uuid,
        VerificationRow.dossier_uuid == dossier_uuid, VerificationRow.person == person))
    return found or ""


def verify(session: Session, text: str) -> Paper | None:
    """The paper a code stands for, or None. Raises nothing for bad input: a code that cannot
    be one is simply not found (``normalise_code`` tells the caller why)."""
    code = normalise_code(text)
    if code is None:
        return None
    ensure_registered(session)
    row = session.get(VerificationRow, code)
    if row is None:
        return None
    return Paper(row.code, row.kind, row.owner_uuid, row.content_hash, row.dossier_uuid,
                 row.person, row.subject, row.number_text, row.issued_on, row.unit_name,
                 row.source)
