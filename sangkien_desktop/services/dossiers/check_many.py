"""Checking many dossiers at once (the main list's selection, or every dossier its filter
matches): a generator that yields progress, so the window runs it off the GUI thread with a
Cancel button, and the command line runs it to its end."""

from __future__ import annotations

from collections.abc import Generator, Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.progress import Progress
from sangkien_desktop.domain.validation import Finding, Severity
from sangkien_desktop.services.dossiers import checks
from sangkien_desktop.services.dossiers.attachment_store import Store
from sangkien_desktop.services.dossiers.dossier_rows import get_dossier
from sangkien_desktop.services.dossiers.list_query import DossierQuery, list_dossiers


@dataclass(frozen=True)
class Checked:
    uuid: str
    code: str
    title: str
    findings: tuple[Finding, ...]
    errors: int
    open_warnings: int  # warnings nobody acknowledged


@dataclass
class CheckSummary:
    dossiers: list[Checked] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(d.errors for d in self.dossiers)

    @property
    def open_warnings(self) -> int:
        return sum(d.open_warnings for d in self.dossiers)


def query_uuids(session: Session, query: DossierQuery) -> list[str]:
    """Every dossier the list's query matches, in the list's order (not only the rows the
    window has loaded)."""
    return [row.uuid for row in list_dossiers(session, query, limit=None)]


def iter_check_many(session: Session, uuids: Iterable[str], campaigns: dict[str, Campaign],
                    store: Store | None) -> Generator[Progress, None, CheckSummary]:
    """Checks each dossier against its campaign, yielding after each one."""
    uuids = list(dict.fromkeys(uuids))
    summary = CheckSummary()
    for n, uuid in enumerate(uuids, 1):
        dossier = get_dossier(session, uuid)
        report = checks.check(session, dossier, campaigns, store)
        acks = checks.acknowledgements(session, uuid)
        summary.dossiers.append(Checked(
            uuid, dossier.code, dossier.title, tuple(report.findings), len(report.errors),
            sum(1 for f in report.unacknowledged(acks) if f.severity is Severity.WARNING)))
        yield Progress(n, len(uuids), "check")
    return summary
