"""Similarity against the archive, offline: which stored dossiers (received ones included) are
most alike one dossier's title and description.

Each dossier's terms (domain/similarity.py: folded words and word pairs, form headings and
legal boilerplate left out) are kept in the similarity index with how many dossiers hold each
term (storage/similarity_index.py, on either engine), which save_dossier keeps in step. An
import's bulk insert leaves its dossiers' entries for later (marked pending: working out the
terms and writing them is most of what indexing a dossier costs, and an import of a thousand
should go at the speed of the disk): ``ensure_index``, which every search is preceded by, and
the window's background refresher write them (``bring_current``). A search takes the query's rarest terms, lets the index rank the dossiers
holding them, and scores the best candidates by TF-IDF cosine. A match is a hint for the council, never a
rejection: the check reports it as a warning that is accepted with a written reason.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dossier import Dossier
from sangkien_desktop.domain.errors import InputError, SangKienError
from sangkien_desktop.domain.progress import Progress, drive
from sangkien_desktop.domain.similarity import cosine, dossier_terms, idfs, weights
from sangkien_desktop.services.settings import get_value, set_value
from sangkien_desktop.storage import registers, similarity_index
from sangkien_desktop.storage.database import Database, busy_elsewhere, refused_write
from sangkien_desktop.storage.models import DossierRow, DossierVersionRow

# Bump when domain/similarity.py changes what a dossier's terms are: the index is rebuilt.
INDEX_FORMAT = 1
# The register (storage/registers.py) whose lock the one building the index holds.
INDEX_REGISTER = "similarity_index"
# Thresholds (per cent of cosine similarity), kept as settings.
SHOW_SETTING, WARN_SETTING = "similarity_show_percent", "similarity_warn_percent"
DEFAULT_SHOW, DEFAULT_WARN = 25, 45
QUERY_TERMS = 48  # the query's rarest terms the index looks for
COMMON_MIN, COMMON_SHARE = 50, 50  # a term more than 1/50 of the dossiers hold is common
CANDIDATES = 150  # dossiers ranked by the index, then scored by cosine
_BATCH = 500
BACKGROUND_BATCH = 100  # pending entries a unit of work of the background refresher writes
RETRIES, RETRY_PAUSE = 4, 0.2  # a batch another writer held up is tried again, a pause between
STAGE = "similarity"  # the stage of the progress bringing the index current
_IN_CHUNK = 900  # parameters per IN (…)


def description_parts(d: Dossier) -> tuple[str, ...]:
    parts = (d.description_before, d.description_solution, d.description_novelty)
    return parts if any(p.strip() for p in parts) else (d.portal_text,)


def body_of(d: Dossier) -> str:
    """What the index holds for a dossier: its terms, space-separated."""
    return " ".join(dossier_terms(d.title, *description_parts(d)))


def index(session: Session, dossier_id: int, dossier: Dossier) -> None:
    similarity_index.add(session, dossier_id, body_of(dossier))


def unindex(session: Session, dossier_id: int) -> None:
    """Takes a purged dossier out of the index."""
    similarity_index.drop(session, dossier_id)


def rebuild(session: Session, progress: Callable[[int, int], None] | None = None) -> int:
    """Indexes every stored dossier again, in the session's transaction."""
    from sqlalchemy.orm import selectinload

    from sangkien_desktop.services.dossiers.dossier_rows import to_domain

    ids = list(session.scalars(select(DossierRow.id).order_by(DossierRow.id)))
    similarity_index.clear(session)
    for start in range(0, len(ids), _BATCH):
        rows = session.scalars(select(DossierRow).where(DossierRow.id.in_(ids[start:start + _BATCH]))
                               .options(selectinload(DossierRow.authors))).all()
        bodies = [{"id": row.id, "body": body_of(to_domain(row))} for row in rows]
        insert_bodies(session, bodies)
        if progress is not None:
            progress(min(start + _BATCH, len(ids)), len(ids))
    similarity_index.optimize(session)
    similarity_index.mark_format(session, INDEX_FORMAT)
    return len(ids)


def insert_bodies(session: Session, rows: list[dict[str, object]]) -> None:
    """Indexes dossiers not in the index yet (the bulk path): {"id": dossier id, "body": …}."""
    similarity_index.add_many(session, rows)


def defer(session: Session, ids: Iterable[int]) -> None:
    """Leaves these new dossiers' entries for later (the bulk path of an import)."""
    similarity_index.mark_pending(session, ids)


def behind(session: Session) -> bool:
    """Whether a dossier's entry is still to be written (or the index to be built)."""
    return (similarity_index.stored_format(session) != INDEX_FORMAT
            or bool(similarity_index.pending(session, limit=1)))


def entries_pending(session: Session) -> bool:
    """Whether an import left entries for later in an index otherwise built (what the
    background refresher writes: ``iter_bring_current_batches``)."""
    return (similarity_index.stored_format(session) == INDEX_FORMAT
            and bool(similarity_index.pending(session, limit=1)))


