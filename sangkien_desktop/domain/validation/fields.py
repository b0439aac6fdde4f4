"""Checks on the description form itself: required content, benefit, dates."""

from __future__ import annotations

import datetime as dt

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.text import clean_text
from sangkien_desktop.domain.validation.model import CheckContext, Emit
from sangkien_desktop.domain.values import format_date

# Dossier attribute → (what it is called on the form, how to fill it in).
REQUIRED_FIELDS: tuple[tuple[str, Message, Message], ...] = tuple(
    (attr, Message(f"required_{attr}"), Message(f"required_{attr}_fix"))
    for attr in ("title", "solution_type", "field_of_application", "first_applied_on",
                 "description_solution", "unit_name")
)


def _blank(value: object) -> bool:
    if value is None:
        return True
    return isinstance(value, str) and not clean_text(value).strip()


def check_required(d: Dossier, emit: Emit) -> None:
    for attr, label, fix in REQUIRED_FIELDS:
        if _blank(getattr(d, attr)):
            emit("SK-REQUIRED", attr, Message("check_required", what=label), fix)
    if not d.authors:
        emit(
            "SK-REQUIRED",
            "authors",
            Message("check_no_authors"),
            Message("check_no_authors_fix"),
        )
    for i, a in enumerate(d.authors):
        if _blank(a.full_name):
            emit(
                "SK-REQUIRED",
                f"authors[{i}].full_name",
                Message("check_author_no_name", n=i + 1),
                Message("check_author_no_name_fix"),
            )
        if a.birth_date is None:
            emit(
                "SK-REQUIRED",
                f"authors[{i}].birth_date",
                Message("check_author_no_birth", n=i + 1),
                Message("check_author_no_birth_fix"),
            )


def check_description(d: Dossier, emit: Emit) -> None:
    if _blank(d.description_before):
        emit(
            "SK-DESC-INCOMPLETE",
            "description_before",
            Message("check_no_before"),
            Message("check_no_before_fix"),
        )
    if _blank(d.description_novelty):
        emit(
            "SK-DESC-INCOMPLETE",
            "description_novelty",
            Message("check_no_novelty"),
            Message("check_no_novelty_fix"),
        )


def check_benefit(d: Dossier, emit: Emit) -> None:
    values = (d.benefit_author_vnd, d.benefit_unit_vnd)
    socials = (d.benefit_author_social, d.benefit_unit_social)
    if not any(values) and all(_blank(s) for s in socials):
        emit(
            "SK-BENEFIT-MISSING",
            "benefit_author_social",
            Message("check_no_benefit"),
            Message("check_no_benefit_fix"),
        )
    if any(values) and _blank(d.benefit_calculation):
        emit(
            "SK-BENEFIT-BASIS",
            "benefit_calculation",
            Message("check_no_benefit_basis"),
            Message("check_no_benefit_basis_fix"),
        )


def _applied_word(d: Dossier) -> Message:
    return Message("applied_trial" if d.applied_as_trial else "applied_first")


def check_applied_before_decision(d: Dossier, decision_date: dt.date | None, emit: Emit) -> None:
    """An initiative is recognised only once applied: the decision is not before the first
    application (the same day is fine)."""
    first = d.first_applied_on
    if first is None or decision_date is None or first <= decision_date:
        return
    emit(
        "SK-FIRST-APPLIED-AFTER-DECISION",
        "first_applied_on",
        Message("check_applied_after_decision", word=_applied_word(d), date=format_date(first),
                decision_date=format_date(decision_date)),
        Message("check_applied_after_decision_fix"),
    )


def check_dates(d: Dossier, campaign: Campaign, ctx: CheckContext, emit: Emit) -> None:
    first = d.first_applied_on
    if first is None:
        return
    word = _applied_word(d)
    if first > ctx.today:
        emit(
            "SK-FIRST-APPLIED-FUTURE",
            "first_applied_on",
            Message("check_applied_future", word=word, date=format_date(first)),
            Message("check_applied_future_fix"),
        )
    check_applied_before_decision(d, ctx.decision_date, emit)
    start, end = campaign.window_start, campaign.window_end
    if (start and first < start) or (end and first > end):
        if start and end:
            span = Message("span_between", start=format_date(start), end=format_date(end))
        elif start:
            span = Message("span_from", start=format_date(start))
        else:
            span = Message("span_until", end=format_date(end))
        emit(
            "SK-DATE-WINDOW",
            "first_applied_on",
            Message("check_date_window", word=word, date=format_date(first),
                    campaign=campaign.short_name, span=span),
            Message("check_date_window_fix", span=span),
        )


def _closing_words(moment: dt.datetime) -> Message:
    if moment.time() == dt.time(0, 0) and moment.date() > dt.date.min:
        return Message("closing_midnight", date=format_date(moment.date() - dt.timedelta(days=1)))
    return Message("time_on_date", time=f"{moment:%H:%M}", date=format_date(moment.date()))


def check_portal_open(campaign: Campaign, ctx: CheckContext, emit: Emit) -> None:
    closes = [p.portal_closes for p in campaign.phases if p.portal_closes is not None]
    if not closes:
        return
    last = max(c.replace(tzinfo=None) for c in closes)
    if dt.datetime.combine(ctx.today, dt.time.min) >= last:
        emit(
            "SK-PORTAL-CLOSED",
            "campaign_id",
            Message("check_portal_closed", campaign=campaign.short_name,
                    closed=_closing_words(last)),
            Message("check_portal_closed_fix"),
        )
