"""How long a check's answer holds as the days pass: the rules that compare a date of the
dossier or of its programme with today, read from the other side.

A check kept in the database (services/dossiers/stored_checks.py) is done again on the day
``changes_on`` gives, not every day. tests/core/test_check_expiry.py checks on demo dossiers,
at many days, that the findings stay the same until then.
"""

from __future__ import annotations

import datetime as dt

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier

_DAY = dt.timedelta(days=1)


def _portal_closing_day(campaign: Campaign) -> dt.date | None:
    """The first day fields.check_portal_open calls the portal closed (its last closing, the
    day after when it closes during the day)."""
    closes = [p.portal_closes for p in campaign.phases if p.portal_closes is not None]
    if not closes:
        return None
    last = max(c.replace(tzinfo=None) for c in closes)
    return last.date() if last.time() == dt.time.min else last.date() + _DAY


def _next_birthday(born: dt.date, today: dt.date) -> dt.date:
    """The day after ``today`` on which people.age_on(born, …) next grows."""
    for year in (today.year, today.year + 1):
        try:
            day = dt.date(year, born.month, born.day)
        except ValueError:  # born on 29 February: a year older from 1 March
            day = dt.date(year, 3, 1)
        if day > today:
            return day
    raise AssertionError("a birthday within a year")  # pragma: no cover


def changes_on(dossier: Dossier, campaign: Campaign, today: dt.date) -> dt.date | None:
    """The first day after ``today`` on which check_dossier may find otherwise for
    ``dossier`` under ``campaign`` only because the day moved on; None when nothing in its
    check depends on the day."""
    days: list[dt.date] = []
    # fields.check_dates: a first application after today; program.check_research: an
    # acceptance after today. Either stops being "in the future" on its own day.
    for day in (dossier.first_applied_on, dossier.research_accepted_on):
        if day is not None and day > today:
            days.append(day)
    for author in dossier.authors:
        born = author.birth_date
        if born is None:
            continue
        if born >= today:  # people.check_birth: born today or later
            days.append(born + _DAY)
        elif dossier.first_applied_on is None:
            # people.check_birth: the age is counted at today when nothing was applied yet.
            days.append(_next_birthday(born, today))
    closing = _portal_closing_day(campaign)  # fields.check_portal_open
    if closing is not None and closing > today:
        days.append(closing)
    return min(days) if days else None
