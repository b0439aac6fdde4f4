"""XLSX writer of the dossier list (the same columns as the import template, so an exported
list can be imported again). The papers written as spreadsheets are in documents/render_xlsx.py.

Pure: plain values in, a file out. The sheet has title rows above the table, Vietnamese
headers, column widths fitted to their content, a frozen header, dates as real dates shown
dd/mm/yyyy and money as numbers shown with thousands separators. Written in openpyxl's
streaming mode (10,000 rows in about a second), saved atomically.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.dossier import Dossier, authors_text
from sangkien_desktop.exchange.xlsx_common import (
    DOSSIER_COLUMNS,
    Vocabulary,
    save_atomically,
    status_label,
)
from sangkien_desktop.sheets import KIND_STYLES, Sheet, new_workbook


# --- dossier list ------------------------------------------------------------------------------
def dossier_values(d: Dossier, vocab: Vocabulary, version: int = 1) -> dict[str, Any]:
    """The value of every dossier column for one dossier (STT aside); ``version`` is its
    place in its lineage (1 unless it corrects a recognised version)."""
    return {
        "code": d.code,
        "title": d.title,
        "authors": authors_text(d.authors),
        "unit": d.unit_name,
        "province": vocab.province_label(d.province_code) if d.province_code else "",
        "campaign": vocab.campaign_label(d.campaign_id) if d.campaign_id else "",
        "kind": vocab.kind_label(d.campaign_id, d.solution_type) if d.solution_type else "",
        "target_group": vocab.group_label(d.campaign_id, d.target_group) if d.target_group else "",
        "field": d.field_of_application,
        "first_applied_on": d.first_applied_on,
        "benefit_vnd": d.benefit_author_vnd,
        "benefit_social": d.benefit_author_social,
        "summary": d.description_solution,
        "status": status_label(d.status.value),
        "notes": d.notes,
        "version": version,
        "uuid": d.uuid,
    }


def write_dossier_list(
    path: Path,
    dossiers: Iterable[Dossier],
    vocab: Vocabulary,
    *,
    unit_name: str = "",
    subtitle: str = "",
    versions: Mapping[str, int] | None = None,
) -> int:
    """The dossier list with the template's columns, the version (``versions``: uuid →
    version, 1 when absent) and the uuid, so it can be imported again. Returns the number of
    dossiers written."""
    wb = new_workbook()
    sheet = Sheet(wb, "Hồ sơ", [c.width for c in DOSSIER_COLUMNS])
    sheet.title_block(unit_name.upper(), "DANH SÁCH HỒ SƠ SÁNG KIẾN", [subtitle])
    sheet.freeze(columns=3)
    sheet.header([c.header for c in DOSSIER_COLUMNS])
    header_row = sheet.row
    styles = [KIND_STYLES[c.kind] for c in DOSSIER_COLUMNS]
    keys = [c.key for c in DOSSIER_COLUMNS]
    count = 0
    try:
        for count, d in enumerate(dossiers, start=1):
            values = dossier_values(d, vocab, (versions or {}).get(d.uuid, 1))
            values["stt"] = count
            sheet.append([sheet.cell(values[k], s) for k, s in zip(keys, styles, strict=True)])
    except BaseException:
        sheet.ws.close()  # ends the half-written stream in order; nothing reaches ``path``
        raise
    sheet.finish(header_row)
    save_atomically(wb, path)
    return count
