"""Excel use-cases: export the dossier list, a nomination's summary table and a campaign's
progress table, save the import template, check a sheet (dry run) and import it, all or
nothing.

Kept synchronous: 10,000 rows take a few seconds (benchmarks/xlsx.py).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sangkien_desktop import atomic
from sangkien_desktop.documents import render_xlsx
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import STATUS_LABELS, Author, Dossier, Sector, Status
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.values import format_date
from sangkien_desktop.exchange.xlsx_export import write_dossier_list

# What the front-ends read of an import's report.
from sangkien_desktop.exchange.xlsx_import import ERROR as ERROR
from sangkien_desktop.exchange.xlsx_import import ImportReport as ImportReport
from sangkien_desktop.exchange.xlsx_import import Problem as Problem
from sangkien_desktop.exchange.xlsx_import import describe as describe
from sangkien_desktop.exchange.xlsx_import import summary_parts as summary_parts
from sangkien_desktop.exchange.xlsx_template import write_template
from sangkien_desktop.services import settings
from sangkien_desktop.services.backup.backups import Reason
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.dossier_rows import PERSON_FIELDS, SCALAR_FIELDS
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    SortKey,
    list_dossiers,
)
from sangkien_desktop.services.exchange.xlsx_check import STORED_SQL, check_file
from sangkien_desktop.services.exchange.xlsx_check import vocabulary as vocabulary
from sangkien_desktop.services.nominating import nomination_papers, target_papers
from sangkien_desktop.services.unit_of_work import declares
from sangkien_desktop.storage.models import AuthorRow, DossierRow

_CHUNK = 500


class ImportRefusedError(SangKienError):
    """The sheet has errors: nothing was imported. ``report`` says where."""

    code = "xlsx_import_refused"

    def __init__(self, report: ImportReport):
        errors = report.errors
        super().__init__("xlsx_import_refused", errors=len(errors))
        self.report = report


# --- export ------------------------------------------------------------------------------------
_DOSSIER = DossierRow.__table__
_AUTHOR = AuthorRow.__table__
_DOSSIER_COLUMNS = [_DOSSIER.c[n] for n in ("id", "uuid", "sector", "status", *SCALAR_FIELDS)]
_AUTHOR_COLUMNS = [
    _AUTHOR.c[n] for n in ("dossier_id", *PERSON_FIELDS, "share_hundredths", "is_lead")
]


def sheet_dossiers(session: Session, ids: list[int]) -> Iterator[Dossier]:
    """The dossiers with these ids, in this order, with what the sheet shows (authors, but
    not appliers or attachments), read a few hundred at a time as plain rows (ORM objects
    would take longer than writing the sheet)."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = {r.id: r for r in session.execute(select(*_DOSSIER_COLUMNS).where(_DOSSIER.c.id.in_(chunk)))}
        authors: dict[int, list[Author]] = {}
        stmt = (
            select(*_AUTHOR_COLUMNS)
            .where(_AUTHOR.c.dossier_id.in_(chunk))
            .order_by(_AUTHOR.c.dossier_id, _AUTHOR.c.position)
        )
        for a in session.execute(stmt):
            authors.setdefault(a.dossier_id, []).append(
                Author(
                    **{f: getattr(a, f) for f in PERSON_FIELDS},
                    share_percent=_share(a.share_hundredths),
                    is_lead=a.is_lead,
                )
            )
        for dossier_id in chunk:
            row = rows[dossier_id]
            yield Dossier(
                uuid=row.uuid,
                sector=Sector(row.sector),
                status=Status(row.status),
                authors=authors.get(dossier_id, []),
                **{f: getattr(row, f) for f in SCALAR_FIELDS},
            )


def _share(hundredths: int | None) -> Decimal | None:
    return None if hundredths is None else (Decimal(hundredths) / 100).quantize(Decimal("0.01"))


