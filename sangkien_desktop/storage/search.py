"""The full-text index of dossiers: folded text (lower case, no diacritics, đ→d), queried with
prefix terms, on either engine.

SQLite keeps it in the FTS5 table ``dossier_fts``. Each dossier's entry is keyed (its FTS rowid)
by ``list_key`` (storage/search_key.py): the second it was last saved, then its id. FTS5 walks
its matches in rowid order, so the newest matches come first without sorting anything: a search
in the list's default order (last saved first) reads only the matches it shows, whether a word
matches ten dossiers or all of them, and counting "more than 1,000" reads 1,001.
``rowid & ID_MASK`` is the dossier's id. The key moves when ``updated_at`` does: only
save_dossier, the bulk insert and a status act (services/dossiers/workflow.transition) write
it, and each re-keys the entry (``reindex`` with the time it was indexed under).

A server keeps it in ``dossier_search``, keyed by dossier id: the same folded words, one space
between them, and a ``tsvector`` made word for word from them (``array_to_tsvector``, no parser
and no dictionary of the server's), with a GIN index that answers prefix terms (``'duon':*``).
Folding happens here, in Python, for both: "Đường", "duong" and "DUONG" find the same dossiers
on both engines, with no server extension (``unaccent`` would need a superuser and knows no
đ→d). Ranking: FTS5's bm25 here, ``ts_rank`` (how many of the words match) on a server.

Callers never name the engine: ``matches`` is a condition that compiles to each engine's SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Boolean, ColumnElement, literal, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from sangkien_desktop.domain.text import fold
from sangkien_desktop.storage.search_key import ID_BITS, ID_MASK, list_key
from sangkien_desktop.storage.search_query import (
    LONGEST,
    WORD,
    match_clause,
    terms,
    tsquery,
)

__all__ = ["ID_BITS", "ID_MASK", "clear", "entries", "index_many", "index_text", "list_key",
           "matches", "optimize", "ranked", "reindex", "remove_ids_from", "replace_all",
           "stored_form", "unindex", "words"]


def index_text(*parts: str) -> str:
    return fold(" ".join(p for p in parts if p))


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def words(body: str) -> str:
    """The index body as a server stores it: its words, one space between them."""
    return " ".join(w for w in WORD.findall(body) if len(w) <= LONGEST)


def reindex(session: Session, dossier_id: int, body: str, updated_at: dt.datetime,
            indexed_at: dt.datetime | None) -> None:
    """(Re)writes the dossier's entry (on SQLite under the key of ``updated_at``);
    ``indexed_at`` is the updated_at its current entry was written under (None: a new
    dossier)."""
    if on_server(session):
        unindex(session, dossier_id, indexed_at)
        index_many(session, [{"id": dossier_id, "body": body}])
        return
    _remove(session, dossier_id, indexed_at)
    session.execute(
        text("INSERT INTO dossier_fts (rowid, body) VALUES (:key, :body)"),
        {"key": list_key(updated_at, dossier_id), "body": body},
    )


def unindex(session: Session, dossier_id: int, indexed_at: dt.datetime | None) -> None:
    if on_server(session):
        session.execute(text("DELETE FROM dossier_search WHERE dossier_id = :id"),
                        {"id": dossier_id})
    else:
        _remove(session, dossier_id, indexed_at)


def _remove(session: Session, dossier_id: int, indexed_at: dt.datetime | None) -> None:
    if indexed_at is None:  # a new dossier: purging one removes its entry (recycle_bin)
        return
    deleted = session.execute(text("DELETE FROM dossier_fts WHERE rowid = :key"),
                              {"key": list_key(indexed_at, dossier_id)})
    if not deleted.rowcount:  # type: ignore[attr-defined]
        # No entry under the expected key (its time was changed behind the index's back):
        # look for any entry of this id, which reads every key (tens of ms at 100,000
        # dossiers), so that a dossier is never listed twice.
        remove_ids_from(session, dossier_id, dossier_id)


def remove_ids_from(session: Session, first_id: int, last_id: int | None = None) -> None:
    """Removes the entries of dossier ids ``first_id``..``last_id`` (None: and above): left
    over where ids are reused (SQLite hands out the largest id plus one again after the last
    dossier is purged)."""
    if on_server(session):
        bound = "" if last_id is None else " AND dossier_id <= :last"
        session.execute(text(f"DELETE FROM dossier_search WHERE dossier_id >= :first{bound}"),
                        {"first": first_id, "last": last_id})
        return
    bound = "" if last_id is None else " AND (rowid & :mask) <= :last"
    session.execute(
        text(f"DELETE FROM dossier_fts WHERE rowid IN (SELECT rowid FROM dossier_fts "
             f"WHERE (rowid & :mask) >= :first{bound})"),
        {"mask": ID_MASK, "first": first_id, "last": last_id},
    )


def index_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Adds entries (``{"id": dossier id, "body": index_text(...)}``, with ``"updated_at"``
    when known) for dossiers that have none. SQLite keys each by ``list_key``: the dossier's
    updated_at is read when not given (an entry of no stored dossier is keyed by its id)."""
    if not rows:
        return
    if on_server(session):
        session.execute(text("INSERT INTO dossier_search (dossier_id, body) VALUES (:id, :body)"),
                        [{"id": r["id"], "body": words(r["body"])} for r in rows])
        return
    missing = [r["id"] for r in rows if r.get("updated_at") is None]
    saved: dict[int, dt.datetime] = {}
    for start in range(0, len(missing), 500):
        chunk = missing[start:start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        for i, when in session.execute(
                text(f"SELECT id, updated_at FROM dossier WHERE id IN ({marks})"),
                {f"i{n}": v for n, v in enumerate(chunk)}):
            saved[int(i)] = when if isinstance(when, dt.datetime) else dt.datetime.fromisoformat(
                str(when))
    epoch = dt.datetime(1900, 1, 1)
    keyed = sorted(  # in key order: the order FTS5 takes entries fastest
        ({"key": list_key(r.get("updated_at") or saved.get(r["id"], epoch), r["id"]),
          "body": r["body"]} for r in rows), key=lambda r: r["key"])
    session.execute(text("INSERT INTO dossier_fts (rowid, body) VALUES (:key, :body)"), keyed)


def entries(session: Session) -> dict[int, str]:
    """Every entry: dossier id → body as stored (for the data check)."""
    if on_server(session):
        sql = "SELECT dossier_id, body FROM dossier_search"
    else:
        sql = f"SELECT rowid & {ID_MASK}, body FROM dossier_fts"
    return {int(k): str(b) for k, b in session.execute(text(sql))}


def stored_form(session: Session, body: str) -> str:
    """``body`` as ``entries`` would return it once indexed."""
    return words(body) if on_server(session) else body


def clear(session: Session) -> None:
    """Empties the index (before it is written again from the dossiers)."""
    session.execute(text("DELETE FROM dossier_search" if on_server(session)
                         else "DELETE FROM dossier_fts"))


def optimize(session: Session) -> None:
    """Merges SQLite's index segments after many writes (a server's GIN index needs nothing)."""
    if not on_server(session):
        session.execute(text("INSERT INTO dossier_fts(dossier_fts) VALUES ('optimize')"))


def replace_all(session: Session, bodies: Mapping[int, str] | Iterable[tuple[int, str]]) -> None:
    """Writes the whole index again from ``bodies`` (dossier id → index_text)."""
    items = bodies.items() if isinstance(bodies, Mapping) else bodies
    clear(session)
    index_many(session, [{"id": k, "body": b} for k, b in items])
    optimize(session)


class _Matches(ColumnElement[bool]):
    """``<dossier id column>`` is among the dossiers whose index holds every term as a word
    prefix; compiled for the engine the statement runs on (search_query.match_clause)."""

    type = Boolean()
    inherit_cache = False  # the terms are inlined as bound values, different each search

    def __init__(self, id_column: ColumnElement[int], query: str):
        self.id_column = id_column
        self.query = query


@compiles(_Matches)
def _compile_matches(element: _Matches, compiler: SQLCompiler, **kw: Any) -> str:
    found = match_clause(compiler.dialect.name, compiler.process(element.id_column, **kw),
                         element.query)
    if found is None:
        return "1 = 0"
    clause, value = found
    return clause.replace(":match", compiler.process(literal(value), **kw))


def matches(id_column: ColumnElement[int], query: str) -> ColumnElement[bool] | None:
    """The search box's condition on dossier ids; None when ``query`` holds no word."""
    return _Matches(id_column, query) if terms(query) else None


def ranked(session: Session, words_: list[str], limit: int) -> list[int]:
    """Dossier ids whose index holds any of ``words_`` (whole words), best matches first."""
    if on_server(session):
        query = tsquery([w for t in words_ for w in WORD.findall(t)], prefix=False,
                        any_word=True)
        if not query:
            return []
        stmt = text("SELECT dossier_id FROM dossier_search, CAST(:q AS tsquery) AS q "
                    "WHERE words @@ q ORDER BY ts_rank(words, q) DESC, dossier_id LIMIT :n")
    else:
        query = " OR ".join(f'"{w}"' for w in words_)
        stmt = text(f"SELECT rowid & {ID_MASK} FROM dossier_fts WHERE dossier_fts MATCH :q "
                    "ORDER BY rank LIMIT :n")
    return [int(i) for i in session.execute(stmt, {"q": query, "n": limit}).scalars()]
