"""Search latency over 100,000 demo dossiers, and the time the bulk path takes to store them.

    .venv/bin/python benchmarks/search.py                  # fresh database in a temp dir
    .venv/bin/python benchmarks/search.py --data-dir /tmp/sk100k   # create once, then reuse
    .venv/bin/python benchmarks/search.py --data-dir /tmp/sk100k \
        --database postgresql://user:password@host/empty_db     # SQLite and the server, side by side

Each query is typed letter by letter as a user would; every keystroke runs what the dossier
list runs: open_list (the first page of 200 rows and the match count, capped at 1,000 for
a search, exactly as the window does). Aim: a keystroke answers in < 50 ms.

With ``--database`` the same demo dossiers (same count and seed) are stored in that server
database too (it must be empty, or hold what an earlier run stored), and every keystroke is
timed on both engines; the table shows both medians and the server's ratio to SQLite.
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
from sangkien_desktop.storage import transfer
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
    with db.engine.begin() as conn:
        transfer.analyze(conn)  # as a server's autovacuum would a minute later
    print(file=sys.stderr)
    print(f"generation only:              {generation:7.2f} s for {generated:,} dossiers")
    print(f"generation + bulk insert:     {inserted:7.2f} s for {stored:,} dossiers")
    print(f"  of which insert (estimate): {inserted - generation:7.2f} s")
    print(f"  + commit:                   {total - inserted:7.2f} s")


def timings(db: Database, repeat: int) -> dict[str, tuple[int, float, list[float]]]:
    """Each keystroke → (hits, cold ms, warm ms of ``repeat`` runs)."""
    found: dict[str, tuple[int, float, list[float]]] = {}
    with db.session() as session:
        for query in QUERIES:
            for typed in keystrokes(query):
                q = DossierQuery(search=typed)
                times = []
                for _ in range(repeat + 1):
                    started = time.perf_counter()
                    page = open_list(session, q)
                    times.append((time.perf_counter() - started) * 1000)
                    session.rollback()  # each keystroke reads afresh, as the window's list does
                assert len(page.rows) == min(page.total, 200)
                found[typed] = (page.total, times[0], times[1:])
    return found


def side_by_side(local: Database, server: Database, repeat: int) -> None:
    """Both engines, keystroke by keystroke (taken in turn, so a busy spell hits both)."""
    one, two = timings(local, repeat), timings(server, repeat)
    print(f"\n{'query':<16}{'hits':>9}{'SQLite ms':>11}{'server ms':>11}{'ratio':>7}")
    for typed, (hits, _cold, warm) in one.items():
        their_hits, _c, their_warm = two[typed]
        assert their_hits == hits, (typed, hits, their_hits)  # the same answers
        a, b = statistics.median(warm), statistics.median(their_warm)
        print(f"{typed!r:<16}{hits:>9,}{a:>11.1f}{b:>11.1f}{b / a:>7.2f}")
    for name, found in (("SQLite", one), ("server", two)):
        every = sorted(ms for _h, _c, warm in found.values() for ms in warm)
        p95 = every[int(0.95 * (len(every) - 1))]
        slow = sum(1 for _h, _c, warm in found.values() if statistics.median(warm) > TARGET_MS)
        print(f"{name:<7} all keystrokes ({len(every)} runs): median "
              f"{statistics.median(every):.1f} ms, p95 {p95:.1f} ms, max {every[-1]:.1f} ms; "
              f"{slow} keystrokes slower than {TARGET_MS:.0f} ms")
    both = [(statistics.median(two[t][2]), statistics.median(w)) for t, (_h, _c, w) in one.items()]
    print(f"server / SQLite, median of the keystrokes' ratios: "
          f"{statistics.median(b / a for b, a in both):.2f}")


def measure(db: Database, repeat: int) -> list[float]:
    all_ms: list[float] = []
    slow: list[tuple[str, float, int]] = []
    print(f"\n{'query':<16}{'hits':>9}{'cold ms':>10}{'median ms':>11}{'max ms':>9}")
    for typed, (hits, cold, warm) in timings(db, repeat).items():
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
    parser.add_argument("--database", metavar="URL",
                        help="a PostgreSQL database (empty, or built by an earlier run) to "
                        "measure beside SQLite")
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
            if args.database:
                server = prepared_server(args.database, db, args)
                try:
                    side_by_side(db, server, args.repeat)
                finally:
                    server.close()
            else:
                measure(db, args.repeat)
        finally:
            db.close()
    return 0


def prepared_server(url: str, local: Database, args: argparse.Namespace) -> Database:
    """The server database holding the same dossiers as ``local`` (built when empty)."""
    server = open_database(url)
    with server.session() as session:
        have = count_dossiers(session, DossierQuery(old_versions=True))
    with local.session() as session:
        want = count_dossiers(session, DossierQuery(old_versions=True))
    if have == 0:
        print(f"creating {args.count:,} demo dossiers in {server.label}")
        build(server, args.count, args.seed, args.batch)
    elif have != want:
        server.close()
        raise SystemExit(f"{server.label} holds {have:,} dossiers, not {want:,}: give an empty "
                         "database")
    else:
        print(f"reusing {server.label}: {have:,} dossiers")
    return server


if __name__ == "__main__":
    sys.exit(main())