def _bodies_of(session: Session, ids: list[int]) -> dict[int, str]:
    from sqlalchemy.orm import selectinload

    from sangkien_desktop.services.dossiers.dossier_rows import to_domain

    rows = session.scalars(select(DossierRow).where(DossierRow.id.in_(ids))
                           .options(selectinload(DossierRow.authors))).all()
    return {row.id: body_of(to_domain(row)) for row in rows}


def _write_pending(session: Session, ids: list[int]) -> None:
    """Writes the entries of these pending dossiers and takes their marks away. A dossier
    indexed since it was marked (saved again) gets its entry again, from the same text; one
    purged since has none to get."""
    bodies = _bodies_of(session, ids)
    held = similarity_index.bodies(session, list(bodies))
    for dossier_id in sorted(held):
        similarity_index.add(session, dossier_id, bodies.pop(dossier_id))
    similarity_index.add_many(session, [{"id": i, "body": b} for i, b in bodies.items()])
    similarity_index.unmark_pending(session, ids)


def iter_bring_current(session: Session,
                       batch: int = _BATCH) -> Generator[Progress, None, int]:
    """Writes the entries of the dossiers marked pending, ``batch`` at a time, in the session's
    transaction, yielding after each batch; returns how many were written."""
    total = len(similarity_index.pending(session))
    done = 0
    while ids := similarity_index.pending(session, limit=batch):
        _write_pending(session, ids)
        done += len(ids)
        yield Progress(min(done, total), max(total, done), STAGE)
    return done


def iter_bring_current_batches(db: Database, batch: int = BACKGROUND_BATCH,
                               ) -> Generator[Progress, None, int]:
    """``iter_bring_current`` off the officer's way (the window's background refresher): each
    batch in a unit of work of its own, holding the index's register, so the database is held
    a moment at a time and what was written is kept if it is stopped. An index still to be
    built (an older format) is left to ``ensure_index``. Returns how many were written."""
    from sangkien_desktop.services import unit_of_work

    with unit_of_work.session(db) as session:
        total = (len(similarity_index.pending(session))
                 if similarity_index.stored_format(session) == INDEX_FORMAT else 0)
    done = 0
    while total:
        for attempt in range(1, RETRIES + 1):
            try:
                with unit_of_work.session(db) as session:
                    registers.take(session, INDEX_REGISTER, 0)
                    ids = (similarity_index.pending(session, limit=batch)
                           if similarity_index.stored_format(session) == INDEX_FORMAT else [])
                    _write_pending(session, ids)
                break
            except SangKienError as exc:
                # Another writer came between: the batch is rolled back whole, safe to redo.
                if exc.code != "db_busy" or attempt == RETRIES:
                    raise
                time.sleep(RETRY_PAUSE * attempt)
        if not ids:
            break
        done += len(ids)
        yield Progress(min(done, total), max(total, done), STAGE)
    return done


def bring_current(session: Session) -> int:
    """``iter_bring_current`` to its end."""
    return drive(iter_bring_current(session))


def drop_from(session: Session, first_id: int) -> None:
    """Drops stale entries of ids about to be handed out again (the bulk path on SQLite)."""
    similarity_index.drop_from(session, first_id)


def ensure_index(session: Session) -> None:
    """Builds the index once for dossiers stored before it existed (or in an older format),
    and writes the entries an import left for later; in data that cannot be written (a
    read-only folder or login) the index stays as it is. Two officers opening it at once on a
    server: the second waits for the first's build and finds it done."""
    if not behind(session):
        return
    try:
        with session.begin_nested():
            registers.take(session, INDEX_REGISTER, 0)
            if similarity_index.stored_format(session) != INDEX_FORMAT:
                rebuild(session)
            else:
                bring_current(session)
    except Exception as exc:
        if not (refused_write(exc) or busy_elsewhere(exc)):  # built at a later look
            raise


# ---- thresholds ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Thresholds:
    show: int = DEFAULT_SHOW  # a match at or above this (per cent) is listed
    warn: int = DEFAULT_WARN  # at or above this the check warns


def thresholds(session: Session) -> Thresholds:
    return Thresholds(int(get_value(session, SHOW_SETTING, DEFAULT_SHOW)),
                      int(get_value(session, WARN_SETTING, DEFAULT_WARN)))


def set_thresholds(session: Session, value: Thresholds) -> None:
    if not (1 <= value.show <= 100 and 1 <= value.warn <= 100):
        raise InputError("similarity_threshold_range", field="similarity")
    if value.warn < value.show:
        raise InputError("similarity_threshold_order", field="similarity")
    set_value(session, SHOW_SETTING, value.show)
    set_value(session, WARN_SETTING, value.warn)


