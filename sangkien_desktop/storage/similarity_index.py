"""The similarity index (services/similarity.py): each dossier's terms, and how many dossiers
hold each term, on either engine.

A dossier's entry is its terms (folded words and word pairs, domain/similarity.py), one space
between them, as often as the text has them; ``similarity_df`` says how many dossiers hold each
term (the weights), kept in step with the entries here, so a search reads a row per term where
counting would walk the whole index.

SQLite keeps the entries in the FTS5 table ``similarity_fts`` (rowid = dossier id) and FTS5
ranks the dossiers holding any of a search's terms (bm25). A server keeps them in
``similarity_doc`` keyed by dossier id, with a ``tsvector`` of the distinct terms (lexemes as
they are: no parser, no dictionary of the server's) and a GIN index that finds the dossiers
holding any of them; those are ranked by the summed weights of the terms they hold. Both are
written by the schema's rule-pack step (storage/server_schema.py gives the server's form).

``similarity_df`` is an ordinary table on both engines, moved by an upsert; on a server the
terms are written in one order (sorted) so two officers saving at once wait for each other
instead of deadlocking.

A bulk insert (an import) may leave its dossiers' entries for later: each such dossier is
marked pending by a row of ``similarity_df`` whose term is a space and its id (no real term
holds a space), written with the dossiers, and services/similarity.bring_current writes the
entries and takes the marks away before the index is searched. A row per dossier, not a
range: an officer bringing the index current on a server takes away the marks they saw and
leaves those another officer's import is writing at the same time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

__all__ = ["FORMAT_TERM", "add", "add_many", "bodies", "candidates", "clear", "doc_freq",
           "drop", "drop_from", "entries", "mark_format", "mark_pending", "optimize",
           "pending", "replace_all", "stored_format", "unmark_pending"]

# The format of the terms the index holds (services/similarity.INDEX_FORMAT), kept in the
# index itself, in the row of ``similarity_df`` whose term is empty (no real term is): the
# copy of a database carries it with the entries, and a new database's step marks its index
# of no dossier complete without a row anywhere else (an empty database stays empty).
FORMAT_TERM = ""
# A dossier whose entry is still to be written: the term " <dossier id>". Every pending mark
# sorts between these two (a space, then digits); every real term after them (it starts with a
# letter or a digit) and the format's empty term before.
PENDING_PREFIX, _PENDING_END = " ", "!"

SERVER_TABLES = (
    """CREATE TABLE IF NOT EXISTS similarity_doc (
        dossier_id BIGINT PRIMARY KEY,
        body TEXT COLLATE "C" NOT NULL DEFAULT '',
        terms TSVECTOR NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS ix_similarity_doc_terms ON similarity_doc USING GIN (terms)",
)
# A server refuses a lexeme of 2 KiB or more; no real term comes near (a word pair of two
# very long "words" could): such a term is still in the entry, only not a way to find it.
_LONGEST_LEXEME = 1000
_IN_CHUNK = 900  # parameters per IN (…)


def _server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for i in range(0, len(items), _IN_CHUNK):
        yield items[i:i + _IN_CHUNK]


def _lexemes(body: str) -> list[str]:
    return sorted({t for t in body.split() if len(t.encode("utf-8")) <= _LONGEST_LEXEME})


# ---- document frequencies -------------------------------------------------------------------

_DF_ADD = text("INSERT INTO similarity_df (term, docs) VALUES (:t, :n) "
               "ON CONFLICT (term) DO UPDATE SET docs = similarity_df.docs + excluded.docs")
_DF_ADD_SERVER = text(
    "INSERT INTO similarity_df (term, docs) "
    "SELECT t, n FROM unnest(CAST(:terms AS text[]), CAST(:counts AS bigint[])) AS d(t, n) "
    "ORDER BY t "
    "ON CONFLICT (term) DO UPDATE SET docs = similarity_df.docs + excluded.docs")


def _add_doc_freq(session: Session, counts: Mapping[str, int]) -> None:
    """Adds ``counts`` (term → change in the number of dossiers holding it)."""
    changes = sorted((t, n) for t, n in counts.items() if n)
    if not changes:
        return
    if _server(session):
        session.execute(_DF_ADD_SERVER, {"terms": [t for t, _ in changes],
                                         "counts": [n for _, n in changes]})
    else:
        session.execute(_DF_ADD, [{"t": t, "n": n} for t, n in changes])


