"""``check_dossier``: runs every rule of the table against one dossier and one campaign."""

from __future__ import annotations

import datetime as dt

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.validation import (
    duplicates,
    eligibility,
    fields,
    files,
    pack_rules,
    people,
    program,
)
from sangkien_desktop.domain.validation.eligibility import Recognition
from sangkien_desktop.domain.validation.model import CheckContext, Finding, Report, Severity
from sangkien_desktop.domain.validation.rules import RULES, source_for
from sangkien_desktop.domain.validation.tuning import Tuning, tuning_for

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class _Collector:
    """The Emit a check calls: adds severity (table, then campaign override) and source."""

    def __init__(self, campaign: Campaign, tuning: Tuning) -> None:
        self.campaign = campaign
        self.tuning = tuning
        self.findings: list[Finding] = []

    def __call__(
        self,
        rule_id: str,
        field: str,
        message: str,
        fix: str,
        *,
        ref: str = "",
        severity: Severity | None = None,
        source: str = "",
    ) -> None:
        rule = RULES[rule_id]
        if rule_id in self.tuning.severity:
            chosen = self.tuning.severity[rule_id]
            if chosen is None:
                return
        else:
            chosen = severity or rule.severity
        self.findings.append(
            Finding(rule_id, chosen, field, message, fix,
                    source or source_for(rule, self.campaign), ref)
        )


def check_dossier(dossier: Dossier, campaign: Campaign, ctx: CheckContext) -> Report:
    """Every finding for ``dossier`` under ``campaign``'s rules, errors first.

    Pure: what the disk holds and which other dossiers exist come in ``ctx``.
    """
    tuning = tuning_for(campaign)
    emit = _Collector(campaign, tuning)
    fields.check_required(dossier, emit)
    fields.check_description(dossier, emit)
    fields.check_benefit(dossier, emit)
    fields.check_dates(dossier, campaign, ctx, emit)
    fields.check_portal_open(campaign, ctx, emit)
    program.check_portal_text(dossier, campaign, emit)
    program.check_choices(dossier, campaign, emit)
    program.check_portal_fields(dossier, ctx, tuning, emit)
    program.check_research(dossier, ctx, tuning, emit)
    program.check_required_attachments(dossier, tuning, emit, ctx.produced_documents)
    program.check_exclusions(dossier, tuning, emit)
    program.check_validity(dossier, tuning, emit)
    people.check_authors(dossier, ctx, tuning, emit)
    files.check_attachments(dossier, ctx, tuning, emit)
    duplicates.check_duplicates(dossier, ctx, tuning, emit)
    pack_rules.check_pack(dossier, ctx, tuning, emit)
    findings = sorted(emit.findings, key=lambda f: _ORDER[f.severity])
    return Report(
        findings=tuple(findings),
        rules_version=campaign.rules_version,
        campaign_name=campaign.name,
        checked_on=ctx.today,
    )


def check_decision_date(
    dossier: Dossier, campaign: Campaign, decision_date: dt.date | None, number: str = ""
) -> tuple[Finding, ...]:
    """A recognition date against the first application and the campaign's window."""
    emit = _Collector(campaign, tuning_for(campaign))
    fields.check_applied_before_decision(dossier, decision_date, emit)
    eligibility.check_decision_window(dossier, campaign, decision_date, emit, number)
    return tuple(emit.findings)


def check_nomination(
    dossier: Dossier, campaign: Campaign, recognition: Recognition
) -> tuple[Finding, ...]:
    """What keeps ``dossier`` out of a nomination or an export under ``campaign``: not
    recognised, or recognised by a decision dated outside the window or before the first
    application. Empty: it may go. (The form itself is checked by check_dossier.)"""
    emit = _Collector(campaign, tuning_for(campaign))
    eligibility.check_recognised(dossier, recognition, emit)
    findings = tuple(emit.findings)
    if recognition.recognised:
        findings += check_decision_date(dossier, campaign, recognition.decision_date,
                                        recognition.decision_number)
    return tuple(sorted(findings, key=lambda f: _ORDER[f.severity]))