# ---- searching -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    uuid: str
    code: str
    title: str
    unit_name: str
    status: str
    score: float  # cosine similarity, 0 to 1
    deleted: bool = False

    @property
    def percent(self) -> int:
        return min(round(self.score * 100), 100)


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _IN_CHUNK):
        yield items[i:i + _IN_CHUNK]


def _doc_freq(session: Session, terms: Iterable[str]) -> dict[str, int]:
    return similarity_index.doc_freq(session, terms)


def _same_lineage(session: Session, dossier_uuid: str) -> set[str]:
    lineage = session.scalar(select(DossierVersionRow.lineage_uuid).where(
        DossierVersionRow.dossier_uuid == dossier_uuid))
    if lineage is None:
        return {dossier_uuid}
    return set(session.scalars(select(DossierVersionRow.dossier_uuid).where(
        DossierVersionRow.lineage_uuid == lineage))) | {dossier_uuid}


def top_matches(session: Session, dossier: Dossier, *, limit: int = 10,
                minimum: float | None = None) -> list[Match]:
    """The stored dossiers most alike ``dossier`` (its own versions left out), best first,
    each with a score of at least ``minimum`` (default: the "show" threshold)."""
    if minimum is None:
        minimum = thresholds(session).show / 100
    query = Counter(dossier_terms(dossier.title, *description_parts(dossier)))
    if not query:
        return []
    documents = session.scalar(select(func.count()).select_from(DossierRow)) or 0
    doc_freq = _doc_freq(session, query)
    # A stored dossier counts itself among those holding its terms: leave it out.
    own_id = session.scalar(select(DossierRow.id).where(DossierRow.uuid == dossier.uuid))
    stored = (None if own_id is None
              else similarity_index.bodies(session, [own_id]).get(own_id))
    if stored is not None:
        documents = max(documents - 1, 0)
        for t in set(stored.split()) & doc_freq.keys():
            doc_freq[t] -= 1
    held = {t: n for t, n in query.items() if doc_freq.get(t)}
    if not held:
        return []
    mine = weights(query, idfs(doc_freq, documents), documents)
    # The rarest terms find the candidates; a term most dossiers hold would only make the
    # index rank half the archive.
    rarest = sorted(held, key=lambda t: (doc_freq[t], t))
    common = max(COMMON_MIN, documents // COMMON_SHARE)
    chosen = [t for t in rarest if doc_freq[t] <= common][:QUERY_TERMS] or rarest[:8]
    ids = similarity_index.candidates(session, {t: mine.get(t, 0.0) for t in chosen}, CANDIDATES)
    if not ids:
        return []
    counts = {i: Counter(b.split()) for i, b in similarity_index.bodies(session, ids).items()}
    doc_freq.update(_doc_freq(session, {t for c in counts.values() for t in c} - doc_freq.keys()))
    idf_of = idfs(doc_freq, documents)
    scored = sorted(((cosine(mine, weights(c, idf_of, documents)), i) for i, c in counts.items()),
                    reverse=True)
    skip = _same_lineage(session, dossier.uuid)
    wanted = [(s, i) for s, i in scored if s >= minimum]
    if not wanted:
        return []
    rows = {r.id: r for r in session.execute(select(
        DossierRow.id, DossierRow.uuid, DossierRow.code, DossierRow.title, DossierRow.unit_name,
        DossierRow.status, DossierRow.deleted_at).where(DossierRow.id.in_([i for _, i in wanted])))}
    lines = lineages(session, [r.uuid for r in rows.values()])
    # One initiative, however many versions: its best score, shown on its newest live version.
    best: dict[str, tuple[float, Any, int]] = {}
    for score, i in wanted:  # best first
        row = rows.get(i)
        if row is None or row.uuid in skip:
            continue
        line, version = lines.get(row.uuid, (row.uuid, 1))
        kept = best.get(line)
        if kept is None:
            best[line] = (score, row, version)
        elif (row.deleted_at is None, version) > (kept[1].deleted_at is None, kept[2]):
            best[line] = (kept[0], row, version)
    return [Match(row.uuid, row.code, row.title, row.unit_name, row.status, min(score, 1.0),
                  row.deleted_at is not None)
            for score, row, _version in list(best.values())[:limit]]


def lineages(session: Session, uuids: Iterable[str]) -> dict[str, tuple[str, int]]:
    """Each of these dossiers' initiative (the lineage uuid) and version number; a dossier
    with no version row is an initiative of its own, version 1."""
    uuids = list(dict.fromkeys(uuids))
    found = {u: (u, 1) for u in uuids}
    for chunk in _chunks(uuids):
        found.update((u, (line, version)) for u, line, version in session.execute(
            select(DossierVersionRow.dossier_uuid, DossierVersionRow.lineage_uuid,
                   DossierVersionRow.version).where(DossierVersionRow.dossier_uuid.in_(chunk))))
    return found