def describe_query(q: DossierQuery, campaigns: dict[str, Campaign]) -> str:
    parts = []
    if q.search.strip():
        parts.append(f"tìm “{q.search.strip()}”")
    if q.status:
        parts.append(f"trạng thái {STATUS_LABELS[Status(q.status)]}")
    if q.campaign_id:
        c = campaigns.get(q.campaign_id)
        parts.append(f"chương trình {c.short_name if c else q.campaign_id}")
    if q.unit_name:
        parts.append(f"đơn vị {q.unit_name}")
    if q.check:  # the kept check (services/dossiers/stored_checks.py)
        parts.append({"errors": "có lỗi", "warnings": "có cảnh báo chưa xác nhận"}[q.check])
    return "; ".join(parts)


def export_dossier_list(
    session: Session,
    path: Path,
    campaigns: dict[str, Campaign],
    query: DossierQuery | None = None,
    *,
    today: dt.date | None = None,
    all_versions: bool = False,
) -> int:
    """Writes the dossiers the query finds (every live one by default), in its order: one row
    per dossier, its current version (a recognised version corrected since is left out), or
    with ``all_versions`` every version. Each row carries its version and uuid."""
    query = query or DossierQuery(sort=SortKey.CODE, descending=False)
    # The list query leaves old versions out unless asked (the window's "Hiện cả phiên bản cũ").
    if all_versions:
        query = query._replace(old_versions=True)
    all_versions = query.old_versions
    rows = list_dossiers(session, query, limit=None)
    filters = describe_query(query, campaigns)
    subtitle = f"(Xuất ngày {format_date(today or dt.date.today())}: {len(rows)} hồ sơ"
    if all_versions:
        subtitle += ", kể cả các phiên bản cũ"
    subtitle += f"; lọc theo {filters})" if filters else ")"
    unit = settings.unit_profile(session).unit_name
    return write_dossier_list(
        Path(path), sheet_dossiers(session, [r.id for r in rows]), vocabulary(campaigns),
        unit_name=unit, subtitle=subtitle, versions={r.uuid: r.version for r in rows},
    )


def export_summary_table(
    session: Session, nomination_uuid: str, campaigns: dict[str, Campaign], path: Path
) -> int:
    """The nomination's Bảng tổng hợp tóm tắt sáng kiến, its dossiers in their order; returns
    how many rows. Raises NotFoundError for an unknown nomination."""
    table = nomination_papers.summary_data(session, nomination_uuid, campaigns)
    buffer = io.BytesIO()
    render_xlsx.write_summary_table(buffer, table)
    atomic.write_bytes(Path(path), buffer.getvalue())
    return len(table.rows)


def export_achievement_table(
    session: Session, campaign: Campaign, path: Path, *, as_of: dt.date | None = None
) -> int:
    """The campaign's progress against targets per unit and phase; returns how many units."""
    report = target_papers.target_report_data(session, campaign, as_of=as_of)
    buffer = io.BytesIO()
    render_xlsx.write_achievement_table(buffer, report)
    atomic.write_bytes(Path(path), buffer.getvalue())
    return len(report.rows)


def save_template(path: Path, campaigns: dict[str, Campaign]) -> Path:
    return write_template(Path(path), vocabulary(campaigns))


# --- import ------------------------------------------------------------------------------------
def dry_run(
    session: Session, path: Path, campaigns: dict[str, Campaign], *, today: dt.date | None = None
) -> ImportReport:
    """Reads and checks the sheet against what is stored; writes nothing."""
    return check_file(path, campaigns, session.execute(text(STORED_SQL)), today=today)


@declares(backup=Reason.IMPORT)
def import_xlsx(
    session: Session, path: Path, campaigns: dict[str, Campaign], *, today: dt.date | None = None
) -> ImportReport:
    """Checks the sheet, then creates every dossier in the caller's unit of work (which backs
    up before the first write and commits them all, or none): raises ImportRefusedError (with
    the report) when any row has an error, before anything is written."""
    report = dry_run(session, path, campaigns, today=today)
    if report.has_errors:
        raise ImportRefusedError(report)
    report.created = insert_dossiers(session, report.dossiers(), origin={"file": Path(path).name},
                                     campaigns=campaigns, similarity_later=True)
    return report
