"""The one table of dossier rules: id, default severity, what it checks, its source.

A finding's source is the campaign's ``sources[source_key]`` when the campaign names one,
else the default below. docs/rules.md is generated from this table (``render_rules_markdown``)
and a test fails when the page is stale.
"""

from __future__ import annotations

from dataclasses import dataclass

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.messages import Message, rule_names
from sangkien_desktop.domain.validation.model import Severity

ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

ND13 = "Nghị định 13/2012/NĐ-CP"
FORM = f"{ND13}, Điều 5; mẫu đơn tại Thông tư 18/2013/TT-BKHCN"
# The laws and forms are cited as they are written (as a campaign's own sources are, which
# replace these); what describes the program's own check or the campaign's settings is a message.
APP = Message("rule_source_app")
SRC_WINDOW = Message("rule_source_window")
SRC_PORTAL_SCHEDULE = Message("rule_source_portal_schedule")
SRC_DESCRIPTION_LIMIT = Message("rule_source_description_limit")
SRC_SOLUTION_TYPES = Message("rule_source_solution_types")
SRC_TARGET_GROUPS = Message("rule_source_target_groups")
SRC_RESEARCH = Message("rule_source_research")
SRC_REQUIRED_ATTACHMENTS = Message("rule_source_required_attachments")
SRC_VALIDITY = Message("rule_source_validity")
SRC_CREDIT = Message("rule_source_credit")


@dataclass(frozen=True)
class RuleSpec:
    id: str
    severity: Severity
    checks: str
    source: str
    source_key: str = ""
    campaign_keys: tuple[str, ...] = ()


