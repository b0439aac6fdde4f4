"""Export and import of an exchange package of 1,000 dossiers with 1 MB of attachments each,
beside the time the ``zip`` program takes to pack the same files.

    .venv/bin/python benchmarks/exchange.py                 # 1,000 dossiers × 1 MB
    .venv/bin/python benchmarks/exchange.py --count 100     # quicker

Everything happens in a temporary folder, removed at the end. The attachments are random
bytes behind a PDF header: like the scans and PDFs officers attach, they do not compress.
The package stores such files as they are (deflate is tried on each file's first 64 KB),
while ``zip -6`` deflates every file. Export also renders one description report (PDF) per
dossier; that part is timed on its own.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from sangkien_desktop.domain.dossier import AttachmentRef
from sangkien_desktop.services.context import AppData, open_app_data
from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.services.dossiers.saving import save_dossier
from sangkien_desktop.services.exchange import package_import, package_merge, packages


def fill(app: AppData, count: int, size: int) -> list[str]:
    import hashlib

    uuids = []
    with app.db.session() as session:
        for n, dossier in enumerate(generate_dossiers(count, seed=11), 1):
            data = b"%PDF-1.4\n" + os.urandom(size - 9)
            sha = hashlib.sha256(data).hexdigest()
            target = blob_path(app.layout.attachments, sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            ref = AttachmentRef(sha, f"bang-tinh-{n}.pdf", size, "application/pdf")
            saved = save_dossier(session, dataclasses.replace(dossier, attachments=[ref],
                                                              deleted_at=None))
            uuids.append(saved.uuid)
            if n % 100 == 0:
                print(f"\r  prepared {n:,}/{count:,}", end="", file=sys.stderr, flush=True)
        session.commit()
    print(file=sys.stderr)
    return uuids


def zip_same_files(package: Path, work: Path) -> tuple[str, float, int]:
    """Unpacks the package's files (not timed), then times packing them again."""
    folder = work / "same-files"
    with zipfile.ZipFile(package) as zf:
        zf.extractall(folder)
    out = work / "same-files.zip"
    if shutil.which("zip"):
        started = time.perf_counter()
        subprocess.run(["zip", "-q", "-r", "-6", str(out), "."], cwd=folder, check=True)
        tool = "zip -r -6"
    else:  # the same deflate level through Python's zipfile
        started = time.perf_counter()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(folder))
        tool = "Python zipfile (deflate 6; no zip program found)"
    return tool, time.perf_counter() - started, out.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--size-mb", type=float, default=1.0)
    args = parser.parse_args()
    size = int(args.size_mb * 1024 * 1024)
    work = Path(tempfile.mkdtemp(prefix="sangkien-bench-exchange-"))
    try:
        sender = open_app_data(work / "cdcs")
        receiver = open_app_data(work / "cap-tren")
        print(f"Preparing {args.count:,} dossiers with {args.size_mb:g} MB each in {work} …",
              file=sys.stderr)
        uuids = fill(sender, args.count, size)
        out = work / "goi.skpkg"

        stages: dict[str, float] = {}
        last = [time.perf_counter(), ""]

        def progress(step) -> None:
            now = time.perf_counter()
            if last[1]:
                stages[last[1]] = stages.get(last[1], 0.0) + now - last[0]
            last[0], last[1] = now, step.stage

        started = last[0] = time.perf_counter()
        last[1] = "documents"  # the first steps render documents
        with sender.db.session() as session:
            manifest = packages.export_package(session, sender.layout.attachments, out, uuids,
                                               sender.campaigns, progress=progress)
        export_s = time.perf_counter() - started
        documents_s = stages.get("documents", 0.0)

        started = time.perf_counter()
        with receiver.db.session() as session:
            plan = package_import.inspect_package(session, out, receiver.layout.attachments)
        check_s = time.perf_counter() - started
        started = time.perf_counter()
        with receiver.db.session() as session:
            report = package_merge.apply_plan(session, plan, receiver.layout.attachments)
        merge_s = time.perf_counter() - started
        started = time.perf_counter()
        with receiver.db.session() as session:
            again = package_merge.import_package(session, out, receiver.layout.attachments)
        again_s = time.perf_counter() - started
        assert len(report.added) == args.count and not again.changed_anything

        tool, zip_s, zip_size = zip_same_files(out, work)
        total_mb = sum(f.size for f in manifest.files) / 1048576
        print(f"\nExchange package: {args.count:,} dossiers, {len(manifest.files):,} files, "
              f"{total_mb:,.0f} MB of content, package {out.stat().st_size / 1048576:,.0f} MB")
        rows = [
            ("export (total)", export_s),
            ("  of which rendering description reports", documents_s),
            ("  of which packing (hash, deflate where it helps, write)", export_s - documents_s),
            ("import: check container, every SHA-256, records", check_s),
            ("import: merge in one transaction + copy files", merge_s),
            ("import again (all identical, nothing written)", again_s),
            (f"{tool} of the same files ({zip_size / 1048576:,.0f} MB)", zip_s),
        ]
        for label, seconds in rows:
            print(f"  {label:<58} {seconds:8.1f} s")
        sender.close()
        receiver.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
