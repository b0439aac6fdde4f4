"""Checking a data folder, as Anki's Check Database does: the database's integrity, its links,
the search index and the similarity index against the dossiers, every attachment against its
SHA-256, and files no record uses. It reports, and repairs what is safe to repair: the indexes
are rebuilt,
unused files are moved aside into a dated folder, temporary files a crash left are removed.
Nothing is repaired in a database that failed its integrity check: only a backup mends that.

Also the cheap check at start (``quick_check``): SQLite's quick_check on the live database.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import DatabaseDamagedError
from sangkien_desktop.domain.messages import Message
from sangkien_desktop.domain.values import format_size
from sangkien_desktop.paths import DataLayout
from sangkien_desktop.services import similarity
from sangkien_desktop.services.backup import data_folder
from sangkien_desktop.services.dossiers.attachments import blob_path
from sangkien_desktop.storage import dossier_tally, search, similarity_index
from sangkien_desktop.storage.backup import sha256_file
from sangkien_desktop.storage.database import Database, database_problem

ERROR, WARNING, INFO = "error", "warning", "info"
UNUSED_DIR = "tep-thua"  # in backups/: unused attachment files, one dated folder per check
RECENT = dt.timedelta(days=1)  # a file this young may belong to an editor still open
_SHA = re.compile(r"[0-9a-f]{64}")
_BLOB_DIR = re.compile(r"[0-9a-f]{2}")
# The steps the progress shows (a worker's progress reaches the window as plain text: the
# window finds the Message again by its text, to show it in the interface language).
STAGES = {code: Message(code) for code in (
    "check_stage_integrity", "check_stage_links", "check_stage_index", "check_stage_similarity",
    "check_stage_attachments", "check_stage_unused", "check_stage_done")}


@dataclass(frozen=True)
class DataFinding:
    code: str  # integrity, foreign_keys, search_index, similarity_index, attachment_missing,
    # attachment_changed, unused_files, leftovers, dossier_counts
    severity: str
    message: Message
    repaired: bool = False
    details: tuple[str, ...] = ()  # for "Chi tiết": SQLite's own words, the files concerned


@dataclass
class CheckReport:
    findings: list[DataFinding] = field(default_factory=list)
    dossiers: int = 0
    files: int = 0
    moved_to: Path | None = None  # where unused files were moved
    cancelled: bool = False

    @property
    def problems_left(self) -> list[DataFinding]:
        return [f for f in self.findings if f.severity == ERROR and not f.repaired]

    @property
    def damaged(self) -> bool:
        return any(f.code == "integrity" for f in self.findings)


@dataclass(frozen=True)
class CheckStep:
    done: int
    total: int
    stage: str = ""


class _Stopped(Exception):
    pass


def quick_check(db: Database) -> tuple[str, ...]:
    """SQLite's quick_check of the live database (a second or so at 100,000 dossiers): what it
    found, empty when the data is sound."""
    try:
        with db.engine.connect() as conn:
            raw: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
            rows = raw.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return (str(exc),)
    result = tuple(str(r[0]) for r in rows)
    return () if result == ("ok",) else result


def _integrity(raw: sqlite3.Connection, cancelled: Callable[[], bool]) -> tuple[str, ...]:
    """SQLite's full integrity check; a Cancel interrupts it within a tenth of a second (the
    check is one long step inside SQLite, which only ``interrupt`` from another thread stops)."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.1):
            if cancelled():
                raw.interrupt()
                return

    watcher = threading.Thread(target=watch, name="sangkien-check-cancel", daemon=True)
    watcher.start()
    try:
        rows = [str(r[0]) for r in raw.execute("PRAGMA integrity_check")]
    except sqlite3.OperationalError as exc:
        if cancelled():
            raise _Stopped from exc
        return (str(exc),)
    except sqlite3.DatabaseError as exc:
        return (str(exc),)
    finally:
        done.set()
        watcher.join()
    return () if rows == ["ok"] else tuple(rows)


def _keys(raw: sqlite3.Connection, where: str) -> dict[int, int]:
    """Dossier id → the key its search entry is stored under (storage.search.list_key)."""
    return {row[0]: search.list_key(dt.datetime.fromisoformat(row[1]), row[0])
            for row in raw.execute(f"SELECT id, updated_at FROM dossier WHERE {where}")}


