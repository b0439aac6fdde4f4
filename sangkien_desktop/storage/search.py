"""The full-text index of dossiers: folded text in FTS5, queried with prefix terms (the query
itself is part of the list's: services/dossiers/list_query.py, ``match_expression``)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import text
from sqlalchemy.orm import Session

from sangkien_desktop.domain.text import fold


def index_text(*parts: str) -> str:
    return fold(" ".join(p for p in parts if p))


def reindex(session: Session, dossier_id: int, body: str) -> None:
    session.execute(text("DELETE FROM dossier_fts WHERE rowid = :id"), {"id": dossier_id})
    session.execute(
        text("INSERT INTO dossier_fts (rowid, body) VALUES (:id, :body)"),
        {"id": dossier_id, "body": body},
    )


def unindex(session: Session, dossier_id: int) -> None:
    """Drops a dossier from the search index and from the similarity index."""
    session.execute(text("DELETE FROM dossier_fts WHERE rowid = :id"), {"id": dossier_id})
    drop_similarity(session, dossier_id)


# The similarity index (services/similarity.py): each dossier's terms, space-separated, in
# similarity_fts, and how many dossiers hold each term in similarity_df.
_DF_ADD = text("INSERT INTO similarity_df (term, docs) VALUES (:t, :n) "
               "ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs")


def add_doc_freq(session: Session, counts: Mapping[str, int]) -> None:
    """Adds ``counts`` (term → number of dossiers) to the document frequencies."""
    if counts:
        session.execute(_DF_ADD, [{"t": t, "n": n} for t, n in counts.items()])


def drop_similarity(session: Session, dossier_id: int) -> None:
    old = session.execute(text("SELECT body FROM similarity_fts WHERE rowid = :id"),
                          {"id": dossier_id}).scalar()
    if old is None:
        return
    add_doc_freq(session, dict.fromkeys(set(old.split()), -1))
    session.execute(text("DELETE FROM similarity_fts WHERE rowid = :id"), {"id": dossier_id})


def add_similarity(session: Session, dossier_id: int, body: str) -> None:
    """Indexes one dossier's terms (``body``), replacing what it held before."""
    drop_similarity(session, dossier_id)
    session.execute(text("INSERT INTO similarity_fts (rowid, body) VALUES (:id, :body)"),
                    {"id": dossier_id, "body": body})
    add_doc_freq(session, dict.fromkeys(set(body.split()), 1))

