"""The full-text index of dossiers: folded text in FTS5, queried with prefix terms (the query
itself is part of the list's: services/dossiers/list_query.py, ``match_expression``)."""

from __future__ import annotations

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
    session.execute(text("DELETE FROM dossier_fts WHERE rowid = :id"), {"id": dossier_id})

