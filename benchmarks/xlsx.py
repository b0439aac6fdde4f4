"""Excel in and out at 10,000 dossiers: export the list, check the sheet (dry run), import it.

    .venv/bin/python benchmarks/xlsx.py            # 10,000 demo dossiers
    .venv/bin/python benchmarks/xlsx.py --count 2000

The export reads 10,000 demo dossiers from one database and writes the list; the import
reads that file into an empty database (demo pairs of title and lead author that repeat
are left out, so no row is a duplicate), first as a dry run,
then for real. Aim: each step in a few seconds, so an officer never waits long.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.exchange.xlsx_import import duplicate_key
from sangkien_desktop.services.catalog import load_campaigns
from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
from sangkien_desktop.services.dossiers.bulk import insert_dossiers
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
from sangkien_desktop.services.exchange.spreadsheets import (
    dry_run,
    export_dossier_list,
    import_xlsx,
)
from sangkien_desktop.storage.database import open_database


def clock() -> tuple[float, float]:
    """Wall and CPU seconds: on a shared machine the CPU time says more about the code."""
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> str:
    wall, cpu = clock()
    return f"{wall - start[0]:6.2f} s (CPU {cpu - start[1]:5.2f} s)"


def unique(dossiers: Iterable[Dossier]) -> Iterator[Dossier]:
    """Demo data repeats a few title + lead author pairs, which the import rightly refuses."""
    seen = set()
    for d in dossiers:
        lead = d.lead_author
        key = duplicate_key(d.title, lead.full_name if lead else "")
        if key not in seen:
            seen.add(key)
            yield d


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    campaigns = load_campaigns()
    with tempfile.TemporaryDirectory(prefix="sangkien-xlsx-") as tmp:
        folder = Path(tmp)
        source = open_database(folder / "source.sqlite3")
        with source.session() as session:
            insert_dossiers(session, unique(generate_dossiers(args.count, args.seed)))
            session.commit()
            live = count_dossiers(session, DossierQuery())
        sheet = folder / "ho-so.xlsx"
        started = clock()
        with source.session() as session:
            written = export_dossier_list(session, sheet, campaigns)
        export_s = since(started)
        source.close()
        print(f"export:          {export_s} for {written:,} dossiers "
              f"({sheet.stat().st_size / 1e6:.1f} MB; {live:,} live in the database)")  # fmt: skip

        target = open_database(folder / "target.sqlite3")
        with target.session() as session:
            started = clock()
            report = dry_run(session, sheet, campaigns)
            dry_s = since(started)
        print(f"import, dry run: {dry_s} for {len(report.rows):,} rows "
              f"({len(report.errors)} errors)")  # fmt: skip
        with target.session() as session:
            started = clock()
            report = import_xlsx(session, sheet, campaigns)
            real_s = since(started)
            stored = count_dossiers(session, DossierQuery())
        print(f"import, real:    {real_s} for {report.created:,} dossiers "
              f"(check + insert + commit; {stored:,} now stored)")  # fmt: skip
        target.close()


if __name__ == "__main__":
    main()