_R = RuleSpec
# One line per rule, so the table reads as a table.
# fmt: off
RULE_TABLE: tuple[RuleSpec, ...] = (
    # Required content of the description form.
    _R("SK-REQUIRED", ERR, "Title, kind, field of application, first application date, description of the solution, unit, at least one author, each author's name and birth date are filled in.", FORM),
    _R("SK-DESC-INCOMPLETE", WARN, "The description also tells the situation before and what is new.", FORM),
    _R("SK-BENEFIT-MISSING", WARN, "Some benefit (value in VND or social benefit) is stated.", f"{ND13}, Điều 3 và Điều 5"),
    _R("SK-BENEFIT-BASIS", WARN, "A benefit value in VND comes with how it was computed.", f"{ND13}, Điều 10"),
    # Dates.
    _R("SK-DATE-WINDOW", ERR, "First application date lies in the campaign's application window, both ends inclusive.", SRC_WINDOW, "window", ("application_window",)),
    _R("SK-FIRST-APPLIED-FUTURE", ERR, "First application date is not after today.", f"{ND13}, Điều 3"),
    _R("SK-FIRST-APPLIED-AFTER-DECISION", ERR, "First application date is not after the recognition decision (when a decision date is known).", f"{ND13}, Điều 3"),
    _R("SK-PORTAL-CLOSED", WARN, "Today is not after the last portal closing time of the campaign.", SRC_PORTAL_SCHEDULE, "phases", ("phases",)),
    # Program rules.
    _R("SK-PORTAL-TEXT-MISSING", ERR, "A portal description is written when the campaign has a description limit.", SRC_DESCRIPTION_LIMIT, "description_limit", ("description_limit",)),
    _R("SK-PORTAL-TEXT-LIMIT", ERR, "The portal description, counted as the portal counts (NFC, invisible characters removed, a line break is one), is at most the campaign's limit.", SRC_DESCRIPTION_LIMIT, "description_limit", ("description_limit",)),
    _R("SK-KIND-ALLOWED", ERR, "The kind of solution is one the campaign accepts.", SRC_SOLUTION_TYPES, "solution_types", ("solution_types",)),
    _R("SK-TARGET-GROUP", ERR, "A target group is chosen and is one of the campaign's (when it has any).", SRC_TARGET_GROUPS, "target_groups", ("target_groups",)),
    _R("SK-PORTAL-FIELDS", ERR, "Fields the portal form asks are filled: sector, province or sector union, the credited author's ID number and phone.", "Biểu mẫu cập nhật trên Cổng trực tuyến Công đoàn Việt Nam", "portal", ("validation.portal_fields",)),
    _R("SK-RESEARCH-ACCEPTED", ERR, "A research project has an acceptance (nghiệm thu) date, not in the future.", SRC_RESEARCH, "research_project", ("research_project.solution_type", "research_project.requires_acceptance_date")),
    _R("SK-RESEARCH-HEAD", ERR, "A research project has the head's confirmation of its applied benefit.", SRC_RESEARCH, "research_project", ("research_project.requires_head_confirmation",)),
    _R("SK-RESEARCH-APPLIED-SINCE", ERR, "A research project has been applied since the campaign's date.", SRC_RESEARCH, "research_project", ("research_project.applied_since",)),
    _R("SK-ATTACH-REQUIRED", ERR, "Each document the campaign requires of a dossier is attached (tagged with its code).", SRC_REQUIRED_ATTACHMENTS, "required_attachments", ("required_attachments",)),
    _R("SK-EXCL-PUBLIC-ORDER", ERR, "The author attests the initiative is not contrary to public order or social ethics.", f"{ND13}, Điều 3 và Điều 4", "exclusions", ("exclusions",)),
    _R("SK-EXCL-IP", ERR, "The author attests the initiative is not under intellectual-property protection.", f"{ND13}, Điều 3 và Điều 4", "exclusions", ("exclusions",)),
    _R("SK-COMPLAINT", ERR, "No complaint about the content or result (a warning when the campaign's validity list does not name it).", SRC_VALIDITY, "validity", ("validity",)),
    _R("SK-AUTHORSHIP-DISPUTE", ERR, "No dispute about authorship (a warning when the campaign's validity list does not name it).", SRC_VALIDITY, "validity", ("validity",)),
    # Authors.
    _R("SK-SHARE-MISSING", ERR, "Each author has a contribution share between 0 and 100.", FORM),
    _R("SK-SHARES-TOTAL", ERR, "Authors' shares add up to exactly 100%.", FORM),
    _R("SK-CREDIT", INFO, "Which author the program credits: the lead, else the largest share.", SRC_CREDIT, "credit_rule", ("credit_rule",)),
    _R("SK-CREDIT-TIE", WARN, "The credited author is unambiguous: not several leads, not a tie for the largest share.", SRC_CREDIT, "credit_rule", ("credit_rule",)),
    _R("SK-CCCD-FORMAT", ERR, "A CCCD is 12 digits with a valid province code and century digit.", "Nghị định 137/2015/NĐ-CP, Điều 13; mã tỉnh theo Thông tư 59/2021/TT-BCA, Phụ lục I"),
    _R("SK-CMND-OLD", WARN, "A 9-digit CMND is accepted but flagged as the old card.", "Luật Căn cước 2023, Điều 46"),
    _R("SK-CCCD-BIRTH", WARN, "The CCCD's century digit and birth-year digits agree with the recorded birth date.", "Nghị định 137/2015/NĐ-CP, Điều 13"),
    _R("SK-CCCD-DUPLICATE", ERR, "No two authors of a dossier have the same ID number.", APP),
    _R("SK-PHONE-FORMAT", ERR, "A phone number is a Vietnamese mobile number: 10 digits, 0 then 3/5/7/8/9 (+84/84, dots and spaces accepted).", "Quy hoạch kho số viễn thông: số di động 10 chữ số"),
    _R("SK-BIRTH-FUTURE", ERR, "A birth date is before today and before the first application.", APP),
    _R("SK-BIRTH-AGE", WARN, "An author is of plausible age at first application (15 to 99 by default).", APP, "", ("validation.author_age",)),
    # Attachments.
    _R("SK-ATTACH-MISSING", ERR, "Each attached file is still in the data folder.", APP),
    _R("SK-ATTACH-UNREADABLE", ERR, "Each attached file can be opened.", APP),
    _R("SK-ATTACH-HASH", ERR, "Each attached file's content still matches its stored SHA-256.", APP),
    _R("SK-ATTACH-TYPE", ERR, "Each attachment is of a type the portal takes (image, PDF, DOCX by default).", "Hướng dẫn cập nhật trên Cổng: đính kèm file ảnh, PDF, Word", "attachments", ("validation.attachment_types",)),
    _R("SK-ATTACH-SIZE", ERR, "Each attachment is not empty and not larger than the limit (20 MB by default).", APP, "attachments", ("validation.attachment_max_mb",)),
    _R("SK-ATTACH-ID-SCAN", WARN, "No scan of an identity card is attached (sensitive personal data).", "Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; Nghị định 356/2025/NĐ-CP"),
    # Nomination and export (check_nomination): only recognised dossiers, recognised in time.
    _R("SK-NOT-RECOGNISED", ERR, "Only for a nomination or an export: the dossier's latest recognition decision recognises it (not rejected, not without a decision).", f"{ND13}, Điều 3; điều kiện của chương trình"),
    _R("SK-DECISION-WINDOW", ERR, "Only for a nomination or an export: the recognition decision's date lies in the campaign's window, both ends inclusive.", SRC_WINDOW, "window", ("application_window",)),
    # Novelty.
    _R("SK-DUPLICATE", WARN, "Title or description is not very similar to another dossier's: similarity against the archive (accent-insensitive TF-IDF, form headings and legal boilerplate left out) at or above the saved warning threshold, or a near-identical title.", f"{ND13}, Điều 4 (tính mới)", "", ("validation.duplicate_title_ratio", "validation.duplicate_text_ratio")),
    # Eligibility by the unit's rule pack (the finding cites the pack's eligibility source).
    _R("SK-ELIG-FILING-LATE", ERR, "Filed within the rule pack's number of months after the first application.", "Quy định của bộ quy tắc đơn vị áp dụng", "", ("rule pack: eligibility.filing_within_months",)),
    _R("SK-ELIG-COAUTHOR-SHARE", ERR, "Each co-author contributes at least the rule pack's minimum share.", "Quy định của bộ quy tắc đơn vị áp dụng", "", ("rule pack: eligibility.min_coauthor_share",)),
    _R("SK-ELIG-RESEARCH", ERR, "A research project (the pack's research type) has its acceptance (nghiệm thu) date.", "Quy định của bộ quy tắc đơn vị áp dụng", "", ("rule pack: eligibility.research_requires_acceptance",)),
    _R("SK-ELIG-SOLUTION-TYPE", ERR, "The kind of solution is one the rule pack accepts.", "Quy định của bộ quy tắc đơn vị áp dụng", "", ("rule pack: eligibility.solution_types",)),
    _R("SK-ELIG-PAPER", ERR, "Each paper the rule pack asks of a dossier that the program does not print is attached (picked as that paper).", "Quy định của bộ quy tắc đơn vị áp dụng", "", ("rule pack: papers",)),
    _R("SK-ELIG-RESUBMITTED", WARN, "Not an initiative recognised in an earlier year submitted again: a recognised dossier of an earlier year as similar as the warning threshold.", f"{ND13}, Điều 3 (sáng kiến đã được công nhận)", "", ("rule pack: eligibility.check_resubmission",)),
)
# fmt: on

RULES: dict[str, RuleSpec] = {r.id: r for r in RULE_TABLE}


def rule_name(rule_id: str) -> str:
    """The rule's name in words ("Tổng tỷ lệ đóng góp bằng 100%"), as a Message the window
    translates; an id the table does not know (a rule of a newer version) as it is."""
    code = rule_names.code_of(rule_id)
    return Message(code) if code in rule_names.MESSAGES else rule_id


def source_for(rule: RuleSpec, campaign: Campaign) -> str:
    """The campaign's own source text for this rule, else the rule's default."""
    if rule.source_key:
        named = campaign.sources.get(rule.source_key, "").strip()
        if named:
            return named
    return rule.source


def render_rules_markdown() -> str:
    """The rule table as Markdown, for docs/rules.md."""
    lines = [
        "| Id | Severity | What it checks | Default source | Campaign keys |",
        "|---|---|---|---|---|",
    ]
    for r in RULE_TABLE:
        src = r.source + (f" (or `sources.{r.source_key}`)" if r.source_key else "")
        keys = ", ".join(f"`{k}`" for k in r.campaign_keys)
        lines.append(f"| `{r.id}` | {r.severity.value} | {r.checks} | {src} | {keys} |")
    return "\n".join(lines) + "\n"
