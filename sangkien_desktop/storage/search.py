"""The full-text index of dossiers: folded text in FTS5, queried with prefix terms.

Each dossier's entry is keyed (its FTS rowid) by ``list_key``: the second it was last saved,
then its id, packed into one integer. FTS5 walks its matches in rowid order, so the newest
matches come first without sorting anything: a search in the list's default order (last saved
first) reads only the matches it shows, whether a word matches ten dossiers or all of them,
and counting "more than 1,000" reads 1,001. ``rowid & ID_MASK`` is the dossier's id.

The key moves when ``updated_at`` does: only save_dossier and the bulk insert write it, and
both re-key the entry (``reindex`` with the time it was indexed under).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlalchemy.orm import Session

from sangkien_desktop.domain.text import fold, search_terms

ID_BITS = 26  # 67 million dossiers; seconds since 1900 take the other 37 bits
ID_MASK = (1 << ID_BITS) - 1
_EPOCH = dt.datetime(1900, 1, 1)


def index_text(*parts: str) -> str:
    return fold(" ".join(p for p in parts if p))


def list_key(updated_at: dt.datetime, dossier_id: int) -> int:
    """The entry's rowid: ordered as (updated_at to the second, id), like the dossier list."""
    if not 0 < dossier_id <= ID_MASK:
        raise ValueError(f"dossier id {dossier_id} does not fit the search key")
    seconds = max(0, int((updated_at.replace(tzinfo=None) - _EPOCH).total_seconds()))
    return (seconds << ID_BITS) | dossier_id


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
    """Removes the entries of dossier ids ``first_id``..``last_id`` (None: and above)."""
    bound = "" if last_id is None else " AND (rowid & :mask) <= :last"
    session.execute(
        text(f"DELETE FROM dossier_fts WHERE rowid IN (SELECT rowid FROM dossier_fts "
             f"WHERE (rowid & :mask) >= :first{bound})"),
        {"mask": ID_MASK, "first": first_id, "last": last_id},
    )


def match_expression(query: str) -> str | None:
    """FTS5 query for a search box entry: every word, as a prefix, must appear.

    Words are folded first, so "Đường" and "duong" give the same expression; each is quoted,
    so FTS5 syntax characters typed by a user cannot break the query.
    """
    terms = search_terms(query)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)
