"""Dossier checks: the rule table, the findings and the report (pure; no I/O, no Qt).

Call ``check_dossier(dossier, campaign, CheckContext(today=...))``; see docs/rules.md.
"""

from __future__ import annotations

from sangkien_desktop.domain.validation.duplicates import duplicate_text, other_from
from sangkien_desktop.domain.validation.eligibility import Recognition
from sangkien_desktop.domain.validation.engine import (
    check_decision_date,
    check_dossier,
    check_nomination,
)
from sangkien_desktop.domain.validation.expiry import changes_on
from sangkien_desktop.domain.validation.model import (
    DISCLAIMER,
    SEVERITY_LABELS,
    Acknowledgement,
    AttachmentState,
    CheckContext,
    Finding,
    OtherDossier,
    PackRules,
    Report,
    Severity,
)
from sangkien_desktop.domain.validation.people import credited_author
from sangkien_desktop.domain.validation.program import fulfils
from sangkien_desktop.domain.validation.rules import RULE_TABLE, RULES, RuleSpec

__all__ = [
    "DISCLAIMER",
    "RULES",
    "RULE_TABLE",
    "SEVERITY_LABELS",
    "Acknowledgement",
    "AttachmentState",
    "CheckContext",
    "Finding",
    "OtherDossier",
    "PackRules",
    "Recognition",
    "Report",
    "RuleSpec",
    "Severity",
    "changes_on",
    "check_decision_date",
    "check_dossier",
    "check_nomination",
    "credited_author",
    "duplicate_text",
    "fulfils",
    "other_from",
]
