"""A nomination as it travels upward in an exchange package: its record (the JSON form kept
by the receiving unit, docs/dossier-format.md) and its papers, the Tờ trình and the Bảng
tổng hợp, filled into ``packages.NominationPart``.

``packages`` packs the nominated dossiers with their decisions, versions, attachments and
their own papers; this module only says what the nomination itself adds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from sangkien_desktop.documents.registry import write_document
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.errors import InputError
from sangkien_desktop.services.exchange.packages import GeneratedDocument, NominationPart
from sangkien_desktop.services.nominating import nomination_papers
from sangkien_desktop.services.nominating.nominations import campaign_for, get_nomination
from sangkien_desktop.services.settings import unit_profile


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
