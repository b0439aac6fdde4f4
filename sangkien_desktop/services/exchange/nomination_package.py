"""A nomination as it travels upward in an exchange package: its record (the JSON form kept
by the receiving unit, docs/dossier-format.md) and its papers, the Tờ trình and the Bảng
tổng hợp, filled into ``packages.NominationPart``.

``packages`` packs the nominated dossiers with their decisions, versions, attachments and
their own papers; this module only says what the nomination itself adds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop.documents.registry import write_document
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.council import Outcome
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.exchange.packages import GeneratedDocument, NominationPart
from sangkien_desktop.services.nominating import nomination_papers
from sangkien_desktop.services.nominating.nominations import WITHDRAWN, campaign_for, get_nomination
from sangkien_desktop.services.settings import unit_profile
from sangkien_desktop.storage.models import DecisionItemRow, DecisionRow
from sangkien_desktop.storage.models_nominations import NominationItemRow, NominationRow


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def nomination_record(session: Session, uuid: str) -> dict[str, Any]:
    """The nomination in the package's JSON form, with the unit that sends it."""
    n = get_nomination(session, uuid)
    profile = unit_profile(session)
    return {
        "uuid": n.uuid,
        "campaign_id": n.campaign_id,
        "from_unit": {"name": profile.unit_name, "parent": profile.parent_organisation,
                      "province_code": profile.province_code, "level": profile.level},
        "to_unit": n.to_unit,
        "to_level": n.to_level,
        "status": n.status,
        "letter_number_text": n.letter_number_text,
        "letter_date": _iso(n.letter_date),
        "deadline": _iso(n.deadline),
        "basis": n.basis,
        "notes": n.notes,
        "created_at": _iso(n.created_at),
        "sent_at": _iso(n.sent_at),
        "items": [{"dossier_uuid": i.dossier_uuid, "position": p,
                   "favoured_field": i.favoured_field, "note": i.note}
                  for p, i in enumerate(n.items)],
    }


def _pdf(kind: str, data: object) -> bytes:
    out = write_document(kind, data, "pdf")
    assert isinstance(out, bytes)
    return out


def nomination_part(session: Session, uuid: str,
                    campaigns: dict[str, Campaign]) -> NominationPart:
    """What ``packages.export_package`` needs to carry the nomination ``uuid``. Refuses an
    empty nomination or one whose campaign is unknown here."""
    n = get_nomination(session, uuid)
    campaign_for(n, campaigns)
    if not n.items:
        raise InputError("nomination_package_empty", field="items")
    letter = (n.letter_number_text or "du-thao").replace("/", "-")
    documents = [
        GeneratedDocument("to-trinh", f"Tờ trình {letter}.pdf",
                          _pdf("to-trinh", nomination_papers.letter_data(session, uuid,
                                                                         campaigns))),
        GeneratedDocument("bang-tong-hop", f"Bảng tổng hợp {letter}.pdf",
                          _pdf("bang-tong-hop", nomination_papers.summary_data(session, uuid,
                                                                               campaigns))),
    ]
    return NominationPart(nomination_record(session, n.uuid), n.dossier_uuids, documents)


def dossiers_ahead(session: Session, nominations: Iterable[str],
                   decisions: Iterable[str]) -> list[str]:
    """The dossiers whose papers are drawn ahead after these nominations and decisions were
    written (packages.papers_ahead): those in the nominations (a withdrawn one's left out),
    and those the decisions recognised, in that order."""
    found: dict[str, None] = {}
    wanted = sorted(set(nominations))
    if wanted:
        found.update((u, None) for u in session.scalars(
            select(NominationItemRow.dossier_uuid).join(
                NominationRow, NominationRow.id == NominationItemRow.nomination_id)
            .where(NominationRow.uuid.in_(wanted), NominationRow.status != WITHDRAWN)
            .order_by(NominationRow.id, NominationItemRow.position)))
    wanted = sorted(set(decisions))
    if wanted:
        found.update((u, None) for u in session.scalars(
            select(DecisionItemRow.dossier_uuid).join(
                DecisionRow, DecisionRow.id == DecisionItemRow.decision_id)
            .where(DecisionRow.uuid.in_(wanted),
                   DecisionItemRow.outcome == Outcome.RECOGNISED.value)
            .order_by(DecisionRow.id, DecisionItemRow.id)))
    return list(found)
