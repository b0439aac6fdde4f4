"""The full-text index of dossiers: folded text in FTS5, queried with prefix terms."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from sangkien_desktop.domain.text import fold, search_terms


def index_text(*parts: str) -> str:
    return fold(" ".join(p for p in parts if p))


def reindex(session: Session, dossier_id: int, body: str) -> None:
    session.execute(text("DELETE FROM dossier_fts WHERE rowid = :id"), {"id": dossier_id})
    session.execute(
        text("INSERT INTO dossier_fts (rowid, body) VALUES (:id, :body)"),
        {"id": dossier_id, "body": body},
    )


def unindex(session: Session, dossier_id: int) -> None:
    session.execute(text("DELETE FROM dossier_fts WHERE rowid = :id"), {"id": dossier_id})


def match_expression(query: str) -> str | None:
    """FTS5 query for a search box entry: every word, as a prefix, must appear.

    Words are folded first, so "Đường" and "duong" give the same expression; each is quoted,
    so FTS5 syntax characters typed by a user cannot break the query.
    """
    terms = search_terms(query)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)
