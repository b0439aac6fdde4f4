"""Checking an Excel sheet of dossiers against what is stored, without writing anything: the
dry run of ``import-xlsx`` and the first step of every import.

Kept free of SQLAlchemy: the stored titles, lead authors and codes come in as plain rows, from
a session (services.exchange.spreadsheets) or from a read-only sqlite3 connection (the command
line's dry run, which then never loads the ORM).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.exchange.xlsx_common import Province, Vocabulary
from sangkien_desktop.exchange.xlsx_import import ImportReport, check_sheet, duplicate_key
from sangkien_desktop.exchange.xlsx_import import describe as describe  # the CLI's JSON report
from sangkien_desktop.exchange.xlsx_read import read_sheet
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services.catalog import load_campaigns, load_unit_list
from sangkien_desktop.storage.read_only import connect_current

# The stored dossiers a sheet is compared with: (title, lead author, code, deleted_at, uuid).
STORED_SQL = "SELECT title, lead_author_name, code, deleted_at, uuid FROM dossier"


def vocabulary(campaigns: dict[str, Campaign]) -> Vocabulary:
    provinces = []
    for list_id, old in (("provinces-2025", False), ("provinces-1997", True)):
        for unit in load_unit_list(list_id).units:
            provinces.append(Province(f"{list_id}/{unit.code}", unit.name, unit.short_name, old))
    return Vocabulary(campaigns, provinces)


def check_file(path: Path, campaigns: dict[str, Campaign], stored: Iterable[Any], *,
               today: dt.date | None = None) -> ImportReport:
    """Reads and checks the sheet against ``stored`` rows (as STORED_SQL selects them)."""
    sheet = read_sheet(Path(path))
    existing: dict[tuple[str, str], str] = {}
    codes = set()
    uuids = set()
    for title, lead, code, deleted, uuid in stored:
        uuids.add(uuid)
        if code:
            codes.add(code)
        if deleted is None:
            existing.setdefault(duplicate_key(title, lead), code or title)
    return check_sheet(sheet, vocabulary(campaigns), existing, codes, today, uuids)


def dry_run_read_only(layout: DataLayout, path: Path
                      ) -> tuple[ImportReport, dict[str, Campaign]] | None:
    """The dry run on the data folder's database read through plain sqlite3, with the
    campaigns it knows; None when the database is not one to read so (missing, to upgrade,
    not ours): the caller then opens it the usual way."""
    conn = connect_current(layout.database)
    if conn is None:
        return None
    try:
        campaigns = load_campaigns(layout.campaigns)
        return check_file(path, campaigns, conn.execute(STORED_SQL)), campaigns
    finally:
        conn.close()
