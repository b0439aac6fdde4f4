"""Eligibility by the unit's rule pack (domain/rule_pack.py): filed too late after the first
application, a co-author under the minimum share, a research project without its acceptance, a
kind of solution the pack does not take, a paper the pack asks for that is not attached, and
an initiative recognised in an earlier year
submitted again (found by similarity against the archive: a warning the council may override
with a written reason, never a rejection).
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.rule_pack import PRINTED_PAPERS
from sangkien_desktop.domain.validation.model import CheckContext, Emit
from sangkien_desktop.domain.validation.tuning import Tuning
from sangkien_desktop.domain.values import format_date


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` later, on the month's last day when it has fewer days."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _share(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",")


def check_pack(d: Dossier, ctx: CheckContext, tuning: Tuning, emit: Emit) -> None:
    rules = ctx.pack
    if rules is None:
        return
    e, src = rules.eligibility, rules.source or rules.name
    filed = ctx.filed_on or ctx.today
    if e.filing_within_months and d.first_applied_on is not None:
        deadline = add_months(d.first_applied_on, e.filing_within_months)
        if filed > deadline:
            emit("SK-ELIG-FILING-LATE", "first_applied_on",
                 Message("check_filing_late", filed=format_date(filed),
                         first=format_date(d.first_applied_on), months=e.filing_within_months,
                         deadline=format_date(deadline), pack=rules.name),
                 Message("check_filing_late_fix"), source=src)
    if e.min_coauthor_share is not None and len(d.authors) > 1:
        for i, a in enumerate(d.authors):
            if a.share_percent is not None and a.share_percent < e.min_coauthor_share:
                emit("SK-ELIG-COAUTHOR-SHARE", f"authors[{i}].share_percent",
                     Message("check_coauthor_share", name=a.full_name or str(i + 1),
                             share=_share(a.share_percent), minimum=_share(e.min_coauthor_share),
                             pack=rules.name),
                     Message("check_coauthor_share_fix"), source=src, ref=str(i))
    campaign_covers = tuning.research is not None and tuning.research.requires_acceptance_date \
        and tuning.research.solution_type == e.research_type
    if e.research_requires_acceptance and not campaign_covers \
            and d.solution_type == e.research_type and d.research_accepted_on is None:
        emit("SK-ELIG-RESEARCH", "research_accepted_on",
             Message("check_pack_research", pack=rules.name),
             Message("check_research_accepted_fix"), source=src)
    if e.solution_types and d.solution_type and d.solution_type not in e.solution_types:
        emit("SK-ELIG-SOLUTION-TYPE", "solution_type",
             Message("check_pack_solution_type", pack=rules.name),
             Message("check_pack_solution_type_fix"), source=src)
    # The pack's papers the program does not print and the program (campaign) does not ask
    # for already: each attached and picked as that paper in the editor.
    asked = {c.code for c in tuning.dossier_attachments} | PRINTED_PAPERS
    held = {ref.requirement for ref in d.attachments}
    for paper in rules.papers:
        if paper.code not in asked and paper.code not in held:
            emit("SK-ELIG-PAPER", "attachments",
                 Message("check_pack_paper", paper=paper.label, pack=rules.name),
                 Message("check_pack_paper_fix", paper=paper.label), source=src, ref=paper.code)
    if e.check_resubmission:
        for other in ctx.others:
            if other.uuid == d.uuid or not ctx.resubmitted(other, filed):
                continue
            assert other.recognised_on is not None and other.score is not None
            emit("SK-ELIG-RESUBMITTED", "description_solution",
                 Message("check_resubmitted", title=other.title, code=other.code or "—",
                         year=other.recognised_on.year, percent=min(round(other.score * 100), 99)),
                 Message("check_resubmitted_fix"), source=src, ref=other.uuid)
