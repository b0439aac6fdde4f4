"""Checks that come from the campaign's data: portal text, kinds, target groups, research
projects, required documents, exclusions and validity conditions."""

from __future__ import annotations

from sangkien_desktop.domain.campaign import Campaign, Choice
from sangkien_desktop.domain.dossier import AttachmentRef, Dossier, Sector
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.portal_text import format_count, portal_length
from sangkien_desktop.domain.text import clean_line
from sangkien_desktop.domain.validation.model import CheckContext, Emit, Severity
from sangkien_desktop.domain.validation.people import credited_author
from sangkien_desktop.domain.validation.tuning import EXCLUSION_ATTESTATIONS, Tuning
from sangkien_desktop.domain.values import format_date


def check_portal_text(d: Dossier, campaign: Campaign, emit: Emit) -> None:
    limit = campaign.description_limit
    if limit is None:
        return
    n = portal_length(d.portal_text)
    if n == 0:
        emit(
            "SK-PORTAL-TEXT-MISSING",
            "portal_text",
            Message("check_portal_text_missing", limit=format_count(limit)),
            Message("check_portal_text_missing_fix"),
        )
    elif n > limit:
        emit(
            "SK-PORTAL-TEXT-LIMIT",
            "portal_text",
            Message("check_portal_text_limit", length=format_count(n, limit), over=n - limit),
            Message("check_portal_text_limit_fix", limit=format_count(limit)),
        )


def _labels(choices: tuple[Choice, ...]) -> str:
    return "; ".join(c.label for c in choices)


def check_choices(d: Dossier, campaign: Campaign, emit: Emit) -> None:
    codes = {c.code for c in campaign.solution_types}
    if d.solution_type and d.solution_type not in codes:
        emit(
            "SK-KIND-ALLOWED",
            "solution_type",
            Message("check_kind_allowed", kind=d.solution_type, campaign=campaign.short_name),
            Message("check_kind_allowed_fix", kinds=_labels(campaign.solution_types)),
        )
    if not campaign.target_groups:
        return
    groups = {c.code for c in campaign.target_groups}
    if not d.target_group or d.target_group not in groups:
        what = (Message("target_group_none") if not d.target_group
                else Message("target_group_unknown", group=d.target_group))
        emit(
            "SK-TARGET-GROUP",
            "target_group",
            Message("check_target_group", what=what, campaign=campaign.short_name,
                    count=len(campaign.target_groups)),
            Message("check_target_group_fix", groups=_labels(campaign.target_groups)),
        )


def check_portal_fields(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    wanted = set(tuning.portal_fields)
    if "sector" in wanted and d.sector == Sector.NONE:
        emit(
            "SK-PORTAL-FIELDS",
            "sector",
            Message("check_no_sector"),
            Message("check_no_sector_fix"),
        )
    if "province_code" in wanted and not clean_line(d.province_code):
        emit(
            "SK-PORTAL-FIELDS",
            "province_code",
            Message("check_no_province"),
            Message("check_no_province_fix"),
        )
    idx, _ = credited_author(d)
    if idx is None:
        return
    a = d.authors[idx]
    name = clean_line(a.full_name) or Message("author_numbered", n=idx + 1)
    for attr in ("cccd", "phone"):
        label = Message(f"portal_field_{attr}")
        if attr in wanted and attr not in ctx.withheld and not clean_line(getattr(a, attr)):
            emit(
                "SK-PORTAL-FIELDS",
                f"authors[{idx}].{attr}",
                Message("check_portal_field", what=label, name=name),
                Message("check_portal_field_fix", what=label, name=name),
            )


def check_research(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    rule = tuning.research
    if rule is None or d.solution_type != rule.solution_type:
        return
    accepted = d.research_accepted_on
    if rule.requires_acceptance_date and (accepted is None or accepted > ctx.today):
        emit(
            "SK-RESEARCH-ACCEPTED",
            "research_accepted_on",
            Message("check_research_no_acceptance") if accepted is None
            else Message("check_research_acceptance_future", date=format_date(accepted)),
            Message("check_research_accepted_fix"),
        )
    if rule.requires_head_confirmation and not d.head_confirmed:
        emit(
            "SK-RESEARCH-HEAD",
            "head_confirmed",
            Message("check_research_head"),
            Message("check_research_head_fix"),
        )
    since, first = rule.applied_since, d.first_applied_on
    if since is not None and first is not None and first < since:
        emit(
            "SK-RESEARCH-APPLIED-SINCE",
            "first_applied_on",
            Message("check_research_applied_since", date=format_date(first),
                    since=format_date(since)),
            Message("check_research_applied_since_fix", since=format_date(since)),
        )


def fulfils(ref: AttachmentRef, requirement: Choice) -> bool:
    """The attachment is the required document: picked as such in the editor's list."""
    return ref.requirement == requirement.code


def check_required_attachments(
    d: Dossier, tuning: Tuning, emit: Emit, produced: frozenset[str] = frozenset()
) -> None:
    for req in tuning.dossier_attachments:
        if req.code in produced:
            continue
        if not any(fulfils(ref, req) for ref in d.attachments):
            emit(
                "SK-ATTACH-REQUIRED",
                "attachments",
                Message("check_attachment_required", label=req.label),
                Message("check_attachment_required_fix", label=req.label),
                ref=req.code,
            )


def check_exclusions(d: Dossier, tuning: Tuning, emit: Emit) -> None:
    if "trai_thuan_phong" in tuning.exclusions and not d.attests_public_order:
        rule_id, attr = EXCLUSION_ATTESTATIONS["trai_thuan_phong"]
        emit(
            rule_id,
            attr,
            Message("check_public_order"),
            Message("check_public_order_fix"),
        )
    if "so_huu_tri_tue" in tuning.exclusions and not d.attests_no_ip_protection:
        rule_id, attr = EXCLUSION_ATTESTATIONS["so_huu_tri_tue"]
        emit(
            rule_id,
            attr,
            Message("check_ip_protection"),
            Message("check_ip_protection_fix"),
        )


def check_validity(d: Dossier, tuning: Tuning, emit: Emit) -> None:
    def severity(code: str) -> Severity:
        return Severity.ERROR if code in tuning.validity else Severity.WARNING

    if d.has_complaint:
        emit(
            "SK-COMPLAINT",
            "has_complaint",
            Message("check_complaint"),
            Message("check_complaint_fix"),
            severity=severity("no_complaint"),
        )
    if d.has_authorship_dispute:
        emit(
            "SK-AUTHORSHIP-DISPUTE",
            "has_authorship_dispute",
            Message("check_authorship_dispute"),
            Message("check_authorship_dispute_fix"),
            severity=severity("no_authorship_dispute"),
        )
