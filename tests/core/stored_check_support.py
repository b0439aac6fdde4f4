"""What the kept checks (services/dossiers/stored_checks.py) are held to, for the tests that
write dossiers: a dossier checked on its own, and the rule that a kept check is either due or
right."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from sangkien_desktop.domain.validation import Severity, check_dossier
from sangkien_desktop.services.dossiers import checks
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers


def one_by_one(session, campaigns, uuid: str, today: dt.date | None = None) -> tuple[int, int]:
    """(errors, warnings nobody acknowledged) of a dossier checked on its own, through the
    single-dossier path: no files, no other dossiers (what the kept check leaves to the editor)."""
    dossier = get_dossier(session, uuid)
    ctx = checks.context_for(session, dossier, None, with_duplicates=False, today=today)
    report = check_dossier(dossier, checks.campaign_of(dossier, campaigns), ctx)
    acks = checks.acknowledgements(session, uuid)
    still = [f for f in report.unacknowledged(acks) if f.severity is Severity.WARNING]
    return len(report.errors), len(still)


def kept(session, uuid: str) -> tuple[int, int, int]:
    """(errors, warnings nobody acknowledged, due) as kept for the dossier."""
    return tuple(session.execute(text(
        "SELECT s.errors, s.open_warnings, s.due FROM dossier_summary AS s "
        "JOIN dossier AS d ON d.id = s.dossier_id WHERE d.uuid = :u"), {"u": uuid}).one())


def assert_checks_hold(session, campaigns) -> int:
    """Every dossier has its summary row, which follows it (status, programme, bin, whether the
    list shows it), and a kept check that is not due says what checking the dossier now says.
    Returns how many kept checks were compared (not due)."""
    listed = {r.uuid for r in list_dossiers(session, DossierQuery(), limit=None)}
    compared = 0
    for (uuid, status, campaign, live, kept_status, kept_campaign, kept_live, kept_listed,
         due, errors, open_warnings) in session.execute(text(
            "SELECT d.uuid, d.status, d.campaign_id, d.deleted_at IS NULL, s.status, "
            "s.campaign_id, s.live, s.listed, s.due, s.errors, s.open_warnings "
            "FROM dossier AS d LEFT JOIN dossier_summary AS s ON s.dossier_id = d.id")).all():
        assert (kept_status, kept_campaign, kept_live, kept_listed) == (
            status, campaign, int(live), int(uuid in listed)), uuid
        if due == 0:
            assert (errors, open_warnings) == one_by_one(session, campaigns, uuid), uuid
            compared += 1
    return compared