def doc_freq(session: Session, terms: Iterable[str] | None = None) -> dict[str, int]:
    """How many dossiers hold each of ``terms`` (those none holds left out; None: every
    term)."""
    if terms is None:
        return {str(t): int(n) for t, n in session.execute(
            text("SELECT term, docs FROM similarity_df WHERE docs > 0 AND term <> :f "
                 "AND NOT (term >= :p AND term < :e)"),
            {"f": FORMAT_TERM, "p": PENDING_PREFIX, "e": _PENDING_END})}
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(set(terms))):
        marks = ", ".join(f":t{i}" for i in range(len(chunk)))
        rows = session.execute(
            text(f"SELECT term, docs FROM similarity_df WHERE term IN ({marks}) AND docs > 0"),
            {f"t{i}": t for i, t in enumerate(chunk)})
        found.update((str(term), int(docs)) for term, docs in rows)
    return found


# ---- entries --------------------------------------------------------------------------------


def bodies(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """The entries of these dossiers (those indexed): dossier id → terms."""
    found: dict[int, str] = {}
    server = _server(session)
    for chunk in _chunks(sorted(set(ids))):
        listed = ", ".join(str(int(i)) for i in chunk)
        sql = (f"SELECT dossier_id, body FROM similarity_doc WHERE dossier_id IN ({listed})"
               if server else f"SELECT rowid, body FROM similarity_fts WHERE rowid IN ({listed})")
        found.update((int(i), str(b)) for i, b in session.execute(text(sql)))
    return found


def entries(session: Session) -> dict[int, str]:
    """Every entry: dossier id → terms (a copy, the data check)."""
    sql = ("SELECT dossier_id, body FROM similarity_doc" if _server(session)
           else "SELECT rowid, body FROM similarity_fts")
    return {int(i): str(b) for i, b in session.execute(text(sql))}


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    if _server(session):
        session.execute(
            text("INSERT INTO similarity_doc (dossier_id, body, terms) VALUES "
                 "(:id, :body, array_to_tsvector(CAST(:lexemes AS text[])))"),
            [{"id": r["id"], "body": r["body"], "lexemes": _lexemes(str(r["body"]))}
             for r in rows])
    else:
        session.execute(text("INSERT INTO similarity_fts (rowid, body) VALUES (:id, :body)"),
                        sorted(rows, key=lambda r: int(r["id"])))


def add_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Indexes dossiers not in the index yet (``{"id": dossier id, "body": terms}``)."""
    if not rows:
        return
    _insert(session, rows)
    held: Counter[str] = Counter()
    for row in rows:
        held.update(set(str(row["body"]).split()))
    _add_doc_freq(session, held)


def add(session: Session, dossier_id: int, body: str) -> None:
    """Indexes one dossier's terms, replacing what it held before; the counts move by the
    difference only (one statement)."""
    old = bodies(session, [dossier_id]).get(dossier_id)
    change: Counter[str] = Counter(set(body.split()))
    if old is not None:
        change.subtract(set(old.split()))
        _delete(session, dossier_id)
    _insert(session, [{"id": dossier_id, "body": body}])
    _add_doc_freq(session, change)


def _delete(session: Session, dossier_id: int) -> None:
    sql = ("DELETE FROM similarity_doc WHERE dossier_id = :id" if _server(session)
           else "DELETE FROM similarity_fts WHERE rowid = :id")
    session.execute(text(sql), {"id": dossier_id})


def drop(session: Session, dossier_id: int) -> None:
    """Takes a dossier out of the index (purged), or its pending mark."""
    unmark_pending(session, [dossier_id])
    old = bodies(session, [dossier_id]).get(dossier_id)
    if old is None:
        return
    _add_doc_freq(session, dict.fromkeys(set(old.split()), -1))
    _delete(session, dossier_id)


def drop_from(session: Session, first_id: int) -> None:
    """Drops the entries of dossier ids ``first_id`` and above: left over where SQLite hands
    out an id again after the last dossier was purged (a server never reuses one)."""
    sql = ("SELECT dossier_id FROM similarity_doc WHERE dossier_id >= :id" if _server(session)
           else "SELECT rowid FROM similarity_fts WHERE rowid >= :id")
    for stale in session.scalars(text(sql), {"id": first_id}).all():
        drop(session, int(stale))
    unmark_pending(session, [i for i in pending(session) if i >= first_id])


# ---- entries left for later -----------------------------------------------------------------

_PENDING_ADD = text("INSERT INTO similarity_df (term, docs) VALUES (:t, 1) "
                    "ON CONFLICT (term) DO NOTHING")
_PENDING_ADD_SERVER = text(
    "INSERT INTO similarity_df (term, docs) "
    "SELECT t, 1 FROM unnest(CAST(:terms AS text[])) AS d(t) ORDER BY t "
    "ON CONFLICT (term) DO NOTHING")


def _pending_term(dossier_id: int) -> str:
    return f"{PENDING_PREFIX}{int(dossier_id)}"


def mark_pending(session: Session, ids: Iterable[int]) -> None:
    """Says these dossiers' entries are still to be written (a bulk insert's)."""
    terms = sorted({_pending_term(i) for i in ids})
    if not terms:
        return
    if _server(session):
        session.execute(_PENDING_ADD_SERVER, {"terms": terms})
    else:
        session.execute(_PENDING_ADD, [{"t": t} for t in terms])


def pending(session: Session, limit: int | None = None) -> list[int]:
    """The dossiers marked pending (up to ``limit`` of them), by id."""
    sql = "SELECT term FROM similarity_df WHERE term >= :p AND term < :e ORDER BY term"
    params: dict[str, Any] = {"p": PENDING_PREFIX, "e": _PENDING_END}
    if limit is not None:
        sql += " LIMIT :n"
        params["n"] = limit
    return sorted(int(t[len(PENDING_PREFIX):]) for t in session.scalars(text(sql), params))


def unmark_pending(session: Session, ids: Iterable[int]) -> None:
    """Takes the pending marks of these dossiers away (their entries are written)."""
    for chunk in _chunks(sorted({_pending_term(i) for i in ids})):
        marks = ", ".join(f":t{i}" for i in range(len(chunk)))
        session.execute(text(f"DELETE FROM similarity_df WHERE term IN ({marks})"),
                        {f"t{i}": t for i, t in enumerate(chunk)})


def stored_format(session: Session) -> int:
    """The format of the terms the index holds; 0 when it was never built."""
    found = session.execute(text("SELECT docs FROM similarity_df WHERE term = :f"),
                            {"f": FORMAT_TERM}).scalar()
    return int(found or 0)


def mark_format(session: Session, value: int) -> None:
    """Says the index holds every dossier's terms in format ``value``."""
    session.execute(text("INSERT INTO similarity_df (term, docs) VALUES (:f, :n) "
                         "ON CONFLICT (term) DO UPDATE SET docs = excluded.docs"),
                    {"f": FORMAT_TERM, "n": value})


