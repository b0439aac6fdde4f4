"""``changes_on`` (domain/validation/expiry.py): a check's findings stay the same from the day
it was made until the day changes_on names (the kept check is done again only then). Checked
on demo dossiers at days over several years, and on dossiers made to sit on each rule's edge.
A rule that comes to compare something with today and is not added there fails here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from sangkien_desktop.domain.dossier import Author, Dossier
from sangkien_desktop.domain.validation import CheckContext, changes_on, check_dossier
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
from sangkien_desktop.services.dossiers.checks import campaign_of, cccd_province_codes

DAYS = [dt.date(2019, 5, 1) + dt.timedelta(days=97 * i) for i in range(36)]  # 2019 … 2028


def keys(dossier: Dossier, campaign, day: dt.date) -> set[tuple[str, str, str, str]]:
    ctx = CheckContext(today=day, cccd_province_codes=cccd_province_codes())
    return {(*f.key, f.severity.value) for f in check_dossier(dossier, campaign, ctx).findings}


def holds(dossier: Dossier, campaign, day: dt.date) -> None:
    """The findings at ``day`` are those of every day before changes_on (sampled)."""
    until = changes_on(dossier, campaign, day)
    assert until is None or until > day
    last = (until or day + dt.timedelta(days=4000)) - dt.timedelta(days=1)
    found = keys(dossier, campaign, day)
    for later in {min(day + dt.timedelta(days=1), last), day + (last - day) / 2, last}:
        assert keys(dossier, campaign, later) == found, (dossier.title, day, later, until)


@pytest.fixture(scope="module")
def campaigns():
    return load_campaigns()


def test_demo_dossiers_keep_their_findings_until_the_day_named(campaigns):
    dossiers = list(generate_dossiers(120, seed=5))
    for dossier, day in zip(dossiers, itertools.cycle(DAYS), strict=False):
        holds(dossier, campaign_of(dossier, campaigns), day)
    # Drafts not yet applied: the authors' age is counted at today.
    for dossier in dossiers[:20]:
        holds(dataclasses.replace(dossier, first_applied_on=None),
              campaign_of(dossier, campaigns), dt.date(2024, 2, 28))


def test_each_rule_on_its_edge_changes_on_the_day_named(campaigns):
    campaign = campaigns["mot-trieu-sang-kien-2021-2023"]
    today = dt.date(2023, 8, 30)
    base = Dossier(title="Cữ gá khoan", unit_name="Xưởng", campaign_id=campaign.id,
                   first_applied_on=dt.date(2022, 5, 1),
                   authors=[Author(full_name="Lê Thị Hoa", birth_date=dt.date(1990, 8, 31))])
    cases = {
        "applied later": dataclasses.replace(base, first_applied_on=dt.date(2023, 9, 1)),
        "born later": dataclasses.replace(base, first_applied_on=None, authors=[
            Author(full_name="Lê Thị Hoa", birth_date=dt.date(2023, 8, 30))]),
        "not applied, 15 tomorrow": dataclasses.replace(base, first_applied_on=None, authors=[
            Author(full_name="Lê Thị Hoa", birth_date=dt.date(2008, 8, 31))]),
        "the portal closes": base,
    }
    for name, dossier in cases.items():
        until = changes_on(dossier, campaign, today)
        assert until is not None, name
        holds(dossier, campaign, today)
        assert keys(dossier, campaign, until) != keys(dossier, campaign, until - dt.timedelta(
            days=1)), name
