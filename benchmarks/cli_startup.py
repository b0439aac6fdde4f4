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


def clock(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=ENV)
    return time.perf_counter() - start


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
        for cmd in commands.values():  # warm the file cache and the .pyc files
            clock(cmd, work)
        for _ in range(args.runs):
            for label, cmd in commands.items():
                times[label].append(clock(cmd, work))
    source = os.environ.get("PYTHONPATH") or "this worktree"
    print(f"sangkien start-up, {args.runs} runs each, medians (source: {source}; {load()} "
          f"on {os.cpu_count()} CPUs)")
    reference = statistics.median(next(iter(times.values())))
    for label, values in times.items():
        median = statistics.median(values)
        print(f"  {label:<44} {median * 1000:7.0f} ms   {median / reference:5.1f}× bare Python")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
