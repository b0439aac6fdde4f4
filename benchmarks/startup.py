"""Start-up time and memory: the painted dossier list at 1,000 to 1,000,000 demo dossiers,
beside a bare PySide6 window with a table measured in the same run.

Each process is timed from just before it is started (so interpreter start and imports count)
to the moment its list is first painted, as the process itself sees it: "first paint" for the
program (``sangkien gui``; gui/first_paint.py paints from plain sqlite3 before SQLAlchemy and
the services are loaded) and for the bare window. The program then goes on to "ready" (the rest
loaded and the window attached to it, every action usable) and to "settled" (what the window
reads after that is shown: the number of matches and the unit names, read on the list reader's
thread, and the "Việc cần làm" overview), then exits; the work start-up does after that (the
daily backup, draft recovery) is left out. Wall-clock seconds, and CPU seconds of the process
up to that moment (steadier on a busy machine), are medians of the runs, taken in turn (bare,
then each size) so that a busy spell hits all alike; the ratios are to the bare window. Memory
is the peak resident size up to each moment.

Both windows say they are painted the same way: their main window's paintEvent asks for a
call once the paint is over (the table is painted in the same pass). The starts measured are
an officer's usual ones: a first, unmeasured run of each size closes its window as the officer
does, so that the window's state (where the "Việc cần làm" panel is, how tall) is saved for
them; a program's very first start also places that panel, which builds PySide's Qt namespace
before the paint (about 20 ms more, once).

The databases are built once with the demo generator's bulk path and kept under the system's
temporary folder (``sangkien-bench/startup-seed<S>-n<N>-schema<V>``), never in the source tree;
1,000,000 dossiers take some minutes and a few GB. Python's compiled files go there too (a built
or installed program has them; the source tree gets none).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 7]
     [--sizes 1000,10000,100000,1000000] [--seed 1] [--database URL] [--instructions]

With ``--instructions`` each process is also run once under valgrind's callgrind, ending at its
first paint, and the instructions it ran are printed beside the bare window's: a figure the
machine's load does not move (valgrind must be installed).

With ``--database URL`` (a PostgreSQL database, empty or built by an earlier run for the same
single size) the window is also started on that shared database (``sangkien --database URL
gui``), which goes the full way (SQLAlchemy, the services, then the list read through them):
its first paint, ready and settled moments are printed beside the SQLite ones, with the ratio.
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

# Prints "<moment> <wall seconds since T0> <CPU seconds> <peak RSS kB>" on stdout.
REPORT = """
import os, sys, time
def report(moment):
    peak = 0
    try:
        with open("/proc/self/status") as status:
            peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    except (OSError, StopIteration):
        pass
    wall = time.time() - float(os.environ["SANGKIEN_BENCH_T0"])
    print(moment, wall, time.process_time(), peak, flush=True)
    if moment == "paint" and os.environ.get("SANGKIEN_BENCH_EXIT_AT_PAINT"):
        os._exit(0)  # counting instructions: up to the first paint, nothing after
"""

# The moment a window has been painted is told the same way for both: the main window's own
# paintEvent (the first thing a pass paints, the table after it) asks for a call once the pass
# is over (QTimer.singleShot(0)), as MainWindow does for its listPainted.
BARE_WINDOW = REPORT + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, painted)
def painted():
    report("paint")
    app.quit()
w = Window(); t = QTableView(); w.setCentralWidget(t); w.resize(1280, 760)
w.show(); app.exec()
"""

