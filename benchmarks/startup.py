"""Start-up time and memory: the painted dossier list with 10,000 and 100,000 demo dossiers,
beside a bare PySide6 window measured in the same run.

Each figure is a whole process, from just before it is started to its exit right after the
first paint (``sangkien gui --quit-after-load``), so interpreter start and imports count.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); t = QTableView(); w.setCentralWidget(t); w.resize(1280, 760)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F(); t.viewport().installEventFilter(f)
w.show(); app.exec()
"""


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from start to exit, and the peak resident memory in MB."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with {status}")
    return elapsed, usage.ru_maxrss / 1024


def prepare(data_dir: Path, count: int) -> None:
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers.bulk import insert_dossiers
    from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers

    app = open_app_data(data_dir)
    with app.db.session() as session:
        have = count_dossiers(session, DossierQuery())
        if have < count:
            insert_dossiers(session, generate_dossiers(count - have, seed=have + 1))
            session.commit()
    app.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work-dir", type=Path, default=None)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="sangkien-bench-"))
    sangkien = [sys.executable, "-m", "sangkien_desktop"]
    rows = []
    cases = [("bare PySide6 window", [sys.executable, "-c", BARE_WINDOW])]
    for count in (10_000, 100_000):
        folder = work / f"d{count}"
        t0 = time.perf_counter()
        prepare(folder, count)
        print(f"prepared {count:,} demo dossiers in {time.perf_counter() - t0:.1f} s ({folder})")
        cases.append(
            (f"dossier list, {count:,} dossiers", sangkien + ["--data-dir", str(folder), "gui", "--quit-after-load"])
        )
    for name, cmd in cases:
        measure(cmd, env)  # warm the file cache once
        results = [measure(cmd, env) for _ in range(args.runs)]
        times = [r[0] for r in results]
        rows.append((name, statistics.median(times), min(times), max(r[1] for r in results)))
    bare = rows[0][1]
    print(f"\n{'case':<32} {'median s':>9} {'min s':>7} {'x bare':>7} {'peak MB':>8}")
    for name, median, low, mem in rows:
        print(f"{name:<32} {median:>9.3f} {low:>7.3f} {median / bare:>7.2f} {mem:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