def clear(session: Session) -> None:
    """Empties the index and the counts (before they are written again)."""
    session.execute(text("DELETE FROM similarity_doc" if _server(session)
                         else "DELETE FROM similarity_fts"))
    session.execute(text("DELETE FROM similarity_df"))


def optimize(session: Session) -> None:
    """Merges SQLite's index segments after many writes (a server's GIN index needs nothing)."""
    if not _server(session):
        session.execute(text("INSERT INTO similarity_fts(similarity_fts) VALUES ('optimize')"))


def replace_all(session: Session, entries_: Mapping[int, str], format_: int,
                pending_: Iterable[int] = ()) -> None:
    """Writes the whole index and its counts again from ``entries_`` in format ``format_``,
    with the dossiers ``pending_`` still to be indexed (a copy between databases: the terms are
    the same on both engines)."""
    clear(session)
    items = sorted(entries_.items())
    for start in range(0, len(items), 500):
        add_many(session, [{"id": i, "body": b} for i, b in items[start:start + 500]])
    mark_pending(session, pending_)
    if format_:
        mark_format(session, format_)
    optimize(session)


# ---- searching ------------------------------------------------------------------------------


def candidates(session: Session, weighted: Mapping[str, float], limit: int) -> list[int]:
    """The dossiers holding any of the terms ``weighted`` (term → its weight), best first:
    FTS5's bm25 on SQLite, the summed weights of the terms held on a server."""
    terms = sorted(weighted)
    if not terms:
        return []
    if not _server(session):
        expression = " OR ".join(f'"{t}"' for t in terms)
        return [int(i) for i in session.execute(
            text("SELECT rowid FROM similarity_fts WHERE similarity_fts MATCH :m "
                 "ORDER BY rank LIMIT :n"), {"m": expression, "n": limit}).scalars()]
    terms = [t for t in terms if len(t.encode("utf-8")) <= _LONGEST_LEXEME]
    if not terms:
        return []
    params: dict[str, Any] = {"n": limit, "all": _tsquery(terms)}
    score = []
    for i, term in enumerate(terms):
        params[f"q{i}"], params[f"w{i}"] = _tsquery([term]), float(weighted[term])
        score.append(f"CASE WHEN terms @@ CAST(:q{i} AS tsquery) THEN CAST(:w{i} AS float8) "
                     "ELSE 0 END")
    return [int(i) for i in session.execute(text(
        f"SELECT dossier_id FROM similarity_doc WHERE terms @@ CAST(:all AS tsquery) "
        f"ORDER BY {' + '.join(score)} DESC, dossier_id LIMIT :n"), params).scalars()]


def _tsquery(terms: list[str]) -> str:
    """Whole terms, any of them: each quoted as a lexeme (quotes doubled, as tsquery asks)."""
    return " | ".join("'" + t.replace("\\", "\\\\").replace("'", "''") + "'" for t in terms)