# ``sangkien ARGS`` with three moments reported: the window's first listPainted, its attach()
# to the loaded rest (the "ready" window), and "settled": what the window reads after that is in
# too (the number of matches, the unit names, the "Việc cần làm" overview). The modules are
# patched as they are imported, so that the program starts as ``sangkien`` does (nothing
# imported before it); gui/app.py's after_first_paint (the daily backup, draft recovery, …)
# is replaced by the wait for "settled", then the program quits.
PROGRAM = REPORT + """
import importlib.abc, importlib.machinery
from PySide6.QtWidgets import QApplication
def patch_window(module):
    MainWindow = module.MainWindow
    init, attach = MainWindow.__init__, MainWindow.attach
    def patched_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        def painted():
            self.listPainted.disconnect(painted)
            report("paint")
        self.listPainted.connect(painted)
    def patched_attach(self, app_data):
        attach(self, app_data)
        report("ready")
    MainWindow.__init__, MainWindow.attach = patched_init, patched_attach
    for name in ("_show_overview", "_show_count"):
        def after(self, *args, _real=getattr(MainWindow, name)):
            _real(self, *args)
            settle(self)
        setattr(MainWindow, name, after)
def patch_filters(module):
    ListFilters = module.ListFilters
    def after(self, *args, _real=ListFilters.set_units):
        _real(self, *args)
        settle(self.window)
    ListFilters.set_units = after
waiting = []
def settle(window):
    if not waiting or window.overview_panel.overview is None or window.model.reader.busy():
        return
    waiting.clear()
    report("settled")
    if os.environ.get("SANGKIEN_BENCH_SESSION"):
        # A session closed as the officer closes it, leaving the window's state (where the
        # "Việc cần làm" panel is, how tall) for the next starts, as on any used computer.
        window.close()
    else:
        QApplication.instance().quit()
def patch_app(module):
    def after_first_paint(window, app_data, **_kwargs):
        waiting.append(window)
        settle(window)
    module.after_first_paint = after_first_paint
PATCHES = {"sangkien_desktop.gui.main_window": patch_window, "sangkien_desktop.gui.app": patch_app,
           "sangkien_desktop.gui.list_filters": patch_filters}
class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in PATCHES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            PATCHES[name](module)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, Finder())
from sangkien_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""

SIZES = (1_000, 10_000, 100_000, 1_000_000)
BATCH = 50_000  # dossiers per transaction while building


class Sample:
    def __init__(self) -> None:
        self.moments: dict[str, list[tuple[float, float, float]]] = {}
        self.peak: list[float] = []

    def median(self, moment: str) -> tuple[float, float, float]:
        seen = self.moments[moment]
        return (statistics.median(s[0] for s in seen), statistics.median(s[1] for s in seen),
                max(s[2] for s in seen))


def measure(cmd: list[str], env: dict[str, str], into: Sample | None = None) -> None:
    """Runs ``cmd`` to its end and keeps the moments it reported."""
    env = dict(env, SANGKIEN_BENCH_T0=repr(time.time()))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    out, _ = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with {proc.returncode}")
    if into is None:
        return
    for line in out.splitlines():
        moment, wall, cpu, peak_kb = line.split()
        into.moments.setdefault(moment, []).append((float(wall), float(cpu), int(peak_kb) / 1024))


def instructions(cmd: list[str], env: dict[str, str]) -> int:
    """The instructions ``cmd`` runs up to its first paint, counted by callgrind."""
    import re

    env = dict(env, SANGKIEN_BENCH_T0=repr(time.time()), SANGKIEN_BENCH_EXIT_AT_PAINT="1")
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           *cmd], env=env, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind {' '.join(cmd)} failed with {done.returncode}")
    return int(found[1])


def cache_root() -> Path:
    return Path(tempfile.gettempdir()) / "sangkien-bench"


def prepare(count: int, seed: int) -> Path:
    """The data folder with ``count`` demo dossiers, built once per seed, count and schema."""
    from sangkien_desktop.services.context import open_app_data
    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers.bulk import insert_dossiers
    from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers
    from sangkien_desktop.storage.migrations import LATEST_VERSION

    folder = cache_root() / f"startup-seed{seed}-n{count}-schema{LATEST_VERSION}"
    done = folder / "complete"
    if done.is_file():
        print(f"reusing {count:,} dossiers in {folder}")
        return folder
    t0 = time.perf_counter()
    app = open_app_data(folder)
    try:
        with app.db.session() as session:
            have = count_dossiers(session, DossierQuery(old_versions=True))
            dossiers = generate_dossiers(count, seed=seed)
            for _ in range(have):  # resume an interrupted build where it stopped
                next(dossiers)
            while have < count:
                step = min(BATCH, count - have)
                insert_dossiers(session, (next(dossiers) for _ in range(step)))
                session.commit()
                have += step
                print(f"  {have:,} / {count:,} dossiers ({time.perf_counter() - t0:.0f} s)", flush=True)
    finally:
        app.close()
    done.write_text(f"{count}\n", encoding="utf-8")
    print(f"built {count:,} demo dossiers in {time.perf_counter() - t0:.0f} s ({folder})")
    return folder


def prepare_server(url: str, count: int, seed: int) -> None:
    """The server database ``url`` holding ``count`` demo dossiers (built when empty)."""
    from sqlalchemy import func, select

    from sangkien_desktop.services.demo.demo_dossiers import generate_dossiers
    from sangkien_desktop.services.dossiers.bulk import insert_dossiers
    from sangkien_desktop.storage.database import open_database
    from sangkien_desktop.storage.models import DossierRow

    db = open_database(url)
    try:
        with db.session() as session:
            have = session.scalar(select(func.count()).select_from(DossierRow)) or 0  # bin too
            if have == count:
                print(f"reusing {count:,} dossiers in {db.label}")
                return
            if have:
                raise SystemExit(f"{db.label} holds {have:,} dossiers, not {count:,}: give an "
                                 "empty database")
            t0 = time.perf_counter()
            dossiers = generate_dossiers(count, seed=seed)
            while have < count:
                step = min(BATCH, count - have)
                insert_dossiers(session, (next(dossiers) for _ in range(step)))
                session.commit()
                have += step
            print(f"built {count:,} demo dossiers in {time.perf_counter() - t0:.0f} s ({db.label})")
    finally:
        db.close()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache_root() / "pycache")
    # The window's settings (geometry, columns) of these runs stay out of the user's own.
    env["XDG_CONFIG_HOME"] = str(cache_root() / "config")
    return env


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES),
                        help="dossier counts, comma-separated (default: %(default)s)")
    parser.add_argument("--database", metavar="URL",
                        help="also start the window on this PostgreSQL database (one size)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count each start's instructions up to its first paint "
                             "(valgrind)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.database and len(sizes) != 1:
        parser.error("--database takes one size (--sizes 100000)")
    env = child_env()
    cases: list[tuple[str, list[str]]] = [("bare", [sys.executable, "-c", BARE_WINDOW])]
    for count in sizes:
        folder = prepare(count, args.seed)
        cases.append((f"{count:,}", [sys.executable, "-c", PROGRAM, "--data-dir", str(folder),
                                     "gui"]))
        if args.database:
            prepare_server(args.database, count, args.seed)
            own = cache_root() / "startup-server-folder"  # this computer's folder beside it
            cases.append((f"server, {count:,}", [
                sys.executable, "-c", PROGRAM, "--data-dir", str(own), "--database", args.database,
                "gui"]))
    samples = {name: Sample() for name, _ in cases}
    for name, cmd in cases:  # warm the file cache, compile once, leave a window's state
        measure(cmd, env if name == "bare" else dict(env, SANGKIEN_BENCH_SESSION="1"))
    for _ in range(args.runs):
        for name, cmd in cases:
            measure(cmd, env, samples[name])
    bare_wall, bare_cpu, bare_peak = samples["bare"].median("paint")
    try:
        load = f"{os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):
        load = "n/a"
    print(f"\nmedians of {args.runs} runs (load average {load}; Python {sys.version.split()[0]})")
    print(f"{'':<38} {'wall s':>7} {'x bare':>7} {'cpu s':>7} {'x bare':>7} {'peak MB':>8}")
    print(f"{'bare window: painted':<38} {bare_wall:>7.3f} {1:>7.2f} {bare_cpu:>7.3f} {1:>7.2f} "
          f"{bare_peak:>8.1f}")
    for name, _cmd in cases[1:]:
        for moment, label in (("paint", "first paint"), ("ready", "ready"), ("settled", "settled")):
            wall, cpu, peak = samples[name].median(moment)
            print(f"{name + ' dossiers: ' + label:<38} {wall:>7.3f} {wall / bare_wall:>7.2f} "
                  f"{cpu:>7.3f} {cpu / bare_cpu:>7.2f} {peak:>8.1f}")
    if args.instructions:
        counted = {name: instructions(cmd, env) for name, cmd in cases}
        bare = counted["bare"]
        print(f"\ninstructions up to the first paint (callgrind): bare window {bare / 1e6:,.0f}M")
        for name, _cmd in cases[1:]:
            print(f"  {name + ' dossiers':<24} {counted[name] / 1e6:>8,.0f}M "
                  f"{counted[name] / bare:>6.3f} x bare")
    if args.database:
        local, server = cases[1][0], cases[2][0]
        print(f"\nthe server beside SQLite ({sizes[0]:,} dossiers):")
        for moment, label in (("paint", "first paint"), ("ready", "ready"), ("settled", "settled")):
            a, b = samples[local].median(moment)[0], samples[server].median(moment)[0]
            print(f"  {label:<12} SQLite {a:.3f} s, server {b:.3f} s, ratio {b / a:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
