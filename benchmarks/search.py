"""Search latency over 100,000 demo dossiers, and the time the bulk path takes to store them.

    .venv/bin/python benchmarks/search.py                  # fresh database in a temp dir
    .venv/bin/python benchmarks/search.py --data-dir /tmp/sk100k   # create once, then reuse

Each query is typed letter by letter as a user would; every keystroke runs what the dossier
list runs: open_list (the first page of 200 rows and the match count, capped at 1,000 for
a search, exactly as the window does). Aim: a keystroke answers in < 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sangkien_desktop.services.demo.demo_dossiers import create_demo, generate_dossiers
from sangkien_desktop.services.dossiers.list_query import DossierQuery, count_dossiers, open_list
from sangkien_desktop.storage.database import Database, open_database

# What users type: the brief's list, a surname, unit words, one with diacritics.
QUERIES = ("sang kien", "duong", "lao dong", "nguyen", "Phạm", "truong thcs", "benh vien",
           "hoa binh", "Đường may")  # fmt: skip
TARGET_MS = 50.0


def keystrokes(query: str) -> list[str]:
    """ "sang k" → "s", "sa", "san", "sang", "sang k" (a trailing space adds no new query)."""
    return [query[:i] for i in range(1, len(query) + 1) if not query[:i].endswith(" ")]


def build(db: Database, count: int, seed: int, batch: int) -> None:
    started = time.perf_counter()
    generated = sum(1 for _ in generate_dossiers(count, seed))
    generation = time.perf_counter() - started
    shown = -1

    def progress(done: int) -> None:
        nonlocal shown
        if done * 10 // count != shown:
            shown = done * 10 // count
            print(f"\r  stored {done:,}/{count:,}", end="", file=sys.stderr, flush=True)

    started = time.perf_counter()
    with db.session() as session:
        stored = create_demo(session, count, seed, progress=progress)
        inserted = time.perf_counter() - started
        session.commit()
    total = time.perf_counter() - started
    print(file=sys.stderr)
    print(f"generation only:              {generation:7.2f} s for {generated:,} dossiers")
    print(f"generation + bulk insert:     {inserted:7.2f} s for {stored:,} dossiers")
    print(f"  of which insert (estimate): {inserted - generation:7.2f} s")
    print(f"  + commit:                   {total - inserted:7.2f} s")


def measure(db: Database, repeat: int) -> list[float]:
    all_ms: list[float] = []
    slow: list[tuple[str, float, int]] = []
    print(f"\n{'query':<16}{'hits':>9}{'cold ms':>10}{'median ms':>11}{'max ms':>9}")
    with db.session() as session:
        for query in QUERIES:
            for typed in keystrokes(query):
                q = DossierQuery(search=typed)
                times = []
                for _ in range(repeat + 1):
                    started = time.perf_counter()
                    page = open_list(session, q)
                    times.append((time.perf_counter() - started) * 1000)
                hits, rows = page.total, page.rows
                assert len(rows) == min(hits, 200)
                cold, warm = times[0], times[1:]
                all_ms += warm
                median = statistics.median(warm)
                if median > TARGET_MS:
                    slow.append((typed, median, hits))
                print(f"{typed!r:<16}{hits:>9,}{cold:>10.1f}{median:>11.1f}{max(warm):>9.1f}")
    all_ms.sort()
    p95 = all_ms[int(0.95 * (len(all_ms) - 1))]
    print(
        f"\nall keystrokes ({len(all_ms)} runs): min {all_ms[0]:.1f} ms, "
        f"median {statistics.median(all_ms):.1f} ms, p95 {p95:.1f} ms, max {all_ms[-1]:.1f} ms"
    )
    if slow:
        print(f"slower than {TARGET_MS:.0f} ms (median):")
        for typed, median, hits in slow:
            print(f"  {typed!r}: {median:.1f} ms, {hits:,} hits")
    return all_ms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, help="reuse (or create) the database here")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per keystroke")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="sk-bench-") as tmp:
        folder = args.data_dir or Path(tmp)
        path = folder / "sangkien.sqlite3"
        fresh = not path.exists()
        db = open_database(path)
        try:
            if fresh:
                print(f"creating {args.count:,} demo dossiers in {path}")
                build(db, args.count, args.seed, args.batch)
            else:
                with db.session() as session:
                    print(f"reusing {path}: {count_dossiers(session, DossierQuery()):,} dossiers")
            measure(db, args.repeat)
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
