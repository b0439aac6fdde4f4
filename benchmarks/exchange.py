"""Export and import of an exchange package of 1,000 demo dossiers, beside ``zip -r`` packing
the package's own files and ``unzip`` unpacking the package, timed in the same run.

    .venv/bin/python benchmarks/exchange.py                     # 1,000 dossiers, no files
    .venv/bin/python benchmarks/exchange.py --size-mb 1         # and 1 MB attached to each
    .venv/bin/python benchmarks/exchange.py --count 100         # quicker
    .venv/bin/python benchmarks/exchange.py --serial            # no worker processes
    .venv/bin/python benchmarks/exchange.py --unique-text       # no phrase shared by dossiers

Everything happens in a temporary folder, removed at the end. By default the dossiers carry
no attachment, as the demo's do: the package is then mostly its papers, and drawing them is
what an export costs. With ``--size-mb`` each gets one file of random bytes behind a PDF
header: like the scans officers attach, it does not compress. The package stores such files
as they are (deflate is tried on each file's first 16 KB), while ``zip -6`` deflates every
file, so with big attachments the reference is slow and the ratios flatter us. Export also draws one description report (PDF) per
dossier: the first export draws them all (in worker processes for a big batch) and keeps
them in the data folder's paper cache; the next exports reuse them while the dossiers are
unchanged. The window draws them ahead, as dossiers are nominated or recognised
(gui/papers_ahead.py): after the first export the cache is emptied, the papers are drawn
ahead as the window would (one at a time, in this process), and the runs time the export
that then finds them all (the warm export). Aims: export ≤ 2× ``zip -r`` (with the papers
drawn before), import into an empty data folder (check, then merge) ≤ 3× ``unzip``. Medians
of ``--runs`` runs, interleaved; at the end a table of ours, the reference and the ratio, in
wall-clock and CPU seconds.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import inspect
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

# A worker process drawing papers is spawned and imports this file again (as __mp_main__):
# it needs none of the program here, as the program's own entry point
# (sangkien_desktop.cli) loads none of it before a command runs.
if __name__ != "__mp_main__":
    from sangkien_desktop.domain.dossier import AttachmentRef
    from sangkien_desktop.domain.status import Status
    from sangkien_desktop.services import unit_of_work
    from sangkien_desktop.services.context import AppData, open_app_data
    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers.attachments import blob_path
    from sangkien_desktop.services.dossiers.saving import save_dossier
    from sangkien_desktop.services.exchange import package_import, package_merge, packages


def unique_text(dossier, n: int):
    """The dossier with its number added to each longer text: the demo's phrases recur from
    dossier to dossier, officers' own texts do not (papers reuse what recurs)."""
    return dataclasses.replace(dossier, **{
        f.name: f"{getattr(dossier, f.name)} (hồ sơ số {n})" for f in dataclasses.fields(dossier)
        if isinstance(getattr(dossier, f.name), str) and len(getattr(dossier, f.name)) > 25
        and " " in getattr(dossier, f.name)})  # words: not its uuid


def fill(app: AppData, count: int, size: int, unique: bool = False) -> list[str]:
    uuids = []
    with app.db.session() as session:
        for n, dossier in enumerate(generate_dossiers(count, seed=11), 1):
            if unique:
                dossier = unique_text(dossier, n)
            refs = []
            if size:
                data = b"%PDF-1.4\n" + os.urandom(size - 9)
                sha = hashlib.sha256(data).hexdigest()
                target = blob_path(app.layout.attachments, sha)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                refs.append(AttachmentRef(sha, f"bang-tinh-{n}.pdf", size, "application/pdf"))
            # A new dossier starts as a draft (its status follows what was done with it).
            saved = save_dossier(session, dataclasses.replace(dossier, attachments=refs,
                                                              deleted_at=None,
                                                              status=Status.DRAFT))
            uuids.append(saved.uuid)
            if n % 100 == 0:
                print(f"\r  prepared {n:,}/{count:,}", end="", file=sys.stderr, flush=True)
        session.commit()
    print(file=sys.stderr)
    return uuids


def draw_ahead(app: AppData, uuids: list[str]) -> tuple[float, float, int]:
    """Empties the paper cache and draws the papers ahead as the window does (wall and CPU
    seconds, and how many); (0, 0, 0) where this version of the program does not."""
    if not hasattr(packages, "papers_ahead"):
        return 0.0, 0.0, 0
    from sangkien_desktop.services.exchange.paper_cache import PaperCache

    cache = PaperCache.of(app.layout)
    shutil.rmtree(cache.root, ignore_errors=True)
    cpu, started = cpu_seconds(), time.perf_counter()
    with app.db.session() as session:
        wanted = packages.papers_ahead(session, app.layout.attachments, uuids, app.campaigns,
                                       cache)
    for _step in packages.iter_draw_ahead(wanted, cache):
        pass
    return time.perf_counter() - started, cpu_seconds() - cpu, len(wanted)


