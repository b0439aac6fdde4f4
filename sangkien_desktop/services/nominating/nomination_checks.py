"""Is a dossier complete enough to be nominated? The decision recognising it, the documents the
campaign requires, no complaint or authorship dispute, and every finding of the dossier check
resolved or acknowledged (Kế hoạch 71/LĐLĐ: "hồ sơ đúng hạn, đầy đủ, không khiếu nại, không
tranh chấp quyền tác giả").

Whether the recognition qualifies is asked of one ``Eligibility`` function; by default the
rules a nomination or an export is checked by everywhere (services.checks.eligible_for_nomination:
SK-NOT-RECOGNISED, SK-DECISION-WINDOW, SK-FIRST-APPLIED-AFTER-DECISION), so the two never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.services.dossiers import checks
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier

# Gap codes, for the GUI and the CLI.
NO_DECISION = "no_decision"
MISSING_DOCUMENT = "missing_document"
COMPLAINT = "complaint"
AUTHORSHIP_DISPUTE = "authorship_dispute"
OPEN_FINDING = "open_finding"

# Rules the gaps above already speak for.
_COVERED_RULES = {"SK-ATTACH-REQUIRED": MISSING_DOCUMENT, "SK-COMPLAINT": COMPLAINT,
                  "SK-AUTHORSHIP-DISPUTE": AUTHORSHIP_DISPUTE}

# Rules the eligibility speaks for: the dossier check reports the first of them too (from the
# decision date it knows), and a gap is said once.
ELIGIBILITY_RULES = frozenset({"SK-NOT-RECOGNISED", "SK-DECISION-WINDOW",
                               "SK-FIRST-APPLIED-AFTER-DECISION"})

Eligibility = Callable[[Session, Dossier, Campaign], list[str]]


def rule_eligibility(session: Session, dossier: Dossier, campaign: Campaign) -> list[str]:
    """Problems with the dossier's recognition, by the rules nominations and exports share:
    no decision, a rejection, or a decision dated outside the campaign's window or before
    the first application."""
    return [f.message for f in checks.eligible_for_nomination(session, dossier.uuid, campaign)]


@dataclass(frozen=True)
class Gap:
    code: str
    message: str


@dataclass(frozen=True)
class Completeness:
    dossier_uuid: str
    gaps: tuple[Gap, ...]

    @property
    def complete(self) -> bool:
        return not self.gaps


def completeness(
    session: Session,
    dossier_uuid: str,
    campaign: Campaign,
    campaigns: dict[str, Campaign],
    store: Store | None,
    *,
    today: dt.date | None = None,
    eligibility: Eligibility = rule_eligibility,
) -> Completeness:
    """The gaps that keep the dossier from a valid nomination in ``campaign``."""
    dossier = get_dossier(session, dossier_uuid)
    gaps = [Gap(NO_DECISION, p) for p in eligibility(session, dossier, campaign)]
    if dossier.has_complaint:
        gaps.append(Gap(COMPLAINT, Message("gap_complaint")))
    if dossier.has_authorship_dispute:
        gaps.append(Gap(AUTHORSHIP_DISPUTE, Message("gap_authorship_dispute")))
    report = checks.check(session, dossier, campaigns, store, today=today)
    for finding in report.unacknowledged(checks.acknowledgements(session, dossier_uuid)):
        if finding.rule_id in ELIGIBILITY_RULES:
            continue  # said above by the eligibility rules
        code = _COVERED_RULES.get(finding.rule_id, OPEN_FINDING)
        if code in (COMPLAINT, AUTHORSHIP_DISPUTE):
            continue  # said above from the flags themselves
        gaps.append(Gap(code, finding.message))
    return Completeness(dossier_uuid, tuple(gaps))


def check_nomination(session: Session, dossier_uuids: list[str], campaign: Campaign,
                     campaigns: dict[str, Campaign], store: Store | None,
                     *, today: dt.date | None = None) -> dict[str, Completeness]:
    return {u: completeness(session, u, campaign, campaigns, store, today=today)
            for u in dossier_uuids}
