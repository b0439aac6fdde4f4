"""The full-text index of dossiers: folded text (lower case, no diacritics, đ→d), queried with
prefix terms, on either engine.

SQLite keeps it in the FTS5 table ``dossier_fts`` (rowid = dossier id). A server keeps it in
``dossier_search``: the same folded words, one space between them, and a ``tsvector`` made
word for word from them (``array_to_tsvector``, no parser and no dictionary of the server's),
with a GIN index that answers prefix terms (``'duon':*``). Folding happens here, in Python, for
both: "Đường", "duong" and "DUONG" find the same dossiers on both engines, with no server
extension (``unaccent`` would need a superuser and knows no đ→d). Ranking: FTS5's bm25 here,
``ts_rank`` (how many of the words match) on a server.

Callers never name the engine: ``matches`` is a condition that compiles to each engine's SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Boolean, ColumnElement, literal, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from sangkien_desktop.domain.text import fold
from sangkien_desktop.storage.search_query import (
    LONGEST,
    WORD,
    match_clause,
    terms,
    tsquery,
)


def index_text(*parts: str) -> str:
    return fold(" ".join(p for p in parts if p))


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def words(body: str) -> str:
    """The index body as a server stores it: its words, one space between them."""
    return " ".join(w for w in WORD.findall(body) if len(w) <= LONGEST)


def reindex(session: Session, dossier_id: int, body: str) -> None:
    unindex(session, dossier_id)
    index_many(session, [{"id": dossier_id, "body": body}])


def unindex(session: Session, dossier_id: int) -> None:
    if on_server(session):
        session.execute(text("DELETE FROM dossier_search WHERE dossier_id = :id"),
                        {"id": dossier_id})
    else:
        session.execute(text("DELETE FROM dossier_fts WHERE rowid = :id"), {"id": dossier_id})


def index_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Adds entries (``{"id": dossier id, "body": index_text(...)}``) for dossiers that have
    none."""
    if not rows:
        return
    if on_server(session):
        session.execute(text("INSERT INTO dossier_search (dossier_id, body) VALUES (:id, :body)"),
                        [{"id": r["id"], "body": words(r["body"])} for r in rows])
    else:
        session.execute(text("INSERT INTO dossier_fts (rowid, body) VALUES (:id, :body)"), rows)


def unindex_from(session: Session, first_id: int) -> None:
    """Removes entries of dossier ids from ``first_id`` up: left over where ids are reused
    (SQLite hands out the largest id plus one again after the last dossier is purged)."""
    if not on_server(session):
        session.execute(text("DELETE FROM dossier_fts WHERE rowid >= :id"), {"id": first_id})


def entries(session: Session) -> dict[int, str]:
    """Every entry: dossier id → body as stored (for the data check)."""
    table, key = ("dossier_search", "dossier_id") if on_server(session) else ("dossier_fts",
                                                                              "rowid")
    return {int(k): str(b) for k, b in session.execute(text(f"SELECT {key}, body FROM {table}"))}


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
        stmt = text("SELECT rowid FROM dossier_fts WHERE dossier_fts MATCH :q "
                    "ORDER BY rank LIMIT :n")
    return [int(i) for i in session.execute(stmt, {"q": query, "n": limit}).scalars()]
