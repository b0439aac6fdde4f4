"""Time to build the summary table (Bảng tổng hợp tóm tắt sáng kiến) for many initiatives.

    .venv/bin/python benchmarks/documents.py [rows]

Prints the PDF and DOCX times and, when LibreOffice is on PATH, how long it takes to turn
that DOCX into PDF (what a user waits for when printing the Word file from LibreOffice).
Target: our PDF under 2 s for 1,000 rows and at least 20 times faster than the conversion.
Our documents are timed as the best of three runs (the machine may be shared; the best run is
the least disturbed one). Each time is wall clock and CPU (ours: this process; LibreOffice:
its processes, waited for): on a shared machine the wall clock mostly measures the others,
and the CPU ratio says more about the code. A benchmark, not a test: numbers vary by machine.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sangkien_desktop.documents import write_document
from sangkien_desktop.documents.samples import summary_table


def cpu() -> float:
    """CPU seconds of this process and of the child processes it has waited for."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(label: str, func, runs: int = 1) -> tuple[float, float]:
    """Wall and CPU seconds of the best of ``runs`` runs (each the least disturbed one)."""
    wall = used = float("inf")
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu()
        result = func()
        wall = min(wall, time.perf_counter() - start)
        used = min(used, cpu() - start_cpu)
    size = f" ({Path(result).stat().st_size / 1024:.0f} KiB)" if isinstance(result, Path) else ""
    print(f"{label:<50} {wall:6.2f} s, CPU {used:6.2f} s{size}")
    return wall, used


def main(rows: int = 1000) -> None:
    data = summary_table(rows)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        # Fonts are registered on first use; measure that once, apart.
        timed(
            "warm-up (font registration, 3 rows PDF)",
            lambda: write_document("bang-tong-hop", summary_table(3), "pdf", out / "w.pdf"),
        )
        ours = timed(
            f"summary table, {rows} rows, PDF",
            lambda: write_document("bang-tong-hop", data, "pdf", out / "t.pdf"),
            runs=3,
        )
        timed(
            f"summary table, {rows} rows, DOCX",
            lambda: write_document("bang-tong-hop", data, "docx", out / "t.docx"),
            runs=3,
        )
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office:
            profile = (out / "lo-profile").as_uri()
            cmd = [
                office,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out / "lo"),
                str(out / "t.docx"),
            ]

            def convert() -> Path:
                subprocess.run(cmd, check=True, capture_output=True, timeout=900)
                return out / "lo" / "t.pdf"

            timed("LibreOffice DOCX → PDF (first run, cold profile)", convert)
            office = timed("LibreOffice DOCX → PDF (second run)", convert)
            wall, used = office[0] / ours[0], office[1] / ours[1]
            verdict = "met" if ours[0] < 2 and wall >= 20 else "NOT met"
            print(
                f"our PDF is {wall:.1f}× faster than the conversion, {used:.1f}× in CPU time "
                f"(target ≥ 20× and < 2 s: {verdict})"
            )
        else:
            print("libreoffice not on PATH: DOCX → PDF conversion not measured")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