def paper_cache(app: AppData):
    """The data folder's paper cache, where this version of the program has one."""
    if "papers" not in inspect.signature(packages.iter_export_package).parameters:
        return {}
    from sangkien_desktop.services.exchange.paper_cache import PaperCache

    return {"papers": PaperCache.of(app.layout)}


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the drawing workers, zip);
    0 where the system does not tell (Windows). On a machine other work keeps busy, the
    seconds of CPU say what the work costs when wall-clock time cannot."""
    try:
        import resource
    except ImportError:
        return 0.0
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def cpu_split() -> tuple[float, float]:
    """User and system CPU seconds of this process and its ended children ((0, 0) where the
    system does not tell). System time of a file-writing step depends on the file system's
    state (on ext4, inodes deleted in the last seconds are skipped one by one when a new file
    is made), so the two are printed apart for the import and unzip."""
    try:
        import resource
    except ImportError:
        return 0.0, 0.0
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return own.ru_utime + children.ru_utime, own.ru_stime + children.ru_stime


def _since(start: tuple[float, float]) -> tuple[float, float]:
    now = cpu_split()
    return now[0] - start[0], now[1] - start[1]


def load() -> str:
    try:
        return f"load average {os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):
        return "load average unknown"


def export(app: AppData, out: Path, uuids: list[str]) -> tuple[float, float]:
    """Seconds for the whole export, and for its first stage (drawing the papers)."""
    stages: dict[str, float] = {}
    last = [time.perf_counter(), "documents"]

    def progress(step) -> None:
        now = time.perf_counter()
        stages[last[1]] = stages.get(last[1], 0.0) + now - last[0]
        last[0], last[1] = now, step.stage

    started = last[0] = time.perf_counter()
    with app.db.session() as session:
        packages.export_package(session, app.layout.attachments, out, uuids, app.campaigns,
                                progress=progress, **paper_cache(app))
    return time.perf_counter() - started, stages.get("documents", 0.0)


def import_into_empty(out: Path, folder: Path, count: int
                      ) -> tuple[float, float, float, tuple[float, float]]:
    """Seconds to check the package, and to merge it, into a new data folder; and the CPU
    seconds of both, in all and as user and system seconds."""
    receiver = open_app_data(folder)
    try:
        cpu, split = cpu_seconds(), cpu_split()
        started = time.perf_counter()
        with receiver.db.session() as session:
            plan = package_import.inspect_package(session, out, receiver.layout.attachments)
        check_s = time.perf_counter() - started
        started = time.perf_counter()
        # On the bare database: the merge and its commit, without the backup a window takes.
        with unit_of_work.session(receiver.db) as session:
            report = package_merge.apply_plan(session, plan, receiver.layout.attachments)
        merge_s = time.perf_counter() - started
        cpu, split = cpu_seconds() - cpu, _since(split)
        assert len([i for i in report.added if i.kind == "dossier"]) == count, report.added[:3]
        with unit_of_work.session(receiver.db) as session:
            again = package_merge.import_package(session, out, receiver.layout.attachments)
        assert not again.changed_anything
    finally:
        receiver.close()
    return check_s, merge_s, cpu, split


def zip_files(folder: Path, out: Path) -> tuple[str, float]:
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    if shutil.which("zip"):
        subprocess.run(["zip", "-q", "-r", "-6", str(out), "."], cwd=folder, check=True)
        return "zip -r -6", time.perf_counter() - started
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder))
    return "Python zipfile (deflate 6; no zip program)", time.perf_counter() - started


def unzip(package: Path, folder: Path) -> tuple[str, float]:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    started = time.perf_counter()
    if shutil.which("unzip"):
        subprocess.run(["unzip", "-q", str(package), "-d", str(folder)], check=True)
        return "unzip", time.perf_counter() - started
    with zipfile.ZipFile(package) as zf:
        zf.extractall(folder)
    return "Python zipfile (no unzip program)", time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--size-mb", type=float, default=0.0,
                        help="an attachment of this size per dossier (0: none)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--serial", action="store_true",
                        help="draw every paper in this process (no worker processes)")
    parser.add_argument("--unique-text", action="store_true",
                        help="each dossier's longer texts its own (the demo's phrases recur)")
    args = parser.parse_args()
    if args.serial:
        from sangkien_desktop.services.exchange import paper_render

        paper_render.PARALLEL_FROM = 1 << 62
    size = int(args.size_mb * 1024 * 1024)
    work = Path(tempfile.mkdtemp(prefix="sangkien-bench-exchange-"))
    try:
        sender = open_app_data(work / "cdcs")
        print(f"Preparing {args.count:,} dossiers with {args.size_mb:g} MB attached to each in "
              f"{work} …", file=sys.stderr)
        uuids = fill(sender, args.count, size, args.unique_text)
        out = work / "goi.skpkg"
        loads = [load()]
        cpu = cpu_seconds()
        first_s, first_documents_s = export(sender, out, uuids)
        first_cpu = cpu_seconds() - cpu
        same = work / "same-files"
        with zipfile.ZipFile(out) as zf:
            zf.extractall(same)
            files = len(zf.namelist())
        content_mb = sum(p.stat().st_size for p in same.rglob("*") if p.is_file()) / 1048576
        ahead_s, ahead_cpu, ahead_count = draw_ahead(sender, uuids)
        exports, zips, checks, merges, unzips, zip_cpus = [], [], [], [], [], []
        export_cpus, import_cpus, unzip_cpus = [], [], []
        import_splits: list[tuple[float, float]] = []
        unzip_splits: list[tuple[float, float]] = []
        for run in range(args.runs):
            cpu = cpu_seconds()
            exports.append(export(sender, out, uuids)[0])
            export_cpus.append(cpu_seconds() - cpu)
            cpu = cpu_seconds()
            zip_tool, seconds = zip_files(same, work / "same-files.zip")
            zip_cpus.append(cpu_seconds() - cpu)
            zips.append(seconds)
            check_s, merge_s, cpu, split = import_into_empty(out, work / f"cap-tren-{run}",
                                                              args.count)
            import_splits.append(split)
            import_cpus.append(cpu)
            shutil.rmtree(work / f"cap-tren-{run}", ignore_errors=True)
            checks.append(check_s)
            merges.append(merge_s)
            cpu, split = cpu_seconds(), cpu_split()
            unzip_tool, seconds = unzip(out, work / "unzipped")
            unzip_cpus.append(cpu_seconds() - cpu)
            unzip_splits.append(_since(split))
            unzips.append(seconds)
            print(f"  run {run + 1}/{args.runs} done", file=sys.stderr)
        sender.close()
        export_s, zip_s = statistics.median(exports), statistics.median(zips)
        imports = [c + m for c, m in zip(checks, merges, strict=True)]
        import_s, unzip_s = statistics.median(imports), statistics.median(unzips)
        print(f"\nExchange package: {args.count:,} dossiers, {files:,} files, {content_mb:,.0f} MB "
              f"of content, package {out.stat().st_size / 1048576:,.0f} MB; medians of "
              f"{args.runs} runs")
        again = ("export after the papers were drawn ahead" if ahead_count
                 else "export again (papers from the cache)")
        rows = [
            ("first export (draws every paper)", first_s, None),
            ("  of which drawing the description reports", first_documents_s, None),
            (again, export_s, zip_s),
            (f"{zip_tool} of the package's own files", zip_s, None),
            ("import into an empty data folder: check + merge", import_s, unzip_s),
            ("  check: container, every SHA-256, records", statistics.median(checks), None),
            ("  merge: one transaction, files copied", statistics.median(merges), None),
            (f"{unzip_tool} of the package into an empty folder", unzip_s, None),
        ]
        for label, seconds, reference in rows:
            ratio = f"   {seconds / reference:5.2f}× the reference" if reference else ""
            print(f"  {label:<52} {seconds:7.2f} s{ratio}")
        if ahead_count:
            print(f"  drawing ahead (the window, in the background): {ahead_count:,} papers "
                  f"(each dossier's application and report), {ahead_s:.2f} s, {ahead_cpu:.2f} s "
                  "of CPU")
        zip_cpu, unzip_cpu = statistics.median(zip_cpus), statistics.median(unzip_cpus)
        again_cpu, import_cpu = statistics.median(export_cpus), statistics.median(import_cpus)
        cpus = os.cpu_count() or 1
        print(f"  on {cpus} CPUs, {' then '.join(loads + [load()])}")
        if first_cpu and zip_cpu:
            print(f"  first export's CPU seconds shared by {cpus} CPUs: {first_cpu / cpus:.2f} s, "
                  f"{first_cpu / cpus / zip_cpu:5.2f}× {zip_tool}'s CPU seconds (its wall time "
                  f"on {cpus} idle CPUs, at best)")

        def ratio(ours: float, reference: float) -> str:
            return f"{ours / reference:6.2f}×" if reference else "     —"

        print(f"\n  {'':<34} {'ours':>8} {'reference':>10} {'ratio':>7}   "
              f"{'ours CPU':>8} {'ref. CPU':>8} {'ratio':>7}")
        for label, ours, reference, ours_cpu, reference_cpu in (
                (f"cold first export / {zip_tool}", first_s, zip_s, first_cpu, zip_cpu),
                (f"warm export / {zip_tool}", export_s, zip_s, again_cpu, zip_cpu),
                (f"import / {unzip_tool}", import_s, unzip_s, import_cpu, unzip_cpu)):
            print(f"  {label:<34} {ours:7.2f}s {reference:9.2f}s {ratio(ours, reference)}   "
                  f"{ours_cpu:7.2f}s {reference_cpu:7.2f}s {ratio(ours_cpu, reference_cpu)}")
        if any(map(any, import_splits)):
            print("\n  CPU seconds, user + system, run by run (import; unzip):")
            for n, (ours, theirs) in enumerate(zip(import_splits, unzip_splits, strict=True), 1):
                print(f"    run {n}: {ours[0]:.2f} + {ours[1]:.2f} s; {theirs[0]:.2f} + "
                      f"{theirs[1]:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
