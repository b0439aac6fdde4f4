"""The "Việc cần làm" overview (services/overview.py) over 100,000 demo dossiers.

    .venv/bin/python benchmarks/overview.py                        # fresh data in a temp dir
    .venv/bin/python benchmarks/overview.py --data-dir /tmp/sk100k  # create once, then reuse

Prints the median and worst time of one ``overview()`` call (every part: the counts per status,
dossiers with errors and with warnings nobody acknowledged from their kept checks, meetings
without a decision, nominations due, portal answers, the phase target), beside the reference
measured in the same run: the list's own count of every live dossier (what the status bar
shows, read from an index alone), and the ratio. Aim: under 50 ms.

With ``--full-refresh`` it also times checking every dossier again (what the first start after
the upgrade that made the kept checks does, services/dossiers/stored_checks.py), and one
dossier's check after its save (what the editor adds to a save).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from sangkien_desktop.services.context import open_app_data
from sangkien_desktop.services.demo.demo_dossiers import create_demo
from sangkien_desktop.services.dossiers import stored_checks
from sangkien_desktop.services.dossiers.list_query import (
    DossierQuery,
    count_dossiers,
    list_dossiers,
)
from sangkien_desktop.services.nominating import targets
from sangkien_desktop.services.overview import overview
from sangkien_desktop.services.settings import save_unit_profile, unit_profile

TARGET_MS = 50.0
CAMPAIGN = "mot-trieu-sang-kien-2021-2023"


def _times(call, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--full-refresh", action="store_true",
                        help="also time checking every dossier again")
    args = parser.parse_args(argv)
    root = args.data_dir or Path(tempfile.mkdtemp(prefix="sk-overview-"))
    app = open_app_data(root)
    try:
        campaign = app.campaigns[CAMPAIGN]
        with app.db.session() as session:
            if count_dossiers(session, DossierQuery()) == 0:  # a new folder: fill it once
                print(f"storing {args.count:,} demo dossiers…", file=sys.stderr)
                create_demo(session, args.count, seed=1, campaigns=app.campaigns)
                # A programme with targets, so the phase target is computed too.
                save_unit_profile(session, dataclasses.replace(unit_profile(session),
                                                               campaign_id=CAMPAIGN))
                targets.set_targets(session, campaign, {("Công đoàn A", "2"): 300})
                session.commit()
        now = campaign.phases[-1].eligible_to
        assert now is not None
        moment = dt.datetime.combine(now, dt.time(9, 0))  # inside the last phase: a target shows
        with app.db.session() as session:
            found = overview(session, app.campaigns, moment)
            ours = _times(lambda: overview(session, app.campaigns, moment), args.repeat)
            reference = _times(lambda: count_dossiers(session, DossierQuery()), args.repeat)
        print(f"dossiers: {found.total:,}  counts: {found.counts}")
        print(f"with errors: {found.with_errors:,}, open warnings: {found.open_warnings:,}, "
              f"checks due: {found.checks_due:,}")
        print(f"meetings without decision: {found.meetings_without_decision}, "
              f"nominations due: {len(found.nominations_due)}, target: {found.target}")
        if args.full_refresh:
            _refresh_figures(app, args.repeat)
        ours_ms, ref_ms = statistics.median(ours), statistics.median(reference)
        print(f"overview():            median {ours_ms:7.2f} ms  worst {max(ours):7.2f} ms")
        print(f"reference (list count): median {ref_ms:7.2f} ms  worst {max(reference):7.2f} ms")
        print(f"ratio: {ours_ms / ref_ms:.1f}×   aim: < {TARGET_MS:.0f} ms → "
              f"{'met' if ours_ms < TARGET_MS else 'NOT MET'}")
        return 0 if ours_ms < TARGET_MS else 1
    finally:
        app.close()


def _refresh_figures(app, repeat: int) -> None:
    with app.db.session() as session:
        session.execute(text("UPDATE dossier_summary SET due = due + 1"))
        session.commit()
    started = time.perf_counter()
    written = stored_checks.refresh_batches(app.db, app.campaigns)
    every = time.perf_counter() - started
    with app.db.session() as session:
        print(f"every check again:      {written:,} dossiers in {every:.1f} s "
              f"({every / max(written, 1) * 1000:.2f} ms each)")
        uuids = [r.uuid for r in list_dossiers(session, DossierQuery(), limit=repeat)]
        one = _times(lambda: stored_checks.refresh_dossiers(
            session, app.campaigns, [uuids.pop()]), len(uuids))
        session.rollback()
        print(f"one dossier's check:    median {statistics.median(one):7.2f} ms  "
              f"worst {max(one):7.2f} ms")


if __name__ == "__main__":
    raise SystemExit(main())