def _expected_index(raw: sqlite3.Connection) -> dict[int, str]:
    """The search entry of every live dossier, key → text, as the dossier service writes it."""
    names: dict[int, list[str]] = {}
    for dossier_id, name in raw.execute(
            "SELECT dossier_id, full_name FROM author ORDER BY dossier_id, position, id"):
        names.setdefault(dossier_id, []).append(name or "")
    keys = _keys(raw, "deleted_at IS NULL")
    return {
        keys[row[0]]: search.index_text(*row[1:], " ".join(names.get(row[0], [])))
        for row in raw.execute(
            "SELECT id, title, code, unit_name, field_of_application, investor FROM dossier "
            "WHERE deleted_at IS NULL")
    }


def _check_index(raw: sqlite3.Connection, repair: bool) -> DataFinding | None:
    expected = _expected_index(raw)
    found = dict(raw.execute("SELECT rowid, body FROM dossier_fts").fetchall())
    try:
        raw.execute("INSERT INTO dossier_fts(dossier_fts) VALUES ('integrity-check')")
        sound = True
    except sqlite3.DatabaseError as exc:
        # Only damage counts; a read-only database cannot run the check and is judged on rows.
        sound = not getattr(exc, "sqlite_errorname", "").startswith("SQLITE_CORRUPT")
    # A dossier in the bin may keep its row (taking it out of the bin indexes it again); a row
    # of no dossier at all would match whatever dossier later takes its number.
    binned = set(_keys(raw, "deleted_at IS NOT NULL").values())
    # Counted by dossier: an entry under an old key is one dossier, missing and stray.
    wrong = sorted({k & search.ID_MASK for k in expected.keys() | (found.keys() - binned)
                    if expected.get(k) != found.get(k)})
    if sound and not wrong:
        return None
    if not repair:
        return DataFinding("search_index", ERROR, Message("check_index_wrong", count=len(wrong)))
    raw.execute("BEGIN IMMEDIATE")
    try:
        raw.execute("DELETE FROM dossier_fts")
        raw.executemany("INSERT INTO dossier_fts (rowid, body) VALUES (?, ?)",
                        sorted(expected.items()))
        raw.execute("INSERT INTO dossier_fts(dossier_fts) VALUES ('optimize')")
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    return DataFinding("search_index", ERROR, Message("check_index_rebuilt", count=len(wrong)),
                       repaired=True)


def _expected_similarity(raw: sqlite3.Connection,
                         cancelled: Callable[[], bool]) -> dict[int, str]:
    """The similarity entry of every dossier, the bin's included, as services/similarity
    writes it (the terms of its title and description). The longest part of the check at
    100,000 dossiers (some 30 s): a Cancel is heard between dossiers."""
    expected = {}
    for n, row in enumerate(raw.execute(
            "SELECT id, title, description_before, description_solution, description_novelty, "
            "portal_text FROM dossier"), 1):
        if n % 500 == 1 and cancelled():
            raise _Stopped
        expected[row[0]] = similarity.body_of(Dossier(
            title=row[1] or "", description_before=row[2] or "",
            description_solution=row[3] or "", description_novelty=row[4] or "",
            portal_text=row[5] or ""))
    return expected


def _term_counts(bodies: Iterable[str]) -> Counter[str]:
    """How many of these index entries hold each term."""
    held: Counter[str] = Counter()
    for body in bodies:
        held.update(set(body.split()))
    return held


def _check_similarity(raw: sqlite3.Connection, repair: bool,
                      cancelled: Callable[[], bool]) -> DataFinding | None:
    """The similarity index against the dossiers: each entry, and how many dossiers hold each
    term. An index not yet built in the program's format is left to its build at the next
    look (services/similarity.ensure_index)."""
    marked = raw.execute("SELECT docs FROM similarity_df WHERE term = ?",
                         (similarity_index.FORMAT_TERM,)).fetchone()
    if marked is None or marked[0] != similarity.INDEX_FORMAT:
        return None
    expected = _expected_similarity(raw, cancelled)
    # A dossier an import marked pending has no entry yet, by design: its entry is written
    # before the next similarity search (similarity.ensure_index); not a fault.
    pending = {int(term[len(similarity_index.PENDING_PREFIX):]) for (term,) in raw.execute(
        "SELECT term FROM similarity_df WHERE substr(term, 1, 1) = ?",
        (similarity_index.PENDING_PREFIX,))}
    indexed = {i: body for i, body in expected.items() if i not in pending}
    found = dict(raw.execute("SELECT rowid, body FROM similarity_fts").fetchall())
    wrong = sorted(i for i in (indexed.keys() | found.keys()) - pending
                   if indexed.get(i) != found.get(i))
    held = _term_counts([*indexed.values(), *(found[i] for i in pending if i in found)])
    counted = {str(t): int(n) for t, n in raw.execute(
        "SELECT term, docs FROM similarity_df WHERE docs <> 0 AND term <> ? "
        "AND substr(term, 1, 1) <> ?",
        (similarity_index.FORMAT_TERM, similarity_index.PENDING_PREFIX))}
    if not wrong and counted == dict(held):
        return None
    if pending:  # the repair writes every entry, the pending ones too
        held = _term_counts(expected.values())
    code = "check_similarity_wrong" if wrong else "check_similarity_counts"
    if not repair:
        return DataFinding("similarity_index", ERROR, Message(code, count=len(wrong)))
    raw.execute("BEGIN IMMEDIATE")
    try:
        raw.execute("DELETE FROM similarity_fts")
        raw.execute("DELETE FROM similarity_df")
        raw.executemany("INSERT INTO similarity_fts (rowid, body) VALUES (?, ?)",
                        sorted(expected.items()))
        raw.executemany("INSERT INTO similarity_df (term, docs) VALUES (?, ?)",
                        sorted(held.items()))
        raw.execute("INSERT INTO similarity_df (term, docs) VALUES (?, ?)",
                    (similarity_index.FORMAT_TERM, similarity.INDEX_FORMAT))
        raw.execute("INSERT INTO similarity_fts(similarity_fts) VALUES ('optimize')")
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    return DataFinding("similarity_index", ERROR, Message(code + "_rebuilt", count=len(wrong)),
                       repaired=True)


