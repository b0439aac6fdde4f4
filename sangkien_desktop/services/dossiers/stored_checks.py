"""The check kept with each dossier (``dossier_summary``, storage/dossier_summary.py): how many
errors it has and how many warnings nobody acknowledged, so the overview counts the dossiers
with either without checking 100,000 dossiers, and the list filters them.

What is kept is the dossier's own check: its content against its programme's rules, with its
decisions and the package it came in (``checks.context_for`` without files and without other
dossiers). The duplicate hint needs every other dossier and changes with each of their saves,
and a file can go missing without the database knowing: the editor's check and "Kiểm tra"
still look at both; the data check (services/backup/data_check.py) finds missing files.

A check is done again when it is ``due``: triggers raise it on every change of what the check
reads, the rules it was made under changed (a programme file added or edited, another version
of the program: ``stamp``), or the day came when its answer may change (``valid_until``,
domain/validation/expiry.py). ``iter_refresh`` does the due ones in the caller's transaction,
``iter_refresh_batches`` each batch in a unit of work of its own; a check written for a change
that another one followed meanwhile stays due.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
import time
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from sangkien_desktop import __version__
from sangkien_desktop.domain.campaign import Campaign
from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import SangKienError
from sangkien_desktop.domain.progress import Progress, drive
from sangkien_desktop.domain.validation import (
    RULE_TABLE,
    Acknowledgement,
    CheckContext,
    changes_on,
    check_dossier,
)
from sangkien_desktop.services import unit_of_work
from sangkien_desktop.services.council.decisions import outcomes_of
from sangkien_desktop.services.dossiers import checks, history
from sangkien_desktop.services.dossiers.dossier_rows import get_dossiers
from sangkien_desktop.services.dossiers.list_query import dialect_of
from sangkien_desktop.services.settings import get_value, set_value
from sangkien_desktop.storage.database import Database

BATCH = 500
RETRIES, RETRY_PAUSE = 4, 0.2  # a batch another writer held up is tried again, a pause between
FALLBACK = "cong-nhan-cap-co-so"  # checks.campaign_of: a dossier naming no known programme
# The stamps of the rules the kept checks were last compared with (Settings), one entry per
# computer: while this computer's programmes stay the same, no kept check is looked at for its
# stamp. Per computer because the programme files are (a shared database is read by computers
# whose programmes may differ: each would otherwise make every check due after the other's).
STAMPS_KEY = "stored_checks.stamps"


def stamps_key() -> str:
    return f"{STAMPS_KEY}.{platform.node() or 'local'}"
# The program's own rules: its version and the rule table (ids and severities).
_RULES = hashlib.sha256(
    (__version__ + "".join(f"{r.id}{r.severity}" for r in RULE_TABLE)).encode()).hexdigest()


@dataclass(frozen=True)
class StoredCheck:
    errors: int
    warnings: tuple[tuple[str, str, str], ...]  # Finding.key of each warning found
    open_warnings: int
    valid_until: dt.date | None


def campaign_stamp(campaign: Campaign, *, fallback: bool = False) -> str:
    """What a check under ``campaign`` depends on: the program's rules and the programme file
    (``fallback``: it stands for a programme not known here, so any programme added changes
    the answer)."""
    raw = json.dumps(campaign.raw, sort_keys=True, ensure_ascii=False, default=str)
    kind = "fallback" if fallback else campaign.id
    return hashlib.sha256(f"{_RULES}|{kind}|{raw}".encode()).hexdigest()[:24]


class Stamps:
    """The stamp of each programme of ``campaigns``, and of the fallback (with the set of
    programmes known, so a programme added makes its dossiers' checks due)."""

    def __init__(self, campaigns: dict[str, Campaign]):
        self.by_id = {cid: campaign_stamp(c) for cid, c in campaigns.items()}
        fallback = campaigns.get(FALLBACK)
        self.fallback = "" if fallback is None else campaign_stamp(fallback, fallback=True) + (
            hashlib.sha256("|".join(sorted(campaigns)).encode()).hexdigest()[:8])

    def of(self, campaign_id: str) -> str:
        return self.by_id.get(campaign_id, self.fallback)

    def key(self) -> str:
        return "|".join(sorted({*self.by_id.values(), self.fallback}))


def check_one(dossier: Dossier, campaign: Campaign, ctx: CheckContext,
              acks: Sequence[Acknowledgement]) -> StoredCheck:
    report = check_dossier(dossier, campaign, ctx)
    warnings = tuple(f.key for f in report.warnings)
    return StoredCheck(len(report.errors), warnings, checks.open_count(warnings, acks),
                       changes_on(dossier, campaign, ctx.today))


def _write(session: Session, rows: list[dict[str, object]]) -> None:
    if rows:
        session.execute(text(
            "UPDATE dossier_summary SET errors = :errors, open_warnings = :open, "
            "warnings = :warnings, stamp = :stamp, checked_on = :today, "
            "valid_until = :valid, due = 0 WHERE dossier_id = :id AND due = :due"), rows)


def check_batch(session: Session, campaigns: dict[str, Campaign], stamps: Stamps,
                due: Sequence[tuple[int, int]], today: dt.date) -> int:
    """Checks the dossiers of ``due`` ((id, due) pairs, read from dossier_summary) and keeps
    what each check found; returns how many were kept (a dossier whose programme cannot be
    found, not even the fallback, stays due)."""
    # SQLite reads the uuids from the narrow filter index, not the wide rows (a server has
    # no such index: it plans the lookup itself).
    narrow = " INDEXED BY ix_dossier_filter" if dialect_of(session) == "sqlite" else ""
    uuids: dict[int, str] = dict(session.execute(
        text(f"SELECT id, uuid FROM dossier{narrow} WHERE id IN "
             f"({', '.join(str(int(i)) for i, _ in due)})")).all())
    dossiers = get_dossiers(session, uuids.values())
    outcomes = outcomes_of(session, uuids.values())
    withheld = history.withheld_of(session, uuids.values())
    acks = checks.acknowledgements_of(session, uuids.values())
    unit = checks.unit_rules(session)
    rows = []
    for dossier_id, generation in due:
        uuid = uuids.get(dossier_id)
        dossier = dossiers.get(uuid) if uuid is not None else None
        campaign = None if dossier is None else (
            campaigns.get(dossier.campaign_id) or campaigns.get(FALLBACK))
        if dossier is None or campaign is None:
            continue
        ctx = checks.make_context(today, outcomes.get(dossier.uuid),
                                  withheld.get(dossier.uuid, frozenset()), **unit,
                                  dossier=dossier)
        kept = check_one(dossier, campaign, ctx, acks.get(dossier.uuid, []))
        rows.append({"id": dossier_id, "due": generation, "errors": kept.errors,
                     "open": kept.open_warnings, "warnings": json.dumps(kept.warnings),
                     "stamp": stamps.of(dossier.campaign_id), "today": today,
                     "valid": kept.valid_until})
    _write(session, rows)
    return len(rows)


def mark_stale(session: Session, stamps: Stamps, today: dt.date) -> None:
    """Makes due the checks whose answer may have changed with the day, and (when this
    computer's programmes changed since it last asked) those made under other rules."""
    session.execute(text("UPDATE dossier_summary SET due = due + 1 "
                         "WHERE valid_until IS NOT NULL AND valid_until <= :today"),
                    {"today": today})
    key = stamps.key()
    if get_value(session, stamps_key()) != key:
        current = sorted({*stamps.by_id.values(), stamps.fallback})
        marks = ", ".join(f":s{i}" for i in range(len(current)))
        session.execute(text(f"UPDATE dossier_summary SET due = due + 1 "
                             f"WHERE stamp NOT IN ({marks})"),
                        {f"s{i}": s for i, s in enumerate(current)})
        set_value(session, stamps_key(), key)


def prepare(session: Session, campaigns: dict[str, Campaign], *,
            today: dt.date | None = None) -> int:
    """mark_stale, then how many checks are due (in the caller's transaction)."""
    mark_stale(session, Stamps(campaigns), today or dt.date.today())
    return int(session.execute(text(
        "SELECT count(*) FROM dossier_summary WHERE due > 0")).scalar_one())


def _due(session: Session) -> list[tuple[int, int]]:
    return [(int(i), int(g)) for i, g in session.execute(text(
        "SELECT dossier_id, due FROM dossier_summary WHERE due > 0 ORDER BY dossier_id")).all()]


def iter_refresh(session: Session, campaigns: dict[str, Campaign], *,
                 today: dt.date | None = None,
                 batch: int = BATCH) -> Generator[Progress, None, int]:
    """Checks again every dossier whose kept check is due (mark_stale first), in the caller's
    transaction, ``batch`` at a time, yielding after each. Returns how many were written."""
    today = today or dt.date.today()
    stamps = Stamps(campaigns)
    mark_stale(session, stamps, today)
    due = _due(session)
    written = 0
    for start in range(0, len(due), batch):
        written += check_batch(session, campaigns, stamps, due[start:start + batch], today)
        yield Progress(min(start + batch, len(due)), len(due), "check")
    return written


def refresh(session: Session, campaigns: dict[str, Campaign], *,
            today: dt.date | None = None) -> int:
    """``iter_refresh`` to its end, in the caller's transaction."""
    return drive(iter_refresh(session, campaigns, today=today))


def iter_refresh_batches(db: Database, campaigns: dict[str, Campaign], *,
                         today: dt.date | None = None,
                         batch: int = BATCH) -> Generator[Progress, None, int]:
    """``iter_refresh`` for many checks (the first start after the upgrade that made them:
    every dossier; a programme changed): each batch in a unit of work of its own, so the
    database is held a moment at a time (another officer's save goes through between two) and
    what was done is kept if it is stopped. Returns how many were written."""
    today = today or dt.date.today()
    stamps = Stamps(campaigns)
    with unit_of_work.session(db) as session:
        mark_stale(session, stamps, today)
        due = _due(session)
    written = 0
    for start in range(0, len(due), batch):
        for attempt in range(1, RETRIES + 1):
            try:
                with unit_of_work.session(db) as session:
                    written += check_batch(session, campaigns, stamps, due[start:start + batch],
                                           today)
                break
            except SangKienError as exc:
                # Another writer came between (a save on this computer, another officer's):
                # the batch is rolled back whole and safe to do again (``due`` guards it).
                if exc.code != "db_busy" or attempt == RETRIES:
                    raise
                time.sleep(RETRY_PAUSE * attempt)
        yield Progress(min(start + batch, len(due)), len(due), "check")
    return written


def refresh_batches(db: Database, campaigns: dict[str, Campaign], *,
                    today: dt.date | None = None) -> int:
    """``iter_refresh_batches`` to its end."""
    return drive(iter_refresh_batches(db, campaigns, today=today))


def refresh_dossiers(session: Session, campaigns: dict[str, Campaign], uuids: Iterable[str], *,
                     today: dt.date | None = None) -> int:
    """Checks these dossiers again now (a save, an import), in the caller's transaction."""
    wanted = list(dict.fromkeys(uuids))
    stamps = Stamps(campaigns)
    written = 0
    for start in range(0, len(wanted), BATCH):
        part = wanted[start:start + BATCH]
        marks = ", ".join(f":u{i}" for i in range(len(part)))
        due = [(int(i), int(g)) for i, g in session.execute(text(
            f"SELECT s.dossier_id, s.due FROM dossier AS d JOIN dossier_summary AS s "
            f"ON s.dossier_id = d.id WHERE d.uuid IN ({marks})"),
            {f"u{i}": u for i, u in enumerate(part)}).all()]
        if due:
            written += check_batch(session, campaigns, stamps, due, today or dt.date.today())
    return written
