"""Verifiable papers: each decision and certificate carries a short code (and a QR code holding
it) that any level holding the package can look up.

A code is derived from what the paper is (its kind, the decision, the dossier, the person), so
the unit that issued it and every unit that received the decision in a package compute the
same code without exchanging it; the content hash (SHA-256 of the paper's facts in a fixed
form) says which content the code stands for.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

# Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not misread.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})
QR_PREFIX = "SANGKIEN-XT:"
DECISION, CERTIFICATE, CERTIFICATION = "quyet_dinh", "giay_chung_nhan", "xac_nhan_hieu_qua"
KINDS = (DECISION, CERTIFICATE, CERTIFICATION)


def make_code(kind: str, owner_uuid: str, dossier_uuid: str = "", person: str = "") -> str:
    """Eight characters of base 32 (40 bits) from the paper's identity, as ``XXXX-XXXX``."""
    digest = hashlib.sha256(f"{kind}|{owner_uuid}|{dossier_uuid}|{person}".encode()).digest()
    n = int.from_bytes(digest[:5], "big")
    chars = "".join(ALPHABET[(n >> (5 * i)) & 31] for i in reversed(range(8)))
    return f"{chars[:4]}-{chars[4:]}"


def normalise_code(text: str) -> str | None:
    """A code as typed or scanned ("sk7q 4m2x", "SANGKIEN-XT:SK7Q-4M2X") in its printed form;
    None when it cannot be one."""
    raw = text.strip()
    if raw.upper().startswith(QR_PREFIX):
        raw = raw[len(QR_PREFIX):]
    chars = re.sub(r"[\s\-.]", "", raw).upper().translate(_MISREAD)
    if len(chars) != 8 or any(c not in ALPHABET for c in chars):
        return None
    return f"{chars[:4]}-{chars[4:]}"


def qr_payload(code: str) -> str:
    return QR_PREFIX + code


def content_hash(facts: dict[str, Any]) -> str:
    """SHA-256 of the facts as sorted, compact JSON."""
    text = json.dumps(facts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Paper:
    """One verifiable paper as the register keeps it."""

    code: str
    kind: str
    owner_uuid: str  # the decision
    content_hash: str
    dossier_uuid: str = ""
    person: str = ""  # whom a certificate names
    subject: str = ""  # the initiative's title, or the decision's subject
    number_text: str = ""  # the decision's number
    issued_on: dt.date | None = None
    unit_name: str = ""  # who issued it
    source: str = ""  # "" issued here; else the unit whose package brought it


def decision_paper(*, uuid: str, number_text: str, date: dt.date | None, unit_name: str,
                   authority_text: str, items: list[dict[str, Any]], source: str = "") -> Paper:
    """The decision itself; ``items`` as the package holds them (dossier_uuid, outcome,
    reward_vnd)."""
    facts = {
        "kind": DECISION, "uuid": uuid, "number_text": number_text,
        "date": date.isoformat() if date else None, "unit_name": unit_name,
        "authority_text": authority_text,
        "items": sorted([str(i.get("dossier_uuid", "")), str(i.get("outcome", "")),
                         i.get("reward_vnd")] for i in items),
    }
    return Paper(make_code(DECISION, uuid), DECISION, uuid, content_hash(facts),
                 subject="Quyết định công nhận sáng kiến",  # i18n: keep (the paper's own name)
                 number_text=number_text,
                 issued_on=date, unit_name=unit_name, source=source)


def certificate_paper(*, decision_uuid: str, number_text: str, date: dt.date | None,
                      unit_name: str, dossier_uuid: str, title: str, person: str,
                      kind: str = CERTIFICATE, extra: dict[str, Any] | None = None,
                      source: str = "") -> Paper:
    """A certificate for one author (or the certification of effect and scope for a named
    person, ``kind`` CERTIFICATION, whose ``extra`` facts are hashed too)."""
    facts = {"kind": kind, "decision": decision_uuid, "number_text": number_text,
             "date": date.isoformat() if date else None, "dossier_uuid": dossier_uuid,
             "title": title, "person": person, **(extra or {})}
    return Paper(make_code(kind, decision_uuid, dossier_uuid, person), kind, decision_uuid,
                 content_hash(facts), dossier_uuid=dossier_uuid, person=person, subject=title,
                 number_text=number_text, issued_on=date, unit_name=unit_name, source=source)
