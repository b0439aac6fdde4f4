"""Search latency over 100,000 demo dossiers, and the time the bulk path takes to store them.

    .venv/bin/python benchmarks/search.py                  # fresh database in a temp dir
    .venv/bin/python benchmarks/search.py --data-dir /tmp/sk100k   # create once, then reuse
    .venv/bin/python benchmarks/search.py --data-dir /tmp/sk100k \
        --database postgresql://user:password@host/empty_db     # SQLite and the server, side by side

Each query is typed letter by letter as a user would; every keystroke runs what the dossier
list runs: open_list (the first page of 200 rows and the match count, capped at 1,000 for
a search, exactly as the window does). Beside it, in the same run and on the same connection,
the reference: the raw FTS5 query fetching every match's rowid
(``SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ?``). Both are timed ``--repeat``
times per keystroke, interleaved; the medians per keystroke give the p50 and p95 over all
keystrokes. Aims: p50 ≤ 2× the reference's p50, p95 ≤ 25 ms.

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
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    count_dossiers,
    match_expression,
    open_list,
)
from sangkien_desktop.storage import transfer
from sangkien_desktop.storage.database import Database, open_database

# What users type: the brief's list, a surname, unit words, one with diacritics.
QUERIES = ("sang kien", "duong", "lao dong", "nguyen", "Phạm", "truong thcs", "benh vien",
           "hoa binh", "Đường may")  # fmt: skip
TARGET_P95_MS = 25.0
RAW_FTS = "SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH ?"


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
        slow = sum(1 for _h, _c, warm in found.values() if statistics.median(warm) > TARGET_P95_MS)
        print(f"{name:<7} all keystrokes ({len(every)} runs): median "
              f"{statistics.median(every):.1f} ms, p95 {p95:.1f} ms, max {every[-1]:.1f} ms; "
              f"{slow} keystrokes slower than {TARGET_P95_MS:.0f} ms")
    both = [(statistics.median(two[t][2]), statistics.median(w)) for t, (_h, _c, w) in one.items()]
    print(f"server / SQLite, median of the keystrokes' ratios: "
          f"{statistics.median(b / a for b, a in both):.2f}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[round(share * (len(ordered) - 1))]


def measure(db: Database, repeat: int) -> None:
    ours_ms: list[float] = []
    raw_ms: list[float] = []
    cpu_ms: list[float] = []  # ours in CPU time: on a busy machine, what the code itself costs
    print(f"\n{'query':<16}{'hits':>9}{'listed':>8}{'ours ms':>9}{'raw FTS ms':>12}{'ratio':>7}")
    with db.session() as session:
        raw = session.connection().connection.dbapi_connection
        for query in QUERIES:
            for typed in keystrokes(query):
                q = DossierQuery(search=typed)
                expression = match_expression(typed)
                open_list(session, q)  # warm: the first keystroke of a word pays the cache
                ours, reference, cpu = [], [], []
                for _ in range(repeat):
                    started, started_cpu = time.perf_counter(), time.process_time()
                    page = open_list(session, q)
                    ours.append((time.perf_counter() - started) * 1000)
                    cpu.append((time.process_time() - started_cpu) * 1000)
                    started = time.perf_counter()
                    hits = raw.execute(RAW_FTS, (expression,)).fetchall()
                    reference.append((time.perf_counter() - started) * 1000)
                assert len(page.rows) == min(page.total, 200)
                a, b = statistics.median(ours), statistics.median(reference)
                ours_ms.append(a)
                raw_ms.append(b)
                cpu_ms.append(statistics.median(cpu))
                shown = f"{page.total:,}" + ("+" if page.more else "")
                print(f"{typed!r:<16}{len(hits):>9,}{shown:>8}{a:>9.1f}{b:>12.1f}{a / b:>7.1f}")
    p50, p95 = statistics.median(ours_ms), percentile(ours_ms, 0.95)
    r50, r95 = statistics.median(raw_ms), percentile(raw_ms, 0.95)
    print(f"\n{len(ours_ms)} keystrokes, medians of {repeat} runs each:")
    print(f"  p50: ours {p50:6.1f} ms   raw FTS5 (every hit) {r50:6.1f} ms   ratio {p50 / r50:4.2f}"
          f"   (aim ≤ 2)")
    print(f"  p95: ours {p95:6.1f} ms   raw FTS5 (every hit) {r95:6.1f} ms   ratio {p95 / r95:4.2f}"
          f"   (aim ≤ {TARGET_P95_MS:.0f} ms)")
    print(f"  max: ours {max(ours_ms):6.1f} ms   raw FTS5 (every hit) {max(raw_ms):6.1f} ms")
    print(f"  ours in CPU time: p50 {statistics.median(cpu_ms):.1f} ms, "
          f"p95 {percentile(cpu_ms, 0.95):.1f} ms, max {max(cpu_ms):.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, help="reuse (or create) the database here")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per keystroke")
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