def _referenced(raw: sqlite3.Connection) -> tuple[dict[str, str], set[str]]:
    """The files records point to (SHA-256 → what uses it, for messages), and those only an
    editor's unsaved draft points to."""
    uses: dict[str, str] = {}
    for sha, code, filename in raw.execute(
            "SELECT a.sha256, d.code, a.filename FROM attachment a JOIN dossier d "
            "ON d.id = a.dossier_id ORDER BY d.code, a.position"):
        uses.setdefault(sha, f"{code}: {filename}")
    for sha, filename in raw.execute("SELECT sha256, filename FROM received_document"):
        uses.setdefault(sha, filename)
    for (sha,) in raw.execute("SELECT sha256 FROM blob"):
        uses.setdefault(sha, sha[:12])
    drafts = set()
    for (payload,) in raw.execute("SELECT payload FROM editor_draft"):
        drafts.update(_SHA.findall(payload or ""))
    return uses, drafts


def _stored_files(store: Path) -> list[Path]:
    if not store.is_dir():
        return []
    return [Path(entry.path) for sub in sorted(os.scandir(store), key=lambda e: e.name)
            if sub.is_dir() and _BLOB_DIR.fullmatch(sub.name)
            for entry in os.scandir(sub.path)
            if entry.is_file() and _SHA.fullmatch(entry.name)]


def iter_check_data(
    layout: DataLayout, db: Database, *, repair: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
    session: data_folder.FolderSession | None = None,
    now: dt.datetime | None = None,
) -> Generator[CheckStep, None, CheckReport]:
    """Checks (and with ``repair`` mends what is safe) the data folder, yielding progress;
    returns the report. ``cancelled`` is asked during the long integrity check, so a Cancel
    does not wait for its end. A read-only folder is only checked."""
    now = now or dt.datetime.now()
    repair = repair and not db.read_only
    report = CheckReport()
    with db.engine.connect() as conn:
        raw: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
        try:
            yield from _check_database(raw, report, repair, cancelled)
            if report.damaged:
                return report  # records cannot be trusted: no file is judged unused
            yield from _check_files(layout, raw, report, repair, now)
        except _Stopped:
            report.cancelled = True
            return report
        except sqlite3.DatabaseError as exc:
            typed = database_problem(exc, db.path)
            if typed is None:
                raise
            raise typed from exc
    if repair and session is not None:
        left = data_folder.clean_leftovers(session)
        if left.count:
            report.findings.append(DataFinding(
                "leftovers", INFO, Message("check_leftovers_removed", count=left.count),
                repaired=True))
    return report


def _check_database(raw: sqlite3.Connection, report: CheckReport, repair: bool,
                    cancelled: Callable[[], bool]) -> Generator[CheckStep, None, None]:
    yield CheckStep(0, 5, STAGES["check_stage_integrity"])
    problems = _integrity(raw, cancelled)
    if problems:
        report.findings.append(DataFinding(
            "integrity", ERROR, Message("check_damaged", count=len(problems)), details=problems))
        return
    report.dossiers = raw.execute(
        "SELECT count(*) FROM dossier WHERE deleted_at IS NULL").fetchone()[0]
    yield CheckStep(1, 5, STAGES["check_stage_links"])
    broken = raw.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        report.findings.append(DataFinding(
            "foreign_keys", ERROR, Message("check_broken_links", count=len(broken)),
            details=tuple(f"{t} #{rowid} → {parent}" for t, rowid, parent, _fk in broken[:50])))
    yield CheckStep(2, 5, STAGES["check_stage_index"])
    finding = _check_index(raw, repair)
    if finding is not None:
        report.findings.append(finding)
    yield CheckStep(2, 5, STAGES["check_stage_similarity"])
    finding = _check_similarity(raw, repair, cancelled)
    if finding is not None:
        report.findings.append(finding)
    finding = _check_counts(raw, repair)
    if finding is not None:
        report.findings.append(finding)


