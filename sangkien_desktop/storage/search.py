"""The full-text index of dossiers: folded text in FTS5, queried with prefix terms (the query
itself is part of the list's: services/dossiers/list_query.py, ``match_expression``).

Each dossier's entry is keyed (its FTS rowid) by ``list_key`` (storage/search_key.py): the
second it was last saved, then its id. FTS5 walks its matches in rowid order, so the newest
matches come first without sorting anything: a search in the list's default order (last saved
first) reads only the matches it shows, whether a word matches ten dossiers or all of them,
and counting "more than 1,000" reads 1,001. ``rowid & ID_MASK`` is the dossier's id.

The key moves when ``updated_at`` does: only save_dossier, the bulk insert and a status act
(services/dossiers/workflow.transition) write it, and each re-keys the entry (``reindex``
with the time it was indexed under).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import text
from sqlalchemy.orm import Session

from sangkien_desktop.domain.text import fold
from sangkien_desktop.storage.search_key import ID_BITS, ID_MASK, list_key

__all__ = ["ID_BITS", "ID_MASK", "index_text", "list_key", "reindex", "remove_ids_from",
           "unindex"]


def index_text(*parts: str) -> str:
    return fold(" ".join(p for p in parts if p))


def reindex(session: Session, dossier_id: int, body: str, updated_at: dt.datetime,
            indexed_at: dt.datetime | None) -> None:
    """(Re)writes the dossier's entry under the key of ``updated_at``; ``indexed_at`` is the
    updated_at its current entry was written under (None: a new dossier)."""
    _remove(session, dossier_id, indexed_at)
    session.execute(
        text("INSERT INTO dossier_fts (rowid, body) VALUES (:key, :body)"),
        {"key": list_key(updated_at, dossier_id), "body": body},
    )


def unindex(session: Session, dossier_id: int, indexed_at: dt.datetime) -> None:
    """Drops a dossier from the search index and from the similarity index."""
    _remove(session, dossier_id, indexed_at)
    drop_similarity(session, dossier_id)


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
    """Removes the entries of dossier ids ``first_id``..``last_id`` (None: and above)."""
    bound = "" if last_id is None else " AND (rowid & :mask) <= :last"
    session.execute(
        text(f"DELETE FROM dossier_fts WHERE rowid IN (SELECT rowid FROM dossier_fts "
             f"WHERE (rowid & :mask) >= :first{bound})"),
        {"mask": ID_MASK, "first": first_id, "last": last_id},
    )


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

