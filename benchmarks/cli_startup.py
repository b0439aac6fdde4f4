"""Start-up of the ``sangkien`` command beside bare Python, measured in the same run.

    .venv/bin/python benchmarks/cli_startup.py [--runs 15] [--count 1000]

Each figure is a whole process, from just before it starts to its exit: the interpreter, the
imports and the command's own work. The reference is the same interpreter running nothing
(``python -c pass``). The runs are interleaved (reference, then each command, again and
again), so a busy machine slows both sides alike; medians are reported. ``sangkien list``
also opens the database (1,000 demo dossiers by default) and prints 20 rows.

Set PYTHONPATH to another source tree (and run from outside the worktree) to measure that
tree instead: the commands run as ``python -m sangkien_desktop`` in a temporary folder.
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

# The commands run as an installed program runs: from compiled .pyc files (the warm-up run
# writes them), whatever this shell says.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def children_cpu() -> float:
    """CPU seconds of the ended child processes (0 where the system does not tell: Windows)."""
    try:
        import resource
    except ImportError:
        return 0.0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def clock(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds from start to exit, and the CPU seconds the process used."""
    cpu, start = children_cpu(), time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=ENV)
    return time.perf_counter() - start, children_cpu() - cpu


def load() -> str:
    """The 1-minute load average: on a machine other work keeps busy, both sides slow down."""
    try:
        return f"load average {os.getloadavg()[0]:.1f}"
    except (AttributeError, OSError):
        return "load average unknown"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--count", type=int, default=1000, help="demo dossiers for `sangkien list`")
    args = p.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="sk-cli-startup-") as tmp:
        work = Path(tmp)
        data = work / "data"
        sangkien = [python, "-m", "sangkien_desktop", "--data-dir", str(data)]
        subprocess.run([*sangkien, "demo", "--count", str(args.count)], cwd=work, check=True,
                       stdout=subprocess.DEVNULL)
        commands = {
            "bare Python (python -c pass)": [python, "-c", "pass"],
            "sangkien --version": [*sangkien, "--version"],
            "sangkien --help": [*sangkien, "--help"],
            f"sangkien list --limit 20 ({args.count:,} dossiers)": [*sangkien, "list", "--limit", "20"],
        }
        times: dict[str, list[float]] = {label: [] for label in commands}
        cpus: dict[str, list[float]] = {label: [] for label in commands}
        for cmd in commands.values():  # warm the file cache and the .pyc files
            clock(cmd, work)
        for _ in range(args.runs):
            for label, cmd in commands.items():
                seconds, cpu = clock(cmd, work)
                times[label].append(seconds)
                cpus[label].append(cpu)
    source = os.environ.get("PYTHONPATH") or "this worktree"
    print(f"sangkien start-up, {args.runs} runs each, medians (source: {source}; {load()} "
          f"on {os.cpu_count()} CPUs)")
    reference = statistics.median(next(iter(times.values())))
    cpu_reference = statistics.median(next(iter(cpus.values())))
    # CPU time says what a start costs when other work on the machine stretches the clock.
    for label, values in times.items():
        median, cpu = statistics.median(values), statistics.median(cpus[label])
        cpu_ratio = f"; CPU {cpu * 1000:4.0f} ms, {cpu / cpu_reference:4.1f}×" if cpu_reference else ""
        print(f"  {label:<44} {median * 1000:7.0f} ms   {median / reference:5.1f}× bare Python"
              f"{cpu_ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