def _check_counts(raw: sqlite3.Connection, repair: bool) -> DataFinding | None:
    """The stored dossier counts (storage/dossier_tally.py) against the summary rows: wrong
    counts are written again (the status bar and the overview show them)."""
    if not repair:
        stored = dossier_tally.as_counts(raw.execute(dossier_tally.READ))
        counted = dossier_tally.as_counts(raw.execute(dossier_tally.COUNTED))
        if stored == counted:
            return None
        return DataFinding("dossier_counts", ERROR, Message("check_counts_wrong"))
    raw.execute("BEGIN IMMEDIATE")
    try:
        wrong = dossier_tally.recount(raw.execute)
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    if not wrong:
        return None
    return DataFinding("dossier_counts", ERROR, Message("check_counts_rebuilt"), repaired=True)


def _check_files(layout: DataLayout, raw: sqlite3.Connection, report: CheckReport, repair: bool,
                 now: dt.datetime) -> Generator[CheckStep, None, None]:
    uses, drafts = _referenced(raw)
    stored = {p.name: p for p in _stored_files(layout.attachments)}
    total = 3 + len(uses) + 1
    missing, changed = [], []
    for n, sha in enumerate(sorted(uses), 1):
        if n % 20 == 1:
            yield CheckStep(3 + n, total, STAGES["check_stage_attachments"])
        path = stored.get(sha) or blob_path(layout.attachments, sha)
        if not path.is_file():
            missing.append(uses[sha])
        elif sha256_file(path) != sha:
            changed.append(uses[sha])
    report.files = len(uses)
    if missing:
        report.findings.append(DataFinding(
            "attachment_missing", ERROR, Message("check_attachments_missing", count=len(missing)),
            details=tuple(missing)))
    if changed:
        report.findings.append(DataFinding(
            "attachment_changed", ERROR, Message("check_attachments_changed", count=len(changed)),
            details=tuple(changed)))
    yield CheckStep(total - 1, total, STAGES["check_stage_unused"])
    cutoff = (now - RECENT).timestamp()
    unused = [p for sha, p in stored.items()
              if sha not in uses and sha not in drafts and p.stat().st_mtime < cutoff]
    if unused:
        size = format_size(sum(p.stat().st_size for p in unused))
        names = tuple(p.name for p in unused)
        if not repair:
            report.findings.append(DataFinding(
                "unused_files", WARNING, Message("check_unused_files", count=len(unused),
                                                 size=size), details=names))
        else:
            target = layout.backups / UNUSED_DIR / now.strftime("%Y%m%d-%H%M%S")
            for path in unused:
                (target / path.parent.name).mkdir(parents=True, exist_ok=True)
                os.replace(path, target / path.parent.name / path.name)
            report.moved_to = target
            report.findings.append(DataFinding(
                "unused_files", WARNING, Message("check_unused_moved", count=len(unused),
                                                 size=size, folder=target),
                repaired=True, details=names))
    yield CheckStep(total, total, STAGES["check_stage_done"])


def check_data(layout: DataLayout, db: Database, *, repair: bool = True,
               progress: Callable[[CheckStep], None] | None = None,
               session: data_folder.FolderSession | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> CheckReport:
    steps = iter_check_data(layout, db, repair=repair, session=session, cancelled=cancelled)
    while True:
        try:
            step = next(steps)
        except StopIteration as done:
            report: CheckReport = done.value
            return report
        if progress is not None:
            progress(step)


def start_check(session: data_folder.FolderSession, db: Database,
                now: dt.datetime | None = None) -> bool:
    """The check at start, when due (after a window that did not close properly, and weekly):
    SQLite's quick_check of the live database. Raises DatabaseDamagedError when it finds
    damage; True when it ran and found none, False when it was not due."""
    if not data_folder.start_check_due(session, now):
        return False
    problems = quick_check(db)
    if problems:
        raise DatabaseDamagedError("start_check_damaged", code="db_damaged")
    data_folder.record_check(session.layout, now)
    return True
