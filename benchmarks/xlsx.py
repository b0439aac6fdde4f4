"""Excel in and out at 10,000 dossiers: export the list, check the sheet (dry run), import it;
and the dry run of 2,000 rows beside openpyxl reading the same file, in the same run.

    .venv/bin/python benchmarks/xlsx.py            # 10,000 demo dossiers
    .venv/bin/python benchmarks/xlsx.py --count 2000 --runs 5

The export reads 10,000 demo dossiers from one database and writes the list; the import
reads that file into an empty database (demo pairs of title and lead author that repeat
are left out, so no row is a duplicate), first as a dry run,
then for real. Aim: each step in a few seconds, so an officer never waits long.

The dry run is then compared with its floor, openpyxl's read-only load of the same sheet and
a walk over all its rows: inside one process (``dry_run`` against the read), and as whole
processes (``sangkien import-xlsx --dry-run`` against ``python`` running that read), runs
interleaved, medians of CPU time (on a shared machine the wall clock says more about the
neighbours). Aim: both ≤ 1.5×.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from openpyxl import load_workbook

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.exchange.xlsx_common import value_key
from sangkien_desktop.exchange.xlsx_import import duplicate_key
from sangkien_desktop.services import unit_of_work
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


OPENPYXL_READ = """
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        pass
wb.close()
"""


def openpyxl_read(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    rows = 0
    for ws in wb.worksheets:
        for _row in ws.iter_rows(values_only=True):
            rows += 1
    wb.close()
    return rows


def child_cpu(cmd: list[str], cwd: Path) -> float:
    """CPU seconds (user + system) of one whole child process."""
    before = os.times()
    subprocess.run(cmd, cwd=cwd, check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    after = os.times()
    return (after.children_user - before.children_user
            + after.children_system - before.children_system)


def dry_run_against_openpyxl(folder: Path, count: int, seed: int, runs: int) -> None:
    campaigns = load_campaigns()
    source = open_database(folder / "dry-source.sqlite3")
    sheet = folder / f"dry-{count}.xlsx"
    with source.session() as session:
        insert_dossiers(session, unique(generate_dossiers(count, seed + 7)))
        session.commit()
        written = export_dossier_list(session, sheet, campaigns)
    source.close()
    # Into an empty data folder, as the import above.
    data = folder / "dry-data"
    db = open_database(data / "sangkien.sqlite3")
    with db.session() as session:
        ours, reference = [], []
        for _ in range(runs):
            getattr(value_key, "cache_clear", lambda: None)()  # no help from the previous run
            started = time.process_time()
            report = dry_run(session, sheet, campaigns)
            ours.append(time.process_time() - started)
            started = time.process_time()
            openpyxl_read(sheet)
            reference.append(time.process_time() - started)
    db.close()
    assert not report.has_errors, report.errors[:3]
    a, b = statistics.median(ours), statistics.median(reference)
    print(f"\ndry run of {written:,} rows into an empty data folder, medians of {runs} runs:")
    print(f"  in one process:  dry_run {a:5.2f} s CPU   openpyxl load + all rows {b:5.2f} s"
          f"   ratio {a / b:4.2f}  (aim ≤ 1.5)")
    cmd = [sys.executable, "-m", "sangkien_desktop", "--data-dir", str(data), "import-xlsx",
           "--dry-run", str(sheet)]
    ref_cmd = [sys.executable, "-c", OPENPYXL_READ, str(sheet)]
    child_cpu(cmd, folder)  # compiled .pyc files and the file cache, for both
    child_cpu(ref_cmd, folder)
    ours, reference = [], []
    for _ in range(runs):
        ours.append(child_cpu(cmd, folder))
        reference.append(child_cpu(ref_cmd, folder))
    a, b = statistics.median(ours), statistics.median(reference)
    print(f"  whole process:   sangkien import-xlsx --dry-run {a:5.2f} s CPU   python + openpyxl"
          f" {b:5.2f} s   ratio {a / b:4.2f}  (aim ≤ 1.5)")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=10_000)
    p.add_argument("--dry-count", type=int, default=2000, help="rows of the compared dry run")
    p.add_argument("--runs", type=int, default=7, help="runs of the compared dry run")
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
        started = clock()
        with unit_of_work.session(target) as session:
            report = import_xlsx(session, sheet, campaigns)
        real_s = since(started)
        with target.session() as session:
            stored = count_dossiers(session, DossierQuery())
        print(f"import, real:    {real_s} for {report.created:,} dossiers "
              f"(check + insert + commit; {stored:,} now stored)")  # fmt: skip
        target.close()
        dry_run_against_openpyxl(folder, args.dry_count, args.seed, args.runs)


if __name__ == "__main__":
    main()
